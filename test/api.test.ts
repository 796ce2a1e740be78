/**
 * The library (api/index.ts): `moat scan` as functions. It runs the CLI's own pipeline, so its report is the CLI's
 * JSON report for the same options; what stops a scan before it starts is a MoatError instead of exit 2.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MoatError, type Report, listRules, scan, scanPlan, version } from "../api";
import { HTTP_LISTENER, moat, tree } from "./cli/run-moat";
import { REPORT_SCHEMA_URL } from "../core/schema-urls";
import { rules } from "../rules";

const ROOT = join(__dirname, "..");
const INSECURE = join(ROOT, "examples", "terraform", "insecure");
const PLAN = join(ROOT, "examples", "plans", "insecure.json");

/** The report without what differs from run to run. */
const stable = (r: Report) => ({ ...r, summary: { ...r.summary, durationMs: 0 } });

test("scan gives the CLI's JSON report for the same options", async () => {
  const options = { rules: ["MOAT-LB-001", "sg-public-ingress-restricted-port"], severityThreshold: "high", vars: { environment: "prod" } } as const;
  const cli = await moat(
    ["scan", "--no-cache", "--no-env-vars", "--rule", "MOAT-LB-001", "--rule", "sg-public-ingress-restricted-port", "--severity-threshold", "high", "--var", "environment=prod", "--format", "json", "."],
    { cwd: INSECURE, rules },
  );
  const report = await scan(".", { ...options, cwd: INSECURE, cacheDir: false, env: false });
  expect(cli.code).toBe(1);
  expect(stable(report)).toEqual(stable(JSON.parse(cli.stdout) as Report));
  expect(report.findings.length).toBeGreaterThan(0);
  expect(new Set(report.findings.map((f) => f.ruleId))).toEqual(new Set(["MOAT-LB-001", "MOAT-SG-002"]));
  expect(report.findings[0]).toMatchObject({ file: expect.stringMatching(/\.tf$/), line: expect.any(Number), message: expect.any(String), address: expect.any(String) });
});

test("scanPlan reads a plan object or a plan file: the same findings, the object's located at (plan)", async () => {
  const fromFile = await scanPlan(PLAN, { cacheDir: false, env: false, config: false });
  const fromObject = await scanPlan(JSON.parse(readFileSync(PLAN, "utf8")) as object, { cacheDir: false, env: false, config: false });
  expect(fromFile.summary.exitCode).toBe(1);
  const key = (r: Report) => r.findings.map((f) => `${f.ruleId} ${f.address} ${f.path}`).sort();
  expect(key(fromObject)).toEqual(key(fromFile));
  expect(new Set(fromObject.findings.map((f) => f.origin?.file ?? f.file))).toEqual(new Set(["(plan)"]));
});

test("what stops a scan before it starts is a MoatError that says what to fix; a file that cannot be read is a report error", async () => {
  const kindOf = (p: Promise<unknown>) => p.then(() => "resolved", (e: unknown) => (e instanceof MoatError ? `${e.kind}: ${e.problems.join(" / ")}` : String(e)));
  expect(await kindOf(scan(INSECURE, { rules: ["lb-listener-plain-htp"] }))).toMatch(/^usage: --rule 'lb-listener-plain-htp' names no rule; did you mean lb-listener-plain-http\?/);
  expect(await kindOf(scan(INSECURE, { varFiles: ["missing.tfvars"] }))).toMatch(/^usage: --var-file missing.tfvars: does not exist/);
  expect(await kindOf(scan(INSECURE, { vars: { "not a name": "x" } }))).toMatch(/^usage: 'not a name=x' is not name=value/);
  expect(await kindOf(scan("-"))).toMatch(/^usage: `-` \(standard input\) is for the command line; pass a plan to scanPlan\(\)/);
  const dir = tree({ "moat.config.yaml": "policy:\n  no-such-rule: disabled\n", "baseline.json": "{}", "main.tf": "resource {" });
  expect(await kindOf(scan(dir))).toMatch(/^config: .*no-such-rule/);
  expect(await kindOf(scan(".", { cwd: dir, config: false, baseline: "baseline.json" }))).toMatch(/^baseline: baseline.json: not a moat baseline/);
  const broken = await scan(".", { cwd: dir, config: false, cacheDir: false });
  expect(broken.summary.exitCode).toBe(2);
  expect(broken.errors).toEqual([expect.objectContaining({ file: "main.tf", line: 1 })]);
});

