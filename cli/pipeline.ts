/**
 * One scan, from its settings to the report: the config, the rule selection, the baseline, the doors, suppressions
 * and exceptions, and the exit code. `moat scan` (cli/run.ts) and the library (api/index.ts) both call `scanToReport`,
 * so a scan gives the same report whichever way it is asked for; each only says differently what stopped it (the CLI
 * prints the error and exits 2, the library rejects with a MoatError).
 *
 * It writes nothing anywhere: problems that stop the scan before it starts are thrown (UsageError, ConfigError,
 * RuleDefinitionError, BaselineError), and everything else is in the report.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { Baseline } from "../core/baseline";
import type { Finding } from "../core/engine";
import { type MoatConfig, emptyConfig, excludedBy, findConfigFile, loadConfig } from "../core/config";
import { todayUtc } from "../core/dates";
import { isDirectory, isFile, realPath } from "../core/paths";
import { type ResolvedRule, resolvePolicy } from "../core/policy-config";
import { type AnyRule, type Severity, severityRank } from "../core/rule";
import type { Notice } from "../core/suppressions";
import { DEFAULT_MAX_FILE_BYTES, defaultCacheDir, pendingParses, shutdownParsers } from "../hcl-rules/parse-hcl";
import { findRule } from "./explain";
import { applySuppressions, markBaseline, readBaseline } from "./guardrails";
import { classifyInputs } from "./inputs";
import { type Report, type ScanResults, buildReport, displayPath, findingFingerprint } from "./report";
import { ReportFilter, internalErrorText, scanInputs } from "./scan";
import { type Shard, selectShard, shardReport } from "./shard";
import { TOOL_NAME, toolVersion } from "./tool";

/** The environment variable that names a central config: the same as `--config FILE --no-repo-config`. */
export const CENTRAL_CONFIG_ENV = "MOAT_CENTRAL_CONFIG";

/** A setting that cannot work (an unknown rule, a missing var file, --fail-on below the threshold): nothing was scanned. */
export class UsageError extends Error {}

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
  progress?: { start(): void; update(done: number, total: number): void; stop(): void };
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

/** The scan running now: the parse layer (its workers, its count of pending parses) serves one scan at a time. */
let running: Promise<unknown> = Promise.resolve(); // never rejects

/**
 * Scans and reports. Scans asked for at once (the library allows it) run one after the other: each ends the parser
 * workers and checks that no parse is left pending, which another scan's parses would upset.
 */
export function scanToReport(request: ScanRequest): Promise<ScanRun> {
  const scan = running.then(() => scanOnce(request));
  running = scan.catch(() => undefined);
  return scan;
}

