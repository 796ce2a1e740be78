/**
 * Throwaway repositories for the guardrail tests: a temporary directory with a `.git` directory (so config discovery
 * stops there, as in a real checkout), files written from a map, and the CLI run in-process with a fixed "today".
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../cli/report";
import { run } from "../../cli/run";
import type { AnyRule } from "../../core/rule";
import { validateReport } from "../cli/report-validate";
import { write } from "../cli/run-moat";
import { TEST_RULES } from "../cli/test-rules";

/** The day the tests run on, as far as expiry dates are concerned. */
export const TODAY = "2026-06-15";

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A repository root (it holds `.git`) with these files: relative path → content. */
export function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "moat-guardrails-"));
  created.push(root);
  mkdirSync(join(root, ".git"));
  write(root, files);
  return root;
}

export { write };

export interface MoatResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function moatIn(cwd: string, args: string[], options: { today?: string; rules?: readonly AnyRule[]; env?: NodeJS.ProcessEnv } = {}): Promise<MoatResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (t: string) => (stdout += t), isTTY: false, columns: 120 },
    stderr: { write: (t: string) => (stderr += t), isTTY: false, columns: 120 },
    cwd,
    env: options.env ?? {},
    rules: options.rules ?? TEST_RULES,
    today: options.today ?? TODAY,
  });
  return { code, stdout, stderr };
}

/** `moat scan --format json …`: the report, validated against schemas/report.schema.json, and the exit code. */
export async function scanJson(
  cwd: string,
  args: string[],
  options: { today?: string; rules?: readonly AnyRule[]; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; report: Report; stderr: string }> {
  const { code, stdout, stderr } = await moatIn(cwd, ["scan", "--format", "json", ...args], options);
  let report: Report;
  try {
    report = JSON.parse(stdout) as Report;
  } catch {
    throw new Error(`no JSON report (exit ${code}); stderr: ${stderr}`);
  }
  validateReport(report);
  expect(validateReport.errors ?? []).toEqual([]);
  return { code, report, stderr };
}

/** `ruleId address` of each finding, with `(suppressed: kind by)` or `(baseline: state)` when set. */
export function verdicts(report: Report): string[] {
  return report.findings.map((f) => {
    const marks = [f.suppressed ? `suppressed ${f.suppressed.kind}` : "", f.baselineState ? `baseline ${f.baselineState}` : ""].filter((m) => m !== "");
    return `${f.ruleId} ${f.address}${f.path ? ` ${f.path}` : ""}${marks.length > 0 ? ` (${marks.join(", ")})` : ""}`;
  });
}
