/**
 * The example Pulumi projects through a simulated `pulumi preview --policy-pack <repo>`: each program runs in-process
 * under mocks (with the repository's node_modules), and its resources go to the compiled pack over gRPC as the engine
 * sends them. The insecure project must trip every rule that has a Pulumi form, and fail; the secure one must pass.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { pulumiRules } from "../../policies/pack";
import { rules } from "../../rules";
import { PACK_DIR, PolicyPackProcess, type PreviewResult, simulatePreview, stackResourcesOf } from "../support/pulumi-engine";
import { runPulumiProgram } from "../support/pulumi-program";

const EXAMPLES = join(PACK_DIR, "examples", "pulumi");

/** What `pulumi preview` in the example's directory would send to the pack. */
async function preview(pack: PolicyPackProcess, example: string): Promise<PreviewResult> {
  const dir = join(EXAMPLES, example);
  const project = (parse(readFileSync(join(dir, "Pulumi.yaml"), "utf8")) as { name: string }).name;
  const registered = await runPulumiProgram(() => require(join(dir, "index.ts")), { project, stack: "dev" });
  await pack.configureStack({ project, stack: "dev" });
  return simulatePreview(pack, stackResourcesOf(registered, project, "dev"));
}

let pack: PolicyPackProcess;
let insecure: PreviewResult;
let secure: PreviewResult;

beforeAll(async () => {
  pack = await PolicyPackProcess.start(PACK_DIR);
  await pack.configure();
  insecure = await preview(pack, "insecure");
  secure = await preview(pack, "secure");
}, 60000);

afterAll(async () => {
  await pack?.stop();
});

test.each(["insecure", "secure"])("%s is a Pulumi TypeScript project that names the SDKs it uses", (example) => {
  const dir = join(EXAMPLES, example);
  expect(parse(readFileSync(join(dir, "Pulumi.yaml"), "utf8"))).toMatchObject({ runtime: "nodejs" });
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  expect(Object.keys(pkg.dependencies).sort()).toEqual(["@pulumi/aws", "@pulumi/pulumi"]);
});

test("insecure: every rule with a Pulumi form reports a violation", () => {
  const reported = new Set(insecure.diagnostics.map((d) => d.policyName));
  const missing = pulumiRules(rules)
    .map((r) => r.meta.name)
    .filter((name) => !reported.has(name));
  // A rule listed here has a Pulumi form but examples/pulumi/insecure/index.ts does not break it yet: add a resource that does.
  expect(missing).toEqual([]);
});

test("insecure: the preview fails on its mandatory violations, and each names a resource of the stack", () => {
  expect(insecure.failed).toBe(true);
  const mandatory = insecure.diagnostics.filter((d) => d.enforcementLevel === "mandatory");
  expect(mandatory.length).toBeGreaterThan(0);
  for (const d of insecure.diagnostics) {
    expect(d.urn).toMatch(/^urn:pulumi:dev::moat-example-insecure::aws:/);
    expect(d.policyPackName).toBe("moat");
  }
  // Advisory rules report, but never fail a preview on their own.
  const advisory = new Set(pulumiRules(rules).filter((r) => r.meta.enforcement === "advisory").map((r) => r.meta.name));
  for (const d of insecure.diagnostics) expect(d.enforcementLevel).toBe(advisory.has(d.policyName) ? "advisory" : "mandatory");
});

test("secure: the preview passes with no diagnostics", () => {
  expect(secure).toEqual({ diagnostics: [], failed: false });
});
