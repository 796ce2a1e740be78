/**
 * The Pulumi door end to end, without the Pulumi CLI: the compiled pack (dist/, from `npm run compile`) is started as the
 * CLI starts it, and this test plays the engine over gRPC. It checks what a Pulumi user sees: which policies exist,
 * their enforcement levels under each kind of config, and each diagnostic's policy, level, URN and message — for
 * resources that carry unknown and secret values too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { redact } from "../../core/engine";
import { formatMessage } from "../../core/rule";
import { pulumiGraph } from "../../policies/adapter";
import { EXCEPTIONS_SCHEMA, pulumiRules, ruleDocUrl } from "../../policies/pack";
import { rules } from "../../rules";
import sgPublicIngressRestrictedPort from "../../rules/aws/ec2/sg-public-ingress-restricted-port";
import lbListenerPlainHttp from "../../rules/aws/elbv2/lb-listener-plain-http";
import { adapterInputOf, evaluateLikeThePack } from "../support/pulumi-door";
import {
  type Diagnostic,
  type EngineResource,
  PACK_DIR,
  PolicyPackProcess,
  parsePolicyPackConfig,
  simulatePreview,
  stackResourcesOf,
} from "../support/pulumi-engine";
import { type RegisteredResource, runPulumiProgram } from "../support/pulumi-program";
import { moatIn, repo, scanJson } from "../config/workspace";

const PLAIN_HTTP = lbListenerPlainHttp.meta;
const RESTRICTED_PORT = sgPublicIngressRestrictedPort.meta;
const SECRET_PORT = 8181;
const SECRET_TG = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/secret-tg-7a1e/abc";
const SECRET_CIDR = "0.0.0.0/0";
const urnOf = (type: string, name: string) => `urn:pulumi:stack::project::${type}::${name}`;
const LISTENER = "aws:lb/listener:Listener";

/**
 * One stack with every situation the test needs: a plain-HTTP listener whose load balancer ARN is unknown (preview),
 * one whose port and target group are secrets, one with no protocol (HTTP only because its load balancer, linked by a
 * property dependency, is an ALB), one whose redirect protocol is unknown (silent), and a redirecting listener with a
 * rule that forwards.
 */
function program(): void {
  const web = new aws.lb.LoadBalancer("web", { loadBalancerType: "application", subnets: ["subnet-1", "subnet-2"] });
  const tg = new aws.lb.TargetGroup("app", { port: 8080, protocol: "HTTP", vpcId: "vpc-1" });
  new aws.lb.Listener("http", {
    loadBalancerArn: web.arn,
    port: 80,
    protocol: "HTTP",
    defaultActions: [{ type: "forward", targetGroupArn: tg.arn }],
  });
  new aws.lb.Listener("secret-port", {
    loadBalancerArn: web.arn,
    port: pulumi.secret(SECRET_PORT),
    protocol: "HTTP",
    defaultActions: [{ type: "forward", targetGroupArn: pulumi.secret(SECRET_TG) }],
  });
  new aws.alb.Listener("no-protocol", { loadBalancerArn: web.arn, port: 8080, defaultActions: [{ type: "forward", targetGroupArn: tg.arn }] });
  new aws.lb.Listener("unknown-redirect", {
    loadBalancerArn: web.arn,
    port: 81,
    protocol: "HTTP",
    defaultActions: [{ type: "redirect", redirect: { protocol: web.dnsName.apply(() => "HTTPS"), port: "443", statusCode: "HTTP_301" } }],
  });
  const redirect = new aws.lb.Listener("redirect", {
    loadBalancerArn: web.arn,
    port: 8000,
    protocol: "HTTP",
    defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
  });
  new aws.lb.ListenerRule("health", {
    listenerArn: redirect.arn,
    actions: [{ type: "forward", targetGroupArn: tg.arn }],
    conditions: [{ pathPattern: { values: ["/health"] } }],
  });
  // A resource policy's case: the group id is unknown in a preview and the CIDRs are secret.
  const admin = new aws.ec2.SecurityGroup("admin", { vpcId: "vpc-1" });
  new aws.ec2.SecurityGroupRule("admin-ssh", {
    type: "ingress",
    securityGroupId: admin.id,
    protocol: "tcp",
    fromPort: 22,
    toPort: 22,
    cidrBlocks: pulumi.secret([SECRET_CIDR]),
  });
}

