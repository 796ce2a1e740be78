/**
 * `moat scan --shard K/N` and `moat merge`: the shards of a scan, merged, give what one scan gives (the same findings
 * in the same order, the same errors and notices, the same summary and exit code, the same SARIF); and what cannot
 * be merged or split is refused with exit 2 and a message that names the reports or the flag.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { rules as registry } from "../../rules/index";
import { parseShard, shardOfKey } from "../../cli/shard";
import type { Report } from "../../cli/report";
import { REPORT_SCHEMA_URL } from "../../core/schema-urls";
import { validateReport } from "./report-validate";
import { type MoatRunOptions, moat, tree } from "./run-moat";

const REPOSITORY = resolve(__dirname, "..", "..");

/** Several roots, a local module two roots call, a call commented out (its module is a root), a parse error, a plan. */
function corpus(): string {
  const listener = (name: string) =>
    `resource "aws_lb_listener" "${name}" {\n  port     = 80\n  protocol = "HTTP"\n  default_action {\n    type             = "forward"\n    target_group_arn = "arn"\n  }\n}\n`;
  const root = tree({
    ".git/HEAD": "ref: refs/heads/main\n",
    "moat.config.yaml": 'exceptions:\n  - rule: MOAT-LB-001\n    resource: "aws_lb_listener.excepted"\n    reason: "tested, OPS-1"\n',
    "envs/a/main.tf": `module "web" {\n  source = "../../modules/web"\n}\n${listener("a")}${listener("excepted")}`,
    "envs/b/main.tf": `module "web" {\n  source = "../../modules/web"\n}\n# module "old" {\n#   source = "../../modules/orphan"\n# }\n${listener("b")}`,
    "envs/c/main.tf": `${listener("c")}resource "aws_lb_listener" "broken" {\n  port = \n`,
    "envs/d/main.tf": 'resource "aws_db_instance" "d" {\n  publicly_accessible = true\n}\n',
    "envs/e/nested/main.tf": listener("e"),
    "modules/web/main.tf": `${listener("shared")}resource "aws_security_group" "web" {\n  ingress {\n    from_port = 22\n    to_port   = 22\n  }\n}\n`,
    "modules/orphan/main.tf": listener("orphan"),
  });
  return root;
}

function readJson<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

interface Outputs {
  code: number;
  json: Report;
  sarif: Record<string, unknown>;
  stderr: string;
}

/** One scan without --shard. */
async function single(cwd: string, args: string[], options: MoatRunOptions = {}): Promise<Outputs> {
  const out = tree();
  const run = await moat(["scan", ...args, "--format", `json=${join(out, "r.json")}`, "--format", `sarif=${join(out, "r.sarif")}`], { cwd, ...options });
  return { code: run.code, json: readJson<Report>(join(out, "r.json")), sarif: readJson(join(out, "r.sarif")), stderr: run.stderr };
}

/** Shards 1/N … N/N, then their merge. */
async function sharded(cwd: string, args: string[], n: number, options: MoatRunOptions = {}, mergeArgs: string[] = []): Promise<Outputs & { shards: Report[]; shardCodes: number[]; shardText: string[] }> {
  const out = tree();
  const files: string[] = [];
  const shardCodes: number[] = [];
  const shardText: string[] = [];
  for (let k = 1; k <= n; k++) {
    const file = join(out, `moat-${k}.json`);
    const run = await moat(["scan", ...args, "--shard", `${k}/${n}`, "--format", `json=${file}`], { cwd, ...options });
    shardCodes.push(run.code);
    shardText.push(run.stdout);
    files.push(file);
  }
  const merged = await moat(["merge", ...mergeArgs, "--format", `json=${join(out, "m.json")}`, "--format", `sarif=${join(out, "m.sarif")}`, ...files], { cwd, ...options });
  expect(merged.stderr).toBe("");
  return {
    code: merged.code,
    json: readJson<Report>(join(out, "m.json")),
    sarif: readJson(join(out, "m.sarif")),
    stderr: merged.stderr,
    shards: files.map((f) => JSON.parse(readFileSync(f, "utf8")) as Report),
    shardCodes,
    shardText,
  };
}

