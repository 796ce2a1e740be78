/**
 * The report of one scan: the single structure every output format renders (and, as JSON, what
 * `schemas/report.schema.json` describes). Paths are relative to the working directory, order is stable
 * (file, line, rule id), and the exit code is decided here, once.
 */
import { isAbsolute, parse, relative, sep } from "node:path";
import type { BaselineComparison } from "../core/baseline";
import { type Finding, Redactor, type Suppression, type Unevaluated, fingerprintOf } from "../core/engine";
import type { ModuleCall, SourceLocation } from "../core/model";
import { type Area, SEVERITIES, type Severity, severityRank } from "../core/rule";
import { REPORT_SCHEMA_URL } from "../core/schema-urls";
import type { Notice, NoticeKind } from "../core/suppressions";

export const REPORT_SCHEMA_VERSION = 1;

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INCOMPLETE = 2;

/** Said once beside the remote modules that were not scanned (moat reads what `terraform init` downloaded, and fetches nothing). */
export const REMOTE_MODULES_HINT =
  "moat scans a registry or Git module once `terraform init` has downloaded it into `.terraform/modules` (moat fetches nothing): run `terraform init` in the root module, or scan the plan (`terraform show -json tfplan > plan.json`, then `moat scan plan.json`).";

export interface ReportModuleCall {
  address: string;
  file: string;
  line?: number;
}

export interface ReportFinding {
  ruleId: string;
  ruleName: string;
  area: Area;
  severity: Severity;
  enforcement: "mandatory" | "advisory";
  messageId: string;
  message: string;
  resourceType: string;
  address: string;
  door: Finding["door"];
  file: string;
  line?: number;
  endLine?: number;
  /** The attribute the finding is about ("" = the whole resource). */
  path: string;
  /** Module calls that led to the resource, outermost first; empty in a root module. */
  moduleChain: ReportModuleCall[];
  /** For plan findings: the plan file and the line of the resource's address in it. */
  origin?: { file: string; line?: number };
  /**
   * Stable across line shifts and moves between files of one module: rule id + root (module directory or plan file,
   * relative to the working directory) + address + attribute path.
   */
  fingerprint: string;
  /** The resources whose creation the finding assumes, when their count or for_each is unknown (the message begins "If"). */
  ifCreated?: string[];
  /** An inline suppression or a configured exception covers it: shown, never failing the run. */
  suppressed?: Suppression;
  /** With --baseline: "unchanged" findings were in the baseline and never fail the run. */
  baselineState?: "new" | "unchanged";
}

/**
 * Something about the scan's own guardrails a user should fix: an inline suppression that is malformed, has no
 * reason, has expired or matches nothing; an exception that has expired or matches nothing; a path the config
 * excluded entirely. Notices never change the exit code by themselves.
 */
export interface ReportNotice {
  kind: NoticeKind;
  file?: string;
  line?: number;
  message: string;
}

export interface ReportError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ReportUnevaluated {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  resourceType: string;
  address: string;
  door: Unevaluated["door"];
  file: string;
  line?: number;
  path: string;
  reason: string;
  moduleChain: ReportModuleCall[];
}

export interface ReportRemoteModule {
  address: string;
  source: string;
  file: string;
  line?: number;
  /** Why a module `terraform init` downloaded was not scanned all the same (its source changed since, say). */
  reason?: string;
}

export interface ReportSummary {
  /** Files read: Terraform files, variable files and plan files. */
  files: number;
  resources: number;
  rules: number;
  /** Findings reported (at or above the threshold). */
  findings: number;
  findingsBySeverity: Record<Severity, number>;
  /** Reported findings of advisory rules: shown, but they never fail the run. */
  advisoryFindings: number;
  /** Findings below the severity threshold, left out of the report. */
  belowThreshold: number;
  /** Reported findings that fail the run: mandatory, not suppressed, not in the baseline. */
  failing: number;
  /** Reported findings covered by an inline suppression or a configured exception: shown, never failing. */
  suppressed: number;
  /** With --baseline: reported findings already in it, new ones, and baseline entries no finding matched any more. */
  baseline?: { file: string; unchanged: number; new: number; fixed: number };
  /** Problems with suppressions, exceptions and exclusions (listed in `notices`). */
  notices: number;
  /** Checks (at or above the threshold) that met a value they could not know. */
  unevaluated: number;
  remoteModulesSkipped: number;
  errors: number;
  severityThreshold: Severity;
  durationMs: number;
  exitCode: number;
  /**
   * The config file the scan used (relative to the working directory), or null when it used none (no file found up to
   * the repository root, or --no-config). Always written by `buildReport` and `moat merge`; a reader treats a missing
   * value as null.
   */
  config?: string | null;
  /** With `--shard K/N`: which shard of how many this report is. */
  shard?: { index: number; total: number };
}

