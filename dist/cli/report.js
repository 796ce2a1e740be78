"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPORT_ORDER = exports.REMOTE_MODULES_HINT = exports.EXIT_INCOMPLETE = exports.EXIT_FINDINGS = exports.EXIT_CLEAN = exports.REPORT_SCHEMA_VERSION = void 0;
exports.buildReport = buildReport;
exports.withSummary = withSummary;
exports.findingFingerprint = findingFingerprint;
exports.failsRun = failsRun;
exports.errorPlace = errorPlace;
exports.configName = configName;
exports.displayPath = displayPath;
exports.withoutCwd = withoutCwd;
/**
 * The report of one scan: the single structure every output format renders (and, as JSON, what
 * `schemas/report.schema.json` describes). Paths are relative to the working directory, order is stable
 * (file, line, rule id), and the exit code is decided here, once.
 */
const node_path_1 = require("node:path");
const engine_1 = require("../core/engine");
const rule_1 = require("../core/rule");
const schema_urls_1 = require("../core/schema-urls");
exports.REPORT_SCHEMA_VERSION = 1;
exports.EXIT_CLEAN = 0;
exports.EXIT_FINDINGS = 1;
exports.EXIT_INCOMPLETE = 2;
/** Said once beside the remote modules that were not scanned (moat reads what `terraform init` downloaded, and fetches nothing). */
exports.REMOTE_MODULES_HINT = "moat scans a registry or Git module once `terraform init` has downloaded it into `.terraform/modules` (moat fetches nothing): run `terraform init` in the root module, or scan the plan (`terraform show -json tfplan > plan.json`, then `moat scan plan.json`).";
/**
 * Builds the report. Secrets are redacted here for everything a value can reach that the engine did not already
 * redact: instance keys in addresses (`aws_lb.this["<key>"]`, also in module calls), error messages and notices.
 * Finding messages and unknown-value reasons were redacted by the engine (a message's data only, never moat's own
 * wording: see runRules) and are not redacted twice. File paths, rule ids and suppression reasons are not values.
 */
function buildReport(results, settings) {
    const { cwd } = settings;
    const redactor = results.redactor ?? new engine_1.Redactor([]);
    const address = (a) => redactAddress(a, redactor);
    const chainOf = (chain) => (chain ?? []).map((call) => ({ address: address(call.address), ...place(call.location, cwd) }));
    const atOrAbove = (s) => (0, rule_1.severityRank)(s) >= (0, rule_1.severityRank)(settings.severityThreshold);
    const shown = results.findings.filter((f) => atOrAbove(f.severity));
    const findings = shown
        .map((f) => ({
        ruleId: f.ruleId,
        ruleName: f.ruleName,
        area: f.area,
        severity: f.severity,
        enforcement: f.enforcement,
        messageId: f.messageId,
        message: f.message,
        resourceType: f.resourceType,
        address: address(f.address),
        door: f.door,
        ...place(f.location, cwd),
        ...(f.location.endLine !== undefined && f.location.endLine !== f.location.line ? { endLine: f.location.endLine } : {}),
        path: f.path,
        moduleChain: chainOf(f.moduleChain),
        ...(f.origin ? { origin: place(f.origin, cwd) } : {}),
        fingerprint: findingFingerprint(f, cwd),
        ...(f.ifCreated ? { ifCreated: f.ifCreated.map(address) } : {}),
        ...(f.suppressed ? { suppressed: f.suppressed } : {}),
        ...(f.baselineState ? { baselineState: f.baselineState } : {}),
    }))
        .sort(exports.REPORT_ORDER.findings);
    const unevaluated = results.unevaluated
        .filter((u) => atOrAbove(u.severity))
        .map((u) => ({
        ruleId: u.ruleId,
        ruleName: u.ruleName,
        severity: u.severity,
        resourceType: u.resourceType,
        address: address(u.address),
        door: u.door,
        ...place(u.location, cwd),
        path: u.path,
        reason: u.reason,
        moduleChain: chainOf(u.moduleChain),
    }))
        .sort(exports.REPORT_ORDER.unevaluated);
    const errors = results.errors
        .map((e) => ({ ...e, file: displayPath(e.file, cwd), message: withoutCwd(redactor.redact(e.message), cwd) }))
        .sort(exports.REPORT_ORDER.errors);
    const remoteModules = results.remoteModules
        .map((m) => ({ address: address(m.address), source: m.source, ...place(m.location, cwd), ...(m.reason !== undefined ? { reason: withoutCwd(redactor.redact(m.reason), cwd) } : {}) }))
        .sort(exports.REPORT_ORDER.remoteModules);
    const notices = (results.notices ?? [])
        .map((n) => ({ kind: n.kind, ...(n.file !== undefined ? { file: displayPath(n.file, cwd) } : {}), ...(n.line !== undefined ? { line: n.line } : {}), message: withoutCwd(redactor.redact(n.message), cwd) }))
        .sort(exports.REPORT_ORDER.notices);
    return withSummary({ schemaVersion: exports.REPORT_SCHEMA_VERSION, tool: settings.tool, findings, errors, unevaluated, remoteModules, notices }, {
        files: results.files,
        resources: results.resources,
        rules: results.rules,
        belowThreshold: results.findings.length - shown.length,
        ...(results.baseline ? { baseline: { file: results.baseline.file, fixed: results.baseline.comparison.fixed } } : {}),
        severityThreshold: settings.severityThreshold,
        durationMs: settings.durationMs,
        failOn: settings.failOn,
        ...(results.config !== undefined ? { config: displayPath(results.config, cwd) } : {}),
    });
}
/**
 * The report with its summary computed from its lists, and the exit code decided, once for every command that makes
 * a report (`scan`, and `merge` over shard reports), led by the `$schema` of this version: 2 when anything could not be scanned, else 1 when a shown finding
 * fails the run (mandatory, not suppressed, not in the baseline, at or above `failOn` when given), else 0.
 */
