/**
 * One call of hcl2json's `parse()`, as both the parser in the main thread (in-process-parser.ts) and a parser worker
 * (parse-worker.ts) make it. It imports nothing of moat's, so the worker can load it.
 */

export type Hcl2Json = typeof import("@cdktn/hcl2json");

/** Longest parser error text kept: binary input makes multi-megabyte diagnostics, and only the first is shown. */
export const ERROR_TEXT_LIMIT = 4000;

/** The file name of the empty parse that starts the WASM runtime before the first real file. */
export const WARM_UP_FILE = "moat-warm-up.tf";

/** What one parse gave: JSON, a failure, or no answer at all (the Go runtime died mid-parse). */
export type ParseOutcome =
  | { settled: true; json: Record<string, unknown> | undefined; failure?: undefined }
  | { settled: true; json?: undefined; failure: unknown }
  | { settled: false };

/**
 * Parses one text. hcl2json runs the whole parse synchronously inside parse() once it is ready, so its promise
 * settles within microtasks: still pending after a macrotask means the Go runtime died mid-parse and will never
 * answer.
 */
export async function parseOnce(hcl: Hcl2Json, file: string, text: string): Promise<ParseOutcome> {
  let outcome: ParseOutcome = { settled: false };
  hcl.parse(file, text).then(
    (json) => {
      outcome = { settled: true, json };
    },
    (failure: unknown) => {
      outcome = { settled: true, failure };
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return outcome;
}
