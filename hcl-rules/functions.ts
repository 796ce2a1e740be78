/**
 * Terraform's built-in functions that matter for configuration values. Each takes evaluated arguments and
 * returns a value; an Unknown argument makes the result Unknown unless the function can decide without it.
 * Functions that read files, the clock or randomness are deliberately Unknown: a scan never depends on them.
 */
import { type Value, Unknown, containsUnknown, isUnknown } from "../core/values";

/** A Terraform evaluation error (wrong type, missing key…): Unknown to rules, but `try`/`can` treat it as failure. */
export class EvalError extends Unknown {}

export function evalError(message: string): EvalError {
  return new EvalError(message);
}

type Fn = (args: Value[]) => Value;

const isObj = (v: Value): v is Record<string, Value> => !!v && typeof v === "object" && !Array.isArray(v) && !isUnknown(v);

function firstUnknownArg(args: Value[]): Unknown | undefined {
  return args.find(isUnknown) as Unknown | undefined;
}

export function toStr(v: Value): string | Unknown {
  if (isUnknown(v)) return v;
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return String(v);
  if (v === null || v === undefined) return evalError("null value cannot be used as a string");
  return evalError("a collection cannot be used as a string");
}

function toNum(v: Value): number | Unknown {
  if (isUnknown(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return evalError(`cannot convert ${JSON.stringify(v)} to a number`);
}

function toList(v: Value): Value[] | Unknown {
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) return v;
  if (isObj(v)) return Object.values(v);
  if (v === null || v === undefined) return evalError("null value cannot be used as a list");
  return evalError(`${JSON.stringify(v)} is not a list`);
}

export function deepEqual(a: Value, b: Value): boolean | Unknown {
  if (isUnknown(a)) return a;
  if (isUnknown(b)) return b;
  if (a === b) return true;
  if (a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const r = deepEqual(a[i], b[i]);
      if (r !== true) return r;
    }
    return true;
  }
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) {
      if (!(k in b)) return false;
      const r = deepEqual(a[k], b[k]);
      if (r !== true) return r;
    }
    return true;
  }
  return false;
}

function distinct(list: Value[]): Value[] | Unknown {
  const out: Value[] = [];
  for (const v of list) {
    let dup = false;
    for (const o of out) {
      const eq = deepEqual(o, v);
      if (isUnknown(eq)) return eq;
      if (eq) {
        dup = true;
        break;
      }
    }
    if (!dup) out.push(v);
  }
  return out;
}

