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
import { promises as fsPromises, readFileSync } from "fs";
import { dirname, join } from "path";
import { setFlagsFromString } from "v8";
import { gunzip } from "zlib";

/** What moat calls of a parser: hcl2json's `parse`. Tests stand in for it with modules that export the same. */
export interface Hcl2Json {
  parse(file: string, text: string): Promise<Record<string, unknown>>;
}

/** Longest parser error text kept: binary input makes multi-megabyte diagnostics, and only the first is shown. */
export const ERROR_TEXT_LIMIT = 4000;

/** The file name of the empty parse that starts the WASM runtime before the first real file. */
export const WARM_UP_FILE = "moat-warm-up.tf";

export function hcl2jsonPath(): string {
  return require.resolve("@cdktn/hcl2json");
}

/** hcl2json's package directory (its `main` is `build/index.js`). */
function packageDir(): string {
  return join(dirname(hcl2jsonPath()), "..");
}

let version: string | undefined;

/** hcl2json's version: part of the parse cache's key, since another parser may give other JSON. */
export function parserVersion(): string {
  version ??= String((JSON.parse(readFileSync(join(packageDir(), "package.json"), "utf8")) as { version?: unknown }).version);
  return version;
}

/** A compiled `WebAssembly.Module` of hcl2json's WASM: it can go to a worker in `workerData` or a message. */
export interface CompiledParser {
  readonly [compiledBrand]: true;
}
declare const compiledBrand: unique symbol;

/** The part of the WebAssembly API used here (Node has it; @types/node for Node 20 does not declare it). */
declare const WebAssembly: {
  compile(bytes: Uint8Array): Promise<CompiledParser>;
  instantiate(module: CompiledParser, imports: GoRuntime["importObject"]): Promise<unknown>;
};

let compiled: Promise<CompiledParser> | undefined;

/**
 * From how many files TurboFan pays for the parser. V8 runs WASM on Liftoff, its baseline compiler, and compiles hot
 * functions again with TurboFan in background threads. For hcl2json that recompilation costs ~1.5 s of CPU (all the
 * threads of a cold parse of the 1,922-file bench corpus on Node 20: 3.5 s with it, 2.8 s on Liftoff alone), which a
 * 2-core machine pays while the parser workers want both cores; TurboFan code then parses ~1.6× faster (1.25 s
 * against 2.05 s of CPU for each further pass over the corpus), so it pays back from about twice the corpus.
 */
export const TURBOFAN_PAYS_FROM_FILES = 4000;

let tieringBySize = false;
let tieringPlanned = false;

/**
 * Lets moat choose how V8 compiles the parser (`planCompile`). Only for a process moat owns (`moat scan`): the
 * choice is a V8 flag of the whole process, so a host that uses moat as a library keeps its own.
 */
export function chooseParserTiering(): void {
  tieringBySize = true;
}

/**
 * Called with the number of files a scan names before it parses any: after `chooseParserTiering`, fewer than
 * TURBOFAN_PAYS_FROM_FILES keep the parser on Liftoff (`--liftoff-only`). Decided once, before the one compilation
 * of the process; Liftoff code gives the same results, only its speed differs.
 */
export function planCompile(files: number): void {
  if (!tieringBySize || tieringPlanned || compiled !== undefined) return;
  tieringPlanned = true;
  if (files < TURBOFAN_PAYS_FROM_FILES) setFlagsFromString("--liftoff-only");
}

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
export function compileParser(store?: WasmStore): Promise<CompiledParser> {
  compiled ??= (async () => {
    const gz = await fsPromises.readFile(join(packageDir(), "main.wasm.gz"));
    const kept = await store?.read(gz).catch(() => undefined);
    if (kept !== undefined) {
      try {
        return await WebAssembly.compile(kept);
      } catch {
        // Not a module after all: gunzip the package's own.
      }
    }
    const bytes = await new Promise<Buffer>((resolve, reject) => gunzip(gz, (error, out) => (error ? reject(error) : resolve(out))));
    const module = await WebAssembly.compile(bytes);
    store?.keep(gz, bytes);
    return module;
  })();
  compiled.catch(() => {
    compiled = undefined;
  });
  return compiled;
}

/** What moat touches of the `Go` class that hcl2json's copy of Go's `wasm_exec.js` defines. */
interface GoRuntime {
  importObject: { gojs?: Record<string, unknown> };
  _scheduledTimeouts?: Map<number, NodeJS.Timeout>;
  run(instance: unknown): Promise<void>;
}

type GoFunction = (...args: unknown[]) => unknown;

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
export async function startParser(module: CompiledParser, unrefTimers: boolean): Promise<Hcl2Json> {
  require(join(packageDir(), "wasm", "bridge_wasm_exec.js"));
  const scope = globalThis as unknown as { Go: new () => GoRuntime; __parse_terraform_config_wasm__?: Record<string, unknown> };
  const go = new scope.Go();
  if (unrefTimers) unrefWakeUps(go);
  const instance = await WebAssembly.instantiate(module, go.importObject);
  const root: Record<string, unknown> = {};
  scope.__parse_terraform_config_wasm__ = root;
  void go.run(instance);
  const call = (name: string, args: unknown[]): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      const fn = root[name];
      if (typeof fn !== "function") throw new Error(`There is nothing defined with the name "${name}"`);
      (fn as GoFunction)(...args, (error: string | null, out: string) => (error ? reject(new Error(error)) : resolve(out)));
    });
  return {
    parse: async (file, text) => JSON.parse(await call("parse", [file, text])) as Record<string, unknown>,
  };
}

function unrefWakeUps(go: GoRuntime): void {
  const imports = go.importObject.gojs;
  const schedule = imports?.["runtime.scheduleTimeoutEvent"];
  const timeouts = go._scheduledTimeouts;
  if (imports === undefined || typeof schedule !== "function" || !(timeouts instanceof Map)) return;
  const scheduleTimeout = schedule as (sp: number) => void;
  imports["runtime.scheduleTimeoutEvent"] = (sp: number): void => {
    scheduleTimeout(sp);
    for (const timeout of timeouts.values()) timeout.unref();
  };
}

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
