"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.asObject = asObject;
exports.evalBodyKey = evalBodyKey;
exports.evalJson = evalJson;
exports.stringMap = stringMap;
exports.renderTemplate = renderTemplate;
exports.evalNode = evalNode;
exports.convertToType = convertToType;
exports.parseCliVarValue = parseCliVarValue;
/**
 * Expression evaluation of the Terraform source door: values as hcl2json gives them (literals, `"${…}"` expression
 * strings, lists, block bodies with dynamic blocks), expression nodes (references, operators, function calls,
 * templates, for expressions, splats) and variable types, in a scope of eval-values.ts.
 *
 * A scope belongs to a module instance (evaluate.ts), which this module knows only through eval-values.ts's
 * `ScopeModule`: what a reference to `var`, `local`, `module`, `data` or a resource reads of it.
 */
const node_path_1 = require("node:path");
const values_1 = require("../core/values");
const expr_1 = require("./expr");
const budget_1 = require("./budget");
const functions_1 = require("./functions");
const module_def_1 = require("./module-def");
const eval_values_1 = require("./eval-values");
// ------------------------------------------------------------------ JSON (hcl2json output) evaluation
function asObject(v) {
    return v && typeof v === "object" && !Array.isArray(v) ? v : {};
}
/** Evaluates one key of a block body; for a block type, static blocks and dynamic blocks are merged. */
function evalBodyKey(body, key, src, scope) {
    const dyn = asObject(body.dynamic)[key];
    if (dyn === undefined)
        return evalJson(body[key], (0, module_def_1.at)(src, key), scope);
    const out = [];
    if (key in body) {
        const stat = evalJson(body[key], (0, module_def_1.at)(src, key), scope);
        if (Array.isArray(stat))
            out.push(...stat);
        else if (stat !== undefined && stat !== null)
            out.push(stat);
    }
    const dynBlocks = (0, module_def_1.asBodies)(dyn);
    for (let j = 0; j < dynBlocks.length; j++) {
        const d = dynBlocks[j];
        const dynSrc = (0, module_def_1.at)(src, "dynamic", key, j);
        const iterName = iteratorName(d.iterator) ?? key;
        const contentBody = (0, module_def_1.asBodies)(d.content)[0] ?? {};
        const contentSrc = (0, module_def_1.at)(dynSrc, "content", 0);
        const fe = (0, eval_values_1.sanitize)(evalJson(d.for_each, (0, module_def_1.at)(dynSrc, "for_each"), scope), scope);
        const emit = (k, v) => {
            out.push(evalBody(contentBody, contentSrc, scope.with({ [iterName]: { key: k, value: v } })));
        };
        if ((0, values_1.isUnknown)(fe) || fe === undefined || (fe !== null && typeof fe !== "object")) {
            // Unknown collection: check the content once, with the iterator unknown.
            const u = (0, values_1.isUnknown)(fe) ? fe : new values_1.Unknown("dynamic block for_each is not a collection");
            emit(new values_1.Unknown(`${iterName}.key: ${u.reason}`), new values_1.Unknown(`${iterName}.value: ${u.reason}`));
        }
        else if (Array.isArray(fe)) {
            fe.forEach((v, i) => emit(i, v));
        }
        else if (fe !== null) {
            for (const [k, v] of Object.entries(fe))
                emit(k, v);
        }
    }
    return out;
}
function iteratorName(v) {
    if (typeof v !== "string")
        return undefined;
    const m = /^\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/.exec(v) ?? /^([A-Za-z_][A-Za-z0-9_-]*)$/.exec(v);
    return m?.[1];
}
/** A block body or object literal: every key evaluated, dynamic blocks expanded. */
function evalBody(body, src, scope) {
    const out = {};
    for (const key of Object.keys(body)) {
        if (key === "dynamic") {
            for (const name of Object.keys(asObject(body.dynamic)))
                out[name] = evalBodyKey(body, name, src, scope);
            continue;
        }
        if (key in out)
            continue;
        let name = key;
        if (key.includes("${")) {
            const k = (0, eval_values_1.sanitize)(evalNode((0, expr_1.parseTemplate)(key), scope), scope);
            const s = (0, values_1.isUnknown)(k) ? undefined : (0, functions_1.toStr)(k);
            if (s === undefined || (0, values_1.isUnknown)(s))
                continue; // an unknown key: the entry cannot be placed
            name = s;
        }
        out[name] = evalBodyKey(body, key, src, scope);
    }
    eval_values_1.sourceOf.set(out, src);
    return out;
}
/**
 * Evaluates a value as hcl2json gives it (a literal, an expression string, a list or a block body). It is where
 * evaluation enters a piece of configuration: the budget's site (for the location of limit errors) follows it, and
 * it counts towards the evaluation depth like an expression node.
 */
