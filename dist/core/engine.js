"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Redactor = exports.REDACTED = void 0;
exports.pathString = pathString;
exports.fingerprintOf = fingerprintOf;
exports.secretsOf = secretsOf;
exports.redact = redact;
exports.runRules = runRules;
exports.ifCreatedPrefix = ifCreatedPrefix;
const model_1 = require("./model");
const rule_1 = require("./rule");
const reader_1 = require("./reader");
function pathString(path) {
    if (!path)
        return "";
    let out = "";
    for (const step of path)
        out += typeof step === "number" ? `[${step}]` : out === "" ? step : `.${step}`;
    return out;
}
function fingerprintOf(ruleId, address, path) {
    // node:crypto is loaded by the first finding, not by every start (a clean scan never needs it).
    const createHash = require("node:crypto").createHash;
    return createHash("sha256").update(`${ruleId}\u0000${address}\u0000${path}`).digest("hex").slice(0, 32);
}
/** What a redacted value reads as. */
exports.REDACTED = "[secret]";
/** Every secret of the graph, longest first (the plan's sensitive values, Pulumi secrets, sensitive variables). */
function secretsOf(graph) {
    return [...new Set(graph.all().flatMap((r) => r.secrets ?? []))].sort((a, b) => b.length - a.length);
}
/**
 * Replaces the text of secret values, so a secret never reaches output. A message rarely shows a value exactly as
 * it was written, so each secret is matched in the forms a rule or the evaluator can give it:
 * - in any letter case (rules lower- or upper-case protocols, engines and names before quoting them),
 * - trimmed (rules trim before they display),
 * - JSON-escaped (the evaluator's reasons quote values with JSON.stringify: `"a\"b"`),
 * - as a number in canonical form when it is numeric (`"0443"` read as a port prints `443`).
 * Quoting needs no form of its own: the quoted text contains the secret.
 *
 * Empty and blank secrets are skipped (redacting every space would destroy the report and hide nothing). A secret of
 * one or two characters ("1", "80") is replaced only where it stands alone, not inside a longer run of letters,
 * digits, dots and slashes: replacing every "1" of "10.0.0.1/32" or "443" would hide nothing more (the value shown is
 * another one)
 * and make every message unreadable, while wherever such a secret is itself displayed — `port 1`, `1-1024`, `"1"`
 * — it is a token of its own and is replaced. From three characters on, every occurrence is replaced, inside words
 * too: ugly when a secret is a common word, but never a leak.
 */
