/**
 * Baselines: the findings a team has accepted for now, so that adopting moat on an existing code base fails only on
 * what is new. A baseline is a JSON file of fingerprints (rule id + root + address + attribute path: they survive line
 * shifts and moves between files of one module), with the rule, address, path, file and message beside each one for
 * the people who review it. Entries are sorted, so a rewritten baseline diffs cleanly.
 */
export declare const BASELINE_VERSION = 1;
export interface BaselineEntry {
    fingerprint: string;
    ruleId: string;
    address: string;
    /** The attribute ("" = the resource). */
    path: string;
    /** Where the finding was when the baseline was written; informative only (a moved resource still matches). */
    file: string;
    message: string;
}
export interface Baseline {
    version: typeof BASELINE_VERSION;
    tool: string;
    description: string;
    findings: BaselineEntry[];
}
/** A baseline file that cannot be used; the message names the file and says what to do. */
export declare class BaselineError extends Error {
}
export declare function baselineOf(entries: readonly BaselineEntry[], tool?: string): Baseline;
export declare function renderBaseline(baseline: Baseline): string;
/** Parses a baseline file's text; `label` names the file in errors. */
export declare function parseBaseline(text: string, label: string): Baseline;
export interface BaselineComparison {
    /** Findings already in the baseline. */
    unchanged: number;
    /** Findings not in it. */
    new: number;
    /** Baseline entries that no current finding matches: fixed (or their resource removed or renamed). */
    fixed: number;
}
/**
 * Marks each finding `unchanged` (its fingerprint is in the baseline) or `new`, and counts the baseline entries that
 * matched nothing.
 */
export declare function compareWithBaseline<F extends {
    baselineState?: "new" | "unchanged";
}>(findings: readonly F[], fingerprintOf: (finding: F) => string, baseline: Baseline): BaselineComparison;