async function scanOnce(request: ScanRequest): Promise<ScanRun> {
  const started = performance.now();
  const { cwd, rules } = request;
  const paths = request.paths.length > 0 ? request.paths : ["."];
  // Inputs that change the result are checked before anything is scanned.
  for (const varFile of request.varFiles ?? []) {
    if (!isFile(resolve(cwd, varFile))) {
      throw new UsageError(`error: --var-file ${varFile}: does not exist or is not a file; nothing was scanned, since the findings depend on its values`);
    }
  }
  if (paths.includes("-") && request.stdinIsTTY === true) {
    throw new UsageError(
      "error: `moat scan -` reads a plan as JSON from standard input, which is a terminal here; pipe one in: terraform show -json plan.out | moat scan - (to scan Terraform source, name its directory: moat scan infra/)",
    );
  }

  // The config and the baseline are read before anything is scanned: a broken one stops the run.
  const central = centralConfigOf(request.env);
  if (central !== undefined && request.config !== undefined) {
    throw new UsageError(
      `error: ${request.config === false ? "--no-config" : "--config"} cannot be used while ${CENTRAL_CONFIG_ENV} is set: the central config ${central} applies to every scan (unset ${CENTRAL_CONFIG_ENV} to choose another)`,
    );
  }
  const fastPath = fastPathOf(request.env);
  const { config, notices: configNotices } = configOf(paths, request, central);
  const policy = selectRules(resolvePolicy(rules, config.policy), request);
  const enabled = policy.filter((p) => p.level !== "disabled");
  const baseline = request.baseline !== undefined ? readBaseline(resolve(cwd, request.baseline), request.baseline) : undefined;
  const severityThreshold: Severity = request.severityThreshold ?? config.severityThreshold ?? "low";
  if (request.failOn !== undefined && severityRank(request.failOn) < severityRank(severityThreshold)) {
    throw new UsageError(
      `error: --fail-on ${request.failOn} is below the severity threshold ${severityThreshold}: a finding that is not shown cannot fail the run; ` +
        `lower --severity-threshold to ${request.failOn}, or raise --fail-on`,
    );
  }
  const inlineSuppressions = request.inlineSuppressions ?? config.inlineSuppressions ?? true;

  const inputs = classifyInputs(paths, cwd, { baseline: request.baseline });
  // Files named (pre-commit, lint-staged): their modules are scanned, the findings in them reported.
  const filter = inputs.reportOnly ? new ReportFilter(inputs.reportOnly) : undefined;
  if (filter && request.writeBaseline === true) {
    throw new UsageError(
      "error: --write-baseline records every finding of what is scanned, but with files named only their findings are reported; name directories (e.g. .) to write a baseline",
    );
  }
  const shard = request.shard;
  if (shard) shardUsage(shard, paths, filter !== undefined, request);
  const selection = shard ? selectShard(shard, cwd) : undefined;
  const env = request.env;
  request.progress?.start();
  let results;
  try {
    results = await scanInputs(
      inputs,
      {
        cwd,
        varFiles: request.varFiles ?? [],
        vars: request.vars ?? [],
        env: request.envVars !== false ? env : undefined,
        workspace: request.workspace,
        maxFileBytes: request.maxFileBytes,
        sourceRoot: request.sourceRoot,
        readStdin: request.readStdin,
        stdinLabel: request.stdinLabel,
        onProgress: request.progress ? (done, total) => request.progress?.update(done, total) : undefined,
        policy,
        excluded: exclusions(config, request.exclude ?? [], cwd),
        limits: config.limits,
        fastPath,
        cacheDir: request.cacheDir === false ? undefined : request.cacheDir !== undefined ? resolve(cwd, request.cacheDir) : (config.cacheDir ?? defaultCacheDir(env)),
        onInternalError: request.onInternalError,
        shard: selection?.settings,
      },
      rules,
    );
  } finally {
    request.progress?.stop();
    await shutdownParsers();
  }
  // Every awaited parse has settled here; one still pending would be a leak in the parse layer, never a pass.
  const unsettled = pendingParses();
  const errors = [...results.errors];
  if (unsettled > 0) {
    errors.push({ file: "(parser)", message: `${unsettled} parse(s) never finished, so the scan is incomplete; this is a bug in moat, please report it` });
  }

  // A bug in the suppression machinery costs the suppressions, not the report: every finding then counts as it is.
  let suppressionNotices: Notice[] = [];
  try {
    suppressionNotices = applySuppressions(results, { cwd, config, inlineSuppressions, today: request.today ?? todayUtc(), rules });
  } catch (error) {
    for (const f of results.findings) delete f.suppressed;
    errors.push({ file: "(suppressions)", message: `inline suppressions and exceptions could not be applied, so none was: internal error (${internalErrorText(error, cwd)}); this is a bug in moat, please report it` });
    request.onInternalError?.("inline suppressions and exceptions", error);
  }
  // A run that checks nothing proves nothing: it is an error (exit 2), not "No findings".
  if (enabled.length === 0) {
    const byFlags = request.skipRule !== undefined && request.skipRule.length > 0;
    errors.push({
      file: byFlags || config.file === undefined ? "(command line)" : config.file,
      message: byFlags
        ? "no rule is enabled: --skip-rule disables every rule that would run, so nothing was checked"
        : "no rule is enabled: this config disables every rule (policy), so nothing was checked; enable some, or name them with --rule",
    });
  }
  if (filter) suppressionNotices = filter.narrow(results, suppressionNotices);
  const notices = [...configNotices, ...results.notices, ...suppressionNotices];
  const scanned: ScanResults = { ...results, errors, notices, ...(config.file !== undefined ? { config: config.file } : {}) };
  if (baseline && request.baseline !== undefined) {
    scanned.baseline = { file: request.baseline, comparison: markBaseline(results.findings, filter ? filter.baseline(baseline, cwd) : baseline, cwd) };
  }

  const report = buildReport(scanned, {
    cwd,
    severityThreshold,
    durationMs: performance.now() - started,
    tool: { name: TOOL_NAME, version: toolVersion() },
    failOn: request.failOn,
  });
  if (shard && selection) {
    report.summary.shard = { index: shard.index, total: shard.total };
    report.shard = shardReport(shard, selection, {
      cwd,
      roots: results.roots,
      digests: results.digests ?? new Map(),
      sourceFiles: results.terraformFiles,
      varFiles: (request.varFiles ?? []).map((f) => resolve(cwd, f)),
      files: report.summary.files,
      rules: enabled.map((p) => `${p.rule.meta.id}:${p.level}`),
      configText: config.file !== undefined ? readFileSync(config.file, "utf8") : undefined,
      arguments: scanArguments(paths, request, central),
      ...(baseline ? { baseline: baselineMatches(baseline, results.findings, cwd) } : {}),
    });
  }
  return { report, enabled, findings: results.findings };
}

