/**
 * `npm run bench:pulumi [-- --resources N] [--json]`: how fast the compiled policy pack judges a Pulumi stack.
 *
 * It starts dist/policies/index.js exactly as the Pulumi CLI does (test/support/pulumi-engine.ts) and plays the
 * engine of a preview over a generated stack (default 5,000 resources): one Analyze per resource, in order, as the
 * engine sends them, then one AnalyzeStack with every resource and its property dependencies. The stack is
 * deterministic and shaped like a real one: load balancers with listeners and rules, security groups with inline and
 * standalone rules, databases with parameter groups, caches; ARNs and ids are unknown (a preview), references are
 * property dependencies, some values are secrets, and about one resource in four breaks a rule.
 * Prints resources per second for each phase and the pack's peak RSS (Linux VmHWM).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type EngineResource, PACK_DIR, PolicyPackProcess, stackResourcesOf } from "../test/support/pulumi-engine";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const secret = (value: unknown) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value });

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Ten resources of one service; `i` varies names, ports and which of them are insecure. */
function service(i: number, project: string, stack: string): EngineResource[] {
  const urn = (type: string, name: string) => `urn:pulumi:${stack}::${project}::${type}::${name}`;
  const r = (type: string, name: string, properties: Record<string, unknown>, propertyDependencies: Record<string, string[]> = {}) => ({
    type,
    name,
    urn: urn(type, name),
    properties,
    propertyDependencies,
    dependencies: [...new Set(Object.values(propertyDependencies).flat())],
  });
  const insecure = i % 4 === 0;
  const lb = r("aws:lb/loadBalancer:LoadBalancer", `web-${i}`, { loadBalancerType: "application", subnets: ["subnet-1", "subnet-2"], internal: i % 3 === 0 });
  const tg = r("aws:lb/targetGroup:TargetGroup", `web-${i}`, { port: 8080, protocol: "HTTP", vpcId: "vpc-1" });
  const http = r(
    "aws:lb/listener:Listener",
    `web-${i}-http`,
    {
      loadBalancerArn: UNKNOWN,
      port: 80,
      protocol: "HTTP",
      defaultActions: insecure
        ? [{ type: "forward", targetGroupArn: UNKNOWN }]
        : [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" } }],
    },
    { loadBalancerArn: [lb.urn], ...(insecure ? { defaultActions: [tg.urn] } : {}) },
  );
  const https = r(
    "aws:alb/listener:Listener",
    `web-${i}-https`,
    {
      loadBalancerArn: UNKNOWN,
      port: 443,
      protocol: "HTTPS",
      sslPolicy: insecure ? "ELBSecurityPolicy-2016-08" : "ELBSecurityPolicy-TLS13-1-2-2021-06",
      certificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/abc",
      defaultActions: [{ type: "forward", targetGroupArn: UNKNOWN }],
    },
    { loadBalancerArn: [lb.urn], defaultActions: [tg.urn] },
  );
  const rule = r(
    "aws:lb/listenerRule:ListenerRule",
    `web-${i}-health`,
    { listenerArn: UNKNOWN, priority: 10, actions: [{ type: "forward", targetGroupArn: UNKNOWN }], conditions: [{ pathPattern: { values: ["/health"] } }] },
    { listenerArn: [https.urn], actions: [tg.urn] },
  );
  const sg = r("aws:ec2/securityGroup:SecurityGroup", `web-${i}`, {
    vpcId: "vpc-1",
    ingress: [
      { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
      { protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] },
      { protocol: "tcp", fromPort: insecure ? 22 : 8080, toPort: insecure ? 22 : 8080, cidrBlocks: insecure ? ["0.0.0.0/0"] : ["10.0.0.0/16"] },
    ],
  });
  const sgRule = r(
    "aws:ec2/securityGroupRule:SecurityGroupRule",
    `web-${i}-app`,
    { type: "ingress", securityGroupId: UNKNOWN, protocol: "tcp", fromPort: 8000, toPort: insecure ? 9999 : 8100, cidrBlocks: secret(["10.0.0.0/16"]) },
    { securityGroupId: [sg.urn] },
  );
  const pg = r("aws:rds/parameterGroup:ParameterGroup", `db-${i}`, {
    family: "postgres16",
    parameters: [{ name: "rds.force_ssl", value: insecure ? "0" : "1" }, { name: "log_connections", value: "1" }],
  });
  const db = r(
    "aws:rds/instance:Instance",
    `db-${i}`,
    {
      engine: "postgres",
      engineVersion: "16.4",
      instanceClass: "db.t4g.medium",
      allocatedStorage: 20,
      username: "app",
      password: secret(`db-password-${i}`),
      storageEncrypted: !insecure,
      parameterGroupName: UNKNOWN,
    },
    { parameterGroupName: [pg.urn] },
  );
  const cache = r("aws:elasticache/replicationGroup:ReplicationGroup", `cache-${i}`, {
    description: "sessions",
    engine: "redis",
    nodeType: "cache.t4g.small",
    numCacheClusters: 2,
    transitEncryptionEnabled: !insecure,
    authToken: secret(`cache-token-${i}`),
  });
  return [lb, tg, http, https, rule, sg, sgRule, pg, db, cache];
}

export function generatedStack(count: number, project = "bench", stack = "dev"): EngineResource[] {
  const resources: EngineResource[] = [];
  for (let i = 0; resources.length < count; i++) resources.push(...service(i, project, stack));
  // The engine also sends the stack itself and the default provider: they count as resources of the stack.
  return stackResourcesOf(resources.slice(0, count - 2), project, stack);
}

async function main(): Promise<void> {
  const count = Number(arg("--resources") ?? 5000);
  const json = process.argv.includes("--json");
  if (!existsSync(join(PACK_DIR, "dist", "policies", "index.js"))) {
    throw new Error("dist/policies/index.js is missing: run `npm run build` first (npm run bench:pulumi does)");
  }
  const resources = generatedStack(count);
  const pack = await PolicyPackProcess.start(PACK_DIR);
  try {
    await pack.configure();
    let diagnostics = 0;
    let mandatory = 0;
    const t0 = performance.now();
    for (const r of resources) {
      const ds = await pack.analyze(r);
      diagnostics += ds.length;
      mandatory += ds.filter((d) => d.enforcementLevel === "mandatory").length;
    }
    const analyzeMs = performance.now() - t0;
    const t1 = performance.now();
    const stackDiagnostics = await pack.analyzeStack(resources);
    const stackMs = performance.now() - t1;
    const report = {
      resources: resources.length,
      policies: (await pack.getAnalyzerInfo()).policies.length,
      startupMs: Math.round(pack.startupMs),
      analyze: { ms: Math.round(analyzeMs), resourcesPerSecond: Math.round((resources.length / analyzeMs) * 1000), diagnostics, mandatory },
      analyzeStack: {
        ms: Math.round(stackMs),
        resourcesPerSecond: Math.round((resources.length / stackMs) * 1000),
        diagnostics: stackDiagnostics.length,
        mandatory: stackDiagnostics.filter((d) => d.enforcementLevel === "mandatory").length,
      },
      packPeakRssMb: pack.peakRssKb() === undefined ? null : Math.round((pack.peakRssKb()! / 1024) * 10) / 10,
    };
    if (json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      process.stdout.write(
        [
          `moat policy pack: ${report.policies} policies, started in ${report.startupMs} ms`,
          `stack: ${report.resources} resources`,
          `Analyze (one call per resource): ${report.analyze.ms} ms, ${report.analyze.resourcesPerSecond} resources/s, ${report.analyze.diagnostics} diagnostics (${report.analyze.mandatory} mandatory)`,
          `AnalyzeStack (one call): ${report.analyzeStack.ms} ms, ${report.analyzeStack.resourcesPerSecond} resources/s, ${report.analyzeStack.diagnostics} diagnostics (${report.analyzeStack.mandatory} mandatory)`,
          `pack peak RSS: ${report.packPeakRssMb === null ? "unavailable (no /proc)" : `${report.packPeakRssMb} MB`}`,
          "",
        ].join("\n"),
      );
    }
  } finally {
    await pack.stop();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench:pulumi: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
