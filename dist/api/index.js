"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.version = exports.MoatError = void 0;
exports.scan = scan;
exports.scanPlan = scanPlan;
exports.listRules = listRules;
/**
 * moat as a library: what `require("@moat-policy/moat")` and `import … from "@moat-policy/moat"` give (package.json
 * `exports`). Loading it starts nothing and writes nothing: no server, no worker, no exit handler; the HCL parser
 * loads on the first scan, and each scan ends its worker threads, so a program that scans exits by itself.
 *
 * A scan is `moat scan` without the printing: the same pipeline (cli/pipeline.ts) with the same options, and its
 * result is the JSON report (`moat scan --format json`, described by schemas/report.schema.json).
 */
const node_path_1 = require("node:path");
const commander_1 = require("commander");
const baseline_1 = require("../core/baseline");
const config_1 = require("../core/config");
const rule_1 = require("../core/rule");
const arguments_1 = require("../cli/arguments");
const explain_1 = require("../cli/explain");
const pipeline_1 = require("../cli/pipeline");
const tool_1 = require("../cli/tool");
const index_1 = require("../rules/index");
/**
 * Why a scan could not start (the CLI's exit 2 before scanning): a usage error (an unknown rule, a missing var file,
 * failOn below the threshold), a config file or a baseline that cannot be used. `problems` lists each thing to fix.
 * Problems met while scanning (an unreadable or unparsable file) are not thrown: they are the report's `errors`, and
 * make `summary.exitCode` 2.
 */
class MoatError extends Error {
    kind;
    problems;
    name = "MoatError";
    constructor(kind, problems) {
        super(problems.join("\n"));
        this.kind = kind;
        this.problems = problems;
    }
}
exports.MoatError = MoatError;
/** The version of moat (its package.json's). */
exports.version = (0, tool_1.toolVersion)();
/**
 * Scans Terraform source (directories, .tf and .tfvars files) and plan JSON files, as `moat scan PATHS` does.
 * `summary.exitCode` is the CLI's exit code: 0 clean, 1 findings that fail the run, 2 something could not be scanned.
 * Rejects with a MoatError when the scan cannot start.
 */
async function scan(paths, options = {}) {
    checkPaths(paths);
    checkOptions(options);
    const list = typeof paths === "string" ? [paths] : [...paths];
    if (list.includes("-"))
        throw new MoatError("usage", ["`-` (standard input) is for the command line; pass a plan to scanPlan() instead"]);
    return run(list, options);
}
/**
 * Scans a Terraform plan (`terraform show -json tfplan`): a parsed plan object, or the path of a plan JSON file.
 * Findings of an object are located at "(plan)", or at their .tf lines with `sourceRoot`.
 */
