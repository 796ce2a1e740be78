"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PARSER_ENV = exports.UsageError = exports.CENTRAL_CONFIG_ENV = void 0;
exports.scanToReport = scanToReport;
exports.fastPathOf = fastPathOf;
exports.centralConfigOf = centralConfigOf;
/**
 * One scan, from its settings to the report: the config, the rule selection, the baseline, the doors, suppressions
 * and exceptions, and the exit code. `moat scan` (cli/run.ts) and the library (api/index.ts) both call `scanToReport`,
 * so a scan gives the same report whichever way it is asked for; each only says differently what stopped it (the CLI
 * prints the error and exits 2, the library rejects with a MoatError).
 *
 * It writes nothing anywhere: problems that stop the scan before it starts are thrown (UsageError, ConfigError,
 * RuleDefinitionError, BaselineError), and everything else is in the report.
 */
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_perf_hooks_1 = require("node:perf_hooks");
const config_1 = require("../core/config");
const dates_1 = require("../core/dates");
const paths_1 = require("../core/paths");
const policy_config_1 = require("../core/policy-config");
const rule_1 = require("../core/rule");
const parse_hcl_1 = require("../hcl-rules/parse-hcl");
const explain_1 = require("./explain");
const guardrails_1 = require("./guardrails");
const inputs_1 = require("./inputs");
const report_1 = require("./report");
const scan_1 = require("./scan");
const shard_1 = require("./shard");
const tool_1 = require("./tool");
/** The environment variable that names a central config: the same as `--config FILE --no-repo-config`. */
exports.CENTRAL_CONFIG_ENV = "MOAT_CENTRAL_CONFIG";
/** A setting that cannot work (an unknown rule, a missing var file, --fail-on below the threshold): nothing was scanned. */
class UsageError extends Error {
}
exports.UsageError = UsageError;
/** The scan running now: the parse layer (its workers, its count of pending parses) serves one scan at a time. */
let running = Promise.resolve(); // never rejects
/**
 * Scans and reports. Scans asked for at once (the library allows it) run one after the other: each ends the parser
 * workers and checks that no parse is left pending, which another scan's parses would upset.
 */
