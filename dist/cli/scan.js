"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MOAT_LABEL = exports.ReportFilter = void 0;
exports.scanInputs = scanInputs;
exports.internalErrorText = internalErrorText;
exports.relativePaths = relativePaths;
/**
 * Runs each door over its inputs, puts every resource into one graph, and runs the rules over it. Door by door:
 * Terraform source through `hcl-rules/project`, Terraform plan JSON through `hcl-rules/plan`. Paths the config
 * excludes are taken out before the doors read anything, and findings located in them are dropped after.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const engine_1 = require("../core/engine");
const paths_1 = require("../core/paths");
const model_1 = require("../core/model");
const policy_config_1 = require("../core/policy-config");
const plan_1 = require("../hcl-rules/plan");
const parse_hcl_1 = require("../hcl-rules/parse-hcl");
const project_1 = require("../hcl-rules/project");
const tool_1 = require("./tool");
/**
 * Scans every input and runs the rules. An internal error (a bug in moat) costs only what it touched: a door that
 * throws loses its own input (one plan, or the Terraform source), a rule that throws loses that rule's check of that
 * resource; each becomes an error entry (exit 2) and the rest of the report is kept.
 */
async function scanInputs(given, settings, rules) {
    const notices = [];
    const included = settings.excluded ? excludeInputs(given, settings.excluded, notices) : given;
    const inputs = settings.shard ? { ...included, plans: settings.shard.plans(included.plans) } : included;
    notices.unshift(...inputs.notices);
    const internal = (what, error, file, line) => {
        settings.onInternalError?.(`${what} (${file === "" || !(0, node_path_1.isAbsolute)(file) ? file : (0, node_path_1.relative)(settings.cwd, file)})`, error);
        return { file, ...(line !== undefined ? { line } : {}), message: `${what}: internal error (${internalErrorText(error, settings.cwd)}); this is a bug in moat, please report it` };
    };
    const terraform = await guardedDoor(() => scanTerraformInputs(inputs, settings), (error) => terraformInputsOf(inputs).map((file) => internal("the Terraform source here could not be scanned", error, file)));
    const doors = [terraform];
    // One plan at a time, so that an internal error in one plan loses only that plan.
    for (const plan of inputs.plans) {
        const label = plan === "-" ? stdinLabelOf(settings) : plan;
        doors.push(await guardedDoor(() => scanPlanInputs({ ...inputs, plans: [plan] }, settings), (error) => [internal("this plan could not be scanned", error, label)]));
    }
    const graphErrors = [];
    const resources = uniqueResources(doors.flatMap((d) => d.resources), (r) => graphErrors.push(internal(`${r.address} was read twice, so it is checked once`, new Error(`duplicate resource id ${r.id}`), r.location.file, r.location.line)));
    const graph = new model_1.ResourceGraph(resources, doors.flatMap((d) => d.edges));
    const policy = settings.policy ?? (0, policy_config_1.resolvePolicy)(rules);
    const engine = (0, engine_1.runRules)(graph, policy, { keepGoing: true });
    const failed = engine.failures.map((f) => internal(`rule ${f.ruleId} could not check ${f.address} (the other rules and resources were checked)`, f.error, f.location.file, f.location.line));
    // A module called from a scanned root may live in an excluded path: its resources are evaluated (the root needs
    // them), but findings written there are not reported.
    const kept = (items) => settings.excluded ? items.filter((x) => settings.excluded(x.location.file) === undefined) : items;
    return {
        findings: kept(engine.findings),
        unevaluated: kept(engine.unevaluated),
        errors: [...inputs.problems, ...doors.flatMap((d) => d.errors), ...graphErrors, ...failed],
        remoteModules: doors.flatMap((d) => d.remoteModules),
        notices: [...notices, ...doors.flatMap((d) => d.notices ?? [])],
        files: doors.reduce((n, d) => n + d.files, 0),
        resources: resources.length,
        rules: engine.rulesRun,
        graph,
        redactor: engine.redactor,
        hclFiles: terraform.hclFiles ?? new Map(),
        rulesRun: new Set(policy.filter((p) => p.level !== "disabled").map((p) => p.rule.meta.id)),
        roots: terraform.roots ?? { all: [], evaluated: [] },
        terraformFiles: terraform.terraformFiles ?? [],
        ...(terraform.digests ? { digests: terraform.digests } : {}),
    };
}
/**
 * Takes the excluded paths out of the inputs: a module directory whose every .tf file is excluded is dropped, one
 * with some excluded files is scanned as its remaining files. A path named on the command line that the config
 * excludes entirely gets a notice, so an empty scan is explained.
 */
