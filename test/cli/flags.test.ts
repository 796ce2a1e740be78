/**
 * The scan flags that mirror the config file: --rule / --skip-rule, --exclude, and --fail-on (what fails the run,
 * apart from what --severity-threshold shows).
 */
import type { Report } from "../../cli/report";
import { HTTP_LISTENER, moat, tree } from "./run-moat";

const PUBLIC_DB = `resource "aws_db_instance" "db" {
  publicly_accessible = true
}
`;

const ruleIds = (stdout: string) => [...new Set((JSON.parse(stdout) as Report).findings.map((f) => f.ruleId))].sort();

describe("--rule and --skip-rule", () => {
  const files = { "main.tf": HTTP_LISTENER + PUBLIC_DB };

  test("--rule runs only the named rules, by id or name", async () => {
    const cwd = tree(files);
    const byId = await moat(["scan", "--no-config", "--format", "json", "--rule", "MOAT-TEST-001"], { cwd });
    expect(ruleIds(byId.stdout)).toEqual(["MOAT-TEST-001"]);
    expect(byId.code).toBe(1);
    const byName = await moat(["scan", "--no-config", "--format", "json", "--rule", "test-public-database", "--rule", "MOAT-LB-001"], { cwd });
    expect(ruleIds(byName.stdout)).toEqual(["MOAT-LB-001", "MOAT-TEST-001"]);
  });

  test("--skip-rule disables a rule, and wins over --rule", async () => {
    const cwd = tree(files);
    const skipped = await moat(["scan", "--no-config", "--format", "json", "--skip-rule", "test-public-database"], { cwd });
    expect(ruleIds(skipped.stdout)).toEqual(["MOAT-LB-001"]);
    const both = await moat(["scan", "--no-config", "--format", "json", "--rule", "MOAT-TEST-001", "--skip-rule", "MOAT-TEST-001", "--rule", "MOAT-LB-001"], { cwd });
    expect(ruleIds(both.stdout)).toEqual(["MOAT-LB-001"]);
  });

  test("--rule runs a rule the config disables (the command line overrides the config)", async () => {
    const cwd = tree({ ...files, "moat.config.yaml": "policy:\n  test-public-database: disabled\n" });
    const run = await moat(["scan", "--format", "json", "--rule", "MOAT-TEST-001"], { cwd });
    expect(ruleIds(run.stdout)).toEqual(["MOAT-TEST-001"]);
    expect(run.code).toBe(1);
  });

  test("an unknown id or name is a usage error naming the closest match, before anything is scanned", async () => {
    const cwd = tree(files);
    for (const flag of ["--rule", "--skip-rule"]) {
      const run = await moat(["scan", "--no-config", flag, "MOAT-TEST-01"], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(`${flag} 'MOAT-TEST-01' names no rule; did you mean MOAT-TEST-001?`);
    }
  });
});

describe("--exclude", () => {
  const files = { "app/main.tf": HTTP_LISTENER, "legacy/main.tf": PUBLIC_DB };

  test("leaves out matching paths, relative to the working directory, like the config's exclude", async () => {
    const cwd = tree(files);
    const all = await moat(["scan", "--no-config", "--format", "json"], { cwd });
    expect(ruleIds(all.stdout)).toEqual(["MOAT-LB-001", "MOAT-TEST-001"]);
    const run = await moat(["scan", "--no-config", "--format", "json", "--exclude", "legacy/**"], { cwd });
    expect(ruleIds(run.stdout)).toEqual(["MOAT-LB-001"]);
    const twice = await moat(["scan", "--no-config", "--format", "json", "--exclude", "legacy", "--exclude", "app/*.tf"], { cwd });
    expect(ruleIds(twice.stdout)).toEqual([]);
  });

  test("adds to the config's exclude, and a named path it excludes gets a notice naming the flag", async () => {
    const cwd = tree({ ...files, "moat.config.yaml": "exclude: [app]\n" });
    const run = await moat(["scan", "--format", "json", "--exclude", "legacy/**", "legacy/main.tf"], { cwd });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings).toEqual([]);
    expect(report.notices.map((n) => n.message)).toContainEqual(expect.stringContaining('is excluded by --exclude "legacy/**"'));
  });
});