async function scanPlan(plan, options = {}) {
    if (typeof plan !== "string" && (typeof plan !== "object" || plan === null || Array.isArray(plan))) {
        throw new MoatError("usage", [`the plan must be a path (a string) or the plan's JSON (an object), not ${describe(plan)}`]);
    }
    checkOptions(options);
    if (typeof plan === "string")
        return run([plan], options);
    const text = JSON.stringify(plan);
    return run(["-"], options, { readStdin: () => Promise.resolve(text), stdinLabel: "(plan)" });
}
/** What a value is, for an error message: `42 (a number)`. */
function describe(value) {
    const type = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    const text = typeof value === "string" ? JSON.stringify(value) : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
    return text !== undefined ? `${text} (${type})` : type;
}
function checkPaths(paths) {
    const ok = typeof paths === "string" ? paths !== "" : Array.isArray(paths) && paths.length > 0 && paths.every((p) => typeof p === "string" && p !== "");
    if (!ok)
        throw new MoatError("usage", [`paths must be a path (a non-empty string) or a non-empty array of them, not ${describe(paths)}`]);
}
const isString = (v) => typeof v === "string" && v !== "";
const isStrings = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
const isSeverity = (v) => typeof v === "string" && rule_1.SEVERITIES.includes(v);
const isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** Each option's check and what it must be (ScanOptions). */
const OPTION_CHECKS = {
    cwd: [isString, "a directory (a non-empty string)"],
    vars: [(v) => isRecord(v) && Object.values(v).every((x) => typeof x === "string"), "an object of strings (name → value)"],
    varFiles: [isStrings, "an array of paths (strings)"],
    config: [(v) => isString(v) || v === false, "a path (a string) or false"],
    repoConfig: [(v) => typeof v === "boolean", "true or false"],
    rules: [isStrings, "an array of rule ids or names (strings)"],
    skipRules: [isStrings, "an array of rule ids or names (strings)"],
    exclude: [isStrings, "an array of globs (strings)"],
    severityThreshold: [isSeverity, `one of ${rule_1.SEVERITIES.map((s) => `"${s}"`).join(", ")}`],
    failOn: [isSeverity, `one of ${rule_1.SEVERITIES.map((s) => `"${s}"`).join(", ")}`],
    baseline: [isString, "a path (a non-empty string)"],
    inlineSuppressions: [(v) => typeof v === "boolean", "true or false"],
    workspace: [isString, "a workspace name (a non-empty string)"],
    sourceRoot: [isString, "a directory (a non-empty string)"],
    maxFileBytes: [(v) => Number.isInteger(v) && v > 0, "a whole number of bytes above 0"],
    cacheDir: [(v) => isString(v) || v === false, "a directory (a string) or false"],
    shard: [(v) => isRecord(v) && typeof v.index === "number" && typeof v.total === "number", "{ index: K, total: N }"],
    env: [(v) => v === false || (isRecord(v) && Object.values(v).every((x) => x === undefined || typeof x === "string")), "an object of strings, or false"],
};
/** The options as ScanOptions describes them (undefined is unset); anything else is a usage MoatError naming each. */
function checkOptions(options) {
    if (options === undefined)
        return;
    if (!isRecord(options))
        throw new MoatError("usage", [`options must be an object (ScanOptions), not ${describe(options)}`]);
    const problems = [];
    for (const [name, value] of Object.entries(options)) {
        if (value === undefined)
            continue;
        const check = OPTION_CHECKS[name];
        if (!check)
            problems.push(`option ${name} is not an option of scan(); the options are ${Object.keys(OPTION_CHECKS).join(", ")}`);
        else if (!check[0](value))
            problems.push(`option ${name} must be ${check[1]}, not ${describe(value)}`);
    }
    if (problems.length > 0)
        throw new MoatError("usage", problems);
}
/** Every rule moat has, as `moat rules --format json` lists them. */
function listRules() {
    return (0, explain_1.ruleListing)(index_1.rules);
}
async function run(paths, options, stdin = {}) {
    const cwd = (0, node_path_1.resolve)(options.cwd ?? process.cwd());
    const env = options.env === false ? {} : (options.env ?? process.env);
    try {
        const { report } = await (0, pipeline_1.scanToReport)({
            paths,
            cwd,
            env,
            rules: index_1.rules,
            vars: Object.entries(options.vars ?? {}).map(([name, value]) => (0, arguments_1.parseVar)(`${name}=${value}`)),
            varFiles: options.varFiles,
            envVars: options.env !== false,
            workspace: options.workspace,
            maxFileBytes: options.maxFileBytes,
            sourceRoot: options.sourceRoot,
            config: options.config,
            repoConfig: options.repoConfig,
            rule: options.rules,
            skipRule: options.skipRules,
            exclude: options.exclude,
            severityThreshold: options.severityThreshold,
            failOn: options.failOn,
            inlineSuppressions: options.inlineSuppressions,
            baseline: options.baseline,
            cacheDir: options.cacheDir,
            shard: options.shard,
            readStdin: stdin.readStdin,
            stdinLabel: stdin.stdinLabel,
            stdinIsTTY: false,
        });
        return report;
    }
    catch (error) {
        throw moatErrorOf(error) ?? error;
    }
}
/** The errors that stop a scan before it starts, as one MoatError; anything else (a bug in moat) is left as it is. */
function moatErrorOf(error) {
    if (error instanceof pipeline_1.UsageError)
        return new MoatError("usage", [error.message.replace(/^error: /, "")]);
    if (error instanceof config_1.ConfigError)
        return new MoatError("config", [...error.problems, `${error.label} cannot be used, so nothing was scanned`]);
    if (error instanceof rule_1.RuleDefinitionError)
        return new MoatError("config", [error.message]);
    if (error instanceof baseline_1.BaselineError)
        return new MoatError("baseline", [error.message]);
    if (error instanceof commander_1.InvalidArgumentError)
        return new MoatError("usage", [error.message]);
    return undefined;
}
