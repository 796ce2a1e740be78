/** What moat calls of a parser: hcl2json's `parse`. Tests stand in for it with modules that export the same. */
export interface Hcl2Json {
    parse(file: string, text: string): Promise<Record<string, unknown>>;
}
/** Longest parser error text kept: binary input makes multi-megabyte diagnostics, and only the first is shown. */
export declare const ERROR_TEXT_LIMIT = 4000;
/** The file name of the empty parse that starts the WASM runtime before the first real file. */
export declare const WARM_UP_FILE = "moat-warm-up.tf";
export declare function hcl2jsonPath(): string;
/** hcl2json's version: part of the parse cache's key, since another parser may give other JSON. */
export declare function parserVersion(): string;
/** A compiled `WebAssembly.Module` of hcl2json's WASM: it can go to a worker in `workerData` or a message. */
export interface CompiledParser {
    readonly [compiledBrand]: true;
}
declare const compiledBrand: unique symbol;
/**
 * From how many files TurboFan pays for the parser. V8 runs WASM on Liftoff, its baseline compiler, and compiles hot
 * functions again with TurboFan in background threads. For hcl2json that recompilation costs ~1.5 s of CPU (all the
 * threads of a cold parse of the 1,922-file bench corpus on Node 20: 3.5 s with it, 2.8 s on Liftoff alone), which a
 * 2-core machine pays while the parser workers want both cores; TurboFan code then parses ~1.6× faster (1.25 s
 * against 2.05 s of CPU for each further pass over the corpus), so it pays back from about twice the corpus.
 */
export declare const TURBOFAN_PAYS_FROM_FILES = 4000;
/**
 * Lets moat choose how V8 compiles the parser (`planCompile`). Only for a process moat owns (`moat scan`): the
 * choice is a V8 flag of the whole process, so a host that uses moat as a library keeps its own.
 */
export declare function chooseParserTiering(): void;
/**
 * Called with the number of files a scan names before it parses any: after `chooseParserTiering`, fewer than
 * TURBOFAN_PAYS_FROM_FILES keep the parser on Liftoff (`--liftoff-only`). Decided once, before the one compilation
 * of the process; Liftoff code gives the same results, only its speed differs.
 */
export declare function planCompile(files: number): void;
/**
 * Where the gunzipped WASM may be kept between processes (the parse cache, parse-cache.ts): `read` gives the bytes
 * kept for this `main.wasm.gz`, or undefined when there are none or they are not sound; `keep` stores them.
 */
export interface WasmStore {
    read(gz: Buffer): Promise<Uint8Array | undefined>;
    keep(gz: Buffer, bytes: Uint8Array): void;
}
/**
 * hcl2json's WASM, compiled once per process (the read, the gunzip and most of the compilation run off the main
 * thread). With a `store`, the gunzipped bytes an earlier process kept are used instead of gunzipping again (~7 MB:
 * gunzip and its buffers cost more than reading them), and kept when there were none. Only the first call's `store`
 * counts. A failure is not kept: the next call tries again.
 */
export declare function compileParser(store?: WasmStore): Promise<CompiledParser>;
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
export declare function startParser(module: CompiledParser, unrefTimers: boolean): Promise<Hcl2Json>;
/** What one parse gave: JSON, a failure, or no answer at all (the Go runtime died mid-parse). */
export type ParseOutcome = {
    settled: true;
    json: Record<string, unknown> | undefined;
    failure?: undefined;
} | {
    settled: true;
    json?: undefined;
    failure: unknown;
} | {
    settled: false;
};
/**
 * Parses one text. hcl2json runs the whole parse synchronously inside parse() once it is ready, so its promise
 * settles within microtasks: still pending after a macrotask means the Go runtime died mid-parse and will never
 * answer.
 */
export declare function parseOnce(hcl: Hcl2Json, file: string, text: string): Promise<ParseOutcome>;
export {};
