/**
 * The Terraform source door's entry point: loads module directories, follows local module calls, picks the root
 * modules, applies variable values (tfvars, --var-file, --var) and returns the model.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { EdgeInput, Resource, ScanError } from "../core/model";
import type { Value } from "../core/values";
import { resourcesOf } from "./adapter";
import {
  Evaluation,
  type HclFile,
  type Json,
  type JsonObject,
  ModuleDef,
  ModuleInstance,
  type RemoteModule,
  evalTfvarsValue,
  isLocalSource,
  locationOf,
  parseCliVarValue,
} from "./evaluate";
import { locateLines } from "./locate";
import { type ParseOptions, type ParseResult, parseHclFiles } from "./parse-hcl";

export type { ScanError };

export interface TerraformTargets {
  /** Directories to scan as modules (each one's `.tf` files, not recursive). */
  dirs: string[];
  /** Individual `.tf` files; files of one directory form one module. */
  files: string[];
  /** Directories or files the user named: they are root modules even when another module calls them. */
  explicit?: string[];
}

export interface TerraformOptions {
  /** `--var-file` paths, applied to every root module after its own tfvars. */
  varFiles?: string[];
  /** `--var name=value`, applied last. */
  vars?: string[];
  parse?: ParseOptions;
}

export interface TerraformResult {
  resources: Resource[];
  edges: EdgeInput[];
  errors: ScanError[];
  remoteModules: RemoteModule[];
  /** Files read (.tf and tfvars). */
  files: number;
  bytes: number;
  roots: string[];
  /** Parsed files, by path (for inline suppressions and line lookups). */
  parsed: Map<string, HclFile>;
}

