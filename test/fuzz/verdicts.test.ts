/**
 * The same logical infrastructure, written in different ways, gets the same findings: a value may arrive as a
 * literal, through a variable (default, tfvars, --var), a local, a conditional, a for-expression, a function, an
 * object, an interpolation, a dynamic block's iterator, count/for_each or a local module's input. Each generated
 * configuration is judged by a small oracle (RULES.md restated), and its findings, messages and unknowns must equal
 * those of the plain literal writing. `MOAT_FUZZ_RUNS` (or `npm run fuzz -- --runs N`) sets how many runs each
 * property makes; a failure prints fast-check's seed and path, so it can be replayed.
 */
import fc from "fast-check";
import { LITERAL, type Value, type Verdicts, type Writing, fuzzRuns, planOfScenario, scanPlanString, scanWritten, writeScenario, writingArb } from "./hcl-gen";
import { rules } from "../../rules";
import { SCENARIOS, type Scenario } from "./scenarios";

const RUNS = fuzzRuns(12);

function judgedFindings(v: Verdicts, s: Scenario): string[] {
  const out = v.findings.map((f) => f.split("|")).filter(([, id]) => s.judged.includes(id));
  return [...new Set(out.map(([address, id]) => `${address}|${id}`))].sort();
}

/** Writes and scans a scenario, and checks the findings against the oracle; the configuration is in every failure. */
async function checkOracle(s: Scenario, writing: Writing) {
  const written = writeScenario(s.resources, s.safe, writing);
  const got = await scanWritten(written);
  const context = { family: s.family, files: written.files, vars: written.vars };
  expect({ ...context, errors: got.errors }).toEqual({ ...context, errors: [] });

  const expected = [...new Set(s.expected.map((e) => e.replace(/^[^|]+/, (address) => written.at(address))))].sort();
  expect({ ...context, findings: judgedFindings(got, s) }).toEqual({ ...context, findings: expected });
  // Every value is known, so no judged check may be left unevaluated.
  expect({ ...context, unknown: got.unknown.filter((u) => s.judged.includes(u.split("|")[1])) }).toEqual({ ...context, unknown: [] });
  return { written, got, context };
}

async function checkScenario(s: Scenario, writing: Writing): Promise<void> {
  const { got, context } = await checkOracle(s, writing);
  // Invariance: the plain literal writing of the same instancing gives the same findings, messages and unknowns.
  const base = await scanWritten(writeScenario(s.resources, s.safe, { ...LITERAL, instancing: writing.instancing }));
  expect({ ...context, messages: got.messages, unknown: got.unknown }).toEqual({ ...context, messages: base.messages, unknown: base.unknown });
}

describe("verdicts do not depend on how values arrive", () => {
  test.each(Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[])("%s", async (family) => {
    await fc.assert(
      fc.asyncProperty(SCENARIOS[family], writingArb, (s, writing) => checkScenario(s, writing)),
      { numRuns: RUNS },
    );
  });
});

/** Several families in one configuration: their resources differ, so their verdicts must simply add up. */
const combined: fc.Arbitrary<Scenario> = fc
  .uniqueArray(fc.constantFrom(...(Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[])), { minLength: 2, maxLength: 4 })
  // Both listener families declare aws_lb.main and aws_lb_listener.front.
  .filter((families) => !(families.includes("listener") && families.includes("listenerRule")))
  .chain((families) => fc.tuple(...families.map((f) => SCENARIOS[f])))
  .map((parts) => ({
    family: parts.map((p) => p.family).join("+"),
    resources: parts.flatMap((p) => p.resources),
    safe: parts.flatMap((p) => p.safe),
    judged: parts.flatMap((p) => p.judged),
    expected: parts.flatMap((p) => p.expected),
  }));

test("several families in one configuration", async () => {
  await fc.assert(
    fc.asyncProperty(combined, writingArb, (s, writing) => checkScenario(s, writing)),
    { numRuns: RUNS },
  );
});

describe("the plan door agrees with the oracle", () => {
  test.each(Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[])("%s", (family) => {
    // Only the plain addresses: a plan of count/for_each instances is what the source door's instancing checks.
    fc.assert(
      fc.property(SCENARIOS[family], (s) => {
        const text = planOfScenario(s.resources, { instancing: "single" });
        const got = scanPlanString(text);
        const context = { family: s.family, plan: JSON.parse(text) as unknown };
        expect({ ...context, errors: got.errors }).toEqual({ ...context, errors: [] });
        expect({ ...context, findings: judgedFindings(got, s) }).toEqual({ ...context, findings: [...new Set(s.expected)].sort() });
        expect({ ...context, unknown: got.unknown.filter((u) => s.judged.includes(u.split("|")[1])) }).toEqual({ ...context, unknown: [] });
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

/**
 * The fixed words of every rule's message templates. A message may say "plain HTTP" or "application load balancer"
 * because of a sensitive value: that is the finding, not the value printed, so such words are not looked for.
 */
const TEMPLATE_TEXT = rules
  .flatMap((r) => Object.values(r.meta.messages))
  .join(" ")
  .replace(/\{\{[^}]*\}\}/g, " ")
  .toLowerCase();

/**
 * Where a sensitive value would show in a text: a string of three characters or more anywhere (case-insensitive), a
 * shorter one or a number as a whole word. Booleans are not checked ("false" is part of many messages), nor words of
 * the message templates.
 */
function leaksOf(secrets: readonly Value[], texts: readonly string[]): string[] {
  const strings = secrets.flatMap((v) => (Array.isArray(v) ? v : typeof v === "boolean" ? [] : [String(v)]));
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const word = (t: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(t)}(?![\\p{L}\\p{N}])`, "iu");
  const found: string[] = [];
  for (const secret of new Set(strings)) {
    if (word(secret).test(TEMPLATE_TEXT)) continue;
    const pattern = secret.length >= 3 ? new RegExp(escape(secret), "iu") : word(secret);
    for (const t of texts) if (pattern.test(t)) found.push(`${secret} in: ${t}`);
  }
  return found;
}

// Terraform refuses sensitive values in for_each (resource or dynamic block), so those writings are left out.
const sensitiveWriting: fc.Arbitrary<Writing> = writingArb.map((w) => ({
  ...w,
  sensitive: true,
  instancing: w.instancing === "forEachValues" ? "count" : w.instancing,
  blockWays: w.blockWays.map((b) => (b === "dynamicIter" ? "dynamic" : b)),
}));

describe("sensitive values change no verdict and are never printed", () => {
  test.each(Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[])("%s", async (family) => {
    await fc.assert(
      fc.asyncProperty(SCENARIOS[family], sensitiveWriting, async (s, writing) => {
        const { written, got, context } = await checkOracle(s, writing);
        expect({ ...context, leaks: leaksOf(written.secrets, [...got.messages.map((m) => m.split("|").slice(3).join("|")), ...got.reasons]) }).toEqual({
          ...context,
          leaks: [],
        });
      }),
      { numRuns: RUNS },
    );
  });
});
