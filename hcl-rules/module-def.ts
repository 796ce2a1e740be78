/**
 * The declarations of one Terraform module directory as hcl2json gives them (variables, locals, outputs, resources,
 * data sources, module calls), and where each piece of configuration was written (`SrcRef`, for line numbers).
 * Nothing here evaluates anything.
 */
import type { SourceLocation } from "../core/model";
import type { LineIndex } from "./locate";

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
  /**
   * The places below this one that `at` made, by key: kept on the place itself rather than in a WeakMap (one entry
   * per place evaluated cost a scan more time, and its garbage collections more, than the lookups they saved).
   */
  children?: Map<string | number, SrcRef>;
}

/**
 * The place of a key (or of two or three keys, one below the other) below `ref`. The same object for the same place,
 * so that instances of one block share their source references (values keep theirs in `sourceOf`: one per place, not
 * one per instance). Fixed parameters rather than a rest parameter: it is called for every value evaluated.
 */
export function at(ref: SrcRef, key: string | number, key2?: string | number, key3?: string | number): SrcRef {
  let cur = childRef(ref, key);
  if (key2 !== undefined) cur = childRef(cur, key2);
  if (key3 !== undefined) cur = childRef(cur, key3);
  return cur;
}

function childRef(ref: SrcRef, key: string | number): SrcRef {
  let children = ref.children;
  if (children === undefined) ref.children = children = new Map<string | number, SrcRef>();
  let next = children.get(key);
  if (next === undefined) children.set(key, (next = { file: ref.file, path: [...ref.path, key], children: undefined }));
  return next;
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

/** `sensitive = true` as hcl2json gives it: a literal bool, or the string forms Terraform converts. */
export function isSensitiveFlag(v: Json | undefined): boolean {
  return v === true || v === "true" || v === "${true}";
}
