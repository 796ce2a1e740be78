/** Runs the CLI in-process, as a user would from a shell in `cwd`, and captures what it prints. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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
  /** Standard input is a terminal. */
  stdinTTY?: boolean;
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
    stdinIsTTY: options.stdinTTY ?? false,
  });
  return { code, stdout, stderr };
}

/** The lines of a text report that name a finding: `file:line  SEVERITY  RULE-ID  message`. */
export function findingLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => /^\S+:\d+ +[A-Z]+ +MOAT-/.test(line));
}

export const ANSI = /\x1b\[[0-9;]*m/;

/** Writes files below `root`: relative path → content, with the directories they need. */
export function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

const trees: string[] = [];
afterAll(() => {
  for (const dir of trees.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway directory tree (relative path → file content), removed after the test file's tests. */
export function tree(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "moat-cli-"));
  trees.push(root);
  write(root, files);
  return root;
}

export const HTTP_LISTENER = `resource "aws_lb" "web" {
  load_balancer_type = "application"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}
`;
export const HTTP_LISTENER_FINDING_LINE = 11;
