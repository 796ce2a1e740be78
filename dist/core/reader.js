"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Doubt = exports.Reader = exports.NotEvaluated = exports.UNKNOWN_REASONS = void 0;
exports.notEvaluated = notEvaluated;
exports.known = known;
exports.read = read;
const values_1 = require("./values");
/**
 * The reasons the reader gives, by id. `{{path}}` is the attribute's path in the resource, `{{reason}}` the Unknown's
 * own reason ("var.protocol has no value", "known after apply", "unknown during preview"), which users see unchanged.
 */
exports.UNKNOWN_REASONS = {
    unknownAttribute: "{{path}} is not known: {{reason}}",
};
const ATTRIBUTE = "unknownAttribute";
/**
 * Thrown by a read that met an Unknown: the check of `resource` stops there and the engine records it as not
 * evaluated. Not an Error (no stack to build): it is control flow, caught by core/engine.ts and `ctx.attempt`.
 */
class NotEvaluated {
    value;
    at;
    resource;
    reasonId;
    constructor(value, at, resource, 
    /** How the reason is worded: an attribute read names its path; a computed value's own reason says it all. */
    reasonId) {
        this.value = value;
        this.at = at;
        this.resource = resource;
        this.reasonId = reasonId;
    }
}
exports.NotEvaluated = NotEvaluated;
/** Stops the check of `resource`: `value` (at `at`) is not known. */
function notEvaluated(value, at, resource, reasonId) {
    throw new NotEvaluated(value, at, resource, reasonId);
}
/**
 * A value computed by a view or a helper that may be Unknown: returned when known; else the check of `resource` stops
 * with the value's own reason, located at `at` (what `ctx.known` does, for helpers that get no context).
 */
function known(value, at, resource) {
    if ((0, values_1.isUnknown)(value))
        notEvaluated(value, at, resource);
    return value;
}
/** Reads the attributes of a resource, or of one nested block of it. */
class Reader {
    resource;
    attrs;
    base;
    behalf;
    constructor(resource, attrs, 
    /** The path of `attrs` in the resource: `[]` for the resource, `["default_action", 0]` for a block. */
    base = [], 
    /** Set by `onBehalfOf`: the check an unknown stops, and where it is located there. */
    behalf) {
        this.resource = resource;
        this.attrs = attrs;
        this.base = base;
        this.behalf = behalf;
    }
    /**
     * This reader, reading for the check of another resource that uses this one (an instance reading its parameter group):
     * an unknown met here stops that check, located at `at` (the attribute that names this resource), with the value's
     * own reason.
     */
    onBehalfOf(resource, at) {
        return new Reader(this.resource, this.attrs, this.base, { resource, at });
    }
    /** Stops the check: the value at `path` (below this reader) is not known. */
    stop(value, path) {
        if (this.behalf)
            notEvaluated(value, this.behalf.at, this.behalf.resource);
        notEvaluated(value, this.at(path), this.resource, ATTRIBUTE);
    }
    /** The full path of a key, for `at` in a finding. */
    at(key = []) {
        return [...this.base, ...steps(key)];
    }
    /** The raw value, three-state: known, absent (`undefined`) or Unknown. Never throws: the rule decides. */
    maybe(key) {
        return walk(this.attrs, steps(key)).value;
    }
    /** The value, known (`undefined` when absent). Its inside may still hold Unknowns: see `whole`. */
    value(key) {
        const { value, at } = walk(this.attrs, steps(key));
        if ((0, values_1.isUnknown)(value))
            this.stop(value, at);
        return value;
    }
    /** The value with nothing unknown anywhere inside it (a list of CIDRs, a map of tags). */
    whole(key) {
        const v = this.value(key);
        const inner = (0, values_1.firstUnknown)(v);
        if (inner)
            this.stop(inner, steps(key));
        return v;
    }
    /** A string (numbers and booleans convert, as in HCL); `undefined` when absent or not a string. */
    string(key) {
        return (0, values_1.asString)(this.value(key));
    }
    /**
     * A string for a message, never stopping the check: the known string, `whenUnknown` when it is Unknown (the reason is
     * not repeated in every message), `undefined` when absent.
     */
    stringOr(key, whenUnknown) {
        const v = this.maybe(key);
        return (0, values_1.isUnknown)(v) ? whenUnknown : (0, values_1.asString)(v);
    }
    /**
     * Whether the attribute is set to a non-blank value, or may be (it is Unknown: a reference to an ARN or an id not
     * known yet names one). Never stops the check.
     */
    mayBeSet(key) {
        const v = this.maybe(key);
        return (0, values_1.isUnknown)(v) || ((0, values_1.asString)(v)?.trim() ?? "") !== "";
    }
    /**
     * Whether the attribute may be one of `values` (compared ignoring case): true when it is one or is Unknown, false when
     * it is absent or another value. Never stops the check: for a test that decides the resource is out of scope before
     * the value matters (read it with `string` once it does).
     */
    mayBe(key, values) {
        const v = this.maybe(key);
        return (0, values_1.isUnknown)(v) || (0, values_1.oneOf)(v, values);
    }
    /** A string, upper-cased (protocols). */
    upper(key) {
        return this.string(key)?.toUpperCase();
    }
    /** A number (numeric strings convert); `undefined` when absent or not a number. */
    number(key) {
        return (0, values_1.asNumber)(this.value(key));
    }
    /** A boolean (`"true"`/`"false"` convert, as in Terraform); `undefined` when absent or not a boolean. */
    bool(key) {
        return (0, values_1.asBool)(this.value(key));
    }
    /**
     * A boolean setting, triaged: `true`/`false` (`"true"`/`"false"` convert, as in Terraform), `undefined` when absent or
     * null (the provider's default applies). A value that is set but is not a boolean (`"yes"`, `1`) stops the check, not
     * evaluated ("is not a boolean moat can read"): moat does not guess what the provider makes of it, and a rule that
     * used `bool` would read it as absent (a silent pass or a wrong "not set").
     */
    flag(key) {
        const v = this.value(key);
        if ((0, values_1.isAbsent)(v))
            return undefined;
        const b = (0, values_1.asBool)(v);
        if (b !== undefined)
            return b;
        const path = this.at(key);
        const reason = (0, values_1.unknown)(`${path.join(".")} = ${JSON.stringify(v)} is not a boolean moat can read`);
        if (this.behalf)
            notEvaluated(reason, this.behalf.at, this.behalf.resource);
        return notEvaluated(reason, path, this.resource);
    }
    /**
     * Whether the attribute is set: not absent, not null, not a blank string, not an empty list. An Unknown the provider
     * guarantees set (another resource's `id` or `arn`) counts as set; any other Unknown stops the check.
     */
    present(key) {
        const { value, at } = walk(this.attrs, steps(key));
        if ((0, values_1.isUnknown)(value)) {
            if (value.facts.present)
                return true;
            this.stop(value, at);
        }
        if (value === undefined || value === null)
            return false;
        if (typeof value === "string")
            return value.trim() !== "";
        return !Array.isArray(value) || value.length > 0;
    }
    /** A list: a known array (a single value is wrapped; absent is empty). Its elements may be Unknown: see `whole`. */
    list(key) {
        return (0, values_1.asList)(this.value(key)); // value() has stopped on an Unknown
    }
    /** The nested blocks, each with its own reader. An unknown list, or an unknown block in it, stops the check. */
    blocks(key) {
        const path = steps(key);
        const out = [];
        this.list(path).forEach((item, index) => {
            if ((0, values_1.isUnknown)(item))
                this.stop(item, [...path, index]);
            if (item && typeof item === "object" && !Array.isArray(item))
                out.push(new Reader(this.resource, item, this.at([...path, index]), this.behalf));
        });
        return out;
    }
    /** The first nested block, or `undefined` when there is none. */
    block(key) {
        return this.blocks(key)[0];
    }
    /**
     * A value computed from this resource (by a view, a helper) that may be Unknown: returned when known, else the check
     * stops, located at `key`.
     */
    known(value, key = []) {
        if ((0, values_1.isUnknown)(value)) {
            if (this.behalf)
                notEvaluated(value, this.behalf.at, this.behalf.resource);
            notEvaluated(value, this.at(key), this.resource);
        }
        return value;
    }
}
exports.Reader = Reader;
/** A reader of a resource's attributes. */
function read(resource) {
    return new Reader(resource, resource.attrs);
}
function steps(key) {
    return typeof key === "string" ? [key] : key;
}
/**
 * Follows a path, as `get` (core/values.ts) does, and says where it stopped: at the first Unknown (`at` is the path up
 * to it, so the not-evaluated note points at the attribute that is unknown) or at an absent step (`undefined`).
 * A single block written as an object is read as a list of one, as `blocks` does.
 */
