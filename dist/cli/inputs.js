"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SKIPPED_DIRS_TEXT = void 0;
exports.classifyInputs = classifyInputs;
/**
 * What the user asked to scan: each command-line path classified by the door that reads it. A directory is walked
 * for Terraform module directories and everything found is reported. A `.json` file is a Terraform plan.
 *
 * Files named as pre-commit and lint-staged name them (docs/file-arguments.md):
 * - a `.tf` or `.tf.json` file is scanned with its whole module (every configuration file of its directory, its
 *   tfvars, its module calls) and with the modules of the repository that call that directory, directly or through
 *   others, so it is evaluated as a scan of the repository evaluates it; only the findings (and checks not
 *   evaluated) located in the named files are reported;
 * - a `.tfvars` or `.tfvars.json` file is a variable file for the root module of its directory (after that
 *   directory's own terraform.tfvars and *.auto.tfvars, before --var-file), and that root's findings are all reported;
 * - `moat.config.yaml` (`.yml`, `.json`) or a baseline (`moat-baseline.json`, `.moat-baseline.json`, or the file given
 *   with --baseline) scans the whole repository it is in: a changed policy can change any finding.
 * A path that yields nothing to scan is a problem, never a silent pass.
 *
 * The walk stays inside the repository it starts in (the directory holding `.git` above the named directory, or the
 * named directory itself outside a repository): a symbolic link to a directory outside it is not followed, and a
 * `.tf` file linked from outside it is not read; both are reported. Each real directory and file is scanned once,
 * however many arguments or links reach it.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const config_1 = require("../core/config");
const paths_1 = require("../core/paths");
const project_1 = require("../hcl-rules/project");
const callers_1 = require("./callers");
var callers_2 = require("./callers");
Object.defineProperty(exports, "SKIPPED_DIRS_TEXT", { enumerable: true, get: function () { return callers_2.SKIPPED_DIRS_TEXT; } });
const report_1 = require("./report");
/** A baseline recognised by its name (the name the README suggests), or the one given with --baseline. */
const BASELINE_NAME = /^\.?moat-baseline\.json$/i;
function isPolicyFile(path, cwd, options) {
    const name = (0, node_path_1.basename)(path);
    if (config_1.CONFIG_FILE_NAMES.includes(name) || BASELINE_NAME.test(name))
        return true;
    return options.baseline !== undefined && (0, paths_1.realPath)((0, node_path_1.resolve)(cwd, options.baseline)) === (0, paths_1.realPath)(path);
}
/** Classifies the paths (relative to `cwd`); every absolute path in the result is resolved against `cwd`. */
function classifyInputs(paths, cwd, options = {}) {
    const inputs = { terraform: { dirs: [], files: [], explicit: [], varFiles: [] }, plans: [], problems: [], notices: [] };
    // Real path → the module directory found there (the path first seen for it), and the argument that reached it first.
    const dirs = new Map();
    const reachedBy = new Map();
    // Walks started by a config or baseline file: a named file inside them is scanned once, without a notice.
    const policyWalks = new Set();
    // Real path of each argument → the argument as given: the same file or directory given twice is scanned once.
    const given = new Map();
    const named = [];
    const duplicate = (path, as, first) => inputs.notices.push({ kind: "input", file: path, message: `is given more than once (as ${quote(first)} and ${quote(as)}); it is scanned once` });
    const walk = (arg, path) => {
        const problemsBefore = inputs.problems.length;
        const found = moduleDirsUnder(path, cwd, inputs);
        if (found.length === 0 && inputs.problems.length === problemsBefore) {
            inputs.problems.push({
                file: arg,
                message: `no Terraform files (.tf) found in this directory or below it (${callers_1.SKIPPED_DIRS_TEXT} are not searched); check the path`,
            });
        }
        const covering = found.length > 0 && found.every((f) => dirs.has(f.real)) ? reachedBy.get(found[0].real) : undefined;
        if (covering !== undefined && !policyWalks.has(covering)) {
            inputs.notices.push({ kind: "input", file: path, message: `is inside ${quote(covering)}, which is scanned with the directories below it; it is scanned once` });
        }
        for (const f of found) {
            if (dirs.has(f.real))
                continue;
            dirs.set(f.real, f);
            reachedBy.set(f.real, arg);
        }
        inputs.terraform.explicit.push(dirs.get((0, paths_1.realPath)(path))?.dir ?? path);
    };
    for (const arg of paths) {
        if (arg === "-") {
            if (given.has("-"))
                duplicate("(standard input)", "-", "-");
            else
                inputs.plans.push("-");
            given.set("-", "-");
            continue;
        }
        const path = (0, node_path_1.resolve)(cwd, arg);
        const real = (0, paths_1.realPath)(path);
        const first = given.get(real);
        if (first !== undefined) {
            if (!policyWalks.has(first))
                duplicate(path, arg, first);
            continue;
        }
        given.set(real, arg);
        let stat;
        try {
            stat = (0, node_fs_1.statSync)(path);
        }
        catch (e) {
            inputs.problems.push({ file: arg, message: missingMessage(e) });
            continue;
        }
        if (stat.isDirectory()) {
            walk(arg, path);
        }
        else if (stat.isFile() && isPolicyFile(path, cwd, options)) {
            // A config or a baseline changes what any finding of the repository is: the whole repository is scanned.
            const repository = (0, paths_1.scanBoundary)((0, node_path_1.dirname)(real)).dir;
            const label = (0, report_1.displayPath)(repository, cwd);
            if (given.has(repository))
                continue;
            given.set(repository, label);
            policyWalks.add(label);
            walk(label, repository);
        }
        else if (stat.isFile()) {
            classifyFile(arg, path, inputs, named);
        }
        else {
            inputs.problems.push({ file: arg, message: "is not a file or a directory; pass Terraform files, directories or plan JSON" });
        }
    }
    // A named file whose directory the walk scans as a whole is already scanned, and all its findings are reported.
    const namedFiles = named.filter((file) => {
        const owner = reachedBy.get((0, paths_1.realPath)((0, node_path_1.dirname)(file)));
        const dir = dirs.get((0, paths_1.realPath)((0, node_path_1.dirname)(file)));
        if (owner === undefined || dir === undefined || (dir.files !== undefined && !dir.files.includes(file)))
            return true;
        if (!policyWalks.has(owner))
            inputs.notices.push({ kind: "input", file, message: `is inside ${quote(owner)}, which is scanned as a whole; it is scanned once` });
        return false;
    });
    const varFiles = inputs.terraform.varFiles;
    // The modules the named files belong to, the modules of the repository that call them, and the directories of the
    // named variable files: scanned whole, reported only where the scope says.
    const context = new Map();
    const addContext = (dir) => {
        const real = (0, paths_1.realPath)(dir);
        if (dirs.has(real) || context.has(real))
            return true;
        const found = moduleDirsUnder(dir, cwd, inputs, false);
        if (found.length > 0)
            context.set(real, found[0]);
        return found.length > 0;
    };
    const moduleDirs = [...new Set(namedFiles.map((f) => (0, node_path_1.dirname)(f)))];
    for (const dir of moduleDirs)
        addContext(dir);
    const byRepository = new Map();
    for (const dir of moduleDirs) {
        const repository = (0, paths_1.scanBoundary)((0, paths_1.realPath)(dir)).dir;
        byRepository.set(repository, [...(byRepository.get(repository) ?? []), (0, paths_1.realPath)(dir)]);
    }
    for (const [repository, modules] of byRepository)
        for (const caller of (0, callers_1.callersOf)(modules, repository))
            addContext(caller);
    // Named files are scanned as `moat scan .` from the root of their repository scans them: that directory counts as
    // named, so it is a root module even when a module calls it (an example calling `../../`, say), which keeps the
    // findings' addresses and fingerprints, and file functions read inside the repository (hcl-rules/file-functions.ts).
    const repositories = new Set([...namedFiles, ...varFiles].map((f) => (0, paths_1.scanBoundary)((0, paths_1.realPath)((0, node_path_1.dirname)(f))).dir));
    for (const repository of repositories)
        inputs.terraform.explicit.push(context.get(repository)?.dir ?? dirs.get(repository)?.dir ?? repository);
    const varRoots = [];
    for (const file of varFiles) {
        const dir = (0, node_path_1.dirname)(file);
        if (addContext(dir))
            varRoots.push(dirs.get((0, paths_1.realPath)(dir))?.dir ?? context.get((0, paths_1.realPath)(dir))?.dir ?? dir);
        else {
            inputs.problems.push({
                file,
                message: "is a variables file in a directory without Terraform files (.tf), so moat cannot tell which root module it is for; scan the root module's directory with --var-file " + quote((0, report_1.displayPath)(file, cwd)),
            });
        }
    }
    inputs.terraform.varFiles = varFiles.filter((f) => varRoots.some((d) => (0, paths_1.realPath)(d) === (0, paths_1.realPath)((0, node_path_1.dirname)(f))));
    for (const f of [...dirs.values(), ...context.values()].sort((a, b) => compare(a.dir, b.dir))) {
        if (f.files === undefined)
            inputs.terraform.dirs.push(f.dir);
        else
            inputs.terraform.files.push(...f.files);
    }
    if (namedFiles.length > 0 || inputs.terraform.varFiles.length > 0) {
        inputs.reportOnly = { files: namedFiles, roots: [...new Set([...[...dirs.values()].map((f) => f.dir), ...varRoots])] };
    }
    return inputs;
}
function classifyFile(given, path, inputs, named) {
    const name = path.toLowerCase();
    if (name.endsWith(".tf") || name.endsWith(".tf.json")) {
        named.push(path);
    }
    else if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) {
        inputs.terraform.varFiles.push(path);
    }
    else if (name.endsWith(".json")) {
        inputs.plans.push(path);
    }
    else {
        inputs.problems.push({
            file: given,
            message: "is neither a Terraform file (.tf, .tf.json, .tfvars) nor a Terraform plan (.json); pass a .tf file, a directory or plan JSON",
        });
    }
}
function missingMessage(e) {
    const code = e.code;
    if (code === "ENOENT")
        return "does not exist; check the path";
    if (code === "ELOOP")
        return "is a symbolic link loop; fix the link or pass its target";
    if (code === "EACCES" || code === "EPERM")
        return "cannot be read (permission denied); give the user running moat read access";
    return `cannot be read (${code ?? "unknown error"})`;
}
/**
 * The directories at or below `root` (only `root` when not `recursive`) that hold `.tf` files. Symbolic links are
 * followed while they stay inside the repository of `root`; each real directory is walked once, so a link loop ends. A
 * directory that cannot be read is an error (what is below it was not scanned), never skipped silently.
 */
