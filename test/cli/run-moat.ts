/** Runs the CLI in-process, as a user would from a shell in `cwd`, and captures what it prints. */
import { join } from "node:path";
import type { AnyRule } from "../../core/rule";
import { run } from "../../cli/run";
import { TEST_RULES } from "./test-rules";

export const FIXTURES = join(__dirname, "..", "fixtures", "cli");

export interface MoatRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface MoatRunOptions {
  cwd?: string;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: NodeJS.ProcessEnv;
  rules?: readonly AnyRule[];
  progressDelayMs?: number;
  /** What `moat scan -` reads as standard input. */
  stdin?: string;
}

export async function moat(args: string[], options: MoatRunOptions = {}): Promise<MoatRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.stdoutTTY ?? false, columns: 120 },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrTTY ?? false, columns: 120 },
    cwd: options.cwd ?? FIXTURES,
    env: options.env ?? {},
    rules: options.rules ?? TEST_RULES,
    progressDelayMs: options.progressDelayMs,
    readStdin: () => Promise.resolve(options.stdin ?? ""),
  });
  return { code, stdout, stderr };
}

/** The lines of a text report that name a finding: `file:line  SEVERITY  RULE-ID  message`. */
export function findingLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => /^\S+:\d+ +[A-Z]+ +MOAT-/.test(line));
}

export const ANSI = /\x1b\[[0-9;]*m/;
