import type { ErrorObject, Options as AjvOptions, ValidateFunction } from "ajv";
import { BUILT_IN_METAS } from "./rule-metas";
import type { Door, Resource, ResourceGraph } from "./model";
import type { Reader } from "./reader";
import type { OptionsOf } from "./schema-type";
import type { AttrPath, Unknown } from "./values";

export type Severity = "critical" | "high" | "medium" | "low";
export type Area = "listener-http" | "lb-tls" | "db-encryption" | "sg-broad";
/** The levels a rule runs at: the one list every reader of levels uses (the config adds Pulumi's `remediate`). */
export const ENFORCEMENT_LEVELS = ["mandatory", "advisory", "disabled"] as const;
export type EnforcementLevel = (typeof ENFORCEMENT_LEVELS)[number];

export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];
export const AREAS: readonly Area[] = ["listener-http", "lb-tls", "db-encryption", "sg-broad"];

/** Higher is more severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export interface JsonSchemaObject {
  type: "object";
  properties: Record<string, Record<string, unknown> & { default: unknown; description: string }>;
  additionalProperties: false;
  [key: string]: unknown;
}

export interface RuleMeta<M extends string = string> {
  id: string;
  name: string;
  title: string;
  severity: Severity;
  area: Area;
  resourceTypes: string[];
  scope: "resource" | "stack";
  doors: Door[];
  messages: Record<M, string>;
  rationale: string;
  defaults: string;
  remediation: { text: string; hcl: string; pulumi: string };
  references: { title: string; url: string }[];
  options: JsonSchemaObject;
  enforcement: "mandatory" | "advisory";
  tags?: string[];
  framework?: { name: string; version: string; reference: string; specification: string };
  deprecated?: { reason: string; replacedBy?: string };
}

export interface ReportDescriptor<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** The attribute that is wrong, so the finding points at its line. Omit to point at the resource. */
  at?: AttrPath;
  /** Report on another resource than the one being checked (e.g. a listener rule of this listener). */
  resource?: Resource;
  /** Override the rule's severity for this finding (e.g. critical for a sensitive port). */
  severity?: Severity;
  /**
   * Other resources the finding holds only if they are created (the listeners a load balancer's finding lists): when
   * one's `count` or `for_each` is unknown, the finding says "If … is created" (core/engine.ts).
   */
  dependsOn?: readonly Resource[];
}

export interface RuleContext<O, M extends string = string> {
  readonly graph: ResourceGraph;
  readonly options: O;
  report(descriptor: ReportDescriptor<M>): void;
  /**
   * Reads a resource (by default the one being checked) through the reader (core/reader.ts): a read that meets an
   * Unknown records "not evaluated" with the attribute's path by itself and stops the check, so no rule can forget one.
   */
  read(resource?: Resource): Reader;
  /**
   * A value computed by a view or a helper (`listenerProtocol`, …) that may be Unknown: returned when known; else the
   * check stops and is recorded as not evaluated at `at` of `resource` (by default the one being checked).
   */
  known<T>(value: T | Unknown, at?: AttrPath, resource?: Resource): T;
  /**
   * Runs one part of the check (one listener rule of a listener): an unknown the part meets is recorded and ends that
   * part only (`undefined` is returned), so the rest of the check still runs.
   */
  attempt<T>(part: () => T): T | undefined;
  /**
   * The verdict depends on something moat cannot know although the value is known (a policy name it does not know), or
   * on a related resource that may not be created: stay silent, but count it with this reason.
   */
  unknown(value: Unknown, at?: AttrPath, resource?: Resource): void;
}

export interface RuleDefinition<O = Record<string, unknown>, M extends string = string> {
  meta: RuleMeta<M>;
  check(resource: Resource, ctx: RuleContext<O, M>): void;
}

/**
 * What a rule file passes to `defineRule`: the options' type is read from `meta.options` (see core/schema-type.ts) and
 * the message ids from the keys of `meta.messages`, so `ctx.options` and `ctx.report` are checked against them.
 */
export interface RuleSpec<S extends JsonSchemaObject, M extends string> {
  meta: RuleMeta<M> & { options: S };
  check(resource: Resource, ctx: RuleContext<OptionsOf<S>, M>): void;
}

