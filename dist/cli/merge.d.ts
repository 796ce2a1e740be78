import type { AnyRule, Severity } from "../core/rule";
import { type Report } from "./report";
/** A report that cannot be merged, or reports that do not belong together; the message names the files. */
export declare class MergeError extends Error {
}
export interface ShardReport {
    /** The file as given on the command line. */
    file: string;
    report: Report;
}
/** Reads one report; a file that is unreadable, not JSON or no shard report is a MergeError naming it. */
export declare function readShardReport(path: string, file: string): ShardReport;
export interface MergeSettings {
    /** This moat's version: reports of another version are refused (its rules may differ). */
    version: string;
    /** This moat's rules, to describe those that ran (SARIF, JUnit). */
    rules: readonly AnyRule[];
    /** --severity-threshold: at or above the shards' own threshold (findings below it are not in their reports). */
    severityThreshold?: Severity;
    failOn?: Severity;
}
/** The merged report, and the rules that ran (for the formats that describe them). */
export declare function mergeReports(shards: readonly ShardReport[], settings: MergeSettings): {
    report: Report;
    rules: AnyRule[];
};
