"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DIRECTIVE = void 0;
exports.addressGlob = addressGlob;
exports.parseDirective = parseDirective;
exports.inlineSuppressionsOf = inlineSuppressionsOf;
exports.applyInlineSuppressions = applyInlineSuppressions;
exports.resourceNamesOf = resourceNamesOf;
exports.compileExceptions = compileExceptions;
exports.matchException = matchException;
exports.applyExceptions = applyExceptions;
const dates_1 = require("./dates");
const spelling_1 = require("./spelling");
// ---------------------------------------------------------------------------------------------- dates and globs
/** A resource glob of an exception (and a host pattern of MOAT-DB-010, ignoring case): `*` matches any characters (dots, brackets and `::` included); the rest is literal. */
function addressGlob(pattern, options = {}) {
    const re = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join(".*")}$`, options.ignoreCase ? "i" : "");
    return (address) => re.test(address);
}
// ---------------------------------------------------------------------------------------------- inline comments
exports.DIRECTIVE = "moat:ignore";
const KEYS = ["reason", "expires"];
/**
 * Parses a comment's text (without `#`, `//` or `/*`): `moat:ignore RULE[,RULE…] reason="…" expires=YYYY-MM-DD`.
 * Returns undefined when the comment is not a directive.
 */
function parseDirective(text) {
    const m = /^\s*moat:ignore(?=\s|$)/.exec(text);
    if (!m)
        return undefined;
    const rest = text.slice(m[0].length).replace(/\*\/\s*$/, "");
    const out = { rules: [], problems: [] };
    const seenKeys = new Set();
    let i = 0;
    let sawKey = false;
    while (i < rest.length) {
        while (i < rest.length && /\s/.test(rest[i]))
            i++;
        if (i >= rest.length)
            break;
        const keyMatch = /^([A-Za-z_][\w-]*)=/.exec(rest.slice(i));
        if (keyMatch) {
            const key = keyMatch[1];
            i += keyMatch[0].length;
            let value;
            const quote = rest[i];
            if (quote === '"' || quote === "'") {
                let j = i + 1;
                value = "";
                while (j < rest.length && rest[j] !== quote) {
                    if (rest[j] === "\\" && j + 1 < rest.length)
                        j++;
                    value += rest[j];
                    j++;
                }
                if (j >= rest.length) {
                    out.problems.push(`the ${key} value has no closing ${quote}`);
                    break;
                }
                i = j + 1;
            }
            else {
                const start = i;
                while (i < rest.length && !/\s/.test(rest[i]))
                    i++;
                value = rest.slice(start, i);
            }
            sawKey = true;
            if (!KEYS.includes(key)) {
                const near = (0, spelling_1.closestMatch)(key, KEYS);
                out.problems.push(`unknown key '${key}'${near ? ` (did you mean '${near}'?)` : ""}; allowed: reason, expires`);
            }
            else if (seenKeys.has(key)) {
                out.problems.push(`${key} is given twice`);
            }
            else if (key === "reason") {
                out.reason = value.trim();
            }
            else {
                out.expires = value;
                if (!(0, dates_1.isCalendarDate)(value))
                    out.problems.push(`expires=${value} is not a date; write expires=YYYY-MM-DD, e.g. expires=2027-03-31`);
            }
            seenKeys.add(key);
            continue;
        }
        const start = i;
        while (i < rest.length && !/\s/.test(rest[i]))
            i++;
        const word = rest.slice(start, i);
        if (sawKey) {
            out.problems.push(`unexpected '${word}' after the keys; quote a reason with spaces: reason="…"`);
            continue;
        }
        out.rules.push(...word.split(",").map((r) => r.trim()).filter((r) => r !== ""));
    }
    if (out.rules.length === 0)
        out.problems.push("names no rule; write the rule id or name after moat:ignore (e.g. moat:ignore MOAT-SG-002 reason=\"…\")");
    if (out.rules.includes("*"))
        out.problems.push("* is not allowed inline: name the rules (a configured exception may use * for a resource)");
    return out;
}
/**
 * The `moat:ignore` directives among a file's comments. `source` is the file's text: it tells a trailing comment
 * (code before it on its line) from a comment on its own line, and which lines hold only comments, so that several
 * comments may stand above one resource.
 */
