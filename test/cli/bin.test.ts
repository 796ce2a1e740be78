/**
 * The compiled bin, spawned as a user's shell would: the shebang, the real rule registry, exit codes as the
 * process reports them, and the exit guard. Needs `npm run build` first (npm test builds).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import reportSchema from "../../schemas/report.schema.json";
import { FIXTURES } from "./run-moat";

const ROOT = join(__dirname, "..", "..");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string>; version: string };
const BIN = join(ROOT, PACKAGE.bin.moat);
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} does not exist: run \`npm run build\` before these tests (npm test does)`);
});

function moatBin(args: string[], options: { preload?: string; env?: NodeJS.ProcessEnv } = {}) {
  const nodeArgs = options.preload ? ["--require", options.preload, BIN, ...args] : [BIN, ...args];
  const result = spawnSync(process.execPath, nodeArgs, {
    cwd: FIXTURES,
    encoding: "utf8",
    env: { PATH: process.env.PATH, ...options.env },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

test("package.json's bin is the compiled CLI, and it starts with a node shebang", () => {
  expect(PACKAGE.bin.moat).toBe("dist/cli/main.js");
  expect(readFileSync(BIN, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  const { code, stdout } = moatBin(["--version"]);
  expect({ code, stdout: stdout.trim() }).toEqual({ code: 0, stdout: PACKAGE.version });
});

test("exit 1 on insecure configuration, with the real rules", () => {
  const { code, stdout, stderr } = moatBin(["scan", "insecure"]);
  expect(stderr).toBe("");
  expect(code).toBe(1);
  expect(stdout).toMatch(/^insecure\/main\.tf:30 +HIGH +MOAT-LB-001 /m);
  expect(stdout).toMatch(/^insecure\/modules\/admin\/main\.tf:22 +HIGH +MOAT-LB-001 /m);
});

test("exit 0 on clean configuration, with the real rules", () => {
  const { code, stdout } = moatBin(["scan", "clean"]);
  expect(stdout).toContain("No findings.");
  expect(code).toBe(0);
});

test("exit 2 when a file cannot be parsed, although findings were made", () => {
  const { code, stdout } = moatBin(["scan", "broken"]);
  expect(stdout).toMatch(/^broken\/good\.tf:10 +HIGH +MOAT-LB-001 /m);
  expect(stdout).toMatch(/broken\/bad\.tf:3:\d+: /);
  expect(code).toBe(2);
});

test("exit 2 on a usage error, with the message on stderr", () => {
  const { code, stdout, stderr } = moatBin(["scan", "--severity-threshold=urgent", "clean"]);
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expect(stderr).toContain("argument 'urgent' is invalid");
});

test("JSON from the bin validates against the report schema", () => {
  const { code, stdout } = moatBin(["scan", "--format", "json", "insecure", "no-such-file.tf"]);
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(reportSchema);
  const report = JSON.parse(stdout);
  const valid = validate(report);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  expect(code).toBe(2);
  expect(report.summary.exitCode).toBe(2);
});

describe("exit guard", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "moat-guard-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test("a parse that never settles makes the process exit 2, not 0", () => {
    // What a dead WASM parser does: the parse promise never settles, the event loop empties, and Node would exit 0.
    const preload = join(scratch, "dead-parser.js");
    writeFileSync(
      preload,
      `const parser = require(${JSON.stringify(join(DIST, "hcl-rules", "parse-hcl.js"))});
let pending = 0;
parser.parseHclFiles = (paths) => { pending += paths.length; return new Promise(() => {}); };
parser.pendingParses = () => pending;
`,
    );
    const { code, stdout, stderr } = moatBin(["scan", "clean"], { preload });
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^moat: 1 file was still being parsed when moat stopped .* exits 2/);
    expect(code).toBe(2);
  });

  test("without a pending parse the exit code is left alone", () => {
    const script = join(scratch, "settled.js");
    writeFileSync(
      script,
      `require(${JSON.stringify(join(DIST, "cli", "exit-guard.js"))}).installExitGuard(() => 0, process.stderr);
process.exitCode = 1;
`,
    );
    const result = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 1, stderr: "" });
  });
});
