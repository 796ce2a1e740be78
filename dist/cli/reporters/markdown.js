"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_NAME_CHARS = exports.MAX_MESSAGE_CHARS = exports.MARKDOWN_TABLE_BUDGET = exports.GITHUB_COMMENT_LIMIT = void 0;
exports.renderMarkdown = renderMarkdown;
exports.clip = clip;
exports.text = text;
exports.code = code;
/**
 * Markdown for a GitHub job summary (`>> $GITHUB_STEP_SUMMARY`) or a pull-request comment: the verdict as a heading,
 * counts by severity, a table of the findings that matter (failing first, most severe first), and the rest folded
 * into <details>: suppressed findings with their reasons, findings unchanged from the baseline, remote modules.
 * Files that could not be scanned and notices (suppressions without a reason, expired or unused) are listed openly.
 *
 * Everything a scanned repository controls (messages, addresses, paths) is escaped, so a resource name cannot break
 * a table, inject HTML or mention someone; control characters are shown escaped (`\x1b`, `\n`), and no line can be
 * read as a GitHub Actions workflow command when the summary is printed to a log (escape.ts). No duration is written:
 * re-running on the same input gives the same bytes, so a bot can skip updating an unchanged comment.
 */
const rule_1 = require("../../core/rule");
const report_1 = require("../report");
const rule_docs_1 = require("../../core/rule-docs");
const escape_1 = require("./escape");
/** A GitHub comment (and a job summary) holds at most 65,536 characters. */
exports.GITHUB_COMMENT_LIMIT = 65_536;
/**
 * What the tables and lists may take together: the limit less room for the headings, counts and notes around them.
 * Rows are added, findings first, until the next would not fit; the rest are counted in a note that points at the
 * SARIF and JSON reports, which hold every finding.
 */
