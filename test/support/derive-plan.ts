/**
 * A case's plan form, derived from its HCL by the source door's own evaluator: the evaluated resources become a
 * `terraform show -json` document (core/plan-fixture.ts). Known values are the planned values; an Unknown becomes
 * "known after apply" (`after_unknown`), set in the configuration by the references that made it; reference edges
 * become the configuration's `references`; module paths become module calls; `--var` values become plan variables.
 *
 * What a real plan would show and the source door cannot (a data source's value, a provider default, a computed
 * attribute) is not invented here: a case that needs it keeps a hand-written plan, with a comment saying why.
 */
import type { PlanFixture, RuleCase } from "../../core/cases";
import type { EdgeInput, Resource } from "../../core/model";
import { type PlanResource, planFixture } from "../../core/plan-fixture";
import type { AnyRule } from "../../core/rule";
import { type Value, isUnknown } from "../../core/values";
import type { TerraformResult } from "../../hcl-rules/project";
import { scanCase } from "./doors";

/** Why a case's HCL cannot be turned into a plan, or the plan. */
export type Derived = { ok: true; plan: PlanFixture } | { ok: false; why: string };

const derivations = new WeakMap<RuleCase, Promise<Derived>>();

export function derivedPlan(c: RuleCase): Promise<Derived> {
  let hit = derivations.get(c);
  if (!hit) {
    hit = scanCase(c).then(({ scan }) => planOf(scan, c));
    derivations.set(c, hit);
  }
  return hit;
}

/** The module part of an instance address (`module.web["a"]` of `module.web["a"].aws_lb.this`). */
function moduleOf(r: Resource): string {
  return (r.moduleChain ?? []).map((m) => m.address).join(".");
}

/** Does the case have a plan form, hand-written or derived? */
export function hasPlanForm(rule: AnyRule, c: RuleCase): boolean {
  return c.plan !== undefined || (c.hcl !== undefined && c.noPlan === undefined && rule.meta.doors.includes("plan"));
}

/** The case's plan form: the hand-written one, else the one derived from its HCL (an error says why none can be). */
export async function planFormOf(c: RuleCase): Promise<PlanFixture> {
  if (c.plan !== undefined) return c.plan;
  const d = await derivedPlan(c);
  if (!d.ok) throw new Error(`case "${c.name}": no plan form can be derived from its HCL: ${d.why}; give the case a plan, or noPlan: "<why>"`);
  return d.plan;
}

function planOf(scan: TerraformResult, c: RuleCase): Derived {
  if (scan.errors.length > 0) return { ok: false, why: `the HCL does not scan cleanly: ${scan.errors[0].message}` };
  const byId = new Map(scan.resources.map((r) => [r.id, r]));
  const edgesFrom = new Map<string, EdgeInput[]>();
  for (const e of scan.edges) edgesFrom.set(e.from, [...(edgesFrom.get(e.from) ?? []), e]);
  const resources: PlanResource[] = [];
  for (const r of scan.resources) {
    if (r.existence) return { ok: false, why: `${r.address} may or may not exist (${r.existence.reason}); a plan knows` };
    const unknownPaths: { path: string; present: boolean; cidr: boolean }[] = [];
    const values = plainValues(r.attrs, [], unknownPaths) as Record<string, unknown>;
    const refs: Record<string, string[]> = {};
    const targetsOf = new Map<string, Resource[]>();
    for (const e of edgesFrom.get(r.id) ?? []) {
      const to = byId.get(e.to);
      if (!to) continue;
      if (moduleOf(to) !== moduleOf(r)) return { ok: false, why: `${r.address} refers to ${to.address} across a module boundary` };
      targetsOf.set(e.attr, [...(targetsOf.get(e.attr) ?? []), to]);
    }
    const refsOf = (attr: string, u?: { present: boolean; cidr: boolean }): string[] =>
      (targetsOf.get(attr) ?? []).flatMap((to) => {
        const base = `${to.sourceType}.${to.name}`;
        const attrName = u?.present ? "arn" : u?.cidr ? "cidr_block" : undefined;
        return attrName ? [`${base}.${attrName}`, base] : [base];
      });
    for (const u of unknownPaths) {
      // An element of a list of values (`cidr_blocks = [aws_vpc.main.cidr_block]`): Terraform records the reference on
      // the attribute, as the plan door reads it; an attribute of a nested block keeps its own path.
      const [top, second] = u.path.split(".");
      const listOfValues = Array.isArray(values[top]) && (values[top] as unknown[]).every((x) => x === null || typeof x !== "object");
      refs[listOfValues && /^\d+$/.test(second ?? "") ? top : u.path] = refsOf(top, u);
    }
    for (const attr of targetsOf.keys()) {
      if (unknownPaths.some((u) => u.path.split(".")[0] === attr)) continue;
      refs[firstLeaf(values[attr], attr)] = refsOf(attr);
    }
    resources.push({ address: r.address, values, unknown: unknownPaths.map((u) => u.path), refs });
  }
  const moduleSources: Record<string, string> = {};
  for (const r of scan.resources) for (const m of r.moduleChain ?? []) moduleSources[m.address.replace(/^module\./, "").replace(/\[.*$/, "")] ??= "./modules/derived";
  const plan = planFixture(resources, { moduleSources });
  // `--var` values become the plan's root variables, as `terraform plan -var` records them.
  const variables: Record<string, { value: string }> = {};
  for (const v of c.vars ?? []) {
    const eq = v.indexOf("=");
    if (eq > 0) variables[v.slice(0, eq)] = { value: v.slice(eq + 1) };
  }
  return { ok: true, plan: Object.keys(variables).length > 0 ? { ...plan, variables } : plan };
}

/** The attribute's values with each Unknown replaced by null, collecting the Unknowns' paths. */
function plainValues(v: Value, path: (string | number)[], unknowns: { path: string; present: boolean; cidr: boolean }[]): unknown {
  if (isUnknown(v)) {
    unknowns.push({ path: path.join("."), present: v.facts.present === true, cidr: v.facts.minPrefix !== undefined });
    return null;
  }
  if (Array.isArray(v)) return v.map((x, i) => plainValues(x, [...path, i], unknowns));
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = plainValues(x, [...path, k], unknowns);
    return out;
  }
  return v;
}

/** A path to a scalar inside a known attribute value, where a reference can stand without hiding other values. */
function firstLeaf(v: unknown, path: string): string {
  if (Array.isArray(v) && v.length > 0) return firstLeaf(v[0], `${path}.0`);
  if (v && typeof v === "object") {
    const entry = Object.entries(v).find(([, x]) => x !== null && x !== undefined);
    if (entry) return firstLeaf(entry[1], `${path}.${entry[0]}`);
  }
  return path;
}
