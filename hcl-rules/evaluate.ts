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
 */
import { relative } from "node:path";
import type { ExistenceCondition, ModuleCall, SourceLocation } from "../core/model";
import { type Value, Unknown, computedFacts, isUnknown } from "../core/values";
import { type Node, type TemplatePart, parseExpression, parseTemplate } from "./expr";
import { instanceExistence } from "./existence";
import { Budget, LimitReached, type Site } from "./budget";
import type { ScanFiles } from "./file-functions";
import { EvalError, callFunction, deepEqual, evalError, shown, toStr } from "./functions";
import type { LineIndex } from "./locate";
import type { Download } from "./module-manifest";
import { writtenBefore012 } from "./version-constraint";

// ------------------------------------------------------------------ input shapes

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };
export type SrcPath = (string | number)[];

/** One parsed `.tf` file. */
export interface HclFile {
  file: string;
  json: JsonObject;
  lines: LineIndex;
}

/** Where a piece of configuration was written. */
export interface SrcRef {
  file: HclFile;
  path: SrcPath;
}

const childRefs = new WeakMap<SrcRef, Map<string | number, SrcRef>>();

/**
 * The place of a key below `ref`. The same object for the same place, so that instances of one block share their
 * source references (values keep theirs in `sourceOf`: one per place, not one per instance).
 */
export function at(ref: SrcRef, ...keys: (string | number)[]): SrcRef {
  let cur = ref;
  for (const key of keys) {
    let children = childRefs.get(cur);
    if (!children) childRefs.set(cur, (children = new Map()));
    let next = children.get(key);
    if (!next) children.set(key, (next = { file: cur.file, path: [...cur.path, key] }));
    cur = next;
  }
  return cur;
}

export function locationOf(ref: SrcRef): SourceLocation {
  const span = ref.file.lines.lookup(ref.path);
  // A merged file's line index names the override file for what an override file replaced (hcl-rules/override.ts).
  return span ? { file: span.file ?? ref.file.file, line: span.line, endLine: span.endLine } : { file: ref.file.file };
}

interface Decl {
  body: JsonObject;
  src: SrcRef;
}

export interface ResourceBlock extends Decl {
  type: string;
  name: string;
}

export interface ModuleCallBlock extends Decl {
  name: string;
  source: string | undefined;
}

/** The declarations of one module directory. */
export class ModuleDef {
  readonly variables = new Map<string, Decl>();
  readonly locals = new Map<string, { expr: Json; src: SrcRef }>();
  readonly outputs = new Map<string, { expr: Json; src: SrcRef; sensitive: boolean }>();
  readonly resources: ResourceBlock[] = [];
  readonly resourcesByKey = new Map<string, ResourceBlock>();
  readonly moduleCalls = new Map<string, ModuleCallBlock>();
  readonly resourceTypes = new Set<string>();
  /** `data` blocks by `type.name` (the first of duplicates); only some types are evaluated (see dataValue). */
  readonly dataSources = new Map<string, ResourceBlock>();

  constructor(
    readonly dir: string,
    readonly files: HclFile[],
  ) {
    for (const f of files) this.add(f);
  }

  private add(f: HclFile): void {
    const j = f.json;
    for (const [name, list] of objectEntries(j.variable)) {
      asBodies(list).forEach((body, i) => this.variables.set(name, { body, src: { file: f, path: ["variable", name, i] } }));
    }
    asBodies(j.locals).forEach((body, i) => {
      for (const [name, expr] of Object.entries(body)) this.locals.set(name, { expr, src: { file: f, path: ["locals", i, name] } });
    });
    for (const [name, list] of objectEntries(j.output)) {
      asBodies(list).forEach((body, i) =>
        this.outputs.set(name, {
          expr: body.value ?? null,
          src: { file: f, path: ["output", name, i, "value"] },
          sensitive: isSensitiveFlag(body.sensitive),
        }),
      );
    }
    for (const [type, byName] of objectEntries(j.resource)) {
      for (const [name, list] of objectEntries(byName)) {
        asBodies(list).forEach((body, i) => {
          const block: ResourceBlock = { type, name, body, src: { file: f, path: ["resource", type, name, i] } };
          // Terraform rejects duplicates; keep the first so addresses stay unique.
          if (this.resourcesByKey.has(`${type}.${name}`)) return;
          this.resources.push(block);
          this.resourcesByKey.set(`${type}.${name}`, block);
          this.resourceTypes.add(type);
        });
      }
    }
    for (const [type, byName] of objectEntries(j.data)) {
      for (const [name, list] of objectEntries(byName)) {
        asBodies(list).forEach((body, i) => {
          if (!this.dataSources.has(`${type}.${name}`)) this.dataSources.set(`${type}.${name}`, { type, name, body, src: { file: f, path: ["data", type, name, i] } });
        });
      }
    }
    for (const [name, list] of objectEntries(j.module)) {
      asBodies(list).forEach((body, i) => {
        if (this.moduleCalls.has(name)) return;
        const source = typeof body.source === "string" && !body.source.includes("${") ? body.source : undefined;
        this.moduleCalls.set(name, { name, body, source, src: { file: f, path: ["module", name, i] } });
      });
    }
  }
}

export function objectEntries(v: Json | undefined): [string, Json][] {
  return v && typeof v === "object" && !Array.isArray(v) ? Object.entries(v) : [];
}

export function asBodies(v: Json | undefined): JsonObject[] {
  if (!v) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x): x is JsonObject => !!x && typeof x === "object" && !Array.isArray(x));
}

export function isLocalSource(source: string | undefined): source is string {
  return !!source && (source.startsWith("./") || source.startsWith("../") || source === "." || source === "..");
}

/** A remote module call's source address and literal `version` constraint, as the module manifest is matched with. */
export function callSourceOf(call: ModuleCallBlock): { source: string; version?: string } | undefined {
  if (call.source === undefined || isLocalSource(call.source)) return undefined;
  const version = call.body.version;
  return { source: call.source, ...(typeof version === "string" && !version.includes("${") ? { version } : {}) };
}

// ------------------------------------------------------------------ values during evaluation

/** An object whose attributes are resolved on access: a resource, a module's outputs, `var`, `local`… */
class Lazy {
  constructor(
    readonly describe: string,
    readonly getter: (key: string) => EvalValue,
    /** Called when the whole object is used as a value (it then becomes Unknown). */
    readonly onWhole: () => void = () => {},
  ) {}
}

type EvalValue = Value | Lazy | EvalValue[] | { [key: string]: EvalValue };

/** Evaluated block bodies and object literals remember where they were written, for line numbers. */
export const sourceOf = new WeakMap<object, SrcRef>();

