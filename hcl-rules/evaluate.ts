/**
 * The evaluator of the Terraform source door: variables (defaults, tfvars, --var), locals, expressions,
 * functions, references between resources, count/for_each, dynamic blocks and local modules.
 *
 * Anything that cannot be evaluated becomes `Unknown` with a reason; evaluation never throws on user input.
 * Everything it does is paid from the scan's budget (hcl-rules/budget.ts, core/limits.ts): one step per expression
 * node, configuration value and element walked, instances per block and per scan, module and evaluation depth. A
 * limit reached makes the value Unknown naming the limit, with one error entry at the place, so the run exits 2.
 * While an attribute is evaluated, every resource instance it refers to is recorded: those are the graph's edges,
 * so a listener links to its load balancer even when the ARN is only known after apply.
 *
 * This module holds the evaluation of a root module and of its module instances: variables, locals, outputs, module
 * calls (local, or downloaded by `terraform init`), and the resource and data instances references read. The
 * declarations of a module directory are module-def.ts, count/for_each expansion is expansion.ts, values and scopes
 * during evaluation are eval-values.ts, and expressions are evaluated by eval-expression.ts; this module re-exports
 * what the rest of the door uses of them.
 */
import type { ExistenceCondition, ModuleCall, SourceLocation } from "../core/model";
import { type Value, Unknown, computedFacts, isUnknown } from "../core/values";
import { instanceExistence } from "./existence";
import { Budget } from "./budget";
import type { ScanFiles } from "./file-functions";
import { evalError } from "./functions";
import type { Download } from "./module-manifest";
import { asObject, convertToType, evalBodyKey, evalJson, renderTemplate, stringMap } from "./eval-expression";
import {
  type Cached,
  type EvalValue,
  Lazy,
  RefCollector,
  SENSITIVE_REF,
  Scope,
  finalise,
  guarded,
  isSensitiveRef,
  sanitize,
} from "./eval-values";
import { type Expansion, expand, expansionItems, expansionValue } from "./expansion";
import {
  type HclFile,
  type Json,
  type ModuleCallBlock,
  type ModuleDef,
  type ResourceBlock,
  type SrcPath,
  type SrcRef,
  at,
  callSourceOf,
  isLocalSource,
  isSensitiveFlag,
  locationOf,
} from "./module-def";

export {
  type HclFile,
  type Json,
  type JsonObject,
  type ModuleCallBlock,
  type ResourceBlock,
  type SrcPath,
  type SrcRef,
  ModuleDef,
  asBodies,
  at,
  callSourceOf,
  isLocalSource,
  locationOf,
  objectEntries,
} from "./module-def";
export { evalJson, evalNode, parseCliVarValue } from "./eval-expression";
export { SENSITIVE_REF, finalise as finaliseValue, isSensitiveRef, sourceOf, unexpected } from "./eval-values";

/** What `Evaluation.attribute` caches for an attribute while it is being evaluated. */
const IN_PROGRESS: Cached = { value: undefined, refs: new Set() };

const META_ARGS = new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);
const MODULE_META = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);

export interface ResourceInstance {
  /** Unique id in the scan (root key + address). */
  id: string;
  address: string;
  block: ResourceBlock;
  module: ModuleInstance;
  scope: Scope;
  /** True when the instance stands for every instance of an unknown count/for_each. */
  symbolic: boolean;
  /** Set when whether the instance is created is unknown: why, and what its creation requires (existence.ts). */
  existence?: { reason: string; conditions: ExistenceCondition[] };
}

export interface RemoteModule {
  address: string;
  source: string;
  location: SourceLocation;
  /** Why a module `terraform init` downloaded was not scanned all the same (its source changed since, say). */
  reason?: string;
}

/** Things shared by every module instance of one root module. */
export class Evaluation {
  readonly refs = new RefCollector();
  readonly remoteModules: RemoteModule[] = [];
  readonly instances: ResourceInstance[] = [];
  /** The value behind each sensitive pseudo-reference (see `SENSITIVE_REF`), so that its own text is redacted too. */
  readonly sensitiveValues = new Map<string, EvalValue>();
  private readonly attrCache = new Map<string, Map<string, Cached>>();
  /** Reads files for file(), templatefile() and the like, inside the scanned directories; unset, none are read. */
  files: ScanFiles | undefined;
  /** The selected workspace (`terraform.workspace`), when the scan knows it: see `selectedWorkspace` in project.ts. */
  workspace: string | undefined;

