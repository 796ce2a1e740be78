/**
 * Generators for the fuzz suite: one logical piece of infrastructure (a scenario) written out as Terraform source in
 * many equivalent ways. A value can arrive as a literal, a variable default, a tfvars file, a `--var`, a local (or a
 * chain of locals), a conditional, a for-expression, a function call, an object attribute, an interpolation or a
 * local module's output; a
 * nested block can be written statically or as a `dynamic` block; the resources can be created once, with `count`,
 * with `for_each` (choosing on `each.key`, or reading `each.value`), or inside a local module (itself plain or with
 * `for_each`). Terraform gives all of these the same
 * meaning, so moat must give them the same findings.
 */
import fc from "fast-check";
import { rmSync } from "node:fs";
import type { RuleCase } from "../../core/cases";
import { runRules } from "../../core/engine";
import { type PlanResource, planFixture } from "../../core/plan-fixture";
import { scanPlanText } from "../../hcl-rules/plan";
import { ResourceGraph } from "../../core/model";
import { resolvePolicy } from "../../core/policy-config";
import { scanTerraform } from "../../hcl-rules/project";
import { rules } from "../../rules";
import { outcome, writeCaseFiles } from "../support/doors";

/** How many runs each property makes: `MOAT_FUZZ_RUNS` (set by `npm run fuzz -- --runs N`), else `fallback`. */
export function fuzzRuns(fallback: number): number {
  const n = Number(process.env.MOAT_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

// `npm run fuzz -- --seed S` replays the sequence of a failure fast-check reported.
if (/^-?\d+$/.test(process.env.MOAT_FUZZ_SEED ?? "")) fc.configureGlobal({ seed: Number(process.env.MOAT_FUZZ_SEED) });

export type Value = string | number | boolean | string[];

/** A value in a scenario: a plain value, absent (the provider default), or a reference written as-is. */
export type Attr = Value | undefined | { ref: string };

export interface Block {
  attrs: Record<string, Attr>;
  blocks?: Record<string, Block[]>;
}

export interface ResourceSpec extends Block {
  type: string;
  name: string;
}

export const WAYS = ["literal", "var", "typedVar", "tfvars", "cli", "local", "localChain", "cond", "forList", "forMap", "func", "object", "interp", "moduleOutput"] as const;
export type Way = (typeof WAYS)[number];

/** How an absent value is written: left out, or an explicit `null` (Terraform treats both as "not set"). */
export const ABSENT_WAYS = ["omit", "null", "nullVar", "nullCond"] as const;
export type AbsentWay = (typeof ABSENT_WAYS)[number];

export const BLOCK_WAYS = ["static", "dynamic", "dynamicIter"] as const;
export type BlockWay = (typeof BLOCK_WAYS)[number];

export const INSTANCINGS = ["single", "count", "forEach", "forEachValues", "module", "moduleForEach"] as const;
export type Instancing = (typeof INSTANCINGS)[number];

/** The choices that decide how a scenario is written; `ways` is consumed in order, one per value, cycling. */
export interface Writing {
  ways: Way[];
  absent: AbsentWay[];
  blockWays: BlockWay[];
  instancing: Instancing;
  /** Every value starts as a `sensitive = true` variable (whatever way it then travels). */
  sensitive?: boolean;
}

export const writingArb: fc.Arbitrary<Writing> = fc.record({
  ways: fc.array(fc.constantFrom(...WAYS), { minLength: 1, maxLength: 12 }),
  absent: fc.array(fc.constantFrom(...ABSENT_WAYS), { minLength: 1, maxLength: 4 }),
  blockWays: fc.array(fc.constantFrom(...BLOCK_WAYS), { minLength: 1, maxLength: 4 }),
  instancing: fc.constantFrom(...INSTANCINGS),
});

export const LITERAL: Writing = { ways: ["literal"], absent: ["omit"], blockWays: ["static"], instancing: "single" };

const isRef = (a: Attr): a is { ref: string } => typeof a === "object" && a !== null && !Array.isArray(a);

function literal(v: Value): string {
  return Array.isArray(v) ? `[${v.map((s) => JSON.stringify(s)).join(", ")}]` : JSON.stringify(v);
}

function typeOf(v: Value): string {
  if (Array.isArray(v)) return "list(string)";
  return typeof v === "number" ? "number" : typeof v === "boolean" ? "bool" : "string";
}

/** A different value of the same type: what the other branch of a conditional holds. */
function decoy(v: Value): Value {
  if (Array.isArray(v)) return ["198.51.100.0/24"];
  if (typeof v === "number") return v === 7 ? 8 : 7;
  if (typeof v === "boolean") return !v;
  return v === "decoy" ? "decoy2" : "decoy";
}

/** `--var name=value` text for a value, as a shell user would type it. */
function cliText(v: Value): string {
  return Array.isArray(v) ? literal(v) : String(v);
}

/** The text of one root module being built: declarations, tfvars and `--var`s. */
class Writer {
  decls: string[] = [];
  tfvars: string[] = [];
  cli: string[] = [];
  /** Extra files (the pass-through module). */
  files: Record<string, string> = {};
  /** The values written as sensitive. */
  secrets: Value[] = [];
  private n = 0;
  private wayIndex = 0;
  private absentIndex = 0;
  private blockIndex = 0;
  constructor(private readonly writing: Writing) {}

  fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }

  nextBlockWay(): BlockWay {
    return this.writing.blockWays[this.blockIndex++ % this.writing.blockWays.length];
  }

  /** An expression for `v` in the root module, written the next way; undefined: leave the attribute out. */
  expr(v: Attr): string | undefined {
    if (isRef(v)) return v.ref;
    if (v === undefined) {
      const way = this.writing.absent[this.absentIndex++ % this.writing.absent.length];
      if (way === "omit") return undefined;
      if (way === "null") return "null";
      if (way === "nullVar") {
        const name = this.fresh("unset_");
        this.decls.push(`variable "${name}" {\n  default = null\n}`);
        return `var.${name}`;
      }
      const flag = this.fresh("flag_");
      this.decls.push(`variable "${flag}" {\n  type    = bool\n  default = false\n}`);
      return `var.${flag} ? "decoy" : null`;
    }
    const way = this.writing.ways[this.wayIndex++ % this.writing.ways.length];
    return this.valueExpr(v, way);
  }

  private valueExpr(v: Value, way: Way): string {
    const sensitive = this.writing.sensitive === true;
    const mark = sensitive ? "\n  sensitive = true" : "";
    if (sensitive) this.secrets.push(v);
    let lit = literal(v);
    if (sensitive && !["var", "typedVar", "tfvars", "cli"].includes(way)) {
      // The value starts as a sensitive variable's default and travels on the chosen way from there.
      const name = this.fresh("secret_");
      this.decls.push(`variable "${name}" {${mark}\n  default = ${lit}\n}`);
      lit = `var.${name}`;
    }
    switch (way) {
      case "literal":
        return lit;
      case "var": {
        const name = this.fresh("v_");
        this.decls.push(`variable "${name}" {${mark}\n  default = ${lit}\n}`);
        return `var.${name}`;
      }
      case "typedVar": {
        const name = this.fresh("tv_");
        this.decls.push(`variable "${name}" {${mark}\n  type    = ${typeOf(v)}\n  default = ${lit}\n}`);
        return `var.${name}`;
      }
      case "tfvars": {
        const name = this.fresh("tf_");
        this.decls.push(`variable "${name}" {${mark}\n  type = ${typeOf(v)}\n}`);
        this.tfvars.push(`${name} = ${lit}`);
        return `var.${name}`;
      }
      case "cli": {
        const name = this.fresh("cli_");
        this.decls.push(`variable "${name}" {${mark}\n  type = ${typeOf(v)}\n}`);
        this.cli.push(`${name}=${cliText(v)}`);
        return `var.${name}`;
      }
      case "local": {
        const name = this.fresh("l_");
        this.decls.push(`locals {\n  ${name} = ${lit}\n}`);
        return `local.${name}`;
      }
      case "localChain": {
        const a = this.fresh("la_");
        const b = this.fresh("lb_");
        this.decls.push(`locals {\n  ${b} = local.${a}\n  ${a} = ${lit}\n}`);
        return `local.${b}`;
      }
      case "cond": {
        const flag = this.fresh("on_");
        this.decls.push(`variable "${flag}" {\n  default = true\n}`);
        return this.n % 2 === 0 ? `var.${flag} ? ${lit} : ${literal(decoy(v))}` : `!var.${flag} ? ${literal(decoy(v))} : ${lit}`;
      }
      case "forList":
        return Array.isArray(v) ? `[for x in ${lit} : x]` : `[for x in [${lit}] : x][0]`;
      case "forMap":
        return `{ for k, x in { picked = ${lit}, other = ${literal(decoy(v))} } : k => x }["picked"]`;
      case "func":
        if (Array.isArray(v)) return `concat(${lit}, [])`;
        if (typeof v === "number") return sensitive ? `tonumber(${lit})` : `tonumber("${v}")`;
        if (typeof v === "boolean") return sensitive ? `tobool(${lit})` : `tobool("${v}")`;
        return `lookup({ key = ${lit} }, "key", ${literal(decoy(v))})`;
      case "object": {
        const name = this.fresh("o_");
        this.decls.push(`locals {\n  ${name} = {\n    field = ${lit}\n    other = ${literal(decoy(v))}\n  }\n}`);
        return `local.${name}.field`;
      }
      case "moduleOutput": {
        // A local module that hands its input back as an output: the value crosses two module boundaries.
        // Terraform requires an output that carries a sensitive value to say so.
        const name = this.fresh("p_");
        const dir = sensitive ? "secret_passthru" : "passthru";
        this.files[`modules/${dir}/main.tf`] = `variable "value" {}\n\noutput "value" {${mark}\n  value = var.value\n}\n`;
        this.decls.push(`module "${name}" {\n  source = "./modules/${dir}"\n  value  = ${lit}\n}`);
        return `module.${name}.value`;
      }
      case "interp": {
        if (typeof v !== "string") return this.valueExpr(v, "local");
        const name = this.fresh("s_");
        this.decls.push(`locals {\n  ${name} = ${lit}\n}`);
        return `"\${local.${name}}"`;
      }
    }
  }
}

function pad(text: string, depth: number): string {
  const indent = "  ".repeat(depth);
  return text
    .split("\n")
    .map((l) => (l === "" ? l : indent + l))
    .join("\n");
}

/** A value inside a module or instanced resource: the original value for the chosen instance, a safe one elsewhere. */
type Choose = (value: string, safe: string) => string;

interface BodyContext {
  writer: Writer;
  /** Turns a root-module expression into what the resource body holds (e.g. a module input). */
  place: (expr: string) => string;
  choose?: Choose;
}

/** What attribute `k` holds: the written value, chosen per instance when the writing is instanced; undefined: left out. */
function valueFor(v: Attr, safe: Attr, ctx: BodyContext): string | undefined {
  if (isRef(v)) return v.ref;
  const e = ctx.writer.expr(v);
  if (!ctx.choose) return e === undefined ? undefined : ctx.place(e);
  return ctx.place(ctx.choose(e ?? "null", safeExpr(safe)));
}

function keysOf(a: Record<string, Attr>, b: Record<string, Attr> | undefined): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b ?? {})])];
}

