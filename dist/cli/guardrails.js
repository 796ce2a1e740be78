"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applySuppressions = applySuppressions;
exports.findingPlaces = findingPlaces;
exports.readBaseline = readBaseline;
exports.markBaseline = markBaseline;
exports.baselineText = baselineText;
/**
 * The guardrails between the engine's findings and the report: configured exceptions, inline `moat:ignore`
 * comments and a baseline. Each marks findings (`suppressed`, `baselineState`) rather than dropping them, so every
 * report still shows them; the problems they meet become notices.
 */
const node_fs_1 = require("node:fs");
const baseline_1 = require("../core/baseline");
const suppressions_1 = require("../core/suppressions");
const locate_1 = require("../hcl-rules/locate");
const report_1 = require("./report");
/** Applies the config's exceptions, then the inline suppressions, to the outcome's findings; returns the notices. */
function applySuppressions(outcome, settings) {
    const options = { today: settings.today, rules: settings.rules, rulesRun: outcome.rulesRun };
    const notices = (0, suppressions_1.applyExceptions)(outcome.findings, settings.config.exceptions, options);
    if (settings.inlineSuppressions) {
        const placeOf = findingPlaces(outcome.graph);
        const directives = inlineDirectives(outcome, placeOf, settings.cwd);
        for (const notice of (0, suppressions_1.applyInlineSuppressions)(outcome.findings, placeOf, directives, options))
            notices.push(notice);
    }
    return notices;
}
/**
 * Where each finding is written: its resource's block, the lines of its attribute and of the nested blocks around
 * it, and its module calls. Found through the graph, by door, root and address.
 */
function findingPlaces(graph) {
    const byAddress = new Map();
    for (const r of graph.all())
        byAddress.set(`${r.door}\u0000${r.root ?? ""}\u0000${r.address}`, r);
    const cache = new Map();
    return (f) => {
        if (cache.has(f))
            return cache.get(f);
        const r = byAddress.get(`${f.door}\u0000${f.root ?? ""}\u0000${f.address}`);
        let place;
        if (r && r.location.line !== undefined) {
            // A finding located in an override file merged into the resource is placed in that file's block; a comment at
            // any other block of the resource (the primary one, other overrides) covers the whole resource.
            const blocks = [r.location, ...(r.overrideLocations ?? [])].filter((b) => b.line !== undefined);
            const block = blocks.find((b) => b.file === f.location.file && f.location.line >= b.line && f.location.line <= (b.endLine ?? b.line)) ?? blocks[0];
            const anchors = new Set();
            if (f.location.file === block.file && f.location.line !== undefined)
                anchors.add(f.location.line);
            const steps = pathSteps(f.path);
            let value = r.attrs;
            for (let n = 1; n <= steps.length; n++) {
                value = value !== null && typeof value === "object" ? value[steps[n - 1]] : undefined;
                // A group of nested blocks (`ingress`) spans from its first block to its last: a comment above the first
                // block is about that block, not the group, so only the blocks themselves anchor.
                if (isListOfObjects(value) && n < steps.length)
                    continue;
                const at = r.locate(steps.slice(0, n));
                if (at.file === block.file && at.line !== undefined && at.line !== block.line)
                    anchors.add(at.line);
            }
            place = {
                resource: { file: block.file, line: block.line, endLine: block.endLine ?? block.line },
                otherBlocks: blocks.filter((b) => b !== block).map((b) => ({ file: b.file, line: b.line, endLine: b.endLine ?? b.line })),
                anchors: [...anchors],
                moduleCalls: (r.moduleChain ?? [])
                    .filter((call) => call.location.line !== undefined)
                    .map((call) => ({ file: call.location.file, line: call.location.line, endLine: call.location.endLine ?? call.location.line })),
            };
        }
        cache.set(f, place);
        return place;
    };
}
/**
 * The `moat:ignore` comments of every .tf file the source door parsed, and of the .tf files plan findings point
 * into (with --source-root). Only files with a directive are read again, for their text.
 */
function inlineDirectives(outcome, placeOf, cwd) {
    const files = new Map();
    for (const [file, parsed] of outcome.hclFiles)
        files.set(file, parsed.lines);
    for (const f of outcome.findings) {
        const place = placeOf(f);
        for (const file of [place?.resource?.file, ...(place?.moduleCalls ?? []).map((c) => c.file)]) {
            if (file !== undefined && file.endsWith(".tf") && !files.has(file))
                files.set(file, undefined);
        }
    }
    const out = [];
    for (const [file, known] of files) {
        let source;
        let lines = known;
        if (!lines) {
            source = readText(file);
            if (source === undefined || !source.includes(suppressions_1.DIRECTIVE))
                continue;
            lines = (0, locate_1.locateLines)(source);
        }
        // A text without the directive has no comment with it: its line index need not be built (locate.ts).
        if (lines.mentions?.(suppressions_1.DIRECTIVE) === false || !lines.comments.some((c) => c.text.includes(suppressions_1.DIRECTIVE)))
            continue;
        source ??= readText(file);
        if (source === undefined)
            continue;
        for (const d of (0, suppressions_1.inlineSuppressionsOf)(file, lines.comments, source, (line) => `${(0, report_1.displayPath)(file, cwd)}:${line}`))
            out.push(d);
    }
    return out;
}
function isListOfObjects(value) {
    return Array.isArray(value) && value.length > 0 && value.every((v) => v !== null && typeof v === "object" && !Array.isArray(v));
}
function readText(file) {
    try {
        return (0, node_fs_1.readFileSync)(file, "utf8");
    }
    catch {
        return undefined;
    }
}
/** `default_action[0].redirect[0].protocol` → the steps it was made from. */
function pathSteps(path) {
    const steps = [];
    for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        steps.push(m[2] !== undefined ? Number(m[2]) : m[1]);
    return steps;
}
// ---------------------------------------------------------------------------------------------- baselines
/** Reads a baseline file (`given` as on the command line). Throws BaselineError with what to do. */
function readBaseline(path, given) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        throw new baseline_1.BaselineError(code === "ENOENT"
            ? `${given}: the baseline does not exist; write it first with \`moat scan --write-baseline ${given}\``
            : `${given}: cannot be read: ${error.message}`);
    }
    return (0, baseline_1.parseBaseline)(text, given);
}
function markBaseline(findings, baseline, cwd) {
    return (0, baseline_1.compareWithBaseline)(findings, (f) => (0, report_1.findingFingerprint)(f, cwd), baseline);
}
/**
 * The baseline of a scan: every finding that is not suppressed, whatever its severity or level — a suppression keeps
 * its own expiry, and a rule made mandatory later or a lower threshold must not turn accepted findings into new ones.
 */
function baselineText(findings, cwd) {
    const baseline = (0, baseline_1.baselineOf)(findings
        .filter((f) => f.suppressed === undefined)
        .map((f) => ({
        fingerprint: (0, report_1.findingFingerprint)(f, cwd),
        ruleId: f.ruleId,
        address: f.address,
        path: f.path,
        file: (0, report_1.displayPath)(f.location.file, cwd),
        message: f.message,
    })));
    return { text: (0, baseline_1.renderBaseline)(baseline), count: baseline.findings.length };
}
