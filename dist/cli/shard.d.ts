import { type ReportShard } from "./report";
export interface Shard {
    /** 1-based. */
    index: number;
    total: number;
}
/** `K/N` as given to --shard; undefined when it is not one (the caller says how to write it). */
export declare function parseShard(text: string): Shard | undefined;
/** The shard (1-based) of a root module or plan, by its stable key (a `/`-separated relative path). */
export declare function shardOfKey(key: string, total: number): number;
/** What a shard scans: its plans, and which root modules it evaluates; and, once the scan ran, what it listed. */
export interface ShardSelection {
    settings: {
        plans: (plans: string[]) => string[];
        evaluates: (root: string) => boolean;
    };
    /** The shard's plans (absolute), once `settings.plans` ran. */
    plans: string[];
    /** Every plan of the whole scan, once `settings.plans` ran. */
    allPlans: string[];
}
/**
 * A path's key: relative to its repository (the directory holding `.git`), or to the working directory outside one,
 * with `/` separators.
 */
export declare function shardKey(path: string, cwd: string): string;
/**
 * One shard of the scan. Every shard reads and parses what one scan reads (so the root modules, and the errors about
 * files, variable files and module manifests, are exactly one scan's), then evaluates only the roots whose key is its
 * own; modules that its roots call are evaluated with them, as in one scan. Plans are split by their own keys.
 */
export declare function selectShard(shard: Shard, cwd: string): ShardSelection;
/** What a shard's report adds (report.ts, ReportShard), from what its scan read. */
export declare function shardReport(shard: Shard, selection: ShardSelection, read: {
    cwd: string;
    /** The root modules of the whole scan, and those this shard evaluated (absolute). */
    roots: {
        all: string[];
        evaluated: string[];
    };
    /** The SHA-256 of every Terraform file read, by absolute path. */
    digests: ReadonlyMap<string, string>;
    /** The Terraform files read (configuration and variable files, absolute) and the --var-file files (absolute). */
    sourceFiles: readonly string[];
    varFiles: readonly string[];
    /** The report's count of files read. */
    files: number;
    /** The rules that ran, `ID:level`. */
    rules: string[];
    /** The config file's text, or undefined for none. */
    configText: string | undefined;
    /** Paths and result-changing flags, as one string. */
    arguments: string;
    /** With --baseline: its distinct entries, and the fingerprints of this shard's findings it holds. */
    baseline?: {
        entries: number;
        matched: string[];
    };
}): ReportShard;
