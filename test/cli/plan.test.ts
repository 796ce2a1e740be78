/**
 * `moat scan plan.json` end to end: the plan door through the CLI — detection by content, standard input,
 * locations in the plan and, with --source-root, in the HCL source, and the errors a user meets.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planFixture } from "../../core/plan-fixture";
import type { Report } from "../../cli/report";
import { findingLines, moat } from "./run-moat";
import { rules as registry } from "../../rules/index";

const HTTP_PLAN = planFixture([
  { address: "aws_lb.web", values: { load_balancer_type: "application", name: "web" }, unknown: ["arn"] },
  {
    address: "aws_lb_listener.http",
    values: { port: 80, protocol: "HTTP", default_action: [{ type: "forward", target_group_arn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc" }] },
    unknown: ["load_balancer_arn", "arn"],
    refs: { load_balancer_arn: ["aws_lb.web.arn", "aws_lb.web"] },
  },
]);

const dirs: string[] = [];
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "moat-plan-cli-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test("a plan file is scanned: the finding names the plan file, the address's line and the address", async () => {
  const text = JSON.stringify(HTTP_PLAN, null, 2);
  const dir = scratch({ "out/tfplan.json": text });
  const { code, stdout } = await moat(["scan", "out/tfplan.json", "--format", "json"], { cwd: dir });
  expect(code).toBe(1);
  const report = JSON.parse(stdout) as Report;
  expect(report.findings.map((f) => [f.ruleId, f.address, f.door, f.file])).toEqual([["MOAT-LB-001", "aws_lb_listener.http", "plan", "out/tfplan.json"]]);
  const line = text.split("\n")[(report.findings[0].line ?? 0) - 1];
  expect(line).toContain('"address": "aws_lb_listener.http"');
});

test("with --source-root, a plan finding points at the HCL file:line and still names the plan", async () => {
  const dir = scratch({
    "infra/main.tf": `resource "aws_lb" "web" {
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
`,
    "plan.json": JSON.stringify(HTTP_PLAN),
  });
  const { code, stdout } = await moat(["scan", "plan.json", "--source-root", "infra"], { cwd: dir });
  expect(code).toBe(1);
  expect(findingLines(stdout)[0]).toMatch(/^infra\/main\.tf:11 +HIGH +MOAT-LB-001/);
  expect(stdout).toContain("aws_lb_listener.http (from plan.json:1)");
});

test("the source root defaults to the plan's directory when it holds .tf files", async () => {
  const dir = scratch({
    "main.tf": 'resource "aws_lb_listener" "http" {\n  port     = 80\n  protocol = "HTTP"\n  default_action {\n    type = "forward"\n  }\n}\n',
    "plan.json": JSON.stringify(HTTP_PLAN, null, 2),
  });
  const { stdout } = await moat(["scan", "plan.json", "--format", "json"], { cwd: dir });
  const report = JSON.parse(stdout) as Report;
  expect(report.findings[0]).toMatchObject({ file: "main.tf", line: 5, origin: { file: "plan.json" } });
});

test("- reads the plan from standard input", async () => {
  const { code, stdout } = await moat(["scan", "-", "--format", "json"], { stdin: JSON.stringify(HTTP_PLAN) });
  expect(code).toBe(1);
  expect((JSON.parse(stdout) as Report).findings[0]).toMatchObject({ address: "aws_lb_listener.http", file: "(standard input)" });
});

test("JSON that is not a plan, an unsupported format version and broken JSON each exit 2 with what to do", async () => {
  const dir = scratch({
    "config.json": JSON.stringify({ resource: { aws_lb: { web: {} } } }),
    "state.json": JSON.stringify({ format_version: "1.0", values: {} }),
    "future.json": JSON.stringify({ format_version: "2.0", resource_changes: [] }, null, 2),
    "broken.json": '{\n  "format_version": "1.2",\n  "resource_changes": [\n',
  });
  const config = await moat(["scan", "config.json"], { cwd: dir });
  expect(config.code).toBe(2);
  expect(config.stdout).toContain("config.json: is Terraform configuration in JSON syntax, not a plan");
  const state = await moat(["scan", "state.json"], { cwd: dir });
  expect(state.stdout).toContain("is Terraform state");
  const future = await moat(["scan", "future.json"], { cwd: dir });
  expect(future.code).toBe(2);
  expect(future.stdout).toContain("future.json:2: plan format_version 2.0 is not supported");
  const broken = await moat(["scan", "broken.json"], { cwd: dir });
  expect(broken.code).toBe(2);
  expect(broken.stdout).toMatch(/broken\.json:4:1: is not valid JSON here \(the text ends too early\)/);
});

test("a plan and Terraform source in one run are both scanned", async () => {
  const dir = scratch({
    "src/main.tf": 'resource "aws_security_group" "ok" {\n  name = "ok"\n}\n',
    "plan.json": JSON.stringify(HTTP_PLAN),
  });
  const { code, stdout } = await moat(["scan", "src", "plan.json", "--format", "json"], { cwd: dir });
  expect(code).toBe(1);
  expect((JSON.parse(stdout) as Report).summary).toMatchObject({ files: 2, resources: 3 });
});

test("Terraform JSON syntax is read as configuration: .tf.json beside .tf, .tfvars.json, findings at their JSON line", async () => {
  const json = {
    variable: { cidr: { type: "string" } },
    resource: {
      aws_security_group: {
        generated: {
          name: "generated",
          ingress: { from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: ["${var.cidr}"] },
        },
      },
    },
  };
  const dir = scratch({
    "infra/main.tf": 'resource "aws_security_group" "ok" {\n  name = "ok"\n}\n',
    "infra/cdk.tf.json": JSON.stringify(json, null, 2),
    "infra/terraform.tfvars.json": JSON.stringify({ cidr: "0.0.0.0/0" }),
  });
  const { code, stdout } = await moat(["scan", "infra", "--format", "json"], { cwd: dir, rules: registry });
  const report = JSON.parse(stdout) as Report;
  expect(report.errors).toEqual([]);
  expect(code).toBe(1);
  expect(report.summary.resources).toBe(2);
  const line = JSON.stringify(json, null, 2).split("\n").findIndex((l) => l.includes('"cidr_blocks"')) + 1;
  expect(report.findings.map((f) => `${f.ruleId} ${f.address} ${f.file}:${f.line}`)).toEqual([
    `MOAT-SG-002 aws_security_group.generated infra/cdk.tf.json:${line}`,
  ]);

  // Named on the command line, a .tf.json file is configuration too; a "//" comment suppresses like "# moat:ignore".
  const suppressed = structuredClone(json) as { resource: { aws_security_group: { generated: Record<string, unknown> } } };
  suppressed.resource.aws_security_group.generated["//"] = 'moat:ignore MOAT-SG-002 reason="generated bastion, OPS-1"';
  writeFileSync(join(dir, "infra", "cdk.tf.json"), JSON.stringify(suppressed, null, 2));
  const named = await moat(["scan", "infra/cdk.tf.json", "infra/main.tf", "--var", "cidr=0.0.0.0/0", "--format", "json"], { cwd: dir, rules: registry });
  const namedReport = JSON.parse(named.stdout) as Report;
  expect(namedReport.errors).toEqual([]);
  expect(named.code).toBe(0);
  expect(namedReport.findings.map((f) => [f.ruleId, f.suppressed?.kind])).toEqual([["MOAT-SG-002", "inline"]]);
});

test("a .tf.json file with a syntax error is an error at its line, never quoting it; the .tf beside it is still scanned", async () => {
  const dir = scratch({
    "infra/main.tf": 'resource "aws_security_group" "ok" {\n  name = "ok"\n}\n',
    "infra/bad.tf.json": '{\n  "variable": { "password": { "default": "hunter2" } },,\n}',
  });
  const { code, stdout } = await moat(["scan", ".", "--format", "json"], { cwd: dir });
  expect(code).toBe(2);
  const report = JSON.parse(stdout) as Report;
  expect(report.errors).toEqual([expect.objectContaining({ file: "infra/bad.tf.json", line: 2 })]);
  expect(stdout).not.toContain("hunter2");
  expect(report.summary.resources).toBe(1);
});

// ------------------------------------------------------------------ hostile and damaged plans (issue 8)

test("a plan with malformed entries exits 2 naming each one, and the valid entries are still checked", async () => {
  const doc = structuredClone(HTTP_PLAN) as { resource_changes: unknown[] };
  doc.resource_changes.push({ address: "aws_lb_listener.typeless", mode: "managed", change: { actions: ["create"], after: {} } });
  doc.resource_changes.push({ address: "aws_lb_listener.odd", mode: "managed", type: "aws_lb_listener", change: { actions: ["create"], after: "port 80" } });
  const dir = scratch({ "plan.json": JSON.stringify(doc, null, 2) });
  const { code, stdout } = await moat(["scan", "plan.json", "--format", "json"], { cwd: dir });
  expect(code).toBe(2);
  const report = JSON.parse(stdout) as Report;
  expect(report.findings.map((f) => [f.ruleId, f.address])).toEqual([["MOAT-LB-001", "aws_lb_listener.http"]]);
  expect(report.errors.map((e) => `${e.file}:${e.line} ${e.message.split(",")[0]}`)).toEqual([
    expect.stringMatching(/^plan\.json:\d+ resource_changes\[2\] \(aws_lb_listener\.typeless\): its type is missing/),
    expect.stringMatching(/^plan\.json:\d+ resource_changes\[3\] \(aws_lb_listener\.odd\): its change\.after is a string/),
  ]);
});

test("a plan with a 20,000-deep value exits 2 with an error naming the resource, keeps the other findings, prints no stack", async () => {
  const text = JSON.stringify(HTTP_PLAN, null, 2).split('"load_balancer_type": "application"').join(`"load_balancer_type": "application", "tags": ${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}`);
  const dir = scratch({ "deep.json": text });
  const { code, stdout, stderr } = await moat(["scan", "deep.json"], { cwd: dir });
  expect(code).toBe(2);
  expect(stdout).toMatch(/deep\.json:\d+: resource_changes\[0\] \(aws_lb\.web\): a value in attribute tags is nested more than 512 levels deep/);
  expect(findingLines(stdout).join("\n")).toContain("MOAT-LB-001");
  expect(`${stdout}${stderr}`).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
});

test("a broken plan's parse error names line and column and never prints the text around it, in any format", async () => {
  const dir = scratch({ "broken.json": '{\n  "format_version": "1.2",\n  "password": "hunter2" x\n}\n' });
  for (const format of ["text", "json", "github", "sarif", "markdown", "junit"]) {
    const { code, stdout, stderr } = await moat(["scan", "broken.json", "--format", format], { cwd: dir });
    expect(code).toBe(2);
    expect(`${stdout}${stderr}`).not.toContain("hunter2");
  }
  const { stdout } = await moat(["scan", "broken.json"], { cwd: dir });
  expect(stdout).toContain("broken.json:3:25: is not valid JSON here (a comma or `}` was expected here)");
});

test("a plan file linked to /proc/self/pagemap (size 0, endless) is refused after the first bytes, with exit 2", async () => {
  const dir = scratch({});
  symlinkSync("/proc/self/pagemap", join(dir, "plan.json"));
  const { code, stdout } = await moat(["scan", "plan.json"], { cwd: dir });
  expect(code).toBe(2);
  // (A kernel that hides pagemap from this user refuses the open instead: exit 2 all the same.)
  expect(stdout).toMatch(/plan\.json: (is not a Terraform plan: it holds binary data \(NUL bytes\)|cannot be read \(permission denied\))/);
});
