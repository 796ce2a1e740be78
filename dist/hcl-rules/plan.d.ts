import { type EdgeInput, type Resource, type ScanError } from "../core/model";
import { type EvaluationLimits } from "../core/limits";
export { jsonErrorOffset } from "./json-text";
export declare const SUPPORTED_PLAN_MAJOR_VERSIONS: string[];
export interface PlanOptions {
    /** Directory of the Terraform source the plan was made from, for file:line of each finding. */
    sourceRoot?: string;
    /** The evaluation budget; the plan door reads `maxModuleDepth` (deeper resources are reported, not checked). */
    limits?: Partial<EvaluationLimits>;
}
export interface PlanResult {
    resources: Resource[];
    edges: EdgeInput[];
    errors: ScanError[];
    /** The source root used for HCL locations, if any. */
    sourceRoot?: string;
    terraformVersion?: string;
}
/** A plan is recognised by content: `format_version` and `planned_values` or `resource_changes`. */
export declare function isPlanJson(doc: unknown): boolean;
/**
 * Parses JSON and, on failure, says where and what kind of mistake it is. V8's own message quotes the text around the
 * error (a password, say), so it is never used: the message names the line and column only.
 */
export declare function parseJsonWithLocation(file: string, text: string): {
    ok: true;
    value: unknown;
} | {
    ok: false;
    error: ScanError;
};
export interface AddressStep {
    name: string;
    /** Instance key: a number (count) or a string (for_each); undefined when the step has none. */
    key?: string | number;
}
/** Splits `module.a["x.y"].aws_lb.web[0].arn` into steps, respecting quoted keys. */
export declare function parseAddress(address: string): AddressStep[];
/** A managed resource instance address split into its module path, type, name and key; undefined when malformed. */
export declare function instanceAddress(address: string): {
    modulePath: AddressStep[];
    type: string;
    name: string;
    key?: string | number;
} | undefined;
export declare const MAX_PLAN_BYTES: number;
/**
 * Reads a plan file, bounded by the bytes actually read (a file under /proc reports size 0 and never ends), and
 * stopping at the first NUL byte, which JSON text never holds. Messages name no path: the caller names the file.
 */
export declare function readPlanFile(path: string, maxBytes?: number): {
    ok: true;
    text: string;
} | {
    ok: false;
    message: string;
};
/** The default source root: the plan's directory, when it holds `.tf` files. */
export declare function defaultSourceRoot(planFile: string): string | undefined;
export declare function scanPlanText(file: string, text: string, options?: PlanOptions): PlanResult;
export declare function scanPlanDocument(file: string, text: string, doc: unknown, options?: PlanOptions): PlanResult;
