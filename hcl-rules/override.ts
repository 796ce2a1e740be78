/**
 * Override files (`override.tf`, `*_override.tf` and their `.tf.json` forms), merged into the configuration of their
 * module as Terraform does (developer.hashicorp.com/terraform/language/files/override):
 *
 * - override files are set aside, then applied one by one in lexical order of file name, each block in the order
 *   written, after every primary file; later overrides take precedence over earlier ones;
 * - each top-level block merges into the primary block with the same header (`resource "t" "n"`, `variable "n"`…);
 *   an override block without one is an error, as in Terraform ("Missing resource to override"), and is not used;
 * - an argument replaces the argument of the same name; nested blocks of a type replace ALL nested blocks of that
 *   type, and a `dynamic "x"` block counts as a block of type `x` (both ways); nested blocks are not merged;
 * - special cases: a resource's or data source's `lifecycle` merges argument by argument, and `depends_on` may not
 *   be overridden (an error, as in Terraform); `provisioner` and `connection` blocks replace as nested blocks do;
 *   `locals` merge one name at a time, whichever `locals` block holds it; in `terraform` blocks `required_providers`
 *   merges one provider at a time, `required_version` replaces, and `backend` and `cloud` replace each other; a
 *   default (unaliased) `provider` block may be overridden without a base, an aliased one may not; `moved` blocks
 *   may not appear in override files.
 *   A variable's `type` and `default` merge as arguments; the evaluator then converts the default to the (possibly
 *   overridden) type, as Terraform does.
 *
 * The merge is a pure function over one module's parsed files: it returns new file objects for the primary files it
 * changed (the parsed files are not modified) and leaves the override files out. A merged file keeps its name and
 * its comments; its line index sends every path that an override replaced to the override file's line, so a finding
 * on an overridden argument names the override file and its line (where an inline suppression there applies), and
 * one on an argument that was not overridden keeps the primary file's line.
 */
import { basename, dirname } from "node:path";
import type { ScanError, SourceLocation } from "../core/model";
import { type HclFile, type Json, type JsonObject, type SrcPath, asBodies, objectEntries } from "./evaluate";
import type { LineIndex } from "./locate";

/** The override blocks merged into a resource's or data source's body (the merged copy), in the order applied. */
const overrideBlocks = new WeakMap<JsonObject, SourceLocation[]>();

/**
 * Where override files changed this block (a resource body as the module definition holds it): a reader, and an
 * inline suppression, may stand at any of them as well as at the primary block.
 */
export function overrideBlocksOf(body: JsonObject): readonly SourceLocation[] | undefined {
  return overrideBlocks.get(body);
}

/** `override.tf`, `override.tf.json`, `*_override.tf` or `*_override.tf.json`. */
export function isOverrideFile(path: string): boolean {
  const name = basename(path);
  const stem = name.endsWith(".tf.json") ? name.slice(0, -".tf.json".length) : name.endsWith(".tf") ? name.slice(0, -".tf".length) : undefined;
  return stem !== undefined && (stem === "override" || stem.endsWith("_override"));
}

export interface MergedModule {
  /** The module's files as Terraform reads them: primary files with the overrides merged in. */
  files: HclFile[];
  /** Override blocks Terraform rejects (nothing to override, `depends_on`, `moved`), each at its file and line. */
  errors: ScanError[];
}

/**
 * Applies the module's override files to its primary files. Without override files, the files are returned as given.
 * `primaryIncomplete`: a primary file of the module could not be read, so an override block without a base may have
 * its base there; it is not used, and not reported (the unreadable file is, and Terraform would stop at it).
 */
export function mergeOverrides(files: readonly HclFile[], options: { primaryIncomplete?: boolean } = {}): MergedModule {
  const overrides = files.filter((f) => isOverrideFile(f.file)).sort((a, b) => compareNames(basename(a.file), basename(b.file)));
  if (overrides.length === 0) return { files: [...files], errors: [] };
  const merger = new Merger(files.filter((f) => !isOverrideFile(f.file)), options.primaryIncomplete === true);
  for (const o of overrides) merger.apply(o);
  return { files: merger.result(), errors: merger.errors };
}

