import { type HclFile } from "../hcl-rules/module-def";
import type { ScanInputs } from "./inputs";
import { type ReportError, type ReportShard } from "./report";
export interface Shard {
    /** 1-based. */
    index: number;
    total: number;
}
/** `K/N` as given to --shard; undefined when it is not one (the caller says how to write it). */
export declare function parseShard(text: string): Shard | undefined;
/** The shard (1-based) of a root module or plan, by its stable key (a `/`-separated relative path). */
export declare function shardOfKey(key: string, total: number): number;
/** What a shard scans: the inputs narrowed to its roots and plans, and those (absolute) for its report. */
export interface ShardSelection {
    inputs: ScanInputs;
    roots: string[];
    plans: string[];
    /** Every root module and plan of the whole scan, each by its key, sorted: all shards of one tree list the same. */
    allRoots: string[];
}
/**
 * A path's key: relative to its repository (the directory holding `.git`), or to the working directory outside one,
 * with `/` separators.
 */
export declare function shardKey(path: string, cwd: string): string;
/**
 * Narrows the inputs (after the excludes took their part) to one shard: the module directories of its root modules
 * and its plan files. Modules that its roots call are not listed here: the source door follows the calls, as it does
 * in one scan. Problems and notices about the inputs stay in every shard (merge lists each once).
 */
export declare function selectShard(inputs: ScanInputs, shard: Shard, cwd: string): ShardSelection;
/**
 * The split reads module calls from the files' text, before anything is parsed; the scan then follows the calls the
 * parser found. Where the two differ for a file this shard parsed (a call in a heredoc, say), a root may have gone to
 * no shard or to two: an error (exit 2) says so, naming the file, rather than a merge that silently differs from one
 * scan. Only targets that are module directories (holding configuration files) count, so a `source` of another kind
 * of block (an S3 object's file) is no difference.
 */
export declare function splitMismatches(parsed: ReadonlyMap<string, HclFile>): ReportError[];
/** What a shard's report adds (report.ts, ReportShard), from what its scan read. */
export declare function shardReport(shard: Shard, selection: ShardSelection, read: {
    cwd: string;
    /** The Terraform files parsed (absolute) and the --var-file files (absolute) the scan read. */
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
