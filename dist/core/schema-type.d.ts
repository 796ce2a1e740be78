/**
 * The TypeScript type a JSON Schema describes, for rule options: `defineRule` infers `ctx.options` from
 * `meta.options`, so a rule never writes its options type by hand beside the schema that already says it.
 *
 * Why in-project and not a package: ajv's `JSONSchemaType<T>` goes the other way (it checks a schema against a type
 * written by hand, which is the duplication this removes), and `json-schema-to-ts`'s `FromSchema` is a new dependency
 * for the dozen keywords the option schemas use. This covers exactly those: `type` (one or a list), `properties`,
 * `required`, `additionalProperties`, `items`, `enum`, `const`, `oneOf`/`anyOf`; a keyword it does not know makes no
 * type narrower than the schema (e.g. `pattern`, `minimum`), and `oneOf` beside a `type` (alternatives of `required`)
 * is left to ajv. The schema must be literal: written inside `defineRule({ meta: { options: … } })` (a const type
 * parameter) or, when a part is a constant of its own, declared `as const`.
 */
/** Reads a list of union members out of a literal tuple (`readonly ["a", "b"]` → `"a" | "b"`). */
type Member<L> = L extends readonly (infer E)[] ? E : never;
/** The type of the values one schema accepts. */
export type FromSchema<S> = S extends {
    readonly const: infer C;
} ? C : S extends {
    readonly enum: infer E;
} ? Member<E> : S extends {
    readonly type: unknown;
} ? FromType<S, S["type"] extends readonly unknown[] ? Member<S["type"]> : S["type"]> : S extends {
    readonly oneOf: infer A;
} ? FromSchema<Member<A>> : S extends {
    readonly anyOf: infer A;
} ? FromSchema<Member<A>> : unknown;
type FromType<S, T> = T extends "string" ? string : T extends "number" | "integer" ? number : T extends "boolean" ? boolean : T extends "null" ? null : T extends "array" ? S extends {
    readonly items: infer I;
} ? FromSchema<I>[] : unknown[] : T extends "object" ? FromObject<S> : unknown;
type Simplify<T> = {
    [K in keyof T]: T[K];
} & {};
type FromObject<S> = S extends {
    readonly properties: infer P;
} ? Simplify<{
    -readonly [K in keyof P as K extends RequiredOf<S> ? K : never]: FromSchema<P[K]>;
} & {
    -readonly [K in keyof P as K extends RequiredOf<S> ? never : K]?: FromSchema<P[K]>;
} & Additional<S>> : Additional<S>;
type RequiredOf<S> = S extends {
    readonly required: infer R;
} ? Member<R> : never;
type Additional<S> = S extends {
    readonly additionalProperties: false;
} ? unknown : S extends {
    readonly additionalProperties: infer A extends object;
} ? Record<string, FromSchema<A>> : Record<string, unknown>;
/**
 * The options a rule's `check` sees: every top-level property is present, since the rule schema gives each a
 * default and `resolveOptions` merges the user's options over the defaults.
 */
export type OptionsOf<S> = S extends {
    readonly properties: infer P;
} ? {
    -readonly [K in keyof P]: FromSchema<P[K]>;
} : Record<string, never>;
export {};
