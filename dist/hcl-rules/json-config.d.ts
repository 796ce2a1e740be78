/**
 * Terraform's JSON configuration syntax (`.tf.json`) and JSON variable files (`.tfvars.json`), read into the same
 * shape hcl2json gives for native syntax, with a line index, so the evaluator, the rules and inline suppressions do
 * not care which syntax a file was written in.
 *
 * What Terraform documents (developer.hashicorp.com/terraform/language/syntax/json) and this module follows:
 * - the root object's properties are the top-level block types; a block type's labels are nested object keys
 *   (`resource` → type → name → body); a body, or a nested block, is an object for one block or an array of
 *   objects for several;
 * - strings are string templates (`"${aws_lb.main.arn}"`), which is how hcl2json already renders expressions;
 *   a variable's `type` is an expression written as a plain string (`"list(string)"`);
 * - a property named `"//"` in a block body is a comment and is ignored. moat also reads it as a comment, so
 *   `"//": "moat:ignore MOAT-SG-002 reason=…"` inside a resource suppresses like `# moat:ignore` does.
 *
 * Without the provider schema a one-element nested block (`"ingress": {…}`) and an object attribute (`"tags": {…}`)
 * look alike; both are kept as objects: the model's `blocks()` treats a lone object as one block, and the line index
 * resolves index 0 on an object to the object itself.
 *
 * Nothing here recurses on the input: hostile nesting cannot overflow the stack. Error messages give a line and a
 * column and never quote the file's text (it may hold a secret).
 */
import type { LineIndex } from "./locate";
export type JsonValue = string | number | boolean | null | JsonValue[] | {
    [k: string]: JsonValue;
};
type JsonObject = {
    [k: string]: JsonValue;
};
export type JsonConfigResult = {
    ok: true;
    json: JsonObject;
    lines: LineIndex;
} | {
    ok: false;
    line?: number;
    column?: number;
    message: string;
};
/** A `.tf.json` file as hcl2json would give the same configuration in native syntax. */
export declare function parseJsonConfig(text: string): JsonConfigResult;
/** A `.tfvars.json` file: variable values, which are literal (no template is evaluated in a variable file). */
export declare function parseJsonVariables(text: string): JsonConfigResult;
export {};
