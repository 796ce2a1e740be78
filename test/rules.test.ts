/**
 * The generic rule suite: every rule × every case × every door. No rule has hand-written test code of its own;
 * the invariants below are what a contributor must satisfy (their failure messages say what to do).
 */
import { relative } from "node:path";
import { ROOT, loadRules } from "../scripts/generate";
import { runHclCase } from "./support/doors";
import { hasPlanForm } from "./support/derive-plan";
import { runPlanCase } from "./support/plan-door";
import { expectedPulumiVerdicts, hasPulumiForm, pulumiAddressOf, runPulumiCase } from "./support/pulumi-door";

const loaded = loadRules();

describe.each(loaded.map((l) => [`${l.rule.meta.id} ${l.rule.meta.name}`, l] as const))("%s", (_title, { rule, cases, file }) => {
  const hclCases = cases.filter((c) => c.hcl !== undefined);
  const pulumiCases = cases.filter((c) => hasPulumiForm(rule, c));
  const planCases = cases.filter((c) => hasPlanForm(rule, c));

  test("cases follow the conventions", () => {
    const where = relative(ROOT, file.replace(/\.ts$/, ".cases.ts")).replace(/\\/g, "/");
    const problems: string[] = [];
    const bad = hclCases.filter((c) => c.expect.length > 0);
    const good = hclCases.filter((c) => c.expect.length === 0);
    if (bad.length < 3) problems.push(`${where}: ${bad.length} bad HCL case(s): write at least 3 (cases whose expect lists findings)`);
    if (good.length < 3) problems.push(`${where}: ${good.length} good HCL case(s): write at least 3 (cases with expect: [])`);
    const names = cases.map((c) => c.name);
    for (const n of new Set(names.filter((n, i) => names.indexOf(n) !== i))) problems.push(`${where}: two cases are named "${n}": rename one`);
    const messageIds = Object.keys(rule.meta.messages);
    for (const c of cases) {
      for (const e of c.expect) {
        if (!messageIds.includes(e.messageId)) {
          problems.push(`${where}: case "${c.name}" expects message id ${e.messageId}, which the rule does not declare (${messageIds.join(", ")})`);
        }
        if (c.hcl !== undefined && typeof e.line !== "number") {
          problems.push(`${where}: case "${c.name}" expects ${e.resource} ${e.messageId} without a line: give the line the finding points at`);
        }
      }
    }
    const used = new Set(cases.flatMap((c) => c.expect.map((e) => e.messageId)));
    for (const m of messageIds.filter((m) => !used.has(m))) problems.push(`${where}: no bad case produces message ${m}: add one`);
    expect(problems).toEqual([]);
  });

  test.each(hclCases.map((c) => [c.name, c] as const))("hcl: %s", async (_name, c) => {
    const out = await runHclCase(rule, c);
    expect(out.errors).toEqual([]);
    const expected = c.expect.map((e) => `${e.resource}|${e.messageId}|${e.file ?? "main.tf"}:${e.line}`).sort();
    expect(out.located).toEqual(expected);
    for (const e of c.expect) {
      if (e.severity) expect(out.severities[`${e.resource}|${e.messageId}`]).toBe(e.severity);
    }
    expect([...new Set(out.unknown)].sort()).toEqual([...new Set(c.unknown ?? [])].sort());
  });

  // The Pulumi leg: the same case object carries the HCL situation, so equal expectations are the parity proof. A case
  // without a program runs the resource inputs derived from its HCL through the adapter's tables.
  if (pulumiCases.length > 0) {
    test.each(pulumiCases.map((c) => [c.name, c] as const))("pulumi: %s", async (_name, c) => {
      expect(rule.meta.doors).toContain("pulumi"); // a case with a Pulumi program needs a rule that declares the door
      const out = await runPulumiCase(rule, c);
      expect(out.verdicts).toEqual(expectedPulumiVerdicts(c));
      for (const e of c.expect) {
        if (e.severity) expect(out.severities[`${pulumiAddressOf(e.resource)}|${e.messageId}`]).toBe(e.severity);
      }
      expect([...new Set(out.unknown)].sort()).toEqual([...new Set((c.unknown ?? []).map(pulumiAddressOf))].sort());
    });
  }

  // The plan leg: the same situation as `terraform show -json` output must give the same verdicts (addresses and
  // message ids; lines belong to the source door). A case without a hand-written plan runs the one derived from its HCL.
  if (planCases.length > 0) {
    test.each(planCases.map((c) => [c.name, c] as const))("plan: %s", async (_name, c) => {
      expect(rule.meta.doors).toContain("plan"); // a case with a plan fixture needs a rule that declares the door
      const out = await runPlanCase(rule, c);
      expect(out.errors).toEqual([]);
      expect(out.verdicts).toEqual(c.expect.map((e) => `${e.resource}|${e.messageId}`).sort());
      for (const e of c.expect) {
        if (e.severity) expect(out.severities[`${e.resource}|${e.messageId}`]).toBe(e.severity);
      }
      expect([...new Set(out.unknown)].sort()).toEqual([...new Set(c.unknown ?? [])].sort());
    });
  }
});
