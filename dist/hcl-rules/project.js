"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isConfigurationFile = isConfigurationFile;
exports.scanTerraform = scanTerraform;
/**
 * The Terraform source door's entry point: loads module directories, follows local module calls, picks the root
 * modules, applies variable values (tfvars, --var-file, --var) and returns the model.
 */
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const adapter_1 = require("./adapter");
const budget_1 = require("./budget");
const evaluate_1 = require("./evaluate");
const expr_1 = require("./expr");
const file_functions_1 = require("./file-functions");
const locate_1 = require("./locate");
const paths_1 = require("../core/paths");
const module_manifest_1 = require("./module-manifest");
const override_1 = require("./override");
const parse_hcl_1 = require("./parse-hcl");
/**
 * Reads a module directory's entries once per scan; a directory that cannot be read is an error entry (once), never
 * an empty module.
 */
class DirectoryReader {
    errors;
    entries = new Map();
    constructor(errors) {
        this.errors = errors;
    }
    read(dir) {
        const hit = this.entries.get(dir);
        if (hit)
            return hit;
        let entries = [];
        try {
            entries = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true });
        }
        catch (e) {
            const code = e.code ?? "error";
            this.errors.push({
                file: dir,
                message: `this module directory cannot be read (${code}), so its configuration was not scanned; make it readable to the user running moat, or exclude it`,
            });
        }
        this.entries.set(dir, entries);
        return entries;
    }
}
/** A module directory's configuration files: `.tf` (native syntax) and `.tf.json` (JSON syntax), by name. */
function listModuleFiles(dir, errors, reader) {
    const entries = reader.read(dir).filter((e) => e.isFile() || e.isSymbolicLink());
    return entries
        .filter((e) => isConfigurationFile(e.name))
        .map((e) => (0, node_path_1.join)(dir, e.name))
        .sort();
}
/** A Terraform configuration file, in native (`.tf`) or JSON (`.tf.json`) syntax. */
function isConfigurationFile(name) {
    return name.endsWith(".tf") || name.endsWith(".tf.json");
}
async function scanTerraform(targets, options = {}) {
    const budget = new budget_1.Budget(options.limits);
    (0, expr_1.setExpressionDepthLimit)(budget.limits.maxEvaluationDepth);
    const errors = [];
    const parsed = new Map();
    const notices = [];
    const undeclaredSeen = new Set();
    const moduleFiles = new Map();
    const reader = new DirectoryReader(errors);
    let bytes = 0;
    const digests = options.digests ? new Map() : undefined;
    // A file's text was hashed already when the parse cache looked it up (`sha256`): only the others are hashed here.
    const digest = (r) => digests?.set(r.file, (r.ok ? r.sha256 : undefined) ?? (0, node_crypto_1.createHash)("sha256").update(r.ok ? r.text : `\u0000failed:${r.message}`).digest("hex"));
    for (const dir of targets.dirs)
        moduleFiles.set((0, node_path_1.resolve)(dir), listModuleFiles((0, node_path_1.resolve)(dir), errors, reader));
    for (const f of targets.files) {
        const dir = (0, node_path_1.resolve)((0, node_path_1.dirname)(f));
        if (targets.dirs.some((d) => (0, node_path_1.resolve)(d) === dir))
            continue;
        const list = moduleFiles.get(dir) ?? [];
        if (!list.includes(f))
            list.push(f);
        moduleFiles.set(dir, list);
    }
    const scanned = [...moduleFiles.keys()];
    const record = (results) => {
        for (const r of results) {
            digest(r);
            if (r.ok) {
                bytes += r.bytes;
                parsed.set(r.file, { file: r.file, json: r.json, lines: r.lines ?? (0, locate_1.lazyLineIndex)(r.text) });
            }
            else {
                errors.push({ file: r.file, line: r.line, column: r.column, message: r.message });
            }
        }
    };
    // Variable files are parsed in the same batch as the modules: one parser start, one worker pool.
    const namedVarFiles = (targets.varFiles ?? []).map((f) => (0, node_path_1.resolve)(f));
    const varFilesByDir = new Map(scanned.map((d) => [d, [...new Set([...variableFilesOf(d, reader), ...namedVarFiles.filter((f) => (0, node_path_1.dirname)(f) === d)])]]));
    const commonVarFiles = (options.varFiles ?? []).map((f) => (0, node_path_1.resolve)(f));
    const firstBatch = [...moduleFiles.values()].flat();
    const varBatch = [...new Set([...[...varFilesByDir.values()].flat(), ...commonVarFiles])];
    const firstResults = await (0, parse_hcl_1.parseHclFiles)([...firstBatch, ...varBatch], options.parse);
    record(firstResults.slice(0, firstBatch.length));
    const varParsed = new Map();
    for (const r of firstResults.slice(firstBatch.length)) {
        digest(r);
        if (r.ok) {
            bytes += r.bytes;
            varParsed.set(r.file, { file: r.file, json: r.json, lines: r.lines ?? (0, locate_1.lazyLineIndex)(r.text) });
        }
        else {
            errors.push({ file: r.file, line: r.line, column: r.column, message: r.message });
        }
    }
    const cliVars = commandLineVariables(options.vars ?? [], errors);
    const envVars = environmentVariables(options.env ?? {});
    // Follow local module calls until every called directory is loaded.
    const explicit = (targets.explicit ?? []).map((p) => (0, node_path_1.resolve)((0, paths_1.isDirectory)(p) ? p : (0, node_path_1.dirname)(p)));
    const inExplicit = (dir) => explicit.some((p) => dir === p || dir.startsWith(p.endsWith(node_path_1.sep) ? p : p + node_path_1.sep));
    const defs = new Map();
    const called = new Set();
    const callees = new Map();
    /** The package a downloaded directory belongs to: `.terraform/modules/<name>` of the root module holding it. */
    const inSomePackage = modulesDirMarker();
    const packageOf = (dir) => {
        // Most directories are in no package: skip comparing them with every scanned directory (quadratic in a monorepo).
        if (!inSomePackage(dir))
            return undefined;
        for (const root of scanned) {
            const base = (0, node_path_1.join)(root, module_manifest_1.MODULES_DIR);
            if (dir !== base && !(0, paths_1.isOutside)(dir, base))
                return (0, node_path_1.join)(base, (0, node_path_1.relative)(base, dir).split(node_path_1.sep)[0]);
        }
        return undefined;
    };
    /** Local calls out of a downloaded package (`dir\0source`): not followed, and not evaluated either. */
    const escaped = new Set();
    const follow = async (start) => {
        let pending = start;
        while (pending.length > 0) {
            const next = [];
            for (const dir of pending) {
                const files = (moduleFiles.get(dir) ?? []).map((f) => parsed.get(f)).filter((f) => !!f);
                const def = new evaluate_1.ModuleDef(dir, (0, override_1.mergeModuleOverrides)(files, errors));
                defs.set(dir, def);
                const pkg = packageOf(dir);
                for (const call of def.moduleCalls.values()) {
                    if (!(0, evaluate_1.isLocalSource)(call.source))
                        continue;
                    const target = (0, node_path_1.resolve)(dir, call.source);
                    if (pkg !== undefined && (0, paths_1.isOutside)(target, pkg)) {
                        // Terraform resolves a local path in a downloaded module within its package, and rejects one leading out.
                        const loc = (0, evaluate_1.locationOf)(call.src);
                        errors.push({
                            file: loc.file,
                            line: loc.line,
                            message: `module "${call.name}": source "${call.source}" leads out of the module package terraform init downloaded, which Terraform rejects, so moat did not follow it; the module's authors must fix the path`,
                        });
                        escaped.add(`${dir}\u0000${call.source}`);
                        continue;
                    }
                    if (target !== dir)
                        called.add(target);
                    callees.set(dir, [...(callees.get(dir) ?? []), target]);
                    const loc = (0, evaluate_1.locationOf)(call.src);
                    if (explicit.length > 0 && inExplicit(dir) && !inExplicit(target)) {
                        notices.push({
                            file: loc.file,
                            line: loc.line,
                            message: `module "${call.name}": source "${call.source}" is outside the paths given to the scan; moat followed it and evaluated its resources as part of this module, and reports findings in its files`,
                        });
                    }
                    if (moduleFiles.has(target))
                        continue;
                    if (!(0, paths_1.isDirectory)(target)) {
                        errors.push({
                            file: loc.file,
                            line: loc.line,
                            message: `module "${call.name}": source "${call.source}" is not a directory; fix the path or remove the call`,
                        });
                        moduleFiles.set(target, []);
                        continue;
                    }
                    const files = listModuleFiles(target, errors, reader);
                    moduleFiles.set(target, files);
                    next.push(target);
                }
            }
            if (next.length > 0)
                record(await (0, parse_hcl_1.parseHclFiles)(next.flatMap((d) => moduleFiles.get(d) ?? []), options.parse));
            pending = next;
        }
    };
    await follow([...moduleFiles.keys()]);
    // Registry and Git modules that `terraform init` downloaded, through each scanned directory's module manifest (the
    // directories that can be roots): loaded with what they call, until no call reaches a directory not yet loaded.
    const manifests = new Map();
    for (const dir of scanned) {
        const read = (0, module_manifest_1.readModuleManifest)(dir);
        if (read.kind === "error")
            errors.push(read.error);
        if (read.kind === "ok")
            manifests.set(dir, read.manifest);
        if (read.kind === "legacy") {
            notices.push({
                file: read.file,
                message: "was written by Terraform 0.11, whose module manifest moat does not read, so the modules it downloaded are listed as not scanned; run `terraform init` with Terraform 0.12 or later to have them scanned",
            });
        }
    }
    const refusedSeen = new Set();
    for (;;) {
        const fresh = new Set();
        for (const manifest of manifests.values()) {
            for (const d of downloadedDirs(manifest, defs, (call, message) => {
                const loc = (0, evaluate_1.locationOf)(call.src);
                const key = `${manifest.file}\u0000${loc.file}:${loc.line}`;
                if (!refusedSeen.has(key))
                    errors.push({ file: loc.file, line: loc.line, message: `module "${call.name}": ${message}` });
                refusedSeen.add(key);
            }, (dir, source) => escaped.has(`${dir}\u0000${source}`))) {
                if (!moduleFiles.has(d))
                    fresh.add(d);
            }
        }
        if (fresh.size === 0)
            break;
        for (const d of fresh)
            moduleFiles.set(d, listModuleFiles(d, errors, reader));
        record(await (0, parse_hcl_1.parseHclFiles)([...fresh].flatMap((d) => moduleFiles.get(d) ?? []), options.parse));
        await follow([...fresh]);
    }
    const roots = chooseRoots(scanned, new Set(explicit), called, callees);
    const evaluated = options.evaluates ? roots.filter(options.evaluates) : roots;
    const resources = [];
    const edges = [];
    const remoteModules = [];
    const files = parsed.size + varParsed.size;
    const boundaries = new file_functions_1.Boundaries((0, file_functions_1.scanBoundaries)(targets));
    for (const root of evaluated) {
        const def = defs.get(root);
        if (!def)
            continue;
        const varValues = [...envVars, ...fileVariables([...(varFilesByDir.get(root) ?? []), ...commonVarFiles], varParsed), ...cliVars];
        const manifest = manifests.get(root);
        const ev = new evaluate_1.Evaluation(root, (dir) => defs.get(dir), (from, source) => (escaped.has(`${from}\u0000${source}`) ? (0, node_path_1.join)(from, "\u0000escaped") : (0, node_path_1.resolve)(from, source)), budget, (key, call) => (0, module_manifest_1.downloadedModule)(manifest, key, call));
        ev.files = new file_functions_1.ScanFiles(root, boundaries, budget);
        ev.workspace = options.workspace ?? nonEmpty(options.env?.TF_WORKSPACE) ?? selectedWorkspace(root);
        try {
            const inputs = new Map();
            const rootModule = new evaluate_1.ModuleInstance(ev, def, "", [], (name) => (inputs.has(name) ? { value: inputs.get(name), refs: new Set() } : undefined), 0);
            for (const { name, value, file, path, fromEnvironment } of varValues) {
                const declared = def.variables.get(name);
                // Terraform ignores a TF_VAR_ variable that no module declares; it warns for files and the command line.
                if (!declared && !fromEnvironment) {
                    // Terraform warns ("Value for undeclared variable"): usually a typo, or a file meant for another root.
                    const line = file?.lines.lookup(path)?.line;
                    const notice = {
                        file: file?.file ?? "(command line)",
                        ...(line !== undefined ? { line } : {}),
                        message: `sets variable "${name}", which the root module ${relativeRoot(root, file?.file)}does not declare, so the value is not used (Terraform warns "Value for undeclared variable"); check the name`,
                    };
                    const key = `${notice.file}:${line}:${name}:${root}`;
                    if (!undeclaredSeen.has(key))
                        notices.push(notice);
                    undeclaredSeen.add(key);
                }
                const typeIsString = declared?.body.type === "${string}";
                if (file)
                    inputs.set(name, (0, evaluate_1.evalTfvarsValue)(value, file, path, rootModule));
                else {
                    budget.site = undefined;
                    budget.label = "(command line)";
                    inputs.set(name, typeIsString ? value : (0, evaluate_1.parseCliVarValue)(value, budget));
                    budget.label = "(evaluation)";
                }
            }
            rootModule.expandAll();
            const out = (0, adapter_1.resourcesOf)(ev);
            resources.push(...out.resources);
            edges.push(...out.edges);
            remoteModules.push(...ev.remoteModules);
        }
        catch (e) {
            // One root module lost (a bug, or a stack exhausted despite the guards); the other roots are still evaluated.
            budget.depth = 0;
            const firstFile = def.files[0];
            (0, evaluate_1.unexpected)(e, budget, `the module in this directory`, firstFile ? { file: firstFile, path: [] } : undefined);
        }
    }
    errors.push(...budget.report());
    return { resources, edges, errors, remoteModules, files, bytes, read: [...parsed.keys(), ...varParsed.keys()], roots, evaluated, ...(digests ? { digests } : {}), parsed, notices };
}
/**
 * The directories of the downloaded modules a root module's calls reach (keys from the root, as in the manifest), as
 * far as the loaded definitions go: a directory not yet loaded is returned, and walked once it is. `refused` is told
 * of a download whose directory moat will not read.
 */
