import type { Notice } from "../core/suppressions";
import { type TerraformTargets } from "../hcl-rules/project";
export { SKIPPED_DIRS_TEXT } from "./callers";
/** Something on the command line that cannot be scanned; it makes the run exit 2. */
export interface InputProblem {
    /** The path as the user wrote it (or the absolute path of something found below it). */
    file: string;
    message: string;
}
export interface ScanInputs {
    /** Terraform source: module directories found by walking, named `.tf` files, and what the user named. */
    terraform: TerraformTargets;
    /** Terraform plan JSON files (`terraform show -json plan.out`), absolute; `-` is standard input. */
    plans: string[];
    problems: InputProblem[];
    /** What was scanned once though given twice, and links that were not followed: said, never silent. */
    notices: Notice[];
    /** Set when files were named (a `.tf` or tfvars file): what the report keeps; see ReportScope. */
    reportOnly?: ReportScope;
}
/**
 * What a scan of named files reports: the findings and unevaluated checks located in `files`, and all of those of the
 * root modules in `roots` (the directories walked, the directories of named tfvars files). Errors are all reported.
 */
export interface ReportScope {
    /** The named `.tf` / `.tf.json` files, absolute. */
    files: string[];
    /** Root module directories reported as a whole, absolute. */
    roots: string[];
}
export interface ClassifyOptions {
    /** `--baseline` as given: the same file named as a path is recognised as the baseline. */
    baseline?: string;
}
/** Classifies the paths (relative to `cwd`); every absolute path in the result is resolved against `cwd`. */
export declare function classifyInputs(paths: readonly string[], cwd: string, options?: ClassifyOptions): ScanInputs;