function scanToReport(request) {
    const scan = running.then(() => scanOnce(request));
    running = scan.catch(() => undefined);
    return scan;
}
async function scanOnce(request) {
    const started = node_perf_hooks_1.performance.now();
    const { cwd, rules } = request;
    const paths = request.paths.length > 0 ? request.paths : ["."];
    // Inputs that change the result are checked before anything is scanned.
    for (const varFile of request.varFiles ?? []) {
        if (!(0, paths_1.isFile)((0, node_path_1.resolve)(cwd, varFile))) {
            throw new UsageError(`error: --var-file ${varFile}: does not exist or is not a file; nothing was scanned, since the findings depend on its values`);
        }
    }
    if (paths.includes("-") && request.stdinIsTTY === true) {
        throw new UsageError("error: `moat scan -` reads a plan as JSON from standard input, which is a terminal here; pipe one in: terraform show -json plan.out | moat scan - (to scan Terraform source, name its directory: moat scan infra/)");
    }
    // The config and the baseline are read before anything is scanned: a broken one stops the run.
    const central = centralConfigOf(request.env);
    if (central !== undefined && request.config !== undefined) {
        throw new UsageError(`error: ${request.config === false ? "--no-config" : "--config"} cannot be used while ${exports.CENTRAL_CONFIG_ENV} is set: the central config ${central} applies to every scan (unset ${exports.CENTRAL_CONFIG_ENV} to choose another)`);
    }
    const fastPath = fastPathOf(request.env);
    const { config, notices: configNotices } = configOf(paths, request, central);
    const policy = selectRules((0, policy_config_1.resolvePolicy)(rules, config.policy), request);
    const enabled = policy.filter((p) => p.level !== "disabled");
    const baseline = request.baseline !== undefined ? (0, guardrails_1.readBaseline)((0, node_path_1.resolve)(cwd, request.baseline), request.baseline) : undefined;
    const severityThreshold = request.severityThreshold ?? config.severityThreshold ?? "low";
    if (request.failOn !== undefined && (0, rule_1.severityRank)(request.failOn) < (0, rule_1.severityRank)(severityThreshold)) {
        throw new UsageError(`error: --fail-on ${request.failOn} is below the severity threshold ${severityThreshold}: a finding that is not shown cannot fail the run; ` +
            `lower --severity-threshold to ${request.failOn}, or raise --fail-on`);
    }
    const inlineSuppressions = request.inlineSuppressions ?? config.inlineSuppressions ?? true;
    const inputs = (0, inputs_1.classifyInputs)(paths, cwd, { baseline: request.baseline });
    // Files named (pre-commit, lint-staged): their modules are scanned, the findings in them reported.
    const filter = inputs.reportOnly ? new scan_1.ReportFilter(inputs.reportOnly) : undefined;
    if (filter && request.writeBaseline === true) {
        throw new UsageError("error: --write-baseline records every finding of what is scanned, but with files named only their findings are reported; name directories (e.g. .) to write a baseline");
    }
    const shard = request.shard;
    if (shard)
        shardUsage(shard, paths, filter !== undefined, request);
    const selection = shard ? (0, shard_1.selectShard)(shard, cwd) : undefined;
    const env = request.env;
    request.progress?.start();
    let results;
    try {
        results = await (0, scan_1.scanInputs)(inputs, {
            cwd,
            varFiles: request.varFiles ?? [],
            vars: request.vars ?? [],
            env: request.envVars !== false ? env : undefined,
            workspace: request.workspace,
            maxFileBytes: request.maxFileBytes,
            sourceRoot: request.sourceRoot,
            readStdin: request.readStdin,
            stdinLabel: request.stdinLabel,
            onProgress: request.progress ? (done, total) => request.progress?.update(done, total) : undefined,
            policy,
            excluded: exclusions(config, request.exclude ?? [], cwd),
            limits: config.limits,
            fastPath,
            cacheDir: request.cacheDir === false ? undefined : request.cacheDir !== undefined ? (0, node_path_1.resolve)(cwd, request.cacheDir) : (config.cacheDir ?? (0, parse_hcl_1.defaultCacheDir)(env)),
            onInternalError: request.onInternalError,
            shard: selection?.settings,
        }, rules);
    }
    finally {
        request.progress?.stop();
        await (0, parse_hcl_1.shutdownParsers)();
    }
    // Every awaited parse has settled here; one still pending would be a leak in the parse layer, never a pass.
    const unsettled = (0, parse_hcl_1.pendingParses)();
    const errors = [...results.errors];
    if (unsettled > 0) {
        errors.push({ file: "(parser)", message: `${unsettled} parse(s) never finished, so the scan is incomplete; this is a bug in moat, please report it` });
    }
    // A bug in the suppression machinery costs the suppressions, not the report: every finding then counts as it is.
    let suppressionNotices = [];
    try {
        suppressionNotices = (0, guardrails_1.applySuppressions)(results, { cwd, config, inlineSuppressions, today: request.today ?? (0, dates_1.todayUtc)(), rules });
    }
    catch (error) {
        for (const f of results.findings)
            delete f.suppressed;
        errors.push({ file: "(suppressions)", message: `inline suppressions and exceptions could not be applied, so none was: internal error (${(0, scan_1.internalErrorText)(error, cwd)}); this is a bug in moat, please report it` });
        request.onInternalError?.("inline suppressions and exceptions", error);
    }
    // A run that checks nothing proves nothing: it is an error (exit 2), not "No findings".
    if (enabled.length === 0) {
        const byFlags = request.skipRule !== undefined && request.skipRule.length > 0;
        errors.push({
            file: byFlags || config.file === undefined ? "(command line)" : config.file,
            message: byFlags
                ? "no rule is enabled: --skip-rule disables every rule that would run, so nothing was checked"
                : "no rule is enabled: this config disables every rule (policy), so nothing was checked; enable some, or name them with --rule",
        });
    }
    if (filter)
        suppressionNotices = filter.narrow(results, suppressionNotices);
    const notices = [...configNotices, ...results.notices, ...suppressionNotices];
    const scanned = { ...results, errors, notices, ...(config.file !== undefined ? { config: config.file } : {}) };
    if (baseline && request.baseline !== undefined) {
        scanned.baseline = { file: request.baseline, comparison: (0, guardrails_1.markBaseline)(results.findings, filter ? filter.baseline(baseline, cwd) : baseline, cwd) };
    }
    const report = (0, report_1.buildReport)(scanned, {
        cwd,
        severityThreshold,
        durationMs: node_perf_hooks_1.performance.now() - started,
        tool: { name: tool_1.TOOL_NAME, version: (0, tool_1.toolVersion)() },
        failOn: request.failOn,
    });
    if (shard && selection) {
        report.summary.shard = { index: shard.index, total: shard.total };
        report.shard = (0, shard_1.shardReport)(shard, selection, {
            cwd,
            roots: results.roots,
            digests: results.digests ?? new Map(),
            sourceFiles: results.terraformFiles,
            varFiles: (request.varFiles ?? []).map((f) => (0, node_path_1.resolve)(cwd, f)),
            files: report.summary.files,
            rules: enabled.map((p) => `${p.rule.meta.id}:${p.level}`),
            configText: config.file !== undefined ? (0, node_fs_1.readFileSync)(config.file, "utf8") : undefined,
            arguments: scanArguments(paths, request, central),
            ...(baseline ? { baseline: baselineMatches(baseline, results.findings, cwd) } : {}),
        });
    }
    return { report, enabled, findings: results.findings };
}
/**
 * --shard splits the root modules of the directories scanned, and the plan files. Standard input, files named for a
 * pre-commit hook (scanned with their callers, in one run) and --write-baseline (a shard sees part of the findings)
 * are usage errors with it. --baseline works: each shard marks its findings, and merge counts the entries fixed.
 */
