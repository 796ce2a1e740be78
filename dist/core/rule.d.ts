import type { ErrorObject, Options as AjvOptions, ValidateFunction } from "ajv";
import type { Door, Resource, ResourceGraph } from "./model";
import type { Reader } from "./reader";
import type { OptionsOf } from "./schema-type";
import type { AttrPath, Unknown } from "./values";
export type Severity = "critical" | "high" | "medium" | "low";
export type Area = "listener-http" | "lb-tls" | "db-encryption" | "sg-broad";
/** The levels a rule runs at: the one list every reader of levels uses (the config adds Pulumi's `remediate`). */
export declare const ENFORCEMENT_LEVELS: readonly ["mandatory", "advisory", "disabled"];
export type EnforcementLevel = (typeof ENFORCEMENT_LEVELS)[number];
export declare const SEVERITIES: readonly Severity[];
export declare const AREAS: readonly Area[];
/** Higher is more severe. */
export declare function severityRank(s: Severity): number;
export interface JsonSchemaObject {
    type: "object";
    properties: Record<string, Record<string, unknown> & {
        default: unknown;
        description: string;
    }>;
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
    remediation: {
        text: string;
        hcl: string;
        pulumi: string;
    };
    references: {
        title: string;
        url: string;
    }[];
    options: JsonSchemaObject;
    enforcement: "mandatory" | "advisory";
    tags?: string[];
    framework?: {
        name: string;
        version: string;
        reference: string;
        specification: string;
    };
    deprecated?: {
        reason: string;
        replacedBy?: string;
    };
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
    meta: RuleMeta<M> & {
        options: S;
    };
    check(resource: Resource, ctx: RuleContext<OptionsOf<S>, M>): void;
}
export interface Rule<O = Record<string, unknown>, M extends string = string> extends RuleDefinition<O, M> {
    /** Option defaults from the options schema. */
    readonly defaultOptions: O;
}
export type AnyRule = Rule<any, string>;
/**
 * How rule metas and rule options are validated. `npm run gen` checks every built-in rule (`ruleProblems`) and records
 * its meta (core/rule-metas.ts, loaded at start), and compiles the rule schema and each built-in rule's options schema
 * with these options into standalone validators (core/schema-validators.ts, loaded when options are given): a start
 * compiles no schema and, without options in a config, loads no validator. Any other rule (a third-party rule, a test's,
 * one changed since the last `npm run gen`) is checked in full, its options schema compiled with ajv, loaded then.
 */
export declare const RULE_META_AJV_OPTIONS: AjvOptions;
export declare const RULE_OPTIONS_AJV_OPTIONS: AjvOptions;
export declare class RuleDefinitionError extends Error {
}
export declare function formatAjvErrors(errors: ErrorObject[] | null | undefined, root?: string): string;
/**
 * Everything wrong with a rule's meta: checked against `schemas/rule.schema.json` (with `validateMeta`, by default the
 * generated validator), and its options schema compiled with ajv, whose defaults must satisfy it.
 */
export declare function ruleProblems(meta: RuleMeta, validateMeta?: ValidateFunction): string[];
/**
 * Declares a rule. Its meta is validated against `schemas/rule.schema.json` now, when the rule loads, so a bad rule
 * fails loudly with its id, its name and the schema error instead of misbehaving at scan time. A built-in rule exactly
 * as `npm run gen` last checked it (core/rule-metas.ts) is not checked again on every start.
 */
export declare function defineRule<const S extends JsonSchemaObject, M extends string>(def: RuleSpec<S, M>): Rule<OptionsOf<S>, M>;
export declare function defaultsOf(schema: JsonSchemaObject): Record<string, unknown>;
/** Validates user options for a rule and merges them over the defaults. Throws with the schema error. */
export declare function resolveOptions<O>(rule: Rule<O, string>, user: Record<string, unknown> | undefined): O;
/** Replaces `{{key}}` in a message template. A missing key is a bug in the rule: throw. */
export declare function formatMessage(template: string, data?: Record<string, string | number>, ruleId?: string): string;
