/**
 * The Pulumi adapter: type tokens, property names, unknowns, secrets and edges, as a rule sees them.
 */
import * as aws from "@pulumi/aws";
import { TOO_DEEP_REASON } from "../../core/limits";
import { Unknown } from "../../core/values";
import {
  SECRET_SIG,
  SPECIAL_SIG_KEY,
  UNKNOWN_SENTINELS,
  canonicalTypeOfToken,
  pulumiCanonicalTypes,
  pulumiGraph,
  pulumiPropertyPath,
  pulumiResource,
  pulumiTokensFor,
  snakeCase,
} from "../../policies/adapter";
import { pulumiRules } from "../../policies/pack";
import { rules } from "../../rules";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const secret = (value: unknown) => ({ [SPECIAL_SIG_KEY]: SECRET_SIG, value });
const urn = (type: string, name: string) => `urn:pulumi:dev::shop::${type}::${name}`;

test("the wire constants are the ones the installed Pulumi libraries use", () => {
  const proxy = require("@pulumi/policy/proxy") as Record<string, string>;
  const rpc = require("@pulumi/pulumi/runtime/rpc") as Record<string, string>;
  const sentinels = ["Boolean", "Number", "String", "Array", "Asset", "Archive", "Object"].map((t) => proxy[`unknown${t}Value`]);
  expect([...UNKNOWN_SENTINELS].sort()).toEqual(sentinels.sort());
  expect(UNKNOWN_SENTINELS.has(rpc.unknownValue)).toBe(true);
  expect({ SPECIAL_SIG_KEY, SECRET_SIG }).toEqual({ SPECIAL_SIG_KEY: rpc.specialSigKey, SECRET_SIG: rpc.specialSecretSig });
});

test("every token in the table is a resource class of @pulumi/aws 7", () => {
  const wrong: string[] = [];
  for (const canonical of pulumiCanonicalTypes()) {
    for (const token of pulumiTokensFor(canonical)) {
      const [, module, cls] = /^aws:([a-z0-9]+)\/[a-zA-Z0-9]+:([A-Za-z0-9]+)$/.exec(token) ?? [];
      const resourceClass = (aws as unknown as Record<string, Record<string, { __pulumiType?: string }>>)[module]?.[cls];
      if (resourceClass?.__pulumiType !== token) wrong.push(token);
    }
  }
  expect(wrong).toEqual([]);
});

test("every resource type a Pulumi-door rule is called for has a Pulumi token", () => {
  const types = new Set(pulumiRules(rules).flatMap((r) => r.meta.resourceTypes));
  expect([...types].filter((t) => pulumiTokensFor(t).length === 0)).toEqual([]);
});

test("aws:lb/… and aws:alb/… twins are one canonical type; aliases are not listed", () => {
  expect(pulumiTokensFor("aws_lb_listener")).toEqual(["aws:lb/listener:Listener", "aws:alb/listener:Listener"]);
  expect(canonicalTypeOfToken("aws:alb/loadBalancer:LoadBalancer")).toBe("aws_lb");
  expect(canonicalTypeOfToken("aws:elasticloadbalancingv2/listener:Listener")).toBeUndefined();
  expect(canonicalTypeOfToken("aws:elb/sslNegotiationPolicy:SslNegotiationPolicy")).toBe("aws_lb_ssl_negotiation_policy");
  expect(pulumiTokensFor("aws_s3_bucket")).toEqual([]);
});