function excludeInputs(inputs, excluded, notices) {
    const dirs = [];
    const files = inputs.terraform.files.filter((f) => excluded(f) === undefined);
    for (const dir of inputs.terraform.dirs) {
        if (excluded(dir) !== undefined)
            continue;
        const tf = tfFilesIn(dir);
        const remaining = tf.filter((f) => excluded(f) === undefined);
        if (remaining.length === tf.length)
            dirs.push(dir);
        else
            for (const f of remaining)
                if (!files.includes(f))
                    files.push(f);
    }
    const plans = inputs.plans.filter((p) => p === "-" || excluded(p) === undefined);
    // A named directory that the excludes empty entirely is an error (exit 2): `moat scan legacy` with legacy excluded
    // would otherwise pass having checked nothing. A named file is only a notice, since pre-commit names staged files.
    const problems = [];
    const below = (dir, path) => path === dir || path.startsWith(dir.endsWith(node_path_1.sep) ? dir : dir + node_path_1.sep);
    // With files named, the directories scanned are their modules and callers, not what the user named: notices only.
    for (const dir of inputs.reportOnly ? [] : (inputs.terraform.explicit ?? [])) {
        if (!(0, paths_1.isDirectory)(dir))
            continue;
        const itself = excluded(dir);
        if (itself !== undefined) {
            problems.push({ file: dir, message: `is excluded by ${itself}, so nothing was scanned there; name another path, or change the exclude` });
            continue;
        }
        const before = [...inputs.terraform.dirs.flatMap(tfFilesIn), ...inputs.terraform.files].filter((f) => below(dir, f));
        const after = [...dirs.flatMap(tfFilesIn), ...files].filter((f) => below(dir, f));
        if (before.length > 0 && after.length === 0) {
            problems.push({ file: dir, message: `every Terraform file below it is excluded (by ${excluded(before[0])}), so it was not scanned; name another path, or change the exclude` });
        }
    }
    for (const path of [...(inputs.terraform.explicit ?? []), ...(inputs.reportOnly?.files ?? []), ...(inputs.terraform.varFiles ?? [])]) {
        const glob = excluded(path);
        if (glob !== undefined && !problems.some((p) => p.file === path)) {
            notices.push({ kind: "excluded", file: path, message: `is excluded by ${glob}, so it was not scanned${glob.startsWith("the config") ? "; run with --no-config to scan it anyway" : ""}` });
        }
    }
    for (const plan of inputs.plans) {
        const glob = plan === "-" ? undefined : excluded(plan);
        if (glob !== undefined)
            notices.push({ kind: "excluded", file: plan, message: `is excluded by ${glob}, so it was not scanned` });
    }
    // What the walk found wrong below an excluded path (an unreadable directory, a link leaving the repository) is moot.
    const kept = (p) => p.file === undefined || !(0, node_path_1.isAbsolute)(p.file) || excluded(p.file) === undefined;
    return { ...inputs, terraform: { ...inputs.terraform, dirs, files }, plans, problems: [...inputs.problems.filter(kept), ...problems], notices: inputs.notices.filter(kept) };
}
/** A door's result, or (when the door throws: a bug in moat) its inputs as error entries, so the others are kept. */
async function guardedDoor(scan, failed) {
    try {
        return await scan();
    }
    catch (error) {
        return { resources: [], edges: [], errors: failed(error), remoteModules: [], files: 0 };
    }
}
/** The Terraform inputs as the user named them (or, failing that, as found), for errors about all of them. */
function terraformInputsOf(inputs) {
    const { dirs, files, varFiles } = inputs.terraform;
    const explicit = [...(inputs.terraform.explicit ?? []), ...(inputs.reportOnly?.files ?? []), ...(varFiles ?? [])];
    return explicit.length > 0 ? [...new Set(explicit)] : [...dirs, ...files];
}
/**
 * What a scan of named files keeps (docs/file-arguments.md): findings and unevaluated checks of the source door that
 * are located in a named file, or whose root module (the directory of the first call of their module chain, or their
 * own directory) is reported as a whole; remote module calls written in those places; plan findings always. Errors are
 * all kept (each one is lost coverage). Of the notices, an exception that matches nothing is dropped (the scan did not
 * cover the whole repository), and notices about inline suppressions are kept only in the named files.
 */
