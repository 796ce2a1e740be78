/**
 * The evaluation budget of one Terraform source scan (core/limits.ts), shared by every root module, module
 * instance and expression of the scan. Each limit, when reached, yields a `LimitReached` Unknown naming the limit (so
 * the checks that meet it are "not evaluated") and records one error entry at the place where it was reached, naming
 * the limit and how to raise it, so the run exits 2.
 */
import { type EvaluationLimits } from "../core/limits";
import type { ScanError } from "../core/model";
import { Unknown } from "../core/values";
/** An Unknown caused by a limit of the budget. Not an evaluation error: `try()` and `can()` do not swallow it. */
export declare class LimitReached extends Unknown {
    readonly limit: keyof EvaluationLimits;
    constructor(reason: string, limit: keyof EvaluationLimits);
}
/** Where evaluation currently is (a `SrcRef` of evaluate.ts, typed structurally to keep this module below it). */
export interface Site {
    file: {
        file: string;
        lines: {
            lookup(path: (string | number)[]): {
                line: number;
                file?: string;
            } | undefined;
        };
    };
    path: (string | number)[];
}
export declare function limitHint(limit: keyof EvaluationLimits): string;
export declare class Budget {
    readonly limits: EvaluationLimits;
    private readonly errors;
    steps: number;
    instances: number;
    depth: number;
    /** The configuration being evaluated, for the location of errors. */
    site: Site | undefined;
    /** What errors name when there is no site (a `--var` value is "(command line)"). */
    label: string;
    private stepsExhausted;
    private unlisted;
    private readonly reported;
    constructor(limits?: Partial<EvaluationLimits>);
    /** Records an error at `site` (default: the current site), once per place and message; at most MAX_ERRORS. */
    error(message: string, site?: Site | undefined): void;
    /** The errors of the scan's evaluation, with a last entry counting those not listed. */
    report(): ScanError[];
    /**
     * A limit was reached: the value is Unknown with `reason`, and an error entry says what was cut short here.
     * `what` completes "… exceeds limits.X (N)"; the entry names the limit and how to raise it.
     */
    reached(limit: keyof EvaluationLimits, what: string, site?: Site, consequence?: string): LimitReached;
    /** Counts `n` evaluation steps; once the scan's steps are spent, every further evaluation is Unknown. */
    step(n?: number): LimitReached | undefined;
    /** Charges the cost of a value produced in one go (a function result): its elements, or its characters / 16. */
    charge(v: unknown): LimitReached | undefined;
    /** Checks the size of a collection about to be built: Unknown (and an error) when it is over the limit. */
    collection(size: number, what: string): LimitReached | undefined;
    /** Checks the length of a string about to be built. */
    string(length: number, what: string): LimitReached | undefined;
    /** Checks a value's size after it was built (for values whose size is only known then). */
    size(v: unknown, what: string): LimitReached | undefined;
    /** The stack ran out before limits.maxEvaluationDepth was reached (it was raised past what the stack holds). */
    stackExhausted(): LimitReached;
    /** The Unknown for evaluation nested deeper than maxEvaluationDepth. */
    tooDeep(what?: string): LimitReached;
}
