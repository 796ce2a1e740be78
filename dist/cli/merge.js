"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MergeError = void 0;
exports.readShardReport = readShardReport;
exports.mergeReports = mergeReports;
/**
 * `moat merge`: the JSON reports of `moat scan --shard 1/N` … `--shard N/N` as the one report a single scan would have
 * made, which every output format then renders (the reporters are the scan's own).
 *
 * The shards must belong together: made by this moat version, with the same rules, config, paths and flags, over the
 * same tree, each shard once and none missing; anything else is refused, naming the reports (nothing is merged: the
 * CLI writes the reason, as a scan stopped by a usage error does).
 *
 * How the lists combine (nothing is dropped silently):
 * - findings, checks not evaluated and remote modules come from evaluating a root module, and each root is in exactly
 *   one shard: they are concatenated;
 * - errors and notices are about files and settings, and a file two shards read (a module called from roots in both,
 *   a --var-file, the config) is reported by both: an entry several shards report is listed as often as the shard that
 *   lists it most often does, as one scan lists it once;
 * - a notice that a suppression or exception matched nothing stands only if every shard that read its file says so (a
 *   finding in another shard may have used it);
 * - summary counts are recomputed from the merged lists (withSummary, as a scan's: the exit code too); `files` counts
 *   each file once; the duration is the longest shard's; `config` is the shards' one config (null for none), and
 *   `$schema` this version's.
 */
const node_fs_1 = require("node:fs");
const rule_1 = require("../core/rule");
const report_1 = require("./report");
/** A report that cannot be merged, or reports that do not belong together; the message names the files. */
class MergeError extends Error {
}
exports.MergeError = MergeError;
/** Reads one report; a file that is unreadable, not JSON or no shard report is a MergeError naming it. */
function readShardReport(path, file) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        throw new MergeError(`${file}: ${code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? "error"})`}; pass the JSON reports of \`moat scan --shard K/N --format json=FILE\``);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new MergeError(`${file}: is not valid JSON (${error.message}); pass the JSON reports of \`moat scan --shard K/N --format json=FILE\``);
    }
    const report = value;
    const isReport = report !== null &&
        typeof report === "object" &&
        report.tool?.name === "moat" &&
        ["findings", "errors", "unevaluated", "remoteModules", "notices"].every((k) => Array.isArray(report[k])) &&
        typeof report.summary === "object";
    if (!isReport)
        throw new MergeError(`${file}: is not a moat JSON report; pass the reports of \`moat scan --shard K/N --format json=FILE\``);
    if (report.schemaVersion !== report_1.REPORT_SCHEMA_VERSION) {
        throw new MergeError(`${file}: has report schema version ${String(report.schemaVersion)}, and this moat reads version ${report_1.REPORT_SCHEMA_VERSION}; merge with the moat version that made it`);
    }
    const problem = reportSchemaProblem(report);
    if (problem !== undefined) {
        throw new MergeError(`${file}: is not a valid moat report (schemas/report.schema.json): ${problem}; pass the reports of \`moat scan --shard K/N --format json=FILE\` as they were written`);
    }
    const stopped = report.summary?.shard;
    if (!isShard(report.shard) && stopped !== undefined) {
        const first = report.errors?.[0];
        throw new MergeError(`${file}: shard ${stopped.index}/${stopped.total} stopped before scanning${first ? ` (${first.file}${first.line !== undefined ? `:${first.line}` : ""}: ${first.message})` : ""}; fix that and run the shard again`);
    }
    if (!isShard(report.shard)) {
        throw new MergeError(`${file}: is a report of a whole scan, not of a shard; merge reports made with \`moat scan --shard K/N --format json=FILE\``);
    }
    return { file, report: report };
}
let validateReport;
/**
 * The first way a report breaks schemas/report.schema.json, or undefined for none: merge trusts nothing else a report
 * says (a threshold or a severity outside the schema's would hide findings or make an invalid merged report).
 */