/** A module directory's `.tf` files; its `.tf.json` files (JSON syntax, not read yet) are reported, never skipped silently. */
function listModuleFiles(dir: string, errors: ScanError[]): string[] {
  try {
    const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() || e.isSymbolicLink());
    for (const e of entries.filter((x) => x.name.endsWith(".tf.json"))) {
      errors.push({
        file: join(dir, e.name),
        message: "Terraform's JSON configuration syntax (.tf.json) is not supported yet, so its resources are not scanned; scan a plan of this module instead (terraform show -json)",
      });
    }
    return entries
      .filter((e) => e.name.endsWith(".tf"))
      .map((e) => join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function scanTerraform(targets: TerraformTargets, options: TerraformOptions = {}): Promise<TerraformResult> {
  const errors: ScanError[] = [];
  const parsed = new Map<string, HclFile>();
  const moduleFiles = new Map<string, string[]>();
  let bytes = 0;

  for (const dir of targets.dirs) moduleFiles.set(resolve(dir), listModuleFiles(dir, errors));
  for (const f of targets.files) {
    const dir = resolve(dirname(f));
    if (targets.dirs.some((d) => resolve(d) === dir)) continue;
    const list = moduleFiles.get(dir) ?? [];
    if (!list.includes(f)) list.push(f);
    moduleFiles.set(dir, list);
  }
  const scanned = [...moduleFiles.keys()];

  const record = (results: ParseResult[]) => {
    for (const r of results) {
      if (r.ok) {
        bytes += r.bytes;
        parsed.set(r.file, { file: r.file, json: r.json as JsonObject, lines: locateLines(r.text) });
      } else {
        errors.push({ file: r.file, line: r.line, column: r.column, message: r.message });
      }
    }
  };
  // Variable files are parsed in the same batch as the modules: one parser start, one worker pool.
  const varFilesByDir = new Map(scanned.map((d) => [d, variableFilesOf(d)]));
  const commonVarFiles = (options.varFiles ?? []).map((f) => resolve(f));
  const firstBatch = [...moduleFiles.values()].flat();
  const varBatch = [...new Set([...[...varFilesByDir.values()].flat(), ...commonVarFiles])];
  const firstResults = await parseHclFiles([...firstBatch, ...varBatch], options.parse);
  record(firstResults.slice(0, firstBatch.length));
  const varParsed = new Map<string, HclFile>();
  for (const r of firstResults.slice(firstBatch.length)) {
    if (r.ok) {
      bytes += r.bytes;
      varParsed.set(r.file, { file: r.file, json: r.json as JsonObject, lines: locateLines(r.text) });
    } else {
      errors.push({ file: r.file, line: r.line, column: r.column, message: r.message });
    }
  }
  const cliVars = commandLineVariables(options.vars ?? [], errors);

  // Follow local module calls until every called directory is loaded.
  const defs = new Map<string, ModuleDef>();
  const called = new Set<string>();
  let pending = [...moduleFiles.keys()];
  while (pending.length > 0) {
    const next: string[] = [];
    for (const dir of pending) {
      const files = (moduleFiles.get(dir) ?? []).map((f) => parsed.get(f)).filter((f): f is HclFile => !!f);
      const def = new ModuleDef(dir, files);
      defs.set(dir, def);
      for (const call of def.moduleCalls.values()) {
        if (!isLocalSource(call.source)) continue;
        const target = resolve(dir, call.source);
        if (target !== dir) called.add(target);
        if (moduleFiles.has(target)) continue;
        if (!isDir(target)) {
          const loc = locationOf(call.src);
          errors.push({
            file: loc.file,
            line: loc.line,
            message: `module "${call.name}": source "${call.source}" is not a directory (resolved to ${target}); fix the path or remove the call`,
          });
          moduleFiles.set(target, []);
          continue;
        }
        const files = listModuleFiles(target, errors);
        moduleFiles.set(target, files);
        next.push(target);
      }
    }
    if (next.length > 0) record(await parseHclFiles(next.flatMap((d) => moduleFiles.get(d) ?? []), options.parse));
    pending = next;
  }

  const explicit = new Set((targets.explicit ?? []).map((p) => resolve(isDir(p) ? p : dirname(p))));
  const roots = scanned.filter((d) => explicit.has(d) || !called.has(d));

  const resources: Resource[] = [];
  const edges: EdgeInput[] = [];
  const remoteModules: RemoteModule[] = [];
  const files = parsed.size + varParsed.size;
  for (const root of roots) {
    const def = defs.get(root);
    if (!def) continue;
    const varValues = [...fileVariables([...(varFilesByDir.get(root) ?? []), ...commonVarFiles], varParsed), ...cliVars];
    const ev = new Evaluation(root, (dir) => defs.get(dir), (from, source) => resolve(from, source));
    const inputs = new Map<string, Value>();
    const rootModule = new ModuleInstance(ev, def, "", [], (name) => (inputs.has(name) ? { value: inputs.get(name), refs: new Set() } : undefined), 0);
    for (const { name, value, file, path } of varValues) {
      const declared = def.variables.get(name);
      const typeIsString = declared?.body.type === "${string}";
      if (file) inputs.set(name, evalTfvarsValue(value as Json, file, path, rootModule));
      else inputs.set(name, typeIsString ? String(value) : parseCliVarValue(String(value)));
    }
    rootModule.expandAll();
    const out = resourcesOf(ev);
    resources.push(...out.resources);
    edges.push(...out.edges);
    remoteModules.push(...ev.remoteModules);
  }
  return { resources, edges, errors, remoteModules, files, bytes, roots, parsed };
}

interface VarValue {
  name: string;
  value: Json | string;
  /** Set for values from a tfvars file (evaluated as HCL); absent for `--var` text. */
  file?: HclFile;
  path: (string | number)[];
}

/** A directory's own variable files, in Terraform's order: terraform.tfvars, then *.auto.tfvars by name. */
function variableFilesOf(dir: string): string[] {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    entries = [];
  }
  return [...entries.filter((e) => e === "terraform.tfvars"), ...entries.filter((e) => e.endsWith(".auto.tfvars"))].map((e) => join(dir, e));
}

/** The values of parsed variable files, in the order given (later files win, as in Terraform). */
function fileVariables(files: string[], parsed: Map<string, HclFile>): VarValue[] {
  const values: VarValue[] = [];
  for (const path of files) {
    const file = parsed.get(path);
    if (!file) continue; // could not be parsed: reported once, with the parse errors
    for (const [name, value] of Object.entries(file.json)) values.push({ name, value, file, path: [name] });
  }
  return values;
}

/** `--var name=value`, applied after every file (Terraform's precedence). */
function commandLineVariables(vars: string[], errors: ScanError[]): VarValue[] {
  const values: VarValue[] = [];
  for (const v of vars) {
    const eq = v.indexOf("=");
    if (eq <= 0) {
      errors.push({ file: "(command line)", message: `--var "${v}" must look like name=value` });
      continue;
    }
    values.push({ name: v.slice(0, eq).trim(), value: v.slice(eq + 1), path: [] });
  }
  return values;
}
