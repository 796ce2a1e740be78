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
import { availableParallelism } from "os";
import { fastParse } from "./fast-hcl";
import { compileParser, planCompile } from "./hcl2json-call";
import { inProcess } from "./in-process-parser";
import { ParseCache } from "./parse-cache";
import type { ParseResult, SourceText } from "./parse-result";
import { pool } from "./parser-pool";
import { type SourceLimits, checkText, readSource } from "./read-source";

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

function fastPathOn(options: ParseOptions): boolean {
  return options.fastPath ?? true;
}

/**
 * The fast path's answer for a file that passed every check, or undefined when hcl2json must parse it. Its answers
 * are never cached: parsing such a file again costs about what reading a cache entry does.
 */
function parsedFast(source: SourceText, on: boolean): ParseResult | undefined {
  if (!on) return undefined;
  const json = fastParse(source.text);
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
export const WORKERS_PAY_FROM_FILES = 512;
export const WORKERS_PAY_FROM_BYTES = 512 * 1024;

/** Reading files (synchronous, read-source.ts) gives way to other work this often, so that workers get files. */
const READ_SLICE_MS = 4;

export function defaultTimeoutMs(bytes: number): number {
  return 10_000 + Math.ceil(bytes / 100_000) * 1_000;
}

let pendingCount = 0;

/** Number of parses started and not settled; the CLI checks it at exit (a pending parse must never exit 0). */
export function pendingParses(): number {
  return pendingCount;
}

/**
 * Reads and parses each file (path). Never throws for bad input: every file yields exactly one result, in order.
 *
 * Reading overlaps parsing: files go to the parser workers as they are read, once the files still to parse (those
 * not in the cache) are enough to pay for workers; until then they wait, and if they never are, they parse in this
 * thread once all are read.
 */
export async function parseHclFiles(paths: string[], options: ParseOptions = {}): Promise<ParseResult[]> {
  const total = paths.length;
  planCompile(total);
  pendingCount += total;
  let settledCount = 0;
  const results = new Array<ParseResult>(total);
  const settle = (index: number, result: ParseResult): void => {
    results[index] = result;
    settledCount++;
    pendingCount--;
    options.onProgress?.(settledCount, total);
  };
  try {
    const cache = options.cache;
    const keys = new Map<number, string>();
    // What the parser gave goes into the cache; a failure is not cached, so it is always the parser's own.
    const settleParsed: Settle = (index, result) => {
      const key = keys.get(index);
      if (cache === undefined || key === undefined || !result.ok) return settle(index, result);
      cache.put(key, result.json);
      settle(index, { ...result, sha256: key });
    };
    const waiting: IndexedSource[] = [];
    const toWorkers: Promise<void>[] = [];
    let waitingBytes = 0;
    const auto = (options.workers ?? "auto") === "auto";
    let workers = auto ? 0 : Math.max(0, Math.floor(options.workers as number));
    const fast = fastPathOn(options);
    // Without a cache or the fast path, every file named is likely to need hcl2json: start the workers while the
    // files are read. Otherwise they start once the files that do need it are enough to pay for them (below).
    if (auto && cache === undefined && !fast && paths.length >= WORKERS_PAY_FROM_FILES) workers = Math.min(availableParallelism(), paths.length);
    const dispatch = (item: IndexedSource) => {
      toWorkers.push(pool.parse(item.source, timeoutOf(item.source, options), workers).then((r) => settleParsed(item.index, r)));
    };
    await forEachYielding(paths, (path, index) => {
      const source = readSource(path, options);
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
        const key = ParseCache.key(source.text);
        const json = cache.get(key);
        if (json !== undefined) {
          settle(index, { ok: true, file: source.file, text: source.text, json, bytes: source.bytes, sha256: key });
          return;
        }
        keys.set(index, key);
      }
      // A file to parse: start compiling the parser now, while the rest is read.
      void compileParser(cache?.wasm).catch(() => undefined);
      const item = { index, source };
      if (workers > 0) {
        dispatch(item);
        return;
      }
      waiting.push(item);
      waitingBytes += source.bytes;
      if (auto && (waiting.length >= WORKERS_PAY_FROM_FILES || waitingBytes >= WORKERS_PAY_FROM_BYTES)) {
        workers = Math.min(availableParallelism(), paths.length);
        for (const w of waiting.splice(0)) dispatch(w);
      }
    });
    await parseSources(waiting, options, settleParsed);
    await Promise.all(toWorkers);
    await cache?.flush();
  } finally {
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
export async function parseHclText(file: string, text: string, options: ParseOptions = {}): Promise<ParseResult> {
  planCompile(1);
  pendingCount++;
  let result: ParseResult | undefined;
  try {
    const bytes = Buffer.byteLength(text, "utf8");
    const source = checkText(file, text, bytes, options);
    if ("ok" in source) {
      result = source;
    } else {
      result = parsedFast(source, fastPathOn(options));
      if (result === undefined) {
        await parseSources([{ index: 0, source }], options, (_, r) => {
          result = r;
        });
      }
    }
  } finally {
    pendingCount--;
  }
  return result ?? { ok: false, file, message: "internal error: the parse of this text was abandoned" };
}

/** Stops worker threads so the process can exit. Files still queued fail with a message saying so. */
export async function shutdownParsers(): Promise<void> {
  await pool.shutdown();
}

// ---------------------------------------------------------------------------------------------------------------
// Dispatch: in-process or worker threads

interface IndexedSource {
  index: number;
  source: SourceText;
}

type Settle = (index: number, result: ParseResult) => void;

async function parseSources(items: IndexedSource[], options: ParseOptions, settle: Settle): Promise<void> {
  if (items.length === 0) return;
  const maxWorkers = workerCount(items, options);
  let rest = items;
  if (maxWorkers === 0 && !inProcess.broken) {
    rest = [];
    for (let k = 0; k < items.length; k++) {
      const { index, source } = items[k];
      const outcome = await inProcess.parse(source, timeoutOf(source, options));
      settle(index, outcome.result);
      if (outcome.broken) {
        rest = items.slice(k + 1);
        break;
      }
    }
  }
  if (rest.length === 0) return;
  const workers = Math.max(1, maxWorkers === 0 ? 1 : maxWorkers);
  await Promise.all(
    rest.map(({ index, source }) =>
      pool.parse(source, timeoutOf(source, options), workers).then((r) => settle(index, r)),
    ),
  );
}

function timeoutOf(source: SourceText, options: ParseOptions): number {
  return options.timeoutMs ?? defaultTimeoutMs(source.bytes);
}

/** 0 means in-process. */
function workerCount(items: IndexedSource[], options: ParseOptions): number {
  const requested = options.workers ?? "auto";
  const cores = availableParallelism();
  if (requested !== "auto") return Math.max(0, Math.floor(requested));
  const bytes = items.reduce((sum, item) => sum + item.source.bytes, 0);
  if (items.length < WORKERS_PAY_FROM_FILES && bytes < WORKERS_PAY_FROM_BYTES) return 0;
  return Math.min(cores, items.length);
}

/** Calls `fn` on each item in order, yielding to the event loop (worker messages, timers) every READ_SLICE_MS. */
async function forEachYielding<T>(items: T[], fn: (item: T, index: number) => void): Promise<void> {
  let sliceStart = performance.now();
  for (let index = 0; index < items.length; index++) {
    fn(items[index], index);
    if (performance.now() - sliceStart >= READ_SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
