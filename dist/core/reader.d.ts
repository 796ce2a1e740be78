/**
 * The reader: how a rule reads a resource's attributes so that it cannot forget an unknown.
 *
 * Every typed read (`string`, `number`, `bool`, `blocks`, …) returns a known value or `undefined` (absent). When the
 * value is Unknown, the read does not return: it throws a `NotEvaluated` sentinel that the engine's rule runner
 * (core/engine.ts) catches, records as "not evaluated" with the attribute's path and the reason template below, and
 * then moves on to the next resource. The rest of the rule's code never sees an Unknown.
 *
 * Some verdicts must go on past an unknown (a known internet CIDR decides even when another CIDR is unknown). For
 * those, `maybe` returns the raw three-state Value without throwing, and the rule decides; `ctx.attempt` runs one part
 * of a check (one listener rule of a listener) so that an unknown in it ends that part only.
 *
 * Explicit `ctx.unknown` stays for semantic unknowns: a value that is known but that moat cannot judge (a policy name
 * it does not know), or a related resource that may not be created.
 */
import type { Resource } from "./model";
import { type AttrPath, type Attrs, type Known, type Unknown, type Value } from "./values";
/**
 * The reasons the reader gives, by id. `{{path}}` is the attribute's path in the resource, `{{reason}}` the Unknown's
 * own reason ("var.protocol has no value", "known after apply", "unknown during preview"), which users see unchanged.
 */
export declare const UNKNOWN_REASONS: {
    readonly unknownAttribute: "{{path}} is not known: {{reason}}";
};
export type UnknownReasonId = keyof typeof UNKNOWN_REASONS;
/**
 * Thrown by a read that met an Unknown: the check of `resource` stops there and the engine records it as not
 * evaluated. Not an Error (no stack to build): it is control flow, caught by core/engine.ts and `ctx.attempt`.
 */
export declare class NotEvaluated {
    readonly value: Unknown;
    readonly at: AttrPath;
    readonly resource: Resource;
    /** How the reason is worded: an attribute read names its path; a computed value's own reason says it all. */
    readonly reasonId?: UnknownReasonId | undefined;
    constructor(value: Unknown, at: AttrPath, resource: Resource, 
    /** How the reason is worded: an attribute read names its path; a computed value's own reason says it all. */
    reasonId?: UnknownReasonId | undefined);
}
/** A name or a path below the reader's own path: `"protocol"`, `["redirect", 0, "protocol"]`. */
export type Key = string | AttrPath;
/** Stops the check of `resource`: `value` (at `at`) is not known. */
export declare function notEvaluated(value: Unknown, at: AttrPath, resource: Resource, reasonId?: UnknownReasonId): never;
/**
 * A value computed by a view or a helper that may be Unknown: returned when known; else the check of `resource` stops
 * with the value's own reason, located at `at` (what `ctx.known` does, for helpers that get no context).
 */