function inlineSuppressionsOf(file, comments, source, label) {
    if (!comments.some((c) => c.text.includes(exports.DIRECTIVE)))
        return [];
    const lines = source.split("\n").map((l) => l.replace(/\r$/, ""));
    const commentOnly = new Set();
    const shapes = comments.map((c) => {
        const endLine = c.line + (c.text.match(/\n/g)?.length ?? 0);
        const lineText = lines[c.line - 1] ?? "";
        const codeBefore = lineText.slice(0, commentStart(lineText, c.text)).trim() !== "";
        const afterEnd = endLine > c.line || /\*\/\s*\S/.test(lineText) ? codeAfterBlockEnd(lines[endLine - 1] ?? "") : false;
        if (!codeBefore && !afterEnd)
            for (let l = c.line; l <= endLine; l++)
                commentOnly.add(l);
        return { ...c, endLine, codeBefore, afterEnd };
    });
    const out = [];
    for (const c of shapes) {
        const parsed = parseDirective(c.text);
        if (!parsed)
            continue;
        let targetLine;
        if (c.codeBefore)
            targetLine = c.line;
        else if (c.afterEnd)
            targetLine = c.endLine;
        else {
            targetLine = c.endLine + 1;
            while (commentOnly.has(targetLine))
                targetLine++;
        }
        out.push({ file, line: c.line, endLine: c.endLine, targetLine, ...parsed, by: label(c.line) });
    }
    return out;
}
/** Where on its line a comment starts: the `#`, `//` or `/*` before its text. */
function commentStart(lineText, text) {
    const first = text.split("\n")[0].replace(/\r$/, "");
    for (const marker of ["#", "//", "/*"]) {
        const idx = lineText.lastIndexOf(marker + first);
        if (idx >= 0)
            return idx;
    }
    return 0;
}
function codeAfterBlockEnd(lineText) {
    const close = lineText.indexOf("*/");
    return close >= 0 && lineText.slice(close + 2).trim() !== "";
}
/**
 * Applies inline suppressions to the findings (setting `suppressed` on those covered by a valid, unexpired
 * directive) and returns the notices. A directive covers:
 * - above a resource or module call block (or trailing on its first line): the whole resource, or every resource
 *   reached through the call;
 * - above an attribute or nested block inside a resource (or trailing on its line): the findings at that attribute
 *   or inside that nested block;
 * - anywhere else inside a resource block, or above an attribute that has no finding of its rules: the whole
 *   resource;
 * - anywhere else inside a module call block: every resource reached through the call.
 */
function applyInlineSuppressions(findings, placeOf, directives, options) {
    const notices = [];
    const ruleIds = ruleIndex(options.rules);
    const places = findings.map((f) => placeOf(f));
    for (const d of directives) {
        const quoted = `${exports.DIRECTIVE} ${d.rules.join(",")}`;
        const notice = (kind, message) => notices.push({ kind, file: d.file, line: d.line, message });
        if (d.problems.length > 0) {
            notice("suppression-invalid", `${quoted}: ${d.problems.join("; ")}; it suppresses nothing`);
            continue;
        }
        const ids = new Set();
        for (const r of d.rules) {
            const id = ruleIds.get(r.toLowerCase());
            if (id)
                ids.add(id);
            else {
                const near = (0, spelling_1.closestMatch)(r, options.rules.flatMap((x) => [x.meta.id, x.meta.name]));
                notice("suppression-invalid", `${quoted}: unknown rule '${r}'${near ? ` (did you mean '${near}'?)` : ""}; \`moat rules\` lists the rules`);
            }
        }
        if (ids.size === 0)
            continue;
        const covered = coveredFindings(d, ids, findings, places);
        if (d.reason === undefined || d.reason === "") {
            notice("suppression-no-reason", `${quoted} has no reason, so it suppresses nothing; say why the finding is acceptable: reason="…" (e.g. a ticket)`);
            continue;
        }
        if (isExpired(d, options.today)) {
            notice("suppression-expired", `${quoted} expired on ${d.expires} (reason: ${d.reason})${covered.length > 0 ? `, so ${plural(covered.length, "finding")} it covered ${covered.length === 1 ? "fails" : "fail"} again` : ""}; fix the finding, or renew the date if the reason still holds`);
            continue;
        }
        if (covered.length === 0) {
            const disabled = [...ids].filter((id) => options.rulesRun && !options.rulesRun.has(id));
            const why = disabled.length > 0 ? ` (${disabled.join(", ")} ${disabled.length === 1 ? "is" : "are"} disabled in this run)` : "";
            notice("suppression-unused", `${quoted} matches no finding${why}; remove it, or put it on the line above the resource, module call or attribute it is for`);
            continue;
        }
        for (const f of covered) {
            f.suppressed ??= { kind: "inline", reason: d.reason, ...(d.expires ? { expires: d.expires } : {}), by: d.by };
        }
    }
    return notices;
}
function coveredFindings(d, ids, findings, places) {
    const covered = [];
    // Findings of the directive's rules whose resource block holds the directive (not on its first line).
    const inside = [];
    findings.forEach((f, i) => {
        const place = places[i];
        if (!place || !ids.has(f.ruleId))
            return;
        const r = place.resource;
        if (r && r.file === d.file) {
            if (d.targetLine === r.line)
                return void covered.push(f);
            if (d.line > r.line && d.line <= r.endLine)
                return void inside.push({ finding: f, place });
        }
        for (const call of [...place.moduleCalls, ...(place.otherBlocks ?? [])]) {
            if (call.file !== d.file)
                continue;
            if (d.targetLine === call.line || (d.line > call.line && d.line <= call.endLine))
                return void covered.push(f);
        }
    });
    // Inside a block: the attribute it stands above when that attribute has a finding of its rules, else the resource.
    const byResource = new Map();
    for (const x of inside) {
        const key = `${x.place.resource.line}\u0000${x.finding.address}`;
        const list = byResource.get(key);
        if (list)
            list.push(x);
        else
            byResource.set(key, [x]);
    }
    for (const group of byResource.values()) {
        const atTarget = group.filter((x) => x.place.anchors.includes(d.targetLine));
        for (const x of atTarget.length > 0 ? atTarget : group)
            covered.push(x.finding);
    }
    return covered;
}
function ruleIndex(rules) {
    const map = new Map();
    for (const r of rules) {
        map.set(r.meta.id.toLowerCase(), r.meta.id);
        map.set(r.meta.name.toLowerCase(), r.meta.id);
    }
    return map;
}
// ---------------------------------------------------------------------------------------------- exceptions
/**
 * The names an exception's resource glob is tried against: the address, and for Pulumi the URN and
 * `type.name` (the Terraform type and the Pulumi resource name), so one exception can serve every door.
 */
