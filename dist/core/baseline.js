"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BaselineError = exports.BASELINE_VERSION = void 0;
exports.baselineOf = baselineOf;
exports.renderBaseline = renderBaseline;
exports.parseBaseline = parseBaseline;
exports.compareWithBaseline = compareWithBaseline;
/**
 * Baselines: the findings a team has accepted for now, so that adopting moat on an existing code base fails only on
 * what is new. A baseline is a JSON file of fingerprints (rule id + root + address + attribute path: they survive line
 * shifts and moves between files of one module), with the rule, address, path, file and message beside each one for
 * the people who review it. Entries are sorted, so a rewritten baseline diffs cleanly.
 */
exports.BASELINE_VERSION = 1;
/** A baseline file that cannot be used; the message names the file and says what to do. */
class BaselineError extends Error {
}
exports.BaselineError = BaselineError;
const DESCRIPTION = "Findings accepted when this baseline was written: `moat scan --baseline <this file>` fails only on findings not listed here. " +
    "Rewrite it with `moat scan --write-baseline <this file>`; run both from the same directory, since fingerprints include the module's path relative to it.";
function baselineOf(entries, tool = "moat") {
    const unique = new Map();
    for (const e of entries) {
        const key = `${e.fingerprint}\u0000${e.message}`;
        if (!unique.has(key))
            unique.set(key, { fingerprint: e.fingerprint, ruleId: e.ruleId, address: e.address, path: e.path, file: e.file, message: e.message });
    }
    const findings = [...unique.values()].sort((a, b) => compare(a.ruleId, b.ruleId) || compare(a.address, b.address) || compare(a.path, b.path) || compare(a.fingerprint, b.fingerprint) || compare(a.message, b.message));
    return { version: exports.BASELINE_VERSION, tool, description: DESCRIPTION, findings };
}
function renderBaseline(baseline) {
    return `${JSON.stringify(baseline, null, 2)}\n`;
}
/** Parses a baseline file's text; `label` names the file in errors. */
function parseBaseline(text, label) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineError(`${label}: not valid JSON (${error.message}); write a baseline with \`moat scan --write-baseline ${label}\``);
    }
    const b = doc;
    if (!b || typeof b !== "object" || !Array.isArray(b.findings)) {
        throw new BaselineError(`${label}: not a moat baseline (it has no findings list); write one with \`moat scan --write-baseline ${label}\``);
    }
    if (b.version !== exports.BASELINE_VERSION) {
        throw new BaselineError(`${label}: baseline version ${JSON.stringify(b.version)} is not supported (this moat reads version ${exports.BASELINE_VERSION}); rewrite it with \`moat scan --write-baseline ${label}\``);
    }
    b.findings.forEach((e, i) => {
        if (!e || typeof e !== "object" || typeof e.fingerprint !== "string" || !/^[0-9a-f]{32}$/.test(e.fingerprint)) {
            throw new BaselineError(`${label}: findings[${i}] has no valid fingerprint (32 hex digits); rewrite the baseline with \`moat scan --write-baseline ${label}\``);
        }
    });
    return b;
}
/**
 * Marks each finding `unchanged` (its fingerprint is in the baseline) or `new`, and counts the baseline entries that
 * matched nothing.
 */
function compareWithBaseline(findings, fingerprintOf, baseline) {
    const known = new Set(baseline.findings.map((e) => e.fingerprint));
    const seen = new Set();
    let unchanged = 0;
    for (const f of findings) {
        const fingerprint = fingerprintOf(f);
        if (known.has(fingerprint)) {
            f.baselineState = "unchanged";
            seen.add(fingerprint);
            unchanged++;
        }
        else {
            f.baselineState = "new";
        }
    }
    return { unchanged, new: findings.length - unchanged, fixed: [...known].filter((fp) => !seen.has(fp)).length };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