function moduleDirsUnder(root, cwd, inputs, recursive = true) {
    const found = [];
    const walked = new Set();
    const boundary = (0, paths_1.scanBoundary)((0, paths_1.realPath)(root));
    const outside = (target) => (0, paths_1.isOutside)(target, boundary.dir);
    const area = boundary.repository ? "the repository" : "the scanned directory";
    const where = `outside ${area} (${quote((0, report_1.displayPath)(boundary.dir, cwd))})`;
    const visit = (dir) => {
        const real = (0, paths_1.realPath)(dir);
        if (walked.has(real))
            return;
        walked.add(real);
        let entries;
        try {
            entries = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true });
        }
        catch (e) {
            inputs.problems.push({ file: dir, message: unreadableDirMessage(e) });
            return;
        }
        entries.sort((a, b) => compare(a.name, b.name));
        const tfFiles = [];
        let refused = false;
        const subdirs = [];
        for (const entry of entries) {
            const child = (0, node_path_1.join)(dir, entry.name);
            // The same test as the Terraform door's own listing: a symbolic link named *.tf or *.tf.json is a file to parse.
            const isTf = (0, project_1.isConfigurationFile)(entry.name);
            if (entry.isSymbolicLink()) {
                const target = realPathOrUndefined(child);
                if (target !== undefined && outside(target)) {
                    const to = quote((0, report_1.displayPath)(target, cwd));
                    if (isTf) {
                        refused = true;
                        inputs.problems.push({
                            file: child,
                            message: `is a symbolic link to ${to}, ${where}, so it was not read and its module was scanned without it; copy the file into ${area} or scan a directory that holds both`,
                        });
                    }
                    else if (recursive && (0, paths_1.isDirectory)(target) && !(0, callers_1.isSkippedDir)(entry.name)) {
                        // Not followed, and not silently: whatever Terraform code is there was not scanned (exit 2). An `exclude:`
                        // entry for the link says it holds none, and drops this error.
                        inputs.problems.push({
                            file: child,
                            message: `is a symbolic link to ${to}, ${where}, so it was not followed and anything below it was not scanned; scan that directory on its own, or exclude the link in moat.config.yaml if it holds no Terraform code`,
                        });
                    }
                    continue;
                }
                if (isTf)
                    tfFiles.push(child);
                if (!(0, callers_1.isSkippedDir)(entry.name) && target !== undefined && (0, paths_1.isDirectory)(target))
                    subdirs.push(child);
            }
            else if (entry.isFile()) {
                if (isTf)
                    tfFiles.push(child);
            }
            else if (entry.isDirectory() && !(0, callers_1.isSkippedDir)(entry.name)) {
                subdirs.push(child);
            }
        }
        if (tfFiles.length > 0)
            found.push(refused ? { dir, real, files: tfFiles } : { dir, real });
        if (recursive)
            for (const sub of subdirs)
                visit(sub);
    };
    visit(root);
    return found;
}
function unreadableDirMessage(e) {
    const code = e.code;
    const what = code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? "unknown error");
    return `directory cannot be read (${what}), so the Terraform files in it and below it were not scanned; give the user running moat read access, or exclude the directory in moat.config.yaml`;
}
/** A path in a message, quoted only when it could be misread. */
function quote(path) {
    return /^[\w./@+-]+$/.test(path) ? path : JSON.stringify(path);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function realPathOrUndefined(path) {
    try {
        return (0, node_fs_1.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