exports.MARKDOWN_TABLE_BUDGET = 58_000;
/** Text longer than this in one cell is cut with `…` (in code points, before escaping): a row stays readable. */
exports.MAX_MESSAGE_CHARS = 300;
exports.MAX_NAME_CHARS = 160;
const FULL_REPORT = "the SARIF or JSON report (`--format sarif=FILE`, `--format json=FILE`) lists them all";
function renderMarkdown(report, context) {
    const out = (0, escape_1.neutraliseCommands)(renderBlocks((0, escape_1.displayable)(report), context, { left: exports.MARKDOWN_TABLE_BUDGET }), escape_1.TEXT_ESCAPES);
    return out.length <= exports.GITHUB_COMMENT_LIMIT ? out : cutAtLimit(out);
}
/** The last resort, never reached with the budget above unless the text outside the tables is huge: cut at a line. */
function cutAtLimit(out) {
    const note = `\n\n… the summary was cut here to fit a GitHub comment (${exports.GITHUB_COMMENT_LIMIT} characters): ${FULL_REPORT}.\n`;
    const end = out.lastIndexOf("\n", exports.GITHUB_COMMENT_LIMIT - note.length);
    return `${out.slice(0, Math.max(end, 0))}${note}`;
}
function renderBlocks(report, context, budget) {
    const s = report.summary;
    const active = report.findings.filter((f) => f.suppressed === undefined && f.baselineState !== "unchanged");
    const suppressed = report.findings.filter((f) => f.suppressed !== undefined);
    const unchanged = report.findings.filter((f) => f.suppressed === undefined && f.baselineState === "unchanged");
    const failing = report.findings.filter(report_1.failsRun);
    const advisory = active.filter((f) => !(0, report_1.failsRun)(f));
    const blocks = [];
    blocks.push(`## ${verdict(report, failing.length)}`);
    if (s.findings > 0) {
        const rows = rule_1.SEVERITIES.map((sev) => [sev, String(s.findingsBySeverity[sev]), String(failing.filter((f) => f.severity === sev).length)]);
        rows.push(["**total**", `**${s.findings}**`, `**${failing.length}**`]);
        blocks.push(table(["Severity", "Findings", "Fail the run"], rows, "lrr"));
    }
    const notes = [
        ...(advisory.length > 0 ? [`${advisory.length} advisory (shown, never failing the run)`] : []),
        ...(suppressed.length > 0 ? [`${suppressed.length} suppressed`] : []),
        ...(unchanged.length > 0 ? [`${unchanged.length} unchanged from the baseline`] : []),
        ...(s.baseline && s.baseline.fixed > 0 ? [`${s.baseline.fixed} fixed since the baseline`] : []),
        ...(s.belowThreshold > 0 ? [`${plural(s.belowThreshold, "finding")} below the ${s.severityThreshold} severity threshold not shown`] : []),
    ];
    blocks.push([
        ...(notes.length > 0 ? [`${notes.join(" · ")}.`] : []),
        `Scanned ${plural(s.files, "file")} and ${plural(s.resources, "resource")} with ${plural(s.rules, "rule")}. Config: ${s.config != null ? code(name(s.config)) : "none"}.`,
    ].join("<br>\n"));
    if (active.length > 0) {
        const ordered = [...active].sort((a, b) => Number((0, report_1.failsRun)(b)) - Number((0, report_1.failsRun)(a)) || (0, rule_1.severityRank)(b.severity) - (0, rule_1.severityRank)(a.severity));
        blocks.push(`### Findings (${active.length})`);
        blocks.push(capped(budget, ordered, (rows) => table(["Severity", "Rule", "Location", "Resource", "Message"], rows.map((f) => [severityCell(f), ruleCell(f), code(at(f)), code(name(f.address)), text(clip(f.message, exports.MAX_MESSAGE_CHARS))]))));
    }
    if (report.errors.length > 0) {
        blocks.push(`### Could not scan (${report.errors.length})`);
        blocks.push([
            capped(budget, report.errors, (rows) => rows.map((e) => `- ${code(name((0, report_1.errorPlace)(e)))}: ${text(clip(e.message, exports.MAX_MESSAGE_CHARS))}`).join("\n")),
            "",
            "These files were not scanned, so the scan is incomplete: it proves nothing about them.",
        ].join("\n"));
    }
    if (report.notices.length > 0) {
        blocks.push(`### Notices (${report.notices.length})`);
        blocks.push(capped(budget, report.notices, (rows) => rows.map((n) => `- ${n.file !== undefined ? `${code(at({ file: n.file, line: n.line }))}: ` : ""}${text(clip(n.message, exports.MAX_MESSAGE_CHARS))} (${text(n.kind)})`).join("\n")));
    }
    if (suppressed.length > 0) {
        blocks.push(details(`${plural(suppressed.length, "suppressed finding")}`, capped(budget, suppressed, (rows) => table(["Severity", "Rule", "Location", "Resource", "Reason", "Expires", "By"], rows.map((f) => [
            f.severity,
            ruleCell(f),
            code(at(f)),
            code(name(f.address)),
            text(clip(f.suppressed?.reason ?? "", exports.MAX_MESSAGE_CHARS)),
            f.suppressed?.expires !== undefined ? text(f.suppressed.expires) : "never",
            code(f.suppressed?.by ?? ""),
        ])))));
    }
    if (unchanged.length > 0) {
        blocks.push(details(`${plural(unchanged.length, "finding")} unchanged from the baseline`, capped(budget, unchanged, (rows) => table(["Severity", "Rule", "Location", "Resource", "Message"], rows.map((f) => [f.severity, ruleCell(f), code(at(f)), code(name(f.address)), text(clip(f.message, exports.MAX_MESSAGE_CHARS))])))));
    }
    if (s.unevaluated > 0) {
        const line = `${plural(s.unevaluated, "check")} not evaluated because of unknown values`;
        if (context.unknown === "warn" && report.unevaluated.length > 0) {
            blocks.push(details(line, capped(budget, report.unevaluated, (rows) => table(["Rule", "Location", "Resource", "Why"], rows.map((u) => [ruleCell(u), code(at(u)), code(name(u.address)), text(clip(u.reason, exports.MAX_MESSAGE_CHARS))])))));
        }
        else {
            blocks.push(`${line} (\`--unknown=warn\` lists them).`);
        }
    }
    if (report.remoteModules.length > 0) {
        blocks.push(details(`${plural(report.remoteModules.length, "remote module")} not scanned`, `${capped(budget, report.remoteModules, (rows) => table(["Module", "Source", "Called at"], rows.map((m) => [code(name(m.address)), `${code(name(m.source))}${m.reason !== undefined ? `: ${text(clip(m.reason, exports.MAX_MESSAGE_CHARS))}` : ""}`, code(at(m))])))}\n\n${report_1.REMOTE_MODULES_HINT}`));
    }
    return `${blocks.join("\n\n")}\n`;
}
function verdict(report, failing) {
    if (report.summary.exitCode === report_1.EXIT_INCOMPLETE) {
        return `⚠️ moat: the scan is incomplete (${plural(report.summary.errors, "file")} could not be scanned)`;
    }
    if (failing > 0)
        return `❌ moat: ${plural(failing, "finding")} ${failing === 1 ? "fails" : "fail"} the run`;
    if (report.summary.findings > 0)
        return "✅ moat: no finding fails the run";
    return "✅ moat: no findings";
}
function severityCell(f) {
    return (0, report_1.failsRun)(f) ? `**${f.severity}**` : `${f.severity} (advisory)`;
}
function ruleCell(f) {
    return `[${text(f.ruleId)}](${(0, rule_docs_1.ruleDocUrl)(f.ruleId)}) ${text(f.ruleName)}`;
}
/**
 * As many rows as the budget holds (at least one, so no table is only a header), and a line saying how many were
 * left out and where they are. What is rendered is taken from the budget.
 */