/** Lexical order of file names, by code unit (as Go compares strings for ASCII names). */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A primary file being merged into: its configuration, copied on write (each object or array on the way to a change
 * is copied once, without recursion, and the rest is shared with the parsed file, which is never modified), and where
 * its overridden paths were written.
 */
class Target {
  json: JsonObject;
  /** Path in this file (as a key) → the override file and path that replaced it. */
  private readonly redirects = new Map<string, { file: HclFile; path: SrcPath }>();
  private readonly copies = new WeakSet<object>();
  private touched = false;

  constructor(readonly orig: HclFile) {
    this.json = orig.json;
  }

  /** The value at a path as the module definition walks it (see `childKey`), as merged so far. */
  read(path: SrcPath): Json | undefined {
    let cur: Json | undefined = this.json;
    for (const step of path) {
      const key = childKey(cur, step);
      if (key === undefined) return undefined;
      if (key !== SELF) cur = (cur as Record<string | number, Json>)[key];
    }
    return cur;
  }

  /** The block body at a path (which exists), made this target's own copy to change. */
  writable(path: SrcPath): JsonObject {
    this.touched = true;
    this.json = this.own(this.json);
    let cur: JsonObject | Json[] = this.json;
    for (const step of path) {
      const key = childKey(cur, step);
      if (key === undefined) throw new Error(`override merge: no block at ${pathKey(path)}`);
      if (key === SELF) continue;
      const container = cur as Record<string | number, Json>;
      cur = container[key] = this.own(container[key] as JsonObject | Json[]);
    }
    return cur as JsonObject;
  }

  private own<T extends JsonObject | Json[]>(v: T): T {
    if (this.copies.has(v)) return v;
    const copy = (Array.isArray(v) ? [...v] : { ...v }) as T;
    this.copies.add(copy);
    return copy;
  }

  redirect(path: SrcPath, file: HclFile, to: SrcPath): void {
    this.redirects.set(pathKey(path), { file, path: to });
  }

  merged(): HclFile {
    if (!this.touched) return this.orig;
    const { orig, redirects } = this;
    const lines: LineIndex = {
      // Read when asked, not now: the original file's index is built on first use (locate.ts, lazyLineIndex).
      get comments() {
        return orig.lines.comments;
      },
      ...(orig.lines.mentions ? { mentions: (needle: string) => orig.lines.mentions!(needle) } : {}),
      lookup(path) {
        // The longest prefix of the path that an override replaced decides where the rest of it was written.
        for (let n = path.length; n > 0; n--) {
          const r = redirects.get(pathKey(path.slice(0, n)));
          if (!r) continue;
          const span = r.file.lines.lookup([...r.path, ...path.slice(n)]);
          if (span) return { ...span, file: r.file.file };
          break;
        }
        return orig.lines.lookup(path);
      },
    };
    return { file: orig.file, json: this.json, lines };
  }
}

const SELF = Symbol("the object itself");

/**
 * How the module definition (and the line index) steps into configuration: a name into an object; an index into
 * the blocks of a list (`asBodies`: objects only), where index 0 of a lone object (a JSON-syntax block) is the object.
 */
function childKey(container: Json | undefined, step: string | number): string | number | typeof SELF | undefined {
  const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === "object" && !Array.isArray(v);
  if (typeof step === "string") return isObject(container) && step in container ? step : undefined;
  if (!Array.isArray(container)) return step === 0 && isObject(container) ? SELF : undefined;
  let n = -1;
  for (let i = 0; i < container.length; i++) if (isObject(container[i]) && ++n === step) return i;
  return undefined;
}

function pathKey(path: ReadonlyArray<string | number>): string {
  return JSON.stringify(path);
}

/** A block of a primary file: the file it is merged in, and its path there. */
interface Base {
  target: Target;
  path: SrcPath;
}

