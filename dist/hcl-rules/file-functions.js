"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScanFiles = exports.Boundaries = void 0;
exports.scanBoundaries = scanBoundaries;
exports.globToRegex = globToRegex;
/**
 * Terraform's filesystem functions as a scan may run them: `file`, `fileexists` and `fileset` (and the file reads of
 * `templatefile` and `data "template_file"`), for paths inside the directories the scan was given only.
 *
 * "Inside" means inside a directory the scan was given, or for a named file the repository holding it.
 * A relative path is resolved as Terraform resolves it, against the directory Terraform runs in (the root module's),
 * so `"${path.module}/x"` names a file of the module. A path outside the scanned directories, a path through a
 * symbolic link that leads out of them, and a `~` path are Unknown and never opened. A read is bounded by
 * limits.maxStringLength, and a listing by limits.maxCollectionSize and the step budget. No message made here quotes
 * what a file contains: errors name the path as the configuration wrote it, never its text, nor an absolute path.
 * Semantics follow Terraform's lang/funcs/filesystem.go (developer.hashicorp.com/terraform/language/functions/file,
 * fileexists, fileset).
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const paths_1 = require("../core/paths");
const read_at_most_1 = require("../core/read-at-most");
const values_1 = require("../core/values");
const functions_1 = require("./functions");
/**
 * The directories a scan may read files from: each directory the user named; for a named file, the repository holding
 * it (core/config.ts scanBoundary), as a scan of named files evaluates them with the repository's modules, so that
 * `moat scan envs/prod/main.tf` reads what `moat scan .` from the repository's root reads.
 */
