"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_MANIFEST_BYTES = exports.MANIFEST_PATH = exports.MODULES_DIR = void 0;
exports.readModuleManifest = readModuleManifest;
exports.downloadedModule = downloadedModule;
exports.sameSource = sameSource;
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
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const paths_1 = require("../core/paths");
const read_at_most_1 = require("../core/read-at-most");
const json_text_1 = require("./json-text");
const version_constraint_1 = require("./version-constraint");
/** Where `terraform init` downloads modules, in the root module (without TF_DATA_DIR). */
exports.MODULES_DIR = (0, node_path_1.join)(".terraform", "modules");
/** The manifest's place in a root module. */
exports.MANIFEST_PATH = (0, node_path_1.join)(exports.MODULES_DIR, "modules.json");
/** Larger manifests are an error: one record is ~150 bytes, so this holds tens of thousands of modules. */
exports.MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
/** Reads a root module's manifest; none when it has none (the modules were never downloaded). */
function readModuleManifest(root) {
    const file = (0, node_path_1.join)(root, exports.MANIFEST_PATH);
    try {
        // Most roots have none: no exception made for that (an exception per directory cost a large scan ~10 ms).
        if ((0, node_fs_1.statSync)(file, { throwIfNoEntry: false }) === undefined)
            return { kind: "none" };
    }
    catch {
        return { kind: "none" };
    }
    const fail = (message, line) => ({
        kind: "error",
        error: {
            file,
            ...(line !== undefined ? { line } : {}),
            message: `${message}, so the modules terraform init downloaded for this root module were not scanned; run \`terraform init\` again to rewrite it`,
        },
    });
    if ((0, paths_1.isOutside)((0, paths_1.realPath)(file), (0, paths_1.realPath)(root)))
        return fail("is a symbolic link leading out of the root module's directory, so moat did not read it");
    const read = readBounded(file, exports.MAX_MANIFEST_BYTES);
    if (!read.ok)
        return fail(read.message);
    let json;
    try {
        json = JSON.parse(read.text);
    }
    catch {
        // Where and what, in words that never quote the file: the same reading as the plan door's.
        const syntax = (0, json_text_1.jsonSyntaxError)(read.text);
        return fail(`is not valid JSON (${syntax?.what ?? "unreadable"})`, syntax ? (0, json_text_1.positionAt)(read.text, syntax.offset).line : undefined);
    }
    const records = isObject(json) ? json.Modules : undefined;
    if (!Array.isArray(records))
        return fail('is not a Terraform module manifest (it has no "Modules" list)');
    // Terraform 0.11 wrote every field of its records, `Root` among them, with keys such as "1.vpc;source"; Terraform
    // 0.12 and later neither write nor read that form (terraform init rewrites it).
    if (records.some((r) => isObject(r) && "Root" in r))
        return { kind: "legacy", file };
    const entries = new Map();
    for (const [i, r] of records.entries()) {
        if (!isObject(r) || typeof r.Key !== "string" || typeof r.Source !== "string" || typeof r.Dir !== "string" || !(r.Version === undefined || typeof r.Version === "string")) {
            return fail(`has a malformed record (Modules[${i}] needs the strings Key, Source and Dir)`);
        }
        // Terraform rejects this too ("snapshot file contains two records for path …").
        if (entries.has(r.Key))
            return fail(`has two records for the module key "${r.Key}"`);
        entries.set(r.Key, { key: r.Key, source: r.Source, dir: r.Dir, ...(r.Version ? { version: r.Version } : {}) });
    }
    const prefixes = new Set();
    for (const key of entries.keys()) {
        const parts = key.split(".");
        for (let n = 1; n <= parts.length; n++)
            prefixes.add(parts.slice(0, n).join("."));
    }
    return { kind: "ok", manifest: { file, root, entries, prefixes, checked: new Map() } };
}
/**
 * The directory `terraform init` downloaded a remote module call into, found by its key (`a.b`), when the download
 * still fits the call (same source address, a version its constraint allows) and lies inside the root module.
 */
