"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORKERS_PAY_FROM_BYTES = exports.WORKERS_PAY_FROM_FILES = exports.parserVersion = exports.chooseParserTiering = exports.TURBOFAN_PAYS_FROM_FILES = exports.defaultCacheDir = exports.ParseCache = exports.ParserPool = exports.MAX_HEREDOC_LINES = exports.DEFAULT_MAX_NESTING = exports.DEFAULT_MAX_FILE_BYTES = void 0;
exports.defaultTimeoutMs = defaultTimeoutMs;
exports.pendingParses = pendingParses;
exports.parseHclFiles = parseHclFiles;
exports.parseHclText = parseHclText;
exports.shutdownParsers = shutdownParsers;
/**
 * The robust parse layer of the Terraform source door: reads `.tf` files and turns them into hcl2json's JSON.
 * This module and the ones it is made of are the only ones that load `@cdktn/hcl2json`: read-source.ts (reading and
 * checking the bytes), nesting-guard.ts (the nesting pre-check), in-process-parser.ts (the parser in this thread),
 * parser-pool.ts (worker threads) and parse-result.ts (results and failure messages).
 *
 * hcl2json is Go compiled to WASM. Its `parse()` is synchronous work behind a Promise; very deep nesting overflows
 * the stack and corrupts the Go runtime, a huge file exhausts WASM memory, and after either the runtime can die
 * without answering: a pending parse then never settles and Node exits 0 as if the scan had passed. So every file
 * goes through a size cap and a nesting pre-check before the parser sees it; big batches parse in worker threads
 * with a per-file timeout, and a worker is replaced after any failure that is not an ordinary syntax error; small
 * batches parse in-process and move to a worker as soon as the in-process parser misbehaves; and `pendingParses()`
 * lets the CLI refuse to exit 0 while a parse is unsettled.
 */
const os_1 = require("os");
const fast_hcl_1 = require("./fast-hcl");
const hcl2json_call_1 = require("./hcl2json-call");
const in_process_parser_1 = require("./in-process-parser");
const parse_cache_1 = require("./parse-cache");
const parser_pool_1 = require("./parser-pool");
const read_source_1 = require("./read-source");
var read_source_2 = require("./read-source");
Object.defineProperty(exports, "DEFAULT_MAX_FILE_BYTES", { enumerable: true, get: function () { return read_source_2.DEFAULT_MAX_FILE_BYTES; } });
Object.defineProperty(exports, "DEFAULT_MAX_NESTING", { enumerable: true, get: function () { return read_source_2.DEFAULT_MAX_NESTING; } });
var nesting_guard_1 = require("./nesting-guard");
Object.defineProperty(exports, "MAX_HEREDOC_LINES", { enumerable: true, get: function () { return nesting_guard_1.MAX_HEREDOC_LINES; } });
var parser_pool_2 = require("./parser-pool");
Object.defineProperty(exports, "ParserPool", { enumerable: true, get: function () { return parser_pool_2.ParserPool; } });
var parse_cache_2 = require("./parse-cache");
Object.defineProperty(exports, "ParseCache", { enumerable: true, get: function () { return parse_cache_2.ParseCache; } });
Object.defineProperty(exports, "defaultCacheDir", { enumerable: true, get: function () { return parse_cache_2.defaultCacheDir; } });
var hcl2json_call_2 = require("./hcl2json-call");
Object.defineProperty(exports, "TURBOFAN_PAYS_FROM_FILES", { enumerable: true, get: function () { return hcl2json_call_2.TURBOFAN_PAYS_FROM_FILES; } });
Object.defineProperty(exports, "chooseParserTiering", { enumerable: true, get: function () { return hcl2json_call_2.chooseParserTiering; } });
Object.defineProperty(exports, "parserVersion", { enumerable: true, get: function () { return hcl2json_call_2.parserVersion; } });
function fastPathOn(options) {
    return options.fastPath ?? true;
}
/**
 * The fast path's answer for a file that passed every check, or undefined when hcl2json must parse it. Its answers
 * are never cached: parsing such a file again costs about what reading a cache entry does.
 */
