/**
 * Instances of a block: `count` and `for_each` of a resource, data or module block expanded into one instance per
 * index or key, or into one symbolic instance standing for all of them when the collection is unknown. Every
 * instance is paid from the scan's budget (limits.maxInstances, limits.maxInstancesPerBlock).
 */
import { Unknown } from "../core/values";
import { type EvalValue, type Lazy, type Scope } from "./eval-values";
import { type JsonObject, type SrcRef } from "./module-def";
export type Expansion<T> = {
    kind: "single";
    item: T;
} | {
    kind: "count";
    items: T[];
} | {
    kind: "map";
    items: Map<string, T>;
} | {
    kind: "symbolic";
    items: T[];
    known: Map<string, T> | T[];
    reason: Unknown;
};
export declare function expansionItems<T>(exp: Expansion<T>): T[];
/** count / for_each: known 0 or empty → no instance; each known key → one instance; unknown → one symbolic. */
export declare function expand<T>(body: JsonObject, src: SrcRef, scope: Scope, makeInstance: (suffix: string, bindings: Record<string, EvalValue>, symbolic: boolean, why?: Unknown) => T): Expansion<T>;
export declare function expansionValue<T>(exp: Expansion<T>, wrap: (t: T) => Lazy, touchSymbolic: (t: T) => void): EvalValue;
