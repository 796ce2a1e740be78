/**
 * An engine harness for the compiled policy pack: it starts the pack exactly as the Pulumi CLI does and then plays the
 * engine's part over gRPC, with the generated stubs that ship with @pulumi/pulumi.
 *
 * How the CLI starts a Node.js pack (pkg/resource/plugin/analyzer_plugin.go, NewPolicyAnalyzer): it runs the
 * `pulumi-analyzer-policy` plugin, i.e. `node ./node_modules/@pulumi/pulumi/cmd/run-policy-pack <engine-address> .`
 * with the pack directory as working directory, and reads the port the pack listens on from the first line of its
 * stdout. Then: Handshake (a Node.js pack does not implement it: UNIMPLEMENTED is fine), GetAnalyzerInfo, Configure
 * with the config reconciled from the policies' defaults and the user's `--policy-pack-config`, one Analyze per
 * resource (its inputs) and one AnalyzeStack (every resource, with dependencies) at the end. `npm run compile` must have
 * produced dist/ (npm test builds first).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve as resolvePath } from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as analyzerRpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import Ajv from "ajv";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";

export type EnforcementLevel = "advisory" | "mandatory" | "disabled" | "remediate";
export type Severity = "low" | "medium" | "high" | "critical" | "";

/** One resource as the engine describes it to an analyzer. */
export interface EngineResource {
  type: string;
  urn: string;
  name: string;
  /** Wire form: unknowns are sentinel strings, secrets `{ "4dabf…": "1b47…", value }`. */
  properties: Record<string, unknown>;
  parent?: string;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
  additionalSecretOutputs?: string[];
}

export interface Diagnostic {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  description: string;
  message: string;
  enforcementLevel: EnforcementLevel;
  urn: string;
  severity: Severity;
}

export interface PolicyInfo {
  name: string;
  description: string;
  enforcementLevel: EnforcementLevel;
  type: "resource" | "stack" | "unknown";
  severity: Severity;
  tags: string[];
  url: string;
  remediationSteps: string;
  framework?: { name: string; version: string; reference: string; specification: string };
  configSchema?: { properties: Record<string, Record<string, unknown>>; required: string[] };
}

export interface AnalyzerInfo {
  name: string;
  version: string;
  displayName: string;
  description: string;
  supportsConfig: boolean;
  policies: PolicyInfo[];
  initialConfig: Record<string, PolicyConfig>;
}

export interface PolicyConfig {
  enforcementLevel?: EnforcementLevel;
  properties?: Record<string, unknown>;
}

const LEVELS: Record<number, EnforcementLevel> = {
  [analyzer.EnforcementLevel.ADVISORY]: "advisory",
  [analyzer.EnforcementLevel.MANDATORY]: "mandatory",
  [analyzer.EnforcementLevel.DISABLED]: "disabled",
  [analyzer.EnforcementLevel.REMEDIATE]: "remediate",
};
const LEVEL_CODES: Record<EnforcementLevel, analyzer.EnforcementLevel> = {
  advisory: analyzer.EnforcementLevel.ADVISORY,
  mandatory: analyzer.EnforcementLevel.MANDATORY,
  disabled: analyzer.EnforcementLevel.DISABLED,
  remediate: analyzer.EnforcementLevel.REMEDIATE,
};
const SEVERITIES: Record<number, Severity> = {
  [analyzer.PolicySeverity.POLICY_SEVERITY_UNSPECIFIED]: "",
  [analyzer.PolicySeverity.POLICY_SEVERITY_LOW]: "low",
  [analyzer.PolicySeverity.POLICY_SEVERITY_MEDIUM]: "medium",
  [analyzer.PolicySeverity.POLICY_SEVERITY_HIGH]: "high",
  [analyzer.PolicySeverity.POLICY_SEVERITY_CRITICAL]: "critical",
};

function call<Res>(invoke: (callback: (err: grpc.ServiceError | null, res: Res) => void) => unknown): Promise<Res> {
  return new Promise((resolve, reject) => {
    invoke((err, res) => (err ? reject(err) : resolve(res)));
  });
}

