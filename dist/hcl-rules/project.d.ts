import type { EvaluationLimits } from "../core/limits";
import type { EdgeInput, Resource, ScanError } from "../core/model";
import { type HclFile, type RemoteModule } from "./evaluate";
import { type ParseOptions } from "./parse-hcl";
export type { ScanError };
export interface TerraformTargets {
    /** Directories to scan as modules (each one's `.tf` files, not recursive). */
    dirs: string[];
    /** Individual `.tf` files; files of one directory form one module. */
    files: string[];
    /** Directories or files the user named: they are root modules even when another module calls them. */
    explicit?: string[];
    /**
     * Variable files named as paths (`moat scan prod.tfvars`): each is applied to the root module of its own directory,
     * after that directory's terraform.tfvars and *.auto.tfvars and before --var-file, as a -var-file would be.
     */
    varFiles?: string[];
}
export interface TerraformOptions {
    /** `--var-file` paths, applied to every root module after its own tfvars. */
    varFiles?: string[];
    /** `--var name=value`, applied last. */
    vars?: string[];
    /**
     * The environment whose `TF_VAR_<name>` variables set root module variables, applied first (Terraform's precedence:
     * environment, then terraform.tfvars, *.auto.tfvars, --var-file and --var). Unset: none are read.
     */
    env?: Readonly<Record<string, string | undefined>>;
    /**
     * The workspace `terraform.workspace` names (`--workspace`). Unset: `TF_WORKSPACE` in `env`, else the one
     * `terraform workspace select` recorded in the root's `.terraform/environment`, else unknown.
     */
    workspace?: string;
    parse?: ParseOptions;
    /** The scan's evaluation budget (core/limits.ts); unset limits take their defaults. */
    limits?: Partial<EvaluationLimits>;
    /**
     * `moat scan --shard`: the root modules this scan evaluates, among those one scan chooses (unset: all). Everything
     * else is read as one scan reads it (every file parsed, every tfvars file and module manifest), so the roots, and
     * the errors about what was read, are exactly one scan's.
     */
    evaluates?: (root: string) => boolean;
    /** Also give the SHA-256 of every file read (`digests`), to identify the tree. */
    digests?: boolean;
}
/** Something the user should know that did not cost coverage (the run's exit code does not change for it). */
export interface TerraformNotice {
    file: string;
    line?: number;
    message: string;
}
export interface TerraformResult {
    resources: Resource[];
    edges: EdgeInput[];
    errors: ScanError[];
    remoteModules: RemoteModule[];
    /** Files read (.tf and tfvars). */
    files: number;
    bytes: number;
    roots: string[];
    /** The files counted in `files` (parsed .tf and tfvars files). */
    read: string[];
    /** The roots evaluated: `roots`, or those of them `evaluates` accepts. */
    evaluated: string[];
    /** With `digests`: every file read (parsed or not), by path → the SHA-256 of its text, or of its error. */
    digests?: Map<string, string>;
    /** Parsed files, by path (for inline suppressions and line lookups). */
    parsed: Map<string, HclFile>;
    /** E.g. a local module followed outside the paths the scan was given. */
    notices: TerraformNotice[];
}
/** A Terraform configuration file, in native (`.tf`) or JSON (`.tf.json`) syntax. */
export declare function isConfigurationFile(name: string): boolean;
export declare function scanTerraform(targets: TerraformTargets, options?: TerraformOptions): Promise<TerraformResult>;