function downloadedDirs(manifest, defs, refused, escapes) {
    const found = [];
    const walk = (dir, key, path) => {
        const def = defs.get(dir);
        if (!def) {
            found.push(dir);
            return;
        }
        for (const call of def.moduleCalls.values()) {
            const callKey = key === "" ? call.name : `${key}.${call.name}`;
            // Only where the manifest records a module at or below this call (it also bounds a cycle of local calls).
            if (!manifest.prefixes.has(callKey))
                continue;
            const remote = (0, evaluate_1.callSourceOf)(call);
            let target;
            if (remote) {
                const download = (0, module_manifest_1.downloadedModule)(manifest, callKey, remote);
                if (!download.ok) {
                    if (download.error !== undefined)
                        refused(call, download.error);
                    continue;
                }
                target = download.dir;
            }
            else if ((0, evaluate_1.isLocalSource)(call.source) && !escapes(dir, call.source))
                target = (0, node_path_1.resolve)(dir, call.source);
            else
                continue;
            if (!path.includes(target))
                walk(target, callKey, [...path, target]);
        }
    };
    walk(manifest.root, "", [manifest.root]);
    return found;
}
/**
 * Whether a directory's path holds a `.terraform/modules` segment: a directory inside some root's downloaded
 * packages must (its path starts with that root's `.terraform/modules/`). Case-insensitive on Windows, as
 * `path.relative` is there.
 */