/** The merged report equals the single run's, but for its duration (the longest shard's). */
function expectSameReport(merged: Report, one: Report): void {
  expect(merged.findings).toEqual(one.findings);
  expect(merged.errors).toEqual(one.errors);
  expect(merged.notices).toEqual(one.notices);
  expect(merged.unevaluated).toEqual(one.unevaluated);
  expect(merged.remoteModules).toEqual(one.remoteModules);
  expect({ ...merged.summary, durationMs: 0 }).toEqual({ ...one.summary, durationMs: 0 });
  expect(merged.summary.config).not.toBeUndefined();
  expect(merged.$schema).toBe(REPORT_SCHEMA_URL);
  expect(merged.shard).toBeUndefined();
}

describe("shards merged equal one scan", () => {
  const cache = tree();

  test("the generated corpus: a shared module, a commented-out call, a parse error, an exception; N = 1, 2, 3 and 12", async () => {
    const cwd = corpus();
    const args = [".", "--cache-dir", cache];
    const one = await single(cwd, args);
    // The corpus is what it claims: findings in several roots and twice in the shared module, a parse error (exit 2),
    // and the exception used in envs/a only.
    expect(one.code).toBe(2);
    expect(one.json.errors.map((e) => e.file)).toEqual(["envs/c/main.tf"]);
    expect(one.json.findings.filter((f) => f.file === "modules/web/main.tf" && f.ruleId === "MOAT-LB-001")).toHaveLength(2);
    expect(one.json.findings.some((f) => f.file === "modules/orphan/main.tf")).toBe(true);
    expect(one.json.findings.some((f) => f.suppressed !== undefined)).toBe(true);
    expect(one.json.notices.filter((n) => n.kind === "exception-unused")).toEqual([]);
    for (const n of [1, 2, 3, 12]) {
      const merged = await sharded(cwd, args, n);
      expectSameReport(merged.json, one.json);
      expect(merged.sarif).toEqual(one.sarif);
      expect(merged.code).toBe(one.code);
      // Shard reports and the merged one are what schemas/report.schema.json describes.
      for (const report of [...merged.shards, merged.json]) expect(validateReport(report) ? [] : validateReport.errors).toEqual([]);
      // Every root in exactly one shard.
      const roots = merged.shards.flatMap((s) => s.shard!.roots).sort();
      expect(roots).toEqual(["envs/a", "envs/b", "envs/c", "envs/d", "envs/e/nested", "modules/orphan"]);
      expect(merged.shards.map((s) => s.summary.shard)).toEqual(Array.from({ length: n }, (_, i) => ({ index: i + 1, total: n })));
      // With 12 shards the two roots that call modules/web are in different shards: both evaluate it.
      if (n === 12) expect(merged.shards.findIndex((s) => s.shard!.roots.includes("envs/a"))).not.toBe(merged.shards.findIndex((s) => s.shard!.roots.includes("envs/b")));
    }
  }, 240_000);

  test("the examples (two Terraform roots and two plans): N = 1, 2, 3 and 6; with --fail-on and a raised threshold in merge", async () => {
    const args = ["examples/terraform", "examples/plans/insecure.json", "examples/plans/secure.json", "--source-root", "examples/terraform/insecure", "--cache-dir", cache];
    const options = { cwd: REPOSITORY, rules: registry };
    const one = await single(REPOSITORY, args, options);
    expect(one.code).toBe(1);
    expect(one.json.findings.length).toBeGreaterThan(30);
    for (const n of [1, 2, 3, 6]) {
      const merged = await sharded(REPOSITORY, args, n, options);
      expectSameReport(merged.json, one.json);
      expect(merged.sarif).toEqual(one.sarif);
      expect(merged.code).toBe(one.code);
      expect(merged.shards.flatMap((s) => s.shard!.plans).sort()).toEqual(["examples/plans/insecure.json", "examples/plans/secure.json"]);
    }
    const strict = await single(REPOSITORY, [...args, "--severity-threshold", "high", "--fail-on", "critical"], options);
    const merged = await sharded(REPOSITORY, args, 3, options, ["--severity-threshold", "high", "--fail-on", "critical"]);
    expectSameReport(merged.json, strict.json);
    expect(merged.code).toBe(strict.code);
  }, 300_000);

  test("with --baseline: each finding's state, and the entries fixed, as one scan counts them", async () => {
    const cwd = corpus();
    expect((await moat(["scan", ".", "--cache-dir", cache, "--write-baseline", "moat-baseline.json"], { cwd })).code).toBe(2);
    // The parse error keeps the baseline from being written: fix it first, then accept today's findings.
    writeFileSync(join(cwd, "envs/c/main.tf"), "");
    expect((await moat(["scan", ".", "--cache-dir", cache, "--write-baseline", "moat-baseline.json"], { cwd })).code).toBe(0);
    // One finding fixed, one new.
    writeFileSync(join(cwd, "envs/d/main.tf"), "");
    mkdirSync(join(cwd, "envs/g"));
    writeFileSync(join(cwd, "envs/g/main.tf"), 'resource "aws_db_instance" "g" {\n  publicly_accessible = true\n}\n');
    const args = [".", "--cache-dir", cache, "--baseline", "moat-baseline.json"];
    const one = await single(cwd, args);
    // New: envs/g's finding, and the excepted one (a baseline leaves suppressed findings out).
    expect(one.json.summary.baseline).toEqual({ file: "moat-baseline.json", unchanged: expect.any(Number) as number, new: 2, fixed: 1 });
    expect(one.code).toBe(1);
    for (const n of [2, 3, 9]) {
      const merged = await sharded(cwd, args, n);
      expectSameReport(merged.json, one.json);
      expect(merged.sarif).toEqual(one.sarif);
      expect(merged.code).toBe(one.code);
    }
  }, 240_000);

  test("every other format from merge is the single run's but for durations: junit's time, text's seconds", async () => {
    const cwd = corpus();
    const formats = ["text", "junit", "markdown", "github"] as const;
    const out = tree();
    const targets = (prefix: string) => formats.flatMap((f) => ["--format", `${f}=${join(out, `${prefix}.${f}`)}`]);
    await moat(["scan", ".", "--cache-dir", cache, ...targets("one")], { cwd });
    const files: string[] = [];
    for (const k of [1, 2, 3]) {
      files.push(join(out, `s${k}.json`));
      await moat(["scan", ".", "--cache-dir", cache, "--shard", `${k}/3`, "--format", `json=${files[k - 1]}`], { cwd });
    }
    const merged = await moat(["merge", ...targets("merged"), ...files], { cwd });
    expect(merged.code).toBe(2);
    const timeless = (text: string) => text.replace(/ time="[0-9.]+"/g, ' time="T"').replace(/ in [0-9.]+ s\./g, " in T s.");
    for (const format of formats) {
      const one = readFileSync(join(out, `one.${format}`), "utf8");
      expect(one).toContain("modules/web/main.tf");
      expect(timeless(readFileSync(join(out, `merged.${format}`), "utf8"))).toBe(timeless(one));
    }
  }, 120_000);

  test("what the text of a file and the parser disagree on, and what one scan reads outside the roots, are as in one scan", async () => {
    const sg = 'resource "aws_security_group" "sg" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n';
    const big = `${sg}# ${"x".repeat(2048)}\n`;
    const trees: Record<string, Record<string, string>> = {
      // A call in a file that does not parse, or that is over --max-file-size: no call for one scan, so the module is a root.
      broken: { "roots/bad/main.tf": 'module "o" {\n  source = "../../modules/only"\n}\nresource "aws_security_group" "x" {\n  ingress {\n', "modules/only/main.tf": sg },
      large: { "roots/big/main.tf": `module "o" {\n  source = "../../modules/only"\n}\n${big}`, "modules/only/main.tf": sg },
      // A call inside a heredoc is no call; a provisioner's source is no call; a .tf.json source with an escaped slash is one.
      heredoc: { "envs/f/main.tf": 'locals {\n  doc = <<EOT\nmodule "m" { source = "../../modules/m" }\nEOT\n}\n', "modules/m/main.tf": sg },
      provisioner: { "envs/p/main.tf": `resource "null_resource" "p" {\n  provisioner "file" {\n    source      = "../../modules/m"\n    destination = "/tmp/m"\n  }\n}\n`, "modules/m/main.tf": sg },
      json: { "envs/j/main.tf.json": '{"module": {"m": {"source": "..\\/..\\/modules\\/m"}}}', "modules/m/main.tf": sg },
      // Errors in what one scan reads of a called module's directory: its tfvars, its module manifest.
      tfvars: { "roots/c/main.tf": 'module "m" {\n  source = "../../modules/m"\n}\n', "modules/m/main.tf": sg, "modules/m/terraform.tfvars": "x = \n" },
      manifest: { "roots/c/main.tf": 'module "m" {\n  source = "../../modules/m"\n}\n', "modules/m/main.tf": sg, "modules/m/.terraform/modules/modules.json": "{bad\n" },
    };
    for (const [name, files] of Object.entries(trees)) {
      const cwd = tree({ ".git/HEAD": "x\n", "roots/a b/main.tf": `module "m" {\n  source = "../../modules/m"\n}\n${sg}`, "roots/ünï/main.tf": sg, "modules/m/main.tf": sg, ...files });
      const args = [".", "--max-file-size", "1KB"];
      const one = await single(cwd, args);
      for (const n of [2, 3]) {
        const merged = await sharded(cwd, args, n);
        expect({ name, n, findings: merged.json.findings }).toEqual({ name, n, findings: one.json.findings });
        expectSameReport(merged.json, one.json);
        expect({ name, n, code: merged.code }).toEqual({ name, n, code: one.code });
      }
      if (["broken", "large"].includes(name)) expect(one.json.findings.some((f) => f.file === "modules/only/main.tf")).toBe(true);
      if (["broken", "large", "tfvars", "manifest"].includes(name)) expect({ name, code: one.code }).toEqual({ name, code: 2 });
      else expect({ name, code: one.code }).toEqual({ name, code: 0 });
    }
  }, 240_000);

  test("a shard with no root module is a clean success that says so", async () => {
    const cwd = tree({ ".git/HEAD": "x\n", "only/main.tf": 'resource "aws_db_instance" "d" {\n  publicly_accessible = true\n}\n' });
    const merged = await sharded(cwd, ["."], 4);
    const empty = merged.shards.findIndex((s) => s.shard!.roots.length === 0);
    expect(empty).toBeGreaterThanOrEqual(0);
    expect(merged.shardCodes[empty]).toBe(0);
    expect(merged.shardText[empty]).toContain(`Shard ${empty + 1}/4: no root module or plan falls in this shard, so it had nothing to scan`);
    expect(merged.code).toBe(1);
  }, 60_000);
});

