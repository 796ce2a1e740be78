/**
 * The parser in this thread: hcl2json loaded in the main thread, for small batches, where starting a worker would
 * cost more than the parse. It cannot be interrupted, so the first failure that is not an ordinary syntax error
 * retires it for good and the file goes to a worker. The Go runtime inside it is kept from holding the process
 * open (its wake-up timers are unref'd) and from printing on the terminal. It runs on the WASM module compiled once
 * for the process (hcl2json-call.ts), the one the workers get.
 */
import { type Hcl2Json } from "./hcl2json-call";
import { type ParseResult, type SourceText } from "./parse-result";
/**
 * The parser in this thread. Loaded on first use (loading starts the WASM runtime). It cannot be interrupted, so
 * it only gets small batches, and the first failure that is not an ordinary syntax error retires it for good: that
 * file and the rest of the batch (and of later batches) go to a worker.
 */
export declare const inProcess: {
    broken: boolean;
    ready: Promise<Hcl2Json | undefined> | undefined;
    load(): Promise<Hcl2Json | undefined>;
    parse(source: SourceText, timeoutMs: number): Promise<{
        result: ParseResult;
        broken: boolean;
    }>;
};