function capped(budget, rows, render) {
    const all = render(rows);
    if (all.length <= budget.left || rows.length <= 1) {
        budget.left = Math.max(0, budget.left - all.length);
        return all;
    }
    // The most rows that fit: rendering is monotonic in the number of rows, so a binary search finds it.
    let lo = 1;
    let hi = rows.length - 1;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (render(rows.slice(0, mid)).length <= budget.left)
            lo = mid;
        else
            hi = mid - 1;
    }
    const shown = render(rows.slice(0, lo));
    budget.left = Math.max(0, budget.left - shown.length);
    const left = rows.length - lo;
    return `${shown}\n\n… and ${left} more not shown, to keep this summary within a GitHub comment's ${exports.GITHUB_COMMENT_LIMIT} characters: ${FULL_REPORT}.`;
}
/** At most `max` code points, the last one `…` when cut. */
function clip(value, max) {
    const points = Array.from(value);
    return points.length <= max ? value : `${points.slice(0, max - 1).join("")}…`;
}
/** An address, path or source cut to MAX_NAME_CHARS, keeping its start and its end (where the names differ). */
function name(value) {
    const points = Array.from(value);
    if (points.length <= exports.MAX_NAME_CHARS)
        return value;
    const half = Math.floor((exports.MAX_NAME_CHARS - 1) / 2);
    return `${points.slice(0, half).join("")}…${points.slice(points.length - half).join("")}`;
}
function table(header, rows, align = "") {
    const rule = header.map((_, i) => (align[i] === "r" ? "---:" : "---"));
    return [header, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
/** A blank line after <summary> lets GitHub render the Markdown inside. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function at(p) {
    return p.line !== undefined ? `${name(p.file)}:${p.line}` : name(p.file);
}
/**
 * Text from the scan, safe in a table cell: Markdown and HTML characters are escaped, `|` cannot end the cell, `@`
 * cannot mention anyone. Line breaks were shown as `\n` already (`displayable`); one left would become <br>, never
 * the end of a row.
 */
function text(value) {
    return value
        .replace(/[\\`*_[\]~|]/g, (ch) => `\\${ch}`)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/@/g, "&#64;")
        .replace(/\r\n|\r|\n/g, "<br>");
}
/**
 * A code span that holds any text: its fence is longer than any backtick run inside, line breaks become spaces,
 * and `|` is escaped (in a GitHub table, `\|` stays a `|` even inside code).
 */
function code(value) {
    const flat = value.replace(/\r\n|\r|\n/g, " ").replace(/\|/g, "\\|");
    const longest = (flat.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
    const fence = "`".repeat(longest + 1);
    const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
    return `${fence}${pad}${flat}${pad}${fence}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