function evalJson(v, src, scope) {
    if (v === undefined)
        return undefined;
    if (v === null || (typeof v !== "object" && typeof v !== "string"))
        return v;
    const budget = scope.module.ev.budget;
    const spent = budget.step();
    if (spent)
        return spent;
    const site = budget.site;
    budget.site = src;
    if (budget.depth >= budget.limits.maxEvaluationDepth)
        return budget.tooDeep();
    budget.depth++;
    try {
        return evalJsonHere(v, src, scope);
    }
    finally {
        budget.depth--;
        budget.site = site;
    }
}
function evalJsonHere(v, src, scope) {
    if (typeof v === "string")
        return evalNode((0, expr_1.parseTemplate)(v), scope);
    if (v === null || typeof v !== "object")
        return v;
    if (Array.isArray(v)) {
        const out = v.map((x, i) => evalJson(x, (0, module_def_1.at)(src, i), scope));
        eval_values_1.sourceOf.set(out, src);
        return out;
    }
    return evalBody(v, src, scope);
}
// ------------------------------------------------------------------ expression evaluation
function getAttr(obj, name) {
    if ((0, values_1.isUnknown)(obj))
        return obj;
    if (obj instanceof eval_values_1.Lazy)
        return obj.getter(name);
    if ((0, eval_values_1.isPlainObject)(obj))
        return name in obj ? obj[name] : (0, functions_1.evalError)(`object has no attribute "${name}"`);
    if (obj === null || obj === undefined)
        return (0, functions_1.evalError)(`attribute "${name}" of a null value`);
    if (Array.isArray(obj))
        return (0, functions_1.evalError)(`a list has no attribute "${name}" (use an index or [*])`);
    return (0, functions_1.evalError)(`a ${typeof obj} has no attribute "${name}"`);
}
function getIndex(obj, key) {
    if ((0, values_1.isUnknown)(obj))
        return obj;
    const k = (0, eval_values_1.sanitize)(key);
    if ((0, values_1.isUnknown)(k))
        return k;
    // Terraform rejects a collection as an index ("Invalid index").
    if (k !== null && typeof k === "object")
        return (0, functions_1.evalError)("a list, map or object cannot be used as an index");
    if (obj instanceof eval_values_1.Lazy)
        return obj.getter(String(k));
    if (Array.isArray(obj)) {
        const i = typeof k === "number" ? k : Number(k);
        if (!Number.isInteger(i))
            return (0, functions_1.evalError)(`list index ${(0, functions_1.shown)(k)} is not a whole number`);
        if (i < 0 || i >= obj.length)
            return (0, functions_1.evalError)(`index ${i} out of range (list has ${obj.length} elements)`);
        return obj[i];
    }
    if ((0, eval_values_1.isPlainObject)(obj)) {
        const s = String(k);
        return s in obj ? obj[s] : (0, functions_1.evalError)(`key "${s}" not found`);
    }
    if (obj === null || obj === undefined)
        return (0, functions_1.evalError)("index into a null value");
    return (0, functions_1.evalError)("index into a value that is not a collection");
}
function truthy(v) {
    if ((0, values_1.isUnknown)(v))
        return v;
    if (typeof v === "boolean")
        return v;
    if (v === "true")
        return true;
    if (v === "false")
        return false;
    return (0, functions_1.evalError)(`${(0, functions_1.shown)(v)} is not a boolean`);
}
function lookupRoot(name, scope) {
    const bound = scope.lookupBinding(name);
    if (bound !== eval_values_1.NOT_BOUND)
        return bound;
    const templateVars = scope.lookupBinding(TEMPLATE_VARS);
    if (templateVars !== eval_values_1.NOT_BOUND) {
        // A template (templatefile, templatestring, template_file) sees only its own variables.
        return (0, eval_values_1.isPlainObject)(templateVars) && name in templateVars ? templateVars[name] : (0, functions_1.evalError)(`the template refers to "${name}", which its variables do not include`);
    }
    const mod = scope.module;
    const ev = mod.ev;
    switch (name) {
        case "var":
            return new eval_values_1.Lazy("var", (k) => mod.variable(k));
        case "local":
            return new eval_values_1.Lazy("local", (k) => mod.local(k));
        case "module":
            return new eval_values_1.Lazy("module", (k) => mod.moduleValue(k));
        case "data":
            return new eval_values_1.Lazy("data", (type) => new eval_values_1.Lazy(`data.${type}`, (n) => mod.dataValue(type, n)));
        case "path":
            // Relative, as Terraform gives them when run in the root module's directory (and never an absolute path that
            // a message could print).
            return { module: (0, node_path_1.relative)(ev.rootKey, mod.def.dir) || ".", root: ".", cwd: "." };
        case "terraform":
            return {
                workspace: ev.workspace ??
                    new values_1.Unknown("terraform.workspace depends on the selected workspace (give it with --workspace NAME or TF_WORKSPACE)"),
            };
        case "self":
            return new values_1.Unknown("self is known after apply");
        case "count":
            return (0, functions_1.evalError)("count.index used outside a resource with count");
        case "each":
            return (0, functions_1.evalError)("each used outside a resource with for_each");
    }
    if (mod.def.resourceTypes.has(name))
        return new eval_values_1.Lazy(name, (n) => mod.resourceValue(name, n));
    if (/^[a-z0-9]+_[a-z0-9_]+$/.test(name)) {
        return new eval_values_1.Lazy(name, (n) => new values_1.Unknown(`${name}.${n} is not declared in the scanned files`));
    }
    return (0, functions_1.evalError)(`unknown name "${name}"`);
}
/** Binds a template's variables: a scope with it sees those and nothing of the module (see lookupRoot). */
const TEMPLATE_VARS = "\u0000template";
/** A `map(string)` argument: null is an empty map, primitives become strings as Terraform converts them. */
function stringMap(v, what) {
    const m = (0, eval_values_1.sanitize)(v);
    if (m === null || m === undefined)
        return {};
    if ((0, values_1.isUnknown)(m))
        return m;
    if (!(0, eval_values_1.isPlainObject)(m))
        return (0, functions_1.evalError)(`${what} must be a map of strings`);
    const out = {};
    for (const [k, x] of Object.entries(m)) {
        if (typeof x === "number" || typeof x === "boolean")
            out[k] = String(x);
        else if (x === null || typeof x === "string" || (0, values_1.isUnknown)(x))
            out[k] = x;
        else
            return (0, functions_1.evalError)(`${what}["${k}"] is not a string`);
    }
    return out;
}
/**
 * `templatefile(path, vars)` reads a template inside the scanned directories; `templatestring(template, vars)` takes
 * it as a value. Both render it with the variables given and nothing else, as Terraform does.
 */
