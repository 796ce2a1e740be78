/**
 * Baselines end to end: `moat scan --write-baseline FILE` accepts today's findings, `moat scan --baseline FILE` fails
 * only on new ones, and a finding keeps its place in the baseline when lines shift or its resource moves to another
 * file of the same module.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Baseline } from "../../core/baseline";
import { moatIn, repo, scanJson, verdicts, write } from "./workspace";

const DATABASE = (name: string) => `resource "aws_db_instance" "${name}" {
  engine              = "postgres"
  publicly_accessible = true
}
`;

const LISTENER = `resource "aws_lb" "web" {
  load_balancer_type = "application"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"
  }
}
`;

const SECURITY_GROUP = `resource "aws_security_group" "web" {
  ingress {
    from_port = 22
    to_port   = 22
  }
}
`;

/** A module with three findings: two mandatory (a public database, a plain-HTTP listener) and one advisory. */
function project(): string {
  return repo({ "infra/main.tf": `${DATABASE("orders")}\n${LISTENER}`, "infra/network.tf": SECURITY_GROUP });
}

function readBaselineFile(root: string, rel = "moat-baseline.json"): Baseline {
  return JSON.parse(readFileSync(join(root, rel), "utf8")) as Baseline;
}

test("--write-baseline writes every finding (sorted, with a version and what a reviewer needs) and exits 0", async () => {
  const root = project();
  const { code, stdout, stderr } = await moatIn(root, ["scan", "infra", "--write-baseline", "moat-baseline.json"]);
  expect(stdout).toContain("3 findings");
  expect(stderr).toBe("moat: wrote 3 findings to the baseline moat-baseline.json\n");
  expect(code).toBe(0);
  const baseline = readBaselineFile(root);
  expect(baseline.version).toBe(1);
  expect(baseline.tool).toBe("moat");
  expect(baseline.findings.map((e) => [e.ruleId, e.address, e.path, e.file])).toEqual([
    ["MOAT-LB-001", "aws_lb_listener.http", "default_action[0].type", "infra/main.tf"],
    ["MOAT-TEST-001", "aws_db_instance.orders", "publicly_accessible", "infra/main.tf"],
    ["MOAT-TEST-002", "aws_security_group.web", "ingress[0].from_port", "infra/network.tf"],
  ]);
  for (const e of baseline.findings) {
    expect(e.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(e.message.length).toBeGreaterThan(0);
  }
  // Writing it again gives the same bytes: a baseline diffs cleanly in review.
  const first = readFileSync(join(root, "moat-baseline.json"), "utf8");
  await moatIn(root, ["scan", "infra", "--write-baseline", "moat-baseline.json"]);
  expect(readFileSync(join(root, "moat-baseline.json"), "utf8")).toBe(first);
});

test("round trip: with the baseline the same code passes; a new finding fails alone; a fixed one is counted", async () => {
  const root = project();
  await moatIn(root, ["scan", "infra", "--write-baseline", "moat-baseline.json"]);

  const same = await scanJson(root, ["infra", "--baseline", "moat-baseline.json"]);
  expect(same.code).toBe(0);
  expect(same.report.findings.every((f) => f.baselineState === "unchanged")).toBe(true);
  expect(same.report.summary.baseline).toEqual({ file: "moat-baseline.json", unchanged: 3, new: 0, fixed: 0 });

  write(root, { "infra/replica.tf": DATABASE("replica") });
  const added = await scanJson(root, ["infra", "--baseline", "moat-baseline.json"]);
  expect(added.code).toBe(1);
  expect(verdicts(added.report).filter((v) => v.includes("baseline new"))).toEqual(["MOAT-TEST-001 aws_db_instance.replica publicly_accessible (baseline new)"]);
  expect(added.report.summary).toMatchObject({ failing: 1, baseline: { unchanged: 3, new: 1, fixed: 0 } });
  const text = await moatIn(root, ["scan", "infra", "--baseline", "moat-baseline.json"]);
  // Only the new finding is listed; the summary counts the rest.
  expect(text.stdout.split("\n").filter((l) => / MOAT-/.test(l) && /^\S/.test(l))).toEqual([
    expect.stringMatching(/^infra\/replica\.tf:3 +CRITICAL +MOAT-TEST-001 /),
  ]);
  expect(text.stdout).toContain("Baseline moat-baseline.json: 1 new finding; 3 findings already in it are not listed.");

  rmSync(join(root, "infra/replica.tf"));
  write(root, { "infra/main.tf": `${DATABASE("orders").replace("true", "false")}\n${LISTENER}` });
  const fixed = await moatIn(root, ["scan", "infra", "--baseline", "moat-baseline.json"]);
  expect(fixed.code).toBe(0);
  expect(fixed.stdout).toContain("Baseline moat-baseline.json: 0 new findings; 2 findings already in it are not listed. 1 baseline finding fixed.");
});

test("a fingerprint survives shifted lines and a move to another file of the same module, not a rename", async () => {
  const root = project();
  await moatIn(root, ["scan", "infra", "--write-baseline", "moat-baseline.json"]);
  // Lines shift (a header comment), and the listener moves from main.tf to lb.tf.
  write(root, { "infra/main.tf": `# Orders service\n# owned by the shop team\n\n${DATABASE("orders")}`, "infra/lb.tf": `\n\n${LISTENER}` });
  const moved = await scanJson(root, ["infra", "--baseline", "moat-baseline.json"]);
  expect(moved.report.findings.map((f) => [f.address, f.file, f.baselineState])).toEqual([
    ["aws_lb_listener.http", "infra/lb.tf", "unchanged"],
    ["aws_db_instance.orders", "infra/main.tf", "unchanged"],
    ["aws_security_group.web", "infra/network.tf", "unchanged"],
  ]);
  expect(moved.code).toBe(0);

  write(root, { "infra/main.tf": DATABASE("orders_v2") });
  const renamed = await scanJson(root, ["infra", "--baseline", "moat-baseline.json"]);
  expect(renamed.report.summary.baseline).toMatchObject({ new: 1, fixed: 1 });
  expect(renamed.code).toBe(1);
});

test("suppressed findings are not written to a baseline: when the suppression expires, the finding is new", async () => {
  const root = repo({ "main.tf": `# moat:ignore MOAT-TEST-001 reason="demo" expires=2026-12-31\n${DATABASE("orders")}` });
  const { stderr } = await moatIn(root, ["scan", "--write-baseline", "b.json"]);
  expect(stderr).toBe("moat: wrote 0 findings to the baseline b.json\n");
  const later = await scanJson(root, ["--baseline", "b.json"], { today: "2027-01-01" });
  expect(verdicts(later.report)).toEqual(["MOAT-TEST-001 aws_db_instance.orders publicly_accessible (baseline new)"]);
  expect(later.code).toBe(1);
});

test("an incomplete scan writes no baseline and exits 2", async () => {
  const root = repo({ "main.tf": DATABASE("orders"), "bad.tf": 'resource "aws_lb" "x" {\n  name = \n' });
  const { code, stderr } = await moatIn(root, ["scan", "--write-baseline", "moat-baseline.json"]);
  expect(code).toBe(2);
  expect(stderr).toContain("moat: the baseline was not written to moat-baseline.json: the scan is incomplete");
  expect(() => readFileSync(join(root, "moat-baseline.json"))).toThrow();
});

test.each([
  ["missing", undefined, "moat: missing.json: the baseline does not exist; write it first with `moat scan --write-baseline missing.json`\n"],
  ["not JSON", "{", /^moat: b\.json: not valid JSON \(.+\); write a baseline with `moat scan --write-baseline b\.json`\n$/],
  ["another version", '{"version": 9, "findings": []}', "moat: b.json: baseline version 9 is not supported (this moat reads version 1); rewrite it with `moat scan --write-baseline b.json`\n"],
  ["no findings list", '{"version": 1}', "moat: b.json: not a moat baseline (it has no findings list); write one with `moat scan --write-baseline b.json`\n"],
])("a baseline that is %s stops the scan with exit 2 and says what to do", async (_what, text, message) => {
  const root = repo({ "main.tf": DATABASE("orders") });
  if (text !== undefined) writeFileSync(join(root, "b.json"), text);
  const { code, stdout, stderr } = await moatIn(root, ["scan", "--baseline", text === undefined ? "missing.json" : "b.json"]);
  expect(code).toBe(2);
  expect(stdout).toBe("");
  if (typeof message === "string") expect(stderr).toBe(message);
  else expect(stderr).toMatch(message);
});
