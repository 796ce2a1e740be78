/**
 * Parity across doors: for every case written for the Pulumi door and another door, each door gives the verdict the
 * case expects. And every rule that declares the Pulumi door has Pulumi cases, so its parity is shown, not assumed.
 */
import { loadRules } from "../../scripts/generate";
import { type ParityRow, parityTable, renderParityTable } from "../support/pulumi-parity";

const loaded = loadRules();
let rows: ParityRow[] = [];

beforeAll(async () => {
  rows = await parityTable((_l, c) => c.pulumi !== undefined, loaded);
});

test("every door gives the case's verdict for every case with a Pulumi program", () => {
  const broken = rows.filter((r) => Object.values(r.doors).some((v) => v.join(",") !== r.expected.join(",")));
  // On failure the table shows which door disagrees: `npx tsx test/support/pulumi-parity.ts` prints all of it.
  expect(renderParityTable(broken)).toBe(renderParityTable([]));
  expect(rows.filter((r) => Object.keys(r.doors).length >= 2).length).toBeGreaterThan(0);
});

test("every rule with a Pulumi form has Pulumi cases: at least 3 bad and 3 good", () => {
  const missing = loaded
    .filter((l) => l.rule.meta.doors.includes("pulumi"))
    .filter((l) => {
      const programs = l.cases.filter((c) => c.pulumi !== undefined);
      return programs.filter((c) => c.expect.length > 0).length < 3 || programs.filter((c) => c.expect.length === 0).length < 3;
    })
    .map((l) => `${l.rule.meta.id} ${l.rule.meta.name}: add \`pulumi: () => { … }\` programs (real @pulumi/aws classes, the same resource names as the HCL) to its .cases.ts`);
  expect(missing).toEqual([]);
});
