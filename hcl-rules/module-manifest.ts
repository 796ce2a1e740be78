/**
 * Modules that `terraform init` downloaded: the root module's `.terraform/modules/modules.json`, Terraform's module
 * manifest (internal/modsdir/manifest.go), maps each module call to the directory holding its code:
 *
 *   {"Modules":[{"Key":"","Source":"","Dir":"."},
 *               {"Key":"vpc","Source":"registry.terraform.io/terraform-aws-modules/vpc/aws","Version":"5.1.0","Dir":".terraform/modules/vpc"},
 *               {"Key":"vpc.nested","Source":"./modules/x","Dir":".terraform/modules/vpc/modules/x"}]}
 *
 * A key is the call names from the root joined by "." (`module.a.module.b` → `a.b`, instance keys left out); Dir is
 * relative to the directory `terraform init` ran in, the root module. moat reads the manifest and never fetches
 * anything; a Dir outside the root module (`..`, an absolute path, a symbolic link leading out) is refused, never read.
 *
 * Whether a download still fits the call, as Terraform's installer decides (internal/initwd/module_install.go): the
 * recorded Source must equal the call's source address, and the recorded Version must satisfy the call's `version`
 * constraint; otherwise Terraform would download the module again, so moat treats it as not downloaded.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";
import type { ScanError } from "../core/model";
import { isOutside, realPath } from "../core/paths";
import { readAtMost } from "../core/read-at-most";
import { jsonSyntaxError, positionAt } from "./json-text";
import { admitsVersion } from "./version-constraint";

/** Where `terraform init` downloads modules, in the root module (without TF_DATA_DIR). */
export const MODULES_DIR = join(".terraform", "modules");

/** The manifest's place in a root module. */
export const MANIFEST_PATH = join(MODULES_DIR, "modules.json");

/** Larger manifests are an error: one record is ~150 bytes, so this holds tens of thousands of modules. */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

interface Entry {
  key: string;
  source: string;
  version?: string;
  /** As written in the manifest. */
  dir: string;
}

export interface ModuleManifest {
  /** The manifest file (absolute). */
  file: string;
  /** The root module's directory (absolute). */
  root: string;
  entries: Map<string, Entry>;
  /** Every key and every prefix of a key (`a.b.c` → `a`, `a.b`, `a.b.c`): the calls below which a download can be. */
  prefixes: Set<string>;
  /** Where each key's directory checked out: memoised, so the loader and the evaluator agree and check once. */
  checked: Map<string, Checked>;
}

export type ManifestRead =
  | { kind: "none" }
  /** Written by Terraform 0.11 (its records have a `Root`, and keys of another form): not read. */
  | { kind: "legacy"; file: string }
  | { kind: "error"; error: ScanError }
  | { kind: "ok"; manifest: ModuleManifest };

/** Reads a root module's manifest; none when it has none (the modules were never downloaded). */
export function readModuleManifest(root: string): ManifestRead {
  const file = join(root, MANIFEST_PATH);
  try {
    // Most roots have none: no exception made for that (an exception per directory cost a large scan ~10 ms).
    if (statSync(file, { throwIfNoEntry: false }) === undefined) return { kind: "none" };
  } catch {
    return { kind: "none" };
  }
  const fail = (message: string, line?: number): ManifestRead => ({
    kind: "error",
    error: {
      file,
      ...(line !== undefined ? { line } : {}),
      message: `${message}, so the modules terraform init downloaded for this root module were not scanned; run \`terraform init\` again to rewrite it`,
    },
  });
  if (isOutside(realPath(file), realPath(root))) return fail("is a symbolic link leading out of the root module's directory, so moat did not read it");
  const read = readBounded(file, MAX_MANIFEST_BYTES);
  if (!read.ok) return fail(read.message);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    // Where and what, in words that never quote the file: the same reading as the plan door's.
    const syntax = jsonSyntaxError(read.text);
    return fail(`is not valid JSON (${syntax?.what ?? "unreadable"})`, syntax ? positionAt(read.text, syntax.offset).line : undefined);
  }
  const records = isObject(json) ? json.Modules : undefined;
  if (!Array.isArray(records)) return fail('is not a Terraform module manifest (it has no "Modules" list)');
  // Terraform 0.11 wrote every field of its records, `Root` among them, with keys such as "1.vpc;source"; Terraform
  // 0.12 and later neither write nor read that form (terraform init rewrites it).
  if (records.some((r) => isObject(r) && "Root" in r)) return { kind: "legacy", file };
  const entries = new Map<string, Entry>();
  for (const [i, r] of records.entries()) {
    if (!isObject(r) || typeof r.Key !== "string" || typeof r.Source !== "string" || typeof r.Dir !== "string" || !(r.Version === undefined || typeof r.Version === "string")) {
      return fail(`has a malformed record (Modules[${i}] needs the strings Key, Source and Dir)`);
    }
    // Terraform rejects this too ("snapshot file contains two records for path …").
    if (entries.has(r.Key)) return fail(`has two records for the module key "${r.Key}"`);
    entries.set(r.Key, { key: r.Key, source: r.Source, dir: r.Dir, ...(r.Version ? { version: r.Version } : {}) });
  }
  const prefixes = new Set<string>();
  for (const key of entries.keys()) {
    const parts = key.split(".");
    for (let n = 1; n <= parts.length; n++) prefixes.add(parts.slice(0, n).join("."));
  }
  return { kind: "ok", manifest: { file, root, entries, prefixes, checked: new Map() } };
}

/** A remote module call's download: its directory, or why there is none (`error` when that costs coverage). */
export type Download = { ok: true; dir: string } | { ok: false; reason?: string; error?: string };