let pack: PolicyPackProcess;
let registered: RegisteredResource[];
let resources: EngineResource[];

beforeAll(async () => {
  registered = await runPulumiProgram(program);
  resources = stackResourcesOf(registered);
  pack = await PolicyPackProcess.start(PACK_DIR);
}, 60000);

afterAll(async () => {
  await pack?.stop();
});

/** `policy|urn` of each diagnostic, sorted. */
const keys = (ds: Diagnostic[]) => ds.map((d) => `${d.policyName}|${d.urn}`).sort();

test("the pack starts through run-policy-pack and prints its port before anything else", async () => {
  expect(pack.stdout.split("\n")[0]).toBe(String(pack.port));
  expect(await pack.handshake()).toBe("unimplemented");
  await pack.configureStack({ project: "project", stack: "stack", tags: { "pulumi:project": "project" } });
});

test("GetAnalyzerInfo: one policy per rule with a Pulumi form, with the rule's metadata", async () => {
  const info = await pack.getAnalyzerInfo();
  const version = (JSON.parse(readFileSync(join(PACK_DIR, "package.json"), "utf8")) as { version: string }).version;
  expect({ name: info.name, version: info.version, supportsConfig: info.supportsConfig }).toEqual({ name: "moat", version, supportsConfig: true });
  const expected = pulumiRules(rules).map((r) => ({
    name: r.meta.name,
    description: r.meta.title,
    // mandatory for critical and high rules, advisory for the rest
    enforcementLevel: r.meta.severity === "critical" || r.meta.severity === "high" ? "mandatory" : "advisory",
    type: r.meta.scope,
    severity: r.meta.severity,
    url: ruleDocUrl(r),
    tags: [r.meta.area, ...(r.meta.tags ?? [])],
    configSchema: { properties: { ...r.meta.options.properties, exceptions: EXCEPTIONS_SCHEMA }, required: [] },
    ...(r.meta.framework ? { framework: r.meta.framework } : {}),
  }));
  expect(info.policies.map(({ remediationSteps: _r, ...p }) => p)).toEqual(expected);
  for (const p of info.policies) expect(p.remediationSteps.length).toBeGreaterThan(10);
  expect(info.policies.length).toBeGreaterThan(0);
});

