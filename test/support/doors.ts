/**
 * Runs one rule case through a door and returns what a user would see, in a shape the generic suite compares
 * with the case's expectations.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import type { RuleCase } from "../../core/cases";
import { type EngineResult, runRules } from "../../core/engine";
import { ResourceGraph } from "../../core/model";
import { resolvePolicy } from "../../core/policy-config";
import type { AnyRule } from "../../core/rule";
import { type TerraformResult, scanTerraform } from "../../hcl-rules/project";

export interface DoorOutcome {
  /** `address|messageId` per finding, sorted. */
  verdicts: string[];
  /** HCL: `address|messageId|file:line` per finding, sorted. */
  located: string[];
  /** Addresses whose check met an Unknown. */
  unknown: string[];
  severities: Record<string, string>;
  errors: string[];
  result: EngineResult;
}

export function runOnly(rule: AnyRule, options: Record<string, unknown> | undefined) {
  return resolvePolicy([rule], { [rule.meta.name]: { enforcementLevel: "mandatory", ...(options ?? {}) } });
}

export function writeCaseFiles(c: RuleCase): string {
  const dir = mkdtempSync(join(tmpdir(), "moat-case-"));
  const files = typeof c.hcl === "string" ? { "main.tf": c.hcl } : (c.hcl ?? {});
  for (const [rel, text] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}

export function outcome(result: EngineResult, errors: string[], relativeTo?: string, typeName?: (f: EngineResult["findings"][number]) => string): DoorOutcome {
  const name = typeName ?? ((f) => f.address);
  const verdicts = result.findings.map((f) => `${name(f)}|${f.messageId}`).sort();
  const located = result.findings
    .map((f) => `${name(f)}|${f.messageId}|${relativeTo ? relative(relativeTo, f.location.file) : f.location.file}:${f.location.line}`)
    .sort();
  const severities: Record<string, string> = {};
  for (const f of result.findings) severities[`${name(f)}|${f.messageId}`] = f.severity;
  const unknown = [...new Set(result.unevaluated.map((u) => u.address))].sort();
  return { verdicts, located, unknown, severities, errors, result };
}

export interface CaseScan {
  scan: TerraformResult;
  /** The directory the case's files were written to (gone by now): locations are relative to it. */
  dir: string;
}

const scans = new WeakMap<RuleCase, Promise<CaseScan>>();

/** The source door's scan of a case's HCL, once per case: the HCL leg and the derived plan form share it. */
export function scanCase(c: RuleCase): Promise<CaseScan> {
  let hit = scans.get(c);
  if (!hit) {
    hit = (async () => {
      const dir = writeCaseFiles(c);
      try {
        return { scan: await scanTerraform({ dirs: [dir], files: [], explicit: [dir] }, { vars: c.vars }), dir };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    })();
    scans.set(c, hit);
  }
  return hit;
}

export async function runHclCase(rule: AnyRule, c: RuleCase): Promise<DoorOutcome> {
  const { scan, dir } = await scanCase(c);
  const graph = new ResourceGraph(scan.resources, scan.edges);
  const result = runRules(graph, runOnly(rule, c.options));
  return outcome(result, scan.errors.map((e) => `${relative(dir, e.file)}:${e.line ?? ""} ${e.message}`), dir);
}
