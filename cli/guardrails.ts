/**
 * The guardrails between the engine's findings and the report: configured exceptions, inline `moat:ignore`
 * comments and a baseline. Each marks findings (`suppressed`, `baselineState`) rather than dropping them, so every
 * report still shows them; the problems they meet become notices.
 */
import { readFileSync } from "node:fs";
import { type Baseline, type BaselineComparison, BaselineError, baselineOf, compareWithBaseline, parseBaseline, renderBaseline } from "../core/baseline";
import type { MoatConfig } from "../core/config";
import type { Finding } from "../core/engine";
import type { Resource, ResourceGraph } from "../core/model";
import type { AnyRule } from "../core/rule";
import { type FindingPlace, type InlineSuppression, type Notice, DIRECTIVE, applyExceptions, applyInlineSuppressions, inlineSuppressionsOf } from "../core/suppressions";
import type { HclFile } from "../hcl-rules/evaluate";
import { locateLines } from "../hcl-rules/locate";
import { displayPath, findingFingerprint } from "./report";
import type { ScanOutcome } from "./scan";

export interface GuardrailSettings {
  cwd: string;
  config: MoatConfig;
  /** false: `moat:ignore` comments are ignored (--no-inline-suppressions, for central enforcement). */
  inlineSuppressions: boolean;
  /** YYYY-MM-DD (UTC). */
  today: string;
  rules: readonly AnyRule[];
}

/** Applies the config's exceptions, then the inline suppressions, to the outcome's findings; returns the notices. */
export function applySuppressions(outcome: ScanOutcome, settings: GuardrailSettings): Notice[] {
  const options = { today: settings.today, rules: settings.rules, rulesRun: outcome.rulesRun };
  const notices = applyExceptions(outcome.findings, settings.config.exceptions, options);
  if (settings.inlineSuppressions) {
    const placeOf = findingPlaces(outcome.graph);
    const directives = inlineDirectives(outcome, placeOf, settings.cwd);
    for (const notice of applyInlineSuppressions(outcome.findings, placeOf, directives, options)) notices.push(notice);
  }
  return notices;
}

/**
 * Where each finding is written: its resource's block, the lines of its attribute and of the nested blocks around
 * it, and its module calls. Found through the graph, by door, root and address.
 */
export function findingPlaces(graph: ResourceGraph): (f: Finding) => FindingPlace | undefined {
  const byAddress = new Map<string, Resource>();
  for (const r of graph.all()) byAddress.set(`${r.door}\u0000${r.root ?? ""}\u0000${r.address}`, r);
  const cache = new Map<Finding, FindingPlace | undefined>();
  return (f) => {
    if (cache.has(f)) return cache.get(f);
    const r = byAddress.get(`${f.door}\u0000${f.root ?? ""}\u0000${f.address}`);
    let place: FindingPlace | undefined;
    if (r && r.location.line !== undefined) {
      // A finding located in an override file merged into the resource is placed in that file's block; a comment at
      // any other block of the resource (the primary one, other overrides) covers the whole resource.
      const blocks = [r.location, ...(r.overrideLocations ?? [])].filter((b): b is typeof b & { line: number } => b.line !== undefined);
      const block = blocks.find((b) => b.file === f.location.file && f.location.line! >= b.line && f.location.line! <= (b.endLine ?? b.line)) ?? blocks[0];
      const anchors = new Set<number>();
      if (f.location.file === block.file && f.location.line !== undefined) anchors.add(f.location.line);
      const steps = pathSteps(f.path);
      let value: unknown = r.attrs;
      for (let n = 1; n <= steps.length; n++) {
        value = value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[steps[n - 1]] : undefined;
        // A group of nested blocks (`ingress`) spans from its first block to its last: a comment above the first
        // block is about that block, not the group, so only the blocks themselves anchor.
        if (isListOfObjects(value) && n < steps.length) continue;
        const at = r.locate(steps.slice(0, n));
        if (at.file === block.file && at.line !== undefined && at.line !== block.line) anchors.add(at.line);
      }
      place = {
        resource: { file: block.file, line: block.line, endLine: block.endLine ?? block.line },
        otherBlocks: blocks.filter((b) => b !== block).map((b) => ({ file: b.file, line: b.line, endLine: b.endLine ?? b.line })),
        anchors: [...anchors],
        moduleCalls: (r.moduleChain ?? [])
          .filter((call) => call.location.line !== undefined)
          .map((call) => ({ file: call.location.file, line: call.location.line!, endLine: call.location.endLine ?? call.location.line! })),
      };
    }
    cache.set(f, place);
    return place;
  };
}

/**
 * The `moat:ignore` comments of every .tf file the source door parsed, and of the .tf files plan findings point
 * into (with --source-root). Only files with a directive are read again, for their text.
 */
function inlineDirectives(outcome: ScanOutcome, placeOf: (f: Finding) => FindingPlace | undefined, cwd: string): InlineSuppression[] {
  const files = new Map<string, HclFile["lines"] | undefined>();
  for (const [file, parsed] of outcome.hclFiles) files.set(file, parsed.lines);
  for (const f of outcome.findings) {
    const place = placeOf(f);
    for (const file of [place?.resource?.file, ...(place?.moduleCalls ?? []).map((c) => c.file)]) {
      if (file !== undefined && file.endsWith(".tf") && !files.has(file)) files.set(file, undefined);
    }
  }
  const out: InlineSuppression[] = [];
  for (const [file, known] of files) {
    let source: string | undefined;
    let lines = known;
    if (!lines) {
      source = readText(file);
      if (source === undefined || !source.includes(DIRECTIVE)) continue;
      lines = locateLines(source);
    }
    // A text without the directive has no comment with it: its line index need not be built (locate.ts).
    if (lines.mentions?.(DIRECTIVE) === false || !lines.comments.some((c) => c.text.includes(DIRECTIVE))) continue;
    source ??= readText(file);
    if (source === undefined) continue;
    for (const d of inlineSuppressionsOf(file, lines.comments, source, (line) => `${displayPath(file, cwd)}:${line}`)) out.push(d);
  }
  return out;
}

function isListOfObjects(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((v) => v !== null && typeof v === "object" && !Array.isArray(v));
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** `default_action[0].redirect[0].protocol` → the steps it was made from. */
function pathSteps(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) steps.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return steps;
}

// ---------------------------------------------------------------------------------------------- baselines

/** Reads a baseline file (`given` as on the command line). Throws BaselineError with what to do. */
export function readBaseline(path: string, given: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === "ENOENT"
        ? `${given}: the baseline does not exist; write it first with \`moat scan --write-baseline ${given}\``
        : `${given}: cannot be read: ${(error as Error).message}`,
    );
  }
  return parseBaseline(text, given);
}

export function markBaseline(findings: readonly Finding[], baseline: Baseline, cwd: string): BaselineComparison {
  return compareWithBaseline(findings, (f) => findingFingerprint(f, cwd), baseline);
}

/**
 * The baseline of a scan: every finding that is not suppressed, whatever its severity or level — a suppression keeps
 * its own expiry, and a rule made mandatory later or a lower threshold must not turn accepted findings into new ones.
 */
export function baselineText(findings: readonly Finding[], cwd: string): { text: string; count: number } {
  const baseline = baselineOf(
    findings
      .filter((f) => f.suppressed === undefined)
      .map((f) => ({
        fingerprint: findingFingerprint(f, cwd),
        ruleId: f.ruleId,
        address: f.address,
        path: f.path,
        file: displayPath(f.location.file, cwd),
        message: f.message,
      })),
  );
  return { text: renderBaseline(baseline), count: baseline.findings.length };
}
