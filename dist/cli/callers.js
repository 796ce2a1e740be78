"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SKIPPED_DIRS_TEXT = void 0;
exports.isSkippedDir = isSkippedDir;
exports.callersOf = callersOf;
exports.withoutComments = withoutComments;
/**
 * The module directories of a repository that call a given module directory, directly or through other modules: with
 * them, a file named on the command line is evaluated the way a scan of the whole repository evaluates it (with the
 * values its callers pass, under the same root and address), so its findings, their fingerprints in a baseline, and
 * exceptions written for `module.x.…` addresses are the same.
 *
 * The search reads the text of the repository's configuration files and looks for local module sources
 * (`source = "./…"` or `"../…"`, and `"source": "…"` in `.tf.json`, JSON escapes decoded); nothing is parsed or evaluated here. A directory
 * it names that does not really call the module is harmless: it is scanned as one more root, and only findings in the
 * named files are reported. Directories the walk skips (`.terraform`, hidden ones, `node_modules`) and symbolic links
 * to directories are not searched.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const project_1 = require("../hcl-rules/project");
/**
 * Directories never walked into: `.terraform` holds downloaded copies of modules (scanning them would report the
 * same code twice, or someone else's), `.git` and other hidden directories (`.terragrunt-cache`, editor folders)
 * hold no configuration of the user's own, and `node_modules` holds packages. A directory named on the command line
 * is always scanned, hidden or not.
 */
function isSkippedDir(name) {
    return name.startsWith(".") || name === "node_modules";
}
exports.SKIPPED_DIRS_TEXT = "node_modules and hidden directories such as .terraform and .git";
/** Larger configuration files are not searched for module calls (a generated file calls no local module). */
const MAX_SEARCHED_BYTES = 5 * 1024 * 1024;
const LOCAL_SOURCE = /"?\bsource"?\s*[=:]\s*"(\.\.?(?:\/[^"]*)?)"/g;
/** In `.tf.json`, a JSON string: `"..\/m"` and `"\u002e./m"` are `../m` too. */
const JSON_SOURCE = /"source"\s*:\s*("(?:[^"\\]|\\.)*")/g;
/** The directories under `repository` that call one of `modules` (absolute), transitively; `modules` themselves excluded. */
function callersOf(modules, repository) {
    const callersByModule = new Map();
    for (const [dir, files] of configurationDirs(repository)) {
        for (const file of files) {
            for (const source of localSources(file)) {
                const target = (0, node_path_1.resolve)(dir, source);
                if (target === dir)
                    continue;
                const set = callersByModule.get(target) ?? new Set();
                set.add(dir);
                callersByModule.set(target, set);
            }
        }
    }
    const seen = new Set(modules.map((m) => (0, node_path_1.resolve)(m)));
    const found = [];
    const pending = [...seen];
    while (pending.length > 0) {
        for (const caller of callersByModule.get(pending.pop()) ?? []) {
            if (seen.has(caller))
                continue;
            seen.add(caller);
            found.push(caller);
            pending.push(caller);
        }
    }
    return found.sort();
}
/** Each directory at or below `root` with configuration files, and those files. Unreadable directories are passed over. */
function configurationDirs(root) {
    const dirs = new Map();
    const visit = (dir) => {
        let entries;
        try {
            entries = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const files = entries.filter((e) => e.isFile() && (0, project_1.isConfigurationFile)(e.name)).map((e) => (0, node_path_1.join)(dir, e.name));
        if (files.length > 0)
            dirs.set(dir, files);
        for (const e of entries)
            if (e.isDirectory() && !isSkippedDir(e.name))
                visit((0, node_path_1.join)(dir, e.name));
    };
    visit(root);
    return dirs;
}
function localSources(file) {
    try {
        if ((0, node_fs_1.statSync)(file).size > MAX_SEARCHED_BYTES)
            return [];
        const text = (0, node_fs_1.readFileSync)(file, "utf8");
        if (!file.endsWith(".json"))
            return [...withoutComments(text).matchAll(LOCAL_SOURCE)].map((m) => m[1]);
        return [...text.matchAll(JSON_SOURCE)].map((m) => jsonString(m[1])).filter((s) => s !== undefined && /^\.\.?(?:\/|$)/.test(s));
    }
    catch {
        return [];
    }
}
function jsonString(literal) {
    try {
        return JSON.parse(literal);
    }
    catch {
        return undefined;
    }
}
/**
 * HCL native syntax with its comments (`#`, `//`, `/* … *\/`) taken out, strings and heredocs kept, so that a module
 * call commented out is no call. Quotes pair up even in nested templates (`"${x == "a"}"`), which is all this needs.
 */
function withoutComments(text) {
    let out = "";
    let start = 0;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            i++;
            while (i < text.length && text[i] !== '"' && text[i] !== "\n")
                i += text[i] === "\\" ? 2 : 1;
            i++;
            continue;
        }
        if (c === "<" && text.startsWith("<<", i)) {
            const opener = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
            if (opener) {
                const body = i + opener[0].length;
                const closer = new RegExp(`^[ \\t]*${opener[1]}[ \\t]*\r?$`, "m").exec(text.slice(body));
                i = closer ? body + closer.index + closer[0].length : text.length;
                continue;
            }
        }
        const line = c === "#" || (c === "/" && text[i + 1] === "/");
        if (line || (c === "/" && text[i + 1] === "*")) {
            out += text.slice(start, i);
            const end = line ? text.indexOf("\n", i) : text.indexOf("*/", i + 2);
            i = end < 0 ? text.length : line ? end : end + 2;
            start = i;
            continue;
        }
        i++;
    }
    return out + text.slice(start);
}
