/**
 * A machine format on standard output (json, sarif, junit, github, markdown) keeps standard output to that report
 * alone, whatever goes wrong: a file that does not parse, a missing --var-file, an invalid config or baseline, an
 * unknown --rule. The report records each error in its own structure (JSON `errors`, SARIF
 * `toolExecutionNotifications`, a JUnit <error>), and standard error says each in a line a person can read.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../cli/report";
import { moatIn, repo, scanJson } from "../config/workspace";
import { parseXml } from "./parse-xml";
import { HTTP_LISTENER, moat } from "./run-moat";
import { parseSarif } from "./sarif-log";

const BROKEN = 'resource "aws_lb" "x" {\n  name = \n}\n';
const PARSE_ERROR = "broken.tf:2:10: Invalid expression";

/** The problems of the cases below, each with what standard error and the report's errors say. */
const CASES: { what: string; files: Record<string, string>; args: string[]; stderr: string; error: Omit<Partial<Report["errors"][number]>, "message"> & { message: RegExp } }[] = [
  {
    what: "a file that does not parse",
    files: { "main.tf": HTTP_LISTENER, "broken.tf": BROKEN },
    args: [],
    stderr: `moat: ${PARSE_ERROR}`,
    error: { file: "broken.tf", line: 2, column: 10, message: /^Invalid expression/ },
  },
  {
    what: "a missing --var-file",
    files: { "main.tf": HTTP_LISTENER },
    args: ["--var-file", "prod.tfvars"],
    stderr: "error: --var-file prod.tfvars: does not exist or is not a file",
    error: { file: "(command line)", message: /^--var-file prod\.tfvars: does not exist or is not a file; nothing was scanned/ },
  },
  {
    what: "an invalid config",
    files: { "main.tf": HTTP_LISTENER, "moat.config.yaml": "policy:\n  all: sometimes\n" },
    args: [],
    stderr: "moat: moat.config.yaml:2: policy.all: ",
    error: { file: "moat.config.yaml", line: 2, message: /^policy\.all: / },
  },
  {
    what: "an unknown --rule",
    files: { "main.tf": HTTP_LISTENER },
    args: ["--rule", "MOAT-NOPE-001"],
    stderr: "error: --rule 'MOAT-NOPE-001' names no rule",
    error: { file: "(command line)", message: /^--rule 'MOAT-NOPE-001' names no rule/ },
  },
  {
    what: "a baseline that is not JSON",
    files: { "main.tf": HTTP_LISTENER, "moat-baseline.json": "{" },
    args: ["--baseline", "moat-baseline.json"],
    stderr: "moat: moat-baseline.json",
    error: { file: "moat-baseline.json", message: /./ },
  },
];

describe.each(CASES)("$what, with a machine format on standard output", ({ files, args, stderr, error }) => {
  test("json: standard output is the report alone (valid against its schema), the error in its errors, and on standard error", async () => {
    const root = repo(files);
    const run = await scanJson(root, args);
    expect(run.code).toBe(2);
    expect(run.report.errors).toEqual([expect.objectContaining({ ...error, message: expect.stringMatching(error.message) })]);
    expect(run.report.summary.exitCode).toBe(2);
    expect(run.stderr).toContain(stderr);
  });

  test("sarif: standard output parses as SARIF alone, the error a toolExecutionNotification, and on standard error", async () => {
    const root = repo(files);
    const { code, stdout, stderr: err } = await moatIn(root, ["scan", "--format", "sarif", ...args]);
    expect(code).toBe(2);
    const invocation = parseSarif(stdout).runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n) => [n.level, n.message.text])).toEqual([["error", expect.stringMatching(new RegExp(error.message.source.replace(/^\^/, "")))]]);
    expect(err).toContain(stderr);
  });
});

