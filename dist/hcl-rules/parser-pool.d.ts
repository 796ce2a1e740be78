import { type ParseResult, type SourceText } from "./parse-result";
/** How long a worker may take to load the WASM parser before it counts as a failed start. */
export declare const WORKER_START_TIMEOUT_MS = 30000;
/**
 * Worker threads, one WASM parser each, parsing one file at a time. Kept between calls (starting one costs
 * ~250 ms) and unref'd while idle, so they never keep the process alive by themselves.
 *
 * Exported for tests, which give it a stand-in parser module to make a worker hang, die or exit on cue; everything
 * else goes through `parseHclFiles` and `parseHclText`, which share one pool.
 */
export declare class ParserPool {
    private readonly parserModule?;
    /**
     * Without `parserModule`, workers run hcl2json on the WASM module compiled once for the process. With it (tests),
     * they `require` the module it names, which must export hcl2json's `parse`.
     */
    constructor(parserModule?: (() => string) | undefined);
    private readonly workers;
    private readonly queue;
    private nextJobId;
    private failedStartsInARow;
    private startError;
    parse(source: SourceText, timeoutMs: number, maxWorkers: number): Promise<ParseResult>;
    shutdown(): Promise<void>;
    private pump;
    private spawn;
    private startThread;
    private onMessage;
    /** Hands `job` to `w`; `pump` posts it. */
    private send;
    private startClock;
    private finish;
    /**
     * Stops a worker. Its running job fails with `failure`; jobs queued behind it go back to the front of the queue
     * (they did nothing wrong). `requeue-all` puts the running job back too; `fail-all` fails every job with `failure`.
     */
    private retire;
    private startFailed;
    private startFailure;
}
/** The pool `parseHclFiles` and `parseHclText` share. */
export declare const pool: ParserPool;
