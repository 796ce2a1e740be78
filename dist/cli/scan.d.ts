import type { Baseline } from "../core/baseline";
import { type Finding, type Unevaluated } from "../core/engine";
import type { EvaluationLimits } from "../core/limits";
import { type ModuleCall, ResourceGraph, type SourceLocation } from "../core/model";
import { type ResolvedRule } from "../core/policy-config";
import type { AnyRule } from "../core/rule";
import type { Notice } from "../core/suppressions";
import type { HclFile } from "../hcl-rules/evaluate";
import type { ReportScope, ScanInputs } from "./inputs";
import type { ScanResults } from "./report";
export interface ScanSettings {
    cwd: string;
    /** `--var-file` paths as given (relative to `cwd`). */
    varFiles: readonly string[];
    /** `--var name=value`. */
    vars: readonly string[];
    /** The environment for `TF_VAR_<name>` variables; unset: none are read (`--no-env-vars`). */
    env?: Readonly<Record<string, string | undefined>>;
    /** `--workspace`: the name `terraform.workspace` gives (else TF_WORKSPACE in `env`, else `.terraform/environment`). */
    workspace?: string;
    maxFileBytes?: number;
    /** Parse progress of the current batch of files. */
    onProgress?: (done: number, total: number) => void;
    /** `--source-root`: the Terraform source a plan was made from, for file:line of plan findings. */
    sourceRoot?: string;
    /** Reads standard input (for `moat scan -`). */
    readStdin?: () => Promise<string>;
    /** What a plan read from standard input is called in the report. Default "(standard input)". */
    stdinLabel?: string;
    /** The rules with their levels and options (from the config); default: every rule at its default level. */
    policy?: readonly ResolvedRule[];
    /** The config's `exclude` and --exclude: what excludes an absolute path (e.g. `--exclude "legacy/**"`), or undefined. */
    excluded?: (absolutePath: string) => string | undefined;
    /** The config's `limits:`: the evaluation budget of the Terraform source door (defaults in core/limits.ts). */
    limits?: Partial<EvaluationLimits>;
    /** Told of every internal error that became an error entry, with what it was doing (for --debug). */
    onInternalError?: (what: string, error: unknown) => void;
    /** The parse cache's directory; unset: no cache. */
    cacheDir?: string;
    /** False: every Terraform file goes to hcl2json (MOAT_HCL_PARSER=hcl2json); default true (parse-hcl.ts). */
    fastPath?: boolean;
    /**
     * `--shard K/N` (cli/shard.ts): `plans` narrows the plans, once the excludes took their part, to the shard's;
     * `evaluates` says which of the root modules one scan chooses the shard evaluates (everything is read as by one scan).
     */
    shard?: {
        plans: (plans: string[]) => string[];
        evaluates: (root: string) => boolean;
    };
}
/** What a scan produced, with what the guardrails (suppressions, baselines) need to judge the findings. */
export interface ScanOutcome extends ScanResults {
    findings: Finding[];
    unevaluated: Unevaluated[];
    notices: Notice[];
    graph: ResourceGraph;
    /** The source door's parsed .tf files, by absolute path: their comments hold inline suppressions. */
    hclFiles: ReadonlyMap<string, HclFile>;
    /** Ids of the rules that ran (not disabled). */
    rulesRun: ReadonlySet<string>;
    /** The Terraform files read and counted in `files` (parsed configuration and variable files), absolute. */
    terraformFiles: string[];
    /** The source door's root modules: all of them, and those evaluated (with --shard, the shard's). */
    roots: {
        all: string[];
        evaluated: string[];
    };
    /** With --shard: the SHA-256 of every Terraform configuration and variable file read, by absolute path. */
    digests?: ReadonlyMap<string, string>;
}
/**
 * Scans every input and runs the rules. An internal error (a bug in moat) costs only what it touched: a door that
 * throws loses its own input (one plan, or the Terraform source), a rule that throws loses that rule's check of that
 * resource; each becomes an error entry (exit 2) and the rest of the report is kept.
 */
export declare function scanInputs(given: ScanInputs, settings: ScanSettings, rules: readonly AnyRule[]): Promise<ScanOutcome>;
/**
 * What a scan of named files keeps (docs/file-arguments.md): findings and unevaluated checks of the source door that
 * are located in a named file, or whose root module (the directory of the first call of their module chain, or their
 * own directory) is reported as a whole; remote module calls written in those places; plan findings always. Errors are
 * all kept (each one is lost coverage). Of the notices, an exception that matches nothing is dropped (the scan did not
 * cover the whole repository), and notices about inline suppressions are kept only in the named files.
 */
export declare class ReportFilter {
    private readonly files;
    private readonly roots;
    constructor(scope: ReportScope);
    /** A place (a file) whose findings are reported. */
    keepsFile(file: string): boolean;
    keeps(item: {
        door: string;
        location: SourceLocation;
        moduleChain?: readonly ModuleCall[];
    }): boolean;
    /** Narrows the outcome (after suppressions and exceptions were applied to all of it); returns the notices kept. */
    narrow(outcome: ScanOutcome, notices: readonly Notice[]): Notice[];
    /** The baseline entries about the places reported, so that entries elsewhere are not counted as fixed. */
    baseline(baseline: Baseline, cwd: string): Baseline;
}
/** How moat's own directory is written in messages and stack traces: `<moat>/dist/cli/run.js`. */
export declare const MOAT_LABEL = "<moat>";
/**
 * What an internal error says, for an error entry: its first line, at most 300 characters, with absolute paths made
 * relative to the working directory, or to moat's own directory (the report never shows where either is).
 */
export declare function internalErrorText(error: unknown, cwd: string): string;
/** Every absolute path in `text` written relative to `cwd` (`(base)` maps a directory to its own label instead). */
export declare function relativePaths(text: string, cwd: string, base?: {
    dir: string;
    label: string;
}): string;
