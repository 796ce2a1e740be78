/**
 * The parity table: rule × case × door, each cell the verdict that door gives for the case's situation. A case is one
 * situation written for several doors, so every door must give the verdict the case expects. Resources are compared
 * by canonical type and name (see pulumi-door.ts), the one naming all doors share.
 *
 * `npm run parity` prints the table as Markdown; the generic suite (test/rules.test.ts) asserts each cell.
 */
import type { RuleCase } from "../../core/cases";
import { type LoadedRule, loadRules } from "../../scripts/generate";
import { hasPlanForm } from "./derive-plan";
import { runHclCase } from "./doors";
import { runPlanCase } from "./plan-door";
import { expectedPulumiVerdicts, hasPulumiForm, pulumiAddressOf, runPulumiCase } from "./pulumi-door";

export type DoorName = "hcl" | "plan" | "pulumi";
export const DOOR_NAMES: readonly DoorName[] = ["hcl", "plan", "pulumi"];

export interface ParityRow {
  ruleId: string;
  ruleName: string;
  caseName: string;
  /** `type.name|messageId`, sorted. */
  expected: string[];
  /** Each door that has a form of the case → its verdict, in the same shape; absent when the case has no such form. */
  doors: Partial<Record<DoorName, string[]>>;
}

function neutral(verdicts: string[]): string[] {
  return verdicts
    .map((v) => {
      const bar = v.lastIndexOf("|");
      return `${pulumiAddressOf(v.slice(0, bar))}${v.slice(bar)}`;
    })
    .sort();
}

async function rowOf(l: LoadedRule, c: RuleCase): Promise<ParityRow> {
  const doors: ParityRow["doors"] = {};
  if (c.hcl !== undefined) doors.hcl = neutral((await runHclCase(l.rule, c)).verdicts);
  if (hasPlanForm(l.rule, c)) doors.plan = neutral((await runPlanCase(l.rule, c)).verdicts);
  if (hasPulumiForm(l.rule, c)) doors.pulumi = (await runPulumiCase(l.rule, c)).verdicts;
  return { ruleId: l.rule.meta.id, ruleName: l.rule.meta.name, caseName: c.name, expected: expectedPulumiVerdicts(c), doors };
}

/** Rows for the cases `include` selects (every case by default). Cases run one at a time: Pulumi programs must. */
export async function parityTable(
  include: (rule: LoadedRule, c: RuleCase) => boolean = () => true,
  loaded: readonly LoadedRule[] = loadRules(),
): Promise<ParityRow[]> {
  const rows: ParityRow[] = [];
  for (const l of loaded) for (const c of l.cases) if (include(l, c)) rows.push(await rowOf(l, c));
  return rows;
}

/** True when every door that has a form of the case gives the expected verdict. */
export function rowHolds(row: ParityRow): boolean {
  const want = row.expected.join(",");
  return Object.values(row.doors).every((v) => v.join(",") === want);
}

export function renderParityTable(rows: readonly ParityRow[]): string {
  const cell = (v: string[] | undefined) => (v === undefined ? "—" : v.length === 0 ? "pass" : v.map((x) => `\`${x}\``).join("<br>"));
  const lines = [
    `| rule | case | expected | ${DOOR_NAMES.join(" | ")} | parity |`,
    `|---|---|---|${DOOR_NAMES.map(() => "---").join("|")}|---|`,
  ];
  for (const r of rows) {
    const doors = DOOR_NAMES.map((d) => cell(r.doors[d]));
    lines.push(`| ${r.ruleId} | ${r.caseName.replace(/\|/g, "\\|")} | ${cell(r.expected)} | ${doors.join(" | ")} | ${rowHolds(r) ? "✓" : "✗"} |`);
  }
  return lines.join("\n") + "\n";
}

if (require.main === module) {
  parityTable()
    .then((rows) => {
      process.stdout.write(renderParityTable(rows));
      process.exitCode = rows.every(rowHolds) ? 0 : 1;
    })
    .catch((e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    });
}