function withSummary(lists, basis) {
    const { findings, errors, unevaluated, remoteModules, notices } = lists;
    const findingsBySeverity = Object.fromEntries(rule_1.SEVERITIES.map((s) => [s, 0]));
    for (const f of findings)
        findingsBySeverity[f.severity]++;
    // As before --fail-on existed, an incomplete scan counts every failing finding (its exit code is 2 whatever they are).
    const failOn = errors.length === 0 ? basis.failOn : undefined;
    const failing = findings.filter((f) => failsRun(f) && (failOn === undefined || (0, rule_1.severityRank)(f.severity) >= (0, rule_1.severityRank)(failOn))).length;
    const exitCode = errors.length > 0 ? exports.EXIT_INCOMPLETE : failing > 0 ? exports.EXIT_FINDINGS : exports.EXIT_CLEAN;
    return {
        $schema: schema_urls_1.REPORT_SCHEMA_URL,
        ...lists,
        summary: {
            files: basis.files,
            resources: basis.resources,
            rules: basis.rules,
            findings: findings.length,
            findingsBySeverity,
            advisoryFindings: findings.filter((f) => f.enforcement === "advisory").length,
            belowThreshold: basis.belowThreshold,
            failing,
            suppressed: findings.filter((f) => f.suppressed !== undefined).length,
            ...(basis.baseline
                ? {
                    baseline: {
                        file: basis.baseline.file,
                        unchanged: findings.filter((f) => f.baselineState === "unchanged").length,
                        new: findings.filter((f) => f.baselineState === "new").length,
                        fixed: basis.baseline.fixed,
                    },
                }
                : {}),
            notices: notices.length,
            unevaluated: unevaluated.length,
            remoteModulesSkipped: remoteModules.length,
            errors: errors.length,
            severityThreshold: basis.severityThreshold,
            durationMs: Math.round(basis.durationMs),
            exitCode,
            config: basis.config ?? null,
        },
    };
}
/**
 * A finding's fingerprint as reports and baselines show it: rule id + root (module directory or plan file, relative
 * to the working directory, so the same checkout scanned from the same place gives the same value) + address +
 * attribute path.
 */
