"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