function parsedFast(source, on) {
    if (!on)
        return undefined;
    const json = (0, fast_hcl_1.fastParse)(source.text);
    return json === undefined ? undefined : { ok: true, file: source.file, text: source.text, json, bytes: source.bytes };
}
/**
 * `"auto"` starts workers for a batch of this many files or bytes. Measured on 2 cores: a worker costs ~250 ms to
 * start (thread + its own WASM instance, whose JIT warms up again) against ~110 ms for the in-process parser,
 * realistic Terraform parses at ~1.2 MB/s per thread, and two workers gain at most ~1.7×; batches of 8–256 small
 * files (up to ~400 KB) were faster in-process. Bytes decide: the per-file overhead is ~0.1 ms, so the file count
 * only stands in for bytes when files are tiny. Re-measured with the compiled module shared and the parser on
 * Liftoff (as `moat scan` runs it; medians of 3 processes, load average 3.5 to 6): the first 384 bench-corpus files
 * (330 KB) parsed in 1.22 s in-process against 1.33 s with two workers, the first 768 (680 KB) in 2.30 s against
 * 1.89 s, so the crossover is still near 512 KB.
 */
exports.WORKERS_PAY_FROM_FILES = 512;
exports.WORKERS_PAY_FROM_BYTES = 512 * 1024;
/** Reading files (synchronous, read-source.ts) gives way to other work this often, so that workers get files. */
const READ_SLICE_MS = 4;
function defaultTimeoutMs(bytes) {
    return 10_000 + Math.ceil(bytes / 100_000) * 1_000;
}
let pendingCount = 0;
/** Number of parses started and not settled; the CLI checks it at exit (a pending parse must never exit 0). */
function pendingParses() {
    return pendingCount;
}
/**
 * Reads and parses each file (path). Never throws for bad input: every file yields exactly one result, in order.
 *
 * Reading overlaps parsing: files go to the parser workers as they are read, once the files still to parse (those
 * not in the cache) are enough to pay for workers; until then they wait, and if they never are, they parse in this
 * thread once all are read.
 */