describe("the split", () => {
  test("is a pure function of the path: pinned values, the same whatever else is in the list, and balanced", () => {
    // sha256 of the key, first 4 bytes, modulo N: the same on every machine and in every release.
    expect([1, 2, 3, 4, 7].map((n) => shardOfKey("envs/prod", n))).toEqual([1, 2, 3, 2, 6]);
    expect([1, 2, 3, 4, 7].map((n) => shardOfKey("envs/staging", n))).toEqual([1, 1, 2, 3, 1]);
    const keys = Array.from({ length: 1000 }, (_, i) => `services/service-${i}`);
    const counts = Array.from({ length: 8 }, () => 0);
    for (const key of keys) counts[shardOfKey(key, 8) - 1]++;
    for (const count of counts) {
      expect(count).toBeGreaterThan(125 * 0.75);
      expect(count).toBeLessThan(125 * 1.25);
    }
  });

  test("K/N is parsed strictly", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, total: 4 });
    for (const bad of ["0/3", "4/3", "1/0", "3", "a/b", "1/2/3", "-1/2", ""]) expect(parseShard(bad)).toBeUndefined();
  });
});

test("moat --help lists merge, and moat scan --help --shard", async () => {
  const help = await moat(["--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^\s+merge \[options\] <reports\.\.\.>\s+combine the JSON reports of `moat scan --shard K\/N`/m);
  expect((await moat(["scan", "--help"])).stdout).toContain("--shard <K/N>");
  const merge = await moat(["merge", "--help"]);
  expect(merge.code).toBe(0);
  expect(merge.stdout).toContain("moat merge --format text --format sarif=moat.sarif moat-1.json moat-2.json moat-3.json");
});

describe("refused", () => {
  const cwd = corpus();

  test.each([["0/3"], ["4/3"], ["abc"], ["1/0"]])("--shard %s is a usage error with a hint", async (value) => {
    const run = await moat(["scan", ".", "--shard", value], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`'${value}' is not K/N with 1 ≤ K ≤ N; write e.g. --shard 2/4`);
  });

  test("--shard with standard input, named .tf files or a baseline", async () => {
    for (const [args, says] of [
      [["-"], "cannot split standard input"],
      [["envs/a/main.tf"], "scan named files in one run, without --shard"],
      [[".", "--write-baseline", "b.json"], "cannot be used with --write-baseline"],
    ] as const) {
      const run = await moat(["scan", ...args, "--shard", "1/2"], { cwd, stdin: "{}" });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(says);
    }
  });

  /** Shard reports of the corpus, made once; each case edits or combines them. */
  let reports: string[];
  const dir = tree();
  beforeAll(async () => {
    reports = [];
    for (let k = 1; k <= 3; k++) {
      const file = join(dir, `s${k}.json`);
      await moat(["scan", ".", "--shard", `${k}/3`, "--format", `json=${file}`], { cwd });
      reports.push(file);
    }
  }, 120_000);

  const edited = (k: number, edit: (r: Report) => void): string => {
    const report = JSON.parse(readFileSync(reports[k], "utf8")) as Report;
    edit(report);
    const file = join(dir, `edited-${k}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(report));
    return file;
  };
  const merge = (files: string[], ...flags: string[]) => moat(["merge", ...flags, ...files], { cwd });

  test("a missing shard, named", async () => {
    const run = await merge([reports[0], reports[2]]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("shard 2/3 is missing");
  });

  test("a refused merge still writes each machine-format report asked for, with the reason as its one error", async () => {
    const sarif = join(dir, "refused.sarif");
    const run = await merge([reports[0], reports[2]], "--format", "json", "--format", `sarif=${sarif}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("shard 2/3 is missing");
    const report = JSON.parse(run.stdout) as Report;
    expect(validateReport(report) ? [] : validateReport.errors).toEqual([]);
    expect(report.errors).toEqual([{ file: "(command line)", message: expect.stringContaining("shard 2/3 is missing") as string }]);
    expect(report.summary).toMatchObject({ exitCode: 2, errors: 1, findings: 0, config: null });
    const log = readJson<{ runs: { invocations: { executionSuccessful: boolean }[] }[] }>(sarif);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  test("with a machine format on standard output, merge keeps it to the report and says each error on standard error", async () => {
    const run = await merge(reports, "--format", "json");
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.errors.map((e) => e.file)).toEqual(["envs/c/main.tf"]);
    expect(report.summary.config).toBe("moat.config.yaml");
    expect(run.stderr).toMatch(/^moat: envs\/c\/main\.tf:\d+/m);
    expect(run.stderr).toContain("moat: the scan is incomplete: 1 error (also in the json report)");
  });

  test("the same shard twice, and shards of different splits", async () => {
    const twice = await merge([reports[0], reports[1], reports[1], reports[2]]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("are both shard 2/3");
    const other = join(dir, "other-split.json");
    await moat(["scan", ".", "--shard", "1/2", "--format", `json=${other}`], { cwd });
    const split = await merge([reports[0], reports[1], reports[2], other]);
    expect(split.code).toBe(2);
    expect(split.stderr).toContain("is shard 1/2: they split the scan differently");
  });

  test("a shard index outside 1..N, or a report that disagrees with its own summary", async () => {
    const zero = edited(0, (r) => (r.shard!.index = 0));
    const outside = await merge([zero, reports[1], reports[2]]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain(`${zero}: is not a valid moat report (schemas/report.schema.json): /shard/index must be >= 1`);
    const four = edited(0, (r) => {
      r.shard!.index = 4;
      r.summary.shard = { index: 4, total: 3 };
    });
    const beyond = await merge([reports[0], reports[1], reports[2], four]);
    expect(beyond.code).toBe(2);
    expect(beyond.stderr).toContain(`${four} says it is shard 4/3`);
    const mixed = edited(2, (r) => (r.shard!.index = 1));
    const summary = await merge([reports[0], reports[1], mixed]);
    expect(summary.stderr).toContain(`${mixed} says it is shard 1/3 and, in its summary, 3/3`);
  });

  test("overlapping shards", async () => {
    const all = reports.map((f) => readJson<Report>(f).shard!);
    const withRoot = all.findIndex((s) => s.roots.length > 0);
    const other = withRoot === 0 ? 1 : 0;
    const overlapping = edited(other, (r) => r.shard!.roots.push(all[withRoot].roots[0]));
    const files = reports.map((f, i) => (i === other ? overlapping : f));
    const run = await merge(files);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`both scanned ${all[withRoot].roots[0]}: the shards overlap`);
  });

  test("malformed JSON, a missing file, a whole-scan report, named", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const malformed = await merge([bad, reports[1], reports[2]]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain(`${bad}: is not valid JSON`);
    const missing = await merge([join(dir, "nope.json")]);
    expect(missing.stderr).toContain("nope.json: does not exist");
    const whole = join(dir, "whole.json");
    await moat(["scan", ".", "--format", `json=${whole}`], { cwd });
    const run = await merge([whole]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${whole}: is a report of a whole scan, not of a shard`);
  });

  test("a shard without a JSON report warns that merge cannot read it; with one, no warning", async () => {
    const text = await moat(["scan", ".", "--shard", "2/3"], { cwd });
    expect(text.stderr).toContain("moat: warning: --shard 2/3 without a JSON report: `moat merge` reads only the shards' JSON reports; add --format json=moat-2.json");
    const json = await moat(["scan", ".", "--shard", "2/3", "--format", "text", "--format", `json=${join(dir, "warned.json")}`], { cwd });
    expect(json.stderr).not.toContain("warning");
  });

  test("an output file that is one of the reports to merge is refused, and the report is left as it was", async () => {
    const before = readFileSync(reports[1], "utf8");
    const run = await merge(reports, "--format", `json=${reports[1]}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--format json=${reports[1]} would overwrite ${reports[1]}, which is one of the reports to merge`);
    expect(readFileSync(reports[1], "utf8")).toBe(before);
  });

  test("a shard that stopped before scanning says which shard it is, and merge names it with the reason", async () => {
    const stopped = join(dir, "stopped.json");
    const run = await moat(["scan", ".", "--shard", "2/3", "--var-file", "missing.tfvars", "--format", `json=${stopped}`], { cwd });
    expect(run.code).toBe(2);
    expect(readJson<Report>(stopped).summary.shard).toEqual({ index: 2, total: 3 });
    const merged = await merge([reports[0], stopped, reports[2]]);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toContain(`${stopped}: shard 2/3 stopped before scanning ((command line): --var-file missing.tfvars: does not exist`);
    expect(merged.stderr).toContain("; fix that and run the shard again");
  });

  test("a report that breaks the report schema (a threshold that hides everything, a severity of another spelling), named", async () => {
    const none = edited(1, (r) => ((r.summary as unknown as Record<string, unknown>).severityThreshold = "none"));
    const hidden = await merge([reports[0], none, reports[2]]);
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toContain(`${none}: is not a valid moat report (schemas/report.schema.json): /summary/severityThreshold must be equal to one of the allowed values ("critical", "high", "medium", "low")`);
    const upper = edited(0, (r) => ((r.findings[0] as unknown as Record<string, unknown>).severity = "CRITICAL"));
    const invalid = await merge([upper, reports[1], reports[2]]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(`${upper}: is not a valid moat report (schemas/report.schema.json): /findings/0/severity must be equal to one of the allowed values`);
  });

  test("another moat version, other rules, another config, other flags, another tree: each says which", async () => {
    const version = await merge([edited(0, (r) => (r.tool.version = "0.0.1")), reports[1], reports[2]]);
    expect(version.stderr).toContain("was made by moat 0.0.1");

    const skip = join(dir, "skip.json");
    await moat(["scan", ".", "--shard", "2/3", "--skip-rule", "MOAT-TEST-002", "--format", `json=${skip}`], { cwd });
    const rules = await merge([reports[0], skip, reports[2]]);
    expect(rules.code).toBe(2);
    expect(rules.stderr).toMatch(/ran different rules \(.* ran MOAT-TEST-002:advisory, which .* did not\)/);

    const config = join(dir, "config.json");
    writeFileSync(join(cwd, "other.yaml"), "severityThreshold: low\n");
    await moat(["scan", ".", "--shard", "2/3", "--config", "other.yaml", "--format", `json=${config}`], { cwd });
    const configs = await merge([reports[0], config, reports[2]]);
    expect(configs.code).toBe(2);
    expect(configs.stderr).toContain("used different configs");

    const flags = join(dir, "flags.json");
    await moat(["scan", ".", "--shard", "2/3", "--var", "x=1", "--format", `json=${flags}`], { cwd });
    const args = await merge([reports[0], flags, reports[2]]);
    expect(args.stderr).toContain("were made with different paths or flags");

    const moved = join(dir, "moved.json");
    mkdirSync(join(cwd, "envs", "z"));
    writeFileSync(join(cwd, "envs", "z", "main.tf"), "");
    await moat(["scan", ".", "--shard", "2/3", "--format", `json=${moved}`], { cwd });
    const trees = await merge([reports[0], moved, reports[2]]);
    expect(trees.stderr).toContain("scanned different trees");
    // The same roots, one called module's text changed (another commit): the tree digest covers every file's content.
    const edited2 = join(dir, "edited-module.json");
    rmSync(join(cwd, "envs", "z"), { recursive: true });
    writeFileSync(join(cwd, "modules", "web", "main.tf"), `${readFileSync(join(cwd, "modules", "web", "main.tf"), "utf8")}# changed\n`);
    await moat(["scan", ".", "--shard", "1/3", "--format", `json=${edited2}`], { cwd });
    const changed = await merge([edited2, reports[1], reports[2]]);
    expect(changed.stderr).toContain("scanned different trees");
    for (const run of [version, args, trees, changed]) expect(run.code).toBe(2);
  }, 60_000);

  test("a merge threshold below the shards' own", async () => {
    const high = [0, 1, 2].map((k) => edited(k, (r) => (r.summary.severityThreshold = "high")));
    const run = await merge(high, "--severity-threshold", "low");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--severity-threshold low is below the shards' own (high)");
  });
});
