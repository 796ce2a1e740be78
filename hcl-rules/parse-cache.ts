/**
 * The parse cache: hcl2json's JSON for a file's text, kept on disk by the text's SHA-256 together with moat's and
 * the parser's versions, so that a second scan parses only the files that changed.
 *
 * An entry is one file, `<dir>/parse-<format>/<moat version>-<parser version>/<sha256[0..2]>/<sha256>.json`, holding
 * `{ format, moat, parser, sha256, json }`. An entry is used only if it is whole JSON of exactly that shape with the
 * versions and hash it is filed under; anything else (corrupt, cut short, written by another version, or by
 * something that is not moat) counts as a miss and is written over. Entries are written to a temporary file and
 * renamed into place, so a reader sees a whole entry or none, and two scans sharing a cache both succeed. Nothing
 * the cache does can fail a scan: a cache that cannot be read or written is a cache that misses.
 */
import { createHash, randomBytes } from "crypto";
import { promises as fsPromises, readFileSync } from "fs";
import { isAbsolute, join } from "path";

/** Bumped when the layout or the shape of an entry changes. */
const FORMAT = 1;
const FORMAT_NAME = "moat-parse-cache";

interface Entry {
  format: string;
  moat: string;
  parser: string;
  sha256: string;
  json: Record<string, unknown>;
}

export class ParseCache {
  private readonly dir: string;
  private readonly writes = new Set<Promise<void>>();

  /** `dir`: the cache directory (created when first written); the versions entries must carry. */
  constructor(
    dir: string,
    private readonly moatVersion: string,
    private readonly parserVersion: string,
  ) {
    this.dir = join(dir, `parse-${FORMAT}`, `${safeName(moatVersion)}-${safeName(parserVersion)}`);
  }

  static key(text: string): string {
    return createHash("sha256").update(text, "utf8").digest("hex");
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The JSON cached for the text with this key, or undefined on a miss (including any entry that is not sound).
   * Synchronous, like reading the sources (read-source.ts): far cheaper than the thread pool for small files.
   */
  get(key: string): Record<string, unknown> | undefined {
    let raw: string;
    try {
      raw = readFileSync(this.path(key), "utf8");
    } catch {
      return undefined;
    }
    let entry: unknown;
    try {
      entry = JSON.parse(raw);
    } catch {
      return undefined;
    }
    return this.isEntry(entry, key) ? entry.json : undefined;
  }

  private isEntry(value: unknown, key: string): value is Entry {
    if (!isObject(value)) return false;
    return (
      value.format === `${FORMAT_NAME}/${FORMAT}` &&
      value.moat === this.moatVersion &&
      value.parser === this.parserVersion &&
      value.sha256 === key &&
      isObject(value.json) &&
      Object.keys(value).length === 5
    );
  }

  /** Writes an entry in the background; `flush` waits for every write started. */
  put(key: string, json: Record<string, unknown>): void {
    const entry: Entry = { format: `${FORMAT_NAME}/${FORMAT}`, moat: this.moatVersion, parser: this.parserVersion, sha256: key, json };
    const write = this.write(key, JSON.stringify(entry)).finally(() => this.writes.delete(write));
    this.writes.add(write);
  }

  async flush(): Promise<void> {
    while (this.writes.size > 0) await Promise.all([...this.writes]);
  }

  private async write(key: string, text: string): Promise<void> {
    const target = this.path(key);
    const temporary = `${target}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
    try {
      await fsPromises.mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      await fsPromises.writeFile(temporary, text, { flag: "wx" });
      await fsPromises.rename(temporary, target);
    } catch {
      // A cache that cannot be written only misses next time; leave no temporary file behind.
      await fsPromises.rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A version as a path segment: anything but letters, digits, `.`, `_`, `+` and `-` becomes `_`. */
function safeName(version: string): string {
  return version.replace(/[^A-Za-z0-9._+-]/g, "_").slice(0, 64) || "_";
}

/**
 * The default cache directory, from the environment given: `$XDG_CACHE_HOME/moat` or `~/.cache/moat` (Linux and other
 * Unix), `~/Library/Caches/moat` (macOS), `%LOCALAPPDATA%\moat\Cache` (Windows). Undefined when the environment names
 * no home: then no cache is used.
 */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  const set = (name: string) => (env[name] !== undefined && env[name] !== "" ? env[name] : undefined);
  if (platform === "win32") {
    const local = set("LOCALAPPDATA");
    return local === undefined ? undefined : join(local, "moat", "Cache");
  }
  const home = set("HOME");
  if (platform === "darwin") return home === undefined ? undefined : join(home, "Library", "Caches", "moat");
  // The XDG spec ignores a relative XDG_CACHE_HOME.
  const xdg = set("XDG_CACHE_HOME");
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, "moat");
  return home === undefined ? undefined : join(home, ".cache", "moat");
}
