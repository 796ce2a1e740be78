/**
 * moat as a library: what `require("@moat-policy/moat")` and `import … from "@moat-policy/moat"` give (package.json
 * `exports`). Loading it starts nothing and writes nothing: no server, no worker, no exit handler; the HCL parser
 * loads on the first scan, and each scan ends its worker threads, so a program that scans exits by itself.
 *
 * A scan is `moat scan` without the printing: the same pipeline (cli/pipeline.ts) with the same options, and its
 * result is the JSON report (`moat scan --format json`, described by schemas/report.schema.json).
 */
import { resolve } from "node:path";
import { InvalidArgumentError } from "commander";
import { BaselineError } from "../core/baseline";
import { ConfigError } from "../core/config";
import { RuleDefinitionError, SEVERITIES, type Severity } from "../core/rule";
import { parseVar } from "../cli/arguments";
import { type RuleListing, ruleListing } from "../cli/explain";
import { type ScanRequest, UsageError, scanToReport } from "../cli/pipeline";
import type { Report } from "../cli/report";
import { toolVersion } from "../cli/tool";
import { rules as registry } from "../rules/index";

export type {
  Report,
  ReportError,
  ReportFinding,
  ReportModuleCall,
  ReportNotice,
  ReportRemoteModule,
  ReportShard,
  ReportSummary,
  ReportUnevaluated,
} from "../cli/report";
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
  shard?: { index: number; total: number };
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
export class MoatError extends Error {
  override readonly name = "MoatError";
  constructor(
    readonly kind: "usage" | "config" | "baseline",
    readonly problems: readonly string[],
  ) {
    super(problems.join("\n"));
  }
}

/** The version of moat (its package.json's). */
export const version: string = toolVersion();

/**
 * Scans Terraform source (directories, .tf and .tfvars files) and plan JSON files, as `moat scan PATHS` does.
 * `summary.exitCode` is the CLI's exit code: 0 clean, 1 findings that fail the run, 2 something could not be scanned.
 * Rejects with a MoatError when the scan cannot start.
 */
export async function scan(paths: string | readonly string[], options: ScanOptions = {}): Promise<Report> {
  checkPaths(paths);
  checkOptions(options);
  const list = typeof paths === "string" ? [paths] : [...paths];
  if (list.includes("-")) throw new MoatError("usage", ["`-` (standard input) is for the command line; pass a plan to scanPlan() instead"]);
  return run(list, options);
}

/**
 * Scans a Terraform plan (`terraform show -json tfplan`): a parsed plan object, or the path of a plan JSON file.
 * Findings of an object are located at "(plan)", or at their .tf lines with `sourceRoot`.
 */
export async function scanPlan(plan: string | object, options: ScanOptions = {}): Promise<Report> {
  if (typeof plan !== "string" && (typeof plan !== "object" || plan === null || Array.isArray(plan))) {
    throw new MoatError("usage", [`the plan must be a path (a string) or the plan's JSON (an object), not ${describe(plan)}`]);
  }
  checkOptions(options);
  if (typeof plan === "string") return run([plan], options);
  const text = JSON.stringify(plan);
  return run(["-"], options, { readStdin: () => Promise.resolve(text), stdinLabel: "(plan)" });
}

/** What a value is, for an error message: `42 (a number)`. */
function describe(value: unknown): string {
  const type = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
  const text = typeof value === "string" ? JSON.stringify(value) : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
  return text !== undefined ? `${text} (${type})` : type;
}

function checkPaths(paths: unknown): void {
  const ok = typeof paths === "string" ? paths !== "" : Array.isArray(paths) && paths.length > 0 && paths.every((p) => typeof p === "string" && p !== "");
  if (!ok) throw new MoatError("usage", [`paths must be a path (a non-empty string) or a non-empty array of them, not ${describe(paths)}`]);
}

const isString = (v: unknown) => typeof v === "string" && v !== "";
const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string");
const isSeverity = (v: unknown) => typeof v === "string" && (SEVERITIES as readonly string[]).includes(v);
const isRecord = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