function attrLines(attrs: Record<string, Attr>, safe: Record<string, Attr> | undefined, ctx: BodyContext): string[] {
  const out: string[] = [];
  for (const k of keysOf(attrs, safe)) {
    const value = valueFor(attrs[k], safe?.[k], ctx);
    if (value !== undefined) out.push(`${k} = ${value}`);
  }
  return out;
}

function safeExpr(a: Attr): string {
  if (a === undefined) return "null";
  if (isRef(a)) return a.ref;
  return literal(a);
}

function childBlocks(block: Block, safe: Block | undefined, ctx: BodyContext): string[] {
  const out: string[] = [];
  for (const [k, list] of Object.entries(block.blocks ?? {})) list.forEach((child, i) => out.push(blockText(k, child, safe?.blocks?.[k]?.[i], ctx)));
  return out;
}

function blockText(kind: string, block: Block, safe: Block | undefined, ctx: BodyContext): string {
  const way = ctx.writer.nextBlockWay();
  const inner = () => [...attrLines(block.attrs, safe?.attrs, ctx), ...childBlocks(block, safe, ctx)].join("\n");
  if (way === "static") return `${kind} {\n${pad(inner(), 1)}\n}`;
  if (way === "dynamic") return `dynamic "${kind}" {\n  for_each = [1]\n  content {\n${pad(inner(), 2)}\n  }\n}`;
  // The values reach the block through the iterator: for_each = [{ field = value }], field = <kind>.value.field.
  const fields: string[] = [];
  const content: string[] = [];
  for (const k of keysOf(block.attrs, safe?.attrs)) {
    const value = valueFor(block.attrs[k], safe?.attrs[k], ctx);
    if (value === undefined) continue;
    fields.push(`${k} = ${value}`);
    content.push(`${k} = ${kind}.value.${k}`);
  }
  content.push(...childBlocks(block, safe, ctx));
  return `dynamic "${kind}" {\n  for_each = [{\n${pad(fields.join("\n"), 2)}\n  }]\n  content {\n${pad(content.join("\n"), 2)}\n  }\n}`;
}

