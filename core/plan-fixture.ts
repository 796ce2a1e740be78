/**
 * Builds `terraform show -json` documents for rule cases from a compact description, following Terraform's
 * documented JSON output format (format_version 1.2): `planned_values`, `resource_changes` with
 * `after`/`after_unknown`/`after_sensitive`, and `configuration` with `expressions` (constant values or references)
 * and `module_calls`. The plan door then reads it like any real plan.
 */
import type { PlanFixture } from "./cases";

export interface PlanResource {
  /** Full instance address: `aws_lb.web`, `aws_lb_listener.this["api"]`, `module.db.aws_db_instance.this[0]`. */
  address: string;
  /** The planned values (`change.after`), as Terraform resolved them. */
  values: Record<string, unknown>;
  /** Paths known only after apply (`arn`, `default_action.0.target_group_arn`). */
  unknown?: string[];
  /** Paths whose values are sensitive. */
  sensitive?: string[];
  /**
   * Configuration references per attribute: `{ load_balancer_arn: ["aws_lb.web.arn", "aws_lb.web"] }`; a dotted path
   * reaches into a nested block: `{ "default_action.0.target_group_arn": ["aws_lb_target_group.web.arn"] }`.
   */
  refs?: Record<string, string[]>;
  action?: "create" | "update" | "no-op" | "delete" | "replace";
}

export interface PlanFixtureOptions {
  formatVersion?: string;
  /** Module call name → source (default `./modules/<name>`). */
  moduleSources?: Record<string, string>;
  /** Module call name → configuration references per input (`{ db: { storage_encrypted: ["var.encrypted"] } }`). */
  moduleInputs?: Record<string, Record<string, string[]>>;
  /** Module call name → output name → references inside the module. */
  moduleOutputs?: Record<string, Record<string, string[]>>;
}

type Obj = Record<string, unknown>;

function splitAddress(address: string): { modules: { name: string; key?: string }[]; type: string; name: string; index?: string | number } {
  const parts: string[] = [];
  let cur = "";
  let inQuote = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === '"' && address[i - 1] !== "\\") inQuote = !inQuote;
    if (ch === "." && !inQuote) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  const modules: { name: string; key?: string }[] = [];
  let i = 0;
  while (parts[i] === "module") {
    modules.push({ name: parts[i + 1].replace(/\[.*$/, ""), key: /\[.*\]$/.exec(parts[i + 1])?.[0] });
    i += 2;
  }
  const type = parts[i];
  const last = parts[i + 1] ?? "";
  const m = /^([^[]+)(?:\[(.*)\])?$/.exec(last);
  let index: string | number | undefined;
  if (m?.[2] !== undefined) index = /^\d+$/.test(m[2]) ? Number(m[2]) : (JSON.parse(m[2]) as string);
  return { modules, type, name: m?.[1] ?? last, index };
}

function setPath(target: Obj, path: string, value: unknown, values: Obj): void {
  const steps = path.split(".");
  let t: Obj | unknown[] = target;
  let v: unknown = values;
  for (let i = 0; i < steps.length - 1; i++) {
    const s = steps[i];
    const isIndex = /^\d+$/.test(s);
    v = v && typeof v === "object" ? (v as Obj)[s] : undefined;
    const nextIsIndex = /^\d+$/.test(steps[i + 1]);
    const container = t as Record<string, unknown>;
    const key = isIndex ? Number(s) : s;
    if (container[key as string] === undefined) container[key as string] = nextIsIndex ? (Array.isArray(v) ? v.map(() => ({})) : []) : {};
    t = container[key as string] as Obj;
  }
  const lastStep = steps[steps.length - 1];
  (t as Record<string, unknown>)[/^\d+$/.test(lastStep) ? Number(lastStep) : lastStep] = value;
}

/** Terraform leaves an unknown attribute out of `after`; an unknown element inside a value becomes null. */
function deletePath(values: Obj, path: string): void {
  const steps = path.split(".");
  if (steps.length === 1) {
    delete values[path];
    return;
  }
  let cur: unknown = values;
  for (let i = 0; i < steps.length - 1; i++) {
    if (!cur || typeof cur !== "object") return;
    cur = (cur as Obj)[steps[i]];
  }
  if (cur && typeof cur === "object") (cur as Obj)[steps[steps.length - 1]] = null;
}

/** Nested blocks (arrays of objects) become arrays of expression objects, as Terraform writes them. */
function expressionOf(v: unknown): unknown {
  if (Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === "object" && !Array.isArray(x))) {
    return v.map((block) => {
      const out: Obj = {};
      for (const [k, x] of Object.entries(block as Obj)) if (x !== null && x !== undefined) out[k] = expressionOf(x);
      return out;
    });
  }
  return { constant_value: v };
}