/** Reference recorder: the resource instance ids an attribute's evaluation touched. */
class RefCollector {
  private readonly stack: Set<string>[] = [];
  begin(): void {
    this.stack.push(new Set());
  }
  end(): Set<string> {
    return this.stack.pop() ?? new Set();
  }
  /** How many recordings are open (to close those an exception left open). */
  get open(): number {
    return this.stack.length;
  }
  closeTo(open: number): void {
    this.stack.length = Math.min(this.stack.length, open);
  }
  add(id: string): void {
    this.stack[this.stack.length - 1]?.add(id);
  }
  addAll(ids: Iterable<string>): void {
    const top = this.stack[this.stack.length - 1];
    if (top) for (const id of ids) top.add(id);
  }
}

interface Cached {
  value: EvalValue;
  refs: Set<string>;
}

const META_ARGS = new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);
const MODULE_META = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);

// ------------------------------------------------------------------ scopes

/** Local bindings: count/each, for-expression variables, dynamic-block iterators, the splat item. */
class Scope {
  /**
   * At most two bindings per scope, in fields: a scope is made for every element of every for-expression, so it must
   * be cheap to make. `with` chains scopes for more.
   */
  private constructor(
    readonly module: ModuleInstance,
    private readonly parent: Scope | undefined,
    private readonly name1?: string,
    private readonly value1?: EvalValue,
    private readonly name2?: string,
    private readonly value2?: EvalValue,
  ) {}

  static of(module: ModuleInstance): Scope {
    return new Scope(module, undefined);
  }

  with(bindings: Record<string, EvalValue>): Scope {
    let scope: Scope = this;
    for (const name of Object.keys(bindings)) scope = new Scope(this.module, scope, name, bindings[name]);
    return scope;
  }

  /** One binding, or two (`for k, v in …`: keyVar is undefined without a key variable). */
  bind(valVar: string, value: EvalValue, keyVar?: string, key?: EvalValue): Scope {
    return new Scope(this.module, this, valVar, value, keyVar, key);
  }

  lookupBinding(name: string): EvalValue | typeof NOT_BOUND {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      if (s.name1 === name) return s.value1;
      if (s.name2 !== undefined && s.name2 === name) return s.value2;
    }
    return NOT_BOUND;
  }
}

const NOT_BOUND = Symbol("not bound");
const SPLAT_ITEM = "\u0000splat";

// ------------------------------------------------------------------ sensitivity

/**
 * Sensitive values travel as pseudo-references: reading a `sensitive = true` variable or module output records a
 * reference to `SENSITIVE_REF + <what>`, and the reference recorder already carries references through every
 * expression, local, module input and output, and resource attribute. An attribute whose evaluation touched one is
 * sensitive as a whole, as Terraform marks any value derived from a sensitive one; the adapter turns it into the
 * resource's `secrets`, which every output redacts. Pseudo-references are never graph edges.
 */
export const SENSITIVE_REF = "\u0000sensitive:";

export function isSensitiveRef(id: string): boolean {
  return id.startsWith(SENSITIVE_REF);
}

/** `sensitive = true` as hcl2json gives it: a literal bool, or the string forms Terraform converts. */
function isSensitiveFlag(v: Json | undefined): boolean {
  return v === true || v === "true" || v === "${true}";
}

// ------------------------------------------------------------------ instances

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

type Expansion<T> =
  | { kind: "single"; item: T }
  | { kind: "count"; items: T[] }
  | { kind: "map"; items: Map<string, T> }
  | { kind: "symbolic"; items: T[]; known: Map<string, T> | T[]; reason: Unknown };

export interface RemoteModule {
  address: string;
  source: string;
  location: SourceLocation;
  /** Why a module `terraform init` downloaded was not scanned all the same (its source changed since, say). */
  reason?: string;
}

/**
 * An exception escaped evaluation: a bug, or a stack exhausted despite the depth guards. The value is Unknown and an
 * error entry names what was lost (never a stack trace or a path from the message).
 */
export function unexpected(e: unknown, budget: Budget, what: string, site?: Site): Unknown {
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    budget.site = site ?? budget.site;
    return budget.stackExhausted();
  }
  const detail = e instanceof Error ? `${e.name}: ${e.message.replace(/\s+/g, " ").slice(0, 200)}` : String(e).slice(0, 200);
  budget.error(`${what} could not be evaluated (internal error: ${detail}); this is a bug in moat, please report it`, site);
  return new Unknown(`${what} could not be evaluated (internal error)`);
}

/**
 * Runs one evaluation so that an exception cannot escape it: a bug or an exhausted stack makes this value Unknown (with
 * an error entry), and the budget and the reference recorder are as they were before it, so the scan goes on.
 */
function guarded<T>(ev: Evaluation, what: string, site: SrcRef, run: () => T): T | Unknown {
  const { site: outerSite, depth } = ev.budget;
  const open = ev.refs.open;
  ev.budget.site = site;
  try {
    return run();
  } catch (e) {
    ev.refs.closeTo(open);
    return unexpected(e, ev.budget, what, site);
  } finally {
    ev.budget.site = outerSite;
    ev.budget.depth = depth;
  }
}