/**
 * --shard splits the root modules of the directories scanned, and the plan files. Standard input, files named for a
 * pre-commit hook (scanned with their callers, in one run) and --write-baseline (a shard sees part of the findings)
 * are usage errors with it. --baseline works: each shard marks its findings, and merge counts the entries fixed.
 */
function shardUsage(shard: Shard, paths: readonly string[], namedFiles: boolean, request: ScanRequest): void {
  const refuse = (why: string) => {
    throw new UsageError(`error: --shard ${why}`);
  };
  const valid = (n: number) => Number.isInteger(n) && n >= 1;
  if (!valid(shard.index) || !valid(shard.total) || shard.index > shard.total) {
    refuse(`${String(shard.index)}/${String(shard.total)} is not K/N with 1 ≤ K ≤ N; write e.g. 2/4 for the second of four jobs`);
  }
  if (paths.includes("-")) refuse("cannot split standard input; save the plan to a file (terraform show -json tfplan > plan.json) and name it");
  if (namedFiles) {
    refuse("splits the root modules of directories, and .tf or .tfvars files are named here (as a pre-commit hook does); scan named files in one run, without --shard");
  }
  if (request.writeBaseline === true) refuse("cannot be used with --write-baseline: a shard sees only its part of the findings; write the baseline from one scan without --shard");
}

/** The settings that do not change what a scan finds (the threshold and --fail-on: merge checks and sets those). */
type UnmeasuredSetting =
  | "paths"
  | "cwd"
  | "env"
  | "rules"
  | "shard"
  | "severityThreshold"
  | "failOn"
  | "cacheDir"
  | "writeBaseline"
  | "readStdin"
  | "stdinLabel"
  | "stdinIsTTY"
  | "today"
  | "progress"
  | "onInternalError";

/**
 * The paths and the settings that change what a scan finds, defaults filled in (so the CLI and the library agree), as
 * one string for a shard report's digest: `moat merge` refuses shards made with different ones. Every other setting of
 * ScanRequest must be listed here or in UnmeasuredSetting (the type says so).
 */
function scanArguments(paths: readonly string[], request: ScanRequest, central: string | undefined): string {
  const { cwd, env } = request;
  const digest = (file: string) => {
    try {
      return createHash("sha256").update(readFileSync(resolve(cwd, file))).digest("hex");
    } catch {
      return "unreadable";
    }
  };
  const measured: Record<Exclude<keyof ScanRequest, UnmeasuredSetting>, unknown> = {
    varFiles: (request.varFiles ?? []).map((f) => [f, digest(f)]),
    vars: request.vars ?? [],
    envVars: request.envVars !== false,
    workspace: request.workspace ?? null,
    maxFileBytes: request.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    sourceRoot: request.sourceRoot ?? null,
    config: request.config ?? null,
    repoConfig: request.repoConfig !== false,
    rule: request.rule ?? null,
    skipRule: request.skipRule ?? [],
    exclude: request.exclude ?? [],
    inlineSuppressions: request.inlineSuppressions ?? null,
    baseline: request.baseline !== undefined ? [request.baseline, digest(request.baseline)] : null,
  };
  const environment = request.envVars !== false ? Object.entries(env).filter(([k]) => k.startsWith("TF_VAR_") || k === "TF_WORKSPACE").sort() : [];
  return JSON.stringify({ paths, ...measured, environment, central: central ?? null });
}

/** With --baseline: its distinct entries, and the fingerprints of this shard's findings (below the threshold too) it holds. */
function baselineMatches(baseline: Baseline, findings: readonly Finding[], cwd: string): { entries: number; matched: string[] } {
  return {
    entries: new Set(baseline.findings.map((e) => e.fingerprint)).size,
    matched: findings.filter((f) => f.baselineState === "unchanged").map((f) => findingFingerprint(f, cwd)),
  };
}

/**
 * The environment variable that chooses how Terraform's native syntax is parsed: `hcl2json` sends every file to
 * hcl2json, bypassing moat's JavaScript fast path (hcl-rules/fast-hcl.ts); `fast` (or unset, or empty) is the default.
 * Like MOAT_CENTRAL_CONFIG it is moat's own setting, so --no-env-vars (which is about TF_VAR_*) does not hide it.
 */