  constructor(
    /** Prefix of every id, so two roots with the same addresses stay apart. */
    readonly rootKey: string,
    /** Module definitions by directory (already parsed). */
    readonly modules: (dir: string) => ModuleDef | undefined,
    readonly resolveDir: (fromDir: string, source: string) => string,
    /** The scan's evaluation budget, shared by every root module. */
    readonly budget: Budget = new Budget(),
    /** Where `terraform init` downloaded a remote module call, by its key (`a.b`): see module-manifest.ts. */
    readonly downloaded: (key: string, call: { source: string; version?: string }) => Download = () => ({ ok: false }),
  ) {}

  /** Evaluates one top-level attribute (or block type) of a resource instance, with the references it makes. */
  attribute(inst: ResourceInstance, key: string): Cached {
    let perInst = this.attrCache.get(inst.id);
    if (!perInst) this.attrCache.set(inst.id, (perInst = new Map<string, Cached>()));
    const hit = perInst.get(key);
    if (hit === IN_PROGRESS) return { value: new Unknown(`${inst.address}.${key} refers to itself`), refs: new Set() };
    if (hit) return hit;
    // Marked in the cache while it is evaluated: a reference back to it is a cycle.
    perInst.set(key, IN_PROGRESS);
    this.refs.begin();
    let value: EvalValue;
    try {
      const site = at(inst.block.src, key);
      value = guarded(this, `${inst.address}.${key}`, site, () => finalise(evalBodyKey(inst.block.body, key, inst.block.src, inst.scope), this.budget));
    } finally {
      perInst.delete(key);
    }
    const refs = this.refs.end();
    refs.delete(inst.id);
    const out = { value, refs };
    perInst.set(key, out);
    return out;
  }

  /** Top-level attribute names of a resource instance (meta-arguments excluded, dynamic blocks included). */
  attributeNames(inst: ResourceInstance): string[] {
    const names: string[] = [];
    let dynamic = false;
    for (const k of Object.keys(inst.block.body)) {
      if (META_ARGS.has(k)) continue;
      if (k === "dynamic") {
        dynamic = true;
        for (const d of Object.keys(asObject(inst.block.body.dynamic))) names.push(d);
      } else names.push(k);
    }
    // Only dynamic blocks can repeat a name (a body's keys are unique): each name once, where it first appears.
    return dynamic ? [...new Set(names)] : names;
  }
}

export class ModuleInstance {
  private readonly localCache = new Map<string, Cached | "pending">();
  private readonly outputCache = new Map<string, Cached | "pending">();
  private readonly varCache = new Map<string, Cached | "pending">();
  private readonly resourceExpansions = new Map<string, Expansion<ResourceInstance> | undefined>();
  private readonly moduleExpansions = new Map<string, Expansion<ModuleInstance> | undefined>();
  /** Why a local module call was not evaluated (a cycle, the depth limit), for the values that read it. */
  readonly notLoaded = new Map<string, Unknown>();
  readonly scope: Scope;

  constructor(
    readonly ev: Evaluation,
    readonly def: ModuleDef,
    /** `""` for the root, `module.web.` / `module.web["a"].` below it. */
    readonly prefix: string,
    readonly chain: ModuleCall[],
    /** Input values: a module call's arguments (evaluated in the caller), or the root's variable values. */
    readonly inputs: (name: string) => Cached | undefined,
    readonly depth: number,
    /** The module instance and the call that created this one (none for a root). */
    readonly caller?: { instance: ModuleInstance; call: ModuleCallBlock },
  ) {
    this.scope = Scope.of(this);
  }

  variable(name: string): EvalValue {
    const hit = this.varCache.get(name);
    if (hit === "pending") return new Unknown(`var.${name} depends on itself`);
    if (hit) {
      this.ev.refs.addAll(hit.refs);
      return hit.value;
    }
    this.varCache.set(name, "pending");
    const decl = this.def.variables.get(name);
    const input = this.inputs(name);
    let out: Cached;
    if (!decl) {
      out = { value: new Unknown(`var.${name} is not declared in the scanned files`), refs: input?.refs ?? new Set() };
    } else {
      const hasDefault = "default" in decl.body;
      const nullable = decl.body.nullable !== false;
      if (input && !(input.value === null && !nullable && hasDefault)) {
        out = { value: convertToType(input.value, decl.body.type, this.scope), refs: input.refs };
      } else if (hasDefault) {
        this.ev.refs.begin();
        const v = evalJson(decl.body.default, { file: decl.src.file, path: [...decl.src.path, "default"] }, this.scope);
        out = { value: convertToType(v, decl.body.type, this.scope), refs: this.ev.refs.end() };
      } else {
        out = { value: new Unknown(`var.${name} has no value (no default, no tfvars, no --var)`), refs: new Set() };
      }
      if (isSensitiveFlag(decl.body.sensitive)) out = { value: out.value, refs: new Set([...out.refs, this.markSensitive(`var.${name}`, out.value)]) };
    }
    this.varCache.set(name, out);
    this.ev.refs.addAll(out.refs);
    return out.value;
  }

