"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SENSITIVE_REF = exports.SPLAT_ITEM = exports.NOT_BOUND = exports.Scope = exports.RefCollector = exports.sourceOf = exports.Lazy = void 0;
exports.isSensitiveRef = isSensitiveRef;
exports.unexpected = unexpected;
exports.guarded = guarded;
exports.sanitize = sanitize;
exports.finalise = finalise;
exports.isPlainObject = isPlainObject;
/**
 * Values while the Terraform source door evaluates: lazily resolved objects (a resource, `var`, a module's outputs),
 * the recorder of the references an evaluation makes, the scopes of local bindings, sensitive values as
 * pseudo-references, and the guards that keep a bug or an exhausted stack inside one value. What a scope's module
 * instance (evaluate.ts) offers is the `ScopeModule` interface; the expressions themselves are eval-expression.ts.
 */
const values_1 = require("../core/values");
/** An object whose attributes are resolved on access: a resource, a module's outputs, `var`, `local`… */
class Lazy {
    describe;
    getter;
    onWhole;
    constructor(describe, getter, 
    /** Called when the whole object is used as a value (it then becomes Unknown). */
    onWhole = () => { }) {
        this.describe = describe;
        this.getter = getter;
        this.onWhole = onWhole;
    }
}
exports.Lazy = Lazy;
/** Evaluated block bodies and object literals remember where they were written, for line numbers. */
exports.sourceOf = new WeakMap();
/**
 * What `RefCollector.end` gives for a recording that touched nothing (most do): one set for all of them, so nothing
 * may add to it.
 */
class NoRefs extends Set {
    add(id) {
        throw new Error(`internal error: reference ${id} added to the shared empty reference set`);
    }
}
const NO_REFS = new NoRefs();
/** Reference recorder: the resource instance ids an attribute's evaluation touched. */
class RefCollector {
    /** One entry per open recording: its set, made when it records its first reference. */
    stack = [];
    begin() {
        this.stack.push(undefined);
    }
    end() {
        return this.stack.pop() ?? NO_REFS;
    }
    /** How many recordings are open (to close those an exception left open). */
    get open() {
        return this.stack.length;
    }
    closeTo(open) {
        this.stack.length = Math.min(this.stack.length, open);
    }
    add(id) {
        const top = this.stack.length - 1;
        if (top >= 0)
            (this.stack[top] ??= new Set()).add(id);
    }
    addAll(ids) {
        const top = this.stack.length - 1;
        if (top < 0 || ids.size === 0)
            return;
        const set = (this.stack[top] ??= new Set());
        for (const id of ids)
            set.add(id);
    }
}
exports.RefCollector = RefCollector;
// ------------------------------------------------------------------ scopes
/** Local bindings: count/each, for-expression variables, dynamic-block iterators, the splat item. */
class Scope {
    module;
    parent;
    name1;
    value1;
    name2;
    value2;
    /**
     * At most two bindings per scope, in fields: a scope is made for every element of every for-expression, so it must
     * be cheap to make. `with` chains scopes for more.
     */
    constructor(module, parent, name1, value1, name2, value2) {
        this.module = module;
        this.parent = parent;
        this.name1 = name1;
        this.value1 = value1;
        this.name2 = name2;
        this.value2 = value2;
    }
    static of(module) {
        return new Scope(module, undefined);
    }
    with(bindings) {
        return Object.keys(bindings).reduce((scope, name) => new Scope(this.module, scope, name, bindings[name]), this);
    }
    /** One binding, or two (`for k, v in …`: keyVar is undefined without a key variable). */
    bind(valVar, value, keyVar, key) {
        return new Scope(this.module, this, valVar, value, keyVar, key);
    }
    lookupBinding(name) {
        return Scope.lookupFrom(this, name);
    }
    /** A loop, not a recursion: a chain of scopes is as long as the evaluation is deep. */
    static lookupFrom(scope, name) {
        for (let s = scope; s; s = s.parent) {
            if (s.name1 === name)
                return s.value1;
            if (s.name2 !== undefined && s.name2 === name)
                return s.value2;
        }
        return exports.NOT_BOUND;
    }
}
exports.Scope = Scope;
exports.NOT_BOUND = Symbol("not bound");
exports.SPLAT_ITEM = "\u0000splat";
// ------------------------------------------------------------------ sensitivity
/**
 * Sensitive values travel as pseudo-references: reading a `sensitive = true` variable or module output records a
 * reference to `SENSITIVE_REF + <what>`, and the reference recorder already carries references through every
 * expression, local, module input and output, and resource attribute. An attribute whose evaluation touched one is
 * sensitive as a whole, as Terraform marks any value derived from a sensitive one; the adapter turns it into the
 * resource's `secrets`, which every output redacts. Pseudo-references are never graph edges.
 */