/** An override block: its body and where it was written. */
interface Over {
  file: HclFile;
  body: JsonObject;
  path: SrcPath;
}

type Kind = "resource" | "data" | "variable" | "output" | "module" | "provider";

const WHAT: Record<Kind, (labels: string[]) => string> = {
  resource: ([t, n]) => `resource "${t}" "${n}"`,
  data: ([t, n]) => `data "${t}" "${n}"`,
  variable: ([n]) => `variable "${n}"`,
  output: ([n]) => `output "${n}"`,
  module: ([n]) => `module "${n}"`,
  provider: ([n]) => `provider "${n}"`,
};

/** Terraform's summaries, so that a user can search for the message Terraform gives. */
const MISSING: Record<Kind, string> = {
  resource: "Missing resource to override",
  data: "Missing data resource to override",
  variable: "Missing base variable declaration to override",
  output: "Missing base output definition to override",
  module: "Missing module call to override",
  provider: "Missing base provider configuration for override",
};

class Merger {
  readonly errors: ScanError[] = [];
  private readonly targets: Target[];
  /** Primary blocks by kind and header; where Terraform would reject a duplicate, the one moat's evaluator reads. */
  private readonly bases = new Map<string, Base>();
  private readonly localsByName = new Map<string, Base>();
  private readonly terraformBlocks: Base[] = [];
  /** Blocks merged with nothing (an unaliased provider, a terraform block in a module without one), by override file. */
  private readonly leftovers = new Map<HclFile, JsonObject>();

  constructor(
    primaries: HclFile[],
    private readonly primaryIncomplete: boolean,
  ) {
    this.targets = primaries.map((f) => new Target(f));
    for (const target of this.targets) this.index(target);
  }

  private index(target: Target): void {
    const j = target.json;
    // The evaluator reads the first resource, data source and module call of a header, and the last variable and
    // output (Terraform rejects duplicates): the same block is the base here.
    for (const b of headedBlocks(j)) {
      const key = headerKey(b.kind, b.labels);
      if (b.kind === "variable" || b.kind === "output" || !this.bases.has(key)) this.bases.set(key, { target, path: b.path });
    }
    asBodies(j.locals).forEach((block, index) => {
      for (const name of Object.keys(block)) this.localsByName.set(name, { target, path: ["locals", index] });
    });
    asBodies(j.terraform).forEach((_, i) => this.terraformBlocks.push({ target, path: ["terraform", i] }));
  }

  apply(file: HclFile): void {
    const j = file.json;
    for (const b of headedBlocks(j)) this.block(b.kind, b.names, b.labels, { file, body: b.body, path: b.path });
    asBodies(j.locals).forEach((block, i) => {
      for (const [name, expr] of Object.entries(block)) this.local(name, expr, { file, body: block, path: ["locals", i, name] });
    });
    asBodies(j.terraform).forEach((body, i) => this.terraform({ file, body, path: ["terraform", i] }));
    asBodies(j.moved).forEach((_, i) =>
      this.error(file, ["moved", i], `Cannot override 'moved' blocks: records of moved objects can appear only in normal files, not in override files; move this block to a file whose name does not end in override.tf`),
    );
  }

  result(): HclFile[] {
    const out = this.targets.map((t) => t.merged());
    for (const [file, json] of this.leftovers) out.push({ file: file.file, json, lines: file.lines });
    return out;
  }

