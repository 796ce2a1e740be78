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
 * hcl2json's WASM, compiled once per process (the read, the gunzip and most of the compilation run off the main
 * thread). A failure is not kept: the next call tries again.
 */
export declare function compileParser(): Promise<CompiledParser>;
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
