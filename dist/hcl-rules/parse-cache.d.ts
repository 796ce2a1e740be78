export declare class ParseCache {
    private readonly moatVersion;
    private readonly parserVersion;
    private readonly dir;
    private readonly writes;
    /** `dir`: the cache directory (created when first written); the versions entries must carry. */
    constructor(dir: string, moatVersion: string, parserVersion: string);
    static key(text: string): string;
    private path;
    /**
     * The JSON cached for the text with this key, or undefined on a miss (including any entry that is not sound).
     * Synchronous, like reading the sources (read-source.ts): far cheaper than the thread pool for small files.
     */
    get(key: string): Record<string, unknown> | undefined;
    private isEntry;
    /** Writes an entry in the background; `flush` waits for every write started. */
    put(key: string, json: Record<string, unknown>): void;
    flush(): Promise<void>;
    private write;
}
/**
 * The default cache directory, from the environment given: `$XDG_CACHE_HOME/moat` or `~/.cache/moat` (Linux and other
 * Unix), `~/Library/Caches/moat` (macOS), `%LOCALAPPDATA%\moat\Cache` (Windows). Undefined when the environment names
 * no home: then no cache is used.
 */
export declare function defaultCacheDir(env: Readonly<Record<string, string | undefined>>, platform?: NodeJS.Platform): string | undefined;
