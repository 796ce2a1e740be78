/**
 * The compiled bin, spawned as a user's shell would: the shebang, the real rule registry, exit codes as the
 * process reports them, and the exit guard. Needs `npm run compile` first (npm test builds).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../cli/report";
import { validateReport } from "./report-validate";
import { FIXTURES } from "./run-moat";

const ROOT = join(__dirname, "..", "..");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string>; version: string };
const BIN = join(ROOT, PACKAGE.bin.moat);
const DIST = join(ROOT, "dist");

/** Preloads and generated fixtures. */
let scratch: string;

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} does not exist: run \`npm run compile\` before these tests (npm test does)`);
  scratch = mkdtempSync(join(tmpdir(), "moat-bin-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

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
  const report = JSON.parse(stdout) as Report;
  const valid = validateReport(report);
  expect(validateReport.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  expect(code).toBe(2);
  expect(report.summary.exitCode).toBe(2);
});

describe("how the process ends", () => {
  test("it ends by itself once the report is out: nothing is left holding it, and it never forces an exit", () => {
    // The preload looks at the process when run() has finished: only its standard streams may remain. A parser
    // thread, a timer of the Go runtime or anything else left there would keep a CI job waiting; a forced
    // process.exit() would hide that, so it is reported too.
    const preload = scratchFile(
      "watch-the-end.js",
      `const cli = require(${JSON.stringify(join(DIST, "cli", "run.js"))});
const run = cli.run;
cli.run = async (...args) => {
  const code = await run(...args);
  setImmediate(() => {
    const left = process.getActiveResourcesInfo().filter((r) => r !== "PipeWrap" && r !== "TTYWrap");
    process.stderr.write("left after the report: " + JSON.stringify(left) + "\\n");
  });
  return code;
};
const exit = process.exit;
process.exit = (code) => {
  process.stderr.write("process.exit was called\\n");
  exit(code);
};
`,
    );
    const { code, signal, stdout, stderr } = moatBin(["scan", "insecure"], { preload });
    expect(stdout).toMatch(/MOAT-LB-001/);
    expect({ code, signal, stderr }).toEqual({ code: 1, signal: null, stderr: "left after the report: []\n" });
  });

  test("`moat scan | head -1` keeps the exit code and prints no error when the pipe closes early", () => {
    // Enough findings that the report outgrows the pipe's buffer, so later writes meet the closed pipe (EPIPE).
    const rules = Array.from(
      { length: 800 },
      (_, i) =>
        `resource "aws_security_group_rule" "ssh_${i}" {\n  type = "ingress"\n  from_port = 22\n  to_port = 22\n` +
        `  protocol = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n  security_group_id = "sg-1"\n}\n`,
    );
    mkdirSync(join(scratch, "many"));
    writeFileSync(join(scratch, "many", "main.tf"), rules.join(""));
    const script = `"$0" "$1" scan --format json many 2>stderr.txt | head -1; codes=("\${PIPESTATUS[@]}"); echo "moat exited \${codes[0]}"`;
    const result = spawnSync("bash", ["-c", script, process.execPath, BIN], { cwd: scratch, encoding: "utf8", timeout: 120_000 });
    expect(result.stdout).toBe("{\nmoat exited 1\n");
    expect(readFileSync(join(scratch, "stderr.txt"), "utf8")).toBe("");
  });
});

describe("exit guard", () => {
  test("a parse that never settles makes the process exit 2, not 0", () => {
    // What a dead WASM parser does: the parse promise never settles, the event loop empties, and Node would exit 0.
    const preload = scratchFile(
      "dead-parser.js",
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
    const script = scratchFile(
      "settled.js",
      `require(${JSON.stringify(join(DIST, "cli", "exit-guard.js"))}).installExitGuard(() => 0, process.stderr);
process.exitCode = 1;
`,
    );
    const result = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 1, stderr: "" });
  });
});