function downloadedModule(manifest, key, call) {
    const entry = manifest?.entries.get(key);
    if (!manifest || !entry)
        return { ok: false };
    if (!sameSource(entry.source, call.source)) {
        return { ok: false, reason: `terraform init downloaded it from "${entry.source}", and the call's source has changed since; run \`terraform init\` again` };
    }
    if (entry.version !== undefined && call.version !== undefined && (0, version_constraint_1.admitsVersion)(call.version, entry.version) === false) {
        return { ok: false, reason: `terraform init downloaded version ${entry.version}, which the call's version constraint "${call.version}" excludes; run \`terraform init\` again` };
    }
    let checked = manifest.checked.get(key);
    if (!checked)
        manifest.checked.set(key, (checked = checkDir(manifest, entry)));
    if ("refused" in checked)
        return { ok: false, reason: checked.refused, error: checked.refused };
    if ("missing" in checked)
        return { ok: false, reason: checked.missing };
    return { ok: true, dir: checked.dir };
}
function checkDir(manifest, entry) {
    const given = entry.dir.split("/").join(node_path_1.sep);
    const where = `its directory "${entry.dir}" in ${exports.MANIFEST_PATH}`;
    const refused = (why) => ({ refused: `${where} ${why}, so moat did not read it; run \`terraform init\` again` });
    if ((0, node_path_1.isAbsolute)(given) || /^[A-Za-z]:/.test(entry.dir) || entry.dir.startsWith("\\"))
        return refused("is an absolute path, outside the root module");
    const dir = (0, node_path_1.resolve)(manifest.root, given);
    if ((0, paths_1.isOutside)(dir, manifest.root))
        return refused("leads outside the root module");
    let real;
    try {
        real = (0, node_fs_1.realpathSync)(dir);
    }
    catch {
        return { missing: `${where} does not exist; run \`terraform init\` again to download the module` };
    }
    if ((0, paths_1.isOutside)(real, (0, paths_1.realPath)(manifest.root)))
        return refused("is a symbolic link leading outside the root module");
    if (!(0, node_fs_1.statSync)(real).isDirectory())
        return { missing: `${where} is not a directory; run \`terraform init\` again to download the module` };
    return { dir };
}
function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** Reads at most `maxBytes` bytes of a regular file (a FIFO or device is refused, a file under /proc cannot run on). */
function readBounded(file, maxBytes) {
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(file, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NONBLOCK);
    }
    catch (e) {
        return { ok: false, message: `cannot be read (${e.code ?? "read error"})` };
    }
    try {
        const stat = (0, node_fs_1.fstatSync)(fd);
        if (!stat.isFile())
            return { ok: false, message: "is not a regular file" };
        const buffer = (0, read_at_most_1.readAtMost)(fd, maxBytes, stat.size);
        if (buffer === undefined)
            return { ok: false, message: `is larger than ${maxBytes / 1024 / 1024} MiB` };
        if (buffer.includes(0))
            return { ok: false, message: "holds binary data (NUL bytes)" };
        return { ok: true, text: buffer.toString("utf8") };
    }
    catch (e) {
        return { ok: false, message: `cannot be read (${e.code ?? "read error"})` };
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
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
function sameSource(recorded, source) {
    return recorded === source || normaliseSource(recorded) === normaliseSource(source);
}
const REGISTRY = /^(?:([A-Za-z0-9.-]+\.[A-Za-z0-9-]+(?::\d+)?)\/)?([A-Za-z0-9][A-Za-z0-9_-]*)\/([A-Za-z0-9][A-Za-z0-9_-]*)\/([A-Za-z0-9]+)(\/\/.*)?$/;
function normaliseSource(source) {
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
function splitOnce(s, on) {
    const i = s.indexOf(on);
    return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
/** A package address and its `//subdir`, the first `//` after any `scheme://`. */
function splitSubdir(s) {
    const scheme = /^(?:[a-z0-9]+::)?[a-z0-9+.-]+:\/\//i.exec(s)?.[0].length ?? 0;
    const i = s.indexOf("//", scheme);
    return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 2)];
}
