/**
 * What a `count` or `for_each` expression tells about when its resource is created, for a resource whose count is
 * unknown: `count = var.x ? 1 : 0` creates it only if `var.x` is true, `count = var.x ? 0 : 1` only if it is false.
 * Such necessary conditions let rules tell resources that are never created together (core/views.ts `mayCoexist`).
 *
 * What moat can tell (anything else gives no condition, so the resource may coexist with any other):
 * - a conditional whose one branch creates nothing (`0`, `[]`, `{}`, `toset([])`, `tomap({})`) and whose
 *   other branch may create something; nested conditionals add their own conditions;
 * - in the condition: a reference, a function call or any other expression read as a bool (`var.x`,
 *   `length(var.ids) > 0`), `!`, `&&` (when true, both sides hold), `||` (when false, neither side holds), and `==` /
 *   `!=` against a literal (`var.env == "prod"`): two different literals cannot both be equal to one value;
 * - the same expression text in the same module instance is the same value. `var.x` in a module and the root
 *   variable passed to it are different subjects, as are a local and the variable it copies: conditions across them
 *   are not compared, nor are `!var.x` and `var.x == false` (a string "false" is false for the first, not the second).
 */
import type { ExistenceCondition } from "../core/model";
import type { Unknown } from "../core/values";
/** The conditions `expr` (a `count` or `for_each` as hcl2json gives it) puts on creation, read in `scopeKey`. */
export declare function existenceConditions(expr: unknown, scopeKey: string): ExistenceCondition[];
/** A block body as hcl2json gives it (the shape of evaluate.ts's JsonObject). */
type Body = {
    readonly [k: string]: unknown;
};
/**
 * What this module needs of a module instance (evaluate.ts's ModuleInstance has it), declared here so that the
 * evaluator and this module do not import each other.
 */
interface ModuleScope {
    readonly ev: {
        readonly rootKey: string;
    };
    readonly prefix: string;
    readonly caller?: {
        readonly instance: ModuleScope;
        readonly call: {
            readonly body: Body;
        };
    };
}
/**
 * Whether an instance of a resource block in `module` is created, when that is unknown: its own count or for_each
 * (`why`, from the expansion) or that of a module call above it is unknown. Undefined when it is known.
 */
export declare function instanceExistence(module: ModuleScope, body: Body, why: Unknown | undefined): {
    reason: string;
    conditions: ExistenceCondition[];
} | undefined;
export {};