function findingFingerprint(f, cwd) {
    return f.root !== undefined ? (0, engine_1.fingerprintOf)(f.ruleId, `${displayPath(f.root, cwd)}\u0000${f.address}`, f.path) : f.fingerprint;
}
/** Only a mandatory finding that is neither suppressed nor already in the baseline fails a run. */
function failsRun(f) {
    return f.enforcement === "mandatory" && f.suppressed === undefined && f.baselineState !== "unchanged";
}
/** Where an error is: `file`, `file:line` or `file:line:column`. */
function errorPlace(e) {
    return [e.file, e.line, e.line !== undefined ? e.column : undefined].filter((p) => p !== undefined).join(":");
}
/** The config a report names, for the formats that print it: its path, or "none". */
function configName(summary) {
    return summary.config ?? "none";
}
/** A path as the user sees it: relative to the working directory, with `/` separators. Labels pass unchanged. */
function displayPath(file, cwd) {
    if (!(0, node_path_1.isAbsolute)(file))
        return file;
    const rel = (0, node_path_1.relative)(cwd, file) || ".";
    return node_path_1.sep === "/" ? rel : rel.split(node_path_1.sep).join("/");
}
/**
 * A message with every path inside the working directory written relative to it, as report paths are: a parser or
 * the file system may name a file by its absolute path (`EACCES: permission denied, open '/home/ci/repo/x.tf'`),
 * and the checkout's path must not leak into a shared report. Only the working directory's own prefix is rewritten,
 * so a message's other text (`/0`, an HTTP path) stays as it is.
 */
function withoutCwd(message, cwd) {
    if (!(0, node_path_1.isAbsolute)(cwd) || cwd === (0, node_path_1.parse)(cwd).root)
        return message;
    const dir = cwd.endsWith(node_path_1.sep) ? cwd.slice(0, -1) : cwd;
    const escaped = dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const slash = node_path_1.sep === "/" ? "/" : "[\\\\/]";
    return message.replace(new RegExp(`(?<![\\w./-])${escaped}(?:${slash}(?=[^\\s/'"\`),:;])|(?=[\\s'"\`),:;]|$))`, "g"), (m) => (m === dir ? "." : ""));
}
function place(location, cwd) {
    return location.line !== undefined ? { file: displayPath(location.file, cwd), line: location.line } : { file: displayPath(location.file, cwd) };
}
/**
 * An address with its instance keys redacted: `module.db["<key>"].aws_db_instance.this["<key>"]`. Types, names and
 * count indexes are identifiers and numbers written in the source, never values; a for_each key is a value, and moat
 * evaluates for_each over a sensitive value even where Terraform would refuse it.
 */
function redactAddress(address, redactor) {
    return address.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (whole, key) => {
        const redacted = redactor.redact(key);
        return redacted === key ? whole : `["${redacted}"]`;
    });
}
/** The order of each list of a report (stable, the same on every machine); `moat merge` sorts merged lists by it. */
exports.REPORT_ORDER = {
    findings: (a, b) => byPlace(a, b) || compare(a.ruleId, b.ruleId) || compare(a.address, b.address) || compare(a.path, b.path) || compare(a.messageId, b.messageId) || byChain(a, b) || compare(a.fingerprint, b.fingerprint),
    unevaluated: (a, b) => byPlace(a, b) || compare(a.ruleId, b.ruleId) || compare(a.address, b.address) || compare(a.path, b.path) || byChain(a, b) || compare(a.reason, b.reason),
    errors: (a, b) => byPlace(a, b) || (a.column ?? 0) - (b.column ?? 0) || compare(a.message, b.message),
    remoteModules: (a, b) => byPlace(a, b) || compare(a.address, b.address),
    notices: (a, b) => compare(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compare(a.message, b.message),
};
/** A module's resource reached from two roots is one address twice: the roots' calls (its module chain) tell them apart. */
function byChain(a, b) {
    return compare(JSON.stringify(a.moduleChain ?? []), JSON.stringify(b.moduleChain ?? []));
}
function byPlace(a, b) {
    return compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}
/** Code-unit order, not locale order: the same on every machine. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