export interface Rule<O = Record<string, unknown>, M extends string = string> extends RuleDefinition<O, M> {
  /** Option defaults from the options schema. */
  readonly defaultOptions: O;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string>;

/**
 * How rule metas and rule options are validated. `npm run gen` checks every built-in rule (`ruleProblems`) and records
 * its meta (core/rule-metas.ts, loaded at start), and compiles the rule schema and each built-in rule's options schema
 * with these options into standalone validators (core/schema-validators.ts, loaded when options are given): a start
 * compiles no schema and, without options in a config, loads no validator. Any other rule (a third-party rule, a test's,
 * one changed since the last `npm run gen`) is checked in full, its options schema compiled with ajv, loaded then.
 */
export const RULE_META_AJV_OPTIONS: AjvOptions = { allErrors: true, strict: true, allowUnionTypes: true };
export const RULE_OPTIONS_AJV_OPTIONS: AjvOptions = { allErrors: true, strict: false, useDefaults: false, allowUnionTypes: true };

let optionsAjv: { compile(schema: object): ValidateFunction } | undefined;

/** Compiles an options schema with ajv (loaded on first use). Throws when the schema is not a valid JSON Schema. */
function compileOptions(schema: JsonSchemaObject): ValidateFunction {
  if (optionsAjv === undefined) {
    const Ajv = (require("ajv") as typeof import("ajv")).default;
    optionsAjv = new Ajv(RULE_OPTIONS_AJV_OPTIONS);
  }
  return optionsAjv.compile(schema);
}

/** The generated validators (core/schema-validators.ts), loaded on first use. */
function generated(): typeof import("./schema-validators") {
  return require("./schema-validators") as typeof import("./schema-validators");
}

/** The validator of each options schema seen, so a schema is looked up or compiled once. */
const optionValidators = new WeakMap<JsonSchemaObject, ValidateFunction>();

/** The options schemas of built-in rules exactly as `npm run gen` checked them, by rule id. */
const builtInOptions = new WeakMap<JsonSchemaObject, string>();

/** Whether this meta is exactly (as JSON) the one of a built-in rule that `npm run gen` checked with `ruleProblems`. */
function isBuiltIn(meta: RuleMeta): boolean {
  return typeof meta?.id === "string" && Object.hasOwn(BUILT_IN_METAS, meta.id) && BUILT_IN_METAS[meta.id] === JSON.stringify(meta);
}

function optionsValidator(rule: { meta: { id: string; options: JsonSchemaObject } }): ValidateFunction {
  let validate = optionValidators.get(rule.meta.options);
  if (validate === undefined) {
    const id = builtInOptions.get(rule.meta.options);
    validate = id !== undefined ? generated().builtIn.options[id] : compileOptions(rule.meta.options);
    optionValidators.set(rule.meta.options, validate);
  }
  return validate;
}

export class RuleDefinitionError extends Error {}

export function formatAjvErrors(errors: ErrorObject[] | null | undefined, root = ""): string {
  return (errors ?? [])
    .map((e) => {
      const where = `${root}${e.instancePath}` || "(root)";
      const allowed = e.params && "allowedValues" in e.params ? `: ${(e.params.allowedValues as unknown[]).join(", ")}` : "";
      const extra = e.params && "additionalProperty" in e.params ? ` '${e.params.additionalProperty}'` : "";
      return `${where} ${e.message}${extra}${allowed}`;
    })
    .join("; ");
}

/**
 * Everything wrong with a rule's meta: checked against `schemas/rule.schema.json` (with `validateMeta`, by default the
 * generated validator), and its options schema compiled with ajv, whose defaults must satisfy it.
 */
export function ruleProblems(meta: RuleMeta, validateMeta: ValidateFunction = generated().builtIn.ruleMeta): string[] {
  const problems: string[] = [];
  if (!validateMeta(meta)) problems.push(formatAjvErrors(validateMeta.errors, "meta"));
  let validate: ValidateFunction | undefined;
  try {
    validate = compileOptions(meta.options);
  } catch (e) {
    problems.push(`meta/options is not a valid JSON Schema: ${(e as Error).message}`);
  }
  if (validate !== undefined) optionValidators.set(meta.options, validate);
  if (validate !== undefined && meta.options.properties) {
    const defaults = defaultsOf(meta.options);
    if (!validate(defaults)) problems.push(`meta/options defaults do not satisfy the schema: ${formatAjvErrors(validate.errors)}`);
  }
  return problems;
}

/**
 * Declares a rule. Its meta is validated against `schemas/rule.schema.json` now, when the rule loads, so a bad rule
 * fails loudly with its id, its name and the schema error instead of misbehaving at scan time. A built-in rule exactly
 * as `npm run gen` last checked it (core/rule-metas.ts) is not checked again on every start.
 */
export function defineRule<const S extends JsonSchemaObject, M extends string>(def: RuleSpec<S, M>): Rule<OptionsOf<S>, M> {
  const meta = def.meta;
  if (isBuiltIn(meta)) {
    builtInOptions.set(meta.options, meta.id);
  } else {
    const problems = ruleProblems(meta);
    if (problems.length > 0) {
      throw new RuleDefinitionError(`invalid rule ${meta?.id ?? "(no id)"} (${meta?.name ?? "no name"}): ${problems.join("; ")}`);
    }
  }
  return Object.freeze({ ...def, defaultOptions: defaultsOf(meta.options) as OptionsOf<S> });
}

export function defaultsOf(schema: JsonSchemaObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(schema?.properties ?? {})) out[k] = structuredClone(p.default);
  return out;
}

/** Validates user options for a rule and merges them over the defaults. Throws with the schema error. */
export function resolveOptions<O>(rule: Rule<O, string>, user: Record<string, unknown> | undefined): O {
  const merged = { ...(rule.defaultOptions as Record<string, unknown>), ...(user ?? {}) };
  // A built-in rule's defaults satisfied its schema when `npm run gen` checked it: without options there is no more to check.
  const none = user === undefined || Object.keys(user).length === 0;
  if (none && builtInOptions.has(rule.meta.options) && rule.meta.options.properties) return merged as O;
  const validate = optionsValidator(rule);
  if (!validate(merged)) {
    throw new RuleDefinitionError(`invalid options for ${rule.meta.name}: ${formatAjvErrors(validate.errors, rule.meta.name)}`);
  }
  return merged as O;
}

/** Replaces `{{key}}` in a message template. A missing key is a bug in the rule: throw. */
export function formatMessage(template: string, data: Record<string, string | number> = {}, ruleId = ""): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, key: string) => {
    if (!(key in data)) throw new Error(`${ruleId}: message placeholder {{${key}}} has no data`);
    return String(data[key]);
  });
}
