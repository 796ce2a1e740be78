/**
 * What `npm publish` would ship, and that it works once installed: the CLI, the library, the policy pack, the rule
 * pages and schemas, and nothing that only tests need (rule cases, plan fixtures, the case-forms helpers, test
 * modules). `npm test` builds `dist/` first.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { type PackedTarball, npmPack } from "./support/npm-pack";

const ROOT = join(__dirname, "..");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };

/** The tarball `npm pack` made (once, for every test here), in `dir`. */
let dir: string;
let packed: PackedTarball;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "moat-package-"));
  packed = npmPack(dir);
}, 60000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("the package holds the CLI, the library with its types, the policy pack and the docs, and no test fixture or test module", () => {
  const files = packed.files.map((f) => f.path).sort();
  expect(files).toEqual(
    expect.arrayContaining(["dist/cli/main.js", "dist/main.js", "dist/api/index.js", "dist/api/index.d.ts", "dist/policies/index.js", "PulumiPolicy.yaml", "README.md", "LICENSE"]),
  );
  expect(files.some((f) => f.startsWith("docs/rules/MOAT-"))).toBe(true);
  const testOnly = files.filter((f) => /\.cases\.|fixture|case-forms|(^|\/)test\/|\.test\.|core\/cases\.|\.map$/.test(f));
  // Each of these is test material that compiled into dist/: exclude it in tsconfig.json (or package.json "files").
  expect(testOnly).toEqual([]);
});