export declare function known<T>(value: T | Unknown, at: AttrPath, resource: Resource): T;
/** Reads the attributes of a resource, or of one nested block of it. */
export declare class Reader {
    readonly resource: Resource;
    readonly attrs: Attrs;
    /** The path of `attrs` in the resource: `[]` for the resource, `["default_action", 0]` for a block. */
    readonly base: AttrPath;
    /** Set by `onBehalfOf`: the check an unknown stops, and where it is located there. */
    private readonly behalf?;
    constructor(resource: Resource, attrs: Attrs, 
    /** The path of `attrs` in the resource: `[]` for the resource, `["default_action", 0]` for a block. */
    base?: AttrPath, 
    /** Set by `onBehalfOf`: the check an unknown stops, and where it is located there. */
    behalf?: {
        resource: Resource;
        at: AttrPath;
    } | undefined);
    /**
     * This reader, reading for the check of another resource that uses this one (an instance reading its parameter group):
     * an unknown met here stops that check, located at `at` (the attribute that names this resource), with the value's
     * own reason.
     */
    onBehalfOf(resource: Resource, at: AttrPath): Reader;
    /** Stops the check: the value at `path` (below this reader) is not known. */
    private stop;
    /** The full path of a key, for `at` in a finding. */
    at(key?: Key): AttrPath;
    /** The raw value, three-state: known, absent (`undefined`) or Unknown. Never throws: the rule decides. */
    maybe(key: Key): Value;
    /** The value, known (`undefined` when absent). Its inside may still hold Unknowns: see `whole`. */
    value(key: Key): Known | undefined;
    /** The value with nothing unknown anywhere inside it (a list of CIDRs, a map of tags). */
    whole(key: Key): Known | undefined;
    /** A string (numbers and booleans convert, as in HCL); `undefined` when absent or not a string. */
    string(key: Key): string | undefined;
    /**
     * A string for a message, never stopping the check: the known string, `whenUnknown` when it is Unknown (the reason is
     * not repeated in every message), `undefined` when absent.
     */
    stringOr(key: Key, whenUnknown: string): string | undefined;
    /**
     * Whether the attribute is set to a non-blank value, or may be (it is Unknown: a reference to an ARN or an id not
     * known yet names one). Never stops the check.
     */
    mayBeSet(key: Key): boolean;
    /**
     * Whether the attribute may be one of `values` (compared ignoring case): true when it is one or is Unknown, false when
     * it is absent or another value. Never stops the check: for a test that decides the resource is out of scope before
     * the value matters (read it with `string` once it does).
     */
    mayBe(key: Key, values: readonly string[]): boolean;
    /** A string, upper-cased (protocols). */
    upper(key: Key): string | undefined;
    /** A number (numeric strings convert); `undefined` when absent or not a number. */
    number(key: Key): number | undefined;
    /** A boolean (`"true"`/`"false"` convert, as in Terraform); `undefined` when absent or not a boolean. */
    bool(key: Key): boolean | undefined;
    /**
     * A boolean setting, triaged: `true`/`false` (`"true"`/`"false"` convert, as in Terraform), `undefined` when absent or
     * null (the provider's default applies). A value that is set but is not a boolean (`"yes"`, `1`) stops the check, not
     * evaluated ("is not a boolean moat can read"): moat does not guess what the provider makes of it, and a rule that
     * used `bool` would read it as absent (a silent pass or a wrong "not set").
     */
    flag(key: Key): boolean | undefined;
    /**
     * Whether the attribute is set: not absent, not null, not a blank string, not an empty list. An Unknown the provider
     * guarantees set (another resource's `id` or `arn`) counts as set; any other Unknown stops the check.
     */
    present(key: Key): boolean;
    /** A list: a known array (a single value is wrapped; absent is empty). Its elements may be Unknown: see `whole`. */
    list(key: Key): Value[];
    /** The nested blocks, each with its own reader. An unknown list, or an unknown block in it, stops the check. */
    blocks(key: Key): Reader[];
    /** The first nested block, or `undefined` when there is none. */
    block(key: Key): Reader | undefined;
    /**
     * A value computed from this resource (by a view, a helper) that may be Unknown: returned when known, else the check
     * stops, located at `key`.
     */
    known<T>(value: T | Unknown, key?: Key): T;
}
/** A reader of a resource's attributes. */
export declare function read(resource: Resource): Reader;
/**
 * Unknowns that decide only if nothing else does. A verdict that goes on past them (another listener, another policy may
 * still settle it) runs its reads through `test`, which keeps the first unknown met instead of stopping; when nothing
 * has decided, `settle` stops the check of `resource` with it, located at `at`, with the value's own reason.
 */
export declare class Doubt {
    private readonly resource;
    private readonly at;
    private first;
    constructor(resource: Resource, at?: AttrPath);
    /** Runs reads: their result, or `undefined` when they met an unknown (kept, reworded by `word` if given). */
    test<T>(reads: () => T, word?: (value: Unknown) => Unknown): T | undefined;
    /** Keeps an unknown found another way (a resource that may not be created). */
    keep(value: Unknown | undefined): void;
    /** Keeps the first unknown of another doubt (one settled inside this one). */
    adopt(other: Doubt): void;
    /** Whether an unknown was kept. */
    get open(): boolean;
    /** Stops the check with the first unknown kept, if any. */
    settle(): void;
}