function templateCall(fn, args, scope) {
    if (scope.lookupBinding(TEMPLATE_VARS) !== eval_values_1.NOT_BOUND)
        return (0, functions_1.evalError)(`${fn} cannot be called from inside a template`);
    const [first, vars] = args;
    if ((0, values_1.isUnknown)(first))
        return first;
    if ((0, values_1.isUnknown)(vars))
        return vars;
    if (typeof first !== "string")
        return (0, functions_1.evalError)(`${fn}: the first argument must be a string`);
    if (fn === "templatestring")
        return renderTemplate(first, vars ?? {}, scope.module.scope, "templatestring()", false);
    const files = scope.module.ev.files;
    if (!files)
        return new values_1.Unknown("templatefile() reads files, which this evaluation does not");
    const text = files.read(first, "templatefile");
    if ((0, values_1.isUnknown)(text))
        return text;
    return renderTemplate(text, vars ?? {}, scope.module.scope, `templatefile(${JSON.stringify(first.slice(0, 200))})`, true);
}
/**
 * Renders a template with only `vars` in scope. When its text came from a file (`fromFile`), an error is reported
 * without its detail, which could quote the file; an Unknown that came from a variable keeps its reason.
 */
function renderTemplate(text, vars, moduleScope, what, fromFile) {
    if (!(0, eval_values_1.isPlainObject)(vars))
        return (0, functions_1.evalError)(`${what}: the variables must be a map or object`);
    const budget = moduleScope.module.ev.budget;
    const spent = budget.step(text.length >> 4);
    if (spent)
        return spent;
    const result = evalNode((0, expr_1.parseTemplate)(text), moduleScope.bind(TEMPLATE_VARS, vars));
    if (!fromFile || !(0, values_1.isUnknown)(result) || result instanceof budget_1.LimitReached)
        return result;
    const fromVars = new Set();
    for (const v of Object.values(vars))
        if ((0, values_1.isUnknown)(v))
            fromVars.add(v);
    if (fromVars.has(result))
        return result;
    if (result instanceof functions_1.EvalError)
        return (0, functions_1.evalError)(`${what}: the template could not be rendered (an error in the template or its variables; its text is not shown)`);
    return new values_1.Unknown(`${what}: the template could not be evaluated (its text is not shown)`);
}
/**
 * Renders template parts. A part that is not known (a plain Unknown: "known after apply", a variable without a value)
 * leaves a hole: the result is then an Unknown that keeps the known text around the holes (`UnknownFacts.text`), so a
 * rule can still read `sslmode=disable` in a URL whose password is known only after apply. An error or a reached
 * limit is returned as it is.
 */