describe("--fail-on", () => {
  const files = { "main.tf": HTTP_LISTENER + PUBLIC_DB };

  test("shows every finding but fails only on those at or above its severity", async () => {
    const cwd = tree({ "main.tf": HTTP_LISTENER });
    const run = await moat(["scan", "--no-config", "--format", "json", "--fail-on", "critical"], { cwd });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => f.ruleId)).toEqual(["MOAT-LB-001"]);
    expect(report.summary.failing).toBe(0);
    expect(report.summary.exitCode).toBe(0);
    expect(run.code).toBe(0);
    const high = await moat(["scan", "--no-config", "--fail-on", "high"], { cwd });
    expect(high.code).toBe(1);
  });

  test("a critical finding still fails with --fail-on critical", async () => {
    const cwd = tree(files);
    const run = await moat(["scan", "--no-config", "--format", "json", "--fail-on", "critical"], { cwd });
    expect((JSON.parse(run.stdout) as Report).summary.failing).toBe(1);
    expect(run.code).toBe(1);
  });

  test("below the shown threshold is a usage error: a hidden finding cannot fail the run", async () => {
    const cwd = tree(files);
    const run = await moat(["scan", "--no-config", "--severity-threshold", "high", "--fail-on", "low"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--fail-on low is below the severity threshold high");
  });

  test("an invalid severity is a usage error", async () => {
    const run = await moat(["scan", "--no-config", "--fail-on", "severe"], { cwd: tree(files) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Allowed choices are");
  });
});

describe("a run that checks nothing", () => {
  test("--skip-rule of every rule is an error (exit 2) with the report kept", async () => {
    const cwd = tree({ "main.tf": HTTP_LISTENER + PUBLIC_DB });
    const run = await moat(["scan", "--no-config", "--skip-rule", "MOAT-LB-001", "--skip-rule", "MOAT-TEST-001", "--skip-rule", "MOAT-TEST-002"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("no rule is enabled: --skip-rule disables every rule that would run");
  });

  test("--exclude that empties a named directory is an error (exit 2)", async () => {
    const cwd = tree({ "legacy/main.tf": PUBLIC_DB });
    const run = await moat(["scan", "--no-config", "--format", "json", "--exclude", "legacy/*.tf", "legacy"], { cwd });
    expect((JSON.parse(run.stdout) as Report).errors).toEqual([
      { file: "legacy", message: 'every Terraform file below it is excluded (by --exclude "legacy/*.tf"), so it was not scanned; name another path, or change the exclude' },
    ]);
    expect(run.code).toBe(2);
  });
});

describe("inputs that change the result fail before scanning", () => {
  const files = { "main.tf": HTTP_LISTENER };

  test("a missing --var-file is a usage error before any finding is printed", async () => {
    const run = await moat(["scan", "--no-config", "--var-file", "prod.tfvars"], { cwd: tree(files) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--var-file prod.tfvars: does not exist or is not a file; nothing was scanned");
  });

  test("two formats to one file is a usage error", async () => {
    const cwd = tree(files);
    const run = await moat(["scan", "--no-config", "--format", "json=out/r", "--format", "sarif=./out/r"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--format json=out/r and --format sarif=./out/r write to the same file");
  });

  test("HCL on standard input says stdin takes plan JSON only, and what to do instead", async () => {
    const run = await moat(["scan", "--no-config", "-"], { cwd: tree({}), stdin: HTTP_LISTENER });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("standard input takes a plan as JSON only (terraform show -json plan.out | moat scan -)");
    expect(run.stdout).toContain("name its files or directory instead");
  });

  test("`moat scan -` on a terminal stops with a hint instead of waiting", async () => {
    const run = await moat(["scan", "--no-config", "-"], { cwd: tree({}), stdinTTY: true });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("which is a terminal here; pipe one in: terraform show -json plan.out | moat scan -");
  });
});
