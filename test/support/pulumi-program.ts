/**
 * Runs a Pulumi program in-process under `pulumi.runtime.setMocks`, as a preview, and returns each resource it
 * registers as the engine would hand it to a policy pack: type, name, URN, properties in wire form (unknowns as
 * sentinel strings, secrets wrapped), parent, dependencies and property dependencies.
 *
 * What a preview really gives, and what the mocks do about it:
 * - inputs are known when the program writes them, so each resource's state is its inputs;
 * - ids, ARNs and every other output the provider computes are unknown until the resource exists, so the mocks return
 *   no id and no computed outputs: during a preview the SDK makes them unknown, and an input built from them
 *   (`loadBalancerArn: lb.arn`) reaches the engine as an unknown with a property dependency on its source;
 * - a real preview also runs the provider's Check, which fills Terraform defaults; mocks do not, which is why every
 *   rule treats an absent attribute as its provider default.
 */
import * as pulumi from "@pulumi/pulumi";

export interface RegisteredResource {
  type: string;
  name: string;
  urn: string;
  custom: boolean;
  parent?: string;
  /** Wire form: unknowns are sentinel strings, secrets `{ "4dabf…": "1b47…", value }`. */
  properties: Record<string, unknown>;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  additionalSecretOutputs: string[];
}

export interface ProgramOptions {
  project?: string;
  stack?: string;
  /** Stack config: `name` (in the project's namespace) or `namespace:name` → value. */
  config?: Record<string, string>;
}

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(f: (v: { getUrnsList(): string[] }, k: string) => void): void };
  getAdditionalsecretoutputsList(): string[];
}
type Callback = (err: unknown, response: { getUrn(): string } | undefined) => void;
interface MonitorLike {
  registerResource(req: RegisterRequest, callback: Callback): Promise<void>;
}

let running = false;

/**
 * Runs the program and waits until every resource is registered. Programs run one at a time: the Pulumi runtime's
 * state is global to the process.
 */
export async function runPulumiProgram(program: () => unknown, options: ProgramOptions = {}): Promise<RegisteredResource[]> {
  if (running) throw new Error("runPulumiProgram: one program at a time (the Pulumi runtime state is global)");
  running = true;
  const project = options.project ?? "project";
  const stack = options.stack ?? "stack";
  try {
    const config: Record<string, string> = {};
    for (const [k, v] of Object.entries(options.config ?? {})) config[k.includes(":") ? k : `${project}:${k}`] = v;
    pulumi.runtime.setAllConfig(config);
    await pulumi.runtime.setMocks(
      {
        newResource: (args) => ({ id: undefined, state: args.inputs as Record<string, unknown> }),
        call: (args) => args.inputs as Record<string, unknown>,
      },
      project,
      stack,
      true,
    );
    const registered: RegisteredResource[] = [];
    const monitor = pulumi.runtime.getMonitor() as unknown as MonitorLike;
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) =>
      register(req, (err, response) => {
        if (!err && response) registered.push(recordOf(req, response.getUrn()));
        callback(err, response);
      });
    await program();
    await pulumi.runtime.disconnect();
    return registered;
  } finally {
    running = false;
  }
}

function recordOf(req: RegisterRequest, urn: string): RegisteredResource {
  const propertyDependencies: Record<string, string[]> = {};
  req.getPropertydependenciesMap().forEach((v, k) => {
    const urns = v.getUrnsList();
    if (urns.length > 0) propertyDependencies[k] = [...urns];
  });
  return {
    type: req.getType(),
    name: req.getName(),
    urn,
    custom: req.getCustom(),
    parent: req.getParent() || undefined,
    properties: req.getObject()?.toJavaScript() ?? {},
    dependencies: [...req.getDependenciesList()],
    propertyDependencies,
    additionalSecretOutputs: [...req.getAdditionalsecretoutputsList()],
  };
}
