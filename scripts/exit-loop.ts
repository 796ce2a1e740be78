/**
 * `npx tsx scripts/exit-loop.ts [N] [--bin PATH]`: does the built CLI exit by itself after every scan?
 *
 * Runs `node dist/cli/main.js scan DIR` N times (default 300), one at a time, alternating between `examples/` and
 * `../shared/corpus/realworld` (skipped, with a note, when that corpus is absent), and prints how many runs ended by
 * themselves, the exit codes seen, the median/p95/max wall time, how long each process lived after its last output
 * (the report) and every run over 2 s. A run still alive after 60 s is killed and counted as not ending by itself.
 * Not a test: it takes minutes, and its numbers depend on the machine. It builds nothing: run `npm run compile` first.
 * `--bin` points it at another build of the CLI (to compare before and after a change).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = join(__dirname, "..");
const SAFETY_KILL_MS = 60_000;
const SLOW_MS = 2_000;
/** On a loaded machine most runs take over 2 s; list the ones that waited longest after their work. */
const SLOW_LISTED = 20;
/** A process still alive this long after its last output was kept alive by something other than its work. */
const LINGER_NOTED_MS = 500;
const DEFAULT_RUNS = 300;

interface Run {
  index: number;
  target: string;
  ms: number;
  /** From the last byte of output (the end of the report) to the process's end: time spent doing nothing. */
  lingerMs: number;
  /** The exit code, or undefined when a signal ended the process. */
  code: number | undefined;
  signal: NodeJS.Signals | undefined;
  killed: boolean;
  stderrHead: string;
}

function parseArgs(argv: string[]): { runs: number; bin: string } {
  let runs = DEFAULT_RUNS;
  let bin = join(ROOT, "dist", "cli", "main.js");
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--bin" && i + 1 < argv.length) {
      bin = resolve(argv[++i]);
    } else if (/^\d+$/.test(arg) && Number(arg) > 0) {
      runs = Number(arg);
    } else {
      throw new Error(`unknown argument ${JSON.stringify(arg)}: usage is exit-loop.ts [N] [--bin PATH]`);
    }
  }
  return { runs, bin };
}

function scanOnce(bin: string, target: string, index: number): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    // stdout is a pipe, as in CI: a report still draining into a pipe is part of how the process ends.
    const child = spawn(process.execPath, [bin, "scan", target], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let killed = false;
    let stderrHead = "";
    let lastOutput = started;
    child.stdout.on("data", () => {
      lastOutput = process.hrtime.bigint();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      lastOutput = process.hrtime.bigint();
      if (stderrHead.length < 300) stderrHead += chunk.toString("utf8").slice(0, 300 - stderrHead.length);
    });
    const safety = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, SAFETY_KILL_MS);
    child.on("error", (error) => {
      clearTimeout(safety);
      reject(error);
    });
    // "exit", not "close": the process has ended; its pipes closing afterwards is not its wall time.
    child.on("exit", (code, signal) => {
      clearTimeout(safety);
      const ended = process.hrtime.bigint();
      const ms = Number(ended - started) / 1e6;
      const lingerMs = Number(ended - lastOutput) / 1e6;
      resolvePromise({ index, target, ms, lingerMs, code: code ?? undefined, signal: signal ?? undefined, killed, stderrHead });
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

async function main(): Promise<void> {
  const { runs, bin } = parseArgs(process.argv.slice(2));
  if (!existsSync(bin)) {
    process.stderr.write(`${relative(ROOT, bin)} does not exist: run \`npm run compile\` first\n`);
    process.exitCode = 2;
    return;
  }
  const targets = ["examples"];
  const corpus = join(ROOT, "..", "shared", "corpus", "realworld");
  if (existsSync(corpus)) {
    targets.push(corpus);
  } else {
    process.stdout.write("note: ../shared/corpus/realworld is absent; every run scans examples/\n");
  }

  const results: Run[] = [];
  // Ctrl-C (or a CI timeout's SIGTERM) still prints what the finished runs showed.
  let stopped = false;
  const stop = (): void => {
    stopped = true;
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  for (let i = 0; i < runs && !stopped; i++) {
    const run = await scanOnce(bin, targets[i % targets.length], i + 1);
    if (stopped && run.signal !== undefined) break; // the signal reached this scan too: not an outcome of its own
    results.push(run);
    if ((i + 1) % 50 === 0) process.stderr.write(`  ${i + 1}/${runs}\n`);
  }
  if (results.length < runs) process.stdout.write(`stopped after ${results.length} of ${runs} runs\n`);
  printSummary(results, targets, bin);
}

function printSummary(results: Run[], targets: string[], bin: string): void {
  const runs = results.length;
  const byThemselves = results.filter((r) => !r.killed && r.signal === undefined);
  const codes = new Map<string, number>();
  for (const r of results) {
    const key = r.killed ? "killed at 60 s" : r.signal !== undefined ? `signal ${r.signal}` : `exit ${r.code}`;
    codes.set(key, (codes.get(key) ?? 0) + 1);
  }
  const label = (target: string): string => (target === "examples" ? "examples/" : relative(ROOT, target));
  const lines: string[] = [];
  lines.push(`exit-loop: ${runs} scans of ${targets.map(label).join(" and ")} (alternating), bin ${relative(ROOT, bin)}`);
  lines.push(`ended by themselves: ${byThemselves.length}/${runs}`);
  lines.push(`outcomes: ${[...codes].map(([key, count]) => `${key} ×${count}`).join(", ")}`);
  for (const target of [...targets, undefined]) {
    const times = results.filter((r) => target === undefined || r.target === target).map((r) => r.ms).sort((a, b) => a - b);
    const codesHere = [...new Set(results.filter((r) => target === undefined || r.target === target).map((r) => r.code))];
    lines.push(
      `${(target === undefined ? "all" : label(target)).padEnd(28)} n=${String(times.length).padStart(3)}  ` +
        `median ${formatMs(percentile(times, 50))}  p95 ${formatMs(percentile(times, 95))}  ` +
        `max ${formatMs(times[times.length - 1])}` +
        (target === undefined ? "" : `  exit codes ${codesHere.join("/")}`),
    );
  }
  const lingers = results.map((r) => r.lingerMs).sort((a, b) => a - b);
  lines.push(
    `from the last output to the end of the process: median ${formatMs(percentile(lingers, 50))}  ` +
      `p95 ${formatMs(percentile(lingers, 95))}  max ${formatMs(lingers[lingers.length - 1])}  ` +
      `over ${LINGER_NOTED_MS} ms: ${lingers.filter((ms) => ms > LINGER_NOTED_MS).length}`,
  );
  const slow = results.filter((r) => r.ms > SLOW_MS);
  lines.push(`runs over ${SLOW_MS / 1000} s: ${slow.length}${slow.length > SLOW_LISTED ? ` (the ${SLOW_LISTED} that lived longest after their last output:)` : ""}`);
  for (const r of [...slow].sort((a, b) => b.lingerMs - a.lingerMs).slice(0, SLOW_LISTED)) {
    lines.push(`  #${r.index} ${label(r.target)}: ${formatMs(r.ms)} (${formatMs(r.lingerMs)} after the last output), ${r.killed ? "killed" : r.signal ?? `exit ${r.code}`}`);
  }
  const odd = results.filter((r) => r.killed || r.signal !== undefined);
  for (const r of odd.slice(0, 5)) {
    lines.push(`  #${r.index} stderr: ${JSON.stringify(r.stderrHead)}`);
  }
  process.stdout.write(lines.join("\n") + "\n");
  if (odd.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`exit-loop: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