/** Things shared by every module instance of one root module. */
export class Evaluation {
  readonly refs = new RefCollector();
  readonly remoteModules: RemoteModule[] = [];
  readonly instances: ResourceInstance[] = [];
  /** The value behind each sensitive pseudo-reference (see `SENSITIVE_REF`), so that its own text is redacted too. */
  readonly sensitiveValues = new Map<string, EvalValue>();
  private readonly attrCache = new Map<string, Map<string, Cached>>();
  private readonly inProgress = new Set<string>();
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
    if (!perInst) this.attrCache.set(inst.id, (perInst = new Map()));
    const hit = perInst.get(key);
    if (hit) return hit;
    const guard = `${inst.id}\u0000${key}`;
    if (this.inProgress.has(guard)) return { value: new Unknown(`${inst.address}.${key} refers to itself`), refs: new Set() };
    this.inProgress.add(guard);
    this.refs.begin();
    let value: EvalValue;
    try {
      const site = at(inst.block.src, key);
      value = guarded(this, `${inst.address}.${key}`, site, () => finalise(evalBodyKey(inst.block.body, key, inst.block.src, inst.scope), this.budget));
    } finally {
      this.inProgress.delete(guard);
    }
    const refs = this.refs.end();
    refs.delete(inst.id);
    const out = { value, refs };
    perInst.set(key, out);
    return out;
  }

  /** Top-level attribute names of a resource instance (meta-arguments excluded, dynamic blocks included). */
  attributeNames(inst: ResourceInstance): string[] {
    const names = new Set<string>();
    for (const k of Object.keys(inst.block.body)) {
      if (META_ARGS.has(k)) continue;
      if (k === "dynamic") for (const d of Object.keys(asObject(inst.block.body.dynamic))) names.add(d);
      else names.add(k);
    }
    return [...names];
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
    const key = `${block.type}.${block.name}`;
    if (this.resourceExpansions.has(key)) return this.resourceExpansions.get(key);
    this.resourceExpansions.set(key, undefined); // cycle guard: count referring to itself
    const base = `${this.prefix}${block.type}.${block.name}`;
    const make = (suffix: string, bindings: Record<string, EvalValue>, symbolic: boolean, why?: Unknown): ResourceInstance => {
      const address = base + suffix;
      const inst: ResourceInstance = {
        id: `${this.ev.rootKey}::${address}`,
        address,
        block,
        module: this,
        scope: this.scope.with(bindings),
        symbolic,
        existence: instanceExistence(this, block.body, why),
      };
      this.ev.instances.push(inst);
      return inst;
    };
    const exp = expand(block.body, block.src, this.scope, make);
    this.resourceExpansions.set(key, exp);
    return exp;
  }

  /** The instances of a data block (count/for_each expanded); unlike resources, they are not resources of the model. */
  dataExpansion(block: ResourceBlock): Expansion<ResourceInstance> | undefined {
    const key = `data.${block.type}.${block.name}`;
    if (this.resourceExpansions.has(key)) return this.resourceExpansions.get(key);
    this.resourceExpansions.set(key, undefined); // cycle guard
    const base = `${this.prefix}${key}`;
    const make = (suffix: string, bindings: Record<string, EvalValue>, symbolic: boolean): ResourceInstance => ({
      id: `${this.ev.rootKey}::${base}${suffix}`,
      address: base + suffix,
      block,
      module: this,
      scope: this.scope.with(bindings),
      symbolic,
    });
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
    for (let m: ModuleInstance | undefined = this; m?.caller; m = m.caller.instance) names.unshift(m.caller.call.name);
    return names.join(".");
  }

  /**
   * The module calls (address and source) from the instance of `dir` on this instance's chain down to this instance,
   * when `dir` is this module or one of its callers: calling it again would be a cycle.
   */
  private callsInto(dir: string): string[] | undefined {
    const calls: string[] = [];
    for (let m: ModuleInstance | undefined = this; m; m = m.caller?.instance) {
      if (m.def.dir === dir) return calls;
      if (m.caller) calls.unshift(`${m.prefix.slice(0, -1)} (source "${m.caller.call.source}")`);
    }
    return undefined;
  }

  /** Expands every resource and module call of this instance, recursively. */
  expandAll(): void {
    for (const block of this.def.resources) this.resourceExpansion(block);
    for (const call of this.def.moduleCalls.values()) {
      const exp = this.moduleExpansion(call);
      if (exp) for (const child of expansionItems(exp)) child.expandAll();
    }
  }
}

function expansionItems<T>(exp: Expansion<T>): T[] {
  switch (exp.kind) {
    case "single":
      return [exp.item];
    case "count":
      return exp.items;
    case "map":
      return [...exp.items.values()];
    case "symbolic":
      return exp.items;
  }
}

/** A count that Terraform before 0.12 read as 1 or 0 (see hcl-rules/version-constraint.ts). */
const BOOLEAN_TEXTS = new Set<unknown>([true, false, "true", "false"]);

/** count / for_each: known 0 or empty → no instance; each known key → one instance; unknown → one symbolic. */
function expand<T>(
  body: JsonObject,
  src: SrcRef,
  scope: Scope,
  makeInstance: (suffix: string, bindings: Record<string, EvalValue>, symbolic: boolean, why?: Unknown) => T,
): Expansion<T> {
  const budget = scope.module.ev.budget;
  const metaSite = at(src, "count" in body ? "count" : "for_each" in body ? "for_each" : "source");
  let spent: LimitReached | undefined;
  /** Every instance counts towards the scan's limits.maxInstances; past it, none is made. */
  const admit = (): boolean => {
    if (spent) return false;
    if (budget.instances < budget.limits.maxInstances) {
      budget.instances++;
      return true;
    }
    spent = budget.reached("maxInstances", "the number of resource and module instances in the scan", metaSite, "so the remaining instances of this block were not evaluated");
    return false;
  };
  const make = (suffix: string, bindings: Record<string, EvalValue>, symbolic: boolean, why?: Unknown): T | undefined =>
    admit() ? makeInstance(suffix, bindings, symbolic, why) : undefined;
  const none = (): Expansion<T> => ({ kind: "symbolic", items: [], known: [], reason: spent as LimitReached });
  /** At most limits.maxInstancesPerBlock instances; the rest are an error at the count or for_each line. */
  const perBlock = (n: number, what: string): number => {
    const max = budget.limits.maxInstancesPerBlock;
    if (n > max) budget.reached("maxInstancesPerBlock", what, metaSite, `so its instances past the first ${max} were not evaluated`);
    return Math.min(n, max);
  };
  const evalMeta = (key: "count" | "for_each") => {
    const site = at(src, key);
    return sanitize(guarded(scope.module.ev, key, site, () => evalJson(body[key], site, scope)), scope);
  };
  if ("count" in body) {
    const c = evalMeta("count");
    if (isUnknown(c)) {
      const item = make("[*]", { count: { index: new Unknown(`count is unknown: ${c.reason}`) } }, true, c);
      return item === undefined ? none() : { kind: "symbolic", items: [item], known: [], reason: c };
    }
    const number = typeof c === "number" ? c : typeof c === "string" && c.trim() !== "" ? Number(c) : NaN;
    // Terraform before 0.12 turned true and false into "1" and "0", so `count = "${var.on}"` with a boolean worked.
    const n = Number.isNaN(number) && BOOLEAN_TEXTS.has(c) && writtenBefore012(scope.module) ? (c === true || c === "true" ? 1 : 0) : number;
    if (!Number.isInteger(n) || n < 0) {
      // Terraform rejects such a count ("Invalid count argument"): an error, never a guess. The block is still judged
      // once, as if created, so its own findings are not lost.
      scope.module.ev.budget.error(
        `count = ${shown(c)} is not a whole number of 0 or more, which Terraform rejects ("Invalid count argument"); fix the expression (a bool needs a conditional: var.on ? 1 : 0)`,
        at(src, "count"),
      );
      const reason = new Unknown(`count is not a whole number: ${shown(c)}`);
      const item = make("[*]", { count: { index: reason } }, true, reason);
      return item === undefined ? none() : { kind: "symbolic", items: [item], known: [], reason };
    }
    const items: T[] = [];
    const max = perBlock(n, `count = ${n}`);
    for (let i = 0; i < max; i++) {
      const item = make(`[${i}]`, { count: { index: i } }, false);
      if (item === undefined) break;
      items.push(item);
    }
    return { kind: "count", items };
  }
  if ("for_each" in body) {
    const fe = evalMeta("for_each");
    if (isUnknown(fe) || fe === null || fe === undefined || typeof fe !== "object") {
      const reason = isUnknown(fe) ? fe : new Unknown("for_each is not a map or set");
      const item = make("[*]", { each: { key: new Unknown(`each.key: ${reason.reason}`), value: new Unknown(`each.value: ${reason.reason}`) } }, true, reason);
      return item === undefined ? none() : { kind: "symbolic", items: [item], known: new Map(), reason };
    }
    const items = new Map<string, T>();
    let unknownElement: Unknown | undefined;
    const entries: [string, Value][] = Array.isArray(fe)
      ? fe.flatMap((v): [string, Value][] => {
          if (isUnknown(v)) {
            unknownElement = v;
            return [];
          }
          return [[String(v), v]];
        })
      : Object.entries(fe as Record<string, Value>);
    const max = perBlock(entries.length, `for_each over ${entries.length} elements`);
    for (const [k, v] of entries.slice(0, max)) {
      const item = make(`[${JSON.stringify(k)}]`, { each: { key: k, value: v } }, false);
      if (item === undefined) break;
      items.set(k, item);
    }
    if (unknownElement) {
      const item = make("[*]", { each: { key: unknownElement, value: unknownElement } }, true, unknownElement);
      if (item !== undefined) return { kind: "symbolic", items: [...items.values(), item], known: items, reason: unknownElement };
    }
    return { kind: "map", items };
  }
  const item = make("", {}, false);
  return item === undefined ? none() : { kind: "single", item };
}

