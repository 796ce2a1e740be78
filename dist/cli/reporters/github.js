"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderGithub = renderGithub;
exports.workflowCommand = workflowCommand;
exports.escapeData = escapeData;
exports.escapeProperty = escapeProperty;
/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its file and line in the run and on the
 * pull request's diff.
 *
 * - `::error` for a finding that fails the run, `::warning` for an advisory one. Suppressed and baseline-unchanged
 *   findings get no annotation: someone already accepted them, GitHub shows at most 10 errors and 10 warnings per
 *   step (50 per job), and an annotation for each would bury the new ones; the summary line counts them, and the
 *   SARIF, JSON and text reports list them.
 * - Annotations are ordered most severe first, so the ones GitHub keeps under its cap are the ones that matter.
 * - Files that could not be scanned are `::error` annotations too; problems with suppressions and exceptions (no
 *   reason, expired, unused) are `::warning`s, placed before the findings: they are few, and GitHub's cap should
 *   drop an advisory finding before one of them.
 * - The last line is a plain summary, no command. --quiet keeps findings and errors only, as in the text report.
 * - Text from the scan is shown with its control characters escaped (ESC as `\x1b`, a line break in a value as `\n`,
 *   escape.ts), then escaped as GitHub escapes a command (`%`, CR and LF in the message; also `:` and `,` in a
 *   property), so a value can neither end the command nor start one: the only line breaks (`%0A`) are moat's own.
 */
const rule_1 = require("../../core/rule");
const report_1 = require("../report");
const escape_1 = require("./escape");
const sarif_1 = require("./sarif");
function renderGithub(given, context) {
    const report = (0, escape_1.displayable)(given);
    const shown = report.findings.filter((f) => f.suppressed === undefined && f.baselineState !== "unchanged");
    // Array.prototype.sort is stable: within one severity, findings keep the report's file and line order.
    const ordered = [...shown].sort((a, b) => Number((0, report_1.failsRun)(b)) - Number((0, report_1.failsRun)(a)) || (0, rule_1.severityRank)(b.severity) - (0, rule_1.severityRank)(a.severity));
    const lines = [
        ...report.errors.map(errorCommand),
        ...(context.quiet ? [] : report.notices.map(noticeCommand)),
        ...ordered.map(findingCommand),
        ...(context.quiet ? [] : [summaryLine(report)]),
    ];
    if (lines.length === 0)
        return "";
    return `${lines.join("\n")}\n`;
}
function findingCommand(f) {
    const command = (0, report_1.failsRun)(f) ? "error" : "warning";
    const via = f.moduleChain.length > 0 ? ` via ${f.moduleChain.map((call) => call.address).join(" > ")}` : "";
    const advisory = f.enforcement === "advisory" ? ", advisory: does not fail the run" : "";
    const data = `${f.message}\n${f.address}${via} (${f.severity}${advisory})`;
    return workflowCommand(command, { ...place(f), title: `${f.ruleId} ${f.ruleName}` }, data);
}
function errorCommand(e) {
    const where = (0, sarif_1.isLabel)(e.file) ? `${e.file}: ` : "";
    return workflowCommand("error", { ...place(e), title: "moat could not scan this file" }, `${where}${e.message}\nThe scan is incomplete.`);
}
/** A suppression or exception to fix (no reason, expired, unused) is a warning; a path the config excluded, a notice. */
function noticeCommand(n) {
    const where = n.file !== undefined ? place({ file: n.file, line: n.line }) : {};
    return workflowCommand(n.kind === "excluded" || n.kind === "config" ? "notice" : "warning", { ...where, title: `moat: ${n.kind}` }, n.message);
}
function place(p) {
    if ((0, sarif_1.isLabel)(p.file))
        return {};
    return { file: p.file, line: p.line, endLine: p.line !== undefined && p.endLine !== undefined && p.endLine > p.line ? p.endLine : undefined, col: p.line !== undefined ? p.column : undefined };
}
function summaryLine(report) {
    const s = report.summary;
    const failing = report.findings.filter(report_1.failsRun).length;
    const suppressed = report.findings.filter((f) => f.suppressed !== undefined).length;
    const unchanged = report.findings.filter((f) => f.suppressed === undefined && f.baselineState === "unchanged").length;
    const advisory = report.findings.filter((f) => f.suppressed === undefined && f.baselineState !== "unchanged" && f.enforcement === "advisory").length;
    const bySeverity = rule_1.SEVERITIES.filter((sev) => s.findingsBySeverity[sev] > 0).map((sev) => `${s.findingsBySeverity[sev]} ${sev}`);
    const parts = [
        `${plural(s.findings, "finding")}${bySeverity.length > 0 ? ` (${bySeverity.join(", ")})` : ""}`,
        `${failing} ${failing === 1 ? "fails" : "fail"} the run`,
        ...(advisory > 0 ? [`${advisory} advisory`] : []),
        ...(suppressed > 0 ? [`${suppressed} suppressed`] : []),
        ...(unchanged > 0 ? [`${unchanged} unchanged from the baseline`] : []),
        ...(s.baseline && s.baseline.fixed > 0 ? [`${s.baseline.fixed} fixed since the baseline`] : []),
        ...(s.notices > 0 ? [`${plural(s.notices, "notice")} about suppressions, exceptions or excluded paths`] : []),
        ...(s.errors > 0 ? [`${plural(s.errors, "file")} could not be scanned, so the scan is incomplete`] : []),
        `config: ${(0, report_1.configName)(s)}`,
    ];
    return `moat: ${parts.join("; ")}.`;
}
/**
 * `::command key=value,key=value::data`; properties without a value are left out. The runner reads a line as this
 * command before it looks for a legacy `##[command]` in it; `##[` in the data is broken all the same, in case a
 * runner ever looks for both.
 */
function workflowCommand(command, properties, data) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(",");
    return `::${command}${props ? ` ${props}` : ""}::${escapeData((0, escape_1.neutraliseCommands)(data, escape_1.TEXT_ESCAPES))}`;
}
/** GitHub's escaping for a command's message: `%`, CR and LF (so a message can never start a command of its own). */
function escapeData(text) {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** For a property value, also `:` and `,`, which would end the value. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