/** Go-style format verbs used by Terraform's format(): %s %d %v %q %f %t %%. */
function format(fmt: string, args: Value[]): Value {
  let i = 0;
  let out = "";
  for (let p = 0; p < fmt.length; p++) {
    const ch = fmt[p];
    if (ch !== "%") {
      out += ch;
      continue;
    }
    const m = /^%([-+# 0]*)(\d*)(?:\.(\d+))?([sdvqftxXeEgbo%])/.exec(fmt.slice(p));
    if (!m) return evalError(`format: bad verb at "${fmt.slice(p, p + 5)}"`);
    p += m[0].length - 1;
    if (m[4] === "%") {
      out += "%";
      continue;
    }
    const a = args[i++];
    if (isUnknown(a)) return a;
    switch (m[4]) {
      case "d":
        out += String(Math.trunc(Number(a)));
        break;
      case "f":
        out += Number(a).toFixed(m[3] ? Number(m[3]) : 6);
        break;
      case "q":
        out += JSON.stringify(typeof a === "string" ? a : String(a));
        break;
      case "s":
      case "v":
      case "t": {
        const s = typeof a === "object" && a !== null ? JSON.stringify(a) : String(a);
        out += m[2] ? (m[1].includes("-") ? s.padEnd(Number(m[2])) : s.padStart(Number(m[2]))) : s;
        break;
      }
      default:
        out += String(a);
    }
  }
  return out;
}

function strictArgs(fn: Fn): Fn {
  return (args) => firstUnknownArg(args) ?? fn(args);
}

function str1(f: (s: string) => Value): Fn {
  return strictArgs((args) => {
    const s = toStr(args[0]);
    return isUnknown(s) ? s : f(s);
  });
}

const FUNCTIONS: Record<string, Fn> = {
  coalesce: (args) => {
    for (const a of args) {
      if (isUnknown(a)) return a;
      if (a !== null && a !== undefined && a !== "") return a;
    }
    return evalError("coalesce: no non-null, non-empty argument");
  },
  coalescelist: (args) => {
    for (const a of args) {
      if (isUnknown(a)) return a;
      if (Array.isArray(a) && a.length > 0) return a;
    }
    return evalError("coalescelist: no non-empty list");
  },
  lookup: (args) => {
    const [m, k, d] = args;
    if (isUnknown(m)) return m;
    if (isUnknown(k)) return k;
    if (!isObj(m)) return evalError("lookup: first argument is not a map");
    const key = String(k);
    if (key in m) return m[key];
    if (args.length >= 3) return d;
    return evalError(`lookup: key "${key}" not found`);
  },
  contains: (args) => {
    const [l, x] = args;
    if (isUnknown(x)) return x;
    const list = toList(l);
    if (isUnknown(list)) return list;
    let sawUnknown: Unknown | undefined;
    for (const v of list) {
      const eq = deepEqual(v, x);
      if (eq === true) return true;
      if (isUnknown(eq)) sawUnknown = eq;
    }
    return sawUnknown ?? false;
  },
  merge: strictArgs((args) => {
    const out: Record<string, Value> = {};
    for (const a of args) {
      if (a === null || a === undefined) continue;
      if (!isObj(a)) return evalError("merge: arguments must be maps or objects");
      Object.assign(out, a);
    }
    return out;
  }),
  concat: strictArgs((args) => {
    const out: Value[] = [];
    for (const a of args) {
      const l = toList(a);
      if (isUnknown(l)) return l;
      out.push(...l);
    }
    return out;
  }),
  flatten: strictArgs(([a]) => {
    const flat = (v: Value): Value[] | Unknown => {
      const l = toList(v);
      if (isUnknown(l)) return l;
      const out: Value[] = [];
      for (const x of l) {
        if (Array.isArray(x)) {
          const f = flat(x);
          if (isUnknown(f)) return f;
          out.push(...f);
        } else out.push(x);
      }
      return out;
    };
    return flat(a);
  }),
  tostring: strictArgs(([a]) => (a === null ? null : toStr(a))),
  tonumber: strictArgs(([a]) => (a === null ? null : toNum(a))),
  tobool: strictArgs(([a]) => {
    if (a === null || typeof a === "boolean") return a;
    if (a === "true") return true;
    if (a === "false") return false;
    return evalError(`cannot convert ${JSON.stringify(a)} to bool`);
  }),
  toset: strictArgs(([a]) => {
    const l = toList(a);
    return isUnknown(l) ? l : distinct(l);
  }),
  tolist: strictArgs(([a]) => toList(a)),
  tomap: strictArgs(([a]) => (isObj(a) || a === null ? a : evalError("tomap: not an object"))),
  length: strictArgs(([a]) => {
    if (typeof a === "string") return [...a].length;
    if (Array.isArray(a)) return a.length;
    if (isObj(a)) return Object.keys(a).length;
    return evalError("length: argument is not a collection or string");
  }),
  format: strictArgs(([f, ...rest]) => {
    const s = toStr(f);
    return isUnknown(s) ? s : format(s, rest);
  }),
  formatlist: strictArgs(([f, ...rest]) => {
    const s = toStr(f);
    if (isUnknown(s)) return s;
    const n = Math.max(0, ...rest.map((r) => (Array.isArray(r) ? r.length : 0)));
    const out: Value[] = [];
    for (let i = 0; i < n; i++) out.push(format(s, rest.map((r) => (Array.isArray(r) ? r[i] : r))));
    return out;
  }),
  lower: str1((s) => s.toLowerCase()),
  upper: str1((s) => s.toUpperCase()),
  title: str1((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
  trimspace: str1((s) => s.trim()),
  chomp: str1((s) => s.replace(/(\r?\n)+$/, "")),
  trimprefix: strictArgs(([s, p]) => (typeof s === "string" && typeof p === "string" && s.startsWith(p) ? s.slice(p.length) : s)),
  trimsuffix: strictArgs(([s, p]) => (typeof s === "string" && typeof p === "string" && s.endsWith(p) ? s.slice(0, -p.length) : s)),
  trim: strictArgs(([s, cut]) => {
    if (typeof s !== "string" || typeof cut !== "string") return evalError("trim: arguments must be strings");
    let a = 0;
    let b = s.length;
    while (a < b && cut.includes(s[a])) a++;
    while (b > a && cut.includes(s[b - 1])) b--;
    return s.slice(a, b);
  }),
  startswith: strictArgs(([s, p]) => String(s).startsWith(String(p))),
  endswith: strictArgs(([s, p]) => String(s).endsWith(String(p))),
  strcontains: strictArgs(([s, p]) => String(s).includes(String(p))),
  substr: strictArgs(([s, o, l]) => {
    const chars = [...String(s)];
    let off = Number(o);
    if (off < 0) off = chars.length + off;
    const len = Number(l);
    return chars.slice(off, len < 0 ? undefined : off + len).join("");
  }),
  replace: strictArgs(([s, from, to]) => {
    const str = String(s);
    const f = String(from);
    const t = String(to);
    const re = /^\/(.*)\/$/.exec(f);
    if (re) {
      try {
        return str.replace(new RegExp(re[1], "g"), t.replace(/\$\{(\w+)\}/g, "$$<$1>"));
      } catch {
        return new Unknown(`replace: regular expression ${f} is not supported`);
      }
    }
    return str.split(f).join(t);
  }),
  join: strictArgs(([sep, ...lists]) => {
    const parts: string[] = [];
    for (const l of lists) {
      const list = toList(l);
      if (isUnknown(list)) return list;
      for (const x of list) {
        const s = toStr(x);
        if (isUnknown(s)) return s;
        parts.push(s);
      }
    }
    return parts.join(String(sep));
  }),
  split: strictArgs(([sep, s]) => (String(s) === "" ? [] : String(s).split(String(sep)))),
  element: strictArgs(([l, i]) => {
    const list = toList(l);
    if (isUnknown(list)) return list;
    if (list.length === 0) return evalError("element: empty list");
    const n = Number(i);
    return list[((n % list.length) + list.length) % list.length];
  }),
  index: strictArgs(([l, x]) => {
    const list = toList(l);
    if (isUnknown(list)) return list;
    for (let i = 0; i < list.length; i++) if (deepEqual(list[i], x) === true) return i;
    return evalError("index: value not found");
  }),
  keys: strictArgs(([m]) => (isObj(m) ? Object.keys(m).sort() : evalError("keys: not a map"))),
  values: strictArgs(([m]) =>
    isObj(m)
      ? Object.keys(m)
          .sort()
          .map((k) => m[k])
      : evalError("values: not a map"),
  ),
  distinct: strictArgs(([l]) => {
    const list = toList(l);
    return isUnknown(list) ? list : distinct(list);
  }),
  compact: strictArgs(([l]) => {
    const list = toList(l);
    if (isUnknown(list)) return list;
    return list.filter((x) => x !== null && x !== undefined && x !== "");
  }),
  one: strictArgs(([l]) => {
    if (l === null) return null;
    const list = toList(l);
    if (isUnknown(list)) return list;
    if (list.length === 0) return null;
    if (list.length === 1) return list[0];
    return evalError("one: more than one element");
  }),
  slice: strictArgs(([l, a, b]) => {
    const list = toList(l);
    return isUnknown(list) ? list : list.slice(Number(a), Number(b));
  }),
  reverse: strictArgs(([l]) => {
    const list = toList(l);
    return isUnknown(list) ? list : [...list].reverse();
  }),
  sort: strictArgs(([l]) => {
    const list = toList(l);
    return isUnknown(list) ? list : [...list].map(String).sort();
  }),
  range: strictArgs((args) => {
    const nums = args.map(Number);
    const [start, end, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? (nums[0] <= nums[1] ? 1 : -1)];
    const out: number[] = [];
    if (step === 0) return evalError("range: step must not be zero");
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      out.push(i);
      if (out.length > 10_000) return new Unknown("range: more than 10,000 elements");
    }
    return out;
  }),
  zipmap: strictArgs(([k, v]) => {
    const ks = toList(k);
    const vs = toList(v);
    if (isUnknown(ks)) return ks;
    if (isUnknown(vs)) return vs;
    const out: Record<string, Value> = {};
    for (let i = 0; i < ks.length; i++) {
      const key = ks[i];
      if (isUnknown(key)) return key;
      out[String(key)] = vs[i];
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
    return isUnknown(list) ? list : list.reduce<number>((s, x) => s + Number(x), 0);
  }),
  alltrue: strictArgs(([l]) => {
    const list = toList(l);
    if (isUnknown(list)) return list;
    if (list.some((x) => x === false || x === "false")) return false;
    return list.find(isUnknown) ?? true;
  }),
  anytrue: strictArgs(([l]) => {
    const list = toList(l);
    if (isUnknown(list)) return list;
    if (list.some((x) => x === true || x === "true")) return true;
    return list.find(isUnknown) ?? false;
  }),
  setunion: strictArgs((args) => {
    const all: Value[] = [];
    for (const a of args) {
      const l = toList(a);
      if (isUnknown(l)) return l;
      all.push(...l);
    }
    return distinct(all);
  }),
  setsubtract: strictArgs(([a, b]) => {
    const la = toList(a);
    const lb = toList(b);
    if (isUnknown(la)) return la;
    if (isUnknown(lb)) return lb;
    return la.filter((x) => !lb.some((y) => deepEqual(x, y) === true));
  }),
  setintersection: strictArgs(([a, ...rest]) => {
    const la = toList(a);
    if (isUnknown(la)) return la;
    const others = rest.map(toList);
    const u = others.find(isUnknown);
    if (u) return u as Unknown;
    return la.filter((x) => (others as Value[][]).every((o) => o.some((y) => deepEqual(x, y) === true)));
  }),
  jsonencode: ([a]) => (containsUnknown(a) ? new Unknown("jsonencode of an unknown value") : JSON.stringify(a ?? null)),
  jsondecode: strictArgs(([s]) => {
    try {
      return JSON.parse(String(s)) as Value;
    } catch {
      return evalError("jsondecode: invalid JSON");
    }
  }),
  regex: strictArgs(([p, s]) => {
    try {
      const m = new RegExp(String(p)).exec(String(s));
      if (!m) return evalError("regex: no match");
      if (m.groups) return { ...m.groups };
      return m.length > 1 ? m.slice(1) : m[0];
    } catch {
      return new Unknown(`regex: pattern ${String(p)} is not supported`);
    }
  }),
  can: () => new Unknown("can() is evaluated by the evaluator"),
  try: () => new Unknown("try() is evaluated by the evaluator"),
};

/** Functions whose result moat never computes: they read files, time, randomness, or the network. */
const NEVER_EVALUATED = new Set([
  "file",
  "filebase64",
  "fileexists",
  "fileset",
  "templatefile",
  "timestamp",
  "plantimestamp",
  "uuid",
  "bcrypt",
]);

export function callFunction(name: string, args: Value[]): Value {
  const short = name.startsWith("provider::") ? name : name;
  if (NEVER_EVALUATED.has(short)) return new Unknown(`${short}() is not evaluated by a static scan`);
  const fn = FUNCTIONS[short];
  if (!fn) return new Unknown(`function ${short}() is not evaluated by moat`);
  try {
    return fn(args);
  } catch (e) {
    return evalError(`${short}(): ${(e as Error).message}`);
  }
}
