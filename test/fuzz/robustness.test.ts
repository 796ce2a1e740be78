/**
 * Hostile input never crashes the scan: random bytes, mangled Terraform and plan JSON of any shape give findings or
 * error entries, never an exception, a stack trace or an absolute path. `MOAT_FUZZ_RUNS` sets the number of runs.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rules } from "../../rules";
import { moat } from "../cli/run-moat";
import { type Verdicts, fuzzRuns, scanFiles, scanPlanString, writeScenario, writingArb } from "./hcl-gen";
import { SCENARIOS } from "./scenarios";

const RUNS = fuzzRuns(25);
/** A scan may take long on a slow machine, but a run that never settles is a hang: fast-check reports it with its seed. */
const TIMEOUT_MS = 20_000;

/**
 * What no message shown to a user may contain: a stack frame, the absolute path of the scanned directory, or an
 * internal error (moat keeps the rest of the report then, but it is still a bug in moat).
 */
function expectClean(messages: readonly string[], failures: readonly string[]): void {
  expect(failures).toEqual([]);
  for (const m of messages) {
    expect(m).not.toMatch(/\n\s+at /);
    expect(m).not.toContain("/moat-case-");
    expect(m).not.toMatch(/internal error|a bug in moat/i);
  }
}

function expectScanned(v: Verdicts): void {
  expectClean([...v.errors, ...v.messages], v.failures);
}

/** Pieces of HCL syntax that a mutation splices in: unbalanced brackets, template starts, operators, keywords. */
const HCL_TOKENS = ["{", "}", "[", "]", "(", ")", '"', "${", "%{", "}", "=", "==", "?", ":", "...", "=>", "\n", "#", "/*", "*/", "<<EOT\n", "\nEOT\n",
  "for", "in", "if", "null", "true", "var.", "local.", "module.", "count.index", "each.key", "resource", "dynamic", "\\", "\u0000", "\u001b[31m", "ðŸ¦€"];

type Mutation = { kind: "delete"; at: number; length: number } | { kind: "insert"; at: number; text: string } | { kind: "duplicate"; at: number; length: number } | { kind: "truncate"; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...HCL_TOKENS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === "delete") out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === "insert") out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === "duplicate") out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
    else out = out.slice(0, at);
  }
  return out;
}

/** Applies each mutation to every file of a written scenario (the same mutations, so modules break too). */
function mutateFiles(files: Record<string, string>, mutations: readonly Mutation[]): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path, mutate(text, mutations)]));
}

const scenarioArb = fc.oneof(...Object.values(SCENARIOS));

describe("the source door never crashes", () => {
  test("random bytes as a .tf file", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        expectScanned(await scanFiles({ "main.tf": Buffer.from(bytes).toString("latin1") }));
      }),
      { numRuns: RUNS, timeout: TIMEOUT_MS },
    );
  });

  test("random text as a .tf file and as terraform.tfvars", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 512 }), fc.string({ maxLength: 256 }), async (tf, tfvars) => {
        expectScanned(await scanFiles({ "main.tf": tf, "terraform.tfvars": tfvars }));
      }),
      // Found by this property: the parser's "Attribute redefined" error named the file by its absolute path.
      { numRuns: RUNS, timeout: TIMEOUT_MS, examples: [['resource "aws_lb" "main" {\n  name = "a"\n  name = "b"\n}\n', ""]] },
    );
  });

  test("valid configurations with random mutations (modules and tfvars included)", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, writingArb, fc.array(mutationArb, { minLength: 1, maxLength: 6 }), async (s, writing, mutations) => {
        const written = writeScenario(s.resources, s.safe, writing);
        expectScanned(await scanFiles(mutateFiles(written.files, mutations), written.vars));
      }),
      { numRuns: RUNS, timeout: TIMEOUT_MS },
    );
  });
});

/** Scans plan text and runs every rule on what it read: the whole plan door, without the CLI. */
function scanPlan(text: string): void {
  // An absolute path, as the CLI gives it: no message may repeat it.
  const v = scanPlanString(text, "/tmp/moat-case-fuzz/plan.json");
  expectClean([...v.errors, ...v.messages], v.failures);
}

const VALID_PLAN = JSON.parse(readFileSync(join(__dirname, "..", "..", "examples", "plans", "insecure.json"), "utf8")) as unknown;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a node of a JSON document, so a mutation can pick one. */
function pathsOf(doc: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(doc)) doc.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (doc && typeof doc === "object") for (const [k, v] of Object.entries(doc)) pathsOf(v, [...prefix, k], out);
  return out;
}

type PlanMutation = { pick: number; action: "replace"; value: Json } | { pick: number; action: "delete" } | { pick: number; action: "wrap" } | { pick: number; action: "deep"; depth: number };

