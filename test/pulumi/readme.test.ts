/** The README's Pulumi section: its example config is one the pack accepts (its generated table: test/generated.test.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type PolicyConfig, resolvePolicy } from "../../core/policy-config";
import { policyOf, pulumiRules } from "../../policies/pack";
import { rules } from "../../rules";
import { type PolicyInfo, parsePolicyPackConfig, reconcilePolicyConfig } from "../support/pulumi-engine";

const README = join(__dirname, "..", "..", "README.md");
const readme = readFileSync(README, "utf8");

test("the README's --policy-pack-config example passes the engine's validation and the rules' option schemas", () => {
  const json = /### Configure it[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(json).toBeDefined();
  const policies: PolicyInfo[] = pulumiRules(rules).map((r) => {
    const p = policyOf(r);
    return {
      name: p.name,
      description: p.description,
      enforcementLevel: p.enforcementLevel ?? "advisory",
      type: r.meta.scope,
      severity: r.meta.severity,
      tags: [],
      url: "",
      remediationSteps: "",
      configSchema: { properties: p.configSchema!.properties as Record<string, Record<string, unknown>>, required: [] },
    };
  });
  const config = parsePolicyPackConfig(json!, README);
  expect(() => reconcilePolicyConfig(policies, undefined, config)).not.toThrow();
  expect(() => resolvePolicy(rules, JSON.parse(json!) as PolicyConfig)).not.toThrow();
});