class ReportFilter {
    files;
    roots;
    constructor(scope) {
        this.files = new Set(scope.files.map((f) => (0, node_path_1.resolve)(f)));
        this.roots = new Set(scope.roots.map((d) => (0, node_path_1.resolve)(d)));
    }
    /** A place (a file) whose findings are reported. */
    keepsFile(file) {
        return this.files.has((0, node_path_1.resolve)(file)) || this.roots.has((0, node_path_1.dirname)((0, node_path_1.resolve)(file)));
    }
    keeps(item) {
        if (item.door !== "hcl")
            return true;
        const root = (0, node_path_1.dirname)((0, node_path_1.resolve)((item.moduleChain?.[0]?.location ?? item.location).file));
        return this.files.has((0, node_path_1.resolve)(item.location.file)) || this.roots.has(root);
    }
    /** Narrows the outcome (after suppressions and exceptions were applied to all of it); returns the notices kept. */
    narrow(outcome, notices) {
        outcome.findings = outcome.findings.filter((f) => this.keeps(f));
        outcome.unevaluated = outcome.unevaluated.filter((u) => this.keeps(u));
        outcome.remoteModules = outcome.remoteModules.filter((m) => this.keepsFile(m.location.file));
        return notices.filter((n) => n.kind !== "exception-unused" && (!n.kind.startsWith("suppression-") || n.file === undefined || this.files.has((0, node_path_1.resolve)(n.file))));
    }
    /** The baseline entries about the places reported, so that entries elsewhere are not counted as fixed. */
    baseline(baseline, cwd) {
        return { ...baseline, findings: baseline.findings.filter((e) => this.keepsFile((0, node_path_1.resolve)(cwd, e.file))) };
    }
}
exports.ReportFilter = ReportFilter;
/** The resources with distinct ids; a second one with an id already seen is passed to `duplicate` and left out. */
function uniqueResources(resources, duplicate) {
    const seen = new Set();
    return resources.filter((r) => {
        if (!seen.has(r.id))
            return seen.add(r.id), true;
        duplicate(r);
        return false;
    });
}
/** How moat's own directory is written in messages and stack traces: `<moat>/dist/cli/run.js`. */
exports.MOAT_LABEL = "<moat>";
/**
 * What an internal error says, for an error entry: its first line, at most 300 characters, with absolute paths made
 * relative to the working directory, or to moat's own directory (the report never shows where either is).
 */