const planMutationArb: fc.Arbitrary<PlanMutation> = fc.oneof(
  fc.record({ pick: fc.nat(), action: fc.constant("replace" as const), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
  fc.record({ pick: fc.nat(), action: fc.constant("delete" as const) }),
  fc.record({ pick: fc.nat(), action: fc.constant("wrap" as const) }),
  fc.record({ pick: fc.nat(), action: fc.constant("deep" as const), depth: fc.integer({ min: 100, max: 20000 }) }),
);

/** A placeholder for a deeply nested value: JSON.stringify itself would overflow, so the text is spliced in after. */
function deepValue(depth: number): Json {
  return `__MOAT_DEEP_${depth}__`;
}

function planText(doc: Json): string {
  return JSON.stringify(doc).replace(/"__MOAT_DEEP_(\d+)__"/g, (_m, n: string) => '[{"k":'.repeat(Number(n)) + "1" + "}]".repeat(Number(n)));
}

function mutatePlan(plan: Json, mutations: readonly PlanMutation[]): Json {
  let doc = structuredClone(plan);
  for (const m of mutations) {
    const paths = pathsOf(doc);
    const path = paths[m.pick % paths.length];
    if (path.length === 0) {
      if (m.action === "replace") doc = m.value;
      continue;
    }
    let parent = doc as Record<string | number, Json>;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
    const last = path[path.length - 1];
    const old = parent[last];
    if (m.action === "replace") parent[last] = m.value;
    else if (m.action === "wrap") parent[last] = [old];
    else if (m.action === "deep") parent[last] = deepValue(m.depth);
    else if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  }
  return doc;
}

describe("the plan door never crashes", () => {
  test("random bytes as a plan", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        scanPlan(Buffer.from(bytes).toString("utf8"));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  test("JSON of any shape, and plan-shaped documents with arbitrary parts", () => {
    const anything = fc.jsonValue({ maxDepth: 5 }) as fc.Arbitrary<Json>;
    const planShaped = fc.record(
      {
        format_version: fc.oneof(fc.constantFrom("1.2", "0.1", "1.0", "2.0", ""), anything),
        terraform_version: anything,
        planned_values: anything,
        resource_changes: fc.oneof(anything, fc.array(fc.dictionary(fc.constantFrom("address", "type", "name", "mode", "change", "index", "module_address", "provider_name"), anything))),
        configuration: anything,
        prior_state: anything,
      },
      { requiredKeys: ["format_version"] },
    );
    fc.assert(
      fc.property(fc.oneof(anything, planShaped), (doc) => {
        scanPlan(JSON.stringify(doc));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  test("a valid plan with random mutations", () => {
    fc.assert(
      fc.property(fc.array(planMutationArb, { minLength: 1, maxLength: 5 }), (mutations) => {
        scanPlan(planText(mutatePlan(VALID_PLAN as Json, mutations)));
      }),
      // Found by this property: a 2,015-deep value in a resource's planned values overflowed the stack.
      { numRuns: RUNS * 4, examples: [[[{ pick: 1198061338, action: "deep", depth: 2015 }]]] },
    );
  });

  test("a valid plan with its text mutated", () => {
    const text = JSON.stringify(VALID_PLAN, null, 2);
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        scanPlan(mutate(text, mutations));
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

describe("the CLI never crashes on a plan", () => {
  test("mutated plans through `moat scan plan.json` in every format", async () => {
    const dir = mkdtempSync(join(tmpdir(), "moat-fuzz-cli-"));
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(planMutationArb, { minLength: 1, maxLength: 5 }), async (mutations) => {
          writeFileSync(join(dir, "plan.json"), planText(mutatePlan(VALID_PLAN as Json, mutations)));
          for (const format of ["text", "json", "sarif", "junit", "github", "markdown"]) {
            const r = await moat(["scan", "plan.json", "-f", format, "--unknown", "warn"], { cwd: dir, rules });
            expect({ format, code: [0, 1, 2].includes(r.code) }).toEqual({ format, code: true });
            expectClean([r.stdout, r.stderr], []);
            // SARIF names the scan root as an absolute file:// URI by design (originalUriBaseIds); nothing else may.
            expect((r.stdout + r.stderr).replace(`"uri": "file://${dir}/"`, "")).not.toContain(dir);
            if (format === "json" || format === "sarif") expect((): unknown => JSON.parse(r.stdout)).not.toThrow();
          }
        }),
        // Six CLI runs per case: a third of the runs keeps it as quick as the others.
        { numRuns: Math.ceil(RUNS / 3), timeout: TIMEOUT_MS },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
