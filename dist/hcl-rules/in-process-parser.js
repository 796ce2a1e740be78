"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.inProcess = void 0;
/**
 * The parser in this thread: hcl2json loaded in the main thread, for small batches, where starting a worker would
 * cost more than the parse. It cannot be interrupted, so the first failure that is not an ordinary syntax error
 * retires it for good and the file goes to a worker. The Go runtime inside it is kept from holding the process
 * open (its wake-up timers are unref'd) and from printing on the terminal. It runs on the WASM module compiled once
 * for the process (hcl2json-call.ts), the one the workers get.
 */
const hcl2json_call_1 = require("./hcl2json-call");
const parse_result_1 = require("./parse-result");
const parser_pool_1 = require("./parser-pool");
/**
 * The parser in this thread. Loaded on first use (loading starts the WASM runtime). It cannot be interrupted, so
 * it only gets small batches, and the first failure that is not an ordinary syntax error retires it for good: that
 * file and the rest of the batch (and of later batches) go to a worker.
 */
exports.inProcess = {
    broken: false,
    ready: undefined,
    load() {
        this.ready ??= (async () => {
            try {
                // The Go runtime's wake-up timers are unref'd (see startParser): this thread's runtime never holds the process.
                const hcl = await withTimeout((0, hcl2json_call_1.startParser)(await (0, hcl2json_call_1.compileParser)(), true), parser_pool_1.WORKER_START_TIMEOUT_MS);
                await withTimeout(hcl.parse(hcl2json_call_1.WARM_UP_FILE, ""), parser_pool_1.WORKER_START_TIMEOUT_MS);
                captureGoRuntimeOutput();
                return hcl;
            }
            catch {
                return undefined;
            }
        })();
        return this.ready;
    },
    async parse(source, timeoutMs) {
        const hcl = await this.load();
        if (hcl === undefined || this.broken) {
            this.broken = true;
            return { result: await parser_pool_1.pool.parse(source, timeoutMs, 1), broken: true };
        }
        const outcome = await (0, hcl2json_call_1.parseOnce)(hcl, source.file, source.text);
        if (outcome.settled && outcome.failure === undefined) {
            return { result: { ok: true, file: source.file, text: source.text, json: outcome.json ?? {}, bytes: source.bytes }, broken: false };
        }
        const failure = outcome.settled ? outcome.failure : undefined;
        const message = failure instanceof Error ? failure.message : String(failure);
        if (outcome.settled && message.startsWith("parse config:")) {
            const capped = message.slice(0, hcl2json_call_1.ERROR_TEXT_LIMIT);
            return { result: (0, parse_result_1.syntaxFailure)(source.file, capped, capped.length < message.length), broken: false };
        }
        // Anything else (a stack overflow, a dead Go runtime, no answer at all) leaves this runtime unsound. The file
        // gets a second chance in a worker, which has a bigger stack, its own memory and a timeout: whatever happens
        // there is what happens in worker mode, so both modes give the same answer.
        this.broken = true;
        return { result: await parser_pool_1.pool.parse(source, timeoutMs, 1), broken: true };
    },
};
/**
 * The Go runtime writes fatal errors (tens of KB of stack dump) with `globalThis.fs.writeSync(2, …)`, through the
 * `globalThis.fs` that hcl2json installs. Swap that global for one that drops such output instead of printing it on
 * the user's terminal (the file is retried in a worker, whose report says what happened); everything else still
 * goes to the real `fs`.
 */
function captureGoRuntimeOutput() {
    const scope = globalThis;
    const realFs = scope.fs;
    if (realFs === undefined || typeof realFs.writeSync !== "function")
        return;
    const writeSync = (fd, data, ...rest) => {
        if ((fd === 1 || fd === 2) && data instanceof Uint8Array)
            return data.byteLength;
        return realFs.writeSync(fd, data, ...rest);
    };
    scope.fs = Object.create(realFs, { writeSync: { value: writeSync } });
}
function withTimeout(promise, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