  private block(kind: Kind, names: string[], labels: string[], over: Over): void {
    const base = this.bases.get(headerKey(kind, labels));
    if (!base) {
      if (kind === "provider" && labels[1] === "") {
        // Terraform lets an override configure a default provider that no primary file configures.
        this.leftover(over.file, "provider", names[0], over.body);
        return;
      }
      const what = kind === "provider" ? `${WHAT.provider(names)} with alias "${labels[1]}"` : WHAT[kind](names);
      this.missing(
        over.file,
        over.path,
        `${MISSING[kind]}: this override file's ${what} has no block of the same header in a primary configuration file of this module (one whose name does not end in override.tf or override.tf.json), so Terraform rejects it and moat did not use it; declare it in a primary file, or fix the name`,
      );
      return;
    }
    if (kind === "resource" || kind === "data") {
      // The body the module definition will hold: copied once, on this first write, and kept from then on.
      const body = base.target.writable(base.path);
      const span = over.file.lines.lookup(over.path);
      const list = overrideBlocks.get(body) ?? [];
      list.push(span ? { file: over.file.file, line: span.line, endLine: span.endLine } : { file: over.file.file });
      overrideBlocks.set(body, list);
    }
    for (const [key, value] of Object.entries(over.body)) {
      if (key === "depends_on" && kind !== "variable" && kind !== "provider") {
        this.error(over.file, [...over.path, key], `Unsupported override: the depends_on argument may not be overridden (Terraform rejects it); moat ignored it; set depends_on in the primary block instead`);
        continue;
      }
      if (key === "lifecycle" && (kind === "resource" || kind === "data")) this.mergeLifecycle(base, over, value);
      else assign(base, over, key, value);
    }
  }

  /** A resource's `lifecycle` merges argument by argument (its nested condition blocks replace by type). */
  private mergeLifecycle(base: Base, over: Over, value: Json): void {
    const overBody = asBodies(value)[0];
    if (!overBody) return;
    const body = base.target.writable(base.path);
    if (!asBodies(body.lifecycle)[0]) body.lifecycle = [{}];
    const inner: Base = { target: base.target, path: [...base.path, "lifecycle", 0] };
    for (const [key, v] of Object.entries(overBody)) assign(inner, { file: over.file, body: overBody, path: [...over.path, "lifecycle", 0] }, key, v);
  }

  private local(name: string, expr: Json, over: Over): void {
    const base = this.localsByName.get(name);
    if (!base) {
      this.missing(
        over.file,
        over.path,
        `Missing base local value definition to override: this override file sets local "${name}", which no primary configuration file of this module defines, so Terraform rejects it and moat did not use it; define it in a locals block of a primary file, or fix the name`,
      );
      return;
    }
    base.target.writable(base.path)[name] = expr;
    base.target.redirect([...base.path, name], over.file, over.path);
  }

  /**
   * `terraform` settings merge one by one into the module's first terraform block (and leave the others):
   * `required_providers` one provider at a time, `backend` and `cloud` replacing each other, the rest replaced.
   */
  private terraform(over: Over): void {
    const first = this.terraformBlocks[0];
    if (!first) {
      this.leftover(over.file, "terraform", undefined, over.body);
      return;
    }
    for (const [key, value] of Object.entries(over.body)) {
      if (key === "required_providers") {
        for (const [i, providers] of asBodies(value).entries()) {
          for (const [name, requirement] of Object.entries(providers)) {
            for (const b of this.terraformBlocks) {
              asBodies(b.target.read([...b.path, "required_providers"])).forEach((rp, k) => {
                if (name in rp) delete b.target.writable([...b.path, "required_providers", k])[name];
              });
            }
            const body = first.target.writable(first.path);
            if (!asBodies(body.required_providers)[0]) body.required_providers = [{}];
            first.target.writable([...first.path, "required_providers", 0])[name] = requirement;
            first.target.redirect([...first.path, "required_providers", 0, name], over.file, [...over.path, key, i, name]);
          }
        }
        continue;
      }
      const replaced = key === "backend" || key === "cloud" ? ["backend", "cloud"] : [key];
      for (const b of this.terraformBlocks) {
        for (const k of replaced) if (b.target.read([...b.path, k]) !== undefined) delete b.target.writable(b.path)[k];
      }
      assign(first, over, key, value);
    }
  }

  private leftover(file: HclFile, type: "provider" | "terraform", name: string | undefined, body: JsonObject): void {
    let json = this.leftovers.get(file);
    if (!json) this.leftovers.set(file, (json = {}));
    if (name === undefined) {
      json[type] = [...asBodies(json[type]), body];
      return;
    }
    const byName = (json[type] ??= {}) as JsonObject;
    byName[name] = [...asBodies(byName[name]), body];
  }