/** A running policy pack process and the gRPC client the harness talks to it with. */
export class PolicyPackProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: analyzerRpc.AnalyzerClient,
    readonly port: number,
    readonly packDir: string,
    /** Milliseconds from spawn to the port on stdout. */
    readonly startupMs: number,
    private readonly output: { stdout: string; stderr: string },
  ) {}

  /**
   * Starts the pack in `packDir` as the CLI does. The engine address is only passed along (run-policy-pack drops it:
   * a Node.js pack never dials the engine), so a placeholder will do.
   *
   * `launch` picks which of the CLI's two ways: "plugin" (the `pulumi-analyzer-policy` plugin: `node
   * ./node_modules/@pulumi/pulumi/cmd/run-policy-pack <engine> .`), or "language-host" (what current CLIs do when the
   * nodejs language plugin is installed, pulumi-language-nodejs RunPlugin: the runner resolved with require.resolve
   * from the pack directory, then `node <runner> <engine> <absolute pack directory>`, working directory the pack).
   * Either way the runner does `require(<pack directory>)`, which Node resolves through package.json `main`.
   */
  static start(packDir: string, options: { engineAddress?: string; timeoutMs?: number; launch?: "plugin" | "language-host" } = {}): Promise<PolicyPackProcess> {
    const main = (JSON.parse(readFileSync(join(packDir, "package.json"), "utf8")) as { main?: string }).main ?? "index.js";
    if (!existsSync(join(packDir, main))) {
      return Promise.reject(new Error(`${packDir}: ${main} (package.json main) is missing; run \`npm run compile\` (npm test does) first`));
    }
    const started = Date.now();
    const engine = options.engineAddress ?? "127.0.0.1:1";
    const args =
      options.launch === "language-host"
        ? [require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] }), engine, resolvePath(packDir)]
        : ["./node_modules/@pulumi/pulumi/cmd/run-policy-pack", engine, "."];
    const child = spawn(process.execPath, args, {
      cwd: packDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = { stdout: "", stderr: "" };
    child.stderr.setEncoding("utf8").on("data", (d: string) => (output.stderr += d));
    return new Promise((resolve, reject) => {
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill("SIGKILL");
        reject(new Error(`policy pack in ${packDir} ${why}\nstdout: ${output.stdout}\nstderr: ${output.stderr}`));
      };
      const timer = setTimeout(() => fail(`printed no port within ${options.timeoutMs ?? 30000} ms`), options.timeoutMs ?? 30000);
      child.on("exit", (code) => fail(`exited with code ${code} before printing its port`));
      child.stdout.setEncoding("utf8").on("data", (d: string) => {
        const before = output.stdout;
        output.stdout += d;
        const nl = output.stdout.indexOf("\n");
        if (nl < 0 || before.includes("\n")) return;
        // The CLI takes the first line as the port: anything printed before it breaks the pack.
        const first = output.stdout.slice(0, nl).trim();
        if (!/^\d+$/.test(first)) return fail(`printed "${first}" as its first stdout line instead of its port`);
        clearTimeout(timer);
        child.removeAllListeners("exit");
        const port = Number(first);
        const client = new analyzerRpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
          "grpc.max_receive_message_length": 400 * 1024 * 1024,
          "grpc.max_send_message_length": 400 * 1024 * 1024,
        });
        resolve(new PolicyPackProcess(child, client, port, packDir, Date.now() - started, output));
      });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** What the pack wrote to stdout (the port line included) and stderr. */
  get stdout(): string {
    return this.output.stdout;
  }
  get stderr(): string {
    return this.output.stderr;
  }

  /** "unimplemented" when the pack does not implement Handshake (Node.js packs do not; the engine carries on). */
  async handshake(): Promise<"ok" | "unimplemented"> {
    const req = new analyzer.AnalyzerHandshakeRequest();
    req.setEngineAddress("127.0.0.1:1");
    req.setRootDirectory(this.packDir);
    req.setProgramDirectory(this.packDir);
    try {
      await call<analyzer.AnalyzerHandshakeResponse>((cb) => this.client.handshake(req, cb));
      return "ok";
    } catch (e) {
      if ((e as grpc.ServiceError).code === grpc.status.UNIMPLEMENTED) return "unimplemented";
      throw e;
    }
  }

  /** What the engine tells the pack about the stack before anything else (its tags reach policies as `stackTags`). */
  async configureStack(options: { project: string; stack: string; organization?: string; tags?: Record<string, string> }): Promise<void> {
    const req = new analyzer.AnalyzerStackConfigureRequest();
    req.setProject(options.project);
    req.setStack(options.stack);
    req.setOrganization(options.organization ?? "organization");
    req.setDryRun(true);
    for (const [k, v] of Object.entries(options.tags ?? {})) req.getTagsMap().set(k, v);
    await call<analyzer.AnalyzerStackConfigureResponse>((cb) => this.client.configureStack(req, cb));
  }

  async getAnalyzerInfo(): Promise<AnalyzerInfo> {
    const info = await call<analyzer.AnalyzerInfo>((cb) => this.client.getAnalyzerInfo(new Empty(), cb));
    const initialConfig: Record<string, PolicyConfig> = {};
    info.getInitialconfigMap().forEach((v, k) => (initialConfig[k] = policyConfigOf(v)));
    return {
      name: info.getName(),
      version: info.getVersion(),
      displayName: info.getDisplayname(),
      description: info.getDescription(),
      supportsConfig: info.getSupportsconfig(),
      initialConfig,
      policies: info.getPoliciesList().map((p) => {
        const schema = p.getConfigschema();
        const framework = p.getFramework();
        return {
          name: p.getName(),
          description: p.getDescription(),
          enforcementLevel: LEVELS[p.getEnforcementlevel()],
          type:
            p.getPolicyType() === analyzer.PolicyType.POLICY_TYPE_RESOURCE
              ? "resource"
              : p.getPolicyType() === analyzer.PolicyType.POLICY_TYPE_STACK
                ? "stack"
                : "unknown",
          severity: SEVERITIES[p.getSeverity()],
          tags: p.getTagsList(),
          url: p.getUrl(),
          remediationSteps: p.getRemediationSteps(),
          ...(framework
            ? {
                framework: {
                  name: framework.getName(),
                  version: framework.getVersion(),
                  reference: framework.getReference(),
                  specification: framework.getSpecification(),
                },
              }
            : {}),
          ...(schema
            ? {
                configSchema: {
                  properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, Record<string, unknown>>,
                  required: schema.getRequiredList(),
                },
              }
            : {}),
        };
      }),
    };
  }

  /**
   * Configures the pack as `pulumi preview --policy-pack-config <file>` does: the config is reconciled with the
   * policies' defaults first (see reconcilePolicyConfig). Returns what was sent.
   */
  async configure(userConfig?: Record<string, PolicyConfig>): Promise<Record<string, PolicyConfig>> {
    const info = await this.getAnalyzerInfo();
    const config = reconcilePolicyConfig(info.policies, info.initialConfig, userConfig);
    const req = new analyzer.ConfigureAnalyzerRequest();
    const map = req.getPolicyconfigMap();
    for (const [name, c] of Object.entries(config)) {
      const pc = new analyzer.PolicyConfig();
      if (c.enforcementLevel) pc.setEnforcementlevel(LEVEL_CODES[c.enforcementLevel]);
      // The Node.js server reads the properties of every entry: the engine always sends them, empty or not.
      pc.setProperties(Struct.fromJavaScript(jsonOf(c.properties ?? {}) as Record<string, never>));
      map.set(name, pc);
    }
    await call<Empty>((cb) => this.client.configure(req, cb));
    return config;
  }

  async analyze(r: EngineResource): Promise<Diagnostic[]> {
    const req = new analyzer.AnalyzeRequest();
    req.setType(r.type);
    req.setUrn(r.urn);
    req.setName(r.name);
    req.setProperties(Struct.fromJavaScript(jsonOf(r.properties) as Record<string, never>));
    req.setOptions(optionsOf(r));
    const res = await call<analyzer.AnalyzeResponse>((cb) => this.client.analyze(req, cb));
    return res.getDiagnosticsList().map(diagnosticOf);
  }

  async analyzeStack(resources: readonly EngineResource[]): Promise<Diagnostic[]> {
    const req = new analyzer.AnalyzeStackRequest();
    req.setResourcesList(
      resources.map((r) => {
        const ar = new analyzer.AnalyzerResource();
        ar.setType(r.type);
        ar.setUrn(r.urn);
        ar.setName(r.name);
        ar.setProperties(Struct.fromJavaScript(jsonOf(r.properties) as Record<string, never>));
        ar.setOptions(optionsOf(r));
        if (r.parent) ar.setParent(r.parent);
        ar.setDependenciesList(r.dependencies ?? []);
        const deps = ar.getPropertydependenciesMap();
        for (const [prop, urns] of Object.entries(r.propertyDependencies ?? {})) {
          if (urns.length === 0) continue; // the engine skips properties without dependencies
          deps.set(prop, new analyzer.AnalyzerPropertyDependencies().setUrnsList(urns));
        }
        return ar;
      }),
    );
    const res = await call<analyzer.AnalyzeResponse>((cb) => this.client.analyzeStack(req, cb));
    return res.getDiagnosticsList().map(diagnosticOf);
  }

  /** The pack's peak resident set size in kB (Linux `VmHWM`), or undefined where /proc is not available. */
  peakRssKb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, "utf8");
      const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
      return m ? Number(m[1]) : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    this.client.close();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.kill("SIGTERM");
    });
  }
}