// ------------------------------------------------------------------ JSON (hcl2json output) evaluation

function asObject(v: Json | undefined): JsonObject {
  return v && typeof v === "object" && !Array.isArray(v) ? v : {};
}

/** Evaluates one key of a block body; for a block type, static blocks and dynamic blocks are merged. */
function evalBodyKey(body: JsonObject, key: string, src: SrcRef, scope: Scope): EvalValue {
  const dyn = asObject(body.dynamic)[key];
  if (dyn === undefined) return evalJson(body[key], at(src, key), scope);
  const out: EvalValue[] = [];
  if (key in body) {
    const stat = evalJson(body[key], at(src, key), scope);
    if (Array.isArray(stat)) out.push(...stat);
    else if (stat !== undefined && stat !== null) out.push(stat);
  }
  const dynBlocks = asBodies(dyn);
  for (let j = 0; j < dynBlocks.length; j++) {
    const d = dynBlocks[j];
    const dynSrc = at(src, "dynamic", key, j);
    const iterName = iteratorName(d.iterator) ?? key;
    const contentBody = asBodies(d.content)[0] ?? {};
    const contentSrc = at(dynSrc, "content", 0);
    const fe = sanitize(evalJson(d.for_each, at(dynSrc, "for_each"), scope), scope);
    const emit = (k: Value, v: Value) => {
      out.push(evalBody(contentBody, contentSrc, scope.with({ [iterName]: { key: k, value: v } })));
    };
    if (isUnknown(fe) || fe === undefined || (fe !== null && typeof fe !== "object")) {
      // Unknown collection: check the content once, with the iterator unknown.
      const u = isUnknown(fe) ? fe : new Unknown("dynamic block for_each is not a collection");
      emit(new Unknown(`${iterName}.key: ${u.reason}`), new Unknown(`${iterName}.value: ${u.reason}`));
    } else if (Array.isArray(fe)) {
      fe.forEach((v, i) => emit(i, v));
    } else if (fe !== null) {
      for (const [k, v] of Object.entries(fe)) emit(k, v);
    }
  }
  return out;
}

function iteratorName(v: Json | undefined): string | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/.exec(v) ?? /^([A-Za-z_][A-Za-z0-9_-]*)$/.exec(v);
  return m?.[1];
}

/** A block body or object literal: every key evaluated, dynamic blocks expanded. */
function evalBody(body: JsonObject, src: SrcRef, scope: Scope): Record<string, EvalValue> {
  const out: Record<string, EvalValue> = {};
  for (const key of Object.keys(body)) {
    if (key === "dynamic") {
      for (const name of Object.keys(asObject(body.dynamic))) out[name] = evalBodyKey(body, name, src, scope);
      continue;
    }
    if (key in out) continue;
    let name = key;
    if (key.includes("${")) {
      const k = sanitize(evalNode(parseTemplate(key), scope), scope);
      const s = isUnknown(k) ? undefined : toStr(k);
      if (s === undefined || isUnknown(s)) continue; // an unknown key: the entry cannot be placed
      name = s;
    }
    out[name] = evalBodyKey(body, key, src, scope);
  }
  sourceOf.set(out, src);
  return out;
}

/**
 * Evaluates a value as hcl2json gives it (a literal, an expression string, a list or a block body). It is where
 * evaluation enters a piece of configuration: the budget's site (for the location of limit errors) follows it, and
 * it counts towards the evaluation depth like an expression node.
 */
export function evalJson(v: Json | undefined, src: SrcRef, scope: Scope): EvalValue {
  if (v === undefined) return undefined;
  if (v === null || (typeof v !== "object" && typeof v !== "string")) return v;
  const budget = scope.module.ev.budget;
  const spent = budget.step();
  if (spent) return spent;
  const site = budget.site;
  budget.site = src;
  if (budget.depth >= budget.limits.maxEvaluationDepth) return budget.tooDeep();
  budget.depth++;
  try {
    return evalJsonHere(v, src, scope);
  } finally {
    budget.depth--;
    budget.site = site;
  }
}

function evalJsonHere(v: Json, src: SrcRef, scope: Scope): EvalValue {
  if (typeof v === "string") return evalNode(parseTemplate(v), scope);
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    const out = v.map((x, i) => evalJson(x, at(src, i), scope));
    sourceOf.set(out, src);
    return out;
  }
  return evalBody(v, src, scope);
}

// ------------------------------------------------------------------ expression evaluation

/** Replaces Lazy objects used as whole values by Unknown (recording the reference). */
function sanitize(v: EvalValue, _scope?: Scope): Value {
  if (v instanceof Lazy) {
    v.onWhole();
    return new Unknown(`${v.describe} is not a plain value`);
  }
  return v as Value;
}

/**
 * Deep version of sanitize for values that leave the evaluator (resource attributes). A value nested deeper than
 * limits.maxEvaluationDepth (built step by step through cached locals) is cut there, so that no consumer of the model
 * meets a value deep enough to exhaust its stack.
 */
function finalise(v: EvalValue, budget: Budget): Value {
  const walk: Walk = { nodes: 0 };
  const out = finaliseNode(v, budget, 0, walk);
  return walk.cut ?? out;
}

