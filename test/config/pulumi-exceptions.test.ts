/**
 * Exceptions in the Pulumi pack, in-process: a policy reads `exceptions` from its own config (CrossGuard gives a policy
 * nothing else), matches each finding by URN or type.name glob, leaves out the findings an unexpired exception covers,
 * and says so in the violation when the exception has expired.
 */
import type { StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import { policyOf } from "../../policies/pack";
import lbListenerPlainHttp from "../../rules/aws/elbv2/lb-listener-plain-http";

const urn = (type: string, name: string) => `urn:pulumi:dev::shop::${type}::${name}`;
const LB = { type: "aws:lb/loadBalancer:LoadBalancer", urn: urn("aws:lb/loadBalancer:LoadBalancer", "web"), name: "web", props: { loadBalancerType: "application" } };
const listener = (name: string) => ({
  type: "aws:lb/listener:Listener",
  urn: urn("aws:lb/listener:Listener", name),
  name,
  props: { port: 80, protocol: "HTTP", loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1", defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] },
  propertyDependencies: { loadBalancerArn: [{ urn: LB.urn }] },
});

/** Runs the plain-HTTP stack policy over a load balancer and two HTTP listeners with this policy config. */
function violations(config: Record<string, unknown>): [string, string | undefined][] {
  const policy = policyOf(lbListenerPlainHttp) as StackValidationPolicy;
  const reported: [string, string | undefined][] = [];
  const args = {
    resources: [LB, listener("public"), listener("legacy")].map((r) => ({ ...r, opts: {}, dependencies: [], propertyDependencies: (r as { propertyDependencies?: unknown }).propertyDependencies ?? {} })),
    stackTags: new Map(),
    getConfig: () => config,
    notApplicable: (): never => {
      throw new Error("not applicable");
    },
  } as unknown as StackValidationArgs;
  // moat's stack policies are synchronous (CrossGuard allows a promise): what they report is here on return.
  expect(policy.validateStack(args, (message, u) => reported.push([message, u]))).toBeUndefined();
  return reported;
}

test("no exceptions: both listeners are violations", () => {
  expect(violations({}).map(([, u]) => u)).toEqual([listener("public").urn, listener("legacy").urn]);
});

test("an exception by URN glob, or by type.name, leaves that listener out", () => {
  expect(violations({ exceptions: [{ resource: "*::legacy", reason: "retired next quarter" }] }).map(([, u]) => u)).toEqual([listener("public").urn]);
  expect(violations({ exceptions: [{ resource: "aws_lb_listener.leg*", reason: "retired next quarter" }] }).map(([, u]) => u)).toEqual([listener("public").urn]);
});

test("an expired exception leaves the violation in, and the message says the exception expired", () => {
  const reported = violations({ exceptions: [{ resource: "*::legacy", reason: "retired next quarter", expires: "2001-01-01" }] });
  expect(reported.map(([, u]) => u)).toEqual([listener("public").urn, listener("legacy").urn]);
  expect(reported[1][0]).toMatch(/\(the exception lb-listener-plain-http\.exceptions\[0\] expired on 2001-01-01: retired next quarter\)$/);
  expect(reported[0][0]).not.toContain("expired");
});

test("options still apply beside exceptions, and a wrong option is still refused", () => {
  expect(() => violations({ exceptions: [], allowedPorts: [80] })).toThrow(/invalid options for lb-listener-plain-http/);
});