function evalTemplateParts(parts, scope) {
    // `"${aws_db_instance.main.arn}"` is the value itself, what is known about it included.
    if (parts.length === 1 && parts[0].t === "expr")
        return (0, functions_1.toStr)((0, eval_values_1.sanitize)(evalNode(parts[0].e, scope)));
    const pieces = [];
    let hole;
    let length = 0;
    const budget = scope.module.ev.budget;
    const add = (v) => {
        if (!(0, values_1.isUnknown)(v)) {
            pieces.push(v);
            length += v.length;
            return length > budget.limits.maxStringLength ? budget.string(length, "template result") : undefined;
        }
        if (v.constructor !== values_1.Unknown)
            return v; // an error or a limit: not a hole
        hole ??= v;
        pieces.push(...(v.facts.text ?? [null]));
        return undefined;
    };
    for (const p of parts) {
        if (length > budget.limits.maxStringLength)
            return budget.string(length, "template result") ?? joined(pieces, hole);
        let stop;
        if (p.t === "str")
            stop = add(p.s);
        else if (p.t === "expr")
            stop = add((0, functions_1.toStr)((0, eval_values_1.sanitize)(evalNode(p.e, scope))));
        else if (p.t === "if") {
            const c = truthy((0, eval_values_1.sanitize)(evalNode(p.c, scope)));
            stop = add((0, values_1.isUnknown)(c) ? c : evalTemplateParts(c ? p.then : p.else, scope));
        }
        else {
            const coll = (0, eval_values_1.sanitize)(evalNode(p.coll, scope));
            const entries = (0, values_1.isUnknown)(coll) ? coll : collectionEntries(coll);
            if ((0, values_1.isUnknown)(entries))
                stop = add(entries);
            else {
                for (const [k, v] of entries) {
                    stop = budget.step() ?? add(evalTemplateParts(p.body, scope.bind(p.valVar, v, p.keyVar, k)));
                    if (stop)
                        break;
                }
            }
        }
        if (stop)
            return stop;
    }
    return joined(pieces, hole);
}
/** A template's result: its text, or, when a piece is not known, an Unknown that keeps the known pieces. */
function joined(pieces, hole) {
    if (!hole)
        return pieces.join("");
    const text = [];
    for (const p of pieces) {
        const last = text.length - 1;
        if (p !== null && last >= 0 && text[last] !== null)
            text[last] += p;
        else if (p !== null || text[last] !== null)
            text.push(p);
    }
    return text.some((p) => p !== null && p !== "") ? new values_1.Unknown(hole.reason, { text }) : new values_1.Unknown(hole.reason);
}
function collectionEntries(v) {
    if ((0, values_1.isUnknown)(v))
        return v;
    if (Array.isArray(v))
        return v.map((x, i) => [i, x]);
    if ((0, eval_values_1.isPlainObject)(v))
        return Object.keys(v).sort().map((k) => [k, v[k]]);
    return (0, functions_1.evalError)("for expression over a value that is not a collection");
}
/** Functions that only select or combine values: whole resources may pass through them unchanged. */
const PASS_THROUGH = new Set(["one", "element", "lookup", "coalesce", "concat", "flatten", "values", "tolist", "toset", "compact", "merge"]);
/** Evaluates an expression node: one step of the scan's budget, one level of its evaluation depth. */
function evalNode(n, scope) {
    if (n.k === "lit")
        return n.v;
    const budget = scope.module.ev.budget;
    const spent = budget.step();
    if (spent)
        return spent;
    if (budget.depth >= budget.limits.maxEvaluationDepth)
        return budget.tooDeep();
    budget.depth++;
    try {
        const v = evalNodeHere(n, scope);
        return (0, values_1.isUnknown)(v) && !keepsFacts(n) ? withoutFacts(v) : v;
    }
    finally {
        budget.depth--;
    }
}
/**
 * Whether an expression passes an unknown value on unchanged, so what is known about it (`UnknownFacts`) still holds:
 * references, indexing, constructors and functions that only select. Anything that computes a new value from it (an
 * operator, a template with text around it, `replace()`) knows nothing about the result.
 */
