"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pool = exports.ParserPool = exports.WORKER_START_TIMEOUT_MS = void 0;
/**
 * Worker threads, each with its own instance of hcl2json (Go compiled to WASM), that parse one file at a time with a
 * timeout: a worker whose parser crashes, hangs or exits is replaced, and only its file fails. The WASM is compiled
 * once for the process and the compiled module is shared with every worker (hcl2json-call.ts). The worker's code is
 * parse-worker.ts.
 */
const path_1 = require("path");
const worker_threads_1 = require("worker_threads");
const hcl2json_call_1 = require("./hcl2json-call");
const parse_result_1 = require("./parse-result");
/** How long a worker may take to load the WASM parser before it counts as a failed start. */
exports.WORKER_START_TIMEOUT_MS = 30_000;
/** Failed worker starts in a row after which the pool gives up instead of trying forever. */
const MAX_FAILED_STARTS_IN_A_ROW = 2;
/** What wasm_exec throws when a call reaches a Go runtime that has exited. */
const GO_EXITED = "Go program has already exited";
/**
 * The worker's module and how to start it. Built, moat runs `dist/hcl-rules/parse-worker.js`, next to this file. Run
 * from TypeScript (jest, tsx), this file is `parser-pool.ts` and the worker is `parse-worker.ts`, which the thread
 * loads through tsx's CommonJS hook (tsx is a development dependency, never needed by the built package).
 */
function workerEntry() {
    const ext = (0, path_1.extname)(__filename);
    const file = (0, path_1.join)(__dirname, `parse-worker${ext}`);
    return ext === ".ts" ? { file, execArgv: ["--require", require.resolve("tsx/cjs")] } : { file };
}
/**
 * Bytes of text sent to a worker before it finishes the current file, so that it never idles waiting for the parent
 * and many small files go in one message (a message costs about as much as parsing a few hundred bytes). Small
 * enough that the workers finish together: at ~1.2 MB/s it is ~25 ms of work. The timeout clock of a job starts only
 * when it starts running.
 */
const BYTES_IN_FLIGHT_PER_WORKER = 32 * 1024;
/**
 * Worker threads, one WASM parser each, parsing one file at a time. Kept between calls (starting one costs
 * ~250 ms) and unref'd while idle, so they never keep the process alive by themselves.
 *
 * Exported for tests, which give it a stand-in parser module to make a worker hang, die or exit on cue; everything
 * else goes through `parseHclFiles` and `parseHclText`, which share one pool.
 */