test("property names become Terraform's: repeated blocks singular, MaxItems=1 objects one-element lists, maps as written", () => {
  const r = pulumiResource({
    type: "aws:alb/listener:Listener",
    urn: urn("aws:alb/listener:Listener", "http"),
    name: "http",
    props: {
      loadBalancerArn: "arn:lb",
      port: 80,
      defaultActions: [
        { type: "redirect", redirect: { protocol: "HTTPS", statusCode: "HTTP_301" } },
        { type: "forward", forward: { targetGroups: [{ arn: "arn:tg", weight: 1 }], stickiness: { enabled: false, duration: 60 } } },
      ],
      tags: { CostCenter: "shop", "team:owner": "edge" },
      tcpIdleTimeoutSeconds: 350,
    },
  })!;
  expect(r).toMatchObject({ type: "aws_lb_listener", sourceType: "aws:alb/listener:Listener", name: "http", door: "pulumi" });
  expect(r.attrs).toEqual({
    load_balancer_arn: "arn:lb",
    port: 80,
    default_action: [
      { type: "redirect", redirect: [{ protocol: "HTTPS", status_code: "HTTP_301" }] },
      { type: "forward", forward: [{ target_group: [{ arn: "arn:tg", weight: 1 }], stickiness: [{ enabled: false, duration: 60 }] }] },
    ],
    tags: { CostCenter: "shop", "team:owner": "edge" },
    tcp_idle_timeout_seconds: 350,
  });
  expect(r.address).toBe(r.urn);
  expect(r.locate(["default_action", 0])).toEqual({ file: r.urn });
});

test("names that are not in a table follow pulumi-aws's rule", () => {
  expect(["ipv6CidrBlocks", "cidrIpv4", "serverlessv2ScalingConfiguration", "routingHttpRequestXAmznTlsVersionHeaderName"].map(snakeCase)).toEqual([
    "ipv6_cidr_blocks",
    "cidr_ipv4",
    "serverlessv2_scaling_configuration",
    "routing_http_request_x_amzn_tls_version_header_name",
  ]);
});

test("an unknown value becomes Unknown where it is, and the rest of the resource stays known", () => {
  const r = pulumiResource({
    type: "aws:ec2/securityGroup:SecurityGroup",
    urn: urn("aws:ec2/securityGroup:SecurityGroup", "web"),
    name: "web",
    props: {
      vpcId: UNKNOWN,
      ingress: [
        { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] },
        { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: [UNKNOWN] },
      ],
      egress: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
    },
  })!;
  expect(r.attrs.vpc_id).toEqual(new Unknown("unknown during preview"));
  expect(r.attrs.egress).toBeInstanceOf(Unknown);
  expect(r.attrs.ingress).toEqual([
    { protocol: "tcp", from_port: 22, to_port: 22, cidr_blocks: ["0.0.0.0/0"] },
    { protocol: "tcp", from_port: 443, to_port: 443, cidr_blocks: [new Unknown("unknown during preview")] },
  ]);
});

test("secrets are read as values and their text is listed, so the engine can keep it out of messages", () => {
  const r = pulumiResource({
    type: "aws:rds/instance:Instance",
    urn: urn("aws:rds/instance:Instance", "db"),
    name: "db",
    props: {
      engine: "postgres",
      port: secret(5433),
      password: "hunter2-but-longer",
      tags: secret({ owner: "alice@example.com" }),
    },
    secretValues: ["unwrapped-before"],
    secretProperties: ["password"],
  })!;
  expect(r.attrs).toMatchObject({ engine: "postgres", port: 5433, password: "hunter2-but-longer", tags: { owner: "alice@example.com" } });
  expect([...(r.secrets ?? [])].sort()).toEqual(["5433", "alice@example.com", "hunter2-but-longer", "unwrapped-before"]);
});

