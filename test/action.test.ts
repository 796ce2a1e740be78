/**
 * The GitHub Action (`action.yml`): valid against SchemaStore's schema for action metadata, and its scripts run the
 * way a runner runs a composite action's `shell: bash` steps — `bash --noprofile --norc -eo pipefail FILE`, the step's
 * `env:` with each `${{ inputs.x }}` / `${{ steps.s.outputs.y }}` resolved, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_ACTION_PATH (this checkout) and GITHUB_WORKSPACE set — on copies of the bundled examples. The SARIF upload
 * step is GitHub's own action: its wiring is checked, not run. Needs `npm run compile` first (npm test builds).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import Ajv from "ajv";
import { parse, parseAllDocuments } from "yaml";
import { parseSarif } from "./cli/sarif-log";
import actionSchema from "./fixtures/schemas/github-action.json";

const ROOT = join(__dirname, "..");
const EXAMPLES = join(ROOT, "examples");

interface Step {
  name?: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const ACTION_TEXT = readFileSync(join(ROOT, "action.yml"), "utf8");
const ACTION = parse(ACTION_TEXT) as Action;
const STEPS = ACTION.runs.steps;

function step(id: string): Step {
  const found = STEPS.find((s) => s.id === id);
  if (!found) throw new Error(`action.yml has no step with id ${id}`);
  return found;
}

/** A `uses:` reference pinned to a release (`@v4`, `@v4.31.2`) or a commit. */
const PINNED = /^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

const BASH = (() => {
  const found = spawnSync("bash", ["-c", "command -v bash"], { encoding: "utf8" }).stdout.trim();
  if (!found) throw new Error("bash is not on PATH");
  return found;
})();
const NODE_DIR = dirname(process.execPath);

let scratch: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/cli/main.js does not exist: run `npm run compile` before these tests (npm test does)");
  scratch = mkdtempSync(join(tmpdir(), "moat-action-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
/** A fresh runner: workspace, temp directory, step summary file. */
function runner(files: Record<string, string> = {}): { workspace: string; temp: string; summary: string } {
  const base = join(scratch, `run-${++runs}`);
  const workspace = join(base, "workspace");
  const temp = join(base, "temp");
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp);
  for (const [to, from] of Object.entries(files)) cpSync(from, join(workspace, to), { recursive: true });
  const summary = join(temp, "step-summary.md");
  writeFileSync(summary, "");
  return { workspace, temp, summary };
}

interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

interface StepContext {
  workspace: string;
  temp: string;
  summary: string;
  inputs?: Record<string, string>;
  outputs?: Record<string, Record<string, string>>;
  actionPath?: string;
  path?: string;
}

/** `${{ inputs.x }}` (the value given, else the default) or `${{ steps.s.outputs.y }}`; anything else is refused. */
function resolveExpression(value: string, context: StepContext): string {
  const match = /^\$\{\{ *(?:inputs\.([\w-]+)|steps\.([\w-]+)\.outputs\.([\w-]+)) *\}\}$/.exec(value);
  if (!match) throw new Error(`env value ${value} is not one input or step output`);
  if (match[1] !== undefined) {
    const input = ACTION.inputs[match[1]];
    if (!input) throw new Error(`action.yml has no input ${match[1]}`);
    return context.inputs?.[match[1]] ?? input.default ?? "";
  }
  return context.outputs?.[match[2]]?.[match[3]] ?? "";
}

/** Runs one `shell: bash` step as the runner does. */
function runStep(id: string, context: StepContext): StepRun {
  const { run, env = {} } = step(id);
  if (run === undefined) throw new Error(`step ${id} has no run script`);
  const dir = mkdtempSync(join(context.temp, `${id}-`));
  const script = join(dir, "script.sh");
  const output = join(dir, "output");
  writeFileSync(script, run);
  writeFileSync(output, "");
  const stepEnv = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, resolveExpression(value, context)]));
  const result = spawnSync(BASH, ["--noprofile", "--norc", "-eo", "pipefail", script], {
    cwd: context.workspace,
    encoding: "utf8",
    timeout: 60_000,
    env: {
      PATH: context.path ?? `${NODE_DIR}${delimiter}${process.env.PATH ?? ""}`,
      HOME: context.temp,
      GITHUB_ACTION_PATH: context.actionPath ?? ROOT,
      GITHUB_WORKSPACE: context.workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: context.summary,
      RUNNER_TEMP: context.temp,
      ...stepEnv,
    },
  });
  if (result.error) throw result.error;
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(output, "utf8").split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
}

/** The scan step, then the verdict step with the scan's outputs: what a job sees (the install step is tested apart). */
function scanAndVerdict(context: StepContext): { scan: StepRun; verdict: StepRun } {
  const scan = runStep("scan", context);
  const verdict = runStep("verdict", { ...context, outputs: { scan: scan.outputs } });
  return { scan, verdict };
}