function resourceText(r: ResourceSpec, safe: ResourceSpec | undefined, ctx: BodyContext, meta: string[], refs: (ref: string) => string): string {
  const fixRefs = (b: Block): Block => ({
    attrs: Object.fromEntries(Object.entries(b.attrs).map(([k, v]) => [k, isRef(v) ? { ref: refs(v.ref) } : v])),
    blocks: b.blocks && Object.fromEntries(Object.entries(b.blocks).map(([k, list]) => [k, list.map(fixRefs)])),
  });
  const body = fixRefs(r);
  const lines = [...meta, ...attrLines(body.attrs, safe?.attrs, ctx)];
  for (const [k, list] of Object.entries(body.blocks ?? {})) list.forEach((b, i) => lines.push(blockText(k, b, safe?.blocks?.[k]?.[i], ctx)));
  return `resource "${r.type}" "${r.name}" {\n${pad(lines.join("\n"), 1)}\n}`;
}

export interface Written {
  files: Record<string, string>;
  vars: string[];
  /** Values written as sensitive (Writing.sensitive). */
  secrets: Value[];
  /** The address of the instance that holds the scenario's values (`aws_lb.main[1]`, `module.stack.aws_lb.main`); the
   * other instances hold the safe values, so no judged finding may name them. */
  at: (address: string) => string;
}