  /** An override block without a base: an error, unless the base may be in a primary file that could not be read. */
  private missing(file: HclFile, path: SrcPath, message: string): void {
    if (!this.primaryIncomplete) this.error(file, path, message);
  }

  private error(file: HclFile, path: SrcPath, message: string): void {
    const line = file.lines.lookup(path)?.line;
    this.errors.push(line === undefined ? { file: file.file, message } : { file: file.file, line, message });
  }
}

/**
 * One argument or nested block type of an override block replaces the base block's. A nested block type and its
 * `dynamic` blocks are one type: either form in the override replaces both forms in the base.
 */
function assign(base: Base, over: Over, key: string, value: Json): void {
  const body = base.target.writable(base.path);
  const dynamicPath = [...base.path, "dynamic"];
  if (key === "dynamic") {
    for (const [type, blocks] of objectEntries(value)) {
      delete body[type];
      if (objectEntries(body.dynamic).length === 0) body.dynamic = {};
      base.target.writable(dynamicPath)[type] = blocks;
      base.target.redirect([...dynamicPath, type], over.file, [...over.path, "dynamic", type]);
    }
    return;
  }
  body[key] = value;
  base.target.redirect([...base.path, key], over.file, [...over.path, key]);
  if (objectEntries(body.dynamic).some(([type]) => type === key)) {
    const dynamic = base.target.writable(dynamicPath);
    delete dynamic[key];
    if (Object.keys(dynamic).length === 0) delete body.dynamic;
  }
}

/**
 * The labelled top-level blocks of a file: kind, labels as written (`names`), header labels (`labels`: a provider's
 * alias counts), body and path.
 */
function* headedBlocks(j: JsonObject): Generator<{ kind: Kind; names: string[]; labels: string[]; body: JsonObject; path: SrcPath }> {
  for (const kind of ["resource", "data"] as const) {
    for (const [type, byName] of objectEntries(j[kind])) {
      for (const [name, list] of objectEntries(byName)) {
        for (const [i, body] of asBodies(list).entries()) yield { kind, names: [type, name], labels: [type, name], body, path: [kind, type, name, i] };
      }
    }
  }
  for (const kind of ["variable", "output", "module", "provider"] as const) {
    for (const [name, list] of objectEntries(j[kind])) {
      for (const [i, body] of asBodies(list).entries()) {
        yield { kind, names: [name], labels: kind === "provider" ? [name, aliasOf(body)] : [name], body, path: [kind, name, i] };
      }
    }
  }
}

function aliasOf(body: JsonObject): string {
  return typeof body.alias === "string" ? body.alias : "";
}

function headerKey(kind: string, labels: string[]): string {
  return JSON.stringify([kind, ...labels]);
}

/** `mergeOverrides` for the module loader: the merged files, with the errors added to the scan's. */
export function mergeModuleOverrides(files: readonly HclFile[], errors: ScanError[]): HclFile[] {
  if (!files.some((f) => isOverrideFile(f.file))) return [...files];
  // A primary configuration file of this directory that could not be read or parsed is already an error.
  const dir = dirname(files[0].file);
  const primaryIncomplete = errors.some((e) => dirname(e.file) === dir && /\.tf(\.json)?$/.test(e.file) && !isOverrideFile(e.file));
  try {
    const merged = mergeOverrides(files, { primaryIncomplete });
    errors.push(...merged.errors);
    return merged.files;
  } catch (e) {
    // A bug: the module is scanned without its override files, and the scan says so.
    const detail = e instanceof Error ? e.message.slice(0, 200) : "unknown";
    const first = files.find((f) => isOverrideFile(f.file))!;
    errors.push({ file: first.file, message: `the override files of this module could not be merged (internal error: ${detail}), so the module was scanned without them; this is a bug in moat, please report it` });
    return files.filter((f) => !isOverrideFile(f.file));
  }
}