  local(name: string): EvalValue {
    return this.cached(this.localCache, name, "local", () => {
      const decl = this.def.locals.get(name);
      if (!decl) return evalError(`local.${name} is not declared`);
      return evalJson(decl.expr, decl.src, this.scope);
    });
  }

  output(name: string): EvalValue {
    return this.cached(this.outputCache, name, "output", () => {
      const decl = this.def.outputs.get(name);
      if (!decl) return evalError(`module output "${name}" is not declared in ${this.prefix === "" ? "the root module" : this.prefix.slice(0, -1)}`);
      const value = evalJson(decl.expr, decl.src, this.scope);
      if (decl.sensitive) this.ev.refs.add(this.markSensitive(`output.${name}`, value));
      return value;
    });
  }

  /** The pseudo-reference of a sensitive value of this module instance (see `SENSITIVE_REF`). */
  markSensitive(what: string, value: EvalValue): string {
    const id = `${SENSITIVE_REF}${this.ev.rootKey}::${this.prefix}${what}`;
    this.ev.sensitiveValues.set(id, value);
    return id;
  }

  private cached(cache: Map<string, Cached | "pending">, name: string, what: string, compute: () => EvalValue): EvalValue {
    const hit = cache.get(name);
    if (hit === "pending") return new Unknown(`${what} ${name} depends on itself`);
    if (hit) {
      this.ev.refs.addAll(hit.refs);
      return hit.value;
    }
    cache.set(name, "pending");
    this.ev.refs.begin();
    let value: EvalValue;
    try {
      value = compute();
    } catch (e) {
      this.ev.refs.end();
      cache.delete(name);
      throw e;
    }
    const refs = this.ev.refs.end();
    cache.set(name, { value, refs });
    this.ev.refs.addAll(refs);
    return value;
  }

  /** The instances of a resource block (count/for_each expanded). */
  resourceExpansion(block: ResourceBlock): Expansion<ResourceInstance> | undefined {
    return this.blockExpansion(`${block.type}.${block.name}`, block, true);
  }

  /** The instances of a data block (count/for_each expanded); unlike resources, they are not resources of the model. */
  dataExpansion(block: ResourceBlock): Expansion<ResourceInstance> | undefined {
    return this.blockExpansion(`data.${block.type}.${block.name}`, block, false);
  }

  private blockExpansion(key: string, block: ResourceBlock, isResource: boolean): Expansion<ResourceInstance> | undefined {
    if (this.resourceExpansions.has(key)) return this.resourceExpansions.get(key);
    this.resourceExpansions.set(key, undefined); // cycle guard: count referring to itself
    const base = `${this.prefix}${key}`;
    const make = (suffix: string, bindings: Record<string, EvalValue>, symbolic: boolean, why?: Unknown): ResourceInstance => {
      const address = base + suffix;
      const inst: ResourceInstance = {
        id: `${this.ev.rootKey}::${address}`,
        address,
        block,
        module: this,
        scope: this.scope.with(bindings),
        symbolic,
      };
      if (!isResource) return inst;
      inst.existence = instanceExistence(this, block.body, why);
      this.ev.instances.push(inst);
      return inst;
    };
    const exp = expand(block.body, block.src, this.scope, make);
    this.resourceExpansions.set(key, exp);
    return exp;
  }

