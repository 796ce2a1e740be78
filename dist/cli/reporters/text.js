"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderText = renderText;
const report_1 = require("../report");
const escape_1 = require("./escape");
function renderText(report, context) {
    return (0, escape_1.neutraliseCommands)(renderLines((0, escape_1.displayable)(report), context), escape_1.TEXT_ESCAPES);
}
function renderLines(report, context) {
    const c = context.colors;
    const out = [];
    const block = (lines) => {
        if (lines.length === 0)
            return;
        if (out.length > 0)
            out.push("");
        for (const line of lines)
            out.push(line);
    };
    const listed = report.findings.filter((f) => f.baselineState !== "unchanged");
    // Loops, not Math.max(...list): spreading 100,000 findings into arguments overflows the stack.
    const widest = (items, text) => items.reduce((w, f) => Math.max(w, text(f).length), 0);
    const severityWidth = widest(listed, (f) => f.severity);
    const ruleWidth = widest(listed, (f) => f.ruleId);
    for (const group of groupByFile(listed)) {
        const width = widest(group, at);
        const lines = [];
        for (const f of group) {
            const severity = paint(c, f.severity, f.severity.toUpperCase().padEnd(severityWidth));
            lines.push(`${at(f).padEnd(width)}  ${severity}  ${c.dim(f.ruleId.padEnd(ruleWidth))}  ${f.message}`);
            const advisory = f.enforcement === "advisory" && !f.suppressed ? c.dim("  (advisory: does not fail the run)") : "";
            const origin = f.origin && f.origin.file !== f.file ? c.dim(` (from ${at(f.origin)})`) : "";
            lines.push(`${" ".repeat(width)}  ${f.address}${via(f.moduleChain, c)}${origin}${advisory}`);
            if (f.suppressed) {
                const s = f.suppressed;
                const expires = s.expires ? `, until ${s.expires}` : "";
                lines.push(c.dim(`${" ".repeat(width)}  suppressed by ${s.by}${expires}: ${s.reason}`));
            }
        }
        block(lines);
    }
    if (report.errors.length > 0) {
        block([
            c.red(c.bold(`Could not scan (${report.errors.length}):`)),
            ...report.errors.map((e) => `  ${(0, report_1.errorPlace)(e)}: ${e.message}`),
        ]);
    }
    if (context.quiet)
        return out.length > 0 ? `${out.join("\n")}\n` : "";
    const suppressionProblems = report.notices.filter((n) => n.kind !== "excluded" && n.kind !== "input" && n.kind !== "config");
    if (suppressionProblems.length > 0) {
        block([c.yellow(c.bold(`Suppression problems (${suppressionProblems.length}):`)), ...suppressionProblems.map((n) => `  ${noticeLine(n)}`)]);
    }
    const excluded = report.notices.filter((n) => n.kind === "excluded");
    if (excluded.length > 0)
        block([c.bold(`Excluded by the config (${excluded.length}):`), ...excluded.map((n) => `  ${noticeLine(n)}`)]);
    const inputs = report.notices.filter((n) => n.kind === "input" || n.kind === "config");
    if (inputs.length > 0)
        block([c.yellow(c.bold(`Inputs and config (${inputs.length}):`)), ...inputs.map((n) => `  ${noticeLine(n)}`)]);
    if (context.unknown === "warn" && report.unevaluated.length > 0) {
        block([
            c.yellow(c.bold(`Not evaluated because of unknown values (${report.unevaluated.length}):`)),
            ...report.unevaluated.map((u) => `  ${at(u)}  ${c.dim(u.ruleId)}  ${u.address}${via(u.moduleChain, c)}: ${u.reason}`),
        ]);
    }
    if (report.remoteModules.length > 0) {
        block([
            c.bold(`Remote modules not scanned (${report.remoteModules.length}):`),
            ...report.remoteModules.map((m) => `  ${at(m)}  ${m.address}  ${c.dim(`source = "${m.source}"`)}${m.reason !== undefined ? `: ${m.reason}` : ""}`),
            `  ${report_1.REMOTE_MODULES_HINT}`,
        ]);
    }
    block(summary(report, context));
    return `${out.join("\n")}\n`;
}
function summary(report, context) {
    const s = report.summary;
    const c = context.colors;
    const lines = [];
    if (s.findings === 0) {
        lines.push(c.green("No findings."));
    }
    else {
        const counts = Object.entries(s.findingsBySeverity)
            .filter(([, n]) => n > 0)
            .map(([severity, n]) => paint(c, severity, `${n} ${severity}`));
        const notFailing = [
            s.advisoryFindings > 0 ? `${s.advisoryFindings} advisory` : "",
            s.suppressed > 0 ? `${s.suppressed} suppressed` : "",
            s.baseline && s.baseline.unchanged > 0 ? `${s.baseline.unchanged} in the baseline` : "",
        ].filter((x) => x !== "");
        const detail = notFailing.length > 0 ? ` (${notFailing.join(", ")})` : "";
        lines.push(`${c.bold(plural(s.findings, "finding"))}: ${counts.join(", ")}${detail}.`);
    }
    if (s.baseline) {
        const b = s.baseline;
        const unchanged = b.unchanged > 0 ? `; ${plural(b.unchanged, "finding")} already in it ${b.unchanged === 1 ? "is" : "are"} not listed` : "";
        const fixed = b.fixed > 0 ? c.green(` ${plural(b.fixed, "baseline finding")} fixed.`) : "";
        lines.push(`Baseline ${b.file}: ${plural(b.new, "new finding")}${unchanged}.${fixed}`);
    }
    if (s.belowThreshold > 0) {
        lines.push(`${plural(s.belowThreshold, "finding")} below the ${s.severityThreshold} severity threshold not shown.`);
    }
    const seconds = (s.durationMs / 1000).toFixed(2);
    lines.push(`Config: ${(0, report_1.configName)(s)}.`);
    lines.push(`Scanned ${plural(s.files, "file")}, ${plural(s.resources, "resource")} with ${plural(s.rules, "rule")} in ${seconds} s.`);
    if (report.shard)
        lines.push(shardLine(report.shard));
    if (s.unevaluated > 0) {
        const how = context.unknown === "warn" ? "listed above" : "--unknown=warn lists them";
        lines.push(`${plural(s.unevaluated, "check")} not evaluated because of unknown values (${how}).`);
    }
    if (s.remoteModulesSkipped > 0)
        lines.push(`${plural(s.remoteModulesSkipped, "remote module")} not scanned (listed above).`);
    if (s.errors > 0)
        lines.push(c.red(`${plural(s.errors, "error")}: the scan is incomplete.`));
    return lines;
}
/** Which shard of a `moat scan --shard K/N` this is, and what it held; an empty shard is said to be one, not a failure. */
function shardLine(shard) {
    const what = [plural(shard.roots.length, "root module"), ...(shard.plans.length > 0 ? [plural(shard.plans.length, "plan")] : [])].join(" and ");
    const held = shard.roots.length + shard.plans.length === 0 ? "no root module or plan falls in this shard, so it had nothing to scan" : what;
    return `Shard ${shard.index}/${shard.total}: ${held}; \`moat merge\` combines the JSON reports of all ${shard.total} shards.`;
}
function noticeLine(n) {
    const where = n.file !== undefined ? (n.line !== undefined ? `${n.file}:${n.line}` : n.file) : "";
    return where ? `${where}  ${n.message}` : n.message;
}
function groupByFile(findings) {
    const groups = [];
    for (const f of findings) {
        const last = groups[groups.length - 1];
        if (last && last[0].file === f.file)
            last.push(f);
        else
            groups.push([f]);
    }
    return groups;
}
function at(p) {
    return p.line !== undefined ? `${p.file}:${p.line}` : p.file;
}
/** `via module.web (main.tf:12) > module.db (modules/web/main.tf:4)`: each call by its own name, where it is written. */
function via(chain, c) {
    if (chain.length === 0)
        return "";
    const calls = chain.map((call, i) => {
        const outer = chain[i - 1]?.address;
        const name = outer !== undefined && call.address.startsWith(`${outer}.`) ? call.address.slice(outer.length + 1) : call.address;
        return `${name} (${at(call)})`;
    });
    return c.dim(` via ${calls.join(" > ")}`);
}
function paint(c, severity, text) {
    switch (severity) {
        case "critical":
            return c.bold(c.red(text));
        case "high":
            return c.red(text);
        case "medium":
            return c.yellow(text);
        case "low":
            return c.blue(text);
    }
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