/** A value's walk by finalise: the nodes seen, and the Unknown that stopped it (then the whole value is Unknown). */
interface Walk {
  nodes: number;
  cut?: Unknown;
}

function finaliseNode(v: EvalValue, budget: Budget, depth: number, walk: Walk): Value {
  if (depth > budget.limits.maxEvaluationDepth) return budget.tooDeep("value");
  if (walk.cut) return walk.cut;
  // One step per node, and at most limits.maxCollectionSize nodes per value: parts shared by many elements are
  // walked each time they occur, here and by every consumer of the model.
  if (++walk.nodes > budget.limits.maxCollectionSize) {
    return (walk.cut = budget.reached("maxCollectionSize", `a value with more than ${budget.limits.maxCollectionSize} elements in all`));
  }
  const spent = budget.step();
  if (spent) return (walk.cut = spent);
  if (v instanceof Lazy) {
    v.onWhole();
    return new Unknown(`${v.describe} (a whole object) is known after apply`);
  }
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x) => {
      const f = finaliseNode(x as EvalValue, budget, depth + 1, walk);
      if (f !== x) changed = true;
      return f;
    });
    if (!changed) return v as Value;
    const src = sourceOf.get(v);
    if (src) sourceOf.set(out, src);
    return out;
  }
  if (v && typeof v === "object" && !isUnknown(v)) {
    const obj = v as Record<string, EvalValue>;
    let changed = false;
    const out: Record<string, Value> = {};
    for (const [k, x] of Object.entries(obj)) {
      const f = finaliseNode(x, budget, depth + 1, walk);
      if (f !== x) changed = true;
      out[k] = f;
    }
    if (!changed) return v as Value;
    const src = sourceOf.get(v);
    if (src) sourceOf.set(out, src);
    return out;
  }
  return v as Value;
}

function isPlainObject(v: EvalValue): v is Record<string, EvalValue> {
  return !!v && typeof v === "object" && !Array.isArray(v) && !isUnknown(v) && !(v instanceof Lazy);
}

function getAttr(obj: EvalValue, name: string): EvalValue {
  if (isUnknown(obj)) return obj;
  if (obj instanceof Lazy) return obj.getter(name);
  if (isPlainObject(obj)) return name in obj ? obj[name] : evalError(`object has no attribute "${name}"`);
  if (obj === null || obj === undefined) return evalError(`attribute "${name}" of a null value`);
  if (Array.isArray(obj)) return evalError(`a list has no attribute "${name}" (use an index or [*])`);
  return evalError(`a ${typeof obj} has no attribute "${name}"`);
}

function getIndex(obj: EvalValue, key: EvalValue): EvalValue {
  if (isUnknown(obj)) return obj;
  const k = sanitize(key);
  if (isUnknown(k)) return k;
  if (obj instanceof Lazy) return obj.getter(String(k));
  if (Array.isArray(obj)) {
    const i = typeof k === "number" ? k : Number(k);
    if (!Number.isInteger(i)) return evalError(`list index ${shown(k)} is not a whole number`);
    if (i < 0 || i >= obj.length) return evalError(`index ${i} out of range (list has ${obj.length} elements)`);
    return obj[i] as EvalValue;
  }
  if (isPlainObject(obj)) {
    const s = String(k);
    return s in obj ? obj[s] : evalError(`key "${s}" not found`);
  }
  if (obj === null || obj === undefined) return evalError("index into a null value");
  return evalError("index into a value that is not a collection");
}

function truthy(v: Value): boolean | Unknown | EvalError {
  if (isUnknown(v)) return v;
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return evalError(`${shown(v)} is not a boolean`);
}