/**
 * Writes `resources` as Terraform source. Instanced writings (count, for_each, module for_each) hold the scenario's
 * values in one instance and `safe`'s values in the others, so the oracle knows what each instance must produce.
 */
export function writeScenario(resources: ResourceSpec[], safe: ResourceSpec[], writing: Writing): Written {
  const writer = new Writer(writing);
  const safeOf = (i: number) => safe[i];
  const files: Record<string, string> = {};
  const plainRef = (ref: string) => ref;
  switch (writing.instancing) {
    case "single": {
      const text = resources.map((r) => resourceText(r, undefined, { writer, place: (e) => e }, [], plainRef));
      files["main.tf"] = [...writer.decls, ...text].join("\n\n") + "\n";
      break;
    }
    case "count":
    case "forEach": {
      const count = writing.instancing === "count";
      const meta = count ? ["count = 3"] : ['for_each = toset(["blue", "green"])'];
      const key = count ? "count.index == 1" : 'each.key == "green"';
      const index = count ? "count.index" : "each.key";
      const refs = (ref: string) => ref.replace(/^(aws_[a-z0-9_]+\.[a-z0-9_]+)\./, `$1[${index}].`);
      const ctx: BodyContext = { writer, place: (e) => e, choose: (v, s) => `${key} ? (${v}) : ${s}` };
      const text = resources.map((r, i) => resourceText(r, safeOf(i), ctx, meta, refs));
      files["main.tf"] = [...writer.decls, ...text].join("\n\n") + "\n";
      break;
    }
    case "forEachValues": {
      // The values arrive through the iterator: for_each = { blue = { a0 = safe }, green = { a0 = value } }, attr = each.value.a0.
      const refs = (ref: string) => ref.replace(/^(aws_[a-z0-9_]+\.[a-z0-9_]+)\./, "$1[each.key].");
      const text = resources.map((r, i) => {
        const fields: { blue: string[]; green: string[] } = { blue: [], green: [] };
        const choose: Choose = (v, safeValue) => {
          const name = `a${fields.green.length}`;
          fields.green.push(`${name} = ${v}`);
          fields.blue.push(`${name} = ${safeValue}`);
          return `each.value.${name}`;
        };
        const body = resourceText(r, safeOf(i), { writer, place: (e) => e, choose }, [], refs);
        const object = (lines: string[]) => (lines.length === 0 ? "{}" : `{\n${pad(lines.join("\n"), 2)}\n  }`);
        const meta = `  for_each = {\n    blue = ${object(fields.blue).replace(/\n/g, "\n  ")}\n    green = ${object(fields.green).replace(/\n/g, "\n  ")}\n  }`;
        const [first, ...rest] = body.split("\n");
        return [first, meta, ...rest].join("\n");
      });
      files["main.tf"] = [...writer.decls, ...text].join("\n\n") + "\n";
      break;
    }
    case "module":
    case "moduleForEach": {
      const forEach = writing.instancing === "moduleForEach";
      const inputs: string[] = [];
      const childVars: string[] = [];
      const place = (e: string) => {
        const name = `in_${inputs.length}`;
        inputs.push(`${name} = ${e}`);
        childVars.push(`variable "${name}" {\n  default = null\n}`);
        return `var.${name}`;
      };
      // With for_each, the root chooses per instance: the scenario's value for "green", the safe value for "blue".
      const choose: Choose | undefined = forEach ? (v, s) => `each.key == "green" ? (${v}) : ${s}` : undefined;
      const ctx: BodyContext = { writer, place, choose };
      const text = resources.map((r, i) => resourceText(r, forEach ? safeOf(i) : undefined, ctx, [], plainRef));
      const meta = forEach ? ['  for_each = toset(["blue", "green"])'] : [];
      files["main.tf"] = [...writer.decls, [`module "stack" {`, `  source = "./modules/stack"`, ...meta, pad(inputs.join("\n"), 1), "}"].join("\n")].join("\n\n") + "\n";
      files["modules/stack/main.tf"] = [...childVars, ...text].join("\n\n") + "\n";
      break;
    }
  }
  Object.assign(files, writer.files);
  if (writer.tfvars.length > 0) files["terraform.tfvars"] = writer.tfvars.join("\n") + "\n";
  const inst = writing.instancing;
  return {
    files,
    vars: writer.cli,
    secrets: writer.secrets,
    at: (a) => (inst === "count" ? `${a}[1]` : inst === "forEach" || inst === "forEachValues" ? `${a}["green"]` : inst === "module" ? `module.stack.${a}` : inst === "moduleForEach" ? `module.stack["green"].${a}` : a),
  };
}

