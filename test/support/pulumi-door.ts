/**
 * The Pulumi door for rule cases: runs a case's program under mocks (a preview), passes the registered resources
 * through the Pulumi adapter and runs the rule the way the policy pack does — a resource rule sees one resource at a
 * time, a stack rule the whole graph.
 *
 * A case's expectations name resources by Terraform address; at this door a resource is named by its canonical type
 * and its Pulumi name. `aws_alb_listener.http` is `aws_lb_listener.http`; an instance key becomes a suffix, as a
 * program that creates resources in a loop names them: `aws_lb_listener.this["api"]` is `aws_lb_listener.this-api`,
 * `aws_security_group.web[0]` is `aws_security_group.web-0`. Module paths are dropped.
 */
import type { RuleCase } from "../../core/cases";
import { type EngineResult, Redactor, runRules, secretsOf } from "../../core/engine";
import { ResourceGraph, canonicalType } from "../../core/model";
import type { AnyRule } from "../../core/rule";
import { type PulumiResourceInput, pulumiGraph } from "../../policies/adapter";
import { derivedPulumi } from "./derive-pulumi";
import { runOnly } from "./doors";
import { type RegisteredResource, runPulumiProgram } from "./pulumi-program";

export interface PulumiOutcome {
  /** `type.name|messageId` per finding, sorted. */
  verdicts: string[];
  /** `type.name` of resources whose check met an Unknown. */
  unknown: string[];
  severities: Record<string, string>;
  /** Every finding's message, for checks that no secret leaks. */
  messages: string[];
  result: EngineResult;
  registered: RegisteredResource[];
}

export function adapterInputOf(r: RegisteredResource): PulumiResourceInput {
  return {
    type: r.type,
    urn: r.urn,
    name: r.name,
    props: r.properties,
    secretProperties: r.additionalSecretOutputs,
    propertyDependencies: r.propertyDependencies,
  };
}

/** `--var name=value` of a case become stack config `project:name`, which the case's program reads. */
function configOf(c: RuleCase): Record<string, string> {
  const config: Record<string, string> = {};
  for (const v of c.vars ?? []) {
    const eq = v.indexOf("=");
    if (eq > 0) config[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return config;
}

/** Runs the rule over a graph as the policy pack does: one resource at a time for a resource rule. */
export function evaluateLikeThePack(rule: AnyRule, graph: ResourceGraph, options?: Record<string, unknown>): EngineResult {
  const resolved = runOnly(rule, options);
  if (rule.meta.scope === "stack") return runRules(graph, resolved);
  const results = graph.all().map((r) => runRules(new ResourceGraph([r]), resolved));
  return {
    findings: results.flatMap((x) => x.findings),
    unevaluated: results.flatMap((x) => x.unevaluated),
    rulesRun: results.length > 0 ? 1 : 0,
    failures: results.flatMap((x) => x.failures),
    redactor: new Redactor(secretsOf(graph)),
  };
}

/** Does the case have a Pulumi form, a program or one derived from its HCL? */
export function hasPulumiForm(rule: AnyRule, c: RuleCase): boolean {
  return c.pulumi !== undefined || (c.hcl !== undefined && c.noPulumi === undefined && rule.meta.doors.includes("pulumi"));
}

/** The resource inputs of the case's Pulumi form: its program run under mocks, else the form derived from its HCL. */
async function pulumiInputsOf(c: RuleCase): Promise<{ inputs: PulumiResourceInput[]; registered: RegisteredResource[] }> {
  if (c.pulumi) {
    const registered = await runPulumiProgram(c.pulumi, { config: configOf(c) });
    return { inputs: registered.map(adapterInputOf), registered };
  }
  const d = await derivedPulumi(c);
  if (!d.ok) throw new Error(`case "${c.name}": no Pulumi form can be derived from its HCL: ${d.why}; give the case a pulumi program, or noPulumi: "<why>"`);
  return { inputs: d.inputs, registered: [] };
}

export async function runPulumiCase(rule: AnyRule, c: RuleCase): Promise<PulumiOutcome> {
  const { inputs, registered } = await pulumiInputsOf(c);
  const graph = pulumiGraph(inputs);
  const result = evaluateLikeThePack(rule, graph, c.options);
  const nameOf = (address: string): string => {
    const r = graph.get(address);
    return r ? `${r.type}.${r.name}` : address;
  };
  const severities: Record<string, string> = {};
  for (const f of result.findings) severities[`${nameOf(f.address)}|${f.messageId}`] = f.severity;
  return {
    verdicts: result.findings.map((f) => `${nameOf(f.address)}|${f.messageId}`).sort(),
    unknown: [...new Set(result.unevaluated.map((u) => nameOf(u.address)))].sort(),
    severities,
    messages: result.findings.map((f) => f.message),
    result,
    registered,
  };
}

/** A case's Terraform address as the Pulumi door names the same resource (see the module comment). */
export function pulumiAddressOf(address: string): string {
  const withoutModules = address.replace(/^(module\.[^.[]+(\[[^\]]*\])?\.)+/, "");
  const m = /^([a-z0-9_]+)\.([^[]+)(?:\[(.+)\])?$/.exec(withoutModules);
  if (!m) throw new Error(`not a resource address: ${address}`);
  const [, type, name, key] = m;
  const suffix = key === undefined ? "" : `-${key.replace(/^"|"$/g, "")}`;
  return `${canonicalType(type)}.${name}${suffix}`;
}

/** The verdicts a case expects, in the Pulumi door's names. */
export function expectedPulumiVerdicts(c: RuleCase): string[] {
  return c.expect.map((e) => `${pulumiAddressOf(e.resource)}|${e.messageId}`).sort();
}
