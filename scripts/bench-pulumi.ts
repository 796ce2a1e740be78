/**
 * `npm run bench:pulumi [-- --resources N] [--runs N] [--json]`: how fast the compiled policy pack judges a Pulumi
 * stack, beside an empty pack measured in the same run.
 *
 * It starts dist/policies/index.js exactly as the Pulumi CLI does (test/support/pulumi-engine.ts) and plays the
 * engine of a preview over a generated stack (default 5,000 resources): one Analyze per resource, in order, as the
 * engine sends them, then one AnalyzeStack with every resource and its property dependencies. The stack is
 * deterministic and shaped like a real one: load balancers with listeners and rules, security groups with inline and
 * standalone rules, databases with parameter groups, caches; ARNs and ids are unknown (a preview), references are
 * property dependencies, some values are secrets, and about one resource in four breaks a rule.
 *
 * The empty pack (one resource policy and one stack policy that do nothing, in a temporary directory that links this
 * repository's node_modules) is started and driven the same way, alternating with moat's, so the figures beside each
 * other share the machine's load: what is left between them is what moat's policies cost. Each of `--runs` rounds
 * (default 3) starts both packs afresh; the medians are printed. Start is spawn to the port line (what the CLI waits
 * for); ready adds the first GetAnalyzerInfo answer. Peak RSS is the pack's (Linux VmHWM), the largest of the runs.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type Diagnostic, type EngineResource, PACK_DIR, PolicyPackProcess, stackResourcesOf } from "../test/support/pulumi-engine";
import { median } from "./median";

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

/** One phase of a preview (the Analyze calls, or the AnalyzeStack call) in one run. */
interface Phase {
  ms: number;
  /** CPU time the pack process spent in the phase (Linux /proc; undefined elsewhere): less sensitive to load than wall time. */
  cpuMs: number | undefined;
  diagnostics: number;
  mandatory: number;
}

/** One pack's figures in one run. */
interface Round {
  startupMs: number;
  readyMs: number;
  policies: number;
  analyze: Phase;
  stack: Phase;
  peakRssKb: number | undefined;
}

/** Runs `play` against the pack and times it, in wall and in the pack's CPU time. */
async function phase(pack: PolicyPackProcess, play: () => Promise<Diagnostic[]>): Promise<Phase> {
  const c0 = cpuMs(pack.pid);
  const t0 = performance.now();
  const ds = await play();
  const ms = performance.now() - t0;
  const c1 = cpuMs(pack.pid);
  return {
    ms,
    cpuMs: c0 === undefined || c1 === undefined ? undefined : c1 - c0,
    diagnostics: ds.length,
    mandatory: ds.filter((d) => d.enforcementLevel === "mandatory").length,
  };
}

/** Starts the pack in `dir`, plays one preview over `resources`, stops it. */
async function round(dir: string, resources: readonly EngineResource[]): Promise<Round> {
  const pack = await PolicyPackProcess.start(dir);
  try {
    const t = performance.now();
    const policies = (await pack.getAnalyzerInfo()).policies.length;
    const readyMs = pack.startupMs + (performance.now() - t);
    await pack.configure();
    const analyze = await phase(pack, async () => {
      const ds: Diagnostic[] = [];
      for (const r of resources) ds.push(...(await pack.analyze(r)));
      return ds;
    });
    const stack = await phase(pack, () => pack.analyzeStack(resources));
    return { startupMs: pack.startupMs, readyMs, policies, analyze, stack, peakRssKb: pack.peakRssKb() };
  } finally {
    await pack.stop();
  }
}

/** User + system CPU time of a process in ms (Linux /proc/PID/stat, at the kernel's clock-tick resolution). */
function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux architecture Node supports. */
const CLOCK_TICKS = 100;

/**
 * A pack with one resource policy and one stack policy that do nothing: what any Node.js pack pays for the Pulumi
 * runtime, gRPC and @pulumi/policy's deserialization. Returns its directory; the caller removes it.
 */