describe("what else could reach standard output stays off it", () => {
  test("junit, github and markdown on standard output: the parse error is in the report, and a line on standard error", async () => {
    const root = repo(CASES[0].files);
    for (const format of ["junit", "github", "markdown"]) {
      const { code, stdout, stderr } = await moatIn(root, ["scan", "--format", format]);
      expect([format, code]).toEqual([format, 2]);
      expect(stderr).toContain(`moat: ${PARSE_ERROR}`);
      expect(stderr).toContain(`moat: the scan is incomplete: 1 error (also in the ${format} report)\n`);
      expect(stdout).not.toMatch(/^moat: broken\.tf/m);
      if (format === "junit") {
        const errors = parseXml(stdout).children.flatMap((s) => s.children).flatMap((c) => c.children).filter((c) => c.name === "error");
        expect(errors.map((e) => e.attributes.message)).toEqual([expect.stringMatching(/^Invalid expression/)]);
      } else {
        expect(stdout).toContain("Invalid expression");
      }
    }
  });

  test("--unknown=warn, the progress line on a terminal and notices: standard output still parses as JSON alone", async () => {
    const root = repo({
      "main.tf": `variable "protocol" {}\n${HTTP_LISTENER.replace('"HTTP"', "var.protocol")}`,
      "moat.config.yaml": 'exceptions:\n  - { rule: MOAT-LB-001, resource: "aws_lb_listener.gone", reason: "gone" }\n',
    });
    const quiet = await moatIn(root, ["scan", "--format", "json", "--unknown", "warn"]);
    expect(quiet.stderr).toBe("");
    // Standard error a terminal: the progress line may be drawn there, never on standard output.
    const { stdout } = await moat(["scan", "--format", "json", "--unknown", "warn"], { cwd: root, stderrTTY: true, progressDelayMs: 0 });
    const report = JSON.parse(stdout) as Report;
    expect(report.unevaluated.length).toBeGreaterThan(0);
    expect(report.notices.map((n) => n.kind)).toEqual(["exception-unused"]);
  });

  test("with the report in a file (--format json=FILE), standard output carries the text report as before, errors listed in it once", async () => {
    const root = repo(CASES[0].files);
    const { code, stdout, stderr } = await moatIn(root, ["scan", "--format", "json=out/moat.json"]);
    expect(code).toBe(2);
    expect(stdout).toContain(`Could not scan (1):\n  ${PARSE_ERROR}`);
    expect(stderr).toBe("");
    const report = JSON.parse(readFileSync(join(root, "out", "moat.json"), "utf8")) as Report;
    expect(report.errors.map((e) => e.file)).toEqual(["broken.tf"]);
  });

  test("a run stopped before scanning still writes the report files asked for, holding the reason; the text on standard output is left out", async () => {
    const root = repo(CASES[1].files);
    const { code, stdout, stderr } = await moatIn(root, ["scan", "--var-file", "prod.tfvars", "--format", "json=moat.json", "--format", "sarif=moat.sarif", "--format", "text=moat.txt"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("error: --var-file prod.tfvars: does not exist or is not a file");
    const report = JSON.parse(readFileSync(join(root, "moat.json"), "utf8")) as Report;
    expect([report.summary.exitCode, report.summary.files, report.errors.map((e) => e.file)]).toEqual([2, 0, ["(command line)"]]);
    expect(parseSarif(readFileSync(join(root, "moat.sarif"), "utf8")).runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(readFileSync(join(root, "moat.txt"), "utf8")).toContain("Could not scan (1):\n  (command line): --var-file prod.tfvars");
  });

  test("two formats on standard output, or two to one file: a usage error on standard error, and no report at all", async () => {
    const root = repo(CASES[0].files);
    const both = await moatIn(root, ["scan", "--format", "json", "--format", "sarif"]);
    expect([both.code, both.stdout]).toEqual([2, ""]);
    expect(both.stderr).toContain("only one --format can write to standard output");
    const same = await moatIn(root, ["scan", "--format", "json=r.out", "--format", "sarif=r.out"]);
    expect([same.code, same.stdout, existsSync(join(root, "r.out"))]).toEqual([2, "", false]);
  });
});
