import type { WasmStore } from "./hcl2json-call";
/** Entries of this version not used for this many days are removed by `prune`. */
export declare const PRUNE_AFTER_DAYS = 30;
/** Entries of other moat or parser versions not used for this many days are removed by `prune`. */
export declare const PRUNE_OTHER_VERSIONS_AFTER_DAYS = 7;
export declare class ParseCache {
    private readonly moatVersion;
    private readonly parserVersion;
    /** `parse-<format>`: one directory per moat and parser version below it. */
    private readonly formatDir;
    private readonly versionName;
    private readonly dir;
    private readonly writes;
    /** The `<sha256[0..2]>` directories made (or found) by this cache's writes: each is made once, not once a file. */
    private readonly madeDirs;
    /** `dir`: the cache directory (created when first written); the versions entries must carry. */
    constructor(dir: string, moatVersion: string, parserVersion: string);
    /** The parser's gunzipped WASM, kept between scans (hcl2json-call.ts, `compileParser`). */
    readonly wasm: WasmStore;
    private wasmDir;
    static key(text: string): string;
    private path;
    /**
     * The JSON cached for the text with this key, or undefined on a miss (including any entry that is not sound).
     * Synchronous, like reading the sources (read-source.ts): far cheaper than the thread pool for small files.
     */
    get(key: string, now?: number): Record<string, unknown> | undefined;
    private isEntry;
    /** Writes an entry in the background; `flush` waits for every write started. */
    put(key: string, json: Record<string, unknown>): void;
    flush(): Promise<void>;
    private track;
    private write;
    /** Makes a directory once per cache object; a failure is not kept (pruning may remove it meanwhile: try again). */
    private makeDir;
    /**
     * Removes entries not used for a while (see the top of this file), at most once a day: a scan that finds the
     * marker younger than a day does nothing. Never throws; whatever cannot be removed stays.
     */
    prune(now?: number): Promise<void>;
}
/**
 * The default cache directory, from the environment given: `$XDG_CACHE_HOME/moat` or `~/.cache/moat` (Linux and other
 * Unix), `~/Library/Caches/moat` (macOS), `%LOCALAPPDATA%\moat\Cache` (Windows). Undefined when the environment names
 * no home: then no cache is used.
 */
export declare function defaultCacheDir(env: Readonly<Record<string, string | undefined>>, platform?: NodeJS.Platform): string | undefined;
