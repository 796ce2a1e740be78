/**
 * A fixed rule set for the CLI tests, so they do not change when rules are added to the registry: the real
 * MOAT-LB-001 (high, mandatory) plus two rules that exist only here, one critical and mandatory, one low and
 * advisory, to exercise severity thresholds and enforcement levels.
 */
import type { Resource } from "../../core/model";
import { type AnyRule, type Area, type Severity, defineRule } from "../../core/rule";
import { isTrue } from "../../core/values";
import lbListenerPlainHttp from "../../rules/aws/elbv2/lb-listener-plain-http";

function testRule(spec: {
  id: string;
  name: string;
  severity: Severity;
  area: Area;
  resourceTypes: string[];
  message: string;
  check: (resource: Resource, report: (at: (string | number)[]) => void) => void;
}): AnyRule {
  return defineRule({
    meta: {
      id: spec.id,
      name: spec.name,
      title: `Test rule ${spec.id} for the CLI tests.`,
      severity: spec.severity,
      area: spec.area,
      resourceTypes: spec.resourceTypes,
      scope: "resource",
      doors: ["hcl"],
      messages: { found: spec.message },
      rationale: "This rule exists only in the CLI tests, to give findings of a chosen severity and enforcement.",
      defaults: "No attribute defaults matter to this test rule.",
      remediation: { text: "Nothing to remediate: test only.", hcl: "# test only, no fix", pulumi: "// test only, no fix" },
      references: [{ title: "moat CLI tests", url: "https://example.com/moat/cli-tests" }],
      options: { type: "object", properties: {}, additionalProperties: false },
      enforcement: spec.severity === "critical" || spec.severity === "high" ? "mandatory" : "advisory",
    },
    check(resource, ctx) {
      spec.check(resource, (at) => ctx.report({ messageId: "found", at }));
    },
  });
}

/** Critical, mandatory: a database instance reachable from the internet. */
export const publicDatabase = testRule({
  id: "MOAT-TEST-001",
  name: "test-public-database",
  severity: "critical",
  area: "db-encryption",
  resourceTypes: ["aws_db_instance"],
  message: "Database instance is publicly accessible (test rule).",
  check(resource, report) {
    if (isTrue(resource.attrs.publicly_accessible)) report(["publicly_accessible"]);
  },
});

/** Low, advisory: an inline ingress block of a security group that opens a port other than 443. */
export const ingressNot443 = testRule({
  id: "MOAT-TEST-002",
  name: "test-ingress-not-443",
  severity: "low",
  area: "sg-broad",
  resourceTypes: ["aws_security_group"],
  message: "Security group opens a port other than 443 (test rule).",
  check(resource, report) {
    const ingress = resource.attrs.ingress;
    if (!Array.isArray(ingress)) return;
    ingress.forEach((block, i) => {
      const from = (block as { from_port?: unknown }).from_port;
      if (typeof from === "number" && from !== 443) report(["ingress", i, "from_port"]);
    });
  },
});

export const TEST_RULES: readonly AnyRule[] = [lbListenerPlainHttp, publicDatabase, ingressNot443];
