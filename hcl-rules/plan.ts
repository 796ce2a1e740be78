/**
 * The Terraform plan door: `terraform show -json` output → the shared model.
 *
 * Values come from `resource_changes[].change.after` (Terraform resolved them); what is known only after apply is
 * marked in `after_unknown` and becomes Unknown — except where the configuration never set the attribute, where the
 * provider default applies exactly as in the source door. Sensitive values are read but never printed. Edges come from
 * the `configuration` references, resolved to instance addresses through module calls, variables and outputs, because
 * ARNs and names are unknown at plan time.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type EdgeInput, type ModuleCall, type Resource, type ScanError, type SourceLocation, canonicalType } from "../core/model";
import { type AttrPath, type Attrs, Unknown, type Value } from "../core/values";
import { type LineIndex, locateLines } from "./locate";

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

export const SUPPORTED_PLAN_MAJOR_VERSIONS = ["0", "1"];

export interface PlanOptions {
  /** Directory of the Terraform source the plan was made from, for file:line of each finding. */
  sourceRoot?: string;
}

export interface PlanResult {
  resources: Resource[];
  edges: EdgeInput[];
  errors: ScanError[];
  /** The source root used for HCL locations, if any. */
  sourceRoot?: string;
  terraformVersion?: string;
}

const isObject = (v: unknown): v is JsonObject => !!v && typeof v === "object" && !Array.isArray(v);

/** A plan is recognised by content: `format_version` and `planned_values` or `resource_changes`. */
export function isPlanJson(doc: unknown): boolean {
  return isObject(doc) && typeof doc.format_version === "string" && ("planned_values" in doc || "resource_changes" in doc);
}

/** Line (1-based) of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses JSON and, on failure, says where (Node's own message does not always carry a position). */
export function parseJsonWithLocation(file: string, text: string): { ok: true; value: unknown } | { ok: false; error: ScanError } {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const msg = (e as Error).message.replace(/\s+/g, " ");
    const at = jsonErrorOffset(body);
    const line = at === undefined ? undefined : lineAt(body, at);
    return { ok: false, error: { file, line, message: `not valid JSON: ${msg.slice(0, 200)}` } };
  }
}