function expressionsOf(r: PlanResource): Obj {
  const unknownTop = new Set((r.unknown ?? []).map((p) => p.split(".")[0]));
  const out: Obj = {};
  for (const [k, v] of Object.entries(r.values)) {
    if (r.refs?.[k]) out[k] = { references: r.refs[k] };
    else if (v !== null && v !== undefined && !unknownTop.has(k)) out[k] = expressionOf(v);
  }
  for (const [k, refs] of Object.entries(r.refs ?? {})) {
    if (!k.includes(".")) {
      if (!(k in out)) out[k] = { references: refs };
      continue;
    }
    const steps = k.split(".");
    let cur: unknown = out;
    for (let i = 0; i < steps.length - 1; i++) {
      const step = /^\d+$/.test(steps[i]) ? Number(steps[i]) : steps[i];
      const next = (cur as Record<string | number, unknown>)[step];
      if (next === undefined || (next as Obj).constant_value !== undefined) {
        (cur as Record<string | number, unknown>)[step] = /^\d+$/.test(steps[i + 1]) ? [] : {};
      }
      cur = (cur as Record<string | number, unknown>)[step];
    }
    (cur as Record<string, unknown>)[steps[steps.length - 1]] = { references: refs };
  }
  return out;
}

export function planFixture(resources: PlanResource[], options: PlanFixtureOptions = {}): PlanFixture {
  const resourceChanges: Obj[] = [];
  const plannedRoot: Obj = { resources: [] };
  const configRoot: Obj = { resources: [] };
  const plannedModules = new Map<string, Obj>();
  const configModules = new Map<string, Obj>();

  const plannedModule = (mods: { name: string; key?: string }[]): Obj => {
    let parent = plannedRoot;
    let address = "";
    for (const m of mods) {
      address = `${address ? `${address}.` : ""}module.${m.name}${m.key ?? ""}`;
      let child = plannedModules.get(address);
      if (!child) {
        child = { resources: [], address };
        plannedModules.set(address, child);
        ((parent.child_modules ??= []) as Obj[]).push(child);
      }
      parent = child;
    }
    return parent;
  };
  const configModule = (mods: { name: string }[]): Obj => {
    let parent = configRoot;
    let key = "";
    for (const m of mods) {
      key += `/${m.name}`;
      let child = configModules.get(key);
      if (!child) {
        child = { resources: [] };
        configModules.set(key, child);
        const calls = (parent.module_calls ??= {}) as Obj;
        const outputs: Obj = {};
        for (const [o, refs] of Object.entries(options.moduleOutputs?.[m.name] ?? {})) outputs[o] = { expression: { references: refs } };
        const inputs: Obj = {};
        for (const [i, refs] of Object.entries(options.moduleInputs?.[m.name] ?? {})) inputs[i] = { references: refs };
        child.outputs = outputs;
        calls[m.name] = { source: options.moduleSources?.[m.name] ?? `./modules/${m.name}`, expressions: inputs, module: child };
      }
      parent = child;
    }
    return parent;
  };

  const configured = new Set<string>();
  for (const r of resources) {
    const { modules, type, name, index } = splitAddress(r.address);
    const after = structuredClone(r.values) as Obj;
    const afterUnknown: Obj = {};
    const afterSensitive: Obj = {};
    for (const p of r.unknown ?? []) {
      deletePath(after, p);
      setPath(afterUnknown, p, true, r.values);
    }
    for (const p of r.sensitive ?? []) setPath(afterSensitive, p, true, r.values);
    const moduleAddress = modules.map((m) => `module.${m.name}${m.key ?? ""}`).join(".");
    const action = r.action ?? "create";
    const actions = action === "replace" ? ["delete", "create"] : [action];
    resourceChanges.push({
      address: r.address,
      ...(moduleAddress ? { module_address: moduleAddress } : {}),
      mode: "managed",
      type,
      name,
      ...(index !== undefined ? { index } : {}),
      provider_name: "registry.terraform.io/hashicorp/aws",
      change: {
        actions,
        before: action === "create" ? null : r.values,
        after: action === "delete" ? null : after,
        after_unknown: action === "delete" ? {} : afterUnknown,
        before_sensitive: false,
        after_sensitive: action === "delete" ? false : afterSensitive,
      },
    });
    if (action !== "delete") {
      (plannedModule(modules).resources as Obj[]).push({
        address: r.address,
        mode: "managed",
        type,
        name,
        ...(index !== undefined ? { index } : {}),
        provider_name: "registry.terraform.io/hashicorp/aws",
        schema_version: 0,
        values: after,
        sensitive_values: afterSensitive,
      });
    }
    const configKey = `${modules.map((m) => m.name).join("/")}::${type}.${name}`;
    if (!configured.has(configKey)) {
      configured.add(configKey);
      (configModule(modules).resources as Obj[]).push({
        address: `${type}.${name}`,
        mode: "managed",
        type,
        name,
        provider_config_key: "aws",
        expressions: expressionsOf(r),
        schema_version: 0,
        ...(typeof index === "number" ? { count_expression: { constant_value: 1 } } : {}),
        ...(typeof index === "string" ? { for_each_expression: { references: ["var.instances"] } } : {}),
      });
    }
  }
  return {
    format_version: options.formatVersion ?? "1.2",
    terraform_version: "1.9.5",
    planned_values: { root_module: plannedRoot },
    resource_changes: resourceChanges,
    configuration: { provider_config: { aws: { name: "aws", full_name: "registry.terraform.io/hashicorp/aws" } }, root_module: configRoot },
  };
}