function scanBoundaries(targets) {
    const named = targets.explicit !== undefined && targets.explicit.length > 0 ? targets.explicit : [...targets.dirs, ...targets.files];
    return [
        ...new Set(named.map((p) => {
            const abs = (0, node_path_1.resolve)(p);
            try {
                if ((0, node_fs_1.statSync)(abs).isDirectory())
                    return abs;
            }
            catch {
                // a path that vanished: its directory, as for a file
            }
            return (0, paths_1.scanBoundary)((0, node_path_1.dirname)(abs)).dir;
        })),
    ];
}
function realOrUndefined(p) {
    try {
        return (0, node_fs_1.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
function within(p, dir) {
    return !(0, paths_1.isOutside)(p, dir);
}
/**
 * A scan's boundaries (`scanBoundaries`), resolved once for every root module of the scan: their real paths only when
 * a file function first needs them (most scans call none, and a monorepo has hundreds of roots).
 */
class Boundaries {
    lexical;
    realPaths;
    constructor(boundaries) {
        this.lexical = boundaries.map((b) => (0, node_path_1.resolve)(b));
    }
    get real() {
        return (this.realPaths ??= this.lexical.map(realOrUndefined).filter((b) => b !== undefined));
    }
}
exports.Boundaries = Boundaries;
/** The file functions of one root module: paths resolve against `baseDir`, reads stay inside `boundaries`. */
class ScanFiles {
    baseDir;
    boundaries;
    budget;
    constructor(
    /** The directory Terraform runs in: the root module's. */
    baseDir, boundaries, budget) {
        this.baseDir = baseDir;
        this.boundaries = boundaries;
        this.budget = budget;
    }
    outside(fn, path, why) {
        const reason = why ?? "is outside the scanned directories";
        const hint = why === undefined ? " (scan a directory that holds both, such as the repository's root, to have it read)" : "";
        return new values_1.Unknown(`${fn}(${JSON.stringify(path.slice(0, 200))}): the path ${reason}, so moat does not read it${hint}`);
    }
    /** Resolves `path` as Terraform does and says what is there, without opening anything outside the boundaries. */
    locate(fn, path) {
        if (path.startsWith("~"))
            return { kind: "outside", why: this.outside(fn, path, "is in a home directory") };
        if (path.includes("\0"))
            return { kind: "outside", why: this.outside(fn, path, "is not a valid path") };
        const abs = (0, node_path_1.isAbsolute)(path) ? (0, node_path_1.resolve)(path) : (0, node_path_1.resolve)(this.baseDir, path);
        if (!this.boundaries.lexical.some((b) => within(abs, b)))
            return { kind: "outside", why: this.outside(fn, path) };
        const real = realOrUndefined(abs);
        if (real === undefined) {
            // Missing, or a link that leads nowhere: judge the nearest existing ancestor, so a link out stays out.
            let parent = (0, node_path_1.dirname)(abs);
            let realParent = realOrUndefined(parent);
            while (realParent === undefined && parent !== (0, node_path_1.dirname)(parent)) {
                parent = (0, node_path_1.dirname)(parent);
                realParent = realOrUndefined(parent);
            }
            if (realParent === undefined || !this.boundaries.real.some((b) => within(realParent, b))) {
                return { kind: "outside", why: this.outside(fn, path, "leads out of the scanned directories through a symbolic link") };
            }
            let dangling = false;
            try {
                dangling = (0, node_fs_1.lstatSync)(abs).isSymbolicLink();
            }
            catch {
                // absent
            }
            return dangling ? { kind: "outside", why: this.outside(fn, path, "is a symbolic link to a missing file") } : { kind: "missing" };
        }
        if (!this.boundaries.real.some((b) => within(real, b))) {
            return { kind: "outside", why: this.outside(fn, path, "leads out of the scanned directories through a symbolic link") };
        }
        try {
            const st = (0, node_fs_1.statSync)(real);
            if (st.isFile())
                return { kind: "file", real };
            return { kind: "other", what: st.isDirectory() ? "a directory" : "a special file (a pipe, socket or device)" };
        }
        catch {
            return { kind: "missing" };
        }
    }
    /** `fileexists(path)`. */
    exists(path) {
        const at = this.locate("fileexists", path);
        switch (at.kind) {
            case "outside":
                return at.why;
            case "missing":
                return false;
            case "other":
                return new functions_1.EvalError(`fileexists(${JSON.stringify(path.slice(0, 200))}): the path is ${at.what}, not a regular file`);
            case "file":
                return true;
        }
    }
    /** `file(path)`: the file's text (UTF-8), bounded by limits.maxStringLength. */
    read(path, fn = "file") {
        const shownPath = JSON.stringify(path.slice(0, 200));
        const at = this.locate(fn, path);
        if (at.kind === "outside")
            return at.why;
        if (at.kind === "missing")
            return new functions_1.EvalError(`${fn}(${shownPath}): no file exists at this path`);
        if (at.kind === "other")
            return new functions_1.EvalError(`${fn}(${shownPath}): the path is ${at.what}, not a regular file`);
        const max = this.budget.limits.maxStringLength;
        const bytes = readBounded(at.real, max);
        if (bytes === "too big") {
            return new values_1.Unknown(`${fn}(${shownPath}): the file is larger than limits.maxStringLength (${max} characters), so moat does not read it`);
        }
        if (bytes === undefined)
            return new values_1.Unknown(`${fn}(${shownPath}): the file could not be read`);
        const spent = this.budget.step(bytes.length >> 4);
        if (spent)
            return spent;
        try {
            return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        }
        catch {
            return new functions_1.EvalError(`${fn}(${shownPath}): the file's contents are not valid UTF-8 (Terraform rejects it too; filebase64 reads binary files)`);
        }
    }
    /** `fileset(path, pattern)`: the regular files below `path` whose relative path matches the glob, sorted. */
    fileset(path, pattern) {
        const at = this.locate("fileset", path);
        if (at.kind === "outside")
            return at.why;
        const shownPath = JSON.stringify(path.slice(0, 200));
        if (at.kind !== "other" || at.what !== "a directory")
            return [];
        const re = globToRegex(pattern);
        if ((0, values_1.isUnknown)(re))
            return re;
        const base = realOrUndefined((0, node_path_1.isAbsolute)(path) ? (0, node_path_1.resolve)(path) : (0, node_path_1.resolve)(this.baseDir, path));
        const maxDepth = pattern.includes("**") ? Infinity : pattern.split("/").length;
        const out = [];
        const stack = [[base, "", 1]];
        let seen = 0;
        while (stack.length > 0) {
            const [dir, rel, depth] = stack.pop();
            let entries;
            try {
                entries = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true });
            }
            catch {
                return new values_1.Unknown(`fileset(${shownPath}): a directory below it could not be read`);
            }
            for (const e of entries) {
                seen++;
                const spent = this.budget.step();
                if (spent)
                    return spent;
                if (seen > this.budget.limits.maxCollectionSize) {
                    return new values_1.Unknown(`fileset(${shownPath}): more than limits.maxCollectionSize (${this.budget.limits.maxCollectionSize}) entries below the path, so moat does not list them`);
                }
                const child = (0, node_path_1.join)(dir, e.name);
                const childRel = rel === "" ? e.name : `${rel}/${e.name}`;
                let isFile = e.isFile();
                let isDir = e.isDirectory();
                if (e.isSymbolicLink()) {
                    // Followed only while it stays inside the scanned directories.
                    const real = realOrUndefined(child);
                    if (real === undefined || !this.boundaries.real.some((b) => within(real, b)))
                        continue;
                    try {
                        const st = (0, node_fs_1.statSync)(real);
                        isFile = st.isFile();
                        isDir = false; // a linked directory is not descended (it could lead back up: a loop)
                    }
                    catch {
                        continue;
                    }
                }
                if (isFile && re.matches(childRel))
                    out.push(childRel);
                else if (isDir && depth < maxDepth)
                    stack.push([child, childRel, depth + 1]);
            }
        }
        return out.sort();
    }
}
exports.ScanFiles = ScanFiles;
/** Reads at most `max` bytes of a regular file; "too big" when it has more. Never blocks on a FIFO or a device. */
function readBounded(real, max) {
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(real, node_fs_1.constants.O_RDONLY | (node_fs_1.constants.O_NONBLOCK ?? 0) | (node_fs_1.constants.O_NOFOLLOW ?? 0));
        const st = (0, node_fs_1.fstatSync)(fd);
        if (!st.isFile())
            return undefined;
        if (st.size > max)
            return "too big";
        return (0, read_at_most_1.readAtMost)(fd, max, st.size) ?? "too big";
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0, node_fs_1.closeSync)(fd);
    }
}
/**
 * A doublestar glob (Terraform's fileset) as an RE2 pattern, matched against a path relative to the listed directory:
 * `*` and `?` within one path element, `**` across elements, `[…]` classes, `{a,b}` alternatives, `\` escapes.
 */
