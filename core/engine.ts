import { createHash } from "node:crypto";
import type { Door, ModuleCall, Resource, ResourceGraph, SourceLocation } from "./model";
import type { ResolvedRule } from "./policy-config";
import { type Area, type ReportDescriptor, type RuleContext, type Severity, formatMessage } from "./rule";
import type { AttrPath, Unknown } from "./values";

export interface Finding {
  ruleId: string;
  ruleName: string;
  area: Area;
  severity: Severity;
  /** The rule's enforcement level in this run: advisory findings are shown but never fail a run. */
  enforcement: "mandatory" | "advisory";
  messageId: string;
  message: string;
  resourceType: string;
  address: string;
  door: Door;
  location: SourceLocation;
  /** For plan findings: the plan file and line of the resource's address. */
  origin?: SourceLocation;
  /** The attribute the finding is about, e.g. `default_action[0].redirect[0].protocol` ("" = the resource). */
  path: string;
  moduleChain?: readonly ModuleCall[];
  urn?: string;
  /** The root (module directory, plan file, stack) of the resource; see Resource.root. */
  root?: string;
  /** Stable across line shifts and moves between files of one module: rule id + address + attribute path. */
  fingerprint: string;
  /** Set when an inline suppression or a configured exception covers the finding: shown, but it never fails a run. */
  suppressed?: Suppression;
  /** With a baseline: "unchanged" findings were already in it and never fail a run; "new" ones are judged as usual. */
  baselineState?: "new" | "unchanged";
}

export interface Suppression {
  kind: "inline" | "exception";
  reason: string;
  /** ISO date (YYYY-MM-DD) after which the suppression stops applying. */
  expires?: string;
  /** Where it is written: `main.tf:12` for an inline comment, `moat.config.yaml: exceptions[2]` for an exception. */
  by: string;
}

/** A check that met a value it could not know, so it neither passed nor failed. */
export interface Unevaluated {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  resourceType: string;
  address: string;
  door: Door;
  location: SourceLocation;
  path: string;
  reason: string;
  moduleChain?: readonly ModuleCall[];
  urn?: string;
}

export interface EngineResult {
  findings: Finding[];
  unevaluated: Unevaluated[];
  /** Rules that ran (not disabled). */
  rulesRun: number;
}

export function pathString(path: AttrPath | undefined): string {
  if (!path) return "";
  let out = "";
  for (const step of path) out += typeof step === "number" ? `[${step}]` : out === "" ? step : `.${step}`;
  return out;
}

export function fingerprintOf(ruleId: string, address: string, path: string): string {
  return createHash("sha256").update(`${ruleId}\u0000${address}\u0000${path}`).digest("hex").slice(0, 32);
}

/** Replaces every secret value's text in a message, so a secret never reaches output. */
export function redact(message: string, secrets: readonly string[] | undefined): string {
  if (!secrets || secrets.length === 0) return message;
  let out = message;
  for (const s of secrets) if (s.length > 0) out = out.split(s).join("[secret]");
  return out;
}

/**
 * Runs every enabled rule over the graph: each rule's `check` is called once for each resource of the types it
 * declares. A rule that throws is a bug in moat, not in the user's input: the error propagates with the rule id.
 */
export function runRules(graph: ResourceGraph, resolved: readonly ResolvedRule[]): EngineResult {
  const findings: Finding[] = [];
  const unevaluated: Unevaluated[] = [];
  // A message may name another resource's value (a load balancer listing its listeners' ports): redact every secret
  // of the graph, not only the reported resource's.
  const secrets = [...new Set(graph.all().flatMap((r) => r.secrets ?? []))].sort((a, b) => b.length - a.length);
  const seenFindings = new Set<string>();
  const seenUnevaluated = new Set<string>();
  let rulesRun = 0;
  for (const { rule, level, options } of resolved) {
    if (level === "disabled") continue;
    rulesRun++;
    const meta = rule.meta;
    for (const resource of graph.ofType(...meta.resourceTypes)) {
      const ctx: RuleContext<unknown, string> = {
        graph,
        options,
        report(d: ReportDescriptor<string>) {
          const target = d.resource ?? resource;
          const template = meta.messages[d.messageId];
          if (template === undefined) throw new Error(`${meta.id}: unknown messageId '${d.messageId}'`);
          const path = pathString(d.at);
          const key = `${meta.id}\u0000${target.id}\u0000${path}\u0000${d.messageId}`;
          if (seenFindings.has(key)) return;
          seenFindings.add(key);
          findings.push({
            ruleId: meta.id,
            ruleName: meta.name,
            area: meta.area,
            severity: d.severity ?? meta.severity,
            enforcement: level,
            messageId: d.messageId,
            message: redact(formatMessage(template, d.data, meta.id), secrets),
            resourceType: target.type,
            address: target.address,
            door: target.door,
            location: target.locate(d.at ?? []),
            origin: target.origin,
            path,
            moduleChain: target.moduleChain,
            urn: target.urn,
            root: target.root,
            fingerprint: fingerprintOf(meta.id, stableAddress(target), path),
          });
        },
        unknown(value: Unknown, at?: AttrPath, other?: Resource) {
          const target = other ?? resource;
          const key = `${meta.id}\u0000${target.id}\u0000${pathString(at)}\u0000${value.reason}`;
          if (seenUnevaluated.has(key)) return;
          seenUnevaluated.add(key);
          unevaluated.push({
            ruleId: meta.id,
            ruleName: meta.name,
            severity: meta.severity,
            resourceType: target.type,
            address: target.address,
            door: target.door,
            location: target.locate(at ?? []),
            path: pathString(at),
            reason: redact(value.reason, secrets),
            moduleChain: target.moduleChain,
            urn: target.urn,
          });
        },
      };
      try {
        rule.check(resource, ctx);
      } catch (e) {
        const err = e as Error;
        err.message = `rule ${meta.id} failed on ${resource.address}: ${err.message}`;
        throw err;
      }
    }
  }
  return { findings, unevaluated, rulesRun };
}

/** The address without the stack/project part of a Pulumi URN, so a fingerprint survives a stack rename. */
function stableAddress(r: Resource): string {
  if (r.urn) {
    const parts = r.urn.split("::");
    return parts.slice(2).join("::");
  }
  return r.address;
}