test("options and paths of the wrong kind are a usage MoatError naming the option and what it must be", async () => {
  const kindOf = (p: () => Promise<unknown>) =>
    Promise.resolve()
      .then(p)
      .then(() => "resolved", (e: unknown) => (e instanceof MoatError ? `${e.kind}: ${e.problems.join(" / ")}` : String(e)));
  for (const threshold of ["bogus", "Critical", "CRIT"]) {
    expect(await kindOf(() => scan(INSECURE, { severityThreshold: threshold as "low" }))).toBe(`usage: option severityThreshold must be one of "critical", "high", "medium", "low", not "${threshold}" (a string)`);
    expect(await kindOf(() => scan(INSECURE, { failOn: threshold as "low" }))).toMatch(/^usage: option failOn must be one of "critical"/);
    expect(await kindOf(() => scanPlan(PLAN, { failOn: threshold as "low" }))).toMatch(/^usage: option failOn must be one of "critical"/);
  }
  expect(await kindOf(() => scan(42 as unknown as string))).toBe("usage: paths must be a path (a non-empty string) or a non-empty array of them, not 42 (a number)");
  expect(await kindOf(() => scan([INSECURE, 7] as unknown as string[]))).toMatch(/^usage: paths must be/);
  expect(await kindOf(() => scan(INSECURE, { rules: "MOAT-SG-001" as unknown as string[], maxFileBytes: -1 }))).toBe(
    "usage: option rules must be an array of rule ids or names (strings), not \"MOAT-SG-001\" (a string) / option maxFileBytes must be a whole number of bytes above 0, not -1 (a number)",
  );
  expect(await kindOf(() => scan(INSECURE, { severity: "high" } as unknown as object))).toMatch(/^usage: option severity is not an option of scan\(\)/);
  expect(await kindOf(() => scanPlan(42 as unknown as string))).toMatch(/^usage: the plan must be a path \(a string\) or the plan's JSON \(an object\), not 42 \(a number\)/);
});

test("the library's report names the config it used, or null for none, and the report schema, as the CLI's JSON does", async () => {
  const dir = tree({ ".git/HEAD": "ref: refs/heads/main\n", "infra/moat.config.yaml": "policy:\n  all: advisory\n", "infra/main.tf": HTTP_LISTENER });
  const found = await scan("infra", { cwd: dir, cacheDir: false, env: false });
  expect(found.summary.config).toBe("infra/moat.config.yaml");
  expect(found.summary.exitCode).toBe(0);
  const none = await scan("infra", { cwd: dir, cacheDir: false, env: false, config: false });
  expect(none.summary.config).toBeNull();
  expect(none.summary.exitCode).toBe(1);
  expect(none.$schema).toBe(REPORT_SCHEMA_URL);
  const cli = await moat(["scan", "--no-cache", "--no-env-vars", "--no-config", "--format", "json", "infra"], { cwd: dir, rules });
  expect(stable(none)).toEqual(stable(JSON.parse(cli.stdout) as Report));
});

test("shard gives the report of `moat scan --shard K/N`; a shard that is not 1 ≤ K ≤ N is a usage MoatError", async () => {
  const dir = tree({ ".git/HEAD": "ref: refs/heads/main\n", "a/main.tf": HTTP_LISTENER, "b/main.tf": HTTP_LISTENER, "c/main.tf": HTTP_LISTENER });
  const options = { cwd: dir, cacheDir: false, env: false, config: false } as const;
  for (const index of [1, 2]) {
    const report = await scan(".", { ...options, shard: { index, total: 2 } });
    const cli = await moat(["scan", "--no-cache", "--no-env-vars", "--no-config", "--shard", `${index}/2`, "--format", "json", "."], { cwd: dir, rules });
    expect(stable(report)).toEqual(stable(JSON.parse(cli.stdout) as Report));
    expect(report.summary.shard).toEqual({ index, total: 2 });
  }
  const kindOf = (p: Promise<unknown>) => p.then(() => "resolved", (e: unknown) => (e instanceof MoatError ? `${e.kind}: ${e.problems.join(" / ")}` : String(e)));
  for (const shard of [{ index: 0, total: 2 }, { index: 3, total: 2 }, { index: 1.5, total: 2 }]) {
    expect(await kindOf(scan(".", { ...options, shard }))).toMatch(/^usage: --shard .* is not K\/N with 1 ≤ K ≤ N/);
  }
});

test("scans asked for at once run one after the other, each complete", async () => {
  const [a, b] = await Promise.all([scan(INSECURE, { cacheDir: false, env: false }), scan(INSECURE, { cacheDir: false, env: false, severityThreshold: "critical" })]);
  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
  expect(b.findings.length).toBeLessThan(a.findings.length);
  expect(b.findings.every((f) => f.severity === "critical")).toBe(true);
});

test("listRules lists every rule as `moat rules --format json` does; version is package.json's", async () => {
  const cli = await moat(["rules", "--format", "json"], { rules });
  expect(listRules()).toEqual(JSON.parse(cli.stdout));
  expect(listRules().length).toBe(rules.length);
  expect(version).toBe((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
});

test("loading the compiled library adds no process listener, timer or handle, and writes nothing", () => {
  // npm run compile made dist/ (npm test builds first).
  const script = `const before = { events: process.eventNames(), handles: process.getActiveResourcesInfo() };
require(${JSON.stringify(join(ROOT, "dist", "api", "index.js"))});
const after = { events: process.eventNames(), handles: process.getActiveResourcesInfo() };
process.stderr.write(JSON.stringify({ before, after }));`;
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 20000 });
  expect(child.status).toBe(0);
  expect(child.stdout).toBe("");
  const { before, after } = JSON.parse(child.stderr) as { before: unknown; after: unknown };
  expect(after).toEqual(before);
});