/**
 * The directory `terraform init` downloaded a remote module call into, found by its key (`a.b`), when the download
 * still fits the call (same source address, a version its constraint allows) and lies inside the root module.
 */
export function downloadedModule(manifest: ModuleManifest | undefined, key: string, call: { source: string; version?: string }): Download {
  const entry = manifest?.entries.get(key);
  if (!manifest || !entry) return { ok: false };
  if (!sameSource(entry.source, call.source)) {
    return { ok: false, reason: `terraform init downloaded it from "${entry.source}", and the call's source has changed since; run \`terraform init\` again` };
  }
  if (entry.version !== undefined && call.version !== undefined && admitsVersion(call.version, entry.version) === false) {
    return { ok: false, reason: `terraform init downloaded version ${entry.version}, which the call's version constraint "${call.version}" excludes; run \`terraform init\` again` };
  }
  let checked = manifest.checked.get(key);
  if (!checked) manifest.checked.set(key, (checked = checkDir(manifest, entry)));
  if ("refused" in checked) return { ok: false, reason: checked.refused, error: checked.refused };
  if ("missing" in checked) return { ok: false, reason: checked.missing };
  return { ok: true, dir: checked.dir };
}

/** A recorded directory: usable, refused (outside the root module: an error), or missing (as if not downloaded). */
type Checked = { dir: string } | { refused: string } | { missing: string };

function checkDir(manifest: ModuleManifest, entry: Entry): Checked {
  const given = entry.dir.split("/").join(sep);
  const where = `its directory "${entry.dir}" in ${MANIFEST_PATH}`;
  const refused = (why: string) => ({ refused: `${where} ${why}, so moat did not read it; run \`terraform init\` again` });
  if (isAbsolute(given) || /^[A-Za-z]:/.test(entry.dir) || entry.dir.startsWith("\\")) return refused("is an absolute path, outside the root module");
  const dir = resolve(manifest.root, given);
  if (isOutside(dir, manifest.root)) return refused("leads outside the root module");
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return { missing: `${where} does not exist; run \`terraform init\` again to download the module` };
  }
  if (isOutside(real, realPath(manifest.root))) return refused("is a symbolic link leading outside the root module");
  if (!statSync(real).isDirectory()) return { missing: `${where} is not a directory; run \`terraform init\` again to download the module` };
  return { dir };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads at most `maxBytes` bytes of a regular file (a FIFO or device is refused, a file under /proc cannot run on). */
function readBounded(file: string, maxBytes: number): { ok: true; text: string } | { ok: false; message: string } {
  let fd: number;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? "read error"})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: "is not a regular file" };
    const buffer = readAtMost(fd, maxBytes, stat.size);
    if (buffer === undefined) return { ok: false, message: `is larger than ${maxBytes / 1024 / 1024} MiB` };
    if (buffer.includes(0)) return { ok: false, message: "holds binary data (NUL bytes)" };
    return { ok: true, text: buffer.toString("utf8") };
  } catch (e) {
    return { ok: false, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? "read error"})` };
  } finally {
    closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------- source addresses

/**
 * Whether the manifest's Source is the call's source. Terraform records the source address in its normalised form
 * (`addrs.ModuleSource.String()`); moat normalises the common shorthands the same way: a registry address without a
 * host gets `registry.terraform.io/` (hosts compare without case), `github.com/o/r` becomes
 * `git::https://github.com/o/r.git` and `git@github.com:o/r.git` becomes `git::ssh://git@github.com/o/r.git`. Any
 * other form compares as written, which is what `terraform init` records for explicit `git::`, `s3::`, `https://`
 * addresses.
 */
export function sameSource(recorded: string, source: string): boolean {
  return recorded === source || normaliseSource(recorded) === normaliseSource(source);
}

const REGISTRY = /^(?:([A-Za-z0-9.-]+\.[A-Za-z0-9-]+(?::\d+)?)\/)?([A-Za-z0-9][A-Za-z0-9_-]*)\/([A-Za-z0-9][A-Za-z0-9_-]*)\/([A-Za-z0-9]+)(\/\/.*)?$/;

function normaliseSource(source: string): string {
  const registry = REGISTRY.exec(source);
  if (registry && !/^(github\.com|bitbucket\.org)$/i.test(registry[1] ?? "")) {
    const host = (registry[1] ?? "registry.terraform.io").toLowerCase();
    return `${host}/${registry[2]}/${registry[3]}/${registry[4]}${registry[5] ?? ""}`.toLowerCase();
  }
  const [base, query] = splitOnce(source, "?");
  const [pkg, subdir] = splitSubdir(base);
  const github = /^github\.com\/([^/]+)\/([^/]+?)(?:\.git)?$/i.exec(pkg);
  const scp = /^git@([^:/]+):(.+)$/.exec(pkg);
  const normal = github ? `git::https://github.com/${github[1]}/${github[2]}.git` : scp ? `git::ssh://git@${scp[1]}/${scp[2]}` : pkg;
  return `${normal}${subdir !== undefined ? `//${subdir}` : ""}${query !== undefined ? `?${query}` : ""}`;
}

function splitOnce(s: string, on: string): [string, string | undefined] {
  const i = s.indexOf(on);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** A package address and its `//subdir`, the first `//` after any `scheme://`. */
function splitSubdir(s: string): [string, string | undefined] {
  const scheme = /^(?:[a-z0-9]+::)?[a-z0-9+.-]+:\/\//i.exec(s)?.[0].length ?? 0;
  const i = s.indexOf("//", scheme);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 2)];
}