function keepsFacts(n) {
    switch (n.k) {
        case "root":
        case "attr":
        case "index":
        case "splat":
        case "splatItem":
        case "tuple":
        case "object":
        case "for":
        case "cond":
            return true;
        case "call":
            return PASS_THROUGH.has(n.name) || n.name === "jsonencode"; // jsonencode's unknown result carries its own facts
        case "tmpl":
            // A single `${…}` passes its value on; a template with text builds a new Unknown whose only facts are its text.
            return true;
        default:
            return false;
    }
}
function withoutFacts(u) {
    return Object.keys(u.facts).length === 0 ? u : new values_1.Unknown(u.reason);
}
function evalNodeHere(n, scope) {
    switch (n.k) {
        case "lit":
            return n.v;
        case "error":
            if (n.tooDeep)
                return scope.module.ev.budget.tooDeep("expression");
            return new values_1.Unknown(`expression could not be parsed: ${n.message}`);
        case "tmpl":
            return evalTemplateParts(n.parts, scope);
        case "root":
            return lookupRoot(n.name, scope);
        case "attr":
            return getAttr(evalNode(n.obj, scope), n.name);
        case "index":
            return getIndex(evalNode(n.obj, scope), evalNode(n.key, scope));
        case "splatItem": {
            const v = scope.lookupBinding(eval_values_1.SPLAT_ITEM);
            return v === eval_values_1.NOT_BOUND ? (0, functions_1.evalError)("splat item outside a splat") : v;
        }
        case "splat": {
            const src = evalNode(n.src, scope);
            if ((0, values_1.isUnknown)(src))
                return src;
            if (src === null || src === undefined)
                return [];
            const list = Array.isArray(src) ? src : [src];
            return elements(list.length, (i) => evalNode(n.body, scope.bind(eval_values_1.SPLAT_ITEM, list[i])));
        }
        case "call": {
            // `core::NAME` is the built-in NAME, as in Terraform (try, can and the template functions included).
            const name = n.name.startsWith("core::") ? n.name.slice("core::".length) : n.name;
            if (name === "sensitive" || name === "nonsensitive") {
                // sensitive(x) marks x; nonsensitive(x) would unmark it, but moat keeps the mark: printing less is safe.
                const v = evalNode(n.args[0] ?? { k: "lit", v: null }, scope);
                if (name === "sensitive")
                    scope.module.ev.refs.add(scope.module.markSensitive(`sensitive()#${scope.module.ev.sensitiveValues.size}`, v));
                return v;
            }
            if (name === "try") {
                let last = (0, functions_1.evalError)("try: no argument succeeded");
                for (const a of n.args) {
                    const v = evalNode(a, scope);
                    if (v instanceof functions_1.EvalError) {
                        last = v;
                        continue;
                    }
                    return v;
                }
                return last;
            }
            if (name === "can") {
                const v = evalNode(n.args[0] ?? { k: "lit", v: null }, scope);
                if (v instanceof functions_1.EvalError)
                    return false;
                if ((0, values_1.isUnknown)(v))
                    return v;
                return true;
            }
            let args = n.args.map((a) => evalNode(a, scope));
            if (!PASS_THROUGH.has(name))
                args = args.map((a) => (0, eval_values_1.sanitize)(a));
            if (n.expand && args.length > 0) {
                const last = (0, eval_values_1.sanitize)(args[args.length - 1]);
                if ((0, values_1.isUnknown)(last))
                    return last;
                if (!Array.isArray(last))
                    return (0, functions_1.evalError)("expanding argument (...) must be a list");
                args = [...args.slice(0, -1), ...last];
            }
            if (name === "templatefile" || name === "templatestring")
                return templateCall(name, args, scope);
            return (0, functions_1.callFunction)(name, args, scope.module.ev.budget, scope.module.ev.files);
        }
        case "cond": {
            const c = truthy((0, eval_values_1.sanitize)(evalNode(n.c, scope)));
            if ((0, values_1.isUnknown)(c)) {
                const t = (0, eval_values_1.sanitize)(evalNode(n.t, scope));
                const f = (0, eval_values_1.sanitize)(evalNode(n.f, scope));
                const same = (0, functions_1.deepEqual)(t, f, scope.module.ev.budget);
                return same === true ? t : withoutFacts(c);
            }
            return c ? evalNode(n.t, scope) : evalNode(n.f, scope);
        }
        case "un": {
            const x = (0, eval_values_1.sanitize)(evalNode(n.x, scope));
            if ((0, values_1.isUnknown)(x))
                return x;
            if (n.op === "!") {
                const b = truthy(x);
                return (0, values_1.isUnknown)(b) ? b : !b;
            }
            const num = typeof x === "number" ? x : Number(x);
            return Number.isNaN(num) ? (0, functions_1.evalError)("unary minus on a value that is not a number") : -num;
        }
        case "bin":
            return evalBinary(n.op, n.l, n.r, scope);
        case "tuple":
            return elements(n.items.length, (i) => evalNode(n.items[i], scope));
        case "object": {
            const out = {};
            for (const item of n.items) {
                const k = (0, eval_values_1.sanitize)(evalNode(item.key, scope));
                if ((0, values_1.isUnknown)(k))
                    return k;
                const ks = (0, functions_1.toStr)(k);
                if ((0, values_1.isUnknown)(ks))
                    return ks;
                const v = evalNode(item.value, scope);
                // As in Terraform, an error in one element is the error of the whole constructor (so try() falls back).
                if (v instanceof functions_1.EvalError)
                    return v;
                out[ks] = v;
            }
            return out;
        }
        case "for":
            return evalFor(n, scope);
    }
}
/** A list of `count` evaluated elements; an error in one of them is the error of the whole list, as in Terraform. */
function elements(count, element) {
    const out = [];
    for (let i = 0; i < count; i++) {
        const v = element(i);
        if (v instanceof functions_1.EvalError)
            return v;
        out.push(v);
    }
    return out;
}
function evalBinary(op, ln, rn, scope) {
    if (op === "&&" || op === "||") {
        const l = truthy((0, eval_values_1.sanitize)(evalNode(ln, scope)));
        if (l instanceof functions_1.EvalError)
            return l;
        if (!(0, values_1.isUnknown)(l) && (op === "&&" ? !l : l))
            return l;
        const r = truthy((0, eval_values_1.sanitize)(evalNode(rn, scope)));
        if (r instanceof functions_1.EvalError)
            return r;
        if (!(0, values_1.isUnknown)(r) && (op === "&&" ? !r : r))
            return r;
        if ((0, values_1.isUnknown)(l))
            return l;
        if ((0, values_1.isUnknown)(r))
            return r;
        return r;
    }
    const l = (0, eval_values_1.sanitize)(evalNode(ln, scope));
    const r = (0, eval_values_1.sanitize)(evalNode(rn, scope));
    if (op === "==" || op === "!=") {
        const eq = (0, functions_1.deepEqual)(l, r, scope.module.ev.budget);
        if ((0, values_1.isUnknown)(eq))
            return eq;
        return op === "==" ? eq : !eq;
    }
    if ((0, values_1.isUnknown)(l))
        return l;
    if ((0, values_1.isUnknown)(r))
        return r;
    const a = typeof l === "number" ? l : Number(l);
    const b = typeof r === "number" ? r : Number(r);
    if (l === null || r === null || Number.isNaN(a) || Number.isNaN(b))
        return (0, functions_1.evalError)(`operator ${op} needs numbers`);
    switch (op) {
        case "<":
            return a < b;
        case "<=":
            return a <= b;
        case ">":
            return a > b;
        case ">=":
            return a >= b;
        case "+":
            return a + b;
        case "-":
            return a - b;
        case "*":
            return a * b;
        case "/":
            return b === 0 ? (0, functions_1.evalError)("division by zero") : a / b;
        case "%":
            return b === 0 ? (0, functions_1.evalError)("division by zero") : a % b;
    }
    return (0, functions_1.evalError)(`unknown operator ${op}`);
}
function evalFor(n, scope) {
    const coll = (0, eval_values_1.sanitize)(evalNode(n.coll, scope));
    if ((0, values_1.isUnknown)(coll))
        return coll;
    const list = Array.isArray(coll) ? coll : undefined;
    const keys = list ? undefined : (0, eval_values_1.isPlainObject)(coll) ? Object.keys(coll).sort() : undefined;
    if (!list && !keys)
        return (0, functions_1.evalError)("for expression over a value that is not a collection");
    const tuple = [];
    const obj = {};
    const grouped = {};
    const count = list ? list.length : keys.length;
    for (let i = 0; i < count; i++) {
        const k = list ? i : keys[i];
        const v = list ? list[i] : coll[k];
        const spent = scope.module.ev.budget.step();
        if (spent)
            return spent;
        const s = scope.bind(n.valVar, v, n.keyVar, k);
        if (n.cond) {
            const c = truthy((0, eval_values_1.sanitize)(evalNode(n.cond, s)));
            if ((0, values_1.isUnknown)(c))
                return c;
            if (!c)
                continue;
        }
        if (n.kind === "tuple") {
            const val = evalNode(n.valExpr, s);
            if (val instanceof functions_1.EvalError)
                return val;
            tuple.push(val);
        }
        else {
            const key = (0, eval_values_1.sanitize)(evalNode(n.keyExpr, s));
            if ((0, values_1.isUnknown)(key))
                return key;
            const ks = (0, functions_1.toStr)(key);
            if ((0, values_1.isUnknown)(ks))
                return ks;
            const val = evalNode(n.valExpr, s);
            if (val instanceof functions_1.EvalError)
                return val;
            if (n.group)
                (grouped[ks] ??= []).push(val);
            else
                obj[ks] = val;
        }
    }
    if (n.kind === "tuple")
        return tuple;
    return n.group ? grouped : obj;
}
// ------------------------------------------------------------------ variable types
/**
 * Applies a variable's declared type where it changes what a rule sees: primitive conversions
 * ("443" → 443 for number) and `optional(type, default)` attributes of object types.
 */
