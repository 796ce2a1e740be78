import { type Value, Unknown } from "../core/values";
import { type Budget, LimitReached } from "./budget";
/** A Terraform evaluation error (wrong type, missing key…): Unknown to rules, but `try`/`can` treat it as failure. */
export declare class EvalError extends Unknown {
}
export declare function evalError(message: string): EvalError;
export declare function toStr(v: Value): string | Unknown;
/** A value in a message: a primitive as written, a collection by its kind (never a walk over a large value). */
export declare function shown(v: unknown): string;
/**
 * Walks a whole value (iteratively; a part shared by several elements is walked each time it occurs), one step of the
 * budget per node, before a function that walks it (JSON encoding, set keys, equality) runs: a value assembled from
 * shared parts can be far larger than the steps that built it. Returns whether it contains an Unknown.
 */
export declare function inspect(v: Value, budget: Budget): {
    unknown: boolean;
} | LimitReached;
/** Terraform equality; iterative (a deeply nested value cannot exhaust the stack), one budget step per node compared. */
export declare function deepEqual(a: Value, b: Value, budget: Budget): boolean | Unknown;
/**
 * Every function Terraform 1.x documents (developer.hashicorp.com/terraform/language/functions, through 1.14 and
 * Terraform's own function table, internal/lang/functions.go), and the built-in provider functions of the
 * `terraform` provider. test/hcl/functions-complete.test.ts checks that each one either evaluates or is in
 * NOT_EVALUATED, and docs/functions.md lists NOT_EVALUATED with its reasons.
 */
export declare const TERRAFORM_FUNCTIONS: readonly string[];
/** The functions moat never computes, and why: the reasons docs/functions.md gives. */
export declare const NOT_EVALUATED: Readonly<Record<string, string>>;
/**
 * What the filesystem functions need: reads bounded to the scanned directories. `ScanFiles` in
 * hcl-rules/file-functions.ts implements it (declared here so the two modules do not import each other).
 */
export interface FileAccess {
    read(path: string): Value;
    exists(path: string): Value;
    fileset(path: string, pattern: string): Value;
}
/**
 * Calls a built-in function within the scan's budget: its result is charged as steps and checked against the
 * collection and string size limits. `files` reads files for the filesystem functions; without it they are Unknown.
 * `short` is the bare name: the evaluator strips a `core::` prefix.
 */
export declare function callFunction(short: string, args: Value[], budget: Budget, files?: FileAccess): Value;