/** Each option's check and what it must be (ScanOptions). */
const OPTION_CHECKS: { readonly [K in keyof Required<ScanOptions>]: [(v: unknown) => boolean, string] } = {
  cwd: [isString, "a directory (a non-empty string)"],
  vars: [(v) => isRecord(v) && Object.values(v as object).every((x) => typeof x === "string"), "an object of strings (name → value)"],
  varFiles: [isStrings, "an array of paths (strings)"],
  config: [(v) => isString(v) || v === false, "a path (a string) or false"],
  repoConfig: [(v) => typeof v === "boolean", "true or false"],
  rules: [isStrings, "an array of rule ids or names (strings)"],
  skipRules: [isStrings, "an array of rule ids or names (strings)"],
  exclude: [isStrings, "an array of globs (strings)"],
  severityThreshold: [isSeverity, `one of ${SEVERITIES.map((s) => `"${s}"`).join(", ")}`],
  failOn: [isSeverity, `one of ${SEVERITIES.map((s) => `"${s}"`).join(", ")}`],
  baseline: [isString, "a path (a non-empty string)"],
  inlineSuppressions: [(v) => typeof v === "boolean", "true or false"],
  workspace: [isString, "a workspace name (a non-empty string)"],
  sourceRoot: [isString, "a directory (a non-empty string)"],
  maxFileBytes: [(v) => Number.isInteger(v) && (v as number) > 0, "a whole number of bytes above 0"],
  cacheDir: [(v) => isString(v) || v === false, "a directory (a string) or false"],
  shard: [(v) => isRecord(v) && typeof (v as { index?: unknown }).index === "number" && typeof (v as { total?: unknown }).total === "number", "{ index: K, total: N }"],
  env: [(v) => v === false || (isRecord(v) && Object.values(v as object).every((x) => x === undefined || typeof x === "string")), "an object of strings, or false"],
};

/** The options as ScanOptions describes them (undefined is unset); anything else is a usage MoatError naming each. */
function checkOptions(options: unknown): void {
  if (options === undefined) return;
  if (!isRecord(options)) throw new MoatError("usage", [`options must be an object (ScanOptions), not ${describe(options)}`]);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(options as object)) {
    if (value === undefined) continue;
    const check = (OPTION_CHECKS as Record<string, [(v: unknown) => boolean, string] | undefined>)[name];
    if (!check) problems.push(`option ${name} is not an option of scan(); the options are ${Object.keys(OPTION_CHECKS).join(", ")}`);
    else if (!check[0](value)) problems.push(`option ${name} must be ${check[1]}, not ${describe(value)}`);
  }
  if (problems.length > 0) throw new MoatError("usage", problems);
}

/** Every rule moat has, as `moat rules --format json` lists them. */
export function listRules(): RuleListing[] {
  return ruleListing(registry);
}

async function run(paths: string[], options: ScanOptions, stdin: Pick<ScanRequest, "readStdin" | "stdinLabel"> = {}): Promise<Report> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const env = options.env === false ? {} : (options.env ?? process.env);
  try {
    const { report } = await scanToReport({
      paths,
      cwd,
      env,
      rules: registry,
      vars: Object.entries(options.vars ?? {}).map(([name, value]) => parseVar(`${name}=${value}`)),
      varFiles: options.varFiles,
      envVars: options.env !== false,
      workspace: options.workspace,
      maxFileBytes: options.maxFileBytes,
      sourceRoot: options.sourceRoot,
      config: options.config,
      repoConfig: options.repoConfig,
      rule: options.rules,
      skipRule: options.skipRules,
      exclude: options.exclude,
      severityThreshold: options.severityThreshold,
      failOn: options.failOn,
      inlineSuppressions: options.inlineSuppressions,
      baseline: options.baseline,
      cacheDir: options.cacheDir,
      shard: options.shard,
      readStdin: stdin.readStdin,
      stdinLabel: stdin.stdinLabel,
      stdinIsTTY: false,
    });
    return report;
  } catch (error) {
    throw moatErrorOf(error) ?? error;
  }
}

/** The errors that stop a scan before it starts, as one MoatError; anything else (a bug in moat) is left as it is. */
function moatErrorOf(error: unknown): MoatError | undefined {
  if (error instanceof UsageError) return new MoatError("usage", [error.message.replace(/^error: /, "")]);
  if (error instanceof ConfigError) return new MoatError("config", [...error.problems, `${error.label} cannot be used, so nothing was scanned`]);
  if (error instanceof RuleDefinitionError) return new MoatError("config", [error.message]);
  if (error instanceof BaselineError) return new MoatError("baseline", [error.message]);
  if (error instanceof InvalidArgumentError) return new MoatError("usage", [error.message]);
  return undefined;
}
