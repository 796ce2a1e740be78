"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.existenceConditions = existenceConditions;
exports.instanceExistence = instanceExistence;
const expr_1 = require("./expr");
/** The conditions `expr` (a `count` or `for_each` as hcl2json gives it) puts on creation, read in `scopeKey`. */
function existenceConditions(expr, scopeKey) {
    if (typeof expr !== "string")
        return [];
    return creates((0, expr_1.parseTemplate)(expr), scopeKey);
}
/** What must hold for `n` (a count or for_each) to create anything. */
function creates(n, scopeKey) {
    if (n.k !== "cond")
        return [];
    const noneIfTrue = createsNothing(n.t);
    const noneIfFalse = createsNothing(n.f);
    if (noneIfTrue === noneIfFalse)
        return [];
    return noneIfFalse
        ? [...requires(n.c, true, scopeKey), ...creates(n.t, scopeKey)]
        : [...requires(n.c, false, scopeKey), ...creates(n.f, scopeKey)];
}
function createsNothing(n) {
    switch (n.k) {
        case "lit":
            return n.v === 0 || n.v === "0";
        case "tuple":
            return n.items.length === 0;
        case "object":
            return n.items.length === 0;
        case "call":
            return ["toset", "tolist", "tomap"].includes(n.name) && n.args.length === 1 && !n.expand && createsNothing(n.args[0]);
        default:
            return false;
    }
}
/** The conditions that hold wherever `c` evaluates to `want`. */
function requires(c, want, scopeKey) {
    if (c.k === "un" && c.op === "!")
        return requires(c.x, !want, scopeKey);
    if (c.k === "bin" && c.op === "&&")
        return want ? [...requires(c.l, true, scopeKey), ...requires(c.r, true, scopeKey)] : [];
    if (c.k === "bin" && c.op === "||")
        return want ? [] : [...requires(c.l, false, scopeKey), ...requires(c.r, false, scopeKey)];
    if (c.k === "bin" && (c.op === "==" || c.op === "!=")) {
        const [subject, literal] = c.r.k === "lit" ? [c.l, c.r] : c.l.k === "lit" ? [c.r, c.l] : [undefined, undefined];
        const text = subject && textOf(subject);
        if (text === undefined || literal?.k !== "lit")
            return [];
        return [{ subject: `${scopeKey}\u0000${text} ==`, value: literal.v, holds: c.op === "==" ? want : !want }];
    }
    const text = textOf(c);
    return text === undefined ? [] : [{ subject: `${scopeKey}\u0000${text}`, value: true, holds: want }];
}
/** A canonical text of an expression (spacing and quoting normalised), or undefined for what is not compared. */
function textOf(n) {
    const all = (nodes) => {
        const out = [];
        for (const x of nodes) {
            const t = textOf(x);
            if (t === undefined)
                return undefined;
            out.push(t);
        }
        return out;
    };
    switch (n.k) {
        case "lit":
            return JSON.stringify(n.v);
        case "root":
            // count.index, each.* and self are not available in count or for_each; anything else names a value.
            return n.name === "count" || n.name === "each" || n.name === "self" ? undefined : n.name;
        case "attr": {
            const obj = textOf(n.obj);
            return obj === undefined ? undefined : `${obj}.${n.name}`;
        }
        case "index": {
            const obj = textOf(n.obj);
            const key = textOf(n.key);
            return obj === undefined || key === undefined ? undefined : `${obj}[${key}]`;
        }
        case "call": {
            const args = n.expand ? undefined : all(n.args);
            return args === undefined ? undefined : `${n.name}(${args.join(", ")})`;
        }
        case "bin": {
            const [l, r] = [textOf(n.l), textOf(n.r)];
            return l === undefined || r === undefined ? undefined : `(${l} ${n.op} ${r})`;
        }
        case "un": {
            const x = textOf(n.x);
            return x === undefined ? undefined : `${n.op}${x}`;
        }
        case "tuple": {
            const items = all(n.items);
            return items === undefined ? undefined : `[${items.join(", ")}]`;
        }
        case "cond": {
            const parts = all([n.c, n.t, n.f]);
            return parts === undefined ? undefined : `(${parts[0]} ? ${parts[1]} : ${parts[2]})`;
        }
        default:
            return undefined;
    }
}
/**
 * Whether an instance of a resource block in `module` is created, when that is unknown: its own count or for_each
 * (`why`, from the expansion) or that of a module call above it is unknown. Undefined when it is known.
 */
function instanceExistence(module, body, why) {
    const scopeKey = (m) => `${m.ev.rootKey}::${m.prefix}`;
    const metaOf = (b) => ("count" in b ? "count" : "for_each");
    let reason;
    const conditions = [];
    if (why) {
        reason = `its ${metaOf(body)} is unknown: ${why.reason}`;
        conditions.push(...existenceConditions(body[metaOf(body)], scopeKey(module)));
    }
    // A module instance of an unknown count or for_each has the address `module.name[*]`.
    for (let m = module; m?.caller; m = m.caller.instance) {
        if (!m.prefix.endsWith("[*]."))
            continue;
        const call = m.caller.call;
        reason ??= `it is in ${m.prefix.slice(0, -1)}, whose ${metaOf(call.body)} is unknown`;
        conditions.push(...existenceConditions(call.body[metaOf(call.body)], scopeKey(m.caller.instance)));
    }
    return reason === undefined ? undefined : { reason, conditions };
}