function lookupRoot(name: string, scope: Scope): EvalValue {
  const bound = scope.lookupBinding(name);
  if (bound !== NOT_BOUND) return bound;
  const templateVars = scope.lookupBinding(TEMPLATE_VARS);
  if (templateVars !== NOT_BOUND) {
    // A template (templatefile, templatestring, template_file) sees only its own variables.
    return isPlainObject(templateVars) && name in templateVars ? templateVars[name] : evalError(`the template refers to "${name}", which its variables do not include`);
  }
  const mod = scope.module;
  const ev = mod.ev;
  switch (name) {
    case "var":
      return new Lazy("var", (k) => mod.variable(k));
    case "local":
      return new Lazy("local", (k) => mod.local(k));
    case "module":
      return new Lazy("module", (k) => moduleValue(mod, k));
    case "data":
      return new Lazy("data", (type) => new Lazy(`data.${type}`, (n) => dataValue(mod, type, n)));
    case "path":
      // Relative, as Terraform gives them when run in the root module's directory (and never an absolute path that
      // a message could print).
      return { module: relative(ev.rootKey, mod.def.dir) || ".", root: ".", cwd: "." };
    case "terraform":
      return {
        workspace:
          ev.workspace ??
          new Unknown("terraform.workspace depends on the selected workspace (give it with --workspace NAME or TF_WORKSPACE)"),
      };
    case "self":
      return new Unknown("self is known after apply");
    case "count":
      return evalError("count.index used outside a resource with count");
    case "each":
      return evalError("each used outside a resource with for_each");
  }
  if (mod.def.resourceTypes.has(name)) return new Lazy(name, (n) => resourceValue(mod, name, n));
  if (/^[a-z0-9]+_[a-z0-9_]+$/.test(name)) {
    return new Lazy(name, (n) => new Unknown(`${name}.${n} is not declared in the scanned files`));
  }
  return evalError(`unknown name "${name}"`);
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

function resourceValue(mod: ModuleInstance, type: string, name: string): EvalValue {
  const block = mod.def.resourcesByKey.get(`${type}.${name}`);
  if (!block) return new Unknown(`${type}.${name} is not declared in the scanned files`);
  const exp = mod.resourceExpansion(block);
  if (!exp) return new Unknown(`${type}.${name}: its count or for_each refers to itself`);
  return expansionValue(exp, instanceObject, (i) => mod.ev.refs.add(i.id));
}

// ------------------------------------------------------------------ data sources and templates

/** Binds a template's variables: a scope with it sees those and nothing of the module (see lookupRoot). */
const TEMPLATE_VARS = "\u0000template";

/**
 * The data sources whose result the configuration decides: `null_data_source` (its `outputs` are its `inputs`, as
 * strings: registry.terraform.io/providers/hashicorp/null/latest/docs/data-sources/data_source) and `template_file`
 * (`rendered` is `template` rendered with `vars`: registry.terraform.io/providers/hashicorp/template/latest/docs/
 * data-sources/file). Any other data source is read at plan time, so Unknown. Their instances follow count and
 * for_each like resources, are not resources of the model, and pass on the references their arguments make.
 */
/** Data sources read at plan time whose attributes `computedFacts` knows something about. */
const NETWORK_DATA_SOURCES = new Set(["aws_vpc", "aws_subnet"]);

function dataValue(mod: ModuleInstance, type: string, name: string): EvalValue {
  const block = mod.def.dataSources.get(`${type}.${name}`);
  if (!block || (type !== "null_data_source" && type !== "template_file")) {
    const reason = `data.${type}.${name} is read at plan time`;
    // What AWS guarantees about some of their attributes still holds (a VPC's CIDR is /16 to /28): see computedFacts.
    return NETWORK_DATA_SOURCES.has(type) ? new Lazy(`data.${type}.${name}`, (attr) => new Unknown(reason, computedFacts(type, attr))) : new Unknown(reason);
  }
  const exp = mod.dataExpansion(block);
  if (!exp) return new Unknown(`data.${type}.${name}: its count or for_each refers to itself`);
  return expansionValue(exp, (inst) => dataObject(inst), () => {});
}

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

/** A `map(string)` argument: null is an empty map, primitives become strings as Terraform converts them. */
function stringMap(v: EvalValue, what: string): EvalValue {
  const m = sanitize(v);
  if (m === null || m === undefined) return {};
  if (isUnknown(m)) return m;
  if (!isPlainObject(m)) return evalError(`${what} must be a map of strings`);
  const out: Record<string, EvalValue> = {};
  for (const [k, x] of Object.entries(m)) {
    if (typeof x === "number" || typeof x === "boolean") out[k] = String(x);
    else if (x === null || typeof x === "string" || isUnknown(x)) out[k] = x as EvalValue;
    else return evalError(`${what}["${k}"] is not a string`);
  }
  return out;
}

/**
 * `templatefile(path, vars)` reads a template inside the scanned directories; `templatestring(template, vars)` takes
 * it as a value. Both render it with the variables given and nothing else, as Terraform does.
 */
function templateCall(fn: "templatefile" | "templatestring", args: Value[], scope: Scope): EvalValue {
  if (scope.lookupBinding(TEMPLATE_VARS) !== NOT_BOUND) return evalError(`${fn} cannot be called from inside a template`);
  const [first, vars] = args;
  if (isUnknown(first)) return first;
  if (isUnknown(vars)) return vars;
  if (typeof first !== "string") return evalError(`${fn}: the first argument must be a string`);
  if (fn === "templatestring") return renderTemplate(first, vars ?? {}, scope.module.scope, "templatestring()", false);
  const files = scope.module.ev.files;
  if (!files) return new Unknown("templatefile() reads files, which this evaluation does not");
  const text = files.read(first, "templatefile");
  if (isUnknown(text)) return text;
  return renderTemplate(text, vars ?? {}, scope.module.scope, `templatefile(${JSON.stringify(first.slice(0, 200))})`, true);
}

/**
 * Renders a template with only `vars` in scope. When its text came from a file (`fromFile`), an error is reported
 * without its detail, which could quote the file; an Unknown that came from a variable keeps its reason.
 */
function renderTemplate(text: string, vars: EvalValue, moduleScope: Scope, what: string, fromFile: boolean): EvalValue {
  if (!isPlainObject(vars)) return evalError(`${what}: the variables must be a map or object`);
  const budget = moduleScope.module.ev.budget;
  const spent = budget.step(text.length >> 4);
  if (spent) return spent;
  const result = evalNode(parseTemplate(text), moduleScope.bind(TEMPLATE_VARS, vars));
  if (!fromFile || !isUnknown(result) || result instanceof LimitReached) return result;
  const fromVars = new Set<Unknown>();
  for (const v of Object.values(vars)) if (isUnknown(v)) fromVars.add(v);
  if (fromVars.has(result)) return result;
  if (result instanceof EvalError) return evalError(`${what}: the template could not be rendered (an error in the template or its variables; its text is not shown)`);
  return new Unknown(`${what}: the template could not be evaluated (its text is not shown)`);
}

function moduleValue(mod: ModuleInstance, name: string): EvalValue {
  const call = mod.def.moduleCalls.get(name);
  if (!call) return new Unknown(`module.${name} is not declared in the scanned files`);
  const exp = mod.moduleExpansion(call);
  if (!exp) {
    const why = mod.notLoaded.get(name);
    if (why) return why;
    return new Unknown(
      isLocalSource(call.source) ? `module.${name} (${call.source}) could not be loaded` : `module.${name} is a remote module (not scanned)`,
    );
  }
  const outputs = (child: ModuleInstance) => new Lazy(child.prefix.slice(0, -1), (o) => child.output(o));
  return expansionValue(exp, outputs, () => {});
}

function expansionValue<T>(exp: Expansion<T>, wrap: (t: T) => Lazy, touchSymbolic: (t: T) => void): EvalValue {
  switch (exp.kind) {
    case "single":
      return wrap(exp.item);
    case "count":
      return exp.items.map(wrap) as unknown as EvalValue;
    case "map": {
      const out: Record<string, EvalValue> = {};
      for (const [k, v] of exp.items) out[k] = wrap(v);
      return out;
    }
    case "symbolic":
      for (const item of exp.items) touchSymbolic(item);
      return new Unknown(`the number of instances is unknown: ${exp.reason.reason}`);
  }
}

function evalTemplateParts(parts: TemplatePart[], scope: Scope): string | Unknown {
  let out = "";
  const budget = scope.module.ev.budget;
  for (const p of parts) {
    if (out.length > budget.limits.maxStringLength) return budget.string(out.length, "template result") ?? out;
    if (p.t === "str") out += p.s;
    else if (p.t === "expr") {
      const v = sanitize(evalNode(p.e, scope));
      const s = toStr(v);
      if (isUnknown(s)) return s;
      out += s;
    } else if (p.t === "if") {
      const c = truthy(sanitize(evalNode(p.c, scope)));
      if (isUnknown(c)) return c;
      const s = evalTemplateParts(c ? p.then : p.else, scope);
      if (isUnknown(s)) return s;
      out += s;
    } else {
      const coll = sanitize(evalNode(p.coll, scope));
      if (isUnknown(coll)) return coll;
      const entries = collectionEntries(coll);
      if (isUnknown(entries)) return entries;
      for (const [k, v] of entries) {
        const spent = budget.step();
        if (spent) return spent;
        const s = evalTemplateParts(p.body, scope.bind(p.valVar, v, p.keyVar, k));
        if (isUnknown(s)) return s;
        out += s;
        if (out.length > budget.limits.maxStringLength) return budget.string(out.length, "template result") ?? out;
      }
    }
  }
  return out;
}

function collectionEntries(v: EvalValue): [Value, EvalValue][] | Unknown {
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) return v.map((x, i) => [i, x as EvalValue]);
  if (isPlainObject(v)) return Object.keys(v).sort().map((k) => [k, v[k]]);
  return evalError("for expression over a value that is not a collection");
}