/**
 * What a report of `moat scan --shard K/N` adds, so that `moat merge` can check its shards belong together and
 * combine them as one scan would have reported. Paths are relative to the working directory.
 */
export interface ReportShard {
  /** 1-based. */
  index: number;
  total: number;
  /** The root module directories this shard scanned. */
  roots: string[];
  /** The plan files this shard scanned. */
  plans: string[];
  /** The Terraform files and --var-file files it read: a module two shards read is counted once in the merge. */
  files: string[];
  /** Other files it read (variable files of its roots, plans): each is read by one shard only. */
  otherFiles: number;
  /** The rules that ran, as `ID:level` (mandatory or advisory), in the registry's order. */
  rules: string[];
  /**
   * SHA-256 digests: `config`, of the config file's content (or of nothing); `arguments`, of the paths and the flags
   * that change what is found; `tree`, of what identifies the checkout (cli/shard.ts, treeDigest: the keys of every
   * root module and plan, the path and SHA-256 of every Terraform file read, and the size of every plan).
   */
  digests: { config: string; arguments: string; tree: string };
  /**
   * With --baseline: how many distinct entries it has, and the fingerprints of this shard's findings (below the
   * threshold too) that it holds; merge counts as fixed the entries no shard matched.
   */
  baseline?: { entries: number; matched: string[] };
}

export interface Report {
  /**
   * The URL of schemas/report.schema.json as published for the version of moat that made the report (core/schema-urls.ts):
   * `withSummary` sets it (for `buildReport` and `moat merge`), so the library's report is the JSON report `moat scan
   * --format json` writes.
   */
  $schema?: string;
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  findings: ReportFinding[];
  errors: ReportError[];
  unevaluated: ReportUnevaluated[];
  remoteModules: ReportRemoteModule[];
  notices: ReportNotice[];
  summary: ReportSummary;
  /** Set by `moat scan --shard K/N` only. */
  shard?: ReportShard;
}

/** Everything a scan produced, before it is shaped for the user. Paths are absolute (or labels such as "(command line)"). */
export interface ScanResults {
  findings: readonly Finding[];
  unevaluated: readonly Unevaluated[];
  errors: readonly ReportError[];
  remoteModules: readonly { address: string; source: string; location: SourceLocation; reason?: string }[];
  files: number;
  resources: number;
  rules: number;
  /** Problems with suppressions, exceptions and exclusions. */
  notices?: readonly Notice[];
  /** With --baseline: the file as given and how the findings compared with it (findings carry baselineState). */
  baseline?: { file: string; comparison: BaselineComparison };
  /** The config file used (absolute), if any. */
  config?: string;
  /**
   * Redacts every secret value of the scanned resources (sensitive plan values, sensitive variables, Pulumi secrets),
   * as the engine did: the report redacts them wherever a value can appear (see `buildReport`).
   */
  redactor?: Redactor;
}

export interface ReportSettings {
  cwd: string;
  severityThreshold: Severity;
  durationMs: number;
  tool: { name: string; version: string };
  /** `--fail-on`: only shown findings of this severity or higher fail the run (default: every shown failing finding). */
  failOn?: Severity;
}

/**
 * Builds the report. Secrets are redacted here for everything a value can reach that the engine did not already
 * redact: instance keys in addresses (`aws_lb.this["<key>"]`, also in module calls), error messages and notices.
 * Finding messages and unknown-value reasons were redacted by the engine (a message's data only, never moat's own
 * wording: see runRules) and are not redacted twice. File paths, rule ids and suppression reasons are not values.
 */
