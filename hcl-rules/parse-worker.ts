/**
 * The code a parser worker thread runs (parser-pool.ts starts it from its compiled file, dist/hcl-rules/parse-worker.js,
 * or from this source through tsx when moat runs from TypeScript). The parent passes hcl2json's WASM, compiled once
 * for the process, in `workerData.wasm` (or, in tests, the path of a stand-in parser module in `parserModule`). It
 * imports only hcl2json-call.ts of moat's modules.
 *
 * Protocol (parent ⇄ worker; the parent keeps a batch of jobs queued while one runs, the worker runs them in order):
 * - worker → parent `{ type: "ready" }` once the WASM parser has started; `{ type: "start-failed", message }` if not.
 * - parent → worker `[{ id, file, text }, …]`, a batch of jobs.
 * - worker → parent `{ type: "result", id, json }`, or `{ type: "error", id, syntax, message, messageLength }`
 *   (`syntax` is true for an ordinary HCL diagnostic; anything else means the parser instance is no longer sound and
 *   the parent replaces the worker), or `{ type: "crash", id, message }` when the parser stopped without answering.
 */
import fs = require("fs");
import { isMainThread, parentPort, workerData } from "worker_threads";
import { type CompiledParser, ERROR_TEXT_LIMIT, type Hcl2Json, WARM_UP_FILE, parseOnce, startParser } from "./hcl2json-call";

/** What the parent passes as `workerData`: the compiled WASM, or a module to require that exports `parse`. */
export type WorkerData = { wasm: CompiledParser; parserModule?: undefined } | { wasm?: undefined; parserModule: string };

/** A job, parent → worker. */
export interface WorkerJob {
  id: number;
  file: string;
  text: string;
}

/** An answer, worker → parent. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "start-failed"; message: string }
  | { type: "result"; id: number; json: Record<string, unknown> }
  | { type: "error"; id: number; syntax: boolean; message: string; messageLength: number }
  | { type: "crash"; id: number; message: string };

/** How much of the Go runtime's own output is kept: "fatal error: …" comes first, then pages of stack dump. */
const RUNTIME_OUTPUT_LIMIT = 4000;

let runtimeOutput = "";

function remember(text: string): void {
  if (runtimeOutput.length < RUNTIME_OUTPUT_LIMIT) runtimeOutput += text.slice(0, RUNTIME_OUTPUT_LIMIT - runtimeOutput.length);
}

/**
 * The Go runtime inside hcl2json writes fatal errors (tens of KB of stack dump) straight to fd 2 through
 * globalThis.fs, and wasm_exec prints "exit code: N" with console.warn. Keep the head in memory so a crash report
 * can quote its first line, and keep it off the user's terminal. This patches this worker's own fs module object only.
 */
function captureRuntimeOutput(): void {
  const realWriteSync = fs.writeSync as (...args: unknown[]) => number;
  const writeSync = (fd: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]): number => {
    if (fd === 1 || fd === 2) {
      if (typeof data === "string") {
        remember(data);
        return Buffer.byteLength(data);
      }
      remember(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8"));
      return data.byteLength;
    }
    return realWriteSync.call(fs, fd, data, ...rest);
  };
  (fs as { writeSync: unknown }).writeSync = writeSync;
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    console[level] = (...args: unknown[]) => remember(args.join(" ") + "\n");
  }
}

function firstRuntimeLine(): string {
  const line = runtimeOutput
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return line === undefined ? "" : line.slice(0, 200);
}

function errorText(error: unknown): string {
  return String((error as { message?: unknown } | undefined)?.message || error);
}

async function start(port: NonNullable<typeof parentPort>, data: WorkerData): Promise<void> {
  const post = (message: WorkerMessage): void => port.postMessage(message);
  captureRuntimeOutput();
  let hcl: Hcl2Json;
  try {
    hcl = data.wasm !== undefined ? await startParser(data.wasm, false) : (require(data.parserModule) as Hcl2Json);
    await hcl.parse(WARM_UP_FILE, "");
  } catch (error) {
    post({ type: "start-failed", message: errorText(error) });
    return;
  }
  // The parent keeps jobs queued here so this thread never waits for the next one; run them strictly one after the
  // other, or a second parse could start while the first waits for its answer and blur which file killed
  // the runtime.
  const jobs: WorkerJob[] = [];
  let running = false;

  const runJob = async (job: WorkerJob): Promise<void> => {
    runtimeOutput = "";
    const outcome = await parseOnce(hcl, job.file, job.text);
    if (!outcome.settled) {
      jobs.length = 0;
      post({ type: "crash", id: job.id, message: firstRuntimeLine() });
      return;
    }
    const failure = outcome.failure;
    if (failure === undefined) {
      post({ type: "result", id: job.id, json: outcome.json as Record<string, unknown> });
      return;
    }
    const message = errorText(failure);
    post({
      type: "error",
      id: job.id,
      syntax: message.startsWith("parse config:"),
      message: message.slice(0, ERROR_TEXT_LIMIT),
      messageLength: message.length,
    });
  };

  const runJobs = async (): Promise<void> => {
    running = true;
    while (jobs.length > 0) await runJob(jobs.shift()!);
    running = false;
  };

  port.on("message", (batch: WorkerJob[]) => {
    jobs.push(...batch);
    if (!running) void runJobs();
  });
  post({ type: "ready" });
}

// Loaded anywhere but in a worker thread (by mistake), this module does nothing.
if (!isMainThread && parentPort !== null) void start(parentPort, workerData as WorkerData);