function shardUsage(shard, paths, namedFiles, request) {
    const refuse = (why) => {
        throw new UsageError(`error: --shard ${why}`);
    };
    const valid = (n) => Number.isInteger(n) && n >= 1;
    if (!valid(shard.index) || !valid(shard.total) || shard.index > shard.total) {
        refuse(`${String(shard.index)}/${String(shard.total)} is not K/N with 1 ≤ K ≤ N; write e.g. 2/4 for the second of four jobs`);
    }
    if (paths.includes("-"))
        refuse("cannot split standard input; save the plan to a file (terraform show -json tfplan > plan.json) and name it");
    if (namedFiles) {
        refuse("splits the root modules of directories, and .tf or .tfvars files are named here (as a pre-commit hook does); scan named files in one run, without --shard");
    }
    if (request.writeBaseline === true)
        refuse("cannot be used with --write-baseline: a shard sees only its part of the findings; write the baseline from one scan without --shard");
}
/**
 * The paths and the settings that change what a scan finds, defaults filled in (so the CLI and the library agree), as
 * one string for a shard report's digest: `moat merge` refuses shards made with different ones. Every other setting of
 * ScanRequest must be listed here or in UnmeasuredSetting (the type says so).
 */
function scanArguments(paths, request, central) {
    const { cwd, env } = request;
    const digest = (file) => {
        try {
            return (0, node_crypto_1.createHash)("sha256").update((0, node_fs_1.readFileSync)((0, node_path_1.resolve)(cwd, file))).digest("hex");
        }
        catch {
            return "unreadable";
        }
    };
    const measured = {
        varFiles: (request.varFiles ?? []).map((f) => [f, digest(f)]),
        vars: request.vars ?? [],
        envVars: request.envVars !== false,
        workspace: request.workspace ?? null,
        maxFileBytes: request.maxFileBytes ?? parse_hcl_1.DEFAULT_MAX_FILE_BYTES,
        sourceRoot: request.sourceRoot ?? null,
        config: request.config ?? null,
        repoConfig: request.repoConfig !== false,
        rule: request.rule ?? null,
        skipRule: request.skipRule ?? [],
        exclude: request.exclude ?? [],
        inlineSuppressions: request.inlineSuppressions ?? null,
        baseline: request.baseline !== undefined ? [request.baseline, digest(request.baseline)] : null,
    };
    const environment = request.envVars !== false ? Object.entries(env).filter(([k]) => k.startsWith("TF_VAR_") || k === "TF_WORKSPACE").sort() : [];
    return JSON.stringify({ paths, ...measured, environment, central: central ?? null });
}
/** With --baseline: its distinct entries, and the fingerprints of this shard's findings (below the threshold too) it holds. */
function baselineMatches(baseline, findings, cwd) {
    return {
        entries: new Set(baseline.findings.map((e) => e.fingerprint)).size,
        matched: findings.filter((f) => f.baselineState === "unchanged").map((f) => (0, report_1.findingFingerprint)(f, cwd)),
    };
}
/**
 * The environment variable that chooses how Terraform's native syntax is parsed: `hcl2json` sends every file to
 * hcl2json, bypassing moat's JavaScript fast path (hcl-rules/fast-hcl.ts); `fast` (or unset, or empty) is the default.
 * Like MOAT_CENTRAL_CONFIG it is moat's own setting, so --no-env-vars (which is about TF_VAR_*) does not hide it.
 */