export function buildReport(results: ScanResults, settings: ReportSettings): Report {
  const { cwd } = settings;
  const redactor = results.redactor ?? new Redactor([]);
  const address = (a: string) => redactAddress(a, redactor);
  const chainOf = (chain: readonly ModuleCall[] | undefined): ReportModuleCall[] =>
    (chain ?? []).map((call) => ({ address: address(call.address), ...place(call.location, cwd) }));
  const atOrAbove = (s: Severity) => severityRank(s) >= severityRank(settings.severityThreshold);
  const shown = results.findings.filter((f) => atOrAbove(f.severity));

  const findings = shown
    .map(
      (f): ReportFinding => ({
        ruleId: f.ruleId,
        ruleName: f.ruleName,
        area: f.area,
        severity: f.severity,
        enforcement: f.enforcement,
        messageId: f.messageId,
        message: f.message,
        resourceType: f.resourceType,
        address: address(f.address),
        door: f.door,
        ...place(f.location, cwd),
        ...(f.location.endLine !== undefined && f.location.endLine !== f.location.line ? { endLine: f.location.endLine } : {}),
        path: f.path,
        moduleChain: chainOf(f.moduleChain),
        ...(f.origin ? { origin: place(f.origin, cwd) } : {}),
        fingerprint: findingFingerprint(f, cwd),
        ...(f.ifCreated ? { ifCreated: f.ifCreated.map(address) } : {}),
        ...(f.suppressed ? { suppressed: f.suppressed } : {}),
        ...(f.baselineState ? { baselineState: f.baselineState } : {}),
      }),
    )
    .sort(REPORT_ORDER.findings);

  const unevaluated = results.unevaluated
    .filter((u) => atOrAbove(u.severity))
    .map(
      (u): ReportUnevaluated => ({
        ruleId: u.ruleId,
        ruleName: u.ruleName,
        severity: u.severity,
        resourceType: u.resourceType,
        address: address(u.address),
        door: u.door,
        ...place(u.location, cwd),
        path: u.path,
        reason: u.reason,
        moduleChain: chainOf(u.moduleChain),
      }),
    )
    .sort(REPORT_ORDER.unevaluated);

  const errors = results.errors
    .map((e): ReportError => ({ ...e, file: displayPath(e.file, cwd), message: withoutCwd(redactor.redact(e.message), cwd) }))
    .sort(REPORT_ORDER.errors);

  const remoteModules = results.remoteModules
    .map((m): ReportRemoteModule => ({ address: address(m.address), source: m.source, ...place(m.location, cwd), ...(m.reason !== undefined ? { reason: withoutCwd(redactor.redact(m.reason), cwd) } : {}) }))
    .sort(REPORT_ORDER.remoteModules);

  const notices = (results.notices ?? [])
    .map((n): ReportNotice => ({ kind: n.kind, ...(n.file !== undefined ? { file: displayPath(n.file, cwd) } : {}), ...(n.line !== undefined ? { line: n.line } : {}), message: withoutCwd(redactor.redact(n.message), cwd) }))
    .sort(REPORT_ORDER.notices);

  return withSummary(
    { schemaVersion: REPORT_SCHEMA_VERSION, tool: settings.tool, findings, errors, unevaluated, remoteModules, notices },
    {
      files: results.files,
      resources: results.resources,
      rules: results.rules,
      belowThreshold: results.findings.length - shown.length,
      ...(results.baseline ? { baseline: { file: results.baseline.file, fixed: results.baseline.comparison.fixed } } : {}),
      severityThreshold: settings.severityThreshold,
      durationMs: settings.durationMs,
      failOn: settings.failOn,
      ...(results.config !== undefined ? { config: displayPath(results.config, cwd) } : {}),
    },
  );
}

/** What a report's summary takes from outside its lists: counts of what was read, and the settings of the run. */
export interface SummaryBasis {
  files: number;
  resources: number;
  rules: number;
  belowThreshold: number;
  /** With --baseline: the file as given and how many of its entries no finding matched. */
  baseline?: { file: string; fixed: number };
  severityThreshold: Severity;
  durationMs: number;
  /** The config file the scan used (as the report shows it), or null/absent for none. */
  config?: string | null;
  /** `--fail-on`: only shown findings of this severity or higher fail the run. */
  failOn?: Severity;
}

/**
 * The report with its summary computed from its lists, and the exit code decided, once for every command that makes
 * a report (`scan`, and `merge` over shard reports), led by the `$schema` of this version: 2 when anything could not be scanned, else 1 when a shown finding
 * fails the run (mandatory, not suppressed, not in the baseline, at or above `failOn` when given), else 0.
 */
export function withSummary(lists: Omit<Report, "summary" | "$schema">, basis: SummaryBasis): Report {
  const { findings, errors, unevaluated, remoteModules, notices } = lists;
  const findingsBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) findingsBySeverity[f.severity]++;
  // As before --fail-on existed, an incomplete scan counts every failing finding (its exit code is 2 whatever they are).
  const failOn = errors.length === 0 ? basis.failOn : undefined;
  const failing = findings.filter((f) => failsRun(f) && (failOn === undefined || severityRank(f.severity) >= severityRank(failOn))).length;
  const exitCode = errors.length > 0 ? EXIT_INCOMPLETE : failing > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  return {
    $schema: REPORT_SCHEMA_URL,
    ...lists,
    summary: {
      files: basis.files,
      resources: basis.resources,
      rules: basis.rules,
      findings: findings.length,
      findingsBySeverity,
      advisoryFindings: findings.filter((f) => f.enforcement === "advisory").length,
      belowThreshold: basis.belowThreshold,
      failing,
      suppressed: findings.filter((f) => f.suppressed !== undefined).length,
      ...(basis.baseline
        ? {
            baseline: {
              file: basis.baseline.file,
              unchanged: findings.filter((f) => f.baselineState === "unchanged").length,
              new: findings.filter((f) => f.baselineState === "new").length,
              fixed: basis.baseline.fixed,
            },
          }
        : {}),
      notices: notices.length,
      unevaluated: unevaluated.length,
      remoteModulesSkipped: remoteModules.length,
      errors: errors.length,
      severityThreshold: basis.severityThreshold,
      durationMs: Math.round(basis.durationMs),
      exitCode,
      config: basis.config ?? null,
    },
  };
}