/** The offset of the first syntax error in a JSON text (a small recursive-descent checker). */
export function jsonErrorOffset(s: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < s.length && (s[i] === " " || s[i] === "\t" || s[i] === "\n" || s[i] === "\r")) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const str = () => {
    if (s[i] !== '"') fail();
    i++;
    while (i < s.length && s[i] !== '"') {
      if (s.charCodeAt(i) < 0x20) fail();
      i += s[i] === "\\" ? 2 : 1;
    }
    if (i >= s.length) fail();
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail();
    ws();
    const ch = s[i];
    if (ch === "{") {
      i++;
      ws();
      if (s[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        str();
        ws();
        if (s[i] !== ":") fail();
        i++;
        value(depth + 1);
        ws();
        if (s[i] === ",") i++;
        else if (s[i] === "}") {
          i++;
          return;
        } else fail();
      }
    } else if (ch === "[") {
      i++;
      ws();
      if (s[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (s[i] === ",") i++;
        else if (s[i] === "]") {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '"') str();
    else {
      const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(s.slice(i, i + 400));
      if (!m) fail();
      i += (m as RegExpExecArray)[0].length;
    }
  };
  try {
    value(0);
    ws();
    if (i < s.length) fail();
    return undefined;
  } catch (at) {
    return typeof at === "number" ? Math.min(at, s.length) : undefined;
  }
}

// ------------------------------------------------------------------ addresses

export interface AddressStep {
  name: string;
  /** Instance key: a number (count) or a string (for_each); undefined when the step has none. */
  key?: string | number;
}

/** Splits `module.a["x.y"].aws_lb.web[0].arn` into steps, respecting quoted keys. */
export function parseAddress(address: string): AddressStep[] {
  const steps: AddressStep[] = [];
  let i = 0;
  while (i < address.length) {
    let name = "";
    while (i < address.length && address[i] !== "." && address[i] !== "[") name += address[i++];
    const step: AddressStep = { name };
    if (address[i] === "[") {
      i++;
      if (address[i] === '"') {
        let j = i + 1;
        let raw = '"';
        while (j < address.length && address[j] !== '"') {
          if (address[j] === "\\") raw += address[j++];
          raw += address[j++];
        }
        raw += '"';
        try {
          step.key = JSON.parse(raw) as string;
        } catch {
          step.key = raw.slice(1, -1);
        }
        i = j + 1;
      } else {
        let num = "";
        while (i < address.length && address[i] !== "]") num += address[i++];
        step.key = /^\d+$/.test(num) ? Number(num) : num;
      }
      i++; // ]
    }
    steps.push(step);
    if (address[i] === ".") i++;
  }
  return steps;
}

function keySuffix(key: string | number | undefined): string {
  return key === undefined ? "" : typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** `module.a["k"].module.b` → [{name:"a",key:"k"},{name:"b"}]. */
function moduleSteps(moduleAddress: string | undefined): AddressStep[] {
  if (!moduleAddress) return [];
  const steps = parseAddress(moduleAddress);
  const out: AddressStep[] = [];
  for (let i = 0; i + 1 < steps.length; i += 2) if (steps[i].name === "module") out.push({ name: steps[i + 1].name, key: steps[i + 1].key });
  return out;
}

function moduleAddressOf(steps: AddressStep[]): string {
  return steps.map((s) => `module.${s.name}${keySuffix(s.key)}`).join(".");
}

// ------------------------------------------------------------------ configuration

interface ModuleConfig {
  resources: Map<string, JsonObject>;
  calls: Map<string, JsonObject>;
  outputs: Map<string, JsonObject>;
}

function moduleConfig(m: Json | undefined): ModuleConfig {
  const cfg: ModuleConfig = { resources: new Map(), calls: new Map(), outputs: new Map() };
  if (!isObject(m)) return cfg;
  for (const r of Array.isArray(m.resources) ? m.resources : []) {
    if (isObject(r) && r.mode !== "data" && typeof r.address === "string") cfg.resources.set(r.address, r);
  }
  if (isObject(m.module_calls)) for (const [k, v] of Object.entries(m.module_calls)) if (isObject(v)) cfg.calls.set(k, v);
  if (isObject(m.outputs)) for (const [k, v] of Object.entries(m.outputs)) if (isObject(v)) cfg.outputs.set(k, v);
  return cfg;
}

/** Every reference string inside an expression tree (nested blocks are arrays of expression objects). */
function referencesIn(expr: Json | undefined): string[] {
  const out: string[] = [];
  const walk = (e: Json | undefined) => {
    if (Array.isArray(e)) e.forEach(walk);
    else if (isObject(e)) {
      if (Array.isArray(e.references)) for (const r of e.references) if (typeof r === "string") out.push(r);
      for (const [k, v] of Object.entries(e)) if (k !== "references" && k !== "constant_value") walk(v);
    }
  };
  walk(expr);
  return out;
}

/**
 * Does the configuration give an expression for this path, so an unknown value there is really unknown? `false` means
 * the configuration does not set it (the provider computes it: its default applies). `configuration` leaves dynamic
 * blocks out, so below a top-level attribute the configuration does not mention, nothing can be said (`undefined`).
 */
function configSets(expressions: Json | undefined, path: (string | number)[]): boolean | undefined {
  if (!isObject(expressions)) return undefined;
  const [top, ...rest] = path;
  if (typeof top !== "string") return undefined;
  if (!(top in expressions)) return rest.length === 0 ? false : undefined;
  let cur: Json | undefined = expressions[top];
  for (const step of rest) {
    if (cur === undefined || cur === null) return false;
    if (isObject(cur) && ("constant_value" in cur || "references" in cur)) return true;
    if (typeof step === "number") {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[step];
    } else {
      if (Array.isArray(cur)) cur = cur[0];
      if (!isObject(cur)) return undefined;
      if (!(step in cur)) return false;
      cur = cur[step];
    }
  }
  return cur !== undefined;
}

/** Tells, from the HCL source when it is available, whether a block is written as a `dynamic` block. */
type DynamicInSource = (attr: string) => boolean;

/**
 * `after` + `after_unknown` → model values. An unknown that the configuration does not set stays absent (the provider
 * default applies, as in the source door) — unless the source shows a `dynamic` block by that name, which the plan's
 * configuration omits: then it is really unknown.
 */
function toModel(
  after: Json | undefined,
  unknownMask: Json | undefined,
  expressions: Json | undefined,
  hasConfig: boolean,
  path: (string | number)[],
  dynamicInSource: DynamicInSource,
): Value {
  if (unknownMask === true) {
    const top = path[0];
    const dynamic = typeof top === "string" && dynamicInSource(top);
    if (hasConfig && path.length > 0 && !dynamic && configSets(expressions, path) === false) return undefined;
    return new Unknown("known after apply");
  }
  if (Array.isArray(after)) {
    const mask = Array.isArray(unknownMask) ? unknownMask : [];
    return after.map((x, i) => toModel(x, mask[i], expressions, hasConfig, [...path, i], dynamicInSource));
  }
  if (isObject(after)) {
    const mask = isObject(unknownMask) ? unknownMask : {};
    const out: Attrs = {};
    for (const [k, v] of Object.entries(after)) out[k] = toModel(v, mask[k], expressions, hasConfig, [...path, k], dynamicInSource);
    for (const [k, m] of Object.entries(mask)) {
      if (!(k in out) && m === true) out[k] = toModel(null, true, expressions, hasConfig, [...path, k], dynamicInSource);
    }
    return out;
  }
  if (after === undefined && unknownMask !== undefined && unknownMask !== false) return new Unknown("known after apply");
  return after as Value;
}

/** The string forms of every value marked sensitive. */
function sensitiveStrings(value: Json | undefined, mask: Json | undefined, out: string[]): void {
  if (mask === true) {
    const collect = (v: Json | undefined) => {
      if (typeof v === "string" && v.length >= 3) out.push(v);
      else if (typeof v === "number" || typeof v === "boolean") out.push(String(v));
      else if (Array.isArray(v)) v.forEach(collect);
      else if (isObject(v)) Object.values(v).forEach(collect);
    };
    collect(value);
    return;
  }
  if (Array.isArray(mask) && Array.isArray(value)) mask.forEach((m, i) => sensitiveStrings(value[i], m, out));
  else if (isObject(mask) && isObject(value)) for (const [k, m] of Object.entries(mask)) sensitiveStrings(value[k], m, out);
}

// ------------------------------------------------------------------ source locations

/** Maps plan resources back to HCL lines with the source door's locator (no evaluation needed). */
class SourceIndex {
  private readonly dirFiles = new Map<string, { file: string; lines: LineIndex }[]>();
  constructor(
    readonly root: string,
    private readonly rootConfig: Json | undefined,
  ) {}

  private files(dir: string) {
    let list = this.dirFiles.get(dir);
    if (list) return list;
    list = [];
    try {
      for (const name of readdirSync(dir).sort()) {
        if (!name.endsWith(".tf")) continue;
        const file = join(dir, name);
        try {
          list.push({ file, lines: locateLines(readFileSync(file, "utf8")) });
        } catch {
          // unreadable source files only cost us line numbers
        }
      }
    } catch {
      // no such directory: no lines
    }
    this.dirFiles.set(dir, list);
    return list;
  }

  /** The directory of a module path (names of module calls), following local `source` paths. */
  moduleDir(path: string[]): string | undefined {
    let dir = this.root;
    let cfg: Json | undefined = this.rootConfig;
    for (const name of path) {
      const call: Json | undefined = isObject(cfg) && isObject(cfg.module_calls) ? cfg.module_calls[name] : undefined;
      if (!isObject(call) || typeof call.source !== "string") return undefined;
      if (!/^\.\.?(\/|$)/.test(call.source)) return undefined;
      dir = resolve(dir, call.source);
      cfg = call.module;
    }
    return dir;
  }

  locate(modulePath: string[], type: string, name: string, attrPath: AttrPath): SourceLocation | undefined {
    const dir = this.moduleDir(modulePath);
    if (!dir) return undefined;
    for (const f of this.files(dir)) {
      const span = f.lines.lookup(["resource", type, name, 0, ...attrPath]);
      if (span && span.line !== undefined && f.lines.lookup(["resource", type, name, 0])?.exact) {
        return { file: f.file, line: span.line, endLine: span.endLine };
      }
    }
    return undefined;
  }

  hasDynamic(modulePath: string[], type: string, name: string, attr: string): boolean {
    const dir = this.moduleDir(modulePath);
    if (!dir) return false;
    return this.files(dir).some((f) => f.lines.lookup(["resource", type, name, 0, "dynamic", attr])?.exact === true);
  }

  moduleCallLocation(parentPath: string[], name: string): SourceLocation | undefined {
    const dir = this.moduleDir(parentPath);
    if (!dir) return undefined;
    for (const f of this.files(dir)) {
      const span = f.lines.lookup(["module", name, 0]);
      if (span?.exact) return { file: f.file, line: span.line, endLine: span.endLine };
    }
    return undefined;
  }
}

/** The default source root: the plan's directory, when it holds `.tf` files. */
export function defaultSourceRoot(planFile: string): string | undefined {
  if (planFile === "-") return undefined;
  const dir = dirname(resolve(planFile));
  try {
    return readdirSync(dir).some((n) => n.endsWith(".tf")) ? dir : undefined;
  } catch {
    return undefined;
  }
}

// ------------------------------------------------------------------ the door

interface Instance {
  address: string;
  moduleAddress: string;
  modulePath: AddressStep[];
  type: string;
  name: string;
  key?: string | number;
  after: Json | undefined;
  afterUnknown: Json | undefined;
  afterSensitive: Json | undefined;
}

function collectPlannedValues(m: Json | undefined, out: Instance[]): void {
  if (!isObject(m)) return;
  for (const r of Array.isArray(m.resources) ? m.resources : []) {
    if (!isObject(r) || r.mode === "data" || typeof r.address !== "string" || typeof r.type !== "string") continue;
    const steps = parseAddress(r.address);
    const moduleAddress = r.address.slice(0, Math.max(0, r.address.lastIndexOf(`${r.type}.`) - 1));
    out.push({
      address: r.address,
      moduleAddress,
      modulePath: moduleSteps(moduleAddress),
      type: r.type,
      name: typeof r.name === "string" ? r.name : (steps[steps.length - 1]?.name ?? ""),
      key: typeof r.index === "string" || typeof r.index === "number" ? r.index : undefined,
      after: r.values ?? null,
      afterUnknown: undefined,
      afterSensitive: r.sensitive_values,
    });
  }
  for (const child of Array.isArray(m.child_modules) ? m.child_modules : []) collectPlannedValues(child, out);
}

export function scanPlanText(file: string, text: string, options: PlanOptions = {}): PlanResult {
  const parsed = parseJsonWithLocation(file, text);
  if (!parsed.ok) return { resources: [], edges: [], errors: [parsed.error] };
  return scanPlanDocument(file, text, parsed.value, options);
}

export function scanPlanDocument(file: string, text: string, doc: unknown, options: PlanOptions = {}): PlanResult {
  const errors: ScanError[] = [];
  if (!isPlanJson(doc) || !isObject(doc)) {
    return {
      resources: [],
      edges: [],
      errors: [{ file, message: "not a Terraform plan: expected `format_version` and `planned_values` or `resource_changes` (make it with `terraform show -json tfplan`)" }],
    };
  }
  const version = String(doc.format_version);
  const major = version.split(".")[0];
  if (!SUPPORTED_PLAN_MAJOR_VERSIONS.includes(major)) {
    return {
      resources: [],
      edges: [],
      errors: [
        {
          file,
          line: lineAt(text, Math.max(0, text.indexOf('"format_version"'))),
          message: `plan format_version ${version} is not supported (moat reads ${SUPPORTED_PLAN_MAJOR_VERSIONS.map((m) => `${m}.x`).join(" and ")}); upgrade moat or produce the plan with a Terraform version that writes a supported format`,
        },
      ],
    };
  }

  const config = isObject(doc.configuration) ? doc.configuration.root_module : undefined;
  const sourceRoot = options.sourceRoot ?? defaultSourceRoot(file);
  const sources = sourceRoot ? new SourceIndex(resolve(sourceRoot), config) : undefined;
  const rcStart = Math.max(0, text.indexOf('"resource_changes"'));

  // Instances: resource_changes first (they carry after_unknown); planned_values adds unchanged ones older plans omit.
  const instances = new Map<string, Instance>();
  const deleted = new Set<string>();
  for (const rc of Array.isArray(doc.resource_changes) ? doc.resource_changes : []) {
    if (!isObject(rc) || rc.mode === "data" || typeof rc.address !== "string" || typeof rc.type !== "string") continue;
    const change = isObject(rc.change) ? rc.change : {};
    const actions = Array.isArray(change.actions) ? change.actions.map(String) : [];
    if (actions.length === 1 && actions[0] === "delete") {
      deleted.add(rc.address);
      continue;
    }
    const moduleAddress = typeof rc.module_address === "string" ? rc.module_address : "";
    if (instances.has(rc.address)) {
      errors.push({ file, message: `resource ${rc.address} appears twice in resource_changes; the second entry was ignored` });
      continue;
    }
    instances.set(rc.address, {
      address: rc.address,
      moduleAddress,
      modulePath: moduleSteps(moduleAddress),
      type: rc.type,
      name: typeof rc.name === "string" ? rc.name : "",
      key: typeof rc.index === "string" || typeof rc.index === "number" ? rc.index : undefined,
      after: change.after ?? null,
      afterUnknown: change.after_unknown,
      afterSensitive: change.after_sensitive,
    });
  }
  const planned: Instance[] = [];
  if (isObject(doc.planned_values)) collectPlannedValues(doc.planned_values.root_module, planned);
  for (const p of planned) if (!instances.has(p.address) && !deleted.has(p.address)) instances.set(p.address, p);

  // Configuration lookup per module path (names only; instance keys do not change configuration).
  const configCache = new Map<string, ModuleConfig>();
  const configOf = (path: string[]): ModuleConfig => {
    const key = path.join("\u0000");
    let cfg = configCache.get(key);
    if (cfg) return cfg;
    let m: Json | undefined = config;
    for (const name of path) {
      const call: Json | undefined = isObject(m) && isObject(m.module_calls) ? m.module_calls[name] : undefined;
      m = isObject(call) ? call.module : undefined;
    }
    cfg = moduleConfig(m);
    configCache.set(key, cfg);
    return cfg;
  };

  const byModuleAndConfig = new Map<string, Instance[]>();
  for (const inst of instances.values()) {
    const k = `${inst.moduleAddress}\u0000${inst.type}.${inst.name}`;
    const list = byModuleAndConfig.get(k);
    if (list) list.push(inst);
    else byModuleAndConfig.set(k, [inst]);
  }
  const moduleInstances = new Set([...instances.values()].map((i) => i.moduleAddress));

  const resources: Resource[] = [];
  const edges: EdgeInput[] = [];
  const idOf = (address: string) => `${file}::${address}`;

  for (const inst of instances.values()) {
    const names = inst.modulePath.map((s) => s.name);
    const cfg = configOf(names).resources.get(`${inst.type}.${inst.name}`);
    const expressions = cfg?.expressions;
    const dynamicInSource: DynamicInSource = (attr) => sources?.hasDynamic(names, inst.type, inst.name, attr) ?? false;
    const attrsValue = toModel(inst.after, inst.afterUnknown, expressions, cfg !== undefined, [], dynamicInSource);
    const attrs: Attrs = isObject(attrsValue as Json) ? (attrsValue as Attrs) : {};
    const secrets: string[] = [];
    sensitiveStrings(inst.after, inst.afterSensitive, secrets);
    const addrMatch = new RegExp(`"address"\\s*:\\s*${escapeRegExp(JSON.stringify(inst.address))}`, "g");
    addrMatch.lastIndex = rcStart;
    const m = addrMatch.exec(text) ?? new RegExp(`"address"\\s*:\\s*${escapeRegExp(JSON.stringify(inst.address))}`).exec(text);
    const origin: SourceLocation = { file, line: m ? lineAt(text, m.index) : undefined };
    const chain: ModuleCall[] = inst.modulePath.map((step, i) => ({
      address: moduleAddressOf(inst.modulePath.slice(0, i + 1)),
      location: sources?.moduleCallLocation(names.slice(0, i), step.name) ?? origin,
    }));
    const hclBlock = sources?.locate(names, inst.type, inst.name, []);
    resources.push({
      id: idOf(inst.address),
      type: canonicalType(inst.type),
      sourceType: inst.type,
      name: inst.name,
      address: inst.address,
      door: "plan",
      root: file,
      attrs,
      location: hclBlock ?? origin,
      origin,
      moduleChain: chain.length > 0 ? chain : undefined,
      secrets: secrets.length > 0 ? secrets : undefined,
      locate: (path: AttrPath) => (hclBlock && sources?.locate(names, inst.type, inst.name, path)) || hclBlock || origin,
    });

    // Edges: every reference in each top-level expression, resolved to instances.
    if (isObject(expressions)) {
      for (const [attr, expr] of Object.entries(expressions)) {
        const targets = new Set<string>();
        for (const ref of mostSpecific(referencesIn(expr))) {
          for (const target of resolveReference(ref, inst.modulePath, inst.key, 0)) if (target !== inst.address) targets.add(target);
        }
        for (const target of targets) edges.push({ from: idOf(inst.address), attr, to: idOf(target) });
      }
    }
  }

  /** Resolves a reference made inside module instance `path` to the resource instance addresses it may reach. */
  function resolveReference(ref: string, path: AddressStep[], fromKey: string | number | undefined, depth: number): string[] {
    if (depth > 20) return [];
    const steps = parseAddress(ref);
    if (steps.length === 0) return [];
    const head = steps[0].name;
    const names = path.map((s) => s.name);
    if (head === "var" && steps[1] && path.length > 0) {
      const parentPath = path.slice(0, -1);
      const call = configOf(parentPath.map((s) => s.name)).calls.get(path[path.length - 1].name);
      const expr = isObject(call) && isObject(call.expressions) ? call.expressions[steps[1].name] : undefined;
      return referencesIn(expr).flatMap((r) => resolveReference(r, parentPath, path[path.length - 1].key, depth + 1));
    }
    if (head === "module" && steps[1]) {
      const callName = steps[1].name;
      const call = configOf(names).calls.get(callName);
      const module = isObject(call) ? moduleConfig(call.module) : undefined;
      const outputName = steps[2]?.name;
      const prefix = path.length > 0 ? `${moduleAddressOf(path)}.` : "";
      const children = [...moduleInstances]
        .map((ma) => ({ ma, steps: moduleSteps(ma) }))
        .filter(({ ma, steps: s }) => ma.startsWith(`${prefix}module.${callName}`) && s.length === path.length + 1)
        .filter(({ steps: s }) => steps[1].key === undefined || s[s.length - 1].key === steps[1].key);
      const childPaths = dedupeBy(children.map((c) => c.steps), (s) => moduleAddressOf(s));
      if (!outputName || !module) return [];
      const out = module.outputs.get(outputName);
      const expr = isObject(out) ? out.expression : undefined;
      return childPaths.flatMap((cp) => referencesIn(expr).flatMap((r) => resolveReference(r, cp, undefined, depth + 1)));
    }
    if (["local", "data", "count", "each", "path", "terraform", "self", "var"].includes(head)) return [];
    if (!steps[1]) return [];
    const moduleAddress = moduleAddressOf(path);
    const candidates = byModuleAndConfig.get(`${moduleAddress}\u0000${head}.${steps[1].name}`) ?? [];
    if (steps[1].key !== undefined) return candidates.filter((c) => c.key === steps[1].key).map((c) => c.address);
    if (candidates.length <= 1) return candidates.map((c) => c.address);
    // `aws_lb.site[each.value.lb]` is recorded without its key. The instance with the referring instance's own key is
    // the usual pattern; otherwise the target cannot be told, and linking every instance would let one instance's
    // listener vouch for another's: no edge (rules then match known names, or do not judge).
    const same = fromKey === undefined ? [] : candidates.filter((c) => c.key === fromKey);
    return same.length === 1 ? [same[0].address] : [];
  }

  return {
    resources,
    edges,
    errors,
    sourceRoot: sources ? sources.root : undefined,
    terraformVersion: typeof doc.terraform_version === "string" ? doc.terraform_version : undefined,
  };
}

/**
 * Terraform lists a reference and its prefixes (`aws_lb.many[1].arn`, `aws_lb.many[1]`, `aws_lb.many`); the bare
 * prefix would reach every instance, so it is dropped when an indexed form of the same resource is present.
 */
function mostSpecific(refs: string[]): string[] {
  const indexed = new Set<string>();
  for (const r of refs) {
    const m = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*[^.[]+\.[^.[]+)\[/.exec(r);
    if (m) indexed.add(m[1]);
  }
  return [...new Set(refs)].filter((r) => !indexed.has(r));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function dedupeBy<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