exports.PARSER_ENV = "MOAT_HCL_PARSER";
/** False when MOAT_HCL_PARSER asks for hcl2json alone, true for the default; any other value is a usage error. */
function fastPathOf(env) {
    const value = env[exports.PARSER_ENV]?.trim() ?? "";
    if (value === "" || value === "fast")
        return true;
    if (value === "hcl2json")
        return false;
    throw new UsageError(`error: ${exports.PARSER_ENV}=${JSON.stringify(value).slice(1, -1).slice(0, 40)} is not a parser moat knows; set it to hcl2json (every file parsed by hcl2json) or fast (the default), or unset it`);
}
/** MOAT_CENTRAL_CONFIG, when set to something. */
function centralConfigOf(env) {
    const value = env[exports.CENTRAL_CONFIG_ENV]?.trim();
    return value === undefined || value === "" ? undefined : value;
}
/**
 * The config of a scan (the report's summary names its file): --config (or MOAT_CENTRAL_CONFIG), else the one found
 * from the scan root upward; none with --no-config. With --no-repo-config (or MOAT_CENTRAL_CONFIG) a config found in
 * the scanned repository is never used, and a notice says so, so its authors know it was not applied.
 */
function configOf(paths, request, central) {
    const { cwd, rules } = request;
    if (request.config === false)
        return { config: (0, config_1.emptyConfig)(cwd), notices: [] };
    const given = central ?? request.config;
    const repoConfig = request.repoConfig !== false && central === undefined;
    const notices = [];
    // The scan root: the first path's directory (a file's own directory), or the working directory for stdin.
    const first = paths[0] === undefined || paths[0] === "-" ? cwd : (0, node_path_1.resolve)(cwd, paths[0]);
    const found = given === undefined || !repoConfig ? (0, config_1.findConfigFile)((0, paths_1.isDirectory)(first) ? first : (0, node_path_1.dirname)(first)) : undefined;
    const file = given !== undefined ? (0, node_path_1.resolve)(cwd, given) : repoConfig ? found : undefined;
    const config = file === undefined ? (0, config_1.emptyConfig)(cwd) : (0, config_1.loadConfig)(file, rules, { label: (0, report_1.displayPath)(file, cwd), discovered: given === undefined });
    if (!repoConfig && found !== undefined && (file === undefined || (0, paths_1.realPath)(found) !== (0, paths_1.realPath)(file))) {
        const why = central !== undefined ? `${exports.CENTRAL_CONFIG_ENV} is set` : "--no-repo-config is given";
        const instead = file !== undefined ? `the central config ${(0, report_1.displayPath)(file, cwd)} applies` : "every rule runs at its default level";
        notices.push({ kind: "config", file: found, message: `was not used: ${why} (central enforcement), so configs in the scanned repository are ignored and ${instead}` });
    }
    return { config, notices };
}
/**
 * --rule and --skip-rule over the config's policy: with --rule only the named rules run (one the config disables runs
 * at its default level: the command line overrides the config), and --skip-rule disables a rule whatever else says.
 * An unknown id or name is a usage error naming the closest match.
 */
function selectRules(policy, request) {
    const lookup = (flag, queries) => new Set(queries.map((query) => {
        const { rule, suggestion } = (0, explain_1.findRule)(query, request.rules);
        if (!rule) {
            throw new UsageError(`error: ${flag} '${query}' names no rule${suggestion ? `; did you mean ${suggestion}?` : ""} (\`${tool_1.TOOL_NAME} rules\` lists every rule)`);
        }
        return rule;
    }));
    const only = request.rule !== undefined ? lookup("--rule", request.rule) : undefined;
    const skipped = lookup("--skip-rule", request.skipRule ?? []);
    return policy.map((p) => {
        if (skipped.has(p.rule) || (only !== undefined && !only.has(p.rule)))
            return { ...p, level: "disabled" };
        if (only !== undefined && p.level === "disabled")
            return { ...p, level: p.rule.meta.enforcement };
        return p;
    });
}
/**
 * What is not scanned: the config's exclude (globs relative to its directory) and --exclude (relative to the working
 * directory). The answer says which glob matched, as the notice about an excluded named path quotes it.
 */
function exclusions(config, cliGlobs, cwd) {
    const fromConfig = (0, config_1.excludedBy)(config);
    const fromCli = (0, config_1.excludedBy)({ dir: cwd, exclude: [...cliGlobs] });
    if (!fromConfig && !fromCli)
        return undefined;
    return (path) => {
        const c = fromConfig?.(path);
        if (c !== undefined)
            return `the config's exclude "${c}"`;
        const g = fromCli?.(path);
        return g !== undefined ? `--exclude "${g}"` : undefined;
    };
}
