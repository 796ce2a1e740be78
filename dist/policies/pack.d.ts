import type { PolicyPackArgs, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { type AnyRule } from "../core/rule";
/** The rule's page (docs/rules/<ID>.md), the policy's `url`. */
export declare function ruleDocUrl(rule: AnyRule): string;
/** The rules that have a Pulumi form, in registry order. */
export declare function pulumiRules(rules: readonly AnyRule[]): AnyRule[];
/** What the policy pack is made of: `policies/index.ts` passes this to `new PolicyPack("moat", …)`. */
export declare function moatPolicyPackArgs(rules: readonly AnyRule[]): PolicyPackArgs;
/** The `exceptions` property of every policy's config schema (the engine validates it before a preview starts). */
export declare const EXCEPTIONS_SCHEMA: PolicyConfigJSONSchema;
export declare function policyOf(rule: AnyRule): ResourceValidationPolicy | StackValidationPolicy;