function resourceNamesOf(f) {
    const names = [f.address];
    if (f.urn) {
        if (f.urn !== f.address)
            names.push(f.urn);
        const name = f.urn.split("::").pop();
        if (name)
            names.push(`${f.resourceType}.${name}`);
    }
    return names;
}
function compileExceptions(exceptions) {
    return exceptions.map((exception) => ({ exception, test: addressGlob(exception.resource) }));
}
function covers(x, f, names) {
    const rule = x.exception.rule;
    return (rule === "*" || rule === f.ruleId || rule === f.ruleName) && names.some(x.test);
}
function isExpired(e, today) {
    return e.expires !== undefined && e.expires < today;
}
/** The first unexpired exception that covers the finding (rule and resource), else the first expired one. */
function matchException(f, exceptions, today) {
    const names = resourceNamesOf(f);
    let expired;
    for (const x of exceptions) {
        if (!covers(x, f, names))
            continue;
        if (!isExpired(x.exception, today))
            return { exception: x.exception, expired: false };
        expired ??= { exception: x.exception, expired: true };
    }
    return expired;
}
/**
 * Applies configured exceptions: a finding whose rule and resource match an unexpired exception is marked
 * suppressed. Returns notices for expired exceptions (the findings they matched fail again) and unused ones.
 */
function applyExceptions(findings, exceptions, options) {
    const compiled = compileExceptions(exceptions);
    // Per exception, the findings it covers: every covering exception counts as used, not only the one applied.
    const hits = new Map();
    for (const f of findings) {
        const names = resourceNamesOf(f);
        for (const x of compiled) {
            if (!covers(x, f, names))
                continue;
            hits.set(x.exception, (hits.get(x.exception) ?? 0) + 1);
            if (!isExpired(x.exception, options.today)) {
                const e = x.exception;
                f.suppressed ??= { kind: "exception", reason: e.reason, ...(e.expires ? { expires: e.expires } : {}), by: e.by };
            }
        }
    }
    const notices = [];
    for (const e of exceptions) {
        const what = `${e.key ?? e.by} (${e.rule} on ${e.resource})`;
        const covered = hits.get(e) ?? 0;
        if (isExpired(e, options.today)) {
            notices.push({
                kind: "exception-expired",
                file: e.file,
                line: e.line,
                message: `${what} expired on ${e.expires} (reason: ${e.reason})${covered > 0 ? `, so ${plural(covered, "finding")} it covered ${covered === 1 ? "fails" : "fail"} again` : ""}; fix the finding, or renew the date if the reason still holds`,
            });
        }
        else if (covered === 0) {
            const id = options.rules.find((r) => r.meta.id === e.rule || r.meta.name === e.rule)?.meta.id;
            const disabled = id !== undefined && options.rulesRun !== undefined && !options.rulesRun.has(id) ? ` (${id} is disabled in this run)` : "";
            notices.push({
                kind: "exception-unused",
                file: e.file,
                line: e.line,
                message: `${what} matches no finding${disabled}; remove it, or check the address glob (moat scan --format json shows each finding's address)`,
            });
        }
    }
    return notices;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
