"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TURBOFAN_PAYS_FROM_FILES = exports.WARM_UP_FILE = exports.ERROR_TEXT_LIMIT = void 0;
exports.hcl2jsonPath = hcl2jsonPath;
exports.parserVersion = parserVersion;
exports.chooseParserTiering = chooseParserTiering;
exports.planCompile = planCompile;
exports.compileParser = compileParser;
exports.startParser = startParser;
exports.parseOnce = parseOnce;
/**
 * The one module that knows how `@cdktn/hcl2json` is built: both the parser in the main thread
 * (in-process-parser.ts) and a parser worker (parse-worker.ts) start the parser and call it through here. It imports
 * nothing of moat's, so the worker can load it.
 *
 * hcl2json is Go compiled to WASM: its `build/bridge.js` reads and gunzips `main.wasm.gz` (~7 MB) and compiles it
 * when it is first required, in every thread that requires it. moat starts the same Go program itself instead:
 * `compileParser` reads and compiles the WASM once per process, the compiled `WebAssembly.Module` goes to each worker
 * (V8 shares compiled and tiered-up code between the threads of one process), and `startParser` runs the program
 * the way hcl2json's bridge does (its `wasm/bridge_wasm_exec.js` defines the `Go` class; the Go program registers its
 * functions on `globalThis.__parse_terraform_config_wasm__`) and calls `parse` as hcl2json's `parse()` does.
 */
const fs_1 = require("fs");
const path_1 = require("path");
const v8_1 = require("v8");
const zlib_1 = require("zlib");
/** Longest parser error text kept: binary input makes multi-megabyte diagnostics, and only the first is shown. */
exports.ERROR_TEXT_LIMIT = 4000;
/** The file name of the empty parse that starts the WASM runtime before the first real file. */
exports.WARM_UP_FILE = "moat-warm-up.tf";
function hcl2jsonPath() {
    return require.resolve("@cdktn/hcl2json");
}
/** hcl2json's package directory (its `main` is `build/index.js`). */
function packageDir() {
    return (0, path_1.join)((0, path_1.dirname)(hcl2jsonPath()), "..");
}
let version;
/** hcl2json's version: part of the parse cache's key, since another parser may give other JSON. */
function parserVersion() {
    version ??= String(JSON.parse((0, fs_1.readFileSync)((0, path_1.join)(packageDir(), "package.json"), "utf8")).version);
    return version;
}
let compiled;
/**
 * From how many files TurboFan pays for the parser. V8 runs WASM on Liftoff, its baseline compiler, and compiles hot
 * functions again with TurboFan in background threads. For hcl2json that recompilation costs ~1.5 s of CPU (all the
 * threads of a cold parse of the 1,922-file bench corpus on Node 20: 3.5 s with it, 2.8 s on Liftoff alone), which a
 * 2-core machine pays while the parser workers want both cores; TurboFan code then parses ~1.6× faster (1.25 s
 * against 2.05 s of CPU for each further pass over the corpus), so it pays back from about twice the corpus.
 */
exports.TURBOFAN_PAYS_FROM_FILES = 4000;
let tieringBySize = false;
let tieringPlanned = false;
/**
 * Lets moat choose how V8 compiles the parser (`planCompile`). Only for a process moat owns (`moat scan`): the
 * choice is a V8 flag of the whole process, so a host that uses moat as a library keeps its own.
 */
function chooseParserTiering() {
    tieringBySize = true;
}
/**
 * Called with the number of files a scan names before it parses any: after `chooseParserTiering`, fewer than
 * TURBOFAN_PAYS_FROM_FILES keep the parser on Liftoff (`--liftoff-only`). Decided once, before the one compilation
 * of the process; Liftoff code gives the same results, only its speed differs.
 */