function modulesDirMarker() {
    const marker = `${node_path_1.sep}${module_manifest_1.MODULES_DIR}${node_path_1.sep}`;
    if (process.platform !== "win32")
        return (dir) => dir.includes(marker);
    const lower = marker.toLowerCase();
    return (dir) => dir.toLowerCase().includes(lower);
}
function nonEmpty(text) {
    return text === undefined || text.trim() === "" ? undefined : text.trim();
}
/**
 * The workspace `terraform workspace select` recorded for a root module: Terraform reads `.terraform/environment`
 * in the working directory when `TF_WORKSPACE` is not set (internal/command/meta.go, `Workspace()`), trimming
 * whitespace. Without that file Terraform would use "default"; moat leaves the workspace unknown instead, since a
 * repository that uses workspaces rarely means "default" and a static scan cannot tell.
 */
function selectedWorkspace(root) {
    const file = (0, node_path_1.join)(root, ".terraform", "environment");
    try {
        // Most roots have none: `throwIfNoEntry` spares making an exception for each.
        const stat = (0, node_fs_1.lstatSync)(file, { throwIfNoEntry: false });
        // A name is short: anything else (a link, a directory, a large file) is not what Terraform writes.
        if (stat === undefined || !stat.isFile() || stat.size > 1024)
            return undefined;
        return nonEmpty((0, node_fs_1.readFileSync)(file, "utf8"));
    }
    catch {
        return undefined;
    }
}
/** How a notice names a root module: nothing when the variable file is in it, else its directory's name. */
function relativeRoot(root, file) {
    return file !== undefined && (0, node_path_1.dirname)(file) === root ? "" : `"${(0, node_path_1.basename)(root)}" `;
}
/**
 * The root modules: the directories the user named, and every scanned directory no other scanned module calls.
 * Modules that only call each other (a cycle) would leave none of them a root: the first of each such group becomes
 * one, so every scanned directory is evaluated at least once (the evaluator reports the cycle itself).
 */
