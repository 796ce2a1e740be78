import type { Finding } from "../core/engine";
import { type ResolvedRule } from "../core/policy-config";
import { type AnyRule, type Severity } from "../core/rule";
import { type Report } from "./report";
import { type Shard } from "./shard";
/** The environment variable that names a central config: the same as `--config FILE --no-repo-config`. */
export declare const CENTRAL_CONFIG_ENV = "MOAT_CENTRAL_CONFIG";
/** A setting that cannot work (an unknown rule, a missing var file, --fail-on below the threshold): nothing was scanned. */
export declare class UsageError extends Error {
}
/** What to scan and how: the options of `moat scan`, with the command line's names in the comments. */
export interface ScanRequest {
    /** Directories, Terraform files and plan JSON files (`-` is standard input), relative to `cwd`. */
    paths: readonly string[];
    /** Paths (here and in every setting) are relative to it; so are the paths in the report. */
    cwd: string;
    /** The environment: TF_VAR_<name>, TF_WORKSPACE, MOAT_CENTRAL_CONFIG, MOAT_HCL_PARSER, XDG_CACHE_HOME. */
    env: Readonly<Record<string, string | undefined>>;
    /** The rules to run, before the config and `rule`/`skipRule` select among them. */
    rules: readonly AnyRule[];
    /** --var-file (repeatable). */
    varFiles?: readonly string[];
    /** --var name=value (repeatable). */
    vars?: readonly string[];
    /** False for --no-env-vars: TF_VAR_<name> and TF_WORKSPACE are not read from `env`. Default true. */
    envVars?: boolean;
    /** --workspace. */
    workspace?: string;
    /** --max-file-size, in bytes. */
    maxFileBytes?: number;
    /** --source-root. */
    sourceRoot?: string;
    /** --config FILE, or false for --no-config; unset: the config found from the scan root upward. */
    config?: string | false;
    /** False for --no-repo-config. Default true. */
    repoConfig?: boolean;
    /** --rule (repeatable): only these rules run. */
    rule?: readonly string[];
    /** --skip-rule (repeatable). */
    skipRule?: readonly string[];
    /** --exclude (repeatable), globs relative to `cwd`. */
    exclude?: readonly string[];
    /** --severity-threshold; unset: the config's, else low. */
    severityThreshold?: Severity;
    /** --fail-on. */
    failOn?: Severity;
    /** --no-inline-suppressions (false); unset: the config's, else true. */
    inlineSuppressions?: boolean;
    /** --baseline FILE. */
    baseline?: string;
    /** --write-baseline is given (only checked here: named files and a baseline do not go together). */
    writeBaseline?: boolean;
    /** --cache-dir DIR, or false for --no-cache; unset: the config's cacheDir, else the user's cache directory. */
    cacheDir?: string | false;
    /** --shard K/N: scan only shard K of N of the root modules and plan files (cli/shard.ts); the report gets `shard`. */
    shard?: Shard;
    /** Reads standard input, for `-` (default: the process's stdin). */
    readStdin?: () => Promise<string>;
    /** What a plan read from standard input is called in the report. Default "(standard input)". */
    stdinLabel?: string;
    /** Standard input is a terminal: `-` is then a usage error (nothing to wait for). */
    stdinIsTTY?: boolean;
    /** Today as YYYY-MM-DD (UTC), for expiry dates. */
    today?: string;
    /** Told when the scan proper starts and ends, and of parse progress (the CLI's progress line). */
    progress?: {
        start(): void;
        update(done: number, total: number): void;
        stop(): void;
    };
    /** Told of every internal error that became an error entry (--debug). */
    onInternalError?: (what: string, error: unknown) => void;
}
/** A scan's report, with what `moat scan` needs besides it to render formats and write a baseline. */
export interface ScanRun {
    report: Report;
    /** The rules that ran (not disabled), with their levels and options. */
    enabled: ResolvedRule[];
    /** Every finding, before the threshold and the named-file filter's reporting choices (for --write-baseline). */
    findings: readonly Finding[];
}
/**
 * Scans and reports. Scans asked for at once (the library allows it) run one after the other: each ends the parser
 * workers and checks that no parse is left pending, which another scan's parses would upset.
 */
export declare function scanToReport(request: ScanRequest): Promise<ScanRun>;
/**
 * The environment variable that chooses how Terraform's native syntax is parsed: `hcl2json` sends every file to
 * hcl2json, bypassing moat's JavaScript fast path (hcl-rules/fast-hcl.ts); `fast` (or unset, or empty) is the default.
 * Like MOAT_CENTRAL_CONFIG it is moat's own setting, so --no-env-vars (which is about TF_VAR_*) does not hide it.
 */
export declare const PARSER_ENV = "MOAT_HCL_PARSER";
/** False when MOAT_HCL_PARSER asks for hcl2json alone, true for the default; any other value is a usage error. */
export declare function fastPathOf(env: Readonly<Record<string, string | undefined>>): boolean;
/** MOAT_CENTRAL_CONFIG, when set to something. */
export declare function centralConfigOf(env: Readonly<Record<string, string | undefined>>): string | undefined;
