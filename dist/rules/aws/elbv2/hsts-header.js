"use strict";
/**
 * A `Strict-Transport-Security` header value read as a browser reads it (RFC 6797, section 6.1): directives separated
 * by `;`, names compared case-insensitively, values a token or a quoted string, optional whitespace around `;` and
 * `=`. A browser ignores the whole header when it has no `max-age`, a `max-age` that is not a number of seconds, or a
 * directive twice (6.1, rules 2 and 4; 6.1.1); it ignores directives it does not know (rule 5). A support module (no
 * `.cases.ts` beside it) for MOAT-LB-006.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseHsts = parseHsts;
exports.describeSeconds = describeSeconds;
/** RFC 7230 `token` characters. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A directive value: a token, or a quoted string with its backslash escapes undone; `undefined` when malformed. */
function directiveValue(text) {
    if (TOKEN.test(text))
        return text;
    const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(text);
    return quoted ? quoted[1].replace(/\\(.)/g, "$1") : undefined;
}
/** The directives of a header: split at each `;` outside a quoted string (a quoted value may hold `;`). */
function directives(header) {
    return header.match(/(?:[^;"]|"(?:[^"\\]|\\.)*"?)+/g) ?? [];
}
function parseHsts(header) {
    const seen = new Map();
    for (const part of directives(header)) {
        const directive = part.trim();
        if (directive === "")
            continue; // `[ directive ]`: empty directives are allowed
        const eq = directive.indexOf("=");
        const name = (eq < 0 ? directive : directive.slice(0, eq)).trim().toLowerCase();
        if (!TOKEN.test(name))
            return { valid: false, reason: `"${directive}" is not a directive` };
        let value;
        if (eq >= 0) {
            value = directiveValue(directive.slice(eq + 1).trim());
            if (value === undefined)
                return { valid: false, reason: `the value of ${name} is neither a token nor a quoted string` };
        }
        if (seen.has(name))
            return { valid: false, reason: `${name} appears twice, so browsers ignore the header` };
        seen.set(name, value);
    }
    if (!seen.has("max-age"))
        return { valid: false, reason: "it has no max-age directive, which browsers require" };
    const maxAge = seen.get("max-age");
    if (maxAge === undefined || !/^[0-9]+$/.test(maxAge)) {
        return { valid: false, reason: `max-age ${maxAge === undefined ? "has no value" : `"${maxAge}" is not a number of seconds`}` };
    }
    return { valid: true, maxAge: Number(maxAge), includeSubDomains: seen.has("includesubdomains"), preload: seen.has("preload") };
}
/** "31536000 s (365 days)": how long a max-age is, for a message. */
function describeSeconds(seconds) {
    const days = seconds / 86400;
    return `${seconds} s (${Number.isInteger(days) ? days : days.toFixed(1)} days)`;
}