describe("Configure with the defaults, then a preview", () => {
  let diagnostics: Diagnostic[];
  let failed: boolean;

  beforeAll(async () => {
    const sent = await pack.configure();
    expect(sent[PLAIN_HTTP.name]).toEqual({ enforcementLevel: "mandatory" });
    ({ diagnostics, failed } = await simulatePreview(pack, resources));
  });

  test("plain-HTTP listeners fail with the rule's message, on their own URNs", () => {
    const plain = diagnostics.filter((d) => d.policyName === PLAIN_HTTP.name);
    const ruleUrn = urnOf("aws:lb/listenerRule:ListenerRule", "health");
    expect(keys(plain)).toEqual(
      [
        urnOf(LISTENER, "http"),
        urnOf(LISTENER, "secret-port"),
        urnOf("aws:alb/listener:Listener", "no-protocol"),
        ruleUrn,
      ]
        .map((u) => `${PLAIN_HTTP.name}|${u}`)
        .sort(),
    );
    for (const d of plain) {
      expect(d).toMatchObject({ policyPackName: "moat", enforcementLevel: "mandatory", severity: "high", description: PLAIN_HTTP.title });
    }
    const http = plain.find((d) => d.urn === urnOf(LISTENER, "http"))!;
    expect(http.message).toBe(
      `${PLAIN_HTTP.title}\n${PLAIN_HTTP.id} at defaultActions[0].type: ${formatMessage(PLAIN_HTTP.messages.forward, { port: 80 })}`,
    );
    const rule = plain.find((d) => d.urn === ruleUrn)!;
    expect(rule.message).toContain(`${PLAIN_HTTP.id} at actions[0].type: Listener rule forwards plain HTTP from the port 8000 listener`);
    expect(failed).toBe(true);
  });

  test("a resource policy reports through Analyze, on the resource's URN, despite an unknown group id", () => {
    const ssh = diagnostics.filter((d) => d.policyName === RESTRICTED_PORT.name);
    expect(ssh.map((d) => d.urn)).toEqual([urnOf("aws:ec2/securityGroupRule:SecurityGroupRule", "admin-ssh")]);
    expect(ssh[0]).toMatchObject({ enforcementLevel: "mandatory", severity: RESTRICTED_PORT.severity, description: RESTRICTED_PORT.title });
    // SSH is a sensitive port: the finding is critical although the rule is high, and the message says so.
    expect(ssh[0].message.startsWith(`${RESTRICTED_PORT.title}\n`)).toBe(true);
    expect(ssh[0].message).toContain(`${RESTRICTED_PORT.id} (critical) at cidrBlocks[0]: SSH (22) open to the internet`);
  });

  test("an unknown value is silent, never a failure and never a 'can't run during preview'", () => {
    expect(diagnostics.filter((d) => d.urn === urnOf(LISTENER, "unknown-redirect"))).toEqual([]);
    expect(diagnostics.filter((d) => /can't run/.test(d.message))).toEqual([]);
  });

  test("a secret is read as a value but never printed", () => {
    const secret = diagnostics.find((d) => d.urn === urnOf(LISTENER, "secret-port"))!;
    expect(secret.message).toContain("Listener on port [secret] forwards plain HTTP");
    const ssh = diagnostics.find((d) => d.urn === urnOf("aws:ec2/securityGroupRule:SecurityGroupRule", "admin-ssh"))!;
    expect(ssh.message).toContain("[secret]");
    for (const d of diagnostics) {
      expect(d.message).not.toContain(String(SECRET_PORT));
      expect(d.message).not.toContain(SECRET_TG);
      expect(d.message).not.toContain(SECRET_CIDR);
    }
  });

  test("every policy reports over gRPC exactly what the shared engine finds in-process", () => {
    const graph = pulumiGraph(registered.map(adapterInputOf));
    // The pack keeps every resource's secrets out of every message: a load balancer's message may quote the port
    // of one of its listeners, and that port may be a secret.
    const secrets = graph.all().flatMap((r) => r.secrets ?? []);
    const expected: string[] = [];
    for (const rule of pulumiRules(rules)) {
      for (const f of evaluateLikeThePack(rule, graph).findings) expected.push(`${rule.meta.name}|${f.urn}|${redact(f.message, secrets)}`);
    }
    const got = diagnostics.map((d) => `${d.policyName}|${d.urn}|${d.message.slice(d.message.indexOf(": ") + 2)}`);
    expect(got.sort()).toEqual(expected.sort());
  });
});

test("Configure with a --policy-pack-config file: its levels apply, the rest keep their defaults", async () => {
  const others = pulumiRules(rules).filter((r) => r.meta.name !== PLAIN_HTTP.name);
  const file = JSON.stringify({ all: "advisory", [PLAIN_HTTP.name]: { enforcementLevel: "mandatory" } });
  const sent = await pack.configure(parsePolicyPackConfig(file));
  expect(sent[PLAIN_HTTP.name].enforcementLevel).toBe("mandatory");
  for (const r of others) expect(sent[r.meta.name].enforcementLevel).toBe("advisory");
  const { diagnostics, failed } = await simulatePreview(pack, resources);
  expect(diagnostics.filter((d) => d.policyName === PLAIN_HTTP.name).every((d) => d.enforcementLevel === "mandatory")).toBe(true);
  expect(diagnostics.filter((d) => d.policyName !== PLAIN_HTTP.name).every((d) => d.enforcementLevel === "advisory")).toBe(true);
  expect(failed).toBe(true);
});

test('Configure {"all": "disabled"}: no policy runs', async () => {
  await pack.configure(parsePolicyPackConfig('{"all": "disabled"}'));
  expect(await simulatePreview(pack, resources)).toEqual({ diagnostics: [], failed: false });
});

test("Configure one rule as advisory: its violations are reported but no longer fail the preview", async () => {
  await pack.configure(parsePolicyPackConfig(JSON.stringify(Object.fromEntries(pulumiRules(rules).map((r) => [r.meta.name, "advisory"])))));
  const { diagnostics, failed } = await simulatePreview(pack, resources);
  const plain = diagnostics.filter((d) => d.policyName === PLAIN_HTTP.name);
  expect(plain.length).toBe(4);
  expect(plain.every((d) => d.enforcementLevel === "advisory")).toBe(true);
  expect(failed).toBe(false);

  await pack.configure({ [PLAIN_HTTP.name]: { enforcementLevel: "advisory" } });
  const again = await simulatePreview(pack, resources);
  expect(again.diagnostics.filter((d) => d.policyName === PLAIN_HTTP.name).map((d) => d.enforcementLevel)).toEqual(Array(4).fill("advisory"));
});

test("an option the rule does not have is refused with the rule's name and the option", async () => {
  await pack.configure({ [PLAIN_HTTP.name]: { properties: { allowedPorts: [80] } } });
  await expect(pack.analyzeStack(resources)).rejects.toThrow(/invalid options for lb-listener-plain-http: .*allowedPorts/);
});

test("a preview through resources moat does not read reports nothing", async () => {
  await pack.configure();
  const bucket: EngineResource = {
    type: "aws:s3/bucket:Bucket",
    urn: urnOf("aws:s3/bucket:Bucket", "logs"),
    name: "logs",
    properties: { bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", acl: "public-read" },
  };
  expect(await simulatePreview(pack, stackResourcesOf([bucket]))).toEqual({ diagnostics: [], failed: false });
});

test("what the pack keeps for the other policies of a request never answers another request", async () => {
  await pack.configure();
  const lb = resources.find((r) => r.type === "aws:lb/loadBalancer:LoadBalancer")!;
  const http = resources.find((r) => r.type === LISTENER && r.name === "http")!;
  const secure: EngineResource = {
    ...http,
    properties: { ...http.properties, defaultActions: [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" } }] },
  };
  const stack = (listener: EngineResource) => [lb, listener];
  // The same URN, type and name each time: only the properties tell the requests apart.
  for (let i = 0; i < 2; i++) {
    expect(keys(await pack.analyzeStack(stack(http)))).toContain(`${PLAIN_HTTP.name}|${http.urn}`);
    expect(keys(await pack.analyzeStack(stack(secure)))).not.toContain(`${PLAIN_HTTP.name}|${http.urn}`);
  }
  const ssh = resources.find((r) => r.name === "admin-ssh")!;
  const internal: EngineResource = { ...ssh, properties: { ...ssh.properties, cidrBlocks: ["10.0.0.0/8"] } };
  const open = await pack.analyze(ssh);
  expect(keys(open)).toContain(`${RESTRICTED_PORT.name}|${ssh.urn}`);
  expect(keys(await pack.analyze(internal))).not.toContain(`${RESTRICTED_PORT.name}|${ssh.urn}`);
  expect(await pack.analyze(ssh)).toEqual(open);
});

/**
 * Acceptance (issue 5): one moat.config.yaml — two rules set to advisory and an exception for the SSH rule — changes
 * the verdict as documented at both doors. `moat scan` exits 0 instead of 1 (the advisory findings are shown, the
 * excepted one is marked suppressed); `moat pulumi-config` turns the same file into `--policy-pack-config`, and the
 * preview passes instead of failing (the advisory violations are reported, the excepted one is not). An expired
 * exception fails again at both doors.
 */
describe("one config file with an advisory rule and an exception, at the CLI and in the Pulumi engine", () => {
  const config = (expires: string) => `policy:
  lb-listener-plain-http: advisory
  MOAT-LB-002: advisory
exceptions:
  - rule: MOAT-SG-002
    resource: "aws_security_group_rule.admin-ssh"   # the Terraform address, and type.name of the Pulumi resource
    reason: "SSH from the office VPN only, OPS-123"
    expires: ${expires}
`;
  const HCL = `resource "aws_lb" "web" {
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb_target_group" "app" {
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-1"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_security_group" "admin" {
  vpc_id = "vpc-1"
}

resource "aws_security_group_rule" "admin-ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["0.0.0.0/0"]
}
`;
  /** The same infrastructure as a Pulumi program. */
  function sameStack(): void {
    const web = new aws.lb.LoadBalancer("web", { loadBalancerType: "application", subnets: ["subnet-1", "subnet-2"] });
    const app = new aws.lb.TargetGroup("app", { port: 8080, protocol: "HTTP", vpcId: "vpc-1" });
    new aws.lb.Listener("http", { loadBalancerArn: web.arn, port: 80, protocol: "HTTP", defaultActions: [{ type: "forward", targetGroupArn: app.arn }] });
    const admin = new aws.ec2.SecurityGroup("admin", { vpcId: "vpc-1" });
    new aws.ec2.SecurityGroupRule("admin-ssh", { type: "ingress", securityGroupId: admin.id, protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] });
  }
  let stack: EngineResource[];

  beforeAll(async () => {
    stack = stackResourcesOf(await runPulumiProgram(sameStack));
  });

  /** `policy level` of each diagnostic, sorted. */
  const levels = (ds: Diagnostic[]) => ds.map((d) => `${d.policyName} ${d.enforcementLevel}`).sort();

  test("without the config: exit 1 at the CLI, a failed preview in Pulumi", async () => {
    const cli = await scanJson(repo({ "main.tf": HCL }), [], { rules });
    expect(cli.report.findings.map((f) => `${f.ruleId} ${f.enforcement}${f.suppressed ? " suppressed" : ""}`).sort()).toEqual([
      "MOAT-LB-001 mandatory",
      "MOAT-LB-002 mandatory",
      "MOAT-SG-002 mandatory",
    ]);
    expect(cli.code).toBe(1);

    await pack.configure();
    const preview = await simulatePreview(pack, stack);
    expect(levels(preview.diagnostics)).toEqual(["lb-listener-plain-http mandatory", "lb-no-https-listener mandatory", "sg-public-ingress-restricted-port mandatory"]);
    expect(preview.failed).toBe(true);
  });

  test("with it: exit 0 at the CLI and a passing preview; advisory findings shown, the excepted one suppressed (CLI) or not reported (Pulumi)", async () => {
    const dir = repo({ "main.tf": HCL, "moat.config.yaml": config("2999-12-31") });
    const cli = await scanJson(dir, [], { rules });
    expect(cli.report.findings.map((f) => `${f.ruleId} ${f.enforcement}${f.suppressed ? ` suppressed by ${f.suppressed.by}` : ""}`).sort()).toEqual([
      "MOAT-LB-001 advisory",
      "MOAT-LB-002 advisory",
      "MOAT-SG-002 mandatory suppressed by moat.config.yaml: exceptions[0]",
    ]);
    expect(cli.report.notices).toEqual([]);
    expect(cli.code).toBe(0);

    const converted = await moatIn(dir, ["pulumi-config"], { rules });
    expect(converted.code).toBe(0);
    await pack.configure(parsePolicyPackConfig(converted.stdout));
    const preview = await simulatePreview(pack, stack);
    expect(levels(preview.diagnostics)).toEqual(["lb-listener-plain-http advisory", "lb-no-https-listener advisory"]);
    expect(preview.failed).toBe(false);
  });

  test("with the exception expired: both doors fail again, and say why", async () => {
    const dir = repo({ "main.tf": HCL, "moat.config.yaml": config("2000-01-01") });
    const cli = await scanJson(dir, [], { rules });
    expect(cli.report.findings.filter((f) => f.enforcement === "mandatory" && !f.suppressed).map((f) => f.ruleId)).toEqual(["MOAT-SG-002"]);
    expect(cli.report.notices.map((n) => n.kind)).toEqual(["exception-expired"]);
    expect(cli.code).toBe(1);

    await pack.configure(parsePolicyPackConfig((await moatIn(dir, ["pulumi-config"], { rules })).stdout));
    const preview = await simulatePreview(pack, stack);
    const ssh = preview.diagnostics.filter((d) => d.policyName === RESTRICTED_PORT.name);
    expect(ssh.map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
    expect(ssh[0].message).toContain(
      "(the exception sg-public-ingress-restricted-port.exceptions[0] expired on 2000-01-01: SSH from the office VPN only, OPS-123)",
    );
    expect(preview.failed).toBe(true);
  });

  test("the engine refuses an exception without a reason before the preview starts", async () => {
    await expect(pack.configure({ [RESTRICTED_PORT.name]: { properties: { exceptions: [{ resource: "*" }] } } })).rejects.toThrow(
      /sg-public-ingress-restricted-port: \/exceptions\/0 must have required property 'reason'/,
    );
  });
});