function policyConfigOf(v: analyzer.PolicyConfig): PolicyConfig {
  return {
    enforcementLevel: LEVELS[v.getEnforcementlevel()],
    ...(v.hasProperties() ? { properties: v.getProperties()!.toJavaScript() } : {}),
  };
}

function optionsOf(r: EngineResource): analyzer.AnalyzerResourceOptions {
  // Analyze requests must carry options, even empty: @pulumi/policy refuses a request without them.
  const o = new analyzer.AnalyzerResourceOptions();
  o.setAdditionalsecretoutputsList(r.additionalSecretOutputs ?? []);
  if (r.parent) o.setParent(r.parent);
  return o;
}

function diagnosticOf(d: analyzer.AnalyzeDiagnostic): Diagnostic {
  return {
    policyName: d.getPolicyname(),
    policyPackName: d.getPolicypackname(),
    policyPackVersion: d.getPolicypackversion(),
    description: d.getDescription(),
    message: d.getMessage(),
    enforcementLevel: LEVELS[d.getEnforcementlevel()],
    urn: d.getUrn(),
    severity: SEVERITIES[d.getSeverity()],
  };
}

/** Drops `undefined` (protobuf Structs have no such value), as JSON does. */
function jsonOf(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v ?? {}));
}

// ---------------------------------------------------------------- config, as the engine does it