test("the README's install commands and pre-commit examples name this package at its version", () => {
  const docs = [".pre-commit-hooks.yaml", "README.md", "docs/guardrails.md"].map((f) => ({ f, text: readFileSync(join(ROOT, f), "utf8") }));
  const pins = docs.flatMap(({ f, text }) => [
    ...[...text.matchAll(/@moat-policy\/moat@([^\s"'`)]+)/g)].map((m) => `${f}: ${m[1]}`),
    ...[...text.matchAll(/^\s*#?\s*rev:\s*v(\S+)|--branch v(\S+)/gm)].map((m) => `${f}: ${m[1] ?? m[2]}`),
  ]);
  expect(pins.filter((p) => p.startsWith("README.md")).length).toBeGreaterThan(2);
  expect(pins.filter((p) => !p.endsWith(`: ${PACKAGE.version}`))).toEqual([]);
  // `moat` on npm is an unrelated package: no instruction may install or run it by that name outside a clone.
  const unscoped = docs.flatMap(({ f, text }) => [...text.matchAll(/npm (?:install|i)(?:\s+-\S+)*\s+moat(?:@\S*)?(?=\s|$)|npx\s(?:-\S+\s+)*(?:--package[= ])?moat@/gm)].map((m) => `${f}: ${m[0]}`));
  expect(unscoped).toEqual([]);
});

/**
 * The tarball, installed in an empty directory. Installing it with npm would need the network: after `npm ci` npm's
 * cache holds every dependency's tarball but not the registry documents npm reads to resolve a package's
 * dependencies (`npm install --offline <tarball>` fails with ENOTCACHED). So the install is done as npm does it,
 * without the resolution: the tarball is unpacked into node_modules/@moat-policy/moat, its `bin` is linked into
 * node_modules/.bin, and each of its production `dependencies` is linked from this repository's node_modules (the
 * versions `npm ci` installed from the lockfile). Only what package.json declares is there: a dependency missing
 * from `dependencies` (or one that is only a dev or optional peer dependency, such as @pulumi/* may be) cannot be
 * found by the library or the CLI, and the checks below fail.
 */
describe("the packed tarball, installed in an empty directory", () => {
  let app: string;
  let example: string;
  /** Loaded with node --require: makes every @pulumi/* module unresolvable, as when none is installed. */
  let noPulumi: string;

  beforeAll(() => {
    app = join(dir, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "consumer", version: "1.0.0", private: true })}\n`);
    const installed = join(app, "node_modules", ...PACKAGE.name.split("/"));
    mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["-xzf", join(dir, packed.filename), "-C", installed, "--strip-components=1"]);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { bin: Record<string, string>; dependencies?: Record<string, string> };
    mkdirSync(join(app, "node_modules", ".bin"));
    for (const [name, file] of Object.entries(manifest.bin)) symlinkSync(join("..", ...PACKAGE.name.split("/"), file), join(app, "node_modules", ".bin", name));
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      mkdirSync(dirname(join(app, "node_modules", dep)), { recursive: true });
      symlinkSync(join(ROOT, "node_modules", dep), join(app, "node_modules", dep), "dir");
    }
    example = join(dir, "insecure");
    cpSync(join(ROOT, "examples", "terraform", "insecure"), example, { recursive: true });
    noPulumi = join(dir, "no-pulumi.js");
    writeFileSync(
      noPulumi,
      `const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^@pulumi\\//.test(request)) throw Object.assign(new Error("Cannot find module '" + request + "' (the test hides @pulumi/*)"), { code: "MODULE_NOT_FOUND" });
  return resolve.call(this, request, ...rest);
};
`,
    );
  }, 60000);

  const node = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, args, { cwd: app, encoding: "utf8", timeout: 30000, env: { ...process.env, NO_COLOR: "1", ...env } });

  test("npx moat scan runs the installed CLI: the insecure example has findings, exit 1", () => {
    const run = spawnSync("npx", ["--offline", "moat", "scan", "--no-cache", "--format", "json", example], {
      cwd: app,
      encoding: "utf8",
      timeout: 30000,
      env: { ...process.env, NO_COLOR: "1", NODE_OPTIONS: `--require ${noPulumi}` },
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: "" });
    const report = JSON.parse(run.stdout) as { tool: { version: string }; findings: { ruleId: string; file: string }[]; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.tool.version).toBe(PACKAGE.version);
    expect(report.findings.length).toBeGreaterThan(10);
    expect(report.findings.map((f) => f.ruleId)).toContain("MOAT-LB-001");
  });

  test("require() of the package exits at once with code 0 and prints nothing", () => {
    // A server or a worker left running would hold the process until the timeout kills it (status null).
    const run = node(["-e", `require(${JSON.stringify(PACKAGE.name)})`]);
    expect({ status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, signal: null, stdout: "", stderr: "" });
  });

  test("the library scans without @pulumi/* installed, and the process ends by itself after the scan", () => {
    const script = `const moat = require(${JSON.stringify(PACKAGE.name)});
moat.scan(${JSON.stringify(example)}, { cacheDir: false }).then((r) => console.log(JSON.stringify({ exit: r.summary.exitCode, findings: r.findings.length, rules: moat.listRules().length })));`;
    const run = node(["--require", noPulumi, "-e", script]);
    expect({ status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
    const out = JSON.parse(run.stdout) as { exit: number; findings: number; rules: number };
    expect(out.exit).toBe(1);
    expect(out.findings).toBeGreaterThan(10);
    expect(out.rules).toBeGreaterThan(10);
  });

  test("an ES module imports the library's functions by name", () => {
    const run = node(["--input-type=module", "-e", `import { scan, scanPlan, listRules, MoatError, version } from ${JSON.stringify(PACKAGE.name)};
console.log([typeof scan, typeof scanPlan, typeof listRules, typeof MoatError, version].join(" "));`]);
    expect({ status: run.status, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({ status: 0, stdout: `function function function function ${PACKAGE.version}`, stderr: "" });
  });

  test("a TypeScript consumer gets typed results: it compiles and runs, and a wrong property or option is a type error", () => {
    writeFileSync(
      join(app, "good.ts"),
      `import { type Report, type ReportFinding, MoatError, listRules, scan } from "${PACKAGE.name}";
declare const console: { log(text: string): void };
async function main(): Promise<void> {
  const report: Report = await scan(${JSON.stringify(example)}, { severityThreshold: "high", vars: { environment: "prod" }, cacheDir: false });
  const first: ReportFinding = report.findings[0];
  const line: number | undefined = first.line;
  const ids: string[] = listRules().map((r) => r.id);
  try {
    await scan(".", { rules: ["no-such-rule"] });
  } catch (e) {
    if (!(e instanceof MoatError)) throw e;
    console.log(JSON.stringify({ exit: report.summary.exitCode, rule: first.ruleId, severity: first.severity, file: first.file, line, rules: ids.length, kind: e.kind }));
  }
}
void main();
`,
    );
    writeFileSync(
      join(app, "bad.ts"),
      `import { scan } from "${PACKAGE.name}";
void scan(".", { severity: "high" }).then((r) => r.findings[0].ruleID);
`,
    );
    // As a consumer with Node's module resolution compiles it (exports and its types condition), every declaration
    // file checked (skipLibCheck off). No @types/node: the library's types must not need them.
    const compilerOptions = { target: "ES2022", module: "node16", moduleResolution: "node16", strict: true, skipLibCheck: false, types: [] as string[] };
    writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, files: ["good.ts", "bad.ts"] }));
    const check = node([join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"]);
    // Only bad.ts fails: the option is not one of ScanOptions, and the property is not one of a finding's.
    const errors = check.stdout.split("\n").filter((l) => /error TS/.test(l));
    expect(errors).toEqual([
      expect.stringMatching(/^bad\.ts\(2,\d+\): error TS2353: Object literal may only specify known properties, and 'severity' does not exist in type 'ScanOptions'/),
      expect.stringMatching(/^bad\.ts\(2,\d+\): error TS2551: Property 'ruleID' does not exist on type 'ReportFinding'\. Did you mean 'ruleId'\?/),
    ]);
    // good.ts type-checked above; it runs as tsc would emit it.
    const js = ts.transpileModule(readFileSync(join(app, "good.ts"), "utf8"), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } }).outputText;
    writeFileSync(join(app, "good.js"), js);
    const run = node(["good.js"]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    const out = JSON.parse(run.stdout) as { exit: number; rule: string; severity: string; file: string; line: number; rules: number; kind: string };
    expect(out).toMatchObject({ exit: 1, severity: expect.stringMatching(/^(high|critical)$/), kind: "usage" });
    expect(out.rule).toMatch(/^MOAT-/);
    expect(out.file).toMatch(/insecure\/.+\.tf$/);
    expect(out.line).toBeGreaterThan(0);
  }, 60000);
});
