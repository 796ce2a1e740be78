import type { Options as AjvOptions } from "ajv";
import { type EvaluationLimits } from "./limits";
import { type PolicyConfig } from "./policy-config";
import { type AnyRule, type Severity } from "./rule";
export declare const CONFIG_FILE_NAMES: readonly ["moat.config.yaml", "moat.config.yml", "moat.config.json"];
/** An accepted finding: a rule (id, name or `*`) on the resources whose address (or URN) matches a glob. */
export interface ConfigException {
    /** A rule id, a rule name, or `*` for every rule. */
    rule: string;
    /** A glob on the resource address or Pulumi URN; `*` matches any characters. */
    resource: string;
    reason: string;
    /** YYYY-MM-DD: the exception applies through that day (UTC), and is reported as expired after it. */
    expires?: string;
    /** Where it is written, as reports show it: `moat.config.yaml: exceptions[0]`. */
    by: string;
    /** Its key in the file: `exceptions[0]`, `policy.sg-wide-port-range.exceptions[1]`. */
    key?: string;
    /** The file and line it is written at, for notices. */
    file?: string;
    line?: number;
}
export interface MoatConfig {
    /** The config file (absolute); undefined when none was found or --no-config was given. */
    file?: string;
    /** The directory `exclude` globs are relative to: the config file's directory. */
    dir: string;
    /** The `policy:` section without the per-rule `exceptions` (those are in `exceptions`). */
    policy: PolicyConfig;
    severityThreshold?: Severity;
    exclude: string[];
    /** Top-level exceptions, then those written under a rule in `policy:`, in file order. */
    exceptions: ConfigException[];
    inlineSuppressions?: boolean;
    /** `limits:`: the evaluation budget of a scan, each limit set here replacing its default (core/limits.ts). */
    limits?: Partial<EvaluationLimits>;
    /** `cacheDir:`, absolute (written relative to the config file): where parsed files are cached. */
    cacheDir?: string;
}
/** A config file that cannot be used: every problem, each naming the file, the line and the key. Exit code 2. */
export declare class ConfigError extends Error {
    readonly problems: string[];
    /** The config file as messages name it. */
    readonly label: string;
    constructor(problems: string[], 
    /** The config file as messages name it. */
    label: string);
}
export declare function emptyConfig(dir: string): MoatConfig;
/**
 * The config file for a scan rooted at `startDir`: the first `moat.config.yaml` (`.yml`, `.json`) in it or a directory
 * above it. The search stops at the directory that holds `.git` (the repository root) or at the filesystem root,
 * so a config outside the repository never applies by accident.
 */
export declare function findConfigFile(startDir: string): string | undefined;
/**
 * The JSON Schema of `moat.config.yaml` for these rules: each rule's name and id is a `policy` key whose value is a
 * level or an object with `enforcementLevel`, `exceptions` and the rule's own options (its options schema, defaults
 * and descriptions included). Its `$id` is where it is published for this version (core/schema-urls.ts); `npm run gen`
 * passes the one it computes from package.json.
 */
export declare function configSchemaFor(rules: readonly AnyRule[], id?: string): Record<string, unknown>;
export interface LoadConfigOptions {
    /** How the file is named in messages (default: its path relative to the working directory). */
    label?: string;
    /** Found by discovery (not named with --config): even outside a repository, it must not link out of its directory. */
    discovered?: boolean;
}
/** A config file is a page of settings: more than this is not one (and is never read whole into memory). */
export declare const MAX_CONFIG_BYTES: number;
/** How deeply a config's values may nest: the deepest real config is 5 levels (policy.rule.option.tcp[0]). */
export declare const MAX_CONFIG_DEPTH = 64;
/** YAML aliases (`*name`) a config may use: a few are convenient, an "alias bomb" expands to gigabytes. */
export declare const MAX_CONFIG_ALIASES = 100;
/** Reads, parses and validates a config file. Throws ConfigError with every problem. */
export declare function loadConfig(file: string, rules: readonly AnyRule[], options?: LoadConfigOptions): MoatConfig;
/** Parses and validates a config file's text (YAML, or JSON for a `.json` file). Throws ConfigError. */
export declare function parseConfig(text: string, file: string, rules: readonly AnyRule[], label?: string): MoatConfig;
/** Not strict: rule option schemas carry descriptions and defaults that strict mode would question. */
export declare const CONFIG_AJV_OPTIONS: AjvOptions;
/** ["exceptions", 0, "reason"] → `exceptions[0].reason`. */
export declare function keyPath(path: readonly (string | number)[]): string;
/**
 * A path glob of `exclude`, relative to the config's directory: `*` and `?` stay within one directory, `**` crosses
 * directories, `{a,b}` is either; a pattern without `/` matches a file or directory name at any depth; a matching
 * directory excludes everything below it.
 */
export declare function pathGlob(pattern: string): (relativePath: string) => boolean;
/** An exclusion test for absolute paths, from a config's `exclude` globs (relative to `dir`). */
export declare function excludedBy(config: Pick<MoatConfig, "dir" | "exclude">): ((absolutePath: string) => string | undefined) | undefined;
/**
 * The config as Pulumi `--policy-pack-config` JSON: policy entries under rule names (Pulumi names policies by rule
 * name, never by id), and each exception under the policy of its rule (`*`: every policy), because CrossGuard gives a
 * policy only its own config — an `exceptions` list under `all` would never reach a policy. Rules without a Pulumi
 * form are left out; `exclude`, `severityThreshold`, `inlineSuppressions` and `limits` do not apply to Pulumi.
 */
export declare function pulumiPolicyConfig(config: MoatConfig, rules: readonly AnyRule[]): Record<string, unknown>;
