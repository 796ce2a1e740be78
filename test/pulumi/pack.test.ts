/** Rules → CrossGuard policies, called in-process the way @pulumi/policy calls them. */
import type { ResourceValidationArgs, ResourceValidationPolicy, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import { defineRule } from "../../core/rule";
import { moatPolicyPackArgs, policyOf, pulumiRules, ruleDocUrl } from "../../policies/pack";
import lbListenerPlainHttp from "../../rules/aws/elbv2/lb-listener-plain-http";

/** A resource rule that reports every security group, with the group's port in the message. */
const everyGroup = defineRule({
  meta: {
    ...lbListenerPlainHttp.meta,
    id: "MOAT-TEST-001",
    name: "every-security-group",
    title: "A test rule that reports every security group it sees.",
    severity: "medium",
    enforcement: "advisory",
    scope: "resource",
    resourceTypes: ["aws_security_group"],
    messages: { seen: "{{label}}: group {{name}} allows port {{port}}" },
    options: { type: "object", properties: { label: { type: "string", default: "seen", description: "A prefix for the message." } }, additionalProperties: false },
    tags: ["test"],
    framework: { name: "moat-test", version: "1", reference: "T-1", specification: "Test framework." },
  },
  check(r, ctx) {
    ctx.report({ messageId: "seen", data: { label: ctx.options.label, name: r.name, port: String((r.attrs.ingress as { from_port: number }[])[0].from_port) }, at: ["ingress", 0, "from_port"] });
  },
});

function resourceArgs(type: string, props: Record<string, unknown>, config: Record<string, unknown> = {}): ResourceValidationArgs & { notApplicableCalls: string[] } {
  const notApplicableCalls: string[] = [];
  return {
    type,
    props,
    urn: `urn:pulumi:dev::shop::${type}::web`,
    name: "web",
    opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
    stackTags: new Map(),
    isType: () => false,
    asType: () => undefined,
    getConfig: <T extends object>() => config as T,
    notApplicable: (reason?: string): never => {
      notApplicableCalls.push(reason ?? "");
      throw new Error("not applicable");
    },
    notApplicableCalls,
  } as ResourceValidationArgs & { notApplicableCalls: string[] };
}

test("a resource rule is a resource policy carrying the rule's metadata and option defaults", () => {
  const p = policyOf(everyGroup) as ResourceValidationPolicy;
  expect(p).toMatchObject({
    name: "every-security-group",
    description: everyGroup.meta.title,
    enforcementLevel: "advisory",
    severity: "medium",
    url: ruleDocUrl(everyGroup),
    tags: ["listener-http", "test"],
    framework: everyGroup.meta.framework,
    configSchema: { properties: { label: { type: "string", default: "seen", description: "A prefix for the message." } } },
  });
  expect(p.remediationSteps).toContain(everyGroup.meta.remediation.pulumi);
  expect(typeof p.validateResource).toBe("function");
  expect(ruleDocUrl(everyGroup)).toMatch(/^https:\/\/github\.com\/.+\/blob\/main\/docs\/rules\/MOAT-TEST-001\.md$/);
});

test("a resource policy reports on the resource's URN, with the rule id, the Pulumi property and the configured options", () => {
  const p = policyOf(everyGroup) as ResourceValidationPolicy;
  const reports: [string, string | undefined][] = [];
  const args = resourceArgs("aws:ec2/securityGroup:SecurityGroup", { ingress: [{ fromPort: 22, toPort: 22, protocol: "tcp" }] }, { label: "custom" });
  (p.validateResource as (a: ResourceValidationArgs, r: (m: string, u?: string) => void) => void)(args, (m, u) => reports.push([m, u]));
  expect(reports).toEqual([["MOAT-TEST-001 at ingress[0].fromPort: custom: group web allows port 22", args.urn]]);
});

test("a resource policy is not applicable to the types its rule does not read", () => {
  const p = policyOf(everyGroup) as ResourceValidationPolicy;
  const args = resourceArgs("aws:s3/bucket:Bucket", {});
  expect(() => (p.validateResource as (a: ResourceValidationArgs, r: () => void) => void)(args, () => undefined)).toThrow("not applicable");
  expect(args.notApplicableCalls).toEqual(["every-security-group reads aws_security_group only"]);
});

test("a stack rule is a stack policy that is not applicable to a stack without the rule's types", () => {
  const p = policyOf(lbListenerPlainHttp) as StackValidationPolicy;
  expect(typeof p.validateStack).toBe("function");
  const calls: string[] = [];
  const args = {
    resources: [],
    stackTags: new Map(),
    getConfig: <T extends object>() => ({}) as T,
    notApplicable: (reason?: string): never => {
      calls.push(reason ?? "");
      throw new Error("not applicable");
    },
  } as StackValidationArgs;
  expect(() => p.validateStack(args, () => undefined)).toThrow("not applicable");
  expect(calls).toEqual(["the stack has no aws_lb_listener"]);
});

test("a deprecated rule stays a policy, disabled unless configured", () => {
  const old = defineRule({ ...everyGroup, meta: { ...everyGroup.meta, deprecated: { reason: "replaced", replacedBy: "MOAT-TEST-002" } } });
  expect(policyOf(old)).toMatchObject({ enforcementLevel: "disabled", description: `Deprecated (replaced): ${everyGroup.meta.title}` });
});

test("only rules that declare the Pulumi door become policies", () => {
  const hclOnly = defineRule({ ...everyGroup, meta: { ...everyGroup.meta, doors: ["hcl", "plan"] } });
  expect(pulumiRules([everyGroup, hclOnly])).toEqual([everyGroup]);
  expect(moatPolicyPackArgs([everyGroup, hclOnly]).policies.map((p) => p.name)).toEqual(["every-security-group"]);
});