function planCompile(files) {
    if (!tieringBySize || tieringPlanned || compiled !== undefined)
        return;
    tieringPlanned = true;
    if (files < exports.TURBOFAN_PAYS_FROM_FILES)
        (0, v8_1.setFlagsFromString)("--liftoff-only");
}
/**
 * hcl2json's WASM, compiled once per process (the read, the gunzip and most of the compilation run off the main
 * thread). With a `store`, the gunzipped bytes an earlier process kept are used instead of gunzipping again (~7 MB:
 * gunzip and its buffers cost more than reading them), and kept when there were none. Only the first call's `store`
 * counts. A failure is not kept: the next call tries again.
 */
function compileParser(store) {
    compiled ??= (async () => {
        const gz = await fs_1.promises.readFile((0, path_1.join)(packageDir(), "main.wasm.gz"));
        const kept = await store?.read(gz).catch(() => undefined);
        if (kept !== undefined) {
            try {
                return await WebAssembly.compile(kept);
            }
            catch {
                // Not a module after all: gunzip the package's own.
            }
        }
        const bytes = await new Promise((resolve, reject) => (0, zlib_1.gunzip)(gz, (error, out) => (error ? reject(error) : resolve(out))));
        const module = await WebAssembly.compile(bytes);
        store?.keep(gz, bytes);
        return module;
    })();
    compiled.catch(() => {
        compiled = undefined;
    });
    return compiled;
}
/**
 * Starts hcl2json's Go program on `module` in this thread, as hcl2json's bridge does, and gives its `parse`.
 *
 * `unrefTimers` (the main thread): the Go program never exits. Whenever Go's scheduler goes idle with a Go timer
 * pending (after a garbage collection it plans work a second or more ahead), `wasm_exec.js` asks Node for a
 * wake-up: its `runtime.scheduleTimeoutEvent` import calls `setTimeout`. Such a timer kept `moat scan` alive for up
 * to ~4 s after its report. Nothing moat waits for needs these wake-ups (a parse runs synchronously inside
 * `parse()`), so every wake-up is unref'd as it is created: it still fires while the process has other work, the
 * Go runtime stays sound for the next parse, and it never keeps the process alive by itself.
 */
async function startParser(module, unrefTimers) {
    require((0, path_1.join)(packageDir(), "wasm", "bridge_wasm_exec.js"));
    const scope = globalThis;
    const go = new scope.Go();
    if (unrefTimers)
        unrefWakeUps(go);
    const instance = await WebAssembly.instantiate(module, go.importObject);
    const root = {};
    scope.__parse_terraform_config_wasm__ = root;
    void go.run(instance);
    const call = (name, args) => new Promise((resolve, reject) => {
        const fn = root[name];
        if (typeof fn !== "function")
            throw new Error(`There is nothing defined with the name "${name}"`);
        fn(...args, (error, out) => (error ? reject(new Error(error)) : resolve(out)));
    });
    return {
        parse: async (file, text) => JSON.parse(await call("parse", [file, text])),
    };
}
function unrefWakeUps(go) {
    const imports = go.importObject.gojs;
    const schedule = imports?.["runtime.scheduleTimeoutEvent"];
    const timeouts = go._scheduledTimeouts;
    if (imports === undefined || typeof schedule !== "function" || !(timeouts instanceof Map))
        return;
    const scheduleTimeout = schedule;
    imports["runtime.scheduleTimeoutEvent"] = (sp) => {
        scheduleTimeout(sp);
        for (const timeout of timeouts.values())
            timeout.unref();
    };
}
/**
 * Parses one text. hcl2json runs the whole parse synchronously inside parse() once it is ready, so its promise
 * settles within microtasks: still pending after a macrotask means the Go runtime died mid-parse and will never
 * answer.
 */
async function parseOnce(hcl, file, text) {
    let outcome = { settled: false };
    hcl.parse(file, text).then((json) => {
        outcome = { settled: true, json };
    }, (failure) => {
        outcome = { settled: true, failure };
    });
    await new Promise((resolve) => setImmediate(resolve));
    return outcome;
}
