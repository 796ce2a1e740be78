/**
 * An internal error (a bug in moat) never loses the report: a rule that throws on one resource, or a door that throws
 * on one input, becomes an error entry for that resource or input (exit 2) and everything else is still reported. No
 * stack trace without --debug, and never an absolute path.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { applySuppressions } from "../../cli/guardrails";
import { buildReport } from "../../cli/report";
import { REPORTERS } from "../../cli/reporters";
import { packageRoot } from "../../cli/tool";
import { planFixture } from "../../core/plan-fixture";
import { type AnyRule, defineRule } from "../../core/rule";
import { scanPlanDocument } from "../../hcl-rules/plan";
import type { Report } from "../../cli/report";
import { moat } from "./run-moat";
import { TEST_RULES } from "./test-rules";

// The real modules, each wrapped in a mock that behaves the same until a test makes it throw once.
jest.mock("../../hcl-rules/plan", () => {
  const actual = jest.requireActual<typeof import("../../hcl-rules/plan")>("../../hcl-rules/plan");
  return { ...actual, scanPlanDocument: jest.fn(actual.scanPlanDocument) };
});
jest.mock("../../cli/guardrails", () => {
  const actual = jest.requireActual<typeof import("../../cli/guardrails")>("../../cli/guardrails");
  return { ...actual, applySuppressions: jest.fn(actual.applySuppressions) };
});
jest.mock("../../cli/report", () => {
  const actual = jest.requireActual<typeof import("../../cli/report")>("../../cli/report");
  return { ...actual, buildReport: jest.fn(actual.buildReport) };
});

const dirs: string[] = [];
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "moat-internal-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Throws on the database instance named "boom"; reports every other publicly accessible one. */
const throwingRule: AnyRule = defineRule({
  meta: {
    id: "MOAT-TEST-009",
    name: "test-throws-on-boom",
    title: "Test rule MOAT-TEST-009 for the internal-error tests.",
    severity: "critical",
    area: "db-encryption",
    resourceTypes: ["aws_db_instance"],
    scope: "resource",
    doors: ["hcl"],
    messages: { found: "Database instance is publicly accessible (test rule)." },
    rationale: "This rule exists only in the CLI tests, to throw on one resource as a bug would.",
    defaults: "No attribute defaults matter to this test rule.",
    remediation: { text: "Nothing to remediate: test only.", hcl: "# test only, no fix", pulumi: "// test only, no fix" },
    references: [{ title: "moat CLI tests", url: "https://example.com/moat/cli-tests" }],
    options: { type: "object", properties: {}, additionalProperties: false },
    enforcement: "mandatory",
  },
  check(resource, ctx) {
    if (resource.name === "boom") throw new TypeError(`Cannot read properties of undefined (reading 'x') in ${join(packageRoot(), "rules", "x.ts")}`);
    if (resource.attrs.publicly_accessible === true) ctx.report({ messageId: "found", at: ["publicly_accessible"] });
  },
});

const DATABASES = `resource "aws_db_instance" "boom" {
  publicly_accessible = true
}

resource "aws_db_instance" "web" {
  publicly_accessible = true
}
`;

