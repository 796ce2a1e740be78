/**
 * `moat scan` end to end, in-process: arguments, file discovery, output and exit codes, as a user sees them.
 * The rules are a fixed set (test-rules.ts), so these tests do not change when rules are added.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ScanInputs, classifyInputs } from "../../cli/inputs";
import { planFixture } from "../../core/plan-fixture";
import { AREAS, SEVERITIES } from "../../core/rule";
import type { Report } from "../../cli/report";
import reportSchema from "../../schemas/report.schema.json";
import { validateReport } from "./report-validate";
import { ANSI, FIXTURES, HTTP_LISTENER, HTTP_LISTENER_FINDING_LINE, findingLines, moat, tree } from "./run-moat";
import { rules as registry } from "../../rules/index";


function parseReport(stdout: string): Report {
  const report = JSON.parse(stdout) as Report;
  const valid = validateReport(report);
  expect(validateReport.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return report;
}

describe("exit codes", () => {
  test("1 when a mandatory finding is at or above the threshold", async () => {
    const { code, stderr } = await moat(["scan", "insecure"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });

  test("0 when the configuration is clean", async () => {
    const { code, stdout } = await moat(["scan", "clean"]);
    expect(code).toBe(0);
    expect(findingLines(stdout)).toEqual([]);
    expect(stdout).toContain("No findings.");
  });

  test("2 when a file cannot be parsed, even though findings were also made (2 wins over 1)", async () => {
    const { code, stdout } = await moat(["scan", "broken"]);
    expect(code).toBe(2);
    // The file that parsed is still scanned.
    expect(findingLines(stdout)).toEqual([expect.stringMatching(/^broken\/good\.tf:10 +HIGH +MOAT-LB-001 +Listener on port 80 forwards/)]);
    expect(stdout).toMatch(/^ {2}broken\/bad\.tf:3:\d+: .*expression/m);
    expect(stdout).toContain("1 error: the scan is incomplete.");
  });

  test("2 for a path that does not exist, naming it", async () => {
    const { code, stdout } = await moat(["scan", "clean", "no-such-dir"]);
    expect(code).toBe(2);
    expect(stdout).toContain("no-such-dir: does not exist; check the path");
  });

  test("2 for a directory without Terraform files: nothing scanned is not a pass", async () => {
    const { code, stdout } = await moat(["scan", "empty"]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/empty: no Terraform files \(\.tf\) found in this directory or below it/);
  });

  test("0 for a Terraform plan that creates nothing: a plan is read by content", async () => {
    const { code, stdout } = await moat(["scan", "plan/plan.json"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Scanned 1 file, 0 resources");
  });

  test("a variables file passed as a path is a variable file of the root module in its directory", async () => {
    const { code, stdout } = await moat(["scan", "vars/prod.tfvars"]);
    expect(code).toBe(1);
    expect(findingLines(stdout)).toEqual([expect.stringMatching(/^vars\/main\.tf:\d+ +HIGH +MOAT-LB-001 /)]);
  });

  test("2 for a file over --max-file-size, which is reported and not scanned", async () => {
    const { code, stdout } = await moat(["scan", "--max-file-size", "100", "clean"]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/clean\/main\.tf: .*100 bytes/);
  });

  test("advisory findings are shown but do not fail the run", async () => {
    const dir = tree({
      "main.tf": `resource "aws_security_group" "web" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/8"]\n  }\n}\n`,
    });
    const { code, stdout } = await moat(["scan", "."], { cwd: dir });
    expect(code).toBe(0);
    expect(findingLines(stdout)).toEqual([expect.stringMatching(/^main\.tf:3 +LOW +MOAT-TEST-002 /)]);
    expect(stdout).toMatch(/aws_security_group\.web +\(advisory: does not fail the run\)/);
  });
});

describe("usage errors exit 2 with a message on stderr", () => {
  test.each([
    [["scan", "--frobnicate"], /error: unknown option '--frobnicate'/],
    [["scan", "--severity-threshold", "extreme"], /argument 'extreme' is invalid\. Allowed choices are critical, high, medium, low/],
    [["scan", "--unknown", "fail"], /argument 'fail' is invalid\. Allowed choices are ignore, warn/],
    [["scan", "--format", "xml"], /unknown format 'xml'; choose one of: text, json/],
    [["scan", "--format", "json="], /'json=' names no file/],
    [["scan", "--format", "json", "--format", "text"], /only one --format can write to standard output/],
    [["scan", "--var", "no-equals-sign"], /'no-equals-sign' is not name=value/],
    [["scan", "--max-file-size", "lots"], /'lots' is not a size/],
    [["scna"], /unknown command 'scna'[\s\S]*Did you mean scan\?/],
    [[], /Usage: moat/],
  ])("moat %j", async (args, message) => {
    const { code, stdout, stderr } = await moat(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  test("--help and --version exit 0 on stdout", async () => {
    const help = await moat(["scan", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: moat scan \[options\] \[paths\.\.\.\]/);
    for (const flag of ["--format", "--severity-threshold", "--unknown", "--var-file", "--var ", "--max-file-size", "--no-color", "--quiet"]) {
      expect(help.stdout).toContain(flag);
    }
    const version = await moat(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version);
  });
});

describe("text output", () => {
  test("findings are grouped by file, each as file:line SEVERITY RULE-ID message, with the address beneath", async () => {
    const { stdout } = await moat(["scan", "insecure"]);
    expect(findingLines(stdout)).toEqual([
      expect.stringMatching(/^insecure\/main\.tf:30 +HIGH +MOAT-LB-001 +Listener on port 80 forwards plain HTTP/),
      expect.stringMatching(/^insecure\/main\.tf:50 +LOW +MOAT-TEST-002 +Security group opens a port other than 443/),
      expect.stringMatching(/^insecure\/main\.tf:61 +CRITICAL +MOAT-TEST-001 +Database instance is publicly accessible/),
      expect.stringMatching(/^insecure\/modules\/admin\/main\.tf:22 +HIGH +MOAT-LB-001 +Listener on port 8000 forwards/),
    ]);
    const lines = stdout.split("\n");
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(lines[at("insecure/main.tf:30") + 1].trim()).toBe("aws_lb_listener.http");
    // One blank line between the groups of two files, none inside a group.
    expect(lines[at("insecure/modules/admin/main.tf:22") - 1]).toBe("");
    expect(lines[at("insecure/main.tf:50") - 1]).not.toBe("");
  });

  test("a finding inside a local module names the module call chain", async () => {
    const { stdout } = await moat(["scan", "insecure"]);
    const lines = stdout.split("\n");
    const finding = lines.findIndex((l) => l.startsWith("insecure/modules/admin/main.tf:22"));
    expect(lines[finding + 1].trim()).toBe("module.admin.aws_lb_listener.admin via module.admin (insecure/main.tf:64)");
  });

  test("nested module calls are shown outermost first", async () => {
    const dir = tree({
      "main.tf": `module "edge" {\n  source = "./modules/edge"\n}\n`,
      "modules/edge/main.tf": `module "lb" {\n  source = "../lb"\n}\n`,
      "modules/lb/main.tf": HTTP_LISTENER,
    });
    const { stdout } = await moat(["scan", "."], { cwd: dir });
    expect(stdout).toContain("module.edge.module.lb.aws_lb_listener.http via module.edge (main.tf:1) > module.lb (modules/edge/main.tf:1)");
  });

  test("the summary counts files, resources, findings by severity, unknowns, remote modules", async () => {
    const { stdout } = await moat(["scan", "insecure"]);
    expect(stdout).toContain("4 findings: 1 critical, 2 high, 1 low (1 advisory).");
    expect(stdout).toMatch(/Scanned 2 files, 8 resources with 3 rules in \d+\.\d\d s\./);
    expect(stdout).toContain("1 check not evaluated because of unknown values (--unknown=warn lists them).");
    expect(stdout).toContain("1 remote module not scanned (listed above).");
  });

  test("remote modules are listed as not scanned", async () => {
    const { stdout } = await moat(["scan", "insecure"]);
    expect(stdout).toMatch(/Remote modules not scanned \(1\):\n {2}insecure\/main\.tf:70 +module\.vpc +source = "terraform-aws-modules\/vpc\/aws"/);
  });

  test("paths are relative to the working directory", async () => {
    const { stdout } = await moat(["scan", "cli/insecure"], { cwd: join(FIXTURES, "..") });
    expect(findingLines(stdout)[0]).toMatch(/^cli\/insecure\/main\.tf:30 /);
    expect(stdout).not.toContain(FIXTURES);
  });

  test("--quiet prints findings and errors only", async () => {
    const { stdout } = await moat(["scan", "--quiet", "insecure", "broken/bad.tf"]);
    expect(findingLines(stdout)).toHaveLength(4);
    expect(stdout).toContain("Could not scan (1):");
    expect(stdout).not.toContain("Scanned");
    expect(stdout).not.toContain("Remote modules");
    const clean = await moat(["scan", "--quiet", "clean"]);
    expect(clean.stdout).toBe("");
  });
});

describe("--severity-threshold", () => {
  test("findings below the threshold are left out and counted", async () => {
    const { code, stdout } = await moat(["scan", "--severity-threshold", "high", "insecure"]);
    expect(code).toBe(1);
    expect(findingLines(stdout).map((l) => l.split(/ +/)[2])).toEqual(["MOAT-LB-001", "MOAT-TEST-001", "MOAT-LB-001"]);
    expect(stdout).toContain("1 finding below the high severity threshold not shown.");
  });

  test("only findings at or above the threshold fail the run", async () => {
    const { code, stdout } = await moat(["scan", "--severity-threshold", "critical", "vars/prod.tfvars"]);
    expect(code).toBe(0);
    expect(findingLines(stdout)).toEqual([]);
    expect(stdout).toContain("1 finding below the critical severity threshold not shown.");
  });

  test("JSON carries only findings at or above the threshold", async () => {
    const report = parseReport((await moat(["scan", "--format", "json", "--severity-threshold", "critical", "insecure"])).stdout);
    expect(report.findings.map((f) => f.ruleId)).toEqual(["MOAT-TEST-001"]);
    expect(report.summary).toMatchObject({ findings: 1, belowThreshold: 3, severityThreshold: "critical", exitCode: 1 });
  });
});

describe("--unknown", () => {
  test("warn lists each check not evaluated: file:line rule address reason", async () => {
    const { code, stdout } = await moat(["scan", "--unknown=warn", "insecure"]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "Not evaluated because of unknown values (1):\n  insecure/main.tf:38  MOAT-LB-001  aws_lb_listener.api: var.api_protocol has no value",
    );
    expect(stdout).toContain("1 check not evaluated because of unknown values (listed above).");
  });

  test("ignore (the default) only counts them, and unknowns never fail the run", async () => {
    const { code, stdout } = await moat(["scan", "vars"]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("var.listener_protocol");
    expect(stdout).toContain("1 check not evaluated because of unknown values (--unknown=warn lists them).");
  });
});

describe("--var and --var-file", () => {
  test("--var gives a variable its value", async () => {
    const { code, stdout } = await moat(["scan", "--var", "listener_protocol=HTTP", "vars"]);
    expect(code).toBe(1);
    expect(findingLines(stdout)).toEqual([expect.stringMatching(/^vars\/main\.tf:16 +HIGH +MOAT-LB-001 /)]);
  });

  test("--var-file reads values from a tfvars file", async () => {
    const { code, stdout } = await moat(["scan", "--var-file", "vars/prod.tfvars", "vars"]);
    expect(code).toBe(1);
    expect(findingLines(stdout)).toEqual([expect.stringMatching(/^vars\/main\.tf:16 +HIGH +MOAT-LB-001 /)]);
  });

  test("--var wins over --var-file, as in Terraform", async () => {
    const { code } = await moat(["scan", "--var-file", "vars/prod.tfvars", "--var", "listener_protocol=HTTPS", "vars"]);
    expect(code).toBe(0);
  });

  test("a missing --var-file exits 2", async () => {
    // Before anything is scanned: findings computed without its values would be wrong.
    const { code, stdout, stderr } = await moat(["scan", "--var-file", "vars/staging.tfvars", "vars"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("--var-file vars/staging.tfvars: does not exist or is not a file; nothing was scanned");
  });
});

describe("finding Terraform files", () => {
  test("recursion skips .terraform, node_modules, .git and other hidden directories", async () => {
    const dir = tree({
      "main.tf": HTTP_LISTENER,
      "envs/prod/lb.tf": HTTP_LISTENER.replace(/"http"/, '"prod"'),
      ".terraform/modules/copy/main.tf": HTTP_LISTENER,
      "node_modules/some-package/main.tf": HTTP_LISTENER,
      ".git/objects/main.tf": HTTP_LISTENER,
      ".terragrunt-cache/x/main.tf": HTTP_LISTENER,
    });
    const { code, stdout } = await moat(["scan"], { cwd: dir });
    expect(code).toBe(1);
    expect(findingLines(stdout).map((l) => l.split(" ")[0])).toEqual([`envs/prod/lb.tf:${HTTP_LISTENER_FINDING_LINE}`, `main.tf:${HTTP_LISTENER_FINDING_LINE}`]);
  });

  test("a hidden directory named on the command line is scanned", async () => {
    const dir = tree({ ".infra/main.tf": HTTP_LISTENER });
    const { code, stdout } = await moat(["scan", ".infra"], { cwd: dir });
    expect(code).toBe(1);
    expect(findingLines(stdout)).toHaveLength(1);
  });

  test("a symbolic link loop ends, and each module is scanned once", async () => {
    const dir = tree({ "main.tf": HTTP_LISTENER, "modules/lb/main.tf": HTTP_LISTENER.replace(/"http"/, '"lb"') });
    symlinkSync("..", join(dir, "modules", "loop"));
    symlinkSync(join(dir, "modules", "lb"), join(dir, "lb-link"));
    const { code, stdout } = await moat(["scan", "."], { cwd: dir });
    expect(code).toBe(1);
    expect(findingLines(stdout)).toHaveLength(2);
  });

  test("several root modules with the same resource addresses are each reported", async () => {
    const dir = tree({ "envs/dev/main.tf": HTTP_LISTENER, "envs/prod/main.tf": HTTP_LISTENER });
    const { stdout } = await moat(["scan", "envs"], { cwd: dir });
    expect(findingLines(stdout).map((l) => l.split(" ")[0])).toEqual([
      `envs/dev/main.tf:${HTTP_LISTENER_FINDING_LINE}`,
      `envs/prod/main.tf:${HTTP_LISTENER_FINDING_LINE}`,
    ]);
  });

  test("a .tf file named on the command line is scanned with its whole module: a broken file beside it is an error", async () => {
    const { code, stdout } = await moat(["scan", "broken/good.tf"]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^ {2}broken\/bad\.tf:3:\d+: .*expression/m);
    expect(findingLines(stdout)).toEqual([expect.stringMatching(/^broken\/good\.tf:10 /)]);
  });

  test("a module directory called from a scanned module is not scanned again as a root", async () => {
    const { stdout } = await moat(["scan", "insecure"]);
    // modules/admin is found by the walk, but only as module.admin (with protocol = "HTTP" from the call).
    expect(stdout).not.toMatch(/^ +aws_lb_listener\.admin$/m);
    expect(findingLines(stdout).filter((l) => l.startsWith("insecure/modules/admin/"))).toHaveLength(1);
  });
});

describe("JSON output", () => {
  test("validates against schemas/report.schema.json and carries every field a consumer needs", async () => {
    const { code, stdout } = await moat(["scan", "--format", "json", "insecure"]);
    const report = parseReport(stdout);
    expect(code).toBe(1);
    expect(report.summary.exitCode).toBe(code);
    expect(report.tool.name).toBe("moat");
    const admin = report.findings.find((f) => f.address === "module.admin.aws_lb_listener.admin");
    expect(admin).toEqual({
      ruleId: "MOAT-LB-001",
      ruleName: "lb-listener-plain-http",
      area: "listener-http",
      severity: "high",
      enforcement: "mandatory",
      messageId: "forward",
      message: expect.stringContaining("Listener on port 8000 forwards plain HTTP"),
      resourceType: "aws_lb_listener",
      address: "module.admin.aws_lb_listener.admin",
      door: "hcl",
      file: "insecure/modules/admin/main.tf",
      line: 22,
      path: "default_action[0].type",
      moduleChain: [{ address: "module.admin", file: "insecure/main.tf", line: 64 }],
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(report.unevaluated).toEqual([
      expect.objectContaining({ ruleId: "MOAT-LB-001", address: "aws_lb_listener.api", file: "insecure/main.tf", line: 38, reason: expect.stringContaining("var.api_protocol") }),
    ]);
    expect(report.remoteModules).toEqual([{ address: "module.vpc", source: "terraform-aws-modules/vpc/aws", file: "insecure/main.tf", line: 70 }]);
    expect(report.summary).toMatchObject({
      files: 2,
      resources: 8,
      rules: 3,
      findings: 4,
      findingsBySeverity: { critical: 1, high: 2, medium: 0, low: 1 },
      advisoryFindings: 1,
      belowThreshold: 0,
      unevaluated: 1,
      remoteModulesSkipped: 1,
      errors: 0,
      severityThreshold: "low",
    });
  });

  test("findings are ordered by file, line and rule id", async () => {
    const report = parseReport((await moat(["scan", "--format", "json", "vars", "insecure", "broken/good.tf"])).stdout);
    const keys = report.findings.map((f) => [f.file, f.line ?? 0, f.ruleId] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)));
    expect(keys).toEqual(sorted);
    expect(keys.length).toBeGreaterThan(3);
  });

  test("errors carry file, line and column when known, and the report still validates", async () => {
    const { code, stdout } = await moat(["scan", "--format", "json", "broken", "missing.tf"]);
    const report = parseReport(stdout);
    expect(code).toBe(2);
    expect(report.summary.exitCode).toBe(2);
    expect(report.errors).toEqual([
      { file: "broken/bad.tf", line: 3, column: expect.any(Number), message: expect.stringContaining("expression") },
      { file: "missing.tf", message: "does not exist; check the path" },
    ]);
    expect(report.findings.map((f) => f.file)).toEqual(["broken/good.tf"]);
  });

  test("--format json=FILE writes the file, and the text report still goes to stdout", async () => {
    const dir = tree({ "main.tf": HTTP_LISTENER });
    const { code, stdout } = await moat(["scan", "--format", "json=reports/moat.json", "."], { cwd: dir });
    expect(code).toBe(1);
    expect(findingLines(stdout)).toHaveLength(1);
    const report = parseReport(readFileSync(join(dir, "reports", "moat.json"), "utf8"));
    expect(report.findings.map((f) => `${f.file}:${f.line}`)).toEqual([`main.tf:${HTTP_LISTENER_FINDING_LINE}`]);
  });

  test("the schema's enums match the model's severities and areas", () => {
    const definitions = reportSchema.definitions;
    expect(definitions.severity.enum).toEqual([...SEVERITIES]);
    expect(definitions.finding.properties.area.enum).toEqual([...AREAS]);
  });
});

describe("terminal", () => {
  test("colour only on a terminal", async () => {
    expect((await moat(["scan", "insecure"], { stdoutTTY: true })).stdout).toMatch(ANSI);
    expect((await moat(["scan", "insecure"], { stdoutTTY: false })).stdout).not.toMatch(ANSI);
  });

  test("--no-color and NO_COLOR turn it off; --color and FORCE_COLOR turn it on", async () => {
    expect((await moat(["scan", "--no-color", "insecure"], { stdoutTTY: true })).stdout).not.toMatch(ANSI);
    expect((await moat(["scan", "insecure"], { stdoutTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await moat(["scan", "--color", "insecure"])).stdout).toMatch(ANSI);
    expect((await moat(["scan", "insecure"], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ANSI);
  });

  test("JSON never has colour", async () => {
    const { stdout } = await moat(["scan", "--format", "json", "--color", "insecure"], { stdoutTTY: true });
    expect(stdout).not.toMatch(ANSI);
    parseReport(stdout);
  });

  test("a progress line on a terminal's stderr is erased before the scan ends", async () => {
    const { stderr } = await moat(["scan", "insecure"], { stderrTTY: true, progressDelayMs: 0 });
    expect(stderr).toMatch(/^\r\x1b\[Kmoat: scanning/);
    expect(stderr.endsWith("\r\x1b[K")).toBe(true);
  });

  test("no progress line when stderr is not a terminal, or with --quiet", async () => {
    expect((await moat(["scan", "insecure"], { stderrTTY: false, progressDelayMs: 0 })).stderr).toBe("");
    expect((await moat(["scan", "--quiet", "insecure"], { stderrTTY: true, progressDelayMs: 0 })).stderr).toBe("");
  });
});

test("moat rules lists every rule with its id, severity and name", async () => {
  const { code, stdout } = await moat(["rules"]);
  expect(code).toBe(0);
  expect(stdout.trim().split("\n").map((l) => l.split(/ +/).slice(0, 4))).toEqual([
    ["MOAT-LB-001", "high", "mandatory", "lb-listener-plain-http"],
    ["MOAT-TEST-001", "critical", "mandatory", "test-public-database"],
    ["MOAT-TEST-002", "low", "advisory", "test-ingress-not-443"],
  ]);
});

describe("hostile inputs: the walk stays in the repository, every input is scanned once, nothing is skipped silently", () => {
  const CLEAN = `resource "aws_lb" "web" {\n  load_balancer_type = "application"\n}\n`;

  async function scanJson(args: string[], cwd: string): Promise<{ code: number; report: Report }> {
    const { code, stdout } = await moat(["scan", "--format", "json", ...args], { cwd });
    return { code, report: parseReport(stdout) };
  }

  test("a directory link out of the scanned directory is not followed: an error names it and where it points (exit 2)", async () => {
    const outside = tree({ "main.tf": HTTP_LISTENER });
    const dir = tree({ "main.tf": CLEAN, "inside/lb.tf": CLEAN.replace('"web"', '"inner"') });
    symlinkSync(outside, join(dir, "ext"));
    symlinkSync(join(dir, "inside"), join(dir, "again")); // inside to inside: fine, scanned once
    const { code, report } = await scanJson(["."], dir);
    expect(code).toBe(2);
    expect(report.findings).toEqual([]);
    expect(report.summary.resources).toBe(2);
    expect(report.errors).toEqual([
      {
        file: "ext",
        message: `is a symbolic link to ../${outside.split("/").pop()}, outside the scanned directory (.), so it was not followed and anything below it was not scanned; scan that directory on its own, or exclude the link in moat.config.yaml if it holds no Terraform code`,
      },
    ]);
  });

  test("excluding such a link in the config says it holds no Terraform code: exit 0", async () => {
    const outside = tree({ "README.md": "docs" });
    const dir = tree({ "main.tf": CLEAN, "moat.config.yaml": 'exclude: ["ext"]\n' });
    symlinkSync(outside, join(dir, "ext"));
    const { code, report } = await scanJson(["."], dir);
    expect(report.errors).toEqual([]);
    expect(code).toBe(0);
  });

  test("a link to / inside a repository is not followed: the scan does not walk the machine", async () => {
    const dir = tree({ "main.tf": CLEAN, ".git/HEAD": "ref: refs/heads/main\n", "infra/main.tf": CLEAN.replace('"web"', '"infra"') });
    symlinkSync("/", join(dir, "infra", "root"));
    const { code, report } = await scanJson(["infra"], dir);
    expect(code).toBe(2);
    expect(report.summary.files).toBe(1);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: "infra/root", message: expect.stringMatching(/^is a symbolic link to (\.\.\/)+\.\., outside the repository \(\.\), so it was not followed/) }),
    ]);
    expect(JSON.stringify(report)).not.toContain(dir);
  });

  test("a .tf file linked from outside the scanned directory is not read: an error (exit 2), never silent", async () => {
    const outside = tree({ "shared.tf": HTTP_LISTENER });
    const dir = tree({ "main.tf": CLEAN });
    symlinkSync(join(outside, "shared.tf"), join(dir, "shared.tf"));
    const { code, report } = await scanJson(["."], dir);
    expect(code).toBe(2);
    expect(report.findings).toEqual([]);
    expect(report.summary.resources).toBe(1); // main.tf is still scanned
    expect(report.errors).toEqual([
      {
        file: "shared.tf",
        message: expect.stringMatching(/^is a symbolic link to \.\.\/moat-cli-\w+\/shared\.tf, outside the scanned directory \(\.\), so it was not read and its module was scanned without it; copy the file into/),
      },
    ]);
  });

  test("the same plan given twice is scanned once, with a notice (it was an internal error)", async () => {
    const plan = planFixture([
      {
        address: "aws_lb_listener.http",
        values: { port: 80, protocol: "HTTP", default_action: [{ type: "forward", target_group_arn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc" }] },
        unknown: ["load_balancer_arn", "arn"],
      },
    ]);
    const dir = tree({ "p.json": JSON.stringify(plan, null, 2) });
    const { code, report } = await scanJson(["p.json", "p.json", "./p.json"], dir);
    expect(code).toBe(1);
    expect(report.errors).toEqual([]);
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([["MOAT-LB-001", "p.json"]]);
    expect(report.summary.files).toBe(1);
    expect(report.notices.map((n) => [n.kind, n.file, n.message])).toEqual([
      ["input", "p.json", "is given more than once (as p.json and ./p.json); it is scanned once"],
      ["input", "p.json", "is given more than once (as p.json and p.json); it is scanned once"],
    ]);
  });

  test.each([
    ["a file twice", ["main.tf", "main.tf"], "main.tf", "is given more than once (as main.tf and main.tf); it is scanned once"],
    ["a directory and a file in it", ["a", "a/main.tf"], "a/main.tf", "is inside a, which is scanned as a whole; it is scanned once"],
    ["a file and its directory", ["a/main.tf", "a"], "a/main.tf", "is inside a, which is scanned as a whole; it is scanned once"],
    ["a and ./a/", ["a", "./a/"], "a", "is given more than once (as a and ./a/); it is scanned once"],
    ["a directory inside another one", ["a", "a/b"], "a/b", "is inside a, which is scanned with the directories below it; it is scanned once"],
  ])("%s: scanned once, with a notice", async (_name, args, file, message) => {
    const dir = tree({ "main.tf": HTTP_LISTENER, "a/main.tf": HTTP_LISTENER, "a/b/main.tf": CLEAN });
    const { code, report } = await scanJson(args, dir);
    expect(code).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.notices).toEqual([{ kind: "input", file, message }]);
  });

  test("a local module outside the paths given is followed, and a notice says so", async () => {
    const dir = tree({
      "envs/prod/main.tf": `module "lb" {\n  source = "../../modules/lb"\n}\n`,
      "modules/lb/main.tf": HTTP_LISTENER,
    });
    const { code, report } = await scanJson(["envs/prod"], dir);
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.file} ${f.address}`)).toEqual(["modules/lb/main.tf module.lb.aws_lb_listener.http"]);
    expect(report.notices).toEqual([{ kind: "input", file: "envs/prod/main.tf", line: 1, message: expect.stringMatching(/^module "lb": source "\.\.\/\.\.\/modules\/lb" is outside the paths given to the scan; moat followed it/) }]);
  });

  test("an unreadable directory below the scanned one is an error naming it and what to do; the rest is found", async () => {
    const dir = tree({ "main.tf": HTTP_LISTENER, "locked/main.tf": HTTP_LISTENER, "locked/deeper/main.tf": HTTP_LISTENER });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, "locked"), 0o000);
    try {
      const inputs = process.getuid?.() === 0 ? await classifyWithoutDacOverride(["."], dir) : classifyInputs(["."], dir);
      expect(inputs.terraform.dirs).toEqual([dir]);
      expect(inputs.problems).toEqual([
        {
          file: join(dir, "locked"),
          message:
            "directory cannot be read (permission denied), so the Terraform files in it and below it were not scanned; give the user running moat read access, or exclude the directory in moat.config.yaml",
        },
      ]);
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
  });

  test("a .tf link in a loop is an error of that file (exit 2); the rest is still scanned", async () => {
    const dir = tree({ "main.tf": HTTP_LISTENER, "locked/main.tf": HTTP_LISTENER });
    symlinkSync("loop-b", join(dir, "loop-a.tf"));
    symlinkSync("loop-a.tf", join(dir, "loop-b"));
    const { code, report } = await scanJson(["."], dir);
    expect(code).toBe(2);
    expect(report.findings.map((f) => f.file)).toEqual(["locked/main.tf", "main.tf"]);
    expect(report.errors).toEqual([{ file: "loop-a.tf", message: expect.stringMatching(/symlink loop/) }]);
  });
});

/**
 * Classifies the paths in a child node process that has lost CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (util-linux
 * `setpriv`), so file permissions apply to it even as root (as in test/hcl/parse-hcl.test.ts).
 */