function sarifUris(file: string): string[] {
  const log = parseSarif(readFileSync(file, "utf8"));
  return log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
}

describe("action.yml, the file", () => {
  // SchemaStore's schema declares draft-07, Ajv's default class. strict is off: the schema uses `$comment` inside
  // `anyOf` branches and unconstrained `properties`, which Ajv's strict mode lints although they are valid JSON Schema.
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(actionSchema);

  test("is valid against SchemaStore's JSON schema for GitHub Actions metadata", () => {
    expect((actionSchema as { $schema: string }).$schema).toBe("http://json-schema.org/draft-07/schema#");
    validate(ACTION);
    expect(validate.errors ?? []).toEqual([]);
    expect(ACTION.runs.using).toBe("composite");
  });

  test("the schema check can fail: a script step without a shell is refused", () => {
    const broken = structuredClone(ACTION);
    delete broken.runs.steps.find((s) => s.run !== undefined)!.shell;
    expect(validate(broken)).toBe(false);
  });

  test("every script runs in bash and holds no expression: inputs and outputs reach it only through env", () => {
    const scripts = STEPS.filter((s) => s.run !== undefined);
    expect(scripts.map((s) => s.id)).toEqual(["node", "install", "scan", "verdict"]);
    for (const s of scripts) {
      expect({ id: s.id, shell: s.shell }).toEqual({ id: s.id, shell: "bash" });
      expect({ id: s.id, expression: s.run!.includes("${{") }).toEqual({ id: s.id, expression: false });
    }
    // Each input a user can set reaches the scan script (category goes to the upload, which is not a script).
    const passed = Object.values(step("scan").env ?? {}).map((v) => /inputs\.([\w-]+)/.exec(v)?.[1]);
    expect([...passed, "category"].sort()).toEqual(Object.keys(ACTION.inputs).sort());
  });

  test("the SARIF upload is GitHub's action pinned to a release, after a failing scan too, and before the job fails", () => {
    const uploads = STEPS.filter((s) => s.uses !== undefined);
    expect(uploads).toHaveLength(1);
    const upload = uploads[0];
    expect(upload.uses).toBe("github/codeql-action/upload-sarif@v4");
    expect(upload.if).toBe("always() && inputs.upload-sarif == 'true' && steps.scan.outputs.sarif-file != ''");
    expect(upload.with).toEqual({ sarif_file: "${{ steps.scan.outputs.sarif-file }}", category: "${{ inputs.category }}" });
    const order = STEPS.map((s) => s.id ?? s.uses);
    expect(order).toEqual(["node", "install", "scan", upload.uses, "verdict"]);
    expect(step("verdict").if).toBeUndefined();
  });
});

