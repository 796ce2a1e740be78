"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NOT_EVALUATED = exports.TERRAFORM_FUNCTIONS = exports.EvalError = void 0;
exports.evalError = evalError;
exports.toStr = toStr;
exports.shown = shown;
exports.inspect = inspect;
exports.deepEqual = deepEqual;
exports.callFunction = callFunction;
const values_1 = require("../core/values");
const budget_1 = require("./budget");
const functions_extra_1 = require("./functions-extra");
/** A Terraform evaluation error (wrong type, missing key…): Unknown to rules, but `try`/`can` treat it as failure. */
class EvalError extends values_1.Unknown {
}
exports.EvalError = EvalError;
function evalError(message) {
    return new EvalError(message);
}
const isObj = (v) => !!v && typeof v === "object" && !Array.isArray(v) && !(0, values_1.isUnknown)(v);
function firstUnknownArg(args) {
    return args.find(values_1.isUnknown);
}
function toStr(v) {
    if ((0, values_1.isUnknown)(v))
        return v;
    if (typeof v === "string")
        return v;
    if (typeof v === "number")
        return String(v);
    if (typeof v === "boolean")
        return String(v);
    if (v === null || v === undefined)
        return evalError("null value cannot be used as a string");
    return evalError("a collection cannot be used as a string");
}
function toNum(v) {
    if ((0, values_1.isUnknown)(v))
        return v;
    if (typeof v === "number")
        return v;
    if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)))
        return Number(v);
    return evalError(`cannot convert ${shown(v)} to a number`);
}
function toList(v) {
    if ((0, values_1.isUnknown)(v))
        return v;
    if (Array.isArray(v))
        return v;
    if (isObj(v))
        return Object.values(v);
    if (v === null || v === undefined)
        return evalError("null value cannot be used as a list");
    return evalError(`${shown(v)} is not a list`);
}
/** A value in a message: a primitive as written, a collection by its kind (never a walk over a large value). */
function shown(v) {
    if (Array.isArray(v))
        return "a list";
    if (v && typeof v === "object")
        return "an object";
    return (JSON.stringify(v) ?? String(v)).slice(0, 100);
}
/**
 * Walks a whole value (iteratively; a part shared by several elements is walked each time it occurs), one step of the
 * budget per node, before a function that walks it (JSON encoding, set keys, equality) runs: a value assembled from
 * shared parts can be far larger than the steps that built it. Returns whether it contains an Unknown.
 */
function inspect(v, budget) {
    let unknown = false;
    const stack = [v];
    while (stack.length > 0) {
        const x = stack.pop();
        const spent = budget.step();
        if (spent)
            return spent;
        if ((0, values_1.isUnknown)(x))
            unknown = true;
        else if (Array.isArray(x))
            for (const y of x)
                stack.push(y);
        else if (isObj(x))
            for (const k in x)
                stack.push(x[k]);
    }
    return { unknown };
}
/** Terraform equality; iterative (a deeply nested value cannot exhaust the stack), one budget step per node compared. */
function deepEqual(a, b, budget) {
    const pending = [[a, b]];
    while (pending.length > 0) {
        const [x, y] = pending.pop();
        const spent = budget.step();
        if (spent)
            return spent;
        if ((0, values_1.isUnknown)(x))
            return x;
        if ((0, values_1.isUnknown)(y))
            return y;
        if (x === y)
            continue;
        if (x === undefined || y === undefined) {
            if ((x ?? null) === (y ?? null))
                continue;
            return false;
        }
        if (Array.isArray(x) && Array.isArray(y)) {
            if (x.length !== y.length)
                return false;
            for (let i = x.length - 1; i >= 0; i--)
                pending.push([x[i], y[i]]);
            continue;
        }
        if (isObj(x) && isObj(y)) {
            const kx = Object.keys(x);
            if (kx.length !== Object.keys(y).length)
                return false;
            for (let i = kx.length - 1; i >= 0; i--) {
                if (!(kx[i] in y))
                    return false;
                pending.push([x[kx[i]], y[kx[i]]]);
            }
            continue;
        }
        return false;
    }
    return true;
}
/** A canonical text for a value without Unknowns: equal values (deepEqual) have equal keys. */
function keyOf(v) {
    return JSON.stringify(v ?? null, (_k, x) => x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x);
}
/**
 * The distinct elements of a list, in order. Known elements are compared by a canonical key (linear time); the few
 * that contain Unknowns are compared one by one, so the result is Unknown only when equality cannot be decided.
 */