const VALID_LEVELS = new Set<string>(["advisory", "mandatory", "disabled", "remediate"]);

/**
 * Parses a `--policy-pack-config` file's content as the CLI does (pkg/resource/analyzer/config.go): a policy maps to
 * an enforcement level, or to an object of properties with an optional `enforcementLevel`.
 */
export function parsePolicyPackConfig(text: string, file = "policy-pack-config.json"): Record<string, PolicyConfig> {
  if (text.trim() === "") return {};
  const raw = JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, PolicyConfig> = {};
  for (const [name, v] of Object.entries(raw)) {
    if (typeof v === "string") {
      if (!VALID_LEVELS.has(v)) throw new Error(`${file}: parsing enforcement level for "${name}": "${v}" is not a valid enforcement level`);
      out[name] = { enforcementLevel: v as EnforcementLevel };
    } else if (v && typeof v === "object" && !Array.isArray(v)) {
      const { enforcementLevel, ...properties } = v as Record<string, unknown>;
      if (enforcementLevel !== undefined && (typeof enforcementLevel !== "string" || !VALID_LEVELS.has(enforcementLevel))) {
        throw new Error(`${file}: parsing enforcement level for "${name}": ${JSON.stringify(enforcementLevel)} is not a valid enforcement level`);
      }
      const c: PolicyConfig = {};
      if (enforcementLevel !== undefined) c.enforcementLevel = enforcementLevel as EnforcementLevel;
      if (Object.keys(properties).length > 0) c.properties = properties;
      if (c.enforcementLevel || c.properties) out[name] = c;
    } else {
      throw new Error(`${file}: parsing "${name}": ${JSON.stringify(v)} is not a valid value; must be a string or object`);
    }
  }
  return out;
}

export function loadPolicyPackConfigFile(path: string): Record<string, PolicyConfig> {
  return parsePolicyPackConfig(readFileSync(path, "utf8"), path);
}

/**
 * The engine's reconciliation (pkg/resource/analyzer/config.go, ReconcilePolicyPackConfig): every policy starts
 * with its own enforcement level and its schema defaults; the pack's initial config, then the user's config apply on
 * top (`all` sets every policy's level first, then named policies override); the result is validated against each
 * policy's config schema. The result is what Configure receives.
 */