class Redactor {
    /** Folded forms of three characters or more, by their first two code units: the lengths to try, longest first. */
    long = new Map();
    /** Folded forms of one or two characters, by their first code unit. */
    short = new Map();
    constructor(secrets) {
        for (const secret of secrets ?? []) {
            const trimmed = secret.trim();
            if (trimmed === "")
                continue;
            const numeric = Number(trimmed);
            const forms = [trimmed, trimmed.toLowerCase(), trimmed.toUpperCase(), ...(Number.isFinite(numeric) ? [String(numeric)] : [])];
            for (const form of forms) {
                for (const text of [form, JSON.stringify(form).slice(1, -1)]) {
                    const folded = fold(text);
                    const index = folded.length < 3 ? this.short : this.long;
                    const key = folded.slice(0, folded.length < 3 ? 1 : 2);
                    const entry = index.get(key) ?? { lengths: [], forms: new Set() };
                    entry.forms.add(folded);
                    if (!entry.lengths.includes(folded.length))
                        entry.lengths.push(folded.length);
                    index.set(key, entry);
                }
            }
        }
        for (const index of [this.long, this.short])
            for (const entry of index.values())
                entry.lengths.sort((a, b) => b - a);
    }
    redact(text) {
        if (this.long.size === 0 && this.short.size === 0)
            return text;
        // Leftmost, then longest: one pass over the text, whatever the number of secrets.
        const folded = fold(text);
        let out = "";
        let copied = 0;
        for (let i = 0; i < text.length;) {
            const length = this.matchAt(text, folded, i);
            if (length === 0) {
                i++;
                continue;
            }
            out += text.slice(copied, i) + exports.REDACTED;
            i += length;
            copied = i;
        }
        return copied === 0 ? text : out + text.slice(copied);
    }
    /** The length of the longest secret form at `i`, or 0. */
    matchAt(text, folded, i) {
        const long = this.long.get(folded.slice(i, i + 2));
        if (long)
            for (const n of long.lengths)
                if (long.forms.has(folded.slice(i, i + n)))
                    return n;
        const short = this.short.get(folded[i]);
        if (short) {
            for (const n of short.lengths) {
                if (short.forms.has(folded.slice(i, i + n)) && !isTokenChar(text, i - 1) && !isTokenChar(text, i + n))
                    return n;
            }
        }
        return 0;
    }
}
exports.Redactor = Redactor;
/** Lower case, one code unit for one (so positions in the folded text are positions in the text). */
function fold(text) {
    const lower = text.toLowerCase();
    if (lower.length === text.length)
        return lower;
    let out = "";
    for (const ch of text) {
        const l = ch.toLowerCase();
        out += l.length === ch.length ? l : ch;
    }
    return out;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Whether the character at `i` joins a short secret into a longer token: a letter or a digit, or `.` or `/`,
 * which make IPv4 addresses and CIDRs of numbers (a secret "0" is not shown by `0.0.0.0/0`, nor "1" by
 * `10.0.0.1/32`). `-` and `:` do not join: a secret port shown in a range `1-1024` or as `HTTP:80` is still redacted.
 */
function isTokenChar(text, i) {
    const c = text[i];
    return c === "." || c === "/" || isWordChar(text, i);
}
/** Whether the character at `i` (either half of a surrogate pair) is a letter or a digit; false outside the text. */
function isWordChar(text, i) {
    if (i < 0 || i >= text.length)
        return false;
    const code = text.charCodeAt(i);
    const start = code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start) ?? code));
}
/** Replaces every secret value's text in a message, so a secret never reaches output (see Redactor). */
function redact(message, secrets) {
    return new Redactor(secrets).redact(message);
}
/** A report's data with every value redacted (numbers too: a secret port is a number). */
function redactData(data, redactor) {
    if (data === undefined)
        return undefined;
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, redactor.redact(String(value))]));
}
/**
 * Runs every enabled rule over the graph: each rule's `check` is called once for each resource of the types it
 * declares. A rule that throws is a bug in moat, not in the user's input. With `keepGoing` (the CLI), the throw is
 * returned as a failure of that rule on that resource (what it reported before throwing is kept) and every other check
 * still runs; without it, the error propagates with the rule id and the address.
 */