  /** The instances of a module call (count/for_each expanded); undefined for remote or missing modules. */
  moduleExpansion(call: ModuleCallBlock): Expansion<ModuleInstance> | undefined {
    if (this.moduleExpansions.has(call.name)) return this.moduleExpansions.get(call.name);
    this.moduleExpansions.set(call.name, undefined);
    const callAddress = `${this.prefix}module.${call.name}`;
    // A registry or Git module is evaluated like a local one when `terraform init` downloaded it (module-manifest.ts).
    const remote = callSourceOf(call);
    const download = remote ? this.ev.downloaded(this.moduleKey(call.name), remote) : undefined;
    if (!isLocalSource(call.source) && !download?.ok) {
      this.ev.remoteModules.push({
        address: callAddress,
        source: call.source ?? "(computed source)",
        location: locationOf(call.src),
        ...(download?.reason !== undefined ? { reason: download.reason } : {}),
      });
      return undefined;
    }
    const dir = download?.ok ? download.dir : this.ev.resolveDir(this.def.dir, call.source as string);
    const callSite = at(call.src, "source");
    const cycle = this.callsInto(dir);
    if (cycle) {
      // Terraform rejects module cycles; following one would recurse until the depth limit.
      const calls = [...cycle, `${callAddress} (source "${call.source}")`].join(" → ");
      this.ev.budget.error(`module "${call.name}" calls a module that is already being evaluated (${calls}): Terraform rejects module cycles, so it was not evaluated; remove the cycle`, callSite);
      this.notLoaded.set(call.name, new Unknown(`module.${call.name} is part of a module cycle`));
      return undefined;
    }
    if (this.depth >= this.ev.budget.limits.maxModuleDepth) {
      this.notLoaded.set(call.name, this.ev.budget.reached("maxModuleDepth", `module "${call.name}" at nesting depth ${this.depth + 1}`, callSite));
      return undefined;
    }
    const def = this.ev.modules(dir);
    if (!def) return undefined;
    const make = (suffix: string, bindings: Record<string, EvalValue>): ModuleInstance => {
      const callScope = this.scope.with(bindings);
      const inputCache = new Map<string, Cached>();
      const inputs = (name: string): Cached | undefined => {
        if (MODULE_META.has(name) || !(name in call.body)) return undefined;
        const hit = inputCache.get(name);
        if (hit) return hit;
        this.ev.refs.begin();
        const value = evalJson(call.body[name], at(call.src, name), callScope);
        const c = { value, refs: this.ev.refs.end() };
        inputCache.set(name, c);
        return c;
      };
      const address = callAddress + suffix;
      const chain = [...this.chain, { address, location: locationOf(call.src) }];
      return new ModuleInstance(this.ev, def, `${address}.`, chain, inputs, this.depth + 1, { instance: this, call });
    };
    const exp = expand(call.body, call.src, this.scope, make);
    this.moduleExpansions.set(call.name, exp);
    return exp;
  }

  /** The key of a module call of this instance in Terraform's module manifest: the call names from the root, joined by ".". */
  moduleKey(name: string): string {
    const names = [name];
    for (const m of ModuleInstance.upFrom(this)) if (m.caller) names.unshift(m.caller.call.name);
    return names.join(".");
  }

  /**
   * The module calls (address and source) from the instance of `dir` on this instance's chain down to this instance,
   * when `dir` is this module or one of its callers: calling it again would be a cycle.
   */
  private callsInto(dir: string): string[] | undefined {
    const calls: string[] = [];
    for (const m of ModuleInstance.upFrom(this)) {
      if (m.def.dir === dir) return calls;
      if (m.caller) calls.unshift(`${m.prefix.slice(0, -1)} (source "${m.caller.call.source}")`);
    }
    return undefined;
  }

  /** `m`, its caller, the caller's caller… up to the root module's instance. */
  private static upFrom(m: ModuleInstance): ModuleInstance[] {
    const chain: ModuleInstance[] = [];
    for (let c: ModuleInstance | undefined = m; c; c = c.caller?.instance) chain.push(c);
    return chain;
  }

  /** Expands every resource and module call of this instance, recursively. */
  expandAll(): void {
    for (const block of this.def.resources) this.resourceExpansion(block);
    for (const call of this.def.moduleCalls.values()) {
      const exp = this.moduleExpansion(call);
      if (exp) for (const child of expansionItems(exp)) child.expandAll();
    }
  }

  /** `TYPE.NAME`: the instances of a resource block of this module, as objects. */
  resourceValue(type: string, name: string): EvalValue {
    const block = this.def.resourcesByKey.get(`${type}.${name}`);
    if (!block) return new Unknown(`${type}.${name} is not declared in the scanned files`);
    const exp = this.resourceExpansion(block);
    if (!exp) return new Unknown(`${type}.${name}: its count or for_each refers to itself`);
    return expansionValue(exp, instanceObject, (i) => this.ev.refs.add(i.id));
  }

