/**
 * The config file at the CLI: enforcement levels and exit codes, discovery and --config/--no-config, command-line
 * options over the file, exceptions, exclusions; and the discovery commands (rules, explain, pulumi-config, help).
 * Rules: the CLI test set (MOAT-LB-001 high mandatory, MOAT-TEST-001 critical mandatory, MOAT-TEST-002 low advisory),
 * or the real registry where a rule's options matter.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { rules as registry } from "../../rules";
import { moatIn, repo, scanJson, verdicts } from "../config/workspace";

const PUBLIC_DATABASE = `resource "aws_db_instance" "orders" {
  engine              = "postgres"
  publicly_accessible = true
}
`;

const SSH_GROUP = `resource "aws_security_group" "web" {
  ingress {
    from_port = 22
    to_port   = 22
  }
}
`;

/** MOAT-TEST-001 (mandatory) on the database, MOAT-TEST-002 (advisory) on the group. */
const project = (config?: string, extra: Record<string, string> = {}) =>
  repo({ "main.tf": `${PUBLIC_DATABASE}\n${SSH_GROUP}`, ...(config !== undefined ? { "moat.config.yaml": config } : {}), ...extra });

describe("enforcement levels and exit codes", () => {
  test.each([
    ["no config: a mandatory finding fails", undefined, 1, ["MOAT-TEST-001 mandatory", "MOAT-TEST-002 advisory"]],
    ["the mandatory rule made advisory: shown, but the run passes", "policy:\n  test-public-database: advisory\n", 0, ["MOAT-TEST-001 advisory", "MOAT-TEST-002 advisory"]],
    ["by id, the same", "policy:\n  MOAT-TEST-001: { enforcementLevel: advisory }\n", 0, ["MOAT-TEST-001 advisory", "MOAT-TEST-002 advisory"]],
    ["the mandatory rule disabled: it does not run", "policy:\n  MOAT-TEST-001: disabled\n", 0, ["MOAT-TEST-002 advisory"]],
    ["the advisory rule made mandatory: it fails", "policy:\n  MOAT-TEST-001: disabled\n  test-ingress-not-443: mandatory\n", 1, ["MOAT-TEST-002 mandatory"]],
    ["all advisory", "policy:\n  all: advisory\n", 0, ["MOAT-TEST-001 advisory", "MOAT-TEST-002 advisory"]],
    ["all advisory but one", "policy:\n  all: advisory\n  MOAT-TEST-002: remediate\n", 1, ["MOAT-TEST-001 advisory", "MOAT-TEST-002 mandatory"]],
    ["all disabled: nothing is checked, which is an error (exit 2), not a pass", "policy:\n  all: disabled\n", 2, []],
  ])("%s", async (_what, config, exitCode, findings) => {
    const { code, report } = await scanJson(project(config), []);
    expect(report.findings.map((f) => `${f.ruleId} ${f.enforcement}`)).toEqual(findings);
    expect(code).toBe(exitCode);
  });

  test("disabled rules are not counted as run", async () => {
    const { report } = await scanJson(project("policy:\n  all: disabled\n  MOAT-TEST-002: advisory\n"), []);
    expect(report.summary.rules).toBe(1);
  });

  test("a rule's options come from the config (real rule: SSH allowed as a public port)", async () => {
    const group = `resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;
    const open = await scanJson(repo({ "main.tf": group }), [], { rules: registry });
    expect(open.report.findings.map((f) => f.ruleId)).toContain("MOAT-SG-002");
    const allowed = await scanJson(
      repo({ "main.tf": group, "moat.config.yaml": "policy:\n  sg-public-ingress-restricted-port:\n    allowedPublicPorts: { tcp: [22, 443] }\n" }),
      [],
      { rules: registry },
    );
    expect(allowed.report.findings.map((f) => f.ruleId)).not.toContain("MOAT-SG-002");
  });
});

describe("finding the config", () => {
  test("upward from the first path's directory, up to the repository root", async () => {
    const root = repo({ "moat.config.yaml": "policy:\n  all: disabled\n", "infra/prod/main.tf": PUBLIC_DATABASE });
    const { code, report } = await scanJson(root, ["infra/prod"]);
    expect(report.findings).toEqual([]);
    expect(report.summary.config).toBe("moat.config.yaml");
    // A config that disables every rule checks nothing: an error naming it, exit 2.
    expect(report.errors).toEqual([expect.objectContaining({ file: "moat.config.yaml", message: expect.stringContaining("no rule is enabled: this config disables every rule") })]);
    expect(code).toBe(2);
    // A file as the first path: its directory is the scan root.
    expect((await scanJson(root, ["infra/prod/main.tf"])).report.findings).toEqual([]);
    // From a subdirectory as the working directory, with no path.
    expect((await scanJson(join(root, "infra", "prod"), [])).report.findings).toEqual([]);
  });

  test("a config nearer the scan root wins", async () => {
    const root = repo({ "moat.config.yaml": "policy:\n  all: disabled\n", "infra/moat.config.yml": "policy:\n  all: advisory\n", "infra/main.tf": PUBLIC_DATABASE });
    expect((await scanJson(root, ["infra"])).report.findings.map((f) => f.enforcement)).toEqual(["advisory"]);
  });

  test("--config names one; --no-config uses none", async () => {
    const root = project("policy:\n  all: disabled\n", { "ci/strict.yaml": "policy:\n  all: mandatory\n" });
    expect((await scanJson(root, ["--config", "ci/strict.yaml"])).report.findings.map((f) => f.enforcement)).toEqual(["mandatory", "mandatory"]);
    const none = await scanJson(root, ["--no-config"]);
    expect(none.report.findings.map((f) => f.enforcement)).toEqual(["mandatory", "advisory"]);
    expect(none.code).toBe(1);
  });

  test("a found config that links out of the repository is not read (it could be /proc/self/environ); one linking inside it is", async () => {
    const outside = repo({ "secret.yaml": "policy:\n  all: disabled\n" });
    const root = project(undefined, { "ci/moat.yaml": "policy:\n  all: advisory\n" });
    symlinkSync(join(outside, "secret.yaml"), join(root, "moat.config.yaml"));
    const refused = await moatIn(root, ["scan"]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(
      "moat: moat.config.yaml: is a symbolic link to a file outside the repository, so it was not read; keep the config in the repository, or name a config elsewhere with --config\n" +
        "moat: moat.config.yaml cannot be used, so nothing was scanned (--no-config scans without a config file)\n",
    );
    // Named with --config, the same link is refused too: a pull request can turn the file a CI job names into one.
    expect((await moatIn(root, ["scan", "--config", "moat.config.yaml"])).stderr).toContain("moat.config.yaml: is a symbolic link to a file outside the repository");
    // A config named with --config outside every repository is read wherever its link points: the administrator's own.
    const admin = join(outside, "..", `${outside.split("/").pop()}-admin.yaml`);
    symlinkSync(join(outside, "secret.yaml"), admin);
    try {
      expect((await scanJson(root, ["--config", admin])).report.findings).toEqual([]);
    } finally {
      rmSync(admin);
    }
    rmSync(join(root, "moat.config.yaml"));
    symlinkSync(join("ci", "moat.yaml"), join(root, "moat.config.yaml"));
    expect((await scanJson(root, [])).report.findings.map((f) => f.enforcement)).toEqual(["advisory", "advisory"]);
  });

  test("an invalid config stops the run with exit 2 before anything is scanned, and says what to fix", async () => {
    const root = project("policy:\n  sg-wide-port-range: disabled\n  test-public-database:\n    enforcementLevel: sometimes\n");
    const { code, stdout, stderr } = await moatIn(root, ["scan"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "moat: moat.config.yaml:2: policy.sg-wide-port-range: unknown rule; name a rule by its name or id (`moat rules` lists them), or use all\n" +
        'moat: moat.config.yaml:4: policy.test-public-database.enforcementLevel: "sometimes" is not allowed; allowed: mandatory, advisory, disabled, remediate\n' +
        "moat: moat.config.yaml cannot be used, so nothing was scanned (--no-config scans without a config file)\n",
    );
    expect((await moatIn(root, ["scan", "--config", "nope.yaml"])).stderr).toContain("moat: nope.yaml: does not exist; check the path given with --config\n");
  });
});

describe("central enforcement: a config in the scanned repository cannot weaken the central one", () => {
  /**
   * A pull request adds a config that disables every rule and excludes everything; the platform team's central config
   * lives elsewhere (`central`, relative to the repository) and makes the advisory rule mandatory.
   */
  const pullRequest = () => {
    const root = project('policy:\n  all: disabled\nexclude: ["**"]\n');
    const central = relative(root, join(repo({ "moat.yaml": "policy:\n  test-ingress-not-443: mandatory\n" }), "moat.yaml"));
    return { root, central, ignored: `was not used: --no-repo-config is given (central enforcement), so configs in the scanned repository are ignored and the central config ${central} applies` };
  };

  test("the bypass: the repository's own config is found and used, and the report names it; disabling every rule fails the run (exit 2)", async () => {
    const { code, report } = await scanJson(pullRequest().root, []);
    expect(code).toBe(2);
    expect(report.summary.config).toBe("moat.config.yaml");
    expect(report.summary.resources).toBe(0);
  });

  test("--config FILE --no-repo-config: only the central config applies, and a notice says the repository's was not used", async () => {
    const { root, central, ignored } = pullRequest();
    const { code, report } = await scanJson(root, ["--config", central, "--no-repo-config"]);
    expect(code).toBe(1);
    expect(verdicts(report)).toEqual(["MOAT-TEST-001 aws_db_instance.orders publicly_accessible", "MOAT-TEST-002 aws_security_group.web ingress[0].from_port"]);
    expect(report.findings.map((f) => f.enforcement)).toEqual(["mandatory", "mandatory"]);
    expect(report.summary.config).toBe(central);
    expect(report.notices).toEqual([{ kind: "config", file: "moat.config.yaml", message: ignored }]);
    const text = await moatIn(root, ["scan", "--config", central, "--no-repo-config"]);
    expect(text.stdout).toContain(`Inputs and config (1):\n  moat.config.yaml  ${ignored}\n`);
    expect(text.stdout).toContain(`Config: ${central}.\n`);
  });

  test("--no-repo-config alone: every rule at its default level, whatever the repository's config says; an invalid one does not matter", async () => {
    const root = project("policy: [this is not a config\n");
    const { code, report } = await scanJson(root, ["--no-repo-config"]);
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.enforcement}`)).toEqual(["MOAT-TEST-001 mandatory", "MOAT-TEST-002 advisory"]);
    expect(report.summary.config).toBeNull();
    expect(report.notices).toEqual([
      {
        kind: "config",
        file: "moat.config.yaml",
        message: "was not used: --no-repo-config is given (central enforcement), so configs in the scanned repository are ignored and every rule runs at its default level",
      },
    ]);
  });

  test("MOAT_CENTRAL_CONFIG=FILE is --config FILE --no-repo-config for every scan; --config and --no-config then conflict", async () => {
    const { root, central, ignored } = pullRequest();
    const env = { MOAT_CENTRAL_CONFIG: central };
    const { code, report } = await scanJson(root, [], { env });
    expect(code).toBe(1);
    expect(report.summary.config).toBe(central);
    expect(report.notices.map((n) => n.message)).toEqual([ignored.replace("--no-repo-config is given", "MOAT_CENTRAL_CONFIG is set")]);
    for (const flag of [["--config", "moat.config.yaml"], ["--no-config"]]) {
      const conflict = await moatIn(root, ["scan", ...flag], { env });
      expect(conflict.code).toBe(2);
      expect(conflict.stderr).toContain(`config cannot be used while MOAT_CENTRAL_CONFIG is set: the central config ${central} applies to every scan`);
    }
  });

  test("moat scan --help documents it", async () => {
    const { stdout } = await moatIn(repo({}), ["scan", "--help"]);
    expect(stdout).toContain("--no-repo-config");
    expect(stdout).toContain("Central enforcement (a platform team's config that a pull request cannot weaken):");
    expect(stdout).toContain("MOAT_CENTRAL_CONFIG=FILE does the same as --config FILE --no-repo-config");
  });

  test("a YAML alias bomb in the repository's config is a config error: exit 2, naming the file and what to do", async () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `b${i}: &b${i} [${Array(9).fill(i === 0 ? "*a" : `*b${i - 1}`).join(", ")}]`).join("\n")}\n`;
    const { code, stdout, stderr } = await moatIn(project(bomb), ["scan"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'moat: moat.config.yaml: its YAML aliases (*name) expand to far more data than the file holds (an "alias bomb"); write the values out instead of repeating aliases\n' +
        "moat: moat.config.yaml cannot be used, so nothing was scanned (--no-config scans without a config file)\n",
    );
  });
});

describe("limits", () => {
  test("the config's limits: bound the evaluation (exit 2, naming the limit); a central config's limits win with --no-repo-config", async () => {
    const root = repo({
      "main.tf": 'resource "aws_db_instance" "x" {\n  count               = 5\n  publicly_accessible = true\n}\n',
      "moat.config.yaml": "limits:\n  maxInstancesPerBlock: 3\n",
    });
    const limited = await scanJson(root, []);
    expect(limited.code).toBe(2);
    expect(limited.report.findings).toHaveLength(3);
    expect(limited.report.errors).toEqual([{ file: "main.tf", line: 2, message: expect.stringContaining("limits.maxInstancesPerBlock (3)") }]);
    const central = await scanJson(root, ["--no-repo-config"]);
    expect(central.code).toBe(1);
    expect(central.report.findings).toHaveLength(5);
  });
});

describe("command-line options override the file", () => {
  test("severityThreshold from the file, --severity-threshold over it", async () => {
    const root = project("severityThreshold: critical\n");
    const fromFile = await scanJson(root, []);
    expect(fromFile.report.summary).toMatchObject({ severityThreshold: "critical", findings: 1, belowThreshold: 1 });
    const fromFlag = await scanJson(root, ["--severity-threshold", "low"]);
    expect(fromFlag.report.summary).toMatchObject({ severityThreshold: "low", findings: 2, belowThreshold: 0 });
  });
});

describe("exceptions", () => {
  const config = (exceptions: string) => `exceptions:\n${exceptions}`;

  test("a matching exception suppresses the finding (shown, never failing) and says where it is written", async () => {
    const root = project(config('  - rule: MOAT-TEST-001\n    resource: "aws_db_instance.*"\n    reason: "public demo database, OPS-123"\n    expires: 2027-03-31\n'));
    const { code, report } = await scanJson(root, []);
    expect(report.findings[0].suppressed).toEqual({ kind: "exception", reason: "public demo database, OPS-123", expires: "2027-03-31", by: "moat.config.yaml: exceptions[0]" });
    expect(report.notices).toEqual([]);
    expect(code).toBe(0);
  });

  test("by rule name, by *, and written under the rule in policy (the Pulumi form)", async () => {
    for (const text of [
      config('  - { rule: test-public-database, resource: aws_db_instance.orders, reason: "demo" }\n'),
      config('  - { rule: "*", resource: aws_db_instance.orders, reason: "demo" }\n'),
      'policy:\n  test-public-database:\n    exceptions:\n      - { resource: "aws_db_instance.*", reason: "demo" }\n',
    ]) {
      const { code, report } = await scanJson(project(text), []);
      expect(verdicts(report)).toEqual(["MOAT-TEST-001 aws_db_instance.orders publicly_accessible (suppressed exception)", "MOAT-TEST-002 aws_security_group.web ingress[0].from_port"]);
      expect(code).toBe(0);
    }
  });

  test("the resource glob reaches into modules", async () => {
    const root = repo({
      "main.tf": 'module "bastion" {\n  source = "./modules/db"\n}\nmodule "shop" {\n  source = "./modules/db"\n}\n',
      "modules/db/main.tf": PUBLIC_DATABASE,
      "moat.config.yaml": config('  - { rule: MOAT-TEST-001, resource: "module.bastion.*", reason: "bastion host, OPS-123" }\n'),
    });
    const { code, report } = await scanJson(root, []);
    expect(verdicts(report)).toEqual([
      "MOAT-TEST-001 module.bastion.aws_db_instance.orders publicly_accessible (suppressed exception)",
      "MOAT-TEST-001 module.shop.aws_db_instance.orders publicly_accessible",
    ]);
    expect(code).toBe(1);
  });

  test("an expired exception suppresses nothing and is reported; one that matches nothing is reported as unused", async () => {
    const root = project(
      config(
        '  - { rule: MOAT-TEST-001, resource: "aws_db_instance.orders", reason: "until the migration", expires: 2026-06-14 }\n' +
          '  - { rule: MOAT-LB-001, resource: "aws_lb_listener.*", reason: "no listener here" }\n',
      ),
    );
    const { code, report } = await scanJson(root, []);
    expect(report.findings[0].suppressed).toBeUndefined();
    expect(report.notices).toEqual([
      {
        kind: "exception-expired",
        file: "moat.config.yaml",
        line: 2,
        message:
          "exceptions[0] (MOAT-TEST-001 on aws_db_instance.orders) expired on 2026-06-14 (reason: until the migration), so 1 finding it covered fails again; fix the finding, or renew the date if the reason still holds",
      },
      {
        kind: "exception-unused",
        file: "moat.config.yaml",
        line: 3,
        message: "exceptions[1] (MOAT-LB-001 on aws_lb_listener.*) matches no finding; remove it, or check the address glob (moat scan --format json shows each finding's address)",
      },
    ]);
    expect(code).toBe(1);
    const text = await moatIn(root, ["scan"]);
    expect(text.stdout).toContain("Suppression problems (2):\n  moat.config.yaml:2  exceptions[0] (MOAT-TEST-001 on aws_db_instance.orders) expired on 2026-06-14");
  });

  test("an exception without a reason is a config error (exit 2)", async () => {
    const { code, stderr } = await moatIn(project(config("  - { rule: MOAT-TEST-001, resource: aws_db_instance.orders }\n")), ["scan"]);
    expect(code).toBe(2);
    expect(stderr).toContain("moat: moat.config.yaml:2: exceptions[0].reason: is missing: every exception needs a reason");
  });
});

describe("exclude", () => {
  test("excluded directories and files are not scanned, and findings in an excluded module are not reported", async () => {
    const root = repo({
      "moat.config.yaml": 'exclude: ["legacy/**", "**/test-fixtures/**", "envs/old.tf"]\n',
      "envs/main.tf": 'module "vendored" {\n  source = "../legacy/db"\n}\n',
      "envs/old.tf": PUBLIC_DATABASE.replace('"orders"', '"old"'),
      "envs/current.tf": PUBLIC_DATABASE,
      "legacy/db/main.tf": PUBLIC_DATABASE.replace('"orders"', '"legacy"'),
      "modules/x/test-fixtures/main.tf": PUBLIC_DATABASE,
    });
    const { report } = await scanJson(root, []);
    expect(report.findings.map((f) => `${f.address} ${f.file}`)).toEqual(["aws_db_instance.orders envs/current.tf"]);
    expect(report.notices).toEqual([]);
  });

  test("a directory named on the command line that the config excludes is an error (exit 2), not an empty pass", async () => {
    const root = repo({ "moat.config.yaml": 'exclude: ["legacy"]\n', "legacy/main.tf": PUBLIC_DATABASE });
    const { code, report } = await scanJson(root, ["legacy"]);
    expect(report.findings).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(report.errors).toEqual([
      { file: "legacy", message: 'is excluded by the config\'s exclude "legacy", so nothing was scanned there; name another path, or change the exclude' },
    ]);
    expect(code).toBe(2);
    expect((await scanJson(root, ["legacy", "--no-config"])).code).toBe(1);
  });

  test("so is a named directory whose every file a glob excludes; a named file only gets a notice (pre-commit names staged files)", async () => {
    const root = repo({ "moat.config.yaml": 'exclude: ["legacy/**"]\n', "legacy/main.tf": PUBLIC_DATABASE, "app/main.tf": PUBLIC_DATABASE });
    const dir = await scanJson(root, ["legacy"]);
    expect(dir.report.errors).toEqual([
      { file: "legacy", message: 'every Terraform file below it is excluded (by the config\'s exclude "legacy/**"), so it was not scanned; name another path, or change the exclude' },
    ]);
    expect(dir.code).toBe(2);
    const file = await scanJson(root, ["legacy/main.tf"]);
    expect(file.report.errors).toEqual([]);
    expect(file.report.notices).toEqual([
      { kind: "excluded", file: "legacy/main.tf", message: 'is excluded by the config\'s exclude "legacy/**", so it was not scanned; run with --no-config to scan it anyway' },
    ]);
    expect(file.code).toBe(0);
  });
});

describe("discovery", () => {
  test("moat rules: id, severity, default level, name, area, doors and title; --format json for tools", async () => {
    const { code, stdout } = await moatIn(process.cwd(), ["rules"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0].split(/ {2,}/)).toEqual([
      "MOAT-LB-001",
      "high",
      "mandatory",
      "lb-listener-plain-http",
      "listener-http",
      "terraform,plan,pulumi",
      "An application load balancer listener serves plain HTTP instead of redirecting to HTTPS.",
    ]);
    const json = JSON.parse((await moatIn(process.cwd(), ["rules", "--format", "json"], { rules: registry })).stdout) as { id: string; defaultLevel: string; doors: string[]; area: string; options: Record<string, unknown> }[];
    expect(json.map((r) => r.id)).toEqual(registry.map((r) => r.meta.id));
    expect(json.find((r) => r.id === "MOAT-SG-003")).toMatchObject({ defaultLevel: "advisory", area: "sg-broad", doors: ["terraform", "plan", "pulumi"], options: { maxPortRange: 1024 } });
  });

  test("moat explain prints the rule's shipped doc, by id or name; a typo exits 2 with a suggestion", async () => {
    const byId = await moatIn(process.cwd(), ["explain", "MOAT-SG-002"], { rules: registry });
    expect(byId.code).toBe(0);
    expect(byId.stdout.startsWith("# MOAT-SG-002 · sg-public-ingress-restricted-port\n")).toBe(true);
    expect(byId.stdout).toContain("## How to fix");
    expect(byId.stdout).toContain("allowedPublicPorts");
    expect((await moatIn(process.cwd(), ["explain", "sg-public-ingress-restricted-port"], { rules: registry })).stdout).toBe(byId.stdout);
    const typo = await moatIn(process.cwd(), ["explain", "MOAT-SG-02"], { rules: registry });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("moat: no rule 'MOAT-SG-02'; did you mean MOAT-SG-002? (`moat rules` lists every rule)\n");
  });

  test("moat explain of a rule without a shipped doc renders one from its meta", async () => {
    const { code, stdout } = await moatIn(process.cwd(), ["explain", "test-public-database"]);
    expect(code).toBe(0);
    expect(stdout).toContain("# MOAT-TEST-001 · test-public-database\n\n> Test rule MOAT-TEST-001 for the CLI tests.");
    expect(stdout).toContain("| Severity | critical |");
    expect(stdout).toContain("| Default enforcement | mandatory |");
  });

  test("moat --help shows an example of every command; moat --version prints the version", async () => {
    const help = await moatIn(process.cwd(), ["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["scan", "rules", "explain", "pulumi-config"]) expect(help.stdout).toMatch(new RegExp(`^  moat ${command}\\b`, "m"));
    const scanHelp = await moatIn(process.cwd(), ["scan", "--help"]);
    for (const flag of ["--config", "--no-config", "--no-inline-suppressions", "--baseline", "--write-baseline", "moat:ignore"]) expect(scanHelp.stdout).toContain(flag);
    expect((await moatIn(process.cwd(), ["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("moat pulumi-config prints the config as Pulumi policy-pack config", async () => {
    const root = project('policy:\n  MOAT-TEST-001: advisory\nexceptions:\n  - { rule: MOAT-LB-001, resource: "*::web", reason: "CDN terminates TLS" }\n');
    mkdirSync(join(root, "sub"));
    writeFileSync(join(root, "sub", "x.txt"), "");
    const { code, stdout } = await moatIn(join(root, "sub"), ["pulumi-config"]);
    expect(code).toBe(0);
    // The CLI test rules: only MOAT-LB-001 has a Pulumi form.
    expect(JSON.parse(stdout)).toEqual({ "lb-listener-plain-http": { exceptions: [{ resource: "*::web", reason: "CDN terminates TLS" }] } });
    const none = await moatIn(repo({}), ["pulumi-config"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^moat: no moat\.config\.yaml \(or \.yml, \.json\) in .+ or above it; pass one with --config FILE\n$/);
  });
});