/** Functions that only select or combine values: whole resources may pass through them unchanged. */
const PASS_THROUGH = new Set(["one", "element", "lookup", "coalesce", "concat", "flatten", "values", "tolist", "toset", "compact", "merge"]);

/** Evaluates an expression node: one step of the scan's budget, one level of its evaluation depth. */
export function evalNode(n: Node, scope: Scope): EvalValue {
  if (n.k === "lit") return n.v;
  const budget = scope.module.ev.budget;
  const spent = budget.step();
  if (spent) return spent;
  if (budget.depth >= budget.limits.maxEvaluationDepth) return budget.tooDeep();
  budget.depth++;
  try {
    const v = evalNodeHere(n, scope);
    return isUnknown(v) && !keepsFacts(n) ? withoutFacts(v) : v;
  } finally {
    budget.depth--;
  }
}

/**
 * Whether an expression passes an unknown value on unchanged, so what is known about it (`UnknownFacts`) still holds:
 * references, indexing, constructors and functions that only select. Anything that computes a new value from it (an
 * operator, a template with text around it, `replace()`) knows nothing about the result.
 */
function keepsFacts(n: Node): boolean {
  switch (n.k) {
    case "root":
    case "attr":
    case "index":
    case "splat":
    case "splatItem":
    case "tuple":
    case "object":
    case "for":
    case "cond":
      return true;
    case "call":
      return PASS_THROUGH.has(n.name);
    case "tmpl":
      return n.parts.length === 1 && n.parts[0].t === "expr";
    default:
      return false;
  }
}

function withoutFacts(u: Unknown): Unknown {
  return Object.keys(u.facts).length === 0 ? u : new Unknown(u.reason);
}

function evalNodeHere(n: Node, scope: Scope): EvalValue {
  switch (n.k) {
    case "lit":
      return n.v;
    case "error":
      if (n.tooDeep) return scope.module.ev.budget.tooDeep("expression");
      return new Unknown(`expression could not be parsed: ${n.message}`);
    case "tmpl":
      return evalTemplateParts(n.parts, scope);
    case "root":
      return lookupRoot(n.name, scope);
    case "attr":
      return getAttr(evalNode(n.obj, scope), n.name);
    case "index":
      return getIndex(evalNode(n.obj, scope), evalNode(n.key, scope));
    case "splatItem": {
      const v = scope.lookupBinding(SPLAT_ITEM);
      return v === NOT_BOUND ? evalError("splat item outside a splat") : v;
    }
    case "splat": {
      const src = evalNode(n.src, scope);
      if (isUnknown(src)) return src;
      if (src === null || src === undefined) return [];
      const list: EvalValue[] = Array.isArray(src) ? (src as EvalValue[]) : [src];
      return elements(list.length, (i) => evalNode(n.body, scope.bind(SPLAT_ITEM, list[i])));
    }
    case "call": {
      // `core::NAME` is the built-in NAME, as in Terraform (try, can and the template functions included).
      if (n.name.startsWith("core::")) return evalNodeHere({ ...n, name: n.name.slice("core::".length) }, scope);
      if (n.name === "sensitive" || n.name === "nonsensitive") {
        // sensitive(x) marks x; nonsensitive(x) would unmark it, but moat keeps the mark: printing less is safe.
        const v = evalNode(n.args[0] ?? { k: "lit", v: null }, scope);
        if (n.name === "sensitive") scope.module.ev.refs.add(scope.module.markSensitive(`sensitive()#${scope.module.ev.sensitiveValues.size}`, v));
        return v;
      }
      if (n.name === "try") {
        let last: EvalValue = evalError("try: no argument succeeded");
        for (const a of n.args) {
          const v = evalNode(a, scope);
          if (v instanceof EvalError) {
            last = v;
            continue;
          }
          return v;
        }
        return last;
      }
      if (n.name === "can") {
        const v = evalNode(n.args[0] ?? { k: "lit", v: null }, scope);
        if (v instanceof EvalError) return false;
        if (isUnknown(v)) return v;
        return true;
      }
      let args = n.args.map((a) => evalNode(a, scope));
      if (!PASS_THROUGH.has(n.name)) args = args.map((a) => sanitize(a));
      if (n.expand && args.length > 0) {
        const last = sanitize(args[args.length - 1]);
        if (isUnknown(last)) return last;
        if (!Array.isArray(last)) return evalError("expanding argument (...) must be a list");
        args = [...args.slice(0, -1), ...(last as EvalValue[])];
      }
      if (n.name === "templatefile" || n.name === "templatestring") return templateCall(n.name, args as Value[], scope);
      return callFunction(n.name, args as Value[], scope.module.ev.budget, scope.module.ev.files);
    }
    case "cond": {
      const c = truthy(sanitize(evalNode(n.c, scope)));
      if (isUnknown(c)) {
        const t = sanitize(evalNode(n.t, scope));
        const f = sanitize(evalNode(n.f, scope));
        const same = deepEqual(t, f, scope.module.ev.budget);
        return same === true ? t : withoutFacts(c);
      }
      return c ? evalNode(n.t, scope) : evalNode(n.f, scope);
    }
    case "un": {
      const x = sanitize(evalNode(n.x, scope));
      if (isUnknown(x)) return x;
      if (n.op === "!") {
        const b = truthy(x);
        return isUnknown(b) ? b : !b;
      }
      const num = typeof x === "number" ? x : Number(x);
      return Number.isNaN(num) ? evalError("unary minus on a value that is not a number") : -num;
    }
    case "bin":
      return evalBinary(n.op, n.l, n.r, scope);
    case "tuple":
      return elements(n.items.length, (i) => evalNode(n.items[i], scope));
    case "object": {
      const out: Record<string, EvalValue> = {};
      for (const item of n.items) {
        const k = sanitize(evalNode(item.key, scope));
        if (isUnknown(k)) return k;
        const ks = toStr(k);
        if (isUnknown(ks)) return ks;
        const v = evalNode(item.value, scope);
        // As in Terraform, an error in one element is the error of the whole constructor (so try() falls back).
        if (v instanceof EvalError) return v;
        out[ks] = v;
      }
      return out;
    }
    case "for":
      return evalFor(n, scope);
  }
}

/** A list of `count` evaluated elements; an error in one of them is the error of the whole list, as in Terraform. */
function elements(count: number, element: (i: number) => EvalValue): EvalValue {
  const out: EvalValue[] = [];
  for (let i = 0; i < count; i++) {
    const v = element(i);
    if (v instanceof EvalError) return v;
    out.push(v);
  }
  return out;
}

