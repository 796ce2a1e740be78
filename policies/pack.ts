/**
 * Rules → CrossGuard policies. Every rule whose doors include "pulumi" becomes one policy with the rule's name: a
 * resource policy when its verdict depends on the resource alone, a stack policy when it needs the graph. The policy
 * builds the model through the adapter, runs the rule with the shared engine and reports each finding on the URN of
 * the resource it is about.
 *
 * Exceptions: CrossGuard hands a policy only its own config (an `exceptions` list under `all` never reaches a policy),
 * so every policy's config schema has an `exceptions` property — accepted findings of that rule, each a resource glob
 * (URN, or `type.name` such as `aws_security_group.bastion`), a reason and an optional expiry. `moat pulumi-config`
 * writes them from moat.config.yaml. A finding covered by an unexpired exception is not reported: CrossGuard fixes a
 * policy's enforcement level for all its violations, so it cannot be shown as advisory inside a mandatory policy, and
 * an approved exception must let the preview pass. An expired exception covers nothing, and the violation says so.
 */
import { REPOSITORY_URL, ruleDocUrl as docUrl } from "../core/rule-docs";
import type {
  PolicyPackArgs,
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import type { ConfigException } from "../core/config";
import { type EngineResult, runRules } from "../core/engine";
import type { ResourceGraph } from "../core/model";
import { type AnyRule, resolveOptions } from "../core/rule";
import { todayUtc } from "../core/dates";
import { EXCEPTION_PROPERTIES, RULE_EXCEPTION_SCHEMA } from "../core/exception-schema";
import { compileExceptions, matchException } from "../core/suppressions";
import { type PulumiResourceInput, canonicalTypeOfToken, pulumiGraph, pulumiPropertyPath } from "./adapter";
import { rawProps, trackSecrets } from "./secrets";

/** The rule's page (docs/rules/<ID>.md), the policy's `url`. */
export function ruleDocUrl(rule: AnyRule): string {
  return docUrl(rule.meta.id);
}

/** The rules that have a Pulumi form, in registry order. */
export function pulumiRules(rules: readonly AnyRule[]): AnyRule[] {
  return rules.filter((r) => r.meta.doors.includes("pulumi"));
}

/** What the policy pack is made of: `policies/index.ts` passes this to `new PolicyPack("moat", …)`. */
export function moatPolicyPackArgs(rules: readonly AnyRule[]): PolicyPackArgs {
  trackSecrets();
  return {
    displayName: "moat: the network edge of AWS",
    description:
      "Plain-HTTP load balancer listeners, missing or weak TLS on load balancers, unencrypted database connections and storage, and overly broad security groups: the same rules moat enforces on Terraform source and plans.",
    provider: "aws",
    tags: ["aws", "security", "network"],
    repository: REPOSITORY_URL,
    policies: pulumiRules(rules).map(policyOf),
  };
}

/** The `exceptions` property of every policy's config schema (the engine validates it before a preview starts). */
export const EXCEPTIONS_SCHEMA: PolicyConfigJSONSchema = {
  type: "array",
  description:
    "Accepted findings of this rule: not reported while the exception holds. resource is a glob on the URN or on type.name (aws_security_group.bastion), * matching any characters; reason is required; expires (YYYY-MM-DD) ends it after that day.",
  // The policy engine keeps no description below a property's top level, so the items carry none.
  items: {
    ...RULE_EXCEPTION_SCHEMA,
    required: [...RULE_EXCEPTION_SCHEMA.required],
    properties: Object.fromEntries(Object.entries(EXCEPTION_PROPERTIES).map(([key, { description: _description, ...schema }]) => [key, schema])),
  },
};

export function policyOf(rule: AnyRule): ResourceValidationPolicy | StackValidationPolicy {
  const m = rule.meta;
  const common = {
    name: m.name,
    description: m.deprecated ? `Deprecated (${m.deprecated.reason}): ${m.title}` : m.title,
    // A deprecated rule is kept so that configs naming it stay valid, but it no longer runs unless asked to.
    enforcementLevel: m.deprecated ? ("disabled" as const) : m.enforcement,
    severity: m.severity,
    remediationSteps: `${m.remediation.text}\n\n${m.remediation.pulumi}`,
    url: ruleDocUrl(rule),
    tags: [m.area, ...(m.tags ?? [])],
    ...(m.framework ? { framework: m.framework } : {}),
    configSchema: {
      properties: { ...(structuredClone(m.options.properties) as Record<string, PolicyConfigJSONSchema>), exceptions: EXCEPTIONS_SCHEMA },
    },
  };
  const types = new Set(m.resourceTypes);
  if (m.scope === "resource") {
    return {
      ...common,
      validateResource: (args: ResourceValidationArgs, report: ReportViolation) => {
        const canonical = canonicalTypeOfToken(args.type);
        if (canonical === undefined || !types.has(canonical)) {
          return args.notApplicable(`${m.name} reads ${m.resourceTypes.join(", ")} only`);
        }
        const { props, secretValues } = rawProps(args.props);
        const input: PulumiResourceInput = {
          type: args.type,
          urn: args.urn,
          name: args.name,
          props,
          secretValues,
          secretProperties: args.opts.additionalSecretOutputs,
        };
        const graph = pulumiGraph([input]);
        const config = args.getConfig<Record<string, unknown>>();
        reportFindings(rule, graph, run(rule, graph, config), exceptionsOf(rule, config), report);
      },
    };
  }
  return {
    ...common,
    validateStack: (args: StackValidationArgs, report: ReportViolation) => {
      const graph = pulumiGraph(args.resources.map(inputOf));
      if (graph.ofType(...m.resourceTypes).length === 0) {
        return args.notApplicable(`the stack has no ${m.resourceTypes.join(", ")}`);
      }
      const config = args.getConfig<Record<string, unknown>>();
      reportFindings(rule, graph, run(rule, graph, config), exceptionsOf(rule, config), report);
    },
  };
}

function inputOf(r: PolicyResource): PulumiResourceInput {
  const { props, secretValues } = rawProps(r.props);
  const propertyDependencies: Record<string, string[]> = {};
  for (const [prop, deps] of Object.entries(r.propertyDependencies ?? {})) propertyDependencies[prop] = deps.map((d) => d.urn);
  return {
    type: r.type,
    urn: r.urn,
    name: r.name,
    props,
    secretValues,
    secretProperties: r.opts?.additionalSecretOutputs,
    propertyDependencies,
  };
}

/**
 * The engine applies the policy's config (its schema defaults included) before Configure; a pack started without
 * Configure gets `{}`, so the rule's own defaults fill in. Invalid options throw with the rule name and the schema
 * error, and the Pulumi CLI shows that error.
 */
function run(rule: AnyRule, graph: ResourceGraph, config: Record<string, unknown>): EngineResult {
  const { exceptions: _exceptions, ...rest } = config;
  const options = resolveOptions(rule, rest) as Record<string, unknown>;
  return runRules(graph, [{ rule, level: "mandatory", options }]);
}

/** The policy's `exceptions` (already validated by the engine against EXCEPTIONS_SCHEMA), as moat's exceptions. */
function exceptionsOf(rule: AnyRule, config: Record<string, unknown>): ConfigException[] {
  const list = Array.isArray(config.exceptions) ? (config.exceptions as { resource: string; reason: string; expires?: string }[]) : [];
  return list.map((e, i) => ({
    rule: rule.meta.id,
    resource: e.resource,
    reason: e.reason,
    ...(e.expires ? { expires: e.expires } : {}),
    by: `${rule.meta.name}.exceptions[${i}]`,
  }));
}

function reportFindings(rule: AnyRule, graph: ResourceGraph, result: EngineResult, exceptions: ConfigException[], report: ReportViolation): void {
  // A message can quote another resource's value (a parameter group's setting in an instance's finding): redact the
  // secrets of every resource, not only those of the one reported.
  const redactor = result.redactor;
  const compiled = compileExceptions(exceptions);
  const today = todayUtc();
  for (const f of result.findings) {
    const exception = compiled.length > 0 ? matchException(f, compiled, today) : undefined;
    if (exception && !exception.expired) continue;
    const target = graph.get(f.address);
    const path = target ? pulumiPropertyPath(target.sourceType, f.steps) : "";
    const where = path ? ` at ${path}` : "";
    const severity = f.severity !== rule.meta.severity ? ` (${f.severity})` : "";
    const expired = exception ? ` (the exception ${exception.exception.by} expired on ${exception.exception.expires}: ${exception.exception.reason})` : "";
    report(redactor.redact(`${f.ruleId}${severity}${where}: ${f.message}${expired}`), f.urn);
  }
}