test("property dependencies are edges named by the Terraform attribute; resources no rule reads are left out", () => {
  const lb = urn("aws:lb/loadBalancer:LoadBalancer", "web");
  const listener = urn("aws:lb/listener:Listener", "http");
  const pg = urn("aws:rds/parameterGroup:ParameterGroup", "pg");
  const db = urn("aws:rds/instance:Instance", "db");
  const graph = pulumiGraph([
    { type: "aws:lb/loadBalancer:LoadBalancer", urn: lb, name: "web", props: { loadBalancerType: "application" } },
    {
      type: "aws:lb/listener:Listener",
      urn: listener,
      name: "http",
      props: { loadBalancerArn: UNKNOWN, port: 80 },
      propertyDependencies: { loadBalancerArn: [lb], tags: [] },
    },
    { type: "aws:rds/parameterGroup:ParameterGroup", urn: pg, name: "pg", props: { family: "postgres16" } },
    { type: "aws:rds/instance:Instance", urn: db, name: "db", props: { parameterGroupName: UNKNOWN }, propertyDependencies: { parameterGroupName: [pg] } },
    { type: "aws:s3/bucket:Bucket", urn: urn("aws:s3/bucket:Bucket", "logs"), name: "logs", props: {} },
    { type: "pulumi:pulumi:Stack", urn: "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev", name: "shop-dev", props: {} },
  ]);
  expect(graph.size).toBe(4);
  expect(graph.edges().map((e) => `${e.from.name} ${e.attr} ${e.to.name}`)).toEqual(["http load_balancer_arn web", "db parameter_group_name pg"]);
});

test("a finding's attribute path is written back in the program's words", () => {
  expect(pulumiPropertyPath("aws:lb/listener:Listener", ["default_action", 0, "redirect", 0, "protocol"])).toBe("defaultActions[0].redirect.protocol");
  expect(pulumiPropertyPath("aws:rds/parameterGroup:ParameterGroup", ["parameter", 2, "value"])).toBe("parameters[2].value");
  expect(pulumiPropertyPath("aws:ec2/securityGroup:SecurityGroup", ["ingress", 1, "cidr_blocks", 0])).toBe("ingress[1].cidrBlocks[0]");
  expect(pulumiPropertyPath("aws:lb/listener:Listener", ["tcp_idle_timeout_seconds"])).toBe("tcpIdleTimeoutSeconds");
});

test("properties nested 20,000 deep, secrets inside secrets and cycles convert without overflowing the stack", () => {
  const deep = (depth: number, leaf: unknown, wrap: (inner: unknown) => unknown = (inner) => ({ a: inner })) => {
    let v = leaf;
    for (let i = 0; i < depth; i++) v = wrap(v);
    return v;
  };
  const cyclic: Record<string, unknown> = { name: "loop" };
  cyclic.self = cyclic;
  cyclic.again = cyclic;
  const r = pulumiResource({
    type: "aws:ec2/securityGroup:SecurityGroup",
    urn: urn("aws:ec2/securityGroup:SecurityGroup", "deep"),
    name: "deep",
    props: {
      name: "deep",
      tags: deep(20_000, "leaf"),
      description: deep(20_000, "wrapped-secret", secret),
      revokeRulesOnDelete: deep(20_000, secret("nested-secret"), (inner) => [secret({ x: inner })]),
      timeouts: cyclic,
    },
  })!;
  expect(r.attrs.name).toBe("deep");
  const reasons: string[] = [];
  for (let v: unknown = r.attrs.tags; v !== undefined; v = v instanceof Unknown ? undefined : (v as { a: unknown }).a) if (v instanceof Unknown) reasons.push(v.reason);
  expect(reasons).toEqual([TOO_DEEP_REASON]);
  expect(r.attrs.description).toBe("wrapped-secret"); // wrappers are not nesting: the value is read
  expect([...(r.secrets ?? [])].sort()).toEqual(["nested-secret", "wrapped-secret"]);
  const timeouts = r.attrs.timeouts as Record<string, unknown>;
  expect(timeouts.name).toBe("loop");
  expect(timeouts.self).toEqual(new Unknown(TOO_DEEP_REASON));
});

test("a property named __proto__ is an ordinary attribute, never the prototype of the others", () => {
  const props = JSON.parse('{"port": 443, "__proto__": {"protocol": "HTTP"}}') as Record<string, unknown>;
  const r = pulumiResource({ type: "aws:lb/listener:Listener", urn: urn("aws:lb/listener:Listener", "l"), name: "l", props })!;
  expect(r.attrs.protocol).toBeUndefined();
  expect(Object.hasOwn(r.attrs, "__proto__")).toBe(true);
});