class ParserPool {
    parserModule;
    /**
     * Without `parserModule`, workers run hcl2json on the WASM module compiled once for the process. With it (tests),
     * they `require` the module it names, which must export hcl2json's `parse`.
     */
    constructor(parserModule) {
        this.parserModule = parserModule;
    }
    workers = [];
    queue = [];
    nextJobId = 1;
    failedStartsInARow = 0;
    startError;
    parse(source, timeoutMs, maxWorkers) {
        return new Promise((resolve) => {
            if (this.startError !== undefined) {
                resolve(this.startFailure(source.file));
                return;
            }
            this.queue.push({ id: this.nextJobId++, source, timeoutMs, maxWorkers, resolve });
            this.pump();
        });
    }
    async shutdown() {
        const message = "was not parsed: the parser was shut down first";
        for (const job of this.queue.splice(0))
            job.resolve({ ok: false, file: job.source.file, message });
        await Promise.all(this.workers.map((w) => this.retire(w, { ok: false, file: "", message }, "fail-all")));
        this.failedStartsInARow = 0;
        this.startError = undefined;
    }
    pump() {
        while (this.queue.length > 0) {
            const live = this.workers.filter((w) => w.ready && !w.retired);
            const idle = live.find((w) => w.inFlight.length === 0);
            if (idle !== undefined) {
                this.send(idle, this.queue.shift());
                continue;
            }
            const starting = this.workers.filter((w) => !w.ready).length;
            // Start a worker only for jobs that no starting worker will take, within the job's own limit.
            if (starting < this.queue.length && this.workers.length < this.queue[0].maxWorkers) {
                this.spawn();
                continue;
            }
            // The least loaded worker that has room takes the next file. A worker is topped up only once it has worked
            // through half of what it holds, so that files go to it in batches rather than one message each.
            const open = live.filter((w) => w.inFlightBytes < (w.outbox.length > 0 ? BYTES_IN_FLIGHT_PER_WORKER : BYTES_IN_FLIGHT_PER_WORKER / 2));
            if (open.length > 0) {
                this.send(open.reduce((a, b) => (b.inFlightBytes < a.inFlightBytes ? b : a)), this.queue.shift());
                continue;
            }
            break;
        }
        for (const w of this.workers) {
            if (w.thread === undefined)
                continue;
            if (w.outbox.length > 0)
                w.thread.postMessage(w.outbox.splice(0));
            if (w.ready && w.inFlight.length === 0)
                w.thread.unref();
        }
    }
    spawn() {
        const w = { ready: false, retired: false, inFlight: [], inFlightBytes: 0, outbox: [] };
        this.workers.push(w);
        w.timer = setTimeout(() => {
            void this.startFailed(w, `it did not start within ${exports.WORKER_START_TIMEOUT_MS / 1000} s`);
        }, exports.WORKER_START_TIMEOUT_MS);
        if (this.parserModule !== undefined) {
            this.startThread(w, { parserModule: this.parserModule() });
            return;
        }
        (0, hcl2json_call_1.compileParser)().then((wasm) => {
            if (!w.retired)
                this.startThread(w, { wasm });
        }, (error) => void this.startFailed(w, `its WASM could not be compiled: ${String(error?.message ?? error)}`));
    }
    startThread(w, workerData) {
        const { file, execArgv } = workerEntry();
        const thread = new worker_threads_1.Worker(file, { workerData, ...(execArgv !== undefined ? { execArgv } : {}) });
        w.thread = thread;
        thread.on("message", (message) => this.onMessage(w, message));
        thread.on("error", (error) => {
            if (!w.ready)
                void this.startFailed(w, error.message);
            else
                void this.retire(w, (0, parse_result_1.crashFailure)("", "crashed", error.message));
        });
        thread.on("messageerror", (error) => {
            void this.retire(w, (0, parse_result_1.crashFailure)("", "sent an unreadable answer", error.message));
        });
        thread.on("exit", (code) => {
            if (w.retired)
                return;
            if (!w.ready)
                void this.startFailed(w, `the worker thread exited with code ${code}`);
            else
                void this.retire(w, (0, parse_result_1.crashFailure)("", "crashed", `its worker thread exited with code ${code}`));
        });
    }
    onMessage(w, message) {
        if (w.retired)
            return;
        if (message.type === "ready") {
            clearTimeout(w.timer);
            w.ready = true;
            this.failedStartsInARow = 0;
            this.pump();
            return;
        }
        if (message.type === "start-failed") {
            void this.startFailed(w, message.message);
            return;
        }
        const job = w.inFlight[0];
        if (job === undefined || message.id !== job.id)
            return;
        const file = job.source.file;
        if (message.type === "result") {
            this.finish(w, { ok: true, file, text: job.source.text, json: message.json, bytes: job.source.bytes });
        }
        else if (message.type === "error" && message.syntax) {
            this.finish(w, (0, parse_result_1.syntaxFailure)(file, message.message, message.message.length < message.messageLength));
        }
        else if (message.type === "error" && message.message.startsWith(GO_EXITED) && !job.retried) {
            // The runtime died before this file reached it (after an earlier file): the file deserves one more try.
            job.retried = true;
            void this.retire(w, undefined, "requeue-all");
        }
        else if (message.type === "error") {
            // A stack overflow or similar leaves the Go runtime unsound even though it answered: replace the worker.
            void this.retire(w, (0, parse_result_1.crashFailure)(file, "crashed", message.message));
        }
        else {
            void this.retire(w, (0, parse_result_1.crashFailure)(file, "stopped without an answer", message.message));
        }
    }
    /** Hands `job` to `w`; `pump` posts it. */
    send(w, job) {
        w.inFlight.push(job);
        w.inFlightBytes += job.source.bytes;
        w.thread?.ref();
        if (w.inFlight.length === 1)
            this.startClock(w);
        w.outbox.push({ id: job.id, file: job.source.file, text: job.source.text });
    }
    startClock(w) {
        const job = w.inFlight[0];
        w.timer = setTimeout(() => {
            const budget = job.timeoutMs < 1000 ? `${job.timeoutMs} ms` : `${(0, parse_result_1.trimNumber)(job.timeoutMs / 1000)} s`;
            void this.retire(w, (0, parse_result_1.crashFailure)(job.source.file, `timed out after ${budget}`, ""));
        }, job.timeoutMs);
    }
    finish(w, result) {
        clearTimeout(w.timer);
        const job = w.inFlight.shift();
        w.inFlightBytes -= job.source.bytes;
        if (w.inFlight.length > 0)
            this.startClock(w);
        job.resolve(result);
        this.pump();
    }
    /**
     * Stops a worker. Its running job fails with `failure`; jobs queued behind it go back to the front of the queue
     * (they did nothing wrong). `requeue-all` puts the running job back too; `fail-all` fails every job with `failure`.
     */
    async retire(w, failure, mode = "requeue") {
        if (w.retired)
            return;
        w.retired = true;
        clearTimeout(w.timer);
        this.workers.splice(this.workers.indexOf(w), 1);
        if (mode === "requeue-all") {
            this.queue.unshift(...w.inFlight.splice(0));
        }
        w.inFlightBytes = 0;
        w.outbox.length = 0;
        const [running, ...waiting] = w.inFlight.splice(0);
        const fallback = { ok: false, file: "", message: "was not parsed: its parser worker stopped" };
        if (running !== undefined)
            running.resolve({ ...(failure ?? fallback), file: running.source.file });
        if (mode === "fail-all") {
            for (const job of waiting)
                job.resolve({ ...(failure ?? fallback), file: job.source.file });
        }
        else {
            this.queue.unshift(...waiting);
        }
        const stopped = w.thread?.terminate().catch(() => undefined);
        this.pump();
        await stopped;
    }
    async startFailed(w, reason) {
        if (w.retired)
            return;
        this.failedStartsInARow++;
        const othersReady = this.workers.some((other) => other !== w && other.ready && !other.retired);
        if (this.failedStartsInARow >= MAX_FAILED_STARTS_IN_A_ROW && !othersReady) {
            // Give up before retiring, so that retiring does not start yet another worker for the queued files.
            this.startError = (0, parse_result_1.oneLine)(reason, 150);
            for (const job of this.queue.splice(0))
                job.resolve(this.startFailure(job.source.file));
        }
        await this.retire(w);
    }
    startFailure(file) {
        return {
            ok: false,
            file,
            message: `was not parsed: the HCL parser could not start in a worker thread (${this.startError}); check the moat installation`,
        };
    }
}
exports.ParserPool = ParserPool;
/** The pool `parseHclFiles` and `parseHclText` share. */
exports.pool = new ParserPool();