function convertToType(v, typeJson, scope) {
    if (typeof typeJson !== "string")
        return v;
    const t = (0, expr_1.parseTemplate)(typeJson);
    return applyType(v, t, scope);
}
function applyType(v, t, scope) {
    if ((0, values_1.isUnknown)(v) || v === null || v === undefined || v instanceof eval_values_1.Lazy)
        return v;
    if (t.k === "root") {
        if (t.name === "number" && typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)))
            return Number(v);
        if (t.name === "bool" && (v === "true" || v === "false"))
            return v === "true";
        if (t.name === "string" && (typeof v === "number" || typeof v === "boolean"))
            return String(v);
        return v;
    }
    if (t.k !== "call")
        return v;
    const [inner] = t.args;
    switch (t.name) {
        case "list":
        case "set":
            if (!Array.isArray(v) || !inner)
                return v;
            return scope.module.ev.budget.step(v.length) ?? v.map((x) => applyType(x, inner, scope));
        case "map":
            if ((0, eval_values_1.isPlainObject)(v) && inner) {
                const spent = scope.module.ev.budget.step(Object.keys(v).length);
                if (spent)
                    return spent;
                const out = {};
                for (const [k, x] of Object.entries(v))
                    out[k] = applyType(x, inner, scope);
                return out;
            }
            return v;
        case "object": {
            if (!(0, eval_values_1.isPlainObject)(v) || !inner || inner.k !== "object")
                return v;
            const out = { ...v };
            for (const item of inner.items) {
                const key = item.key.k === "lit" ? String(item.key.v) : undefined;
                if (key === undefined)
                    continue;
                const attrType = item.value;
                if (attrType.k === "call" && attrType.name === "optional") {
                    if (!(key in out) || out[key] === null) {
                        out[key] = attrType.args[1] ? evalNode(attrType.args[1], scope) : null;
                    }
                    if (attrType.args[0])
                        out[key] = applyType(out[key], attrType.args[0], scope);
                }
                else if (key in out) {
                    out[key] = applyType(out[key], attrType, scope);
                }
            }
            return out;
        }
        default:
            return v;
    }
}
// ------------------------------------------------------------------ entry points
/** Parses a `--var` value the way Terraform does: HCL literal syntax unless the variable is a string. */
function parseCliVarValue(text, budget) {
    const node = (0, expr_1.parseExpression)(text);
    if (node.k === "error" && node.tooDeep && budget)
        return budget.tooDeep("--var value");
    const literal = (x) => {
        if (x.k === "lit")
            return x.v;
        if (x.k === "tuple") {
            const items = x.items.map(literal);
            return items.includes(eval_values_1.NOT_BOUND) ? eval_values_1.NOT_BOUND : items;
        }
        if (x.k === "object") {
            const out = {};
            for (const it of x.items) {
                const k = literal(it.key);
                const v = literal(it.value);
                if (k === eval_values_1.NOT_BOUND || v === eval_values_1.NOT_BOUND || (k !== null && typeof k === "object"))
                    return eval_values_1.NOT_BOUND;
                out[String(k)] = v;
            }
            return out;
        }
        return eval_values_1.NOT_BOUND;
    };
    const v = literal(node);
    return v === eval_values_1.NOT_BOUND ? text : v;
}