function distinct(list, budget) {
    const out = [];
    const seen = new Set();
    const partial = [];
    for (const v of list) {
        const seen1 = inspect(v, budget);
        if (seen1 instanceof budget_1.LimitReached)
            return seen1;
        const known = !seen1.unknown;
        if (known) {
            const k = keyOf(v);
            if (seen.has(k))
                continue;
            seen.add(k);
        }
        const others = known ? partial : out;
        const spent = budget.step(others.length);
        if (spent)
            return spent;
        let dup = false;
        for (const o of others) {
            const eq = deepEqual(o, v, budget);
            if ((0, values_1.isUnknown)(eq))
                return eq;
            if (eq) {
                dup = true;
                break;
            }
        }
        if (dup)
            continue;
        out.push(v);
        if (!known)
            partial.push(v);
    }
    return out;
}
/** Which elements of `list` are members of `set` (true), are not (false), or cannot be decided (Unknown). */
function memberships(list, set, budget) {
    const keys = new Set();
    const partial = [];
    for (const y of set) {
        const seen = inspect(y, budget);
        if (seen instanceof budget_1.LimitReached)
            return list.map(() => seen);
        if (seen.unknown)
            partial.push(y);
        else
            keys.add(keyOf(y));
    }
    return list.map((x) => {
        const seen = inspect(x, budget);
        if (seen instanceof budget_1.LimitReached)
            return seen;
        if (!seen.unknown && keys.has(keyOf(x)))
            return true;
        const candidates = seen.unknown ? set : partial;
        const spent = budget.step(candidates.length);
        if (spent)
            return spent;
        let result = false;
        for (const y of candidates) {
            const eq = deepEqual(x, y, budget);
            if (eq === true)
                return true;
            if ((0, values_1.isUnknown)(eq))
                result = eq;
        }
        return result;
    });
}
const VERB = /%([-+# 0]*)(\d*)(?:\.(\d+))?([sdvqftxXeEgbo%])/y;
/** Go-style format verbs used by Terraform's format(): %s %d %v %q %f %t %%. */
function format(fmt, args, budget) {
    let i = 0;
    let out = "";
    for (let p = 0; p < fmt.length; p++) {
        if (out.length > budget.limits.maxStringLength)
            return budget.string(out.length, "format() result");
        const ch = fmt[p];
        if (ch !== "%") {
            out += ch;
            continue;
        }
        VERB.lastIndex = p;
        const m = VERB.exec(fmt);
        if (!m)
            return evalError(`format: bad verb at "${fmt.slice(p, p + 5)}"`);
        p += m[0].length - 1;
        if (m[4] === "%") {
            out += "%";
            continue;
        }
        const a = args[i++];
        if ((0, values_1.isUnknown)(a))
            return a;
        if (Number(m[2] || 0) > budget.limits.maxStringLength || Number(m[3] || 0) > budget.limits.maxStringLength) {
            return budget.string(Math.max(Number(m[2] || 0), Number(m[3] || 0)), `format() width`);
        }
        switch (m[4]) {
            case "d":
                out += String(Math.trunc(Number(a)));
                break;
            case "f":
                out += Number(a).toFixed(m[3] ? Number(m[3]) : 6);
                break;
            case "q": {
                const q = toStr(a);
                if ((0, values_1.isUnknown)(q))
                    return q;
                out += JSON.stringify(q);
                break;
            }
            case "s":
            case "v":
            case "t": {
                let s;
                if (typeof a === "object" && a !== null) {
                    const seen = inspect(a, budget);
                    if (seen instanceof budget_1.LimitReached)
                        return seen;
                    s = JSON.stringify(a);
                }
                else
                    s = String(a);
                out += m[2] ? (m[1].includes("-") ? s.padEnd(Number(m[2])) : s.padStart(Number(m[2]))) : s;
                break;
            }
            default: {
                const d = toStr(a);
                if ((0, values_1.isUnknown)(d))
                    return d;
                out += d;
            }
        }
    }
    return out;
}
/** Every argument as a list (the first that is not one decides the result). */
function listsOf(args) {
    const lists = [];
    for (const a of args) {
        const l = toList(a);
        if ((0, values_1.isUnknown)(l))
            return l;
        lists.push(l);
    }
    return lists;
}
function strictArgs(fn) {
    return (args, budget) => firstUnknownArg(args) ?? fn(args, budget);
}
function str1(f) {
    return strictArgs((args) => {
        const s = toStr(args[0]);
        return (0, values_1.isUnknown)(s) ? s : f(s);
    });
}
/** The first `n` arguments as strings (a collection or a missing argument is an evaluation error). */
function strN(n, f) {
    return strictArgs((args, budget) => {
        const out = [];
        for (let i = 0; i < n; i++) {
            const s = toStr(args[i]);
            if ((0, values_1.isUnknown)(s))
                return s;
            out.push(s);
        }
        return f(out, budget);
    });
}
const FUNCTIONS = {
    coalesce: (args) => {
        for (const a of args) {
            if ((0, values_1.isUnknown)(a))
                return a;
            if (a !== null && a !== undefined && a !== "")
                return a;
        }
        return evalError("coalesce: no non-null, non-empty argument");
    },
    coalescelist: (args) => {
        for (const a of args) {
            if ((0, values_1.isUnknown)(a))
                return a;
            if (Array.isArray(a) && a.length > 0)
                return a;
        }
        return evalError("coalescelist: no non-empty list");
    },
    lookup: (args) => {
        const [m, k, d] = args;
        if ((0, values_1.isUnknown)(m))
            return m;
        if ((0, values_1.isUnknown)(k))
            return k;
        if (!isObj(m))
            return evalError("lookup: first argument is not a map");
        const key = toStr(k);
        if ((0, values_1.isUnknown)(key))
            return key;
        if (key in m)
            return m[key];
        if (args.length >= 3)
            return d;
        return evalError(`lookup: key "${key}" not found`);
    },
    contains: (args, budget) => {
        const [l, x] = args;
        if ((0, values_1.isUnknown)(x))
            return x;
        const list = toList(l);
        if ((0, values_1.isUnknown)(list))
            return list;
        return memberships([x], list, budget)[0];
    },
    merge: strictArgs((args) => {
        const out = {};
        for (const a of args) {
            if (a === null || a === undefined)
                continue;
            if (!isObj(a))
                return evalError("merge: arguments must be maps or objects");
            Object.assign(out, a);
        }
        return out;
    }),
    concat: strictArgs((args, budget) => {
        const lists = listsOf(args);
        if ((0, values_1.isUnknown)(lists))
            return lists;
        const tooBig = budget.collection(lists.reduce((n, l) => n + l.length, 0), "concat() result");
        return tooBig ?? lists.flat();
    }),
    flatten: strictArgs(([a], budget) => {
        const top = toList(a);
        if ((0, values_1.isUnknown)(top))
            return top;
        // Iterative, depth first: a list nested however deep cannot exhaust the stack.
        const out = [];
        const stack = [{ list: top, i: 0 }];
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            if (frame.i >= frame.list.length) {
                stack.pop();
                continue;
            }
            const x = frame.list[frame.i++];
            const spent = budget.step();
            if (spent)
                return spent;
            if (Array.isArray(x))
                stack.push({ list: x, i: 0 });
            else if (out.push(x) > budget.limits.maxCollectionSize)
                return budget.collection(out.length, "flatten() result");
        }
        return out;
    }),
    tostring: strictArgs(([a]) => (a === null ? null : toStr(a))),
    tonumber: strictArgs(([a]) => (a === null ? null : toNum(a))),
    tobool: strictArgs(([a]) => {
        if (a === null || typeof a === "boolean")
            return a;
        if (a === "true")
            return true;
        if (a === "false")
            return false;
        return evalError(`cannot convert ${shown(a)} to bool`);
    }),
    toset: strictArgs(([a], budget) => {
        const l = toList(a);
        return (0, values_1.isUnknown)(l) ? l : distinct(l, budget);
    }),
    tolist: strictArgs(([a]) => toList(a)),
    tomap: strictArgs(([a]) => (isObj(a) || a === null ? a : evalError("tomap: not an object"))),
    length: strictArgs(([a]) => {
        if (typeof a === "string")
            return [...a].length;
        if (Array.isArray(a))
            return a.length;
        if (isObj(a))
            return Object.keys(a).length;
        return evalError("length: argument is not a collection or string");
    }),
    format: strictArgs(([f, ...rest], budget) => {
        const s = toStr(f);
        return (0, values_1.isUnknown)(s) ? s : format(s, rest, budget);
    }),
    formatlist: strictArgs(([f, ...rest], budget) => {
        const s = toStr(f);
        if ((0, values_1.isUnknown)(s))
            return s;
        const n = Math.max(0, ...rest.map((r) => (Array.isArray(r) ? r.length : 0)));
        const out = [];
        for (let i = 0; i < n; i++) {
            const item = format(s, rest.map((r) => (Array.isArray(r) ? r[i] : r)), budget);
            if (item instanceof budget_1.LimitReached)
                return item;
            out.push(item);
        }
        return out;
    }),
    lower: str1((s) => s.toLowerCase()),
    upper: str1((s) => s.toUpperCase()),
    title: str1((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
    trimspace: str1((s) => s.trim()),
    chomp: str1((s) => {
        // A loop, not /(\r?\n)+$/: that backtracks quadratically over a long run of newlines.
        let end = s.length;
        while (end > 0 && (s[end - 1] === "\n" || (s[end - 1] === "\r" && s[end] === "\n")))
            end--;
        return s.slice(0, end);
    }),
    trimprefix: strictArgs(([s, p]) => (typeof s === "string" && typeof p === "string" && s.startsWith(p) ? s.slice(p.length) : s)),
    trimsuffix: strictArgs(([s, p]) => (typeof s === "string" && typeof p === "string" && s.endsWith(p) ? s.slice(0, -p.length) : s)),
    trim: strictArgs(([s, cut]) => {
        if (typeof s !== "string" || typeof cut !== "string")
            return evalError("trim: arguments must be strings");
        let a = 0;
        let b = s.length;
        while (a < b && cut.includes(s[a]))
            a++;
        while (b > a && cut.includes(s[b - 1]))
            b--;
        return s.slice(a, b);
    }),
    startswith: strN(2, ([s, p]) => s.startsWith(p)),
    endswith: strN(2, ([s, p]) => s.endsWith(p)),
    strcontains: strN(2, ([s, p]) => s.includes(p)),
    substr: strictArgs(([s, o, l]) => {
        const text = toStr(s);
        if ((0, values_1.isUnknown)(text))
            return text;
        const chars = [...text];
        let off = Number(o);
        if (off < 0)
            off = chars.length + off;
        const len = Number(l);
        return chars.slice(off, len < 0 ? undefined : off + len).join("");
    }),
    replace: strN(3, ([str, f, t], budget) => {
        if (f.length > 1 && f.startsWith("/") && f.endsWith("/")) {
            const re = compileRegex(f.slice(1, -1), "replace", budget, str);
            if ((0, values_1.isUnknown)(re))
                return re;
            let out = "";
            let last = 0;
            const tooLong = eachMatch(re, str, (m) => {
                out += str.slice(last, m.start()) + expandTemplate(t, m, re);
                last = m.end();
                return out.length > budget.limits.maxStringLength;
            });
            return tooLong ? budget.string(out.length, "replace() result") : out + str.slice(last);
        }
        // Go's strings.Replace: an empty substring matches before every character and at the end.
        const parts = f === "" ? ["", ...str, ""] : str.split(f);
        const length = str.length + (parts.length - 1) * (t.length - f.length);
        return budget.string(length, "replace() result") ?? parts.join(t);
    }),
    join: strictArgs(([sep, ...lists], budget) => {
        const parts = [];
        const sepStr = toStr(sep);
        if ((0, values_1.isUnknown)(sepStr))
            return sepStr;
        let length = 0;
        for (const l of lists) {
            const list = toList(l);
            if ((0, values_1.isUnknown)(list))
                return list;
            for (const x of list) {
                const s = toStr(x);
                if ((0, values_1.isUnknown)(s))
                    return s;
                length += s.length + sepStr.length;
                if (length > budget.limits.maxStringLength)
                    return budget.string(length, "join() result");
                parts.push(s);
            }
        }
        return parts.join(sepStr);
    }),
    split: strN(2, ([sep, s]) => (s === "" ? [] : s.split(sep))),
    element: strictArgs(([l, i]) => {
        const list = toList(l);
        if ((0, values_1.isUnknown)(list))
            return list;
        if (list.length === 0)
            return evalError("element: empty list");
        const n = Number(i);
        return list[((n % list.length) + list.length) % list.length];
    }),
    index: strictArgs(([l, x], budget) => {
        const list = toList(l);
        if ((0, values_1.isUnknown)(list))
            return list;
        const spent = budget.step(list.length);
        if (spent)
            return spent;
        for (let i = 0; i < list.length; i++)
            if (deepEqual(list[i], x, budget) === true)
                return i;
        return evalError("index: value not found");
    }),
    keys: strictArgs(([m]) => (isObj(m) ? Object.keys(m).sort() : evalError("keys: not a map"))),
    values: strictArgs(([m]) => isObj(m)
        ? Object.keys(m)
            .sort()
            .map((k) => m[k])
        : evalError("values: not a map")),
    distinct: strictArgs(([l], budget) => {
        const list = toList(l);
        return (0, values_1.isUnknown)(list) ? list : distinct(list, budget);
    }),
    compact: strictArgs(([l]) => {
        const list = toList(l);
        if ((0, values_1.isUnknown)(list))
            return list;
        return list.filter((x) => x !== null && x !== undefined && x !== "");
    }),
    one: strictArgs(([l]) => {
        if (l === null)
            return null;
        const list = toList(l);
        if ((0, values_1.isUnknown)(list))
            return list;
        if (list.length === 0)
            return null;
        if (list.length === 1)
            return list[0];
        return evalError("one: more than one element");
    }),
    slice: strictArgs(([l, a, b]) => {
        const list = toList(l);
        return (0, values_1.isUnknown)(list) ? list : list.slice(Number(a), Number(b));
    }),
    reverse: strictArgs(([l]) => {
        const list = toList(l);
        return (0, values_1.isUnknown)(list) ? list : [...list].reverse();
    }),
    sort: strictArgs(([l]) => {
        const list = toList(l);
        return (0, values_1.isUnknown)(list) ? list : [...list].map(String).sort();
    }),
    range: strictArgs((args, budget) => {
        const nums = args.map(Number);
        const [start, end, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? (nums[0] <= nums[1] ? 1 : -1)];
        if (![start, end, step].every(Number.isFinite))
            return evalError("range: arguments must be finite numbers");
        if (step === 0)
            return evalError("range: step must not be zero");
        const size = Math.max(0, Math.ceil((end - start) / step));
        const tooBig = budget.collection(size, "range() result");
        if (tooBig)
            return tooBig;
        const out = [];
        for (let i = start; step > 0 ? i < end : i > end; i += step)
            out.push(i);
        return out;
    }),
    zipmap: strictArgs(([k, v]) => {
        const ks = toList(k);
        const vs = toList(v);
        if ((0, values_1.isUnknown)(ks))
            return ks;
        if ((0, values_1.isUnknown)(vs))
            return vs;
        const out = {};
        for (let i = 0; i < ks.length; i++) {
            const key = ks[i];
            const name = toStr(key);
            if ((0, values_1.isUnknown)(name))
                return name;
            out[name] = vs[i];
        }
        return out;
    }),
    min: strictArgs((args) => Math.min(...args.map(Number))),
    max: strictArgs((args) => Math.max(...args.map(Number))),
    abs: strictArgs(([a]) => Math.abs(Number(a))),
    ceil: strictArgs(([a]) => Math.ceil(Number(a))),
    floor: strictArgs(([a]) => Math.floor(Number(a))),
    sum: strictArgs(([l]) => {
        const list = toList(l);
        return (0, values_1.isUnknown)(list) ? list : list.reduce((s, x) => s + Number(x), 0);
    }),
    alltrue: strictArgs(([l]) => {
        const list = toList(l);
        if ((0, values_1.isUnknown)(list))
            return list;
        if (list.some((x) => x === false || x === "false"))
            return false;
        return list.find(values_1.isUnknown) ?? true;
    }),
    anytrue: strictArgs(([l]) => {
        const list = toList(l);
        if ((0, values_1.isUnknown)(list))
            return list;
        if (list.some((x) => x === true || x === "true"))
            return true;
        return list.find(values_1.isUnknown) ?? false;
    }),
    setunion: strictArgs((args, budget) => {
        const lists = listsOf(args);
        if ((0, values_1.isUnknown)(lists))
            return lists;
        const tooBig = budget.collection(lists.reduce((n, l) => n + l.length, 0), "setunion() input");
        return tooBig ?? distinct(lists.flat(), budget);
    }),
    setsubtract: strictArgs(([a, b], budget) => {
        const la = toList(a);
        const lb = toList(b);
        if ((0, values_1.isUnknown)(la))
            return la;
        if ((0, values_1.isUnknown)(lb))
            return lb;
        const inB = memberships(la, lb, budget);
        const u = inB.find(values_1.isUnknown);
        return u ?? la.filter((_, i) => inB[i] === false);
    }),
    setintersection: strictArgs(([a, ...rest], budget) => {
        const la = toList(a);
        if ((0, values_1.isUnknown)(la))
            return la;
        let kept = la;
        for (const o of rest) {
            const lo = toList(o);
            if ((0, values_1.isUnknown)(lo))
                return lo;
            const inO = memberships(kept, lo, budget);
            const u = inO.find(values_1.isUnknown);
            if (u)
                return u;
            kept = kept.filter((_, i) => inO[i] === true);
        }
        return kept;
    }),
    setproduct: strictArgs((args, budget) => {
        const lists = listsOf(args);
        if ((0, values_1.isUnknown)(lists))
            return lists;
        if (lists.length < 2)
            return evalError("setproduct: at least two arguments are required");
        const tooBig = budget.collection(lists.reduce((n, l) => n * l.length, 1), "setproduct() result");
        if (tooBig)
            return tooBig;
        let out = [[]];
        for (const l of lists)
            out = out.flatMap((prefix) => l.map((x) => [...prefix, x]));
        return out;
    }),
    strrev: str1((s) => [...s].reverse().join("")),
    jsonencode: ([a], budget) => {
        const seen = inspect(a, budget);
        if (seen instanceof budget_1.LimitReached)
            return seen;
        // The encoded value is kept, so a rule can still read the known parts of, say, an ECS task's container definitions.
        return seen.unknown ? new values_1.Unknown("jsonencode of an unknown value", { encodes: a }) : JSON.stringify(a ?? null);
    },
    jsondecode: strN(1, ([s], budget) => {
        let v;
        try {
            v = JSON.parse(s);
        }
        catch {
            return evalError("jsondecode: invalid JSON");
        }
        return nestingDepth(v, budget.limits.maxEvaluationDepth) ? budget.tooDeep("jsondecode() value") : v;
    }),
    regex: strN(2, ([p, str], budget) => {
        const re = compileRegex(p, "regex", budget, str);
        if ((0, values_1.isUnknown)(re))
            return re;
        const shape = matchShape(re);
        if ((0, values_1.isUnknown)(shape))
            return shape;
        const m = re.matcher(str);
        return m.find() ? matchResult(m, shape) : evalError("regex: pattern did not match any part of the string");
    }),
    regexall: strN(2, ([p, str], budget) => {
        const re = compileRegex(p, "regexall", budget, str);
        if ((0, values_1.isUnknown)(re))
            return re;
        const shape = matchShape(re);
        if ((0, values_1.isUnknown)(shape))
            return shape;
        const out = [];
        const tooMany = eachMatch(re, str, (m) => out.push(matchResult(m, shape)) > budget.limits.maxCollectionSize);
        return tooMany ? budget.collection(out.length, "regexall() result") : out;
    }),
    can: () => new values_1.Unknown("can() is evaluated by the evaluator"),
    try: () => new values_1.Unknown("try() is evaluated by the evaluator"),
};
/**
 * Every function Terraform 1.x documents (developer.hashicorp.com/terraform/language/functions, through 1.14 and
 * Terraform's own function table, internal/lang/functions.go), and the built-in provider functions of the
 * `terraform` provider. test/hcl/functions-complete.test.ts checks that each one either evaluates or is in
 * NOT_EVALUATED, and docs/functions.md lists NOT_EVALUATED with its reasons.
 */
exports.TERRAFORM_FUNCTIONS = [
    // numeric
    "abs", "ceil", "floor", "log", "max", "min", "parseint", "pow", "signum",
    // string
    "chomp", "endswith", "format", "formatlist", "indent", "join", "lower", "regex", "regexall", "replace", "split",
    "startswith", "strcontains", "strrev", "substr", "templatestring", "title", "trim", "trimprefix", "trimsuffix",
    "trimspace", "upper",
    // collection
    "alltrue", "anytrue", "chunklist", "coalesce", "coalescelist", "compact", "concat", "contains", "distinct",
    "element", "flatten", "index", "keys", "length", "list", "lookup", "map", "matchkeys", "merge", "one", "range",
    "reverse", "setintersection", "setproduct", "setsubtract", "setunion", "slice", "sort", "sum", "transpose",
    "values", "zipmap",
    // encoding
    "base64decode", "base64encode", "base64gzip", "csvdecode", "jsondecode", "jsonencode", "textdecodebase64",
    "textencodebase64", "urlencode", "yamldecode", "yamlencode",
    // filesystem
    "abspath", "dirname", "pathexpand", "basename", "file", "fileexists", "fileset", "filebase64", "templatefile",
    // date and time
    "formatdate", "plantimestamp", "timeadd", "timecmp", "timestamp",
    // hash and crypto
    "base64sha256", "base64sha512", "bcrypt", "filebase64sha256", "filebase64sha512", "filemd5", "filesha1",
    "filesha256", "filesha512", "md5", "rsadecrypt", "sha1", "sha256", "sha512", "uuid", "uuidv5",
    // IP network
    "cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets",
    // type conversion
    "can", "convert", "ephemeralasnull", "issensitive", "nonsensitive", "sensitive", "tobool", "tolist", "tomap",
    "tonumber", "toset", "tostring", "try", "type",
    // built-in provider functions (provider "terraform")
    "provider::terraform::encode_tfvars", "provider::terraform::decode_tfvars", "provider::terraform::encode_expr",
];
/** The functions moat never computes, and why: the reasons docs/functions.md gives. */
exports.NOT_EVALUATED = {
    timestamp: "the time of the run: differs at every run",
    plantimestamp: "the time of the plan: known only when Terraform plans",
    uuid: "random: differs at every run",
    bcrypt: "random salt: differs at every run",
    rsadecrypt: "needs a private key; a scan never decrypts",
    abspath: "an absolute path of the machine that runs Terraform (moat never prints one)",
    pathexpand: "depends on the home directory of the machine that runs Terraform",
    base64gzip: "Go's gzip output is not reproduced byte for byte; never a network setting",
    yamlencode: "go-yaml's exact formatting is not reproduced; never a network setting",
    filebase64: "binary file contents; never a network setting, and the file is not read",
    filebase64sha256: "a hash of a file (usually a build artefact); never a network setting, and the file is not read",
    filebase64sha512: "a hash of a file (usually a build artefact); never a network setting, and the file is not read",
    filemd5: "a hash of a file (usually a build artefact); never a network setting, and the file is not read",
    filesha1: "a hash of a file (usually a build artefact); never a network setting, and the file is not read",
    filesha256: "a hash of a file (usually a build artefact); never a network setting, and the file is not read",
    filesha512: "a hash of a file (usually a build artefact); never a network setting, and the file is not read",
    issensitive: "moat tracks sensitivity per attribute for redaction, not per value",
    ephemeralasnull: "moat does not track which values are ephemeral",
    convert: "type-constraint conversion of the newest Terraform releases; not yet evaluated",
    type: "only available in `terraform console`, never in configuration",
    "provider::terraform::encode_tfvars": "built-in provider function; its exact formatting is not reproduced",
    "provider::terraform::decode_tfvars": "built-in provider function; not evaluated",
    "provider::terraform::encode_expr": "built-in provider function; its exact formatting is not reproduced",
};
/** The filesystem functions moat runs, for paths inside the scanned directories only (hcl-rules/file-functions.ts). */
const FILE_FUNCTIONS = {
    file: { strings: 1, run: (files, [path]) => files.read(path) },
    fileexists: { strings: 1, run: (files, [path]) => files.exists(path) },
    fileset: { strings: 2, run: (files, [path, pattern]) => files.fileset(path, pattern) },
};
/**
 * The functions of functions-extra.ts: network and ARN functions need known arguments; `map()` and `list()` only
 * assemble their arguments, unknown ones included.
 */
function extraFunction(name) {
    const fn = functions_extra_1.EXTRA_FUNCTIONS[name];
    if (name === "map" || name === "list")
        return (args) => fn(args);
    if (name === "yamldecode") {
        return strictArgs((args, budget) => {
            const v = fn(args);
            return nestingDepth(v, budget.limits.maxEvaluationDepth) ? budget.tooDeep("yamldecode() value") : v;
        });
    }
    return strictArgs((args) => fn(args));
}
/** The functions of functions-extra.ts, wrapped once. */
const EXTRA = Object.fromEntries(Object.keys(functions_extra_1.EXTRA_FUNCTIONS).map((name) => [name, extraFunction(name)]));
/**
 * Calls a built-in function within the scan's budget: its result is charged as steps and checked against the
 * collection and string size limits. `files` reads files for the filesystem functions; without it they are Unknown.
 * `short` is the bare name: the evaluator strips a `core::` prefix.
 */
function callFunction(short, args, budget, files) {
    if (short in exports.NOT_EVALUATED)
        return new values_1.Unknown(`${short}() is not evaluated by moat: ${exports.NOT_EVALUATED[short]}`);
    const fileFn = FILE_FUNCTIONS[short];
    const fn = fileFn
        ? files
            ? strN(fileFn.strings, (a) => fileFn.run(files, a))
            : strictArgs(() => new values_1.Unknown(`${short}() reads files, which this evaluation does not`))
        : (FUNCTIONS[short] ?? (Object.hasOwn(EXTRA, short) ? EXTRA[short] : undefined));
    if (!fn)
        return new values_1.Unknown(`function ${short}() is not evaluated by moat`);
    let result;
    try {
        result = fn(args, budget);
    }
    catch (e) {
        if (e instanceof RangeError)
            return budget.stackExhausted();
        return evalError(`${short}(): ${e.message}`);
    }
    return budget.charge(result) ?? budget.size(result, `${short}() result`) ?? result;
}
/** Whether a freshly decoded (unshared) value nests deeper than `max`, measured without recursion. */
function nestingDepth(v, max) {
    const stack = [[v, 0]];
    while (stack.length > 0) {
        const [x, d] = stack.pop();
        if (d > max)
            return true;
        if (Array.isArray(x))
            for (const y of x)
                stack.push([y, d + 1]);
        else if (isObj(x))
            for (const y of Object.values(x))
                stack.push([y, d + 1]);
    }
    return false;
}
// ------------------------------------------------------------------ regular expressions (RE2, as in Terraform)
const regexCache = new Map();
/**
 * Compiles a pattern with RE2 semantics (re2js: RE2's syntax and linear-time matching, so no pattern can make a
 * scan backtrack for minutes). A pattern RE2 rejects is an evaluation error, as in Terraform. The matching work
 * (input length × program size) is charged to the budget before it runs.
 */
function compileRegex(pattern, fn, budget, input) {
    let re = regexCache.get(pattern);
    if (!re) {
        try {
            // re2js is loaded by the first regular expression, not by every start.
            re = require("re2js").RE2JS.compile(pattern);
        }
        catch (e) {
            re = evalError(`${fn}: invalid regular expression ${JSON.stringify(pattern.slice(0, 80))}: ${e.message}`);
        }
        if (regexCache.size >= 1_000)
            regexCache.clear();
        regexCache.set(pattern, re);
    }
    if ((0, values_1.isUnknown)(re))
        return re;
    return budget.step((input.length >> 4) * Math.max(1, re.programSize() >> 6)) ?? re;
}
/**
 * Every match, left to right, as Go's regexp finds them (FindAll/ReplaceAll): an empty match right after the
 * previous match is skipped. `onMatch` returns true to stop (a size limit was reached); eachMatch then returns true.
 */
function eachMatch(re, s, onMatch) {
    const m = re.matcher(s);
    let pos = 0;
    let prevEnd = -1;
    while (pos <= s.length && m.find(pos)) {
        const start = m.start();
        const end = m.end();
        const accept = !(start === end && start === prevEnd);
        if (end === pos || start === end) {
            const code = s.codePointAt(end);
            pos = end + (code !== undefined && code > 0xffff ? 2 : 1);
        }
        else
            pos = end;
        prevEnd = end;
        if (accept && onMatch(m))
            return true;
    }
    return false;
}
function matchShape(re) {
    const groups = re.groupCount();
    if (groups === 0)
        return "string";
    const named = re.namedGroups();
    const count = Object.keys(named).length;
    if (count === 0)
        return "list";
    if (count !== groups)
        return evalError("regex: a pattern cannot mix named and unnamed capture groups");
    return named;
}
function matchResult(m, shape) {
    if (shape === "string")
        return m.group(0);
    if (shape === "list") {
        const out = [];
        for (let i = 1; i <= m.groupCount(); i++)
            out.push(m.group(i));
        return out;
    }
    const out = {};
    for (const [name, i] of Object.entries(shape))
        out[name] = m.group(i);
    return out;
}
/** Go's Regexp.Expand for replace(): `$1`, `${1}`, `$name`, `${name}`, `$$`; an unknown group expands to "". */
function expandTemplate(template, m, re) {
    if (!template.includes("$"))
        return template;
    let out = "";
    for (let i = 0; i < template.length; i++) {
        const ch = template[i];
        if (ch !== "$") {
            out += ch;
            continue;
        }
        if (template[i + 1] === "$") {
            out += "$";
            i++;
            continue;
        }
        const ref = /^\{([A-Za-z0-9_]+)\}|^([A-Za-z0-9_]+)/.exec(template.slice(i + 1, i + 260));
        if (!ref) {
            out += "$";
            continue;
        }
        i += ref[0].length;
        const name = ref[1] ?? ref[2];
        const index = /^[0-9]+$/.test(name) ? Number(name) : re.namedGroups()[name];
        if (index !== undefined && index <= m.groupCount())
            out += m.group(index) ?? "";
    }
    return out;
}
