/**
 * Parity across doors is shown, not assumed: every rule has, at each door it declares, at least 3 bad and 3 good cases.
 * The generic suite (rules.test.ts) runs each form of each case against the one expectation the case carries, so equal
 * verdicts at every door are what those runs prove. `npm run parity` prints the rule × case × door table.
 */
import type { RuleCase } from "../core/cases";
import type { AnyRule } from "../core/rule";
import { loadRules } from "../scripts/generate";
import { hasPlanForm } from "./support/derive-plan";
import { hasPulumiForm } from "./support/pulumi-door";

const FORMS: Record<string, (c: RuleCase, rule: AnyRule) => boolean> = {
  hcl: (c) => c.hcl !== undefined,
  plan: (c, rule) => hasPlanForm(rule, c), // hand-written or derived from the HCL
  pulumi: (c, rule) => hasPulumiForm(rule, c), // a program, or derived from the HCL
};

test("every rule has at least 3 bad and 3 good cases at each door it declares", () => {
  const missing: string[] = [];
  for (const { rule, cases } of loadRules()) {
    for (const door of rule.meta.doors) {
      const written = cases.filter((c) => FORMS[door](c, rule));
      const bad = written.filter((c) => c.expect.length > 0).length;
      const good = written.length - bad;
      if (bad < 3 || good < 3) missing.push(`${rule.meta.id} at the ${door} door: ${bad} bad and ${good} good cases; add the ${door} form to more of its cases`);
    }
  }
  expect(missing).toEqual([]);
});

test("most cases are written for every door, so the verdicts can be compared", () => {
  const partial: string[] = [];
  for (const { rule, cases } of loadRules()) {
    const everywhere = cases.filter((c) => rule.meta.doors.every((d) => FORMS[d](c, rule))).length;
    if (everywhere < cases.length * 0.8) partial.push(`${rule.meta.id}: ${everywhere} of ${cases.length} cases have every door's form`);
  }
  expect(partial).toEqual([]);
});
