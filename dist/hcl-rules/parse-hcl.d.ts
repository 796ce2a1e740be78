import { ParseCache } from "./parse-cache";
import type { ParseResult } from "./parse-result";
import { type SourceLimits } from "./read-source";
export type { ParseFailure, ParseResult, ParsedHcl } from "./parse-result";
export { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_NESTING } from "./read-source";
export { MAX_HEREDOC_LINES } from "./nesting-guard";
export { ParserPool } from "./parser-pool";
export { ParseCache, defaultCacheDir } from "./parse-cache";
export { TURBOFAN_PAYS_FROM_FILES, chooseParserTiering, parserVersion } from "./hcl2json-call";
export interface ParseOptions extends SourceLimits {
    /** Per-file parse budget in a worker. Default 10 s + 1 s per 100 KB. */
    timeoutMs?: number;
    /**
     * `"auto"` (default): worker threads when the batch is big enough to pay for them (see `WORKERS_PAY_FROM_*`).
     * A number n ≥ 1: at most n worker threads, whatever the batch. 0: parse in this thread (a misbehaving parser
     * still moves the rest of the batch to a worker).
     */
    workers?: number | "auto";
    /** Called after each file's result is known. */
    onProgress?: (done: number, total: number) => void;
    /** Where parsed files are looked up by their text's hash before parsing, and stored after (parse-cache.ts). */
    cache?: ParseCache;
    /**
     * Whether the JavaScript fast path (fast-hcl.ts) answers the files it is certain about before hcl2json is asked.
     * Default true. Its answers are hcl2json's own JSON, so turning it off changes only the speed: it is for measuring
     * hcl2json, and a way out should the fast path ever be suspected of a difference (`MOAT_HCL_PARSER=hcl2json` in
     * `moat scan`'s environment).
     */
    fastPath?: boolean;
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
export declare const WORKERS_PAY_FROM_FILES = 512;
export declare const WORKERS_PAY_FROM_BYTES: number;
export declare function defaultTimeoutMs(bytes: number): number;
/** Number of parses started and not settled; the CLI checks it at exit (a pending parse must never exit 0). */
export declare function pendingParses(): number;
/**
 * Reads and parses each file (path). Never throws for bad input: every file yields exactly one result, in order.
 *
 * Reading overlaps parsing: files go to the parser workers as they are read, once the files still to parse (those
 * not in the cache) are enough to pay for workers; until then they wait, and if they never are, they parse in this
 * thread once all are read.
 */
export declare function parseHclFiles(paths: string[], options?: ParseOptions): Promise<ParseResult[]>;
/** Parses text already in memory (used for tfvars given on the command line and for tests). */
export declare function parseHclText(file: string, text: string, options?: ParseOptions): Promise<ParseResult>;
/** Stops worker threads so the process can exit. Files still queued fail with a message saying so. */
export declare function shutdownParsers(): Promise<void>;
