import { type Value } from "../core/values";
import { type Node } from "./expr";
import { type Budget } from "./budget";
import { type Json, type JsonObject, type SrcRef } from "./module-def";
import { type EvalValue, type Scope } from "./eval-values";
export declare function asObject(v: Json | undefined): JsonObject;
/** Evaluates one key of a block body; for a block type, static blocks and dynamic blocks are merged. */
export declare function evalBodyKey(body: JsonObject, key: string, src: SrcRef, scope: Scope): EvalValue;
/**
 * Evaluates a value as hcl2json gives it (a literal, an expression string, a list or a block body). It is where
 * evaluation enters a piece of configuration: the budget's site (for the location of limit errors) follows it, and
 * it counts towards the evaluation depth like an expression node.
 */
export declare function evalJson(v: Json | undefined, src: SrcRef, scope: Scope): EvalValue;
/** A `map(string)` argument: null is an empty map, primitives become strings as Terraform converts them. */
export declare function stringMap(v: EvalValue, what: string): EvalValue;
/**
 * Renders a template with only `vars` in scope. When its text came from a file (`fromFile`), an error is reported
 * without its detail, which could quote the file; an Unknown that came from a variable keeps its reason.
 */
export declare function renderTemplate(text: string, vars: EvalValue, moduleScope: Scope, what: string, fromFile: boolean): EvalValue;
/** Evaluates an expression node: one step of the scan's budget, one level of its evaluation depth. */
export declare function evalNode(n: Node, scope: Scope): EvalValue;
/**
 * Applies a variable's declared type where it changes what a rule sees: primitive conversions
 * ("443" → 443 for number) and `optional(type, default)` attributes of object types.
 */
export declare function convertToType(v: EvalValue, typeJson: Json | undefined, scope: Scope): EvalValue;
/** Parses a `--var` value the way Terraform does: HCL literal syntax unless the variable is a string. */
export declare function parseCliVarValue(text: string, budget?: Budget): Value;