exports.SENSITIVE_REF = "\u0000sensitive:";
function isSensitiveRef(id) {
    return id.startsWith(exports.SENSITIVE_REF);
}
/**
 * An exception escaped evaluation: a bug, or a stack exhausted despite the depth guards. The value is Unknown and an
 * error entry names what was lost (never a stack trace or a path from the message).
 */
function unexpected(e, budget, what, site) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
        budget.site = site ?? budget.site;
        return budget.stackExhausted();
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message.replace(/\s+/g, " ").slice(0, 200)}` : String(e).slice(0, 200);
    budget.error(`${what} could not be evaluated (internal error: ${detail}); this is a bug in moat, please report it`, site);
    return new values_1.Unknown(`${what} could not be evaluated (internal error)`);
}
/**
 * Runs one evaluation so that an exception cannot escape it: a bug or an exhausted stack makes this value Unknown (with
 * an error entry), and the budget and the reference recorder are as they were before it, so the scan goes on.
 */
function guarded(ev, what, site, run) {
    const { site: outerSite, depth } = ev.budget;
    const open = ev.refs.open;
    ev.budget.site = site;
    try {
        return run();
    }
    catch (e) {
        ev.refs.closeTo(open);
        return unexpected(e, ev.budget, what, site);
    }
    finally {
        ev.budget.site = outerSite;
        ev.budget.depth = depth;
    }
}
/** Replaces Lazy objects used as whole values by Unknown (recording the reference). */
function sanitize(v, _scope) {
    if (v instanceof Lazy) {
        v.onWhole();
        return new values_1.Unknown(`${v.describe} is not a plain value`);
    }
    return v;
}
/**
 * Deep version of sanitize for values that leave the evaluator (resource attributes). A value nested deeper than
 * limits.maxEvaluationDepth (built step by step through cached locals) is cut there, so that no consumer of the model
 * meets a value deep enough to exhaust its stack.
 */
function finalise(v, budget) {
    const walk = { nodes: 0 };
    const out = finaliseNode(v, budget, 0, walk);
    return walk.cut ?? out;
}
function finaliseNode(v, budget, depth, walk) {
    if (depth > budget.limits.maxEvaluationDepth)
        return budget.tooDeep("value");
    if (walk.cut)
        return walk.cut;
    // One step per node, and at most limits.maxCollectionSize nodes per value: parts shared by many elements are
    // walked each time they occur, here and by every consumer of the model.
    if (++walk.nodes > budget.limits.maxCollectionSize) {
        return (walk.cut = budget.reached("maxCollectionSize", `a value with more than ${budget.limits.maxCollectionSize} elements in all`));
    }
    const spent = budget.step();
    if (spent)
        return (walk.cut = spent);
    if (v instanceof Lazy) {
        v.onWhole();
        return new values_1.Unknown(`${v.describe} (a whole object) is known after apply`);
    }
    // A copy is made only once an element changes (most values are already final): the elements before it are copied
    // then, the rest as they are walked.
    if (Array.isArray(v)) {
        let out;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            const f = finaliseNode(x, budget, depth + 1, walk);
            if (out === undefined && f !== x)
                out = v.slice(0, i);
            out?.push(f);
        }
        return out === undefined ? v : withSourceOf(v, out);
    }
    if (v && typeof v === "object" && !(0, values_1.isUnknown)(v)) {
        const obj = v;
        const keys = Object.keys(obj);
        let out;
        for (let i = 0; i < keys.length; i++) {
            const x = obj[keys[i]];
            const f = finaliseNode(x, budget, depth + 1, walk);
            if (out === undefined && f !== x) {
                out = {};
                for (let j = 0; j < i; j++)
                    out[keys[j]] = obj[keys[j]];
            }
            if (out !== undefined)
                out[keys[i]] = f;
        }
        return out === undefined ? v : withSourceOf(v, out);
    }
    return v;
}
/** `copy`, which replaces `original`, remembers where the original was written. */
function withSourceOf(original, copy) {
    const src = exports.sourceOf.get(original);
    if (src)
        exports.sourceOf.set(copy, src);
    return copy;
}
function isPlainObject(v) {
    return !!v && typeof v === "object" && !Array.isArray(v) && !(0, values_1.isUnknown)(v) && !(v instanceof Lazy);
}
