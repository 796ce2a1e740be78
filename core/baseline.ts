/**
 * Baselines: the findings a team has accepted for now, so that adopting moat on an existing code base fails only on
 * what is new. A baseline is a JSON file of fingerprints (rule id + root + address + attribute path: they survive line
 * shifts and moves between files of one module), with the rule, address, path, file and message beside each one for
 * the people who review it. Entries are sorted, so a rewritten baseline diffs cleanly.
 */
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  address: string;
  /** The attribute ("" = the resource). */
  path: string;
  /** Where the finding was when the baseline was written; informative only (a moved resource still matches). */
  file: string;
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: string;
  description: string;
  findings: BaselineEntry[];
}

/** A baseline file that cannot be used; the message names the file and says what to do. */
export class BaselineError extends Error {}

const DESCRIPTION =
  "Findings accepted when this baseline was written: `moat scan --baseline <this file>` fails only on findings not listed here. " +
  "Rewrite it with `moat scan --write-baseline <this file>`; run both from the same directory, since fingerprints include the module's path relative to it.";

export function baselineOf(entries: readonly BaselineEntry[], tool = "moat"): Baseline {
  const unique = new Map<string, BaselineEntry>();
  for (const e of entries) {
    const key = `${e.fingerprint}\u0000${e.message}`;
    if (!unique.has(key)) unique.set(key, { fingerprint: e.fingerprint, ruleId: e.ruleId, address: e.address, path: e.path, file: e.file, message: e.message });
  }
  const findings = [...unique.values()].sort(
    (a, b) => compare(a.ruleId, b.ruleId) || compare(a.address, b.address) || compare(a.path, b.path) || compare(a.fingerprint, b.fingerprint) || compare(a.message, b.message),
  );
  return { version: BASELINE_VERSION, tool, description: DESCRIPTION, findings };
}

export function renderBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses a baseline file's text; `label` names the file in errors. */
export function parseBaseline(text: string, label: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${label}: not valid JSON (${(error as Error).message}); write a baseline with \`moat scan --write-baseline ${label}\``);
  }
  const b = doc as Partial<Baseline> | null;
  if (!b || typeof b !== "object" || !Array.isArray(b.findings)) {
    throw new BaselineError(`${label}: not a moat baseline (it has no findings list); write one with \`moat scan --write-baseline ${label}\``);
  }
  if (b.version !== BASELINE_VERSION) {
    throw new BaselineError(`${label}: baseline version ${JSON.stringify(b.version)} is not supported (this moat reads version ${BASELINE_VERSION}); rewrite it with \`moat scan --write-baseline ${label}\``);
  }
  b.findings.forEach((e, i) => {
    if (!e || typeof e !== "object" || typeof e.fingerprint !== "string" || !/^[0-9a-f]{32}$/.test(e.fingerprint)) {
      throw new BaselineError(`${label}: findings[${i}] has no valid fingerprint (32 hex digits); rewrite the baseline with \`moat scan --write-baseline ${label}\``);
    }
  });
  return b as Baseline;
}

export interface BaselineComparison {
  /** Findings already in the baseline. */
  unchanged: number;
  /** Findings not in it. */
  new: number;
  /** Baseline entries that no current finding matches: fixed (or their resource removed or renamed). */
  fixed: number;
}

/**
 * Marks each finding `unchanged` (its fingerprint is in the baseline) or `new`, and counts the baseline entries that
 * matched nothing.
 */
export function compareWithBaseline<F extends { baselineState?: "new" | "unchanged" }>(
  findings: readonly F[],
  fingerprintOf: (finding: F) => string,
  baseline: Baseline,
): BaselineComparison {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const seen = new Set<string>();
  let unchanged = 0;
  for (const f of findings) {
    const fingerprint = fingerprintOf(f);
    if (known.has(fingerprint)) {
      f.baselineState = "unchanged";
      seen.add(fingerprint);
      unchanged++;
    } else {
      f.baselineState = "new";
    }
  }
  return { unchanged, new: findings.length - unchanged, fixed: [...known].filter((fp) => !seen.has(fp)).length };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
