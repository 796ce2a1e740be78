"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REMOTE_MODULES_HINT = exports.EXIT_INCOMPLETE = exports.EXIT_FINDINGS = exports.EXIT_CLEAN = exports.REPORT_SCHEMA_VERSION = void 0;
exports.buildReport = buildReport;
exports.findingFingerprint = findingFingerprint;
exports.failsRun = failsRun;
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
        .sort((a, b) => byPlace(a, b) || compare(a.ruleId, b.ruleId) || compare(a.address, b.address) || compare(a.path, b.path) || compare(a.messageId, b.messageId));
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
        .sort((a, b) => byPlace(a, b) || compare(a.ruleId, b.ruleId) || compare(a.address, b.address) || compare(a.path, b.path));
    const errors = results.errors
        .map((e) => ({ ...e, file: displayPath(e.file, cwd), message: withoutCwd(redactor.redact(e.message), cwd) }))
        .sort((a, b) => byPlace(a, b) || (a.column ?? 0) - (b.column ?? 0) || compare(a.message, b.message));
    const remoteModules = results.remoteModules
        .map((m) => ({ address: address(m.address), source: m.source, ...place(m.location, cwd), ...(m.reason !== undefined ? { reason: withoutCwd(redactor.redact(m.reason), cwd) } : {}) }))
        .sort((a, b) => byPlace(a, b) || compare(a.address, b.address));
    const notices = (results.notices ?? [])
        .map((n) => ({ kind: n.kind, ...(n.file !== undefined ? { file: displayPath(n.file, cwd) } : {}), ...(n.line !== undefined ? { line: n.line } : {}), message: withoutCwd(redactor.redact(n.message), cwd) }))
        .sort((a, b) => compare(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compare(a.message, b.message));
    const findingsBySeverity = Object.fromEntries(rule_1.SEVERITIES.map((s) => [s, 0]));
    for (const f of findings)
        findingsBySeverity[f.severity]++;
    const failing = findings.filter((f) => failsRun(f)).length;
    const exitCode = errors.length > 0 ? exports.EXIT_INCOMPLETE : failing > 0 ? exports.EXIT_FINDINGS : exports.EXIT_CLEAN;
    const baseline = results.baseline;
    return {
        schemaVersion: exports.REPORT_SCHEMA_VERSION,
        tool: settings.tool,
        findings,
        errors,
        unevaluated,
        remoteModules,
        notices,
        summary: {
            files: results.files,
            resources: results.resources,
            rules: results.rules,
            findings: findings.length,
            findingsBySeverity,
            advisoryFindings: findings.filter((f) => f.enforcement === "advisory").length,
            belowThreshold: results.findings.length - shown.length,
            failing,
            suppressed: findings.filter((f) => f.suppressed !== undefined).length,
            ...(baseline
                ? {
                    baseline: {
                        file: baseline.file,
                        unchanged: findings.filter((f) => f.baselineState === "unchanged").length,
                        new: findings.filter((f) => f.baselineState === "new").length,
                        fixed: baseline.comparison.fixed,
                    },
                }
                : {}),
            notices: notices.length,
            unevaluated: unevaluated.length,
            remoteModulesSkipped: remoteModules.length,
            errors: errors.length,
            severityThreshold: settings.severityThreshold,
            durationMs: Math.round(settings.durationMs),
            exitCode,
            ...(results.config !== undefined ? { config: displayPath(results.config, cwd) } : {}),
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
function byPlace(a, b) {
    return compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}
/** Code-unit order, not locale order: the same on every machine. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