function classifyWithoutDacOverride(args: string[], cwd: string): Promise<ScanInputs> {
  const script = "process.stdout.write(JSON.stringify(require(process.argv[1]).classifyInputs(JSON.parse(process.argv[2]), process.cwd())))";
  const node = [process.execPath, "--require", require.resolve("tsx/cjs"), "-e", script, join(__dirname, "..", "..", "cli", "inputs.ts"), JSON.stringify(args)];
  return new Promise((resolvePromise, reject) => {
    const child = spawn("setpriv", ["--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "--", ...node], { cwd, env: { ...process.env, HOME: cwd } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code !== 0 || stdout === "" ? reject(new Error(`child failed (${code}): ${stderr}`)) : resolvePromise(JSON.parse(stdout) as ScanInputs)));
  });
}

describe("TF_VAR_ environment variables", () => {
  const SG = `variable "cidr" {
  type = string
}
resource "aws_security_group" "web" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}
`;
  const ids = (stdout: string) => (JSON.parse(stdout) as Report).findings.map((f) => f.ruleId);

  test("set variables with the lowest precedence, as in Terraform; --no-env-vars ignores them", async () => {
    const dir = tree({ "main.tf": SG });
    const env = { TF_VAR_cidr: "0.0.0.0/0", TF_VAR_undeclared: "x" };
    const fromEnv = await moat(["scan", ".", "--format", "json"], { cwd: dir, env, rules: registry });
    expect(fromEnv.code).toBe(1);
    expect(ids(fromEnv.stdout)).toEqual(["MOAT-SG-002"]);
    expect((JSON.parse(fromEnv.stdout) as Report).summary.unevaluated).toBe(0);
    // Terraform ignores a TF_VAR_ that no module declares: no notice.
    expect(JSON.stringify((JSON.parse(fromEnv.stdout) as Report).notices)).not.toContain("undeclared");

    // terraform.tfvars wins over the environment.
    writeFileSync(join(dir, "terraform.tfvars"), 'cidr = "10.0.0.0/8"\n');
    const overridden = await moat(["scan", ".", "--format", "json"], { cwd: dir, env, rules: registry });
    expect(ids(overridden.stdout)).toEqual([]);
    rmSync(join(dir, "terraform.tfvars"));

    const ignored = await moat(["scan", ".", "--format", "json", "--no-env-vars"], { cwd: dir, env, rules: registry });
    expect(ignored.code).toBe(0);
    expect((JSON.parse(ignored.stdout) as Report).summary.unevaluated).toBeGreaterThan(0);
  });
});

describe("terraform.workspace", () => {
  // An estate that picks CIDRs per workspace, as workspace-per-environment repositories do.
  const SG = `locals {
  cidr = {
    development = "0.0.0.0/0"
    production  = "10.0.0.0/8"
  }
}
resource "aws_security_group" "web" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [local.cidr[terraform.workspace]]
  }
}
`;
  const scanJson = async (dir: string, args: string[], env: Record<string, string> = {}) => {
    const run = await moat(["scan", ".", "--format", "json", "--unknown", "warn", ...args], { cwd: dir, env, rules: registry });
    const report = JSON.parse(run.stdout) as Report;
    return { code: run.code, ids: report.findings.map((f) => f.ruleId), unevaluated: report.summary.unevaluated, text: run.stdout };
  };

  test("unknown unless given: --workspace, then TF_WORKSPACE, then .terraform/environment, as Terraform reads it", async () => {
    const dir = tree({ "main.tf": SG });
    const none = await scanJson(dir, []);
    expect(none).toMatchObject({ code: 0, ids: [], unevaluated: 1 });
    expect(none.text).toContain("--workspace NAME or TF_WORKSPACE");

    expect(await scanJson(dir, ["--workspace", "development"])).toMatchObject({ code: 1, ids: ["MOAT-SG-002"], unevaluated: 0 });
    expect(await scanJson(dir, ["--workspace", "production"])).toMatchObject({ code: 0, ids: [], unevaluated: 0 });
    expect(await scanJson(dir, [], { TF_WORKSPACE: "development" })).toMatchObject({ code: 1, ids: ["MOAT-SG-002"] });
    // The flag wins over the environment; --no-env-vars ignores TF_WORKSPACE.
    expect(await scanJson(dir, ["--workspace", "production"], { TF_WORKSPACE: "development" })).toMatchObject({ code: 0, ids: [] });
    expect(await scanJson(dir, ["--no-env-vars"], { TF_WORKSPACE: "development" })).toMatchObject({ code: 0, unevaluated: 1 });

    // `terraform workspace select development` writes the name (with a newline) to .terraform/environment.
    mkdirSync(join(dir, ".terraform"));
    writeFileSync(join(dir, ".terraform", "environment"), "development\n");
    expect(await scanJson(dir, [])).toMatchObject({ code: 1, ids: ["MOAT-SG-002"] });
    expect(await scanJson(dir, [], { TF_WORKSPACE: "production" })).toMatchObject({ code: 0, ids: [] });
  });

  test("a workspace no lookup knows leaves the check not evaluated, saying which key is missing", async () => {
    const dir = tree({ "main.tf": SG });
    const run = await scanJson(dir, ["--workspace", "staging"]);
    expect(run).toMatchObject({ ids: [], unevaluated: 1 });
    expect(run.text).toContain('key \\"staging\\" not found');
  });
});
