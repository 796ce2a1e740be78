/**
 * `npm run new-rule -- <service>/<name>` (scripts/new-rule.ts): the two files it writes load as a rule and its cases,
 * and the starter cases pass at the Terraform door, so the generic suite runs a new rule at once.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RuleCases } from "../core/cases";
import type { AnyRule } from "../core/rule";
import { ROOT, loadRules } from "../scripts/generate";
import { casesFileOf, newRuleFiles, parseSpec, ruleFileOf, writeNew } from "../scripts/new-rule";
import { runHclCase } from "./support/doors";

const loaded = loadRules();

test("the argument is <service>/<rule-name>, and a bad one says what to type", () => {
  expect(parseSpec("ec2/example-rule")).toEqual({ service: "ec2", name: "example-rule" });
  expect(() => parseSpec(undefined)).toThrow(/usage: npm run new-rule -- <service>\/<rule-name>/);
  expect(() => parseSpec("example-rule")).toThrow(/usage/);
  expect(() => parseSpec("EC2/example-rule")).toThrow(/"EC2" is not an AWS service folder name/);
  expect(() => parseSpec("ec2/Example_Rule")).toThrow(/"Example_Rule" is not a kebab-case rule name/);
});

test("a name that is taken is refused, naming the rule that has it", () => {
  expect(() => newRuleFiles({ service: "ec2", name: "sg-wide-port-range" }, loaded)).toThrow(
    "a rule named sg-wide-port-range exists already: rules/aws/ec2/sg-wide-port-range.ts",
  );
});

describe("the files written for ec2/new-rule-test-example", () => {
  const spec = { service: "ec2", name: "new-rule-test-example" };
  const files = newRuleFiles(spec, loaded);
  // A scratch copy of the repository's layout: the rule's `../../../core/…` imports reach the real core/ by a link.
  const dir = mkdtempSync(join(tmpdir(), "moat-new-rule-"));
  symlinkSync(join(ROOT, "core"), join(dir, "core"), "dir");
  writeNew(dir, files);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const rule = (require(join(dir, ruleFileOf(spec))) as { default: AnyRule }).default;
  const cases = (require(join(dir, casesFileOf(spec))) as { default: RuleCases }).default;

  test("are a rule with the next free id of its folder's prefix, and its cases", () => {
    const numbers = loaded.map((l) => l.rule.meta.id).filter((id) => id.startsWith("MOAT-SG-")).map((id) => Number(id.slice(-3)));
    expect(rule.meta.id).toBe(`MOAT-SG-${String(Math.max(...numbers) + 1).padStart(3, "0")}`);
    expect(rule.meta.name).toBe("new-rule-test-example");
    expect(rule.meta.resourceTypes).toEqual(["aws_security_group"]);
    expect(cases.rule).toBe(rule);
    expect(cases.cases.map((c) => c.expect.length)).toEqual([1, 0]);
  });

  test("mark every part to fill in with TODO (test/meta.test.ts fails until none is left)", () => {
    const text = readFileSync(join(dir, ruleFileOf(spec)), "utf8");
    for (const field of ["title", "rationale", "defaults", "text"]) expect(text).toMatch(new RegExp(`${field}: "TODO: `));
    expect(text).toMatch(/\/\/ TODO: the check\./);
    expect(readFileSync(join(dir, casesFileOf(spec)), "utf8")).toMatch(/name: "TODO: a bad situation/);
  });

  test.each(cases.cases.map((c) => [c.name, c] as const))("starter case passes at the Terraform door: %s", async (_name, c) => {
    const out = await runHclCase(rule, c);
    expect(out.errors).toEqual([]);
    expect(out.located).toEqual(c.expect.map((e) => `${e.resource}|${e.messageId}|main.tf:${e.line}`));
  });

  test("its remediation snippet scans clean", async () => {
    const out = await runHclCase(rule, { name: "remediation", hcl: rule.meta.remediation.hcl, expect: [] });
    expect([...out.errors, ...out.located, ...out.unknown]).toEqual([]);
  });
});