function globToRegex(glob) {
    let out = "";
    let braces = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === "*") {
            if (glob[i + 1] === "*") {
                const atStart = i === 0 || glob[i - 1] === "/";
                if (atStart && glob[i + 2] === "/") {
                    out += "(?:[^/]*/)*";
                    i += 2;
                }
                else {
                    out += ".*";
                    i += 1;
                }
            }
            else
                out += "[^/]*";
        }
        else if (c === "?")
            out += "[^/]";
        else if (c === "[") {
            const end = glob.indexOf("]", i + 2);
            if (end < 0)
                return new functions_1.EvalError(`fileset: invalid pattern ${JSON.stringify(glob.slice(0, 200))} (unclosed [)`);
            let body = glob.slice(i + 1, end);
            const negate = body.startsWith("!") || body.startsWith("^");
            if (negate)
                body = body.slice(1);
            out += `[${negate ? "^/" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`;
            i = end;
        }
        else if (c === "{") {
            braces++;
            out += "(?:";
        }
        else if (c === "}" && braces > 0) {
            braces--;
            out += ")";
        }
        else if (c === "," && braces > 0)
            out += "|";
        else if (c === "\\" && i + 1 < glob.length) {
            i++;
            out += escapeRe(glob[i]);
        }
        else
            out += escapeRe(c);
    }
    if (braces > 0)
        return new functions_1.EvalError(`fileset: invalid pattern ${JSON.stringify(glob.slice(0, 200))} (unclosed {)`);
    try {
        // re2js is loaded by the first pattern, not by every start.
        return require("re2js").RE2JS.compile(`^${out}$`);
    }
    catch {
        return new functions_1.EvalError(`fileset: invalid pattern ${JSON.stringify(glob.slice(0, 200))}`);
    }
}
function escapeRe(c) {
    return /[.+^$()|[\]{}\\*?]/.test(c) ? `\\${c}` : c;
}
