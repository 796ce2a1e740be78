"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCAN_ERRORS_SUITE = void 0;
exports.renderJunit = renderJunit;
exports.escapeXmlText = escapeXmlText;
exports.escapeXmlAttribute = escapeXmlAttribute;
const report_1 = require("../report");
const rule_docs_1 = require("../../core/rule-docs");
const escape_1 = require("./escape");
exports.SCAN_ERRORS_SUITE = "moat: files that could not be scanned";
function renderJunit(given, context) {
    // Text from the scan with its control characters shown (`\x1b`, `\n`): XML 1.0 cannot carry most of them at all.
    const report = (0, escape_1.displayable)(given);
    const suites = [];
    const byRule = new Map();
    for (const f of report.findings) {
        const list = byRule.get(f.ruleId);
        if (list)
            list.push(f);
        else
            byRule.set(f.ruleId, [f]);
    }
    // Rules in the order they ran, then any finding whose rule is not among them (so none is ever dropped).
    const ruleIds = [...context.rules.map((r) => r.meta.id), ...[...byRule.keys()].filter((id) => !context.rules.some((r) => r.meta.id === id))];
    const ruleNames = new Map(context.rules.map((r) => [r.meta.id, r.meta.name]));
    for (const f of report.findings)
        if (!ruleNames.has(f.ruleId))
            ruleNames.set(f.ruleId, f.ruleName);
    for (const id of ruleIds) {
        const findings = byRule.get(id) ?? [];
        suites.push({
            name: `${id} ${ruleNames.get(id)}`,
            cases: findings.length > 0 ? findings.map(findingCase) : [{ name: "no findings", classname: id }],
        });
    }
    if (report.errors.length > 0)
        suites.push({ name: exports.SCAN_ERRORS_SUITE, cases: report.errors.map(errorCase) });
    const count = (cases, kind) => cases.filter((c) => c.outcome?.kind === kind).length;
    const all = suites.flatMap((s) => s.cases);
    const out = [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites${attributes({
            name: report.tool.name,
            tests: all.length,
            failures: count(all, "failure"),
            errors: count(all, "error"),
            time: (report.summary.durationMs / 1000).toFixed(3),
        })}>`,
    ];
    // <testsuites> holds nothing but suites in junit-10.xsd: each suite says which config the scan used, as a property.
    const properties = `    <properties>\n      ${element("property", { name: "moat.config", value: (0, report_1.configName)(report.summary) })}\n    </properties>`;
    for (const suite of suites) {
        out.push(`  <testsuite${attributes({
            name: suite.name,
            tests: suite.cases.length,
            failures: count(suite.cases, "failure"),
            errors: count(suite.cases, "error"),
            skipped: count(suite.cases, "skipped"),
        })}>`, properties);
        for (const c of suite.cases) {
            const open = `    <testcase${attributes({ name: c.name, classname: c.classname })}`;
            out.push(c.outcome ? `${open}>\n      ${c.outcome.xml}\n    </testcase>` : `${open}/>`);
        }
        out.push("  </testsuite>");
    }
    out.push("</testsuites>");
    return (0, escape_1.neutraliseCommands)(`${out.join("\n")}\n`, escape_1.XML_ESCAPES);
}
function findingCase(f) {
    const base = { name: `${f.address}${f.path ? ` ${f.path}` : ""} (${at(f)})`, classname: f.ruleId };
    if ((0, report_1.failsRun)(f)) {
        return { ...base, outcome: { kind: "failure", xml: element("failure", { message: f.message, type: f.severity }, details(f)) } };
    }
    return { ...base, outcome: { kind: "skipped", xml: element("skipped", { message: `${whyNotFailing(f)}: ${f.message}` }) } };
}
/** Why a finding that is shown does not fail the run; suppression wins over baseline, which wins over advisory. */
function whyNotFailing(f) {
    if (f.suppressed) {
        const how = f.suppressed.kind === "inline" ? "suppressed inline" : "excepted in the configuration";
        return `${how} (${f.suppressed.by}): ${f.suppressed.reason}${f.suppressed.expires !== undefined ? `, until ${f.suppressed.expires}` : ""}`;
    }
    if (f.baselineState === "unchanged")
        return "unchanged from the baseline";
    return `advisory ${f.severity} finding, does not fail the run`;
}
function details(f) {
    const lines = [
        f.message,
        "",
        `Rule:     ${f.ruleId} ${f.ruleName} (${f.severity})`,
        `Resource: ${f.address}${f.path ? ` (${f.path})` : ""}`,
        `Location: ${at(f)}`,
    ];
    if (f.moduleChain.length > 0)
        lines.push(`Via:      ${f.moduleChain.map((call) => `${call.address} (${at(call)})`).join(" > ")}`);
    if (f.origin && f.origin.file !== f.file)
        lines.push(`Plan:     ${at(f.origin)}`);
    if (f.baselineState === "new")
        lines.push("Baseline: new since the baseline");
    lines.push(`Docs:     ${(0, rule_docs_1.ruleDocUrl)(f.ruleId)}`);
    return lines.join("\n");
}
function errorCase(e) {
    const where = (0, report_1.errorPlace)(e);
    return {
        name: where,
        classname: "moat",
        outcome: { kind: "error", xml: element("error", { message: e.message, type: "not-scanned" }, `${where}: ${e.message}\nThe file was not scanned, so the scan is incomplete.`) },
    };
}
function element(name, attrs, text) {
    return text === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${escapeXmlText(text)}</${name}>`;
}
function attributes(attrs) {
    return Object.entries(attrs)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
        .join("");
}
function at(p) {
    return p.line !== undefined ? `${p.file}:${p.line}` : p.file;
}
/**
 * XML 1.0 cannot carry most control characters or lone surrogates, even escaped: they are shown as visible escapes
 * (`\x01`), as every control character is, so the document stays well-formed; line breaks and tabs are kept for
 * moat's own multi-line text. A CR is a character reference, or a parser would fold CR LF into LF.
 */
function escapeXmlText(text) {
    return (0, escape_1.showControls)(text, { keepLineBreaks: true }).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
/** In attributes, line breaks and tabs are character references too: a parser would turn them into spaces. */
function escapeXmlAttribute(text) {
    return escapeXmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