function runRules(graph, resolved, settings = {}) {
    const findings = [];
    const unevaluated = [];
    // A message may name another resource's value (a load balancer listing its listeners' ports): redact every secret
    // of the graph, not only the reported resource's.
    const redactor = new Redactor(secretsOf(graph));
    const seenFindings = new Set();
    const seenUnevaluated = new Set();
    const failures = [];
    let rulesRun = 0;
    for (const { rule, level, options } of resolved) {
        if (level === "disabled")
            continue;
        rulesRun++;
        const meta = rule.meta;
        for (const resource of graph.ofType(...meta.resourceTypes)) {
            const ctx = {
                graph,
                options,
                report(d) {
                    const target = d.resource ?? resource;
                    const template = meta.messages[d.messageId];
                    if (template === undefined)
                        throw new Error(`${meta.id}: unknown messageId '${d.messageId}'`);
                    const path = pathString(d.at);
                    const key = `${meta.id}\u0000${target.id}\u0000${path}\u0000${d.messageId}`;
                    if (seenFindings.has(key))
                        return;
                    seenFindings.add(key);
                    const assumed = assumedResources(target, d.dependsOn);
                    findings.push({
                        ruleId: meta.id,
                        ruleName: meta.name,
                        area: meta.area,
                        severity: d.severity ?? meta.severity,
                        enforcement: level,
                        messageId: d.messageId,
                        // The data is redacted, not the whole message: moat's own wording never names a secret, and redacting a
                        // template word that happens to equal a secret ("HTTP") would tell the reader what the secret is.
                        message: ifCreatedPrefix(target, assumed, redactor) + (0, rule_1.formatMessage)(template, redactData(d.data, redactor), meta.id),
                        resourceType: target.type,
                        address: target.address,
                        door: target.door,
                        location: target.locate(d.at ?? []),
                        origin: target.origin,
                        path,
                        steps: [...(d.at ?? [])],
                        moduleChain: target.moduleChain,
                        urn: target.urn,
                        root: target.root,
                        fingerprint: fingerprintOf(meta.id, stableAddress(target), path),
                        ...(assumed.length > 0 ? { ifCreated: assumed.map((r) => redactor.redact(r.address)) } : {}),
                    });
                },
                unknown(value, at, other) {
                    record(value, at, other ?? resource);
                },
                read: (other) => (0, reader_1.read)(other ?? resource),
                known: (value, at = [], other) => (0, reader_1.known)(value, at, other ?? resource),
                attempt(part) {
                    try {
                        return part();
                    }
                    catch (error) {
                        if (!(error instanceof reader_1.NotEvaluated))
                            throw error;
                        record(error.value, error.at, error.resource, error.reasonId);
                        return undefined;
                    }
                },
            };
            /** Counts a check that met an Unknown; a reason id (from the reader) words it with the attribute's path. */
            const record = (value, at, target, reasonId) => {
                const path = pathString(at);
                const reason = reasonId && path !== ""
                    ? (0, rule_1.formatMessage)(reader_1.UNKNOWN_REASONS[reasonId], { path, reason: redactor.redact(value.reason) })
                    : redactor.redact(value.reason);
                const key = `${meta.id}\u0000${target.id}\u0000${path}\u0000${reason}`;
                if (seenUnevaluated.has(key))
                    return;
                seenUnevaluated.add(key);
                unevaluated.push({
                    ruleId: meta.id,
                    ruleName: meta.name,
                    severity: meta.severity,
                    resourceType: target.type,
                    address: target.address,
                    door: target.door,
                    location: target.locate(at ?? []),
                    path,
                    reason,
                    moduleChain: target.moduleChain,
                    urn: target.urn,
                });
            };
            try {
                rule.check(resource, ctx);
            }
            catch (error) {
                // A read met an Unknown (core/reader.ts): the check stops there, counted as not evaluated, not as a failure.
                if (error instanceof reader_1.NotEvaluated) {
                    record(error.value, error.at, error.resource, error.reasonId);
                    continue;
                }
                if (!settings.keepGoing) {
                    const err = error;
                    err.message = `rule ${meta.id} failed on ${resource.address}: ${err.message}`;
                    throw err;
                }
                // What was thrown may quote a value: redacted like everything else the report shows (the stack too, for --debug).
                const message = redactor.redact(error instanceof Error ? error.message : String(error));
                if (error instanceof Error && message !== error.message) {
                    error.stack = error.stack?.split(error.message).join(message);
                    error.message = message;
                }
                failures.push({ ruleId: meta.id, address: resource.address, location: resource.locate([]), message, error });
            }
        }
    }
    return { findings, unevaluated, rulesRun, failures, redactor };
}
/** The resources a finding on `target` assumes created that may not be: `target` itself, then `dependsOn`, once each. */
function assumedResources(target, dependsOn) {
    return [...new Set([target, ...(dependsOn ?? [])])].filter((r) => r.existence !== undefined);
}
/**
 * How a message says that it holds only if resources of unknown `count` or `for_each` are created, in every output
 * format: "If created (its count is unknown (var.on has no value)): …" for the resource itself, "If
 * aws_lb_listener.http is created (…): …" for another. Fingerprints do not read it, so a baseline still matches.
 */
function ifCreatedPrefix(target, assumed, redactor) {
    if (assumed.length === 0)
        return "";
    const why = (r) => redactor.redact(r.existence?.reason ?? "");
    if (assumed.length === 1 && assumed[0] === target)
        return `If created (${why(target)}): `;
    if (assumed.length === 1)
        return `If ${redactor.redact((0, model_1.labelOf)(assumed[0]))} is created (${why(assumed[0])}): `;
    const labels = assumed.map((r) => redactor.redact((0, model_1.labelOf)(r)));
    const list = `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
    return `If ${list} are created (${assumed.map((r) => `${redactor.redact((0, model_1.labelOf)(r))}: ${why(r)}`).join("; ")}): `;
}
/** The address without the stack/project part of a Pulumi URN, so a fingerprint survives a stack rename. */
function stableAddress(r) {
    if (r.urn) {
        const parts = r.urn.split("::");
        return parts.slice(2).join("::");
    }
    return r.address;
}