export interface Verdicts {
  /** `address|ruleId|messageId` per finding, sorted. */
  findings: string[];
  /** `address|ruleId|messageId|message`, sorted: what a user reads. */
  messages: string[];
  /** `address|ruleId` per check that met an Unknown, sorted. */
  unknown: string[];
  /** Why each of those was not evaluated, as `--unknown=warn` lists them. */
  reasons: string[];
  errors: string[];
  /** Rules that threw (a bug in moat, kept apart by the engine): `ruleId address: message`. */
  failures: string[];
}

const failuresOf = (result: ReturnType<typeof runRules>) => result.failures.map((f) => `${f.ruleId} ${f.address}: ${f.message}`);

const ALL_RULES = resolvePolicy(rules);

/** Scans source files with every rule, as `moat scan DIR` would, and returns the verdicts. */
export async function scanFiles(files: Record<string, string>, vars: string[] = []): Promise<Verdicts> {
  const dir = writeCaseFiles({ name: "fuzz", expect: [], hcl: files } satisfies RuleCase);
  try {
    const scan = await scanTerraform({ dirs: [dir], files: [], explicit: [dir] }, { vars });
    const result = runRules(new ResourceGraph(scan.resources, scan.edges), ALL_RULES);
    const out = outcome(result, scan.errors.map((e) => `${e.line ?? ""} ${e.message}`), dir);
    return {
      findings: result.findings.map((f) => `${f.address}|${f.ruleId}|${f.messageId}`).sort(),
      messages: result.findings.map((f) => `${f.address}|${f.ruleId}|${f.messageId}|${f.message}`).sort(),
      unknown: [...new Set(result.unevaluated.map((u) => `${u.address}|${u.ruleId}`))].sort(),
      reasons: result.unevaluated.map((u) => u.reason),
      errors: out.errors,
      failures: failuresOf(result),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function scanWritten(w: Written): Promise<Verdicts> {
  return scanFiles(w.files, w.vars);
}

/**
 * The same resources as `terraform show -json` would show them (module instancing aside): set values as planned
 * values, a reference to another resource's `name` as that name (the configuration sets it), any other reference
 * (`arn`, `id`) as known after apply with its configuration reference.
 */
export function planOfScenario(resources: ResourceSpec[], writing: Pick<Writing, "instancing">): string {
  const byAddress = new Map(resources.map((r) => [`${r.type}.${r.name}`, r]));
  const at = (a: string) => (writing.instancing === "count" ? `${a}[1]` : writing.instancing === "forEach" ? `${a}["green"]` : a);
  const toPlan = (r: ResourceSpec): PlanResource => {
    const unknown: string[] = [];
    const refs: Record<string, string[]> = {};
    const valuesOf = (b: Block, prefix: string): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(b.attrs)) {
        if (v === undefined) continue;
        if (!isRef(v)) {
          out[k] = v;
          continue;
        }
        const [type, name, attr] = v.ref.split(".");
        const target = `${type}.${name}`;
        const known = attr === "name" ? byAddress.get(target)?.attrs.name : undefined;
        if (typeof known === "string") out[k] = known;
        else unknown.push(`${prefix}${k}`);
        refs[`${prefix}${k}`] = [`${at(target)}.${attr}`, at(target)];
      }
      for (const [k, list] of Object.entries(b.blocks ?? {})) out[k] = list.map((child, i) => valuesOf(child, `${prefix}${k}.${i}.`));
      return out;
    };
    const values = valuesOf(r, "");
    return { address: at(`${r.type}.${r.name}`), values, unknown: ["id", "arn", ...unknown], refs };
  };
  return JSON.stringify(planFixture(resources.map(toPlan)), null, 2);
}

/** Scans plan text with every rule, as `moat scan plan.json` would. */
export function scanPlanString(text: string, file = "plan.json"): Verdicts {
  const scan = scanPlanText(file, text);
  const result = runRules(new ResourceGraph(scan.resources, scan.edges), ALL_RULES);
  return {
    findings: result.findings.map((f) => `${f.address}|${f.ruleId}|${f.messageId}`).sort(),
    messages: result.findings.map((f) => `${f.address}|${f.ruleId}|${f.messageId}|${f.message}`).sort(),
    unknown: [...new Set(result.unevaluated.map((u) => `${u.address}|${u.ruleId}`))].sort(),
    reasons: result.unevaluated.map((u) => u.reason),
    errors: scan.errors.map((e) => `${e.line ?? ""} ${e.message}`),
    failures: failuresOf(result),
  };
}
