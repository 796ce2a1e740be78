/** Runs a rule case's plan fixture through the plan door, as `moat scan plan.json` would. */
import type { RuleCase } from "../../core/cases";
import { runRules } from "../../core/engine";
import { ResourceGraph } from "../../core/model";
import type { AnyRule } from "../../core/rule";
import { scanPlanText } from "../../hcl-rules/plan";
import { planFormOf } from "./derive-plan";
import { type DoorOutcome, outcome, runOnly } from "./doors";

/** Runs the case's plan form (hand-written, or derived from its HCL: test/support/derive-plan.ts). */
export async function runPlanCase(rule: AnyRule, c: RuleCase): Promise<DoorOutcome> {
  const text = JSON.stringify(await planFormOf(c), null, 2);
  const scan = scanPlanText("plan.json", text);
  const graph = new ResourceGraph(scan.resources, scan.edges);
  const result = runRules(graph, runOnly(rule, c.options));
  return outcome(result, scan.errors.map((e) => `${e.file}:${e.line ?? ""} ${e.message}`));
}
