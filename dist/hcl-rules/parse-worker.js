"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
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
const fs = require("fs");
const worker_threads_1 = require("worker_threads");
const hcl2json_call_1 = require("./hcl2json-call");
/** How much of the Go runtime's own output is kept: "fatal error: …" comes first, then pages of stack dump. */
const RUNTIME_OUTPUT_LIMIT = 4000;
let runtimeOutput = "";
function remember(text) {
    if (runtimeOutput.length < RUNTIME_OUTPUT_LIMIT)
        runtimeOutput += text.slice(0, RUNTIME_OUTPUT_LIMIT - runtimeOutput.length);
}
/**
 * The Go runtime inside hcl2json writes fatal errors (tens of KB of stack dump) straight to fd 2 through
 * globalThis.fs, and wasm_exec prints "exit code: N" with console.warn. Keep the head in memory so a crash report
 * can quote its first line, and keep it off the user's terminal. This patches this worker's own fs module object only.
 */
function captureRuntimeOutput() {
    const realWriteSync = fs.writeSync;
    const writeSync = (fd, data, ...rest) => {
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
    fs.writeSync = writeSync;
    for (const level of ["log", "info", "warn", "error", "debug"]) {
        console[level] = (...args) => remember(args.join(" ") + "\n");
    }
}
function firstRuntimeLine() {
    const line = runtimeOutput
        .split("\n")
        .map((l) => l.trim())
        .find((l) => l.length > 0);
    return line === undefined ? "" : line.slice(0, 200);
}
function errorText(error) {
    return String(error?.message || error);
}
async function start(port, data) {
    const post = (message) => port.postMessage(message);
    captureRuntimeOutput();
    let hcl;
    try {
        hcl = data.wasm !== undefined ? await (0, hcl2json_call_1.startParser)(data.wasm, false) : require(data.parserModule);
        await hcl.parse(hcl2json_call_1.WARM_UP_FILE, "");
    }
    catch (error) {
        post({ type: "start-failed", message: errorText(error) });
        return;
    }
    // The parent keeps jobs queued here so this thread never waits for the next one; run them strictly one after the
    // other, or a second parse could start while the first waits for its answer and blur which file killed
    // the runtime.
    const jobs = [];
    let running = false;
    const runJob = async (job) => {
        runtimeOutput = "";
        const outcome = await (0, hcl2json_call_1.parseOnce)(hcl, job.file, job.text);
        if (!outcome.settled) {
            jobs.length = 0;
            post({ type: "crash", id: job.id, message: firstRuntimeLine() });
            return;
        }
        const failure = outcome.failure;
        if (failure === undefined) {
            post({ type: "result", id: job.id, json: outcome.json });
            return;
        }
        const message = errorText(failure);
        post({
            type: "error",
            id: job.id,
            syntax: message.startsWith("parse config:"),
            message: message.slice(0, hcl2json_call_1.ERROR_TEXT_LIMIT),
            messageLength: message.length,
        });
    };
    const runJobs = async () => {
        running = true;
        while (jobs.length > 0)
            await runJob(jobs.shift());
        running = false;
    };
    port.on("message", (batch) => {
        jobs.push(...batch);
        if (!running)
            void runJobs();
    });
    post({ type: "ready" });
}
// Loaded anywhere but in a worker thread (by mistake), this module does nothing.
if (!worker_threads_1.isMainThread && worker_threads_1.parentPort !== null)
    void start(worker_threads_1.parentPort, worker_threads_1.workerData);