function reportSchemaProblem(report) {
    if (!validateReport) {
        // Loaded only by merge: a scan needs no schema compiler.
        const Ajv = require("ajv").default;
        const addFormats = require("ajv-formats").default;
        const ajv = new Ajv({ strict: false, allErrors: false });
        addFormats(ajv);
        validateReport = ajv.compile(require("../schemas/report.schema.json"));
    }
    if (validateReport(report))
        return undefined;
    const error = validateReport.errors?.[0];
    if (!error)
        return "it does not match the schema";
    const where = error.instancePath === "" ? "the report" : error.instancePath;
    const allowed = error.params.allowedValues;
    const extra = error.params.additionalProperty;
    return `${where} ${error.message ?? "is invalid"}${allowed ? ` (${allowed.map((v) => JSON.stringify(v)).join(", ")})` : ""}${extra !== undefined ? ` (${JSON.stringify(extra)})` : ""}`;
}
function isShard(value) {
    const s = value;
    return (typeof s === "object" &&
        s !== null &&
        Number.isInteger(s.index) &&
        Number.isInteger(s.total) &&
        ["roots", "plans", "files", "rules"].every((k) => Array.isArray(s[k])) &&
        typeof s.digests === "object");
}
/** The merged report, and the rules that ran (for the formats that describe them). */
function mergeReports(shards, settings) {
    if (shards.length === 0)
        throw new MergeError("no reports given; pass the JSON report of every shard");
    const first = shards[0];
    const meta = (r) => r.report.shard;
    for (const s of shards) {
        if (s.report.tool.version !== settings.version) {
            throw new MergeError(`${s.file}: was made by moat ${s.report.tool.version}, and this is moat ${settings.version}; merge with the version that made the shards (and make every shard with one version)`);
        }
    }
    const differ = (what, value, hint) => {
        const other = shards.find((s) => value(s) !== value(first));
        if (other)
            throw new MergeError(`${first.file} and ${other.file} ${what}; ${hint}`);
    };
    const split = shards.find((s) => meta(s).total !== meta(first).total);
    if (split) {
        throw new MergeError(`${first.file} is shard ${meta(first).index}/${meta(first).total} and ${split.file} is shard ${meta(split).index}/${meta(split).total}: they split the scan differently; give every job the same N`);
    }
    const ruleDiff = (a, b) => {
        const only = meta(a).rules.filter((r) => !meta(b).rules.includes(r));
        return only.length > 0 ? `${a.file} ran ${only.join(", ")}, which ${b.file} did not` : undefined;
    };
    for (const s of shards) {
        const why = ruleDiff(s, first) ?? ruleDiff(first, s);
        if (why)
            throw new MergeError(`${first.file} and ${s.file} ran different rules (${why}); make every shard with the same config and --rule/--skip-rule flags`);
    }
    differ("used different configs", (r) => `${r.report.summary.config ?? "(none)"}\u0000${meta(r).digests.config}`, "make every shard with the same config file (same path, same content)");
    differ("were made with different paths or flags", (r) => meta(r).digests.arguments, "give every shard the same paths and flags (only --shard, --format, --fail-on and the display flags may differ)");
    differ("used different severity thresholds", (r) => r.report.summary.severityThreshold, "give every shard the same --severity-threshold (merge can raise it with its own)");
    differ("scanned different trees (their Terraform files, root modules or plans differ)", (r) => meta(r).digests.tree, "make every shard from the same checkout");
    const total = meta(first).total;
    const byIndex = new Map();
    for (const s of shards) {
        const index = meta(s).index;
        if (total < 1 || index < 1 || index > total) {
            throw new MergeError(`${s.file} says it is shard ${index}/${total}, which no \`moat scan --shard\` makes (K/N with 1 ≤ K ≤ N); pass the reports as the shards wrote them`);
        }
        const summary = s.report.summary.shard;
        if (summary?.index !== index || summary.total !== total) {
            throw new MergeError(`${s.file} says it is shard ${index}/${total} and, in its summary, ${summary ? `${summary.index}/${summary.total}` : "no shard"}; pass the reports as the shards wrote them`);
        }
        const seen = byIndex.get(index);
        if (seen)
            throw new MergeError(`${seen.file} and ${s.file} are both shard ${index}/${total}; give each shard's report once`);
        byIndex.set(index, s);
    }
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0) {
        throw new MergeError(`shard${missing.length === 1 ? "" : "s"} ${missing.map((i) => `${i}/${total}`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing: a merge without ${missing.length === 1 ? "it" : "them"} would not cover the whole scan; pass the report of every shard`);
    }
    const owner = new Map();
    for (const s of shards) {
        for (const root of [...meta(s).roots, ...meta(s).plans]) {
            const other = owner.get(root);
            if (other)
                throw new MergeError(`${other.file} and ${s.file} both scanned ${root}: the shards overlap; make every shard from the same checkout with the same --shard N`);
            owner.set(root, s);
        }
    }
    const threshold = settings.severityThreshold ?? first.report.summary.severityThreshold;
    if ((0, rule_1.severityRank)(threshold) < (0, rule_1.severityRank)(first.report.summary.severityThreshold)) {
        throw new MergeError(`--severity-threshold ${threshold} is below the shards' own (${first.report.summary.severityThreshold}): their reports hold no finding below it; merge at ${first.report.summary.severityThreshold} or higher, or make the shards with a lower threshold`);
    }
    if (settings.failOn !== undefined && (0, rule_1.severityRank)(settings.failOn) < (0, rule_1.severityRank)(threshold)) {
        throw new MergeError(`--fail-on ${settings.failOn} is below the severity threshold ${threshold}: a finding that is not shown cannot fail the run; raise --fail-on`);
    }
    const shown = (s) => (0, rule_1.severityRank)(s.severity) >= (0, rule_1.severityRank)(threshold);
    const findings = shards.flatMap((s) => s.report.findings);
    const files = new Set(shards.flatMap((s) => meta(s).files));
    // The shards that read a file: those that list it, or all of them for a file none lists (the config, a label).
    const readBy = (file) => (file !== undefined && files.has(file) ? shards.filter((s) => meta(s).files.includes(file)) : shards);
    const report = (0, report_1.withSummary)({
        schemaVersion: report_1.REPORT_SCHEMA_VERSION,
        tool: first.report.tool,
        findings: findings.filter(shown).sort(report_1.REPORT_ORDER.findings),
        errors: mostOften(shards.map((s) => s.report.errors)).sort(report_1.REPORT_ORDER.errors),
        unevaluated: shards.flatMap((s) => s.report.unevaluated).filter(shown).sort(report_1.REPORT_ORDER.unevaluated),
        remoteModules: shards.flatMap((s) => s.report.remoteModules).sort(report_1.REPORT_ORDER.remoteModules),
        notices: mostOften(shards.map((s) => s.report.notices))
            .filter((n) => !isUnusedNotice(n) || readBy(n.file).every((s) => s.report.notices.some((m) => sameEntry(m, n))))
            .sort(report_1.REPORT_ORDER.notices),
    }, {
        files: files.size + shards.reduce((n, s) => n + meta(s).otherFiles, 0),
        resources: shards.reduce((n, s) => n + s.report.summary.resources, 0),
        rules: first.report.summary.rules,
        belowThreshold: shards.reduce((n, s) => n + s.report.summary.belowThreshold, 0) + findings.filter((f) => !shown(f)).length,
        ...baselineOf(shards),
        severityThreshold: threshold,
        durationMs: Math.max(...shards.map((s) => s.report.summary.durationMs)),
        config: first.report.summary.config ?? null,
        failOn: settings.failOn,
    });
    const ids = meta(first).rules.map((r) => r.slice(0, r.lastIndexOf(":")));
    const rules = settings.rules.filter((rule) => ids.includes(rule.meta.id));
    const unknown = ids.filter((id) => !rules.some((rule) => rule.meta.id === id));
    if (unknown.length > 0)
        throw new MergeError(`${first.file}: ran ${unknown.join(", ")}, which this moat does not have; merge with the moat that made the shards`);
    return { report, rules };
}
/** With --baseline: its file, and its entries that no shard's finding matched (fixed). */
function baselineOf(shards) {
    const summary = shards[0].report.summary.baseline;
    const entries = shards[0].report.shard.baseline?.entries;
    if (summary === undefined || entries === undefined)
        return {};
    const matched = new Set(shards.flatMap((s) => s.report.shard.baseline?.matched ?? []));
    return { baseline: { file: summary.file, fixed: entries - matched.size } };
}
/** A notice that something matched nothing: true of the whole scan only if no shard that read its file found a match. */
function isUnusedNotice(n) {
    return n.kind === "suppression-unused" || n.kind === "exception-unused";
}
function sameEntry(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** Every entry of the lists, each as many times as the list that holds it most often. */
function mostOften(lists) {
    const most = new Map();
    for (const list of lists) {
        const counts = new Map();
        for (const entry of list) {
            const key = JSON.stringify(entry);
            const count = (counts.get(key) ?? 0) + 1;
            counts.set(key, count);
            const best = most.get(key);
            if (!best || best.count < count)
                most.set(key, { entry, count });
        }
    }
    return [...most.values()].flatMap(({ entry, count }) => Array.from({ length: count }, () => entry));
}
