import { type Severity } from "../core/rule";
import { type RuleListing } from "../cli/explain";
import type { Report } from "../cli/report";
export type { Report, ReportError, ReportFinding, ReportModuleCall, ReportNotice, ReportRemoteModule, ReportShard, ReportSummary, ReportUnevaluated, } from "../cli/report";
export type { Area, Severity } from "../core/rule";
export type { RuleListing } from "../cli/explain";
/** The options of `moat scan` (the flag each one is named in the comments). Paths are relative to `cwd`. */
export interface ScanOptions {
    /** The directory paths are relative to, here and in the report. Default: process.cwd(). */
    cwd?: string;
    /** --var: variable values, by name. */
    vars?: Readonly<Record<string, string>>;
    /** --var-file: .tfvars files, read in order after the root module's own. */
    varFiles?: readonly string[];
    /** --config FILE, or false for --no-config. Default: moat.config.yaml found from the scanned path up to the repository root. */
    config?: string | false;
    /** --no-repo-config (false): ignore configs found in the scanned repository. Default true. */
    repoConfig?: boolean;
    /** --rule: run only these rules (ids or names). */
    rules?: readonly string[];
    /** --skip-rule: do not run these rules (ids or names). */
    skipRules?: readonly string[];
    /** --exclude: globs of paths not scanned, relative to `cwd`. */
    exclude?: readonly string[];
    /** --severity-threshold: findings below it are left out of the report. Default: the config's, else "low". */
    severityThreshold?: Severity;
    /** --fail-on: only findings at or above it make `summary.exitCode` 1. */
    failOn?: Severity;
    /** --baseline FILE: findings in it never fail the run. */
    baseline?: string;
    /** --no-inline-suppressions (false). Default: the config's, else true. */
    inlineSuppressions?: boolean;
    /** --workspace: what `terraform.workspace` is. */
    workspace?: string;
    /** --source-root: the Terraform source a plan was made from, for file:line of plan findings. */
    sourceRoot?: string;
    /** --max-file-size, in bytes (default 5 MB). */
    maxFileBytes?: number;
    /** --cache-dir DIR, or false for --no-cache. Default: the config's cacheDir, else moat under the user's cache directory. */
    cacheDir?: string | false;
    /**
     * --shard K/N as `{ index: K, total: N }` (1 ≤ K ≤ N): scan only shard K of the root modules and plan files; the
     * report's `shard` field is what `moat merge` reads, so write each shard's report as JSON to a file to merge them.
     */
    shard?: {
        index: number;
        total: number;
    };
    /**
     * Where TF_VAR_<name>, TF_WORKSPACE, MOAT_CENTRAL_CONFIG and MOAT_HCL_PARSER are read, as the CLI reads them from
     * its environment; false reads none (--no-env-vars, no central config, the default parser). Default: process.env.
     */
    env?: Readonly<Record<string, string | undefined>> | false;
}
/**
 * Why a scan could not start (the CLI's exit 2 before scanning): a usage error (an unknown rule, a missing var file,
 * failOn below the threshold), a config file or a baseline that cannot be used. `problems` lists each thing to fix.
 * Problems met while scanning (an unreadable or unparsable file) are not thrown: they are the report's `errors`, and
 * make `summary.exitCode` 2.
 */
export declare class MoatError extends Error {
    readonly kind: "usage" | "config" | "baseline";
    readonly problems: readonly string[];
    readonly name = "MoatError";
    constructor(kind: "usage" | "config" | "baseline", problems: readonly string[]);
}
/** The version of moat (its package.json's). */
export declare const version: string;
/**
 * Scans Terraform source (directories, .tf and .tfvars files) and plan JSON files, as `moat scan PATHS` does.
 * `summary.exitCode` is the CLI's exit code: 0 clean, 1 findings that fail the run, 2 something could not be scanned.
 * Rejects with a MoatError when the scan cannot start.
 */
export declare function scan(paths: string | readonly string[], options?: ScanOptions): Promise<Report>;
/**
 * Scans a Terraform plan (`terraform show -json tfplan`): a parsed plan object, or the path of a plan JSON file.
 * Findings of an object are located at "(plan)", or at their .tf lines with `sourceRoot`.
 */
export declare function scanPlan(plan: string | object, options?: ScanOptions): Promise<Report>;
/** Every rule moat has, as `moat rules --format json` lists them. */
export declare function listRules(): RuleListing[];