function emptyPack(): string {
  const dir = mkdtempSync(join(tmpdir(), "moat-empty-pack-"));
  symlinkSync(join(PACK_DIR, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "empty-pack", version: "0.0.0", main: "dist/policies/index.js" })}\n`);
  writeFileSync(join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
  mkdirSync(join(dir, "dist", "policies"), { recursive: true });
  writeFileSync(
    join(dir, "dist", "policies", "index.js"),
    [
      'const { PolicyPack } = require("@pulumi/policy");',
      'new PolicyPack("empty", {',
      "  policies: [",
      '    { name: "noop-resource", description: "does nothing", enforcementLevel: "mandatory", validateResource: () => {} },',
      '    { name: "noop-stack", description: "does nothing", enforcementLevel: "mandatory", validateStack: () => {} },',
      "  ],",
      "});",
      "",
    ].join("\n"),
  );
  return dir;
}

/** The medians of one phase over the rounds. */
function phaseSummary(phases: readonly Phase[], resources: number) {
  const ms = median(phases.map((p) => p.ms));
  const cpu = phases.map((p) => p.cpuMs);
  const last = phases[phases.length - 1];
  return {
    ms: Math.round(ms),
    resourcesPerSecond: Math.round((resources / ms) * 1000),
    runsMs: phases.map((p) => Math.round(p.ms)),
    cpuMs: cpu.some((x) => x === undefined) ? null : Math.round(median(cpu as number[])),
    diagnostics: last.diagnostics,
    mandatory: last.mandatory,
  };
}

/** The medians (largest peak RSS) of a pack's rounds. */
function summary(rounds: readonly Round[], resources: number) {
  const rss = rounds.map((r) => r.peakRssKb).filter((k): k is number => k !== undefined);
  return {
    policies: rounds[rounds.length - 1].policies,
    startupMs: Math.round(median(rounds.map((r) => r.startupMs))),
    readyMs: Math.round(median(rounds.map((r) => r.readyMs))),
    startupRunsMs: rounds.map((r) => Math.round(r.startupMs)),
    analyze: phaseSummary(rounds.map((r) => r.analyze), resources),
    analyzeStack: phaseSummary(rounds.map((r) => r.stack), resources),
    peakRssMb: rss.length === 0 ? null : Math.round((Math.max(...rss) / 1024) * 10) / 10,
  };
}

async function main(): Promise<void> {
  const count = Number(arg("--resources") ?? 5000);
  const runs = Number(arg("--runs") ?? 3);
  const json = process.argv.includes("--json");
  if (!existsSync(join(PACK_DIR, "dist", "policies", "index.js"))) {
    throw new Error("dist/policies/index.js is missing: run `npm run compile` first (npm run bench:pulumi does)");
  }
  const resources = generatedStack(count);
  const empty = emptyPack();
  const moatRounds: Round[] = [];
  const emptyRounds: Round[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // Alternate which pack goes first, so neither always meets the machine's load first.
      if (i % 2 === 0) {
        moatRounds.push(await round(PACK_DIR, resources));
        emptyRounds.push(await round(empty, resources));
      } else {
        emptyRounds.push(await round(empty, resources));
        moatRounds.push(await round(PACK_DIR, resources));
      }
    }
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  const moat = summary(moatRounds, resources.length);
  const baseline = summary(emptyRounds, resources.length);
  const report = {
    resources: resources.length,
    runs,
    cpus: availableParallelism(),
    loadAverage: loadavg()[0],
    moat,
    empty: baseline,
    ratios: {
      analyzeTimeVsEmpty: Math.round((moat.analyze.ms / baseline.analyze.ms) * 100) / 100,
      analyzeStackTimeVsEmpty: Math.round((moat.analyzeStack.ms / baseline.analyzeStack.ms) * 100) / 100,
    },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const row = (label: string, a: string, b: string) => `${label.padEnd(34)}${a.padEnd(46)}${b}`;
  const rate = (p: { ms: number; resourcesPerSecond: number; cpuMs: number | null }) =>
    `${p.resourcesPerSecond} resources/s (${p.ms} ms${p.cpuMs === null ? "" : `, CPU ${p.cpuMs} ms`})`;
  process.stdout.write(
    [
      `stack: ${report.resources} resources; medians of ${runs} runs, each pack started afresh; ${report.cpus} CPUs, load average ${report.loadAverage.toFixed(2)}`,
      row("", `moat (${moat.policies} policies)`, `empty pack (${baseline.policies} no-op policies)`),
      row("start (spawn to port)", `${moat.startupMs} ms`, `${baseline.startupMs} ms`),
      row("ready (+ first GetAnalyzerInfo)", `${moat.readyMs} ms`, `${baseline.readyMs} ms`),
      row("Analyze (one call per resource)", rate(moat.analyze), rate(baseline.analyze)),
      row("AnalyzeStack (one call)", rate(moat.analyzeStack), rate(baseline.analyzeStack)),
      row("pack peak RSS", moat.peakRssMb === null ? "unavailable (no /proc)" : `${moat.peakRssMb} MB`, baseline.peakRssMb === null ? "" : `${baseline.peakRssMb} MB`),
      `moat's time over the empty pack's: Analyze ${report.ratios.analyzeTimeVsEmpty}x, AnalyzeStack ${report.ratios.analyzeStackTimeVsEmpty}x`,
      `moat's diagnostics: Analyze ${moat.analyze.diagnostics} (${moat.analyze.mandatory} mandatory), AnalyzeStack ${moat.analyzeStack.diagnostics} (${moat.analyzeStack.mandatory} mandatory)`,
      "",
    ].join("\n"),
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench:pulumi: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