/**
 * A finding's fingerprint as reports and baselines show it: rule id + root (module directory or plan file, relative
 * to the working directory, so the same checkout scanned from the same place gives the same value) + address +
 * attribute path.
 */
export function findingFingerprint(f: Pick<Finding, "ruleId" | "root" | "address" | "path" | "fingerprint">, cwd: string): string {
  return f.root !== undefined ? fingerprintOf(f.ruleId, `${displayPath(f.root, cwd)}\u0000${f.address}`, f.path) : f.fingerprint;
}

/** Only a mandatory finding that is neither suppressed nor already in the baseline fails a run. */
export function failsRun(f: { enforcement: string; suppressed?: unknown; baselineState?: string }): boolean {
  return f.enforcement === "mandatory" && f.suppressed === undefined && f.baselineState !== "unchanged";
}

/** Where an error is: `file`, `file:line` or `file:line:column`. */
export function errorPlace(e: Pick<ReportError, "file" | "line" | "column">): string {
  return [e.file, e.line, e.line !== undefined ? e.column : undefined].filter((p) => p !== undefined).join(":");
}

/** The config a report names, for the formats that print it: its path, or "none". */
export function configName(summary: Pick<ReportSummary, "config">): string {
  return summary.config ?? "none";
}

/** A path as the user sees it: relative to the working directory, with `/` separators. Labels pass unchanged. */
export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file) || ".";
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/**
 * A message with every path inside the working directory written relative to it, as report paths are: a parser or
 * the file system may name a file by its absolute path (`EACCES: permission denied, open '/home/ci/repo/x.tf'`),
 * and the checkout's path must not leak into a shared report. Only the working directory's own prefix is rewritten,
 * so a message's other text (`/0`, an HTTP path) stays as it is.
 */
export function withoutCwd(message: string, cwd: string): string {
  if (!isAbsolute(cwd) || cwd === parse(cwd).root) return message;
  const dir = cwd.endsWith(sep) ? cwd.slice(0, -1) : cwd;
  const escaped = dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const slash = sep === "/" ? "/" : "[\\\\/]";
  return message.replace(new RegExp(`(?<![\\w./-])${escaped}(?:${slash}(?=[^\\s/'"\`),:;])|(?=[\\s'"\`),:;]|$))`, "g"), (m) => (m === dir ? "." : ""));
}

function place(location: SourceLocation, cwd: string): { file: string; line?: number } {
  return location.line !== undefined ? { file: displayPath(location.file, cwd), line: location.line } : { file: displayPath(location.file, cwd) };
}

/**
 * An address with its instance keys redacted: `module.db["<key>"].aws_db_instance.this["<key>"]`. Types, names and
 * count indexes are identifiers and numbers written in the source, never values; a for_each key is a value, and moat
 * evaluates for_each over a sensitive value even where Terraform would refuse it.
 */
function redactAddress(address: string, redactor: Redactor): string {
  return address.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (whole, key: string) => {
    const redacted = redactor.redact(key);
    return redacted === key ? whole : `["${redacted}"]`;
  });
}

/** The order of each list of a report (stable, the same on every machine); `moat merge` sorts merged lists by it. */
export const REPORT_ORDER = {
  findings: (a: ReportFinding, b: ReportFinding) =>
    byPlace(a, b) || compare(a.ruleId, b.ruleId) || compare(a.address, b.address) || compare(a.path, b.path) || compare(a.messageId, b.messageId) || byChain(a, b) || compare(a.fingerprint, b.fingerprint),
  unevaluated: (a: ReportUnevaluated, b: ReportUnevaluated) =>
    byPlace(a, b) || compare(a.ruleId, b.ruleId) || compare(a.address, b.address) || compare(a.path, b.path) || byChain(a, b) || compare(a.reason, b.reason),
  errors: (a: ReportError, b: ReportError) => byPlace(a, b) || (a.column ?? 0) - (b.column ?? 0) || compare(a.message, b.message),
  remoteModules: (a: ReportRemoteModule, b: ReportRemoteModule) => byPlace(a, b) || compare(a.address, b.address),
  notices: (a: ReportNotice, b: ReportNotice) => compare(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compare(a.message, b.message),
};

/** A module's resource reached from two roots is one address twice: the roots' calls (its module chain) tell them apart. */
function byChain(a: { moduleChain?: unknown }, b: { moduleChain?: unknown }): number {
  return compare(JSON.stringify(a.moduleChain ?? []), JSON.stringify(b.moduleChain ?? []));
}

function byPlace(a: { file: string; line?: number }, b: { file: string; line?: number }): number {
  return compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