const HTTP_PLAN = JSON.stringify(
  planFixture([
    {
      address: "aws_lb_listener.http",
      values: { port: 80, protocol: "HTTP", default_action: [{ type: "forward", target_group_arn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc" }] },
      unknown: ["load_balancer_arn", "arn"],
    },
  ]),
  null,
  2,
);

test("a rule that throws on one resource: an error entry for it (rule, address, file:line), every other check still made, exit 2", async () => {
  const dir = scratch({ "main.tf": DATABASES });
  const { code, stdout, stderr } = await moat(["scan", "--format", "json", "."], { cwd: dir, rules: [...TEST_RULES, throwingRule] });
  const report = JSON.parse(stdout) as Report;
  expect(code).toBe(2);
  // Standard output holds the JSON report alone; the error is in it, and said on standard error.
  expect(stderr).toBe(`moat: main.tf:1: ${report.errors[0]?.message}\nmoat: the scan is incomplete: 1 error (also in the json report)\n`);
  // The same rule still checked the other resource, and the other rules ran.
  expect(report.findings.map((f) => `${f.ruleId} ${f.address}`)).toEqual(["MOAT-TEST-001 aws_db_instance.boom", "MOAT-TEST-001 aws_db_instance.web", "MOAT-TEST-009 aws_db_instance.web"]);
  expect(report.errors).toEqual([
    {
      file: "main.tf",
      line: 1,
      message:
        "rule MOAT-TEST-009 could not check aws_db_instance.boom (the other rules and resources were checked): internal error (TypeError: Cannot read properties of undefined (reading 'x') in <moat>/rules/x.ts); this is a bug in moat, please report it",
    },
  ]);
});

test("a door that throws on one plan: an error entry for that plan, the other plan still scanned, exit 2; --debug adds the stack", async () => {
  const dir = scratch({ "a.json": HTTP_PLAN, "b.json": HTTP_PLAN });
  const failOnce = () =>
    jest.mocked(scanPlanDocument).mockImplementationOnce(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
  failOnce();
  const plain = await moat(["scan", "--format", "json", "a.json", "b.json"], { cwd: dir });
  const report = JSON.parse(plain.stdout) as Report;
  expect(plain.code).toBe(2);
  expect(report.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(["MOAT-LB-001 b.json"]);
  expect(report.errors).toEqual([
    { file: "a.json", message: "this plan could not be scanned: internal error (RangeError: Maximum call stack size exceeded); this is a bug in moat, please report it" },
  ]);
  expect(plain.stderr).toBe(`moat: a.json: ${report.errors[0]?.message}\nmoat: the scan is incomplete: 1 error (also in the json report)\n`);

  failOnce();
  const debug = await moat(["scan", "--debug", "--format", "json", "a.json", "b.json"], { cwd: dir });
  expect(debug.code).toBe(2);
  expect(debug.stderr).toMatch(/^moat: debug: this plan could not be scanned \(a\.json\):\n {2}RangeError: Maximum call stack size exceeded\n {6}at /);
  expect(debug.stderr).toMatch(/ at (?:\S+ \()?<moat>\/test\/cli\/internal-errors\.test\.ts:\d+:\d+\)?\n/);
  expect(debug.stderr).not.toContain(packageRoot());
  expect(debug.stderr).not.toContain(dir);
});

test("an error outside every guard: one line naming the bug without a stack or an absolute path; --debug shows the stack, relative", async () => {
  const dir = scratch({ "main.tf": DATABASES });
  const failOnce = () =>
    jest.mocked(buildReport).mockImplementationOnce(() => {
      throw new Error(`ENOENT: no such file or directory, open '${join(dir, "missing.json")}'`);
    });
  failOnce();
  const plain = await moat(["scan", "."], { cwd: dir });
  expect(plain.code).toBe(2);
  expect(plain.stdout).toBe("");
  expect(plain.stderr).toBe(
    "moat: internal error (ENOENT: no such file or directory, open 'missing.json'); this is a bug in moat, please report it\n" +
      "moat: run again with --debug for the stack trace to include in the report\n",
  );

  failOnce();
  const debug = await moat(["--debug", "scan", "."], { cwd: dir });
  expect(debug.code).toBe(2);
  expect(debug.stderr).toMatch(/moat: debug: internal error:\n {2}Error: ENOENT: no such file or directory, open 'missing\.json'\n[\s\S]* at scanOnce \(<moat>\/cli\/pipeline\.ts:\d+:\d+\)\n/);
  expect(debug.stderr).not.toContain(packageRoot());
  expect(debug.stderr).not.toContain(dir);
});

test("a report format that fails costs only that format: the others are written, exit 2", async () => {
  const dir = scratch({ "main.tf": DATABASES });
  const sarif = REPORTERS.sarif.render;
  REPORTERS.sarif.render = () => {
    throw new Error("boom in the SARIF reporter");
  };
  try {
    const { code, stdout, stderr } = await moat(["scan", "--format", "json", "--format", `sarif=${join(dir, "moat.sarif")}`, "."], { cwd: dir });
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as Report).findings).toHaveLength(2);
    expect(stderr).toBe("moat: the sarif report could not be made: internal error (boom in the SARIF reporter); this is a bug in moat, please report it\n");
  } finally {
    REPORTERS.sarif.render = sarif;
  }
});

test("suppressions that fail to apply cost the suppressions, not the report: findings count as they are, exit 2", async () => {
  const dir = scratch({ "main.tf": `# moat:ignore MOAT-TEST-001 reason="test"\n${DATABASES}` });
  jest.mocked(applySuppressions).mockImplementationOnce(() => {
    throw new Error("boom in the suppressions");
  });
  const { code, stdout } = await moat(["scan", "--format", "json", "."], { cwd: dir });
  const report = JSON.parse(stdout) as Report;
  expect(code).toBe(2);
  expect(report.findings.map((f) => [f.address, f.suppressed])).toEqual([
    ["aws_db_instance.boom", undefined],
    ["aws_db_instance.web", undefined],
  ]);
  expect(report.errors).toEqual([
    { file: "(suppressions)", message: "inline suppressions and exceptions could not be applied, so none was: internal error (boom in the suppressions); this is a bug in moat, please report it" },
  ]);
});