async function parseHclFiles(paths, options = {}) {
    const total = paths.length;
    (0, hcl2json_call_1.planCompile)(total);
    pendingCount += total;
    let settledCount = 0;
    const results = new Array(total);
    const settle = (index, result) => {
        results[index] = result;
        settledCount++;
        pendingCount--;
        options.onProgress?.(settledCount, total);
    };
    try {
        const cache = options.cache;
        const keys = new Map();
        // What the parser gave goes into the cache; a failure is not cached, so it is always the parser's own.
        const settleParsed = (index, result) => {
            const key = keys.get(index);
            if (cache === undefined || key === undefined || !result.ok)
                return settle(index, result);
            cache.put(key, result.json);
            settle(index, { ...result, sha256: key });
        };
        const waiting = [];
        const toWorkers = [];
        let waitingBytes = 0;
        const auto = (options.workers ?? "auto") === "auto";
        let workers = auto ? 0 : Math.max(0, Math.floor(options.workers));
        const fast = fastPathOn(options);
        // Without a cache or the fast path, every file named is likely to need hcl2json: start the workers while the
        // files are read. Otherwise they start once the files that do need it are enough to pay for them (below).
        if (auto && cache === undefined && !fast && paths.length >= exports.WORKERS_PAY_FROM_FILES)
            workers = Math.min((0, os_1.availableParallelism)(), paths.length);
        const dispatch = (item) => {
            toWorkers.push(parser_pool_1.pool.parse(item.source, timeoutOf(item.source, options), workers).then((r) => settleParsed(item.index, r)));
        };
        await forEachYielding(paths, (path, index) => {
            const source = (0, read_source_1.readSource)(path, options);
            if ("ok" in source) {
                settle(index, source);
                return;
            }
            const quick = parsedFast(source, fast);
            if (quick !== undefined) {
                settle(index, quick);
                return;
            }
            if (cache !== undefined) {
                const key = parse_cache_1.ParseCache.key(source.text);
                const json = cache.get(key);
                if (json !== undefined) {
                    settle(index, { ok: true, file: source.file, text: source.text, json, bytes: source.bytes, sha256: key });
                    return;
                }
                keys.set(index, key);
            }
            // A file to parse: start compiling the parser now, while the rest is read.
            void (0, hcl2json_call_1.compileParser)(cache?.wasm).catch(() => undefined);
            const item = { index, source };
            if (workers > 0) {
                dispatch(item);
                return;
            }
            waiting.push(item);
            waitingBytes += source.bytes;
            if (auto && (waiting.length >= exports.WORKERS_PAY_FROM_FILES || waitingBytes >= exports.WORKERS_PAY_FROM_BYTES)) {
                workers = Math.min((0, os_1.availableParallelism)(), paths.length);
                for (const w of waiting.splice(0))
                    dispatch(w);
            }
        });
        await parseSources(waiting, options, settleParsed);
        await Promise.all(toWorkers);
        await cache?.flush();
    }
    finally {
        // Only reachable with unsettled files if this module itself has a bug; keep the count honest anyway.
        for (let i = 0; i < total; i++) {
            if (results[i] === undefined) {
                settle(i, { ok: false, file: paths[i], message: "internal error: the parse of this file was abandoned" });
            }
        }
    }
    return results;
}
/** Parses text already in memory (used for tfvars given on the command line and for tests). */
async function parseHclText(file, text, options = {}) {
    (0, hcl2json_call_1.planCompile)(1);
    pendingCount++;
    let result;
    try {
        const bytes = Buffer.byteLength(text, "utf8");
        const source = (0, read_source_1.checkText)(file, text, bytes, options);
        if ("ok" in source) {
            result = source;
        }
        else {
            result = parsedFast(source, fastPathOn(options));
            if (result === undefined) {
                await parseSources([{ index: 0, source }], options, (_, r) => {
                    result = r;
                });
            }
        }
    }
    finally {
        pendingCount--;
    }
    return result ?? { ok: false, file, message: "internal error: the parse of this text was abandoned" };
}
/** Stops worker threads so the process can exit. Files still queued fail with a message saying so. */
async function shutdownParsers() {
    await parser_pool_1.pool.shutdown();
}
async function parseSources(items, options, settle) {
    if (items.length === 0)
        return;
    const maxWorkers = workerCount(items, options);
    let rest = items;
    if (maxWorkers === 0 && !in_process_parser_1.inProcess.broken) {
        rest = [];
        for (let k = 0; k < items.length; k++) {
            const { index, source } = items[k];
            const outcome = await in_process_parser_1.inProcess.parse(source, timeoutOf(source, options));
            settle(index, outcome.result);
            if (outcome.broken) {
                rest = items.slice(k + 1);
                break;
            }
        }
    }
    if (rest.length === 0)
        return;
    const workers = Math.max(1, maxWorkers === 0 ? 1 : maxWorkers);
    await Promise.all(rest.map(({ index, source }) => parser_pool_1.pool.parse(source, timeoutOf(source, options), workers).then((r) => settle(index, r))));
}
function timeoutOf(source, options) {
    return options.timeoutMs ?? defaultTimeoutMs(source.bytes);
}
/** 0 means in-process. */
function workerCount(items, options) {
    const requested = options.workers ?? "auto";
    const cores = (0, os_1.availableParallelism)();
    if (requested !== "auto")
        return Math.max(0, Math.floor(requested));
    const bytes = items.reduce((sum, item) => sum + item.source.bytes, 0);
    if (items.length < exports.WORKERS_PAY_FROM_FILES && bytes < exports.WORKERS_PAY_FROM_BYTES)
        return 0;
    return Math.min(cores, items.length);
}
/** Calls `fn` on each item in order, yielding to the event loop (worker messages, timers) every READ_SLICE_MS. */
async function forEachYielding(items, fn) {
    let sliceStart = performance.now();
    for (let index = 0; index < items.length; index++) {
        fn(items[index], index);
        if (performance.now() - sliceStart >= READ_SLICE_MS) {
            await new Promise((resolve) => setImmediate(resolve));
            sliceStart = performance.now();
        }
    }
}
