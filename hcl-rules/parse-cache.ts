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
 *
 * The parser's gunzipped WASM is kept here too (`wasm`, for hcl2json-call.ts): `parse-<format>/parser-wasm/<SHA-256
 * of hcl2json's main.wasm.gz>/main.wasm`, used only when its SHA-256 matches the one written beside it.
 *
 * Pruning (`prune`, at most once a day, after a scan): an entry's modification time says when it was last used (a
 * hit older than a day touches it), and entries of this moat and parser version not used for `PRUNE_AFTER_DAYS`
 * days are removed; so are entries of other versions not used for `PRUNE_OTHER_VERSIONS_AFTER_DAYS` days (another
 * project on the machine may still run an older moat), temporary files a killed scan left, and directories left empty.
 */
import { createHash, randomBytes } from "crypto";
import { type Dirent, closeSync, fstatSync, promises as fsPromises, openSync, readFileSync } from "fs";
import { isAbsolute, join } from "path";
import type { WasmStore } from "./hcl2json-call";

/** Entries of this version not used for this many days are removed by `prune`. */
export const PRUNE_AFTER_DAYS = 30;
/** Entries of other moat or parser versions not used for this many days are removed by `prune`. */
export const PRUNE_OTHER_VERSIONS_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The directory under `parse-<format>/` where the parser's WASM is kept (pruned as another version's entries). */
const WASM_DIR = "parser-wasm";
/** The file under `parse-<format>/` whose modification time says when the cache was last pruned. */
const PRUNED_MARKER = "last-pruned";

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
  /** `parse-<format>`: one directory per moat and parser version below it. */
  private readonly formatDir: string;
  private readonly versionName: string;
  private readonly dir: string;
  private readonly writes = new Set<Promise<void>>();
  /** The `<sha256[0..2]>` directories made (or found) by this cache's writes: each is made once, not once a file. */
  private readonly madeDirs = new Map<string, Promise<unknown>>();

  /** `dir`: the cache directory (created when first written); the versions entries must carry. */
  constructor(
    dir: string,
    private readonly moatVersion: string,
    private readonly parserVersion: string,
  ) {
    this.formatDir = join(dir, `parse-${FORMAT}`);
    this.versionName = `${safeName(moatVersion)}-${safeName(parserVersion)}`;
    this.dir = join(this.formatDir, this.versionName);
  }

  /** The parser's gunzipped WASM, kept between scans (hcl2json-call.ts, `compileParser`). */
  readonly wasm: WasmStore = {
    read: async (gz) => {
      const dir = this.wasmDir(gz);
      const [bytes, recorded] = await Promise.all([fsPromises.readFile(join(dir, "main.wasm")), fsPromises.readFile(join(dir, "main.wasm.sha256"), "utf8")]);
      if (sha256(bytes) !== recorded) return undefined;
      const now = Date.now();
      for (const name of ["main.wasm", "main.wasm.sha256"]) {
        const path = join(dir, name);
        this.track(
          fsPromises
            .stat(path)
            .then((stat) => (now - stat.mtimeMs > DAY_MS ? fsPromises.utimes(path, now / 1000, now / 1000) : undefined))
            .catch(() => undefined),
        );
      }
      return bytes;
    },
    keep: (gz, bytes) => {
      const dir = this.wasmDir(gz);
      // The bytes first, then their hash: a reader that finds one without the other, or another scan's, misses.
      this.track(
        fsPromises
          .mkdir(dir, { recursive: true })
          .then(() => writeAtomically(join(dir, "main.wasm"), bytes))
          .then(() => writeAtomically(join(dir, "main.wasm.sha256"), sha256(bytes)))
          .catch(() => undefined),
      );
    },
  };

  private wasmDir(gz: Buffer): string {
    return join(this.formatDir, WASM_DIR, sha256(gz));
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
  get(key: string, now = Date.now()): Record<string, unknown> | undefined {
    const path = this.path(key);
    let raw: string;
    let modifiedMs: number;
    try {
      const fd = openSync(path, "r");
      try {
        modifiedMs = fstatSync(fd).mtimeMs;
        raw = readFileSync(fd, "utf8");
      } finally {
        closeSync(fd);
      }
    } catch {
      return undefined;
    }
    let entry: unknown;
    try {
      entry = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (!this.isEntry(entry, key)) return undefined;
    // Used now: keep `prune` from removing it (touched at most once a day, in the background).
    if (now - modifiedMs > DAY_MS) this.track(fsPromises.utimes(path, now / 1000, now / 1000).catch(() => undefined));
    return entry.json;
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
    this.track(this.write(key, JSON.stringify(entry)));
  }

  async flush(): Promise<void> {
    while (this.writes.size > 0) await Promise.all([...this.writes]);
  }

  private track(work: Promise<void>): void {
    const tracked = work.finally(() => this.writes.delete(tracked));
    this.writes.add(tracked);
  }

  private async write(key: string, text: string): Promise<void> {
    const target = this.path(key);
    const dir = join(this.dir, key.slice(0, 2));
    try {
      await this.makeDir(dir);
      try {
        await writeAtomically(target, text);
      } catch (error) {
        // Another scan's pruning removed the directory since it was made: make it again, once.
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        this.madeDirs.delete(dir);
        await this.makeDir(dir);
        await writeAtomically(target, text);
      }
    } catch {
      // A cache that cannot be written only misses next time (writeAtomically leaves no temporary file behind).
    }
  }

  /** Makes a directory once per cache object; a failure is not kept (pruning may remove it meanwhile: try again). */
  private makeDir(path: string): Promise<unknown> {
    let made = this.madeDirs.get(path);
    if (made === undefined) {
      made = fsPromises.mkdir(path, { recursive: true });
      made.catch(() => this.madeDirs.delete(path));
      this.madeDirs.set(path, made);
    }
    return made;
  }

  /**
   * Removes entries not used for a while (see the top of this file), at most once a day: a scan that finds the
   * marker younger than a day does nothing. Never throws; whatever cannot be removed stays.
   */
  async prune(now = Date.now()): Promise<void> {
    const marker = join(this.formatDir, PRUNED_MARKER);
    try {
      if (now - (await fsPromises.stat(marker)).mtimeMs < DAY_MS) return;
    } catch {
      // No marker yet (or unreadable): prune now.
    }
    try {
      await fsPromises.mkdir(this.formatDir, { recursive: true });
      // Claimed first, so that scans finishing at the same time do not all walk the cache.
      await fsPromises.writeFile(marker, "");
      await fsPromises.utimes(marker, now / 1000, now / 1000);
    } catch {
      return;
    }
    for (const version of await entriesOf(this.formatDir)) {
      if (!version.isDirectory()) continue;
      const days = version.name === this.versionName ? PRUNE_AFTER_DAYS : PRUNE_OTHER_VERSIONS_AFTER_DAYS;
      await pruneVersion(join(this.formatDir, version.name), now - days * DAY_MS, now - DAY_MS);
    }
    // Touches and writes still under way finish before this returns.
    await this.flush();
  }
}

async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return await fsPromises.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * One version's directory: entries last used before `entryCutoff` and temporary files older than `temporaryCutoff`
 * (a scan killed mid-write) are removed, then the directories left empty.
 */
async function pruneVersion(versionDir: string, entryCutoff: number, temporaryCutoff: number): Promise<void> {
  const subdirs = await entriesOf(versionDir);
  for (const sub of subdirs) {
    if (!sub.isDirectory()) continue;
    const subdir = join(versionDir, sub.name);
    const files = await entriesOf(subdir);
    let left = files.length;
    await Promise.all(
      files.map(async (f) => {
        const path = join(subdir, f.name);
        try {
          const stat = await fsPromises.lstat(path);
          const cutoff = f.name.endsWith(".tmp") ? temporaryCutoff : entryCutoff;
          if (!stat.isFile() || stat.mtimeMs >= cutoff) return;
          await fsPromises.rm(path, { force: true });
          left--;
        } catch {
          // Removed by another scan meanwhile, or not ours to remove: leave it.
        }
      }),
    );
    if (left === 0) await fsPromises.rmdir(subdir).catch(() => undefined);
  }
  await fsPromises.rmdir(versionDir).catch(() => undefined);
}

function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Writes a temporary file beside `path` and renames it into place; a failure leaves neither behind. */
async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
  try {
    await fsPromises.writeFile(temporary, data, { flag: "wx" });
    await fsPromises.rename(temporary, path);
  } catch (error) {
    await fsPromises.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
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