  /**
   * The data sources whose result the configuration decides: `null_data_source` (its `outputs` are its `inputs`, as
   * strings: registry.terraform.io/providers/hashicorp/null/latest/docs/data-sources/data_source) and `template_file`
   * (`rendered` is `template` rendered with `vars`: registry.terraform.io/providers/hashicorp/template/latest/docs/
   * data-sources/file). Any other data source is read at plan time, so Unknown. Their instances follow count and
   * for_each like resources, are not resources of the model, and pass on the references their arguments make.
   */
  dataValue(type: string, name: string): EvalValue {
    const block = this.def.dataSources.get(`${type}.${name}`);
    if (!block || (type !== "null_data_source" && type !== "template_file")) {
      const reason = `data.${type}.${name} is read at plan time`;
      // What AWS guarantees about some of their attributes still holds (a VPC's CIDR is /16 to /28): see computedFacts.
      return NETWORK_DATA_SOURCES.has(type) ? new Lazy(`data.${type}.${name}`, (attr) => new Unknown(reason, computedFacts(type, attr))) : new Unknown(reason);
    }
    const exp = this.dataExpansion(block);
    if (!exp) return new Unknown(`data.${type}.${name}: its count or for_each refers to itself`);
    return expansionValue(exp, (inst) => dataObject(inst), () => {});
  }

  /** `module.NAME`: the outputs of each instance of a module call. */
  moduleValue(name: string): EvalValue {
    const call = this.def.moduleCalls.get(name);
    if (!call) return new Unknown(`module.${name} is not declared in the scanned files`);
    const exp = this.moduleExpansion(call);
    if (!exp) {
      const why = this.notLoaded.get(name);
      if (why) return why;
      return new Unknown(
        isLocalSource(call.source) ? `module.${name} (${call.source}) could not be loaded` : `module.${name} is a remote module (not scanned)`,
      );
    }
    const outputs = (child: ModuleInstance) => new Lazy(child.prefix.slice(0, -1), (o) => child.output(o));
    return expansionValue(exp, outputs, () => {});
  }
}

function instanceObject(inst: ResourceInstance): Lazy {
  const ev = inst.module.ev;
  return new Lazy(
    inst.address,
    (attr) => {
      ev.refs.add(inst.id);
      const block = inst.block.body;
      if (!(attr in block) && !(attr in asObject(block.dynamic))) return new Unknown(`${inst.address}.${attr} is known after apply`, computedFacts(inst.block.type, attr));
      const { value, refs } = ev.attribute(inst, attr);
      // Another resource's attribute derived from a sensitive value is sensitive where it is used, too.
      for (const ref of refs) if (isSensitiveRef(ref)) ev.refs.add(ref);
      return value === undefined || value === null ? new Unknown(`${inst.address}.${attr} is known after apply`) : value;
    },
    () => ev.refs.add(inst.id),
  );
}

// ------------------------------------------------------------------ data sources

/** Data sources read at plan time whose attributes `computedFacts` knows something about. */
const NETWORK_DATA_SOURCES = new Set(["aws_vpc", "aws_subnet"]);

function dataObject(inst: ResourceInstance): Lazy {
  const ev = inst.module.ev;
  const arg = (key: string): EvalValue => {
    if (!(key in inst.block.body)) return null;
    const { value, refs } = ev.attribute(inst, key);
    ev.refs.addAll(refs);
    return value;
  };
  return new Lazy(inst.address, (attr) => {
    if (inst.block.type === "null_data_source") {
      if (attr === "inputs" || attr === "outputs") return stringMap(arg("inputs"), `${inst.address}.inputs`);
      if (attr === "has_computed_default") return "has_computed_default" in inst.block.body ? arg("has_computed_default") : "default";
      return new Unknown(`${inst.address}.${attr} is known after apply`);
    }
    if (attr === "template" || attr === "vars") return arg(attr);
    if (attr !== "rendered") return new Unknown(`${inst.address}.${attr} is known after apply`);
    const template = sanitize(arg("template"));
    if (isUnknown(template)) return template;
    if (typeof template !== "string") return evalError(`${inst.address}: template must be a string`);
    const vars = stringMap(arg("vars") ?? {}, `${inst.address}.vars`);
    return renderTemplate(template, vars, inst.module.scope, `${inst.address}.rendered`, true);
  });
}


export function evalTfvarsValue(v: Json, file: HclFile, path: SrcPath, module: ModuleInstance): Value {
  const site: SrcRef = { file, path };
  return guarded(module.ev, `variable ${String(path[0])}`, site, () => finalise(evalJson(v, site, module.scope), module.ev.budget));
}