export const PARSER_ENV = "MOAT_HCL_PARSER";

/** False when MOAT_HCL_PARSER asks for hcl2json alone, true for the default; any other value is a usage error. */
export function fastPathOf(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env[PARSER_ENV]?.trim() ?? "";
  if (value === "" || value === "fast") return true;
  if (value === "hcl2json") return false;
  throw new UsageError(
    `error: ${PARSER_ENV}=${JSON.stringify(value).slice(1, -1).slice(0, 40)} is not a parser moat knows; set it to hcl2json (every file parsed by hcl2json) or fast (the default), or unset it`,
  );
}

/** MOAT_CENTRAL_CONFIG, when set to something. */
export function centralConfigOf(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = env[CENTRAL_CONFIG_ENV]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/**
 * The config of a scan (the report's summary names its file): --config (or MOAT_CENTRAL_CONFIG), else the one found
 * from the scan root upward; none with --no-config. With --no-repo-config (or MOAT_CENTRAL_CONFIG) a config found in
 * the scanned repository is never used, and a notice says so, so its authors know it was not applied.
 */
function configOf(paths: readonly string[], request: ScanRequest, central: string | undefined): { config: MoatConfig; notices: Notice[] } {
  const { cwd, rules } = request;
  if (request.config === false) return { config: emptyConfig(cwd), notices: [] };
  const given = central ?? request.config;
  const repoConfig = request.repoConfig !== false && central === undefined;
  const notices: Notice[] = [];
  // The scan root: the first path's directory (a file's own directory), or the working directory for stdin.
  const first = paths[0] === undefined || paths[0] === "-" ? cwd : resolve(cwd, paths[0]);
  const found = given === undefined || !repoConfig ? findConfigFile(isDirectory(first) ? first : dirname(first)) : undefined;
  const file = given !== undefined ? resolve(cwd, given) : repoConfig ? found : undefined;
  const config = file === undefined ? emptyConfig(cwd) : loadConfig(file, rules, { label: displayPath(file, cwd), discovered: given === undefined });
  if (!repoConfig && found !== undefined && (file === undefined || realPath(found) !== realPath(file))) {
    const why = central !== undefined ? `${CENTRAL_CONFIG_ENV} is set` : "--no-repo-config is given";
    const instead = file !== undefined ? `the central config ${displayPath(file, cwd)} applies` : "every rule runs at its default level";
    notices.push({ kind: "config", file: found, message: `was not used: ${why} (central enforcement), so configs in the scanned repository are ignored and ${instead}` });
  }
  return { config, notices };
}

/**
 * --rule and --skip-rule over the config's policy: with --rule only the named rules run (one the config disables runs
 * at its default level: the command line overrides the config), and --skip-rule disables a rule whatever else says.
 * An unknown id or name is a usage error naming the closest match.
 */
function selectRules(policy: ResolvedRule[], request: ScanRequest): ResolvedRule[] {
  const lookup = (flag: string, queries: readonly string[]): Set<AnyRule> =>
    new Set(
      queries.map((query) => {
        const { rule, suggestion } = findRule(query, request.rules);
        if (!rule) {
          throw new UsageError(`error: ${flag} '${query}' names no rule${suggestion ? `; did you mean ${suggestion}?` : ""} (\`${TOOL_NAME} rules\` lists every rule)`);
        }
        return rule;
      }),
    );
  const only = request.rule !== undefined ? lookup("--rule", request.rule) : undefined;
  const skipped = lookup("--skip-rule", request.skipRule ?? []);
  return policy.map((p) => {
    if (skipped.has(p.rule) || (only !== undefined && !only.has(p.rule))) return { ...p, level: "disabled" };
    if (only !== undefined && p.level === "disabled") return { ...p, level: p.rule.meta.enforcement };
    return p;
  });
}

/**
 * What is not scanned: the config's exclude (globs relative to its directory) and --exclude (relative to the working
 * directory). The answer says which glob matched, as the notice about an excluded named path quotes it.
 */
function exclusions(config: MoatConfig, cliGlobs: readonly string[], cwd: string): ((absolutePath: string) => string | undefined) | undefined {
  const fromConfig = excludedBy(config);
  const fromCli = excludedBy({ dir: cwd, exclude: [...cliGlobs] });
  if (!fromConfig && !fromCli) return undefined;
  return (path) => {
    const c = fromConfig?.(path);
    if (c !== undefined) return `the config's exclude "${c}"`;
    const g = fromCli?.(path);
    return g !== undefined ? `--exclude "${g}"` : undefined;
  };
}