export function reconcilePolicyConfig(
  policies: readonly PolicyInfo[],
  initialConfig: Record<string, PolicyConfig> | undefined,
  config: Record<string, PolicyConfig> | undefined,
): Record<string, PolicyConfig> {
  let result: Record<string, PolicyConfig> = {};
  for (const p of policies) {
    let properties: Record<string, unknown> | undefined;
    for (const [k, schema] of Object.entries(p.configSchema?.properties ?? {})) {
      if ("default" in schema) (properties ??= {})[k] = schema.default;
    }
    result[p.name] = { enforcementLevel: p.enforcementLevel, ...(properties ? { properties } : {}) };
  }
  if (initialConfig) result = applyConfig(result, initialConfig);
  if (config) result = applyConfig(result, config);
  const errors: string[] = [];
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const p of policies) {
    if (!p.configSchema) continue;
    const schema = { type: "object", properties: p.configSchema.properties, ...(p.configSchema.required.length ? { required: p.configSchema.required } : {}) };
    const validate = ajv.compile(schema);
    if (!validate(result[p.name]?.properties ?? {})) {
      for (const e of validate.errors ?? []) errors.push(`${p.name}: ${e.instancePath || "(root)"} ${e.message}`);
    }
  }
  if (errors.length > 0) throw new Error(`validating policy config: ${errors.join("; ")}`);
  return result;
}

function applyConfig(result: Record<string, PolicyConfig>, apply: Record<string, PolicyConfig>): Record<string, PolicyConfig> {
  const out = { ...result };
  const all = apply.all?.enforcementLevel;
  if (all) for (const k of Object.keys(out)) out[k] = { ...out[k], enforcementLevel: all };
  // As in the engine, "all" is applied like any policy name too (it reaches Configure; the pack ignores it).
  for (const [name, given] of Object.entries(apply)) {
    const current = out[name] ?? {};
    const c: PolicyConfig = { ...current };
    if (given.enforcementLevel) c.enforcementLevel = given.enforcementLevel;
    if (given.properties && Object.keys(given.properties).length > 0) c.properties = { ...(current.properties ?? {}), ...given.properties };
    out[name] = c;
  }
  return out;
}

// ---------------------------------------------------------------- a simulated `pulumi preview --policy-pack`

export interface PreviewResult {
  diagnostics: Diagnostic[];
  /** A mandatory violation fails the preview (the CLI exits non-zero and shows "policy violations"). */
  failed: boolean;
}

/**
 * What the engine does with a pack during a preview: one Analyze per resource, in registration order, then one
 * AnalyzeStack over all of them. A diagnostic from Analyze is about the analyzed resource when it names no URN.
 */
export async function simulatePreview(pack: PolicyPackProcess, resources: readonly EngineResource[]): Promise<PreviewResult> {
  const diagnostics: Diagnostic[] = [];
  for (const r of resources) {
    for (const d of await pack.analyze(r)) diagnostics.push({ ...d, urn: d.urn || r.urn });
  }
  diagnostics.push(...(await pack.analyzeStack(resources)));
  return { diagnostics, failed: diagnostics.some((d) => d.enforcementLevel === "mandatory") };
}

/**
 * The resources the engine would send for a program's registrations: the stack resource itself (every other resource
 * is its child) and the default AWS provider come first, as in a real deployment.
 */
export function stackResourcesOf(
  registered: readonly EngineResource[],
  project = "project",
  stack = "stack",
): EngineResource[] {
  const stackUrn = `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
  const provider: EngineResource = {
    type: "pulumi:providers:aws",
    urn: `urn:pulumi:${stack}::${project}::pulumi:providers:aws::default_7_48_0`,
    name: "default_7_48_0",
    properties: { region: "eu-west-1", version: "7.48.0" },
  };
  return [
    { type: "pulumi:pulumi:Stack", urn: stackUrn, name: `${project}-${stack}`, properties: {} },
    provider,
    ...registered.map((r) => ({ ...r, parent: r.parent ?? stackUrn })),
  ];
}

/** The repository root: the pack directory (PulumiPolicy.yaml; package.json `main` = dist/main.js, which starts the pack under the runner). */
export const PACK_DIR = join(__dirname, "..", "..");