describe("action.yml, run as a runner runs it", () => {
  test("insecure example: the job summary gets the Markdown, the SARIF is written, and the job fails with exit 1", () => {
    const context = runner({ insecure: join(EXAMPLES, "terraform", "insecure") });
    const { scan, verdict } = scanAndVerdict({ ...context, inputs: { paths: "insecure" } });
    expect(scan.code).toBe(0); // the scan step records the exit code, so the upload runs
    expect(scan.outputs).toEqual({ "exit-code": "1", "sarif-file": join(context.workspace, "moat.sarif") });
    expect(scan.stdout).toMatch(/^insecure\/security-groups\.tf:20 +CRITICAL +MOAT-SG-001 /m); // the log shows the findings
    const summary = readFileSync(context.summary, "utf8");
    expect(summary).toMatch(/^## ❌ moat: 32 findings fail the run$/m);
    expect(summary).toContain("`insecure/security-groups.tf:20`");
    const uris = sarifUris(scan.outputs["sarif-file"]);
    expect(uris).toHaveLength(35);
    expect(uris).toContain("insecure/security-groups.tf");
    expect(verdict.code).toBe(1);
    expect(verdict.stdout).toContain("::error title=moat::Findings fail the run (moat exit 1)");
  });

  test("secure example: exit 0, an empty SARIF report, and a summary that says so", () => {
    const context = runner({ secure: join(EXAMPLES, "terraform", "secure") });
    const { scan, verdict } = scanAndVerdict({ ...context, inputs: { paths: "secure" } });
    expect(scan.outputs["exit-code"]).toBe("0");
    expect(sarifUris(scan.outputs["sarif-file"])).toEqual([]);
    expect(readFileSync(context.summary, "utf8")).toMatch(/^## ✅ moat: no findings$/m);
    expect(verdict.code).toBe(0);
  });

  test("several paths, one a line, with spaces in them and in the SARIF file name", () => {
    const context = runner({ "my infra": join(EXAMPLES, "terraform", "insecure"), secure: join(EXAMPLES, "terraform", "secure") });
    const { scan, verdict } = scanAndVerdict({
      ...context,
      inputs: { paths: "  my infra  \n\nsecure\n", "sarif-file": "reports/moat results.sarif" },
    });
    expect(scan.outputs).toEqual({ "exit-code": "1", "sarif-file": join(context.workspace, "reports", "moat results.sarif") });
    expect(scan.stdout).toMatch(/^Scanned 26 files, 59 resources /m); // both directories: 13 files each
    expect(sarifUris(scan.outputs["sarif-file"])).toContain("my%20infra/security-groups.tf");
    expect(verdict.code).toBe(1);
  });

  test("an input holding $(…) or backquotes is a value, never a command", () => {
    const context = runner({ secure: join(EXAMPLES, "terraform", "secure") });
    const pwned = (name: string) => `$(touch ${join(context.temp, name)})`;
    const inputs = {
      paths: `secure\n${pwned("paths")}`,
      config: pwned("config"),
      args: `--exclude=\`touch ${join(context.temp, "args")}\``,
      "sarif-file": `${pwned("sarif")}.sarif`,
      "fail-on": pwned("fail-on"),
    };
    const { scan, verdict } = scanAndVerdict({ ...context, inputs });
    for (const name of ["paths", "config", "args", "sarif", "fail-on"]) expect(existsSync(join(context.temp, name))).toBe(false);
    expect(scan.outputs["exit-code"]).toBe("2"); // moat refuses the values: usage error
    expect(scan.stderr).toContain(`argument '${inputs["fail-on"]}' is invalid`);
    expect(verdict.code).toBe(2);

    const dir = runStep("scan", { ...runner(), inputs: { "working-directory": pwned("workdir") } });
    expect(existsSync(join(context.temp, "workdir"))).toBe(false);
    expect(dir.stdout).toContain("::error title=moat::working-directory \\$\\(touch");
    expect(dir.outputs).toEqual({ "exit-code": "2" });
  });

  test("fail-on and args reach moat: without the two critical rules, fail-on critical passes the insecure example", () => {
    const context = runner({ insecure: join(EXAMPLES, "terraform", "insecure") });
    const inputs = { paths: "insecure", "fail-on": "critical", args: "--skip-rule=MOAT-SG-001\n  --skip-rule=MOAT-SG-002  " };
    const { scan, verdict } = scanAndVerdict({ ...context, inputs });
    expect(scan.outputs["exit-code"]).toBe("0");
    expect(sarifUris(scan.outputs["sarif-file"])).toHaveLength(33); // shown and uploaded, though they do not fail
    expect(verdict.code).toBe(0);
  });

  test("plan: the plan is scanned with its source root, and plan with paths is refused", () => {
    const context = runner({ plans: join(EXAMPLES, "plans"), infra: join(EXAMPLES, "terraform", "insecure") });
    const { scan } = scanAndVerdict({ ...context, inputs: { plan: "plans/insecure.json", "source-root": "infra" } });
    expect(scan.outputs["exit-code"]).toBe("1");
    expect(scan.stdout).toMatch(/^infra\/security-groups\.tf:20 +CRITICAL +MOAT-SG-001 /m);

    const both = runStep("scan", { ...runner(), inputs: { plan: "plan.json", paths: "infra" } });
    expect(both.stdout).toContain("::error title=moat::give plan or paths, not both");
    expect(both.outputs).toEqual({ "exit-code": "2" });
  });

  test("working-directory: moat runs there, and uploading from it warns that code scanning reads paths from the root", () => {
    const context = runner({ "infra/insecure": join(EXAMPLES, "terraform", "insecure") });
    const scan = runStep("scan", { ...context, inputs: { "working-directory": "infra", paths: "insecure" } });
    expect(scan.outputs).toEqual({ "exit-code": "1", "sarif-file": join(context.workspace, "infra", "moat.sarif") });
    expect(scan.stdout).toContain("::warning title=moat::working-directory is not the repository root");
    const quiet = runStep("scan", { ...context, inputs: { "working-directory": "infra", paths: "insecure", "upload-sarif": "false" } });
    expect(quiet.stdout).not.toContain("::warning");
  });

  test("sarif-file empty writes no SARIF when upload-sarif is false, and is refused when it is true", () => {
    const context = runner({ secure: join(EXAMPLES, "terraform", "secure") });
    const none = runStep("scan", { ...context, inputs: { paths: "secure", "sarif-file": "", "upload-sarif": "false" } });
    expect(none.outputs).toEqual({ "exit-code": "0" });
    expect(readFileSync(context.summary, "utf8")).toContain("moat: no findings");

    const refused = runStep("scan", { ...runner(), inputs: { "sarif-file": "" } });
    expect(refused.stdout).toContain("::error title=moat::upload-sarif is true but sarif-file is empty");
    expect(refused.outputs).toEqual({ "exit-code": "2" });
    const typo = runStep("scan", { ...runner(), inputs: { "upload-sarif": "yes" } });
    expect(typo.stdout).toContain("::error title=moat::upload-sarif must be true or false, not yes");
  });

  test("install: npm ci without devDependencies or scripts, in the action's own checkout; a ref without dist/ stops", () => {
    const context = runner();
    const bin = join(context.temp, "bin");
    mkdirSync(bin);
    const log = join(context.temp, "npm.log");
    writeFileSync(join(bin, "npm"), `#!/bin/sh\nprintf '%s\\n' "$PWD" "$*" > '${log}'\n`);
    chmodSync(join(bin, "npm"), 0o755);
    const path = `${bin}${delimiter}${process.env.PATH ?? ""}`;
    const install = runStep("install", { ...context, path });
    expect(install.code).toBe(0);
    expect(readFileSync(log, "utf8")).toBe(`${ROOT}\nci --omit=dev --ignore-scripts --no-audit --no-fund\n`);

    rmSync(log);
    const bare = runStep("install", { ...context, path, actionPath: context.temp });
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain("has no compiled dist/cli/main.js. Pin a release tag");
    expect(existsSync(log)).toBe(false);
  });

  test("Node.js check: 20 or later passes; older or missing stops with what to add", () => {
    const context = runner();
    expect(runStep("node", context).code).toBe(0);
    const bin = join(context.temp, "old-node");
    mkdirSync(bin);
    writeFileSync(join(bin, "node"), "#!/bin/sh\necho v18.20.4\n");
    chmodSync(join(bin, "node"), 0o755);
    const old = runStep("node", { ...context, path: bin });
    expect(old.code).toBe(2);
    expect(old.stdout).toContain("moat needs Node.js 20 or later; this runner has v18.20.4. Add actions/setup-node");
    const missing = runStep("node", { ...context, path: join(context.temp, "nowhere") });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("Node.js is not on PATH");
  });
});

describe("README workflows", () => {
  const README = readFileSync(join(ROOT, "README.md"), "utf8");
  const workflows = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => parseAllDocuments(m[1])[0].toJS() as { jobs?: Record<string, { steps?: Step[] }> })
    .filter((doc) => doc?.jobs !== undefined);

  test("pin every action they use, moat's own to a release", () => {
    const uses = workflows.flatMap((w) => Object.values(w.jobs!).flatMap((job) => (job.steps ?? []).map((s) => s.uses).filter((u) => u !== undefined)));
    expect(uses.length).toBeGreaterThan(0);
    for (const ref of uses) expect(ref).toMatch(PINNED);
    expect(uses.filter((u) => u.startsWith("moat-policy/moat@"))).not.toHaveLength(0);
    for (const ref of uses.filter((u) => u.startsWith("moat-policy/moat@"))) expect(ref).toMatch(/@v\d+\.\d+\.\d+$/);
    const clones = README.split("\n").filter((line) => /git clone .*moat-policy\/moat/.test(line));
    expect(clones.length).toBeGreaterThan(0);
    for (const line of clones) expect(line).toMatch(/ --branch v\d+\.\d+\.\d+ /); // a release, not main
  });

  test("the inputs table lists every input of action.yml with its default", () => {
    const section = README.slice(README.indexOf("### GitHub Actions\n"), README.indexOf("#### Large monorepos"));
    const rows = [...section.matchAll(/^\| `([\w-]+)` \| (?:`([^`]*)` )?\|/gm)].map((m) => [m[1], m[2] ?? ""]);
    const inputs = Object.entries(ACTION.inputs).map(([name, input]) => [name, input.default ?? ""]);
    expect(rows).toEqual(inputs);
  });

  test("the scale-out recipe runs one shard per matrix job and merges their JSON reports into the uploaded SARIF", () => {
    const recipe = workflows.find((w) => Object.keys(w.jobs!).length > 1)!;
    const [scan, report] = Object.values(recipe.jobs!) as { steps: Step[]; needs?: string; strategy?: { matrix: { shard: number[] } } }[];
    const n = scan.strategy!.matrix.shard.length;
    expect(scan.strategy!.matrix.shard).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(scan.steps.map((s) => s.run ?? "").join("\n")).toContain(`scan --shard "$SHARD/${n}" --format "json=shard-$SHARD.json"`);
    expect(report.needs).toBe("scan");
    expect(report.steps.map((s) => s.run ?? "").join("\n")).toContain("merge --format sarif=moat.sarif --format markdown=moat.md shard-*.json");
    expect(report.steps.at(-1)!.uses).toMatch(/^github\/codeql-action\/upload-sarif@/);
  });
});
