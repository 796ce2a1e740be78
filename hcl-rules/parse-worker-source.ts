/**
 * The code a parser worker thread runs, as plain JavaScript text for `new Worker(source, { eval: true })`.
 *
 * It is a string, not a module file, so one worker works the same whether moat runs from compiled `dist/` JS or
 * from TypeScript source under jest or tsx: there is no `.js` file to find next to the `.ts` one. The parent
 * resolves `@cdktn/hcl2json` and passes its absolute path in `workerData.hcl2jsonPath`.
 *
 * Protocol (parent ⇄ worker; the parent may queue a second job while the first runs, the worker runs them in order):
 * - worker → parent `{ type: "ready" }` once the WASM parser has started; `{ type: "start-failed", message }` if not.
 * - parent → worker `{ id, file, text }`.
 * - worker → parent `{ type: "result", id, json }`, or `{ type: "error", id, syntax, message, messageLength }`
 *   (`syntax` is true for an ordinary HCL diagnostic; anything else means the parser instance is no longer sound and
 *   the parent replaces the worker), or `{ type: "crash", id, message }` when the parser stopped without answering.
 */

/** Longest error text sent back: binary input makes multi-megabyte diagnostics, and only the first is shown. */
export const WORKER_ERROR_TEXT_LIMIT = 4000;

export const PARSE_WORKER_SOURCE = String.raw`"use strict";
const { parentPort, workerData } = require("worker_threads");
const fs = require("fs");

// The Go runtime inside hcl2json writes fatal errors (tens of KB of stack dump) straight to fd 2 through
// globalThis.fs, and wasm_exec prints "exit code: N" with console.warn. Keep the head in memory so a crash report
// can quote its first line, and keep it off the user's terminal. This patches this worker's own fs module object only.
let runtimeOutput = "";
function remember(text) {
  // The head matters: "fatal error: …" comes first, then pages of stack dump.
  if (runtimeOutput.length < 4000) runtimeOutput += text.slice(0, 4000 - runtimeOutput.length);
}
const realWriteSync = fs.writeSync;
fs.writeSync = function writeSync(fd, data, ...rest) {
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
for (const level of ["log", "info", "warn", "error", "debug"]) {
  console[level] = (...args) => remember(args.join(" ") + "\n");
}

function firstRuntimeLine() {
  const line = runtimeOutput.split("\n").map((l) => l.trim()).find((l) => l.length > 0);
  return line === undefined ? "" : line.slice(0, 200);
}

function nextTurn() {
  return new Promise((resolve) => setImmediate(resolve));
}

async function start() {
  let hcl;
  try {
    hcl = require(workerData.hcl2jsonPath);
    await hcl.parse("moat-warm-up.tf", "");
  } catch (error) {
    parentPort.postMessage({ type: "start-failed", message: String((error && error.message) || error) });
    return;
  }
  // The parent keeps up to two jobs in flight so this thread never waits for the next one; run them strictly one
  // after the other, or a second parse could start in the gap below and blur which file killed the runtime.
  const jobs = [];
  let running = false;
  parentPort.on("message", (job) => {
    jobs.push(job);
    if (!running) void runJobs();
  });
  async function runJobs() {
    running = true;
    while (jobs.length > 0) await runJob(jobs.shift());
    running = false;
  }
  async function runJob(job) {
    runtimeOutput = "";
    let settled = false;
    let json;
    let failure;
    hcl.parse(job.file, job.text).then(
      (value) => { settled = true; json = value; },
      (error) => { settled = true; failure = error; },
    );
    // hcl2json runs the whole parse synchronously inside parse() once it is ready, so the promise settles within
    // microtasks. Still pending after a macrotask means the Go runtime died mid-parse and will never answer.
    await nextTurn();
    if (!settled) {
      jobs.length = 0;
      parentPort.postMessage({ type: "crash", id: job.id, message: firstRuntimeLine() });
      return;
    }
    if (failure === undefined) {
      parentPort.postMessage({ type: "result", id: job.id, json });
      return;
    }
    const message = String((failure && failure.message) || failure);
    parentPort.postMessage({
      type: "error",
      id: job.id,
      syntax: message.startsWith("parse config:"),
      message: message.slice(0, ${WORKER_ERROR_TEXT_LIMIT}),
      messageLength: message.length,
    });
  }
  parentPort.postMessage({ type: "ready" });
}

start();
`;
