/**
 * The parser in this thread: hcl2json loaded in the main thread, for small batches, where starting a worker would
 * cost more than the parse. It cannot be interrupted, so the first failure that is not an ordinary syntax error
 * retires it for good and the file goes to a worker. The Go runtime inside it is kept from holding the process
 * open (its wake-up timers are unref'd) and from printing on the terminal. It runs on the WASM module compiled once
 * for the process (hcl2json-call.ts), the one the workers get.
 */
import { ERROR_TEXT_LIMIT, type Hcl2Json, WARM_UP_FILE, compileParser, parseOnce, startParser } from "./hcl2json-call";
import { type ParseResult, type SourceText, syntaxFailure } from "./parse-result";
import { WORKER_START_TIMEOUT_MS, pool } from "./parser-pool";

/**
 * The parser in this thread. Loaded on first use (loading starts the WASM runtime). It cannot be interrupted, so
 * it only gets small batches, and the first failure that is not an ordinary syntax error retires it for good: that
 * file and the rest of the batch (and of later batches) go to a worker.
 */
export const inProcess = {
  broken: false,
  ready: undefined as Promise<Hcl2Json | undefined> | undefined,

  load(): Promise<Hcl2Json | undefined> {
    this.ready ??= (async () => {
      try {
        // The Go runtime's wake-up timers are unref'd (see startParser): this thread's runtime never holds the process.
        const hcl = await withTimeout(startParser(await compileParser(), true), WORKER_START_TIMEOUT_MS);
        await withTimeout(hcl.parse(WARM_UP_FILE, ""), WORKER_START_TIMEOUT_MS);
        captureGoRuntimeOutput();
        return hcl;
      } catch {
        return undefined;
      }
    })();
    return this.ready;
  },

  async parse(source: SourceText, timeoutMs: number): Promise<{ result: ParseResult; broken: boolean }> {
    const hcl = await this.load();
    if (hcl === undefined || this.broken) {
      this.broken = true;
      return { result: await pool.parse(source, timeoutMs, 1), broken: true };
    }
    const outcome = await parseOnce(hcl, source.file, source.text);
    if (outcome.settled && outcome.failure === undefined) {
      return { result: { ok: true, file: source.file, text: source.text, json: outcome.json ?? {}, bytes: source.bytes }, broken: false };
    }
    const failure = outcome.settled ? outcome.failure : undefined;
    const message = failure instanceof Error ? failure.message : String(failure);
    if (outcome.settled && message.startsWith("parse config:")) {
      const capped = message.slice(0, ERROR_TEXT_LIMIT);
      return { result: syntaxFailure(source.file, capped, capped.length < message.length), broken: false };
    }
    // Anything else (a stack overflow, a dead Go runtime, no answer at all) leaves this runtime unsound. The file
    // gets a second chance in a worker, which has a bigger stack, its own memory and a timeout: whatever happens
    // there is what happens in worker mode, so both modes give the same answer.
    this.broken = true;
    return { result: await pool.parse(source, timeoutMs, 1), broken: true };
  },
};

/**
 * The Go runtime writes fatal errors (tens of KB of stack dump) with `globalThis.fs.writeSync(2, …)`, through the
 * `globalThis.fs` that hcl2json installs. Swap that global for one that drops such output instead of printing it on
 * the user's terminal (the file is retried in a worker, whose report says what happened); everything else still
 * goes to the real `fs`.
 */
function captureGoRuntimeOutput(): void {
  const scope = globalThis as { fs?: typeof import("fs") };
  const realFs = scope.fs;
  if (realFs === undefined || typeof realFs.writeSync !== "function") return;
  const writeSync = (fd: number, data: unknown, ...rest: unknown[]): number => {
    if ((fd === 1 || fd === 2) && data instanceof Uint8Array) return data.byteLength;
    return (realFs.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
  };
  scope.fs = Object.create(realFs, { writeSync: { value: writeSync } }) as typeof import("fs");
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