function walk(attrs, path) {
    let cur = attrs;
    for (let i = 0; i < path.length; i++) {
        if ((0, values_1.isUnknown)(cur))
            return { value: cur, at: path.slice(0, i) };
        if (cur === undefined || cur === null)
            return { value: undefined, at: path };
        const step = path[i];
        if (typeof step === "number") {
            if (Array.isArray(cur))
                cur = cur[step];
            else
                cur = step === 0 && typeof cur === "object" ? cur : undefined;
        }
        else {
            if (typeof cur !== "object" || Array.isArray(cur))
                return { value: undefined, at: path };
            cur = (cur)[step];
        }
    }
    return { value: cur === null ? undefined : cur, at: path };
}
/**
 * Unknowns that decide only if nothing else does. A verdict that goes on past them (another listener, another policy may
 * still settle it) runs its reads through `test`, which keeps the first unknown met instead of stopping; when nothing
 * has decided, `settle` stops the check of `resource` with it, located at `at`, with the value's own reason.
 */
class Doubt {
    resource;
    at;
    first;
    constructor(resource, at = []) {
        this.resource = resource;
        this.at = at;
    }
    /** Runs reads: their result, or `undefined` when they met an unknown (kept, reworded by `word` if given). */
    test(reads, word) {
        try {
            return reads();
        }
        catch (error) {
            if (!(error instanceof NotEvaluated))
                throw error;
            this.first ??= word ? word(error.value) : error.value;
            return undefined;
        }
    }
    /** Keeps an unknown found another way (a resource that may not be created). */
    keep(value) {
        this.first ??= value;
    }
    /** Keeps the first unknown of another doubt (one settled inside this one). */
    adopt(other) {
        this.first ??= other.first;
    }
    /** Whether an unknown was kept. */
    get open() {
        return this.first !== undefined;
    }
    /** Stops the check with the first unknown kept, if any. */
    settle() {
        if (this.first)
            notEvaluated(this.first, this.at, this.resource);
    }
}
exports.Doubt = Doubt;
