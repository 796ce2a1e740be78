/**
 * Discovery: `moat rules` (every rule with its severity, default level, doors and area) and `moat explain RULE`
 * (a rule's doc: the generated docs/rules/<ID>.md shipped with moat, or a summary made from the rule's meta).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnyRule, Area, Severity } from "../core/rule";
import { renderRuleDoc } from "../core/rule-docs";
import { closestMatch } from "../core/spelling";
import { packageRoot } from "./tool";

const DOOR_NAMES: Record<string, string> = { hcl: "terraform", plan: "plan", pulumi: "pulumi" };

/** One rule as `moat rules --format json` lists it. */
export interface RuleListing {
  /** Stable, e.g. MOAT-SG-002. */
  id: string;
  /** kebab-case, e.g. sg-public-ingress-restricted-port (the Pulumi policy's name). */
  name: string;
  title: string;
  severity: Severity;
  /** The level it runs at unless configured: mandatory findings fail a run, advisory ones do not. */
  defaultLevel: "mandatory" | "advisory";
  area: Area;
  /** terraform (source), plan, pulumi. */
  doors: string[];
  /** Each option with its default. */
  options: Record<string, unknown>;
}

export function ruleListing(rules: readonly AnyRule[]): RuleListing[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    name: meta.name,
    title: meta.title,
    severity: meta.severity,
    defaultLevel: meta.enforcement,
    area: meta.area,
    doors: meta.doors.map((d) => DOOR_NAMES[d] ?? d),
    options: Object.fromEntries(Object.entries(meta.options.properties).map(([k, p]) => [k, p.default])),
  }));
}

/** `ID  SEVERITY  LEVEL  NAME  AREA  DOORS  TITLE`, one rule a line, columns aligned. */
export function rulesTable(rules: readonly AnyRule[]): string {
  const rows = ruleListing(rules).map((r) => [r.id, r.severity, r.defaultLevel, r.name, r.area, r.doors.join(","), r.title]);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i].length))) ?? [];
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join("  ")).join("\n") + (rows.length > 0 ? "\n" : "");
}

/** The rule a user named by id (any case) or name; undefined with a suggestion when there is none. */
export function findRule(query: string, rules: readonly AnyRule[]): { rule?: AnyRule; suggestion?: string } {
  const q = query.trim().toLowerCase();
  const rule = rules.find((r) => r.meta.id.toLowerCase() === q || r.meta.name === q);
  if (rule) return { rule };
  return { suggestion: closestMatch(query.trim(), rules.flatMap((r) => [r.meta.id, r.meta.name])) };
}

/** The rule's doc: docs/rules/<ID>.md from moat's package when it exists there, else a summary of its meta. */
export function ruleDoc(rule: AnyRule): string {
  const file = join(packageRoot(), "docs", "rules", `${rule.meta.id}.md`);
  if (existsSync(file)) {
    const text = readFileSync(file, "utf8");
    // The generated doc names the rule in its title; a rule that only shares the id (a test rule) gets its own summary.
    if (text.startsWith(`# ${rule.meta.id} · ${rule.meta.name}`)) return text.replace(/\n*<!-- Generated[^\n]*-->\s*$/, "\n");
  }
  return renderRuleDoc(rule);
}