function evalBinary(op: string, ln: Node, rn: Node, scope: Scope): EvalValue {
  if (op === "&&" || op === "||") {
    const l = truthy(sanitize(evalNode(ln, scope)));
    if (l instanceof EvalError) return l;
    if (!isUnknown(l) && (op === "&&" ? !l : l)) return l;
    const r = truthy(sanitize(evalNode(rn, scope)));
    if (r instanceof EvalError) return r;
    if (!isUnknown(r) && (op === "&&" ? !r : r)) return r;
    if (isUnknown(l)) return l;
    if (isUnknown(r)) return r;
    return r;
  }
  const l = sanitize(evalNode(ln, scope));
  const r = sanitize(evalNode(rn, scope));
  if (op === "==" || op === "!=") {
    const eq = deepEqual(l, r, scope.module.ev.budget);
    if (isUnknown(eq)) return eq;
    return op === "==" ? eq : !eq;
  }
  if (isUnknown(l)) return l;
  if (isUnknown(r)) return r;
  const a = typeof l === "number" ? l : Number(l);
  const b = typeof r === "number" ? r : Number(r);
  if (l === null || r === null || Number.isNaN(a) || Number.isNaN(b)) return evalError(`operator ${op} needs numbers`);
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? evalError("division by zero") : a / b;
    case "%":
      return b === 0 ? evalError("division by zero") : a % b;
  }
  return evalError(`unknown operator ${op}`);
}

function evalFor(n: Extract<Node, { k: "for" }>, scope: Scope): EvalValue {
  const coll = sanitize(evalNode(n.coll, scope));
  if (isUnknown(coll)) return coll;
  const list = Array.isArray(coll) ? (coll as EvalValue[]) : undefined;
  const keys = list ? undefined : isPlainObject(coll) ? Object.keys(coll).sort() : undefined;
  if (!list && !keys) return evalError("for expression over a value that is not a collection");
  const tuple: EvalValue[] = [];
  const obj: Record<string, EvalValue> = {};
  const grouped: Record<string, EvalValue[]> = {};
  const count = list ? list.length : (keys as string[]).length;
  for (let i = 0; i < count; i++) {
    const k = list ? i : (keys as string[])[i];
    const v = list ? list[i] : (coll as Record<string, EvalValue>)[k];
    const spent = scope.module.ev.budget.step();
    if (spent) return spent;
    const s = scope.bind(n.valVar, v, n.keyVar, k);
    if (n.cond) {
      const c = truthy(sanitize(evalNode(n.cond, s)));
      if (isUnknown(c)) return c;
      if (!c) continue;
    }
    if (n.kind === "tuple") {
      const val = evalNode(n.valExpr, s);
      if (val instanceof EvalError) return val;
      tuple.push(val);
    } else {
      const key = sanitize(evalNode(n.keyExpr as Node, s));
      if (isUnknown(key)) return key;
      const ks = toStr(key);
      if (isUnknown(ks)) return ks;
      const val = evalNode(n.valExpr, s);
      if (val instanceof EvalError) return val;
      if (n.group) (grouped[ks] ??= []).push(val);
      else obj[ks] = val;
    }
  }
  if (n.kind === "tuple") return tuple;
  return n.group ? (grouped as unknown as EvalValue) : obj;
}

// ------------------------------------------------------------------ variable types

/**
 * Applies a variable's declared type where it changes what a rule sees: primitive conversions
 * ("443" → 443 for number) and `optional(type, default)` attributes of object types.
 */
function convertToType(v: EvalValue, typeJson: Json | undefined, scope: Scope): EvalValue {
  if (typeof typeJson !== "string") return v;
  const t = parseTemplate(typeJson);
  return applyType(v, t, scope);
}

function applyType(v: EvalValue, t: Node, scope: Scope): EvalValue {
  if (isUnknown(v) || v === null || v === undefined || v instanceof Lazy) return v;
  if (t.k === "root") {
    if (t.name === "number" && typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
    if (t.name === "bool" && (v === "true" || v === "false")) return v === "true";
    if (t.name === "string" && (typeof v === "number" || typeof v === "boolean")) return String(v);
    return v;
  }
  if (t.k !== "call") return v;
  const [inner] = t.args;
  switch (t.name) {
    case "list":
    case "set":
      if (!Array.isArray(v) || !inner) return v;
      return scope.module.ev.budget.step(v.length) ?? v.map((x) => applyType(x as EvalValue, inner, scope));
    case "map":
      if (isPlainObject(v) && inner) {
        const spent = scope.module.ev.budget.step(Object.keys(v).length);
        if (spent) return spent;
        const out: Record<string, EvalValue> = {};
        for (const [k, x] of Object.entries(v)) out[k] = applyType(x, inner, scope);
        return out;
      }
      return v;
    case "object": {
      if (!isPlainObject(v) || !inner || inner.k !== "object") return v;
      const out: Record<string, EvalValue> = { ...v };
      for (const item of inner.items) {
        const key = item.key.k === "lit" ? String(item.key.v) : undefined;
        if (key === undefined) continue;
        const attrType = item.value;
        if (attrType.k === "call" && attrType.name === "optional") {
          if (!(key in out) || out[key] === null) {
            out[key] = attrType.args[1] ? evalNode(attrType.args[1], scope) : null;
          }
          if (attrType.args[0]) out[key] = applyType(out[key], attrType.args[0], scope);
        } else if (key in out) {
          out[key] = applyType(out[key], attrType, scope);
        }
      }
      return out;
    }
    default:
      return v;
  }
}

// ------------------------------------------------------------------ entry points

/** Parses a `--var` value the way Terraform does: HCL literal syntax unless the variable is a string. */
export function parseCliVarValue(text: string, budget?: Budget): Value {
  const node = parseExpression(text);
  if (node.k === "error" && node.tooDeep && budget) return budget.tooDeep("--var value");
  const literal = (x: Node): Value | typeof NOT_BOUND => {
    if (x.k === "lit") return x.v;
    if (x.k === "tuple") {
      const items = x.items.map(literal);
      return items.includes(NOT_BOUND) ? NOT_BOUND : (items as Value[]);
    }
    if (x.k === "object") {
      const out: Record<string, Value> = {};
      for (const it of x.items) {
        const k = literal(it.key);
        const v = literal(it.value);
        if (k === NOT_BOUND || v === NOT_BOUND) return NOT_BOUND;
        out[String(k)] = v;
      }
      return out;
    }
    return NOT_BOUND;
  };
  const v = literal(node);
  return v === NOT_BOUND ? text : v;
}

/** Evaluates a tfvars value (literal HCL, but hcl2json may render it as an expression string). */
export function evalTfvarsValue(v: Json, file: HclFile, path: SrcPath, module: ModuleInstance): Value {
  const site: SrcRef = { file, path };
  return guarded(module.ev, `variable ${String(path[0])}`, site, () => finalise(evalJson(v, site, module.scope), module.ev.budget));
}

export { finalise as finaliseValue };
