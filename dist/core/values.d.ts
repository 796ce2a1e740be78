/**
 * Three-state values. Every attribute a rule reads is one of:
 * - known: a plain JSON-like value (string, number, boolean, null, array, object);
 * - absent: `undefined` — the attribute is not set, so the provider default applies;
 * - Unknown: the value cannot be known here (a variable without a value, "known after apply",
 *   "unknown during preview"). It carries the reason, which reaches the user.
 *
 * Nested blocks are arrays of objects in every door (as in hcl2json and plan JSON).
 */
/**
 * What is known about a value that is not: enough, sometimes, to decide a check anyway. Set only where a fact of
 * Terraform or AWS guarantees it, never guessed.
 */
export interface UnknownFacts {
    /** The value will be set, never null or empty: a resource's `id` or `arn`. */
    readonly present?: boolean;
    /**
     * The value is a CIDR whose prefix length is at least this: an IPv4 VPC or subnet CIDR block is /16 to /28
     * (EC2 API CreateVpc and CreateSubnet), so it is never "the internet".
     */
    readonly minPrefix?: number;
    /**
     * The value is a string made of these pieces, in order: known text, and `null` where a piece is not known (the
     * template `"postgresql://app:${random_password.db.result}@db.internal/orders?sslmode=disable"`). Set by the source
     * door's evaluator on a template that has known text around an unknown part.
     */
    readonly text?: ReadonlyArray<string | null>;
    /** The value is `jsonencode` of this value, which holds Unknowns (an ECS task's container definitions). */
    readonly encodes?: Value;
}
/** What AWS guarantees about an attribute of a resource or data source that is known only after apply or at plan time. */
export declare function computedFacts(type: string, attr: string): UnknownFacts;
export declare class Unknown {
    readonly reason: string;
    readonly facts: UnknownFacts;
    constructor(reason: string, facts?: UnknownFacts);
    toString(): string;
}
export type Known = string | number | boolean | null | Known[] | {
    [key: string]: Value;
};
export type Value = Known | Unknown | undefined | Value[] | {
    [key: string]: Value;
};
export type Attrs = {
    [key: string]: Value;
};
/**
 * Sets an attribute as an own property, even one named `__proto__` (from JSON input), which plain assignment would
 * turn into the object's prototype: its attributes would then be inherited, not the object's own.
 */
export declare function setAttr(target: Attrs, key: string, value: Value): void;
/** A path to an attribute: `["default_action", 0, "redirect", 0, "protocol"]`. */
export type AttrPath = ReadonlyArray<string | number>;
export declare function unknown(reason: string): Unknown;
export declare function isUnknown(v: unknown): v is Unknown;
export declare function isAbsent(v: Value): v is undefined | null;
/** True when the value contains an Unknown anywhere. */
export declare function containsUnknown(v: Value): boolean;
/** The first Unknown found in the value (depth first), for its reason. */
export declare function firstUnknown(v: Value): Unknown | undefined;
/** Reads a path; stops at the first Unknown or absent step and returns it. */
export declare function get(v: Value, path: AttrPath): Value;
/** A nested block list: always an array of objects (a single object is wrapped), or Unknown. */
export declare function blocks(v: Value): Attrs[] | Unknown;
/**
 * The blocks of a nested block list one by one, keeping each block's index, so one unknown block never hides a known
 * sibling: known blocks in `known`, each unknown element (or the whole list, index undefined) in `unknown`.
 */
export declare function blockEntries(v: Value): {
    known: {
        block: Attrs;
        index: number;
    }[];
    unknown: {
        value: Unknown;
        index?: number;
    }[];
};
/** A string, if the value is a known string or a number/boolean (HCL converts these freely). */
export declare function asString(v: Value): string | undefined;
/** A number, if the value is a known number or a numeric string. */
export declare function asNumber(v: Value): number | undefined;
/** A boolean, if the value is a known boolean or the strings "true"/"false" (as Terraform converts). */
export declare function asBool(v: Value): boolean | undefined;
/** A list of values: a known array, a single scalar wrapped, or Unknown. */
export declare function asList(v: Value): Value[] | Unknown;
export declare const isTrue: (v: Value) => boolean;
/** Compares dotted versions numerically ("10.11" > "10.5"; a missing part is 0: "1.0.4" = "1.0.4.0"). */
export declare function compareVersions(a: string, b: string): number;
/** Case-insensitive membership; false when the value is not a known string. */
export declare function oneOf(v: Value, expected: readonly string[]): boolean;