function internalErrorText(error, cwd) {
    const text = error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
    const line = relativePaths(text.split("\n")[0].trim(), cwd, { dir: (0, tool_1.packageRoot)(), label: exports.MOAT_LABEL }) || "no message";
    return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
/** Every absolute path in `text` written relative to `cwd` (`(base)` maps a directory to its own label instead). */
function relativePaths(text, cwd, base) {
    return text.replace(/(^|[\s('"`=])(\/[^\s)'"`,]*)/g, (_match, before, path) => {
        if (base && (path === base.dir || path.startsWith(`${base.dir}/`)))
            return `${before}${base.label}${path.slice(base.dir.length)}`;
        const rel = (0, node_path_1.relative)(cwd, path) || ".";
        return `${before}${node_path_1.sep === "/" ? rel : rel.split(node_path_1.sep).join("/")}`;
    });
}
function tfFilesIn(dir) {
    try {
        return (0, node_fs_1.readdirSync)(dir, { withFileTypes: true })
            .filter((e) => (e.isFile() || e.isSymbolicLink()) && (0, project_1.isConfigurationFile)(e.name))
            .map((e) => (0, node_path_1.join)(dir, e.name));
    }
    catch {
        return [];
    }
}
async function scanTerraformInputs(inputs, settings) {
    const { dirs, files } = inputs.terraform;
    const errors = [];
    if (dirs.length === 0 && files.length === 0)
        return { resources: [], edges: [], errors, remoteModules: [], files: 0 };
    // Each exists: a missing --var-file stops the scan before it starts (cli/pipeline.ts).
    const varFiles = settings.varFiles.map((given) => (0, node_path_1.resolve)(settings.cwd, given));
    // moat scan owns its process: it may choose how V8 compiles the parser for the size of the scan (hcl2json-call.ts).
    (0, parse_hcl_1.chooseParserTiering)();
    const cache = settings.cacheDir === undefined ? undefined : new parse_hcl_1.ParseCache(settings.cacheDir, (0, tool_1.toolVersion)(), (0, parse_hcl_1.parserVersion)());
    const result = await (0, project_1.scanTerraform)(inputs.terraform, {
        varFiles,
        vars: [...settings.vars],
        env: settings.env,
        workspace: settings.workspace,
        parse: { maxFileBytes: settings.maxFileBytes, onProgress: settings.onProgress, cache, fastPath: settings.fastPath },
        limits: settings.limits,
        ...(settings.shard ? { evaluates: settings.shard.evaluates, digests: true } : {}),
    });
    // Entries not used for weeks go, at most once a day (parse-cache.ts); it never fails the scan.
    await cache?.prune();
    return {
        resources: result.resources,
        edges: result.edges,
        errors: [...errors, ...result.errors],
        remoteModules: result.remoteModules,
        files: result.files,
        hclFiles: result.parsed,
        notices: result.notices.map((n) => ({ kind: "input", ...n })),
        roots: { all: result.roots, evaluated: result.evaluated },
        terraformFiles: result.read,
        ...(result.digests ? { digests: result.digests } : {}),
    };
}
/** Plan JSON, recognised by its content; anything else named as a plan is an error that says what it is. */
async function scanPlanInputs(inputs, settings) {
    const result = { resources: [], edges: [], errors: [], remoteModules: [], files: 0 };
    const sourceRoot = settings.sourceRoot === undefined ? undefined : (0, node_path_1.resolve)(settings.cwd, settings.sourceRoot);
    for (const file of inputs.plans) {
        const label = file === "-" ? stdinLabelOf(settings) : file;
        let text;
        if (file === "-") {
            text = await (settings.readStdin ?? readAllStdin)();
            if (text.length > plan_1.MAX_PLAN_BYTES) {
                result.errors.push({ file: label, message: `is larger than ${plan_1.MAX_PLAN_BYTES / 1024 / 1024} MiB, more than moat reads as a plan` });
                continue;
            }
        }
        else {
            const read = (0, plan_1.readPlanFile)(file);
            if (!read.ok) {
                result.errors.push({ file: label, message: read.message });
                continue;
            }
            text = read.text;
        }
        const parsed = (0, plan_1.parseJsonWithLocation)(label, text);
        if (!parsed.ok && file === "-" && !/^\s*[[{]/.test(text)) {
            // Not JSON at all: most likely Terraform source piped in, which standard input does not take.
            result.errors.push({
                file: label,
                message: text.trim() === ""
                    ? "is empty; standard input takes a plan as JSON: terraform show -json plan.out | moat scan -"
                    : "is not JSON; standard input takes a plan as JSON only (terraform show -json plan.out | moat scan -); to scan Terraform source (HCL), name its files or directory instead: moat scan infra/",
            });
            continue;
        }
        if (!parsed.ok) {
            result.errors.push(parsed.error);
            continue;
        }
        if (!(0, plan_1.isPlanJson)(parsed.value)) {
            result.errors.push({ file: label, message: notAPlan(parsed.value) });
            continue;
        }
        const plan = (0, plan_1.scanPlanDocument)(label, text, parsed.value, { sourceRoot, limits: settings.limits });
        result.files++;
        // Not push(...list): a plan's lists can be longer than a call may have arguments.
        result.resources = result.resources.concat(plan.resources);
        result.edges = result.edges.concat(plan.edges);
        result.errors = result.errors.concat(plan.errors);
    }
    return result;
}
function notAPlan(doc) {
    const keys = doc && typeof doc === "object" && !Array.isArray(doc) ? Object.keys(doc) : [];
    if (keys.some((k) => ["resource", "module", "variable", "provider", "terraform", "locals", "output", "data"].includes(k))) {
        return "is Terraform configuration in JSON syntax, not a plan: name it *.tf.json (as Terraform requires) and moat reads it as configuration, or scan a plan made with `terraform show -json tfplan`";
    }
    if (keys.includes("format_version") && keys.includes("values")) {
        return "is Terraform state (`terraform show -json` without a plan file), not a plan; run `terraform plan -out tfplan && terraform show -json tfplan > plan.json`";
    }
    return "is not a Terraform plan: a plan has `format_version` and `planned_values` or `resource_changes`; make one with `terraform plan -out tfplan && terraform show -json tfplan > plan.json`";
}
function stdinLabelOf(settings) {
    return settings.stdinLabel ?? "(standard input)";
}
async function readAllStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
}