function chooseRoots(scanned, explicit, called, callees) {
    const roots = scanned.filter((d) => explicit.has(d) || !called.has(d));
    const reached = new Set();
    const visit = (from) => {
        const stack = [from];
        while (stack.length > 0) {
            const dir = stack.pop();
            if (reached.has(dir))
                continue;
            reached.add(dir);
            stack.push(...(callees.get(dir) ?? []));
        }
    };
    roots.forEach(visit);
    for (const dir of scanned) {
        if (reached.has(dir))
            continue;
        roots.push(dir);
        visit(dir);
    }
    return roots;
}
/** `TF_VAR_<name>` environment variables, by name; their values are read like `--var` values. */
function environmentVariables(env) {
    return Object.keys(env)
        .filter((key) => key.startsWith("TF_VAR_") && key.length > "TF_VAR_".length && env[key] !== undefined)
        .sort()
        .map((key) => ({ name: key.slice("TF_VAR_".length), value: env[key], path: [], fromEnvironment: true }));
}
/** A directory's own variable files, in Terraform's order: terraform.tfvars, then *.auto.tfvars by name. */
function variableFilesOf(dir, reader) {
    const entries = reader
        .read(dir)
        .map((e) => e.name)
        .sort();
    // Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars and *.auto.tfvars.json by name.
    return [
        ...entries.filter((e) => e === "terraform.tfvars"),
        ...entries.filter((e) => e === "terraform.tfvars.json"),
        ...entries.filter((e) => e.endsWith(".auto.tfvars") || e.endsWith(".auto.tfvars.json")),
    ].map((e) => (0, node_path_1.join)(dir, e));
}
/** The values of parsed variable files, in the order given (later files win, as in Terraform). */
function fileVariables(files, parsed) {
    const values = [];
    for (const path of files) {
        const file = parsed.get(path);
        if (!file)
            continue; // could not be parsed: reported once, with the parse errors
        for (const [name, value] of Object.entries(file.json))
            values.push({ name, value, file, path: [name] });
    }
    return values;
}
/** `--var name=value`, applied after every file (Terraform's precedence). */
function commandLineVariables(vars, errors) {
    const values = [];
    for (const v of vars) {
        const eq = v.indexOf("=");
        if (eq <= 0) {
            errors.push({ file: "(command line)", message: `--var "${v}" must look like name=value` });
            continue;
        }
        values.push({ name: v.slice(0, eq).trim(), value: v.slice(eq + 1), path: [] });
    }
    return values;
}
