/**
 * The Terraform source door's entry point: loads module directories, follows local module calls, picks the root
 * modules, applies variable values (tfvars, --var-file, --var) and returns the model.
 */
import { createHash } from "node:crypto";
import { type Dirent, lstatSync, readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { EvaluationLimits } from "../core/limits";
import type { EdgeInput, Resource, ScanError } from "../core/model";
import type { Value } from "../core/values";
import { resourcesOf } from "./adapter";
import { Budget } from "./budget";
import {
  Evaluation,
  type HclFile,
  type Json,
  type JsonObject,
  type ModuleCallBlock,
  ModuleDef,
  ModuleInstance,
  type RemoteModule,
  callSourceOf,
  evalTfvarsValue,
  isLocalSource,
  locationOf,
  parseCliVarValue,
  unexpected,
} from "./evaluate";
import { setExpressionDepthLimit } from "./expr";
import { Boundaries, ScanFiles, scanBoundaries } from "./file-functions";
import { lazyLineIndex } from "./locate";
import { isDirectory, isOutside } from "../core/paths";
import { MODULES_DIR, type ModuleManifest, downloadedModule, readModuleManifest } from "./module-manifest";
import { mergeModuleOverrides } from "./override";
import { type ParseOptions, type ParseResult, parseHclFiles } from "./parse-hcl";

export type { ScanError };

export interface TerraformTargets {
  /** Directories to scan as modules (each one's `.tf` files, not recursive). */
  dirs: string[];
  /** Individual `.tf` files; files of one directory form one module. */
  files: string[];
  /** Directories or files the user named: they are root modules even when another module calls them. */
  explicit?: string[];
  /**
   * Variable files named as paths (`moat scan prod.tfvars`): each is applied to the root module of its own directory,
   * after that directory's terraform.tfvars and *.auto.tfvars and before --var-file, as a -var-file would be.
   */
  varFiles?: string[];
}

export interface TerraformOptions {
  /** `--var-file` paths, applied to every root module after its own tfvars. */
  varFiles?: string[];
  /** `--var name=value`, applied last. */
  vars?: string[];
  /**
   * The environment whose `TF_VAR_<name>` variables set root module variables, applied first (Terraform's precedence:
   * environment, then terraform.tfvars, *.auto.tfvars, --var-file and --var). Unset: none are read.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The workspace `terraform.workspace` names (`--workspace`). Unset: `TF_WORKSPACE` in `env`, else the one
   * `terraform workspace select` recorded in the root's `.terraform/environment`, else unknown.
   */
  workspace?: string;
  parse?: ParseOptions;
  /** The scan's evaluation budget (core/limits.ts); unset limits take their defaults. */
  limits?: Partial<EvaluationLimits>;
  /**
   * `moat scan --shard`: the root modules this scan evaluates, among those one scan chooses (unset: all). Everything
   * else is read as one scan reads it (every file parsed, every tfvars file and module manifest), so the roots, and
   * the errors about what was read, are exactly one scan's.
   */
  evaluates?: (root: string) => boolean;
  /** Also give the SHA-256 of every file read (`digests`), to identify the tree. */
  digests?: boolean;
}

/** Something the user should know that did not cost coverage (the run's exit code does not change for it). */
export interface TerraformNotice {
  file: string;
  line?: number;
  message: string;
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
  /** The files counted in `files` (parsed .tf and tfvars files). */
  read: string[];
  /** The roots evaluated: `roots`, or those of them `evaluates` accepts. */
  evaluated: string[];
  /** With `digests`: every file read (parsed or not), by path → the SHA-256 of its text, or of its error. */
  digests?: Map<string, string>;
  /** Parsed files, by path (for inline suppressions and line lookups). */
  parsed: Map<string, HclFile>;
  /** E.g. a local module followed outside the paths the scan was given. */
  notices: TerraformNotice[];
}

/**
 * Reads a module directory's entries once per scan; a directory that cannot be read is an error entry (once), never
 * an empty module.
 */
class DirectoryReader {
  private readonly entries = new Map<string, Dirent[]>();
  constructor(private readonly errors: ScanError[]) {}

  read(dir: string): Dirent[] {
    const hit = this.entries.get(dir);
    if (hit) return hit;
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "error";
      this.errors.push({
        file: dir,
        message: `this module directory cannot be read (${code}), so its configuration was not scanned; make it readable to the user running moat, or exclude it`,
      });
    }
    this.entries.set(dir, entries);
    return entries;
  }
}

/** A module directory's configuration files: `.tf` (native syntax) and `.tf.json` (JSON syntax), by name. */
function listModuleFiles(dir: string, errors: ScanError[], reader: DirectoryReader): string[] {
  const entries = reader.read(dir).filter((e) => e.isFile() || e.isSymbolicLink());
  return entries
    .filter((e) => isConfigurationFile(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

/** A Terraform configuration file, in native (`.tf`) or JSON (`.tf.json`) syntax. */
export function isConfigurationFile(name: string): boolean {
  return name.endsWith(".tf") || name.endsWith(".tf.json");
}

export async function scanTerraform(targets: TerraformTargets, options: TerraformOptions = {}): Promise<TerraformResult> {
  const budget = new Budget(options.limits);
  setExpressionDepthLimit(budget.limits.maxEvaluationDepth);
  const errors: ScanError[] = [];
  const parsed = new Map<string, HclFile>();
  const notices: TerraformNotice[] = [];
  const undeclaredSeen = new Set<string>();
  const moduleFiles = new Map<string, string[]>();
  const reader = new DirectoryReader(errors);
  let bytes = 0;
  const digests = options.digests ? new Map<string, string>() : undefined;
  // A file's text was hashed already when the parse cache looked it up (`sha256`): only the others are hashed here.
  const digest = (r: ParseResult) => digests?.set(r.file, (r.ok ? r.sha256 : undefined) ?? createHash("sha256").update(r.ok ? r.text : `\u0000failed:${r.message}`).digest("hex"));

  for (const dir of targets.dirs) moduleFiles.set(resolve(dir), listModuleFiles(resolve(dir), errors, reader));
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
      digest(r);
      if (r.ok) {
        bytes += r.bytes;
        parsed.set(r.file, { file: r.file, json: r.json as JsonObject, lines: r.lines ?? lazyLineIndex(r.text) });
      } else {
        errors.push({ file: r.file, line: r.line, column: r.column, message: r.message });
      }
    }
  };
  // Variable files are parsed in the same batch as the modules: one parser start, one worker pool.
  const namedVarFiles = (targets.varFiles ?? []).map((f) => resolve(f));
  const varFilesByDir = new Map(scanned.map((d) => [d, [...new Set([...variableFilesOf(d, reader), ...namedVarFiles.filter((f) => dirname(f) === d)])]]));
  const commonVarFiles = (options.varFiles ?? []).map((f) => resolve(f));
  const firstBatch = [...moduleFiles.values()].flat();
  const varBatch = [...new Set([...[...varFilesByDir.values()].flat(), ...commonVarFiles])];
  const firstResults = await parseHclFiles([...firstBatch, ...varBatch], options.parse);
  record(firstResults.slice(0, firstBatch.length));
  const varParsed = new Map<string, HclFile>();
  for (const r of firstResults.slice(firstBatch.length)) {
    digest(r);
    if (r.ok) {
      bytes += r.bytes;
      varParsed.set(r.file, { file: r.file, json: r.json as JsonObject, lines: r.lines ?? lazyLineIndex(r.text) });
    } else {
      errors.push({ file: r.file, line: r.line, column: r.column, message: r.message });
    }
  }
  const cliVars = commandLineVariables(options.vars ?? [], errors);
  const envVars = environmentVariables(options.env ?? {});

  // Follow local module calls until every called directory is loaded.
  const explicit = (targets.explicit ?? []).map((p) => resolve(isDirectory(p) ? p : dirname(p)));
  const inExplicit = (dir: string) => explicit.some((p) => dir === p || dir.startsWith(p.endsWith(sep) ? p : p + sep));
  const defs = new Map<string, ModuleDef>();
  const called = new Set<string>();
  const callees = new Map<string, string[]>();
  /** The package a downloaded directory belongs to: `.terraform/modules/<name>` of the root module holding it. */
  const inSomePackage = modulesDirMarker();
  const packageOf = (dir: string): string | undefined => {
    // Most directories are in no package: skip comparing them with every scanned directory (quadratic in a monorepo).
    if (!inSomePackage(dir)) return undefined;
    for (const root of scanned) {
      const base = join(root, MODULES_DIR);
      if (dir !== base && !isOutside(dir, base)) return join(base, relative(base, dir).split(sep)[0]);
    }
    return undefined;
  };
  /** Local calls out of a downloaded package (`dir\0source`): not followed, and not evaluated either. */
  const escaped = new Set<string>();
  const follow = async (start: string[]) => {
    let pending = start;
    while (pending.length > 0) {
      const next: string[] = [];
      for (const dir of pending) {
        const files = (moduleFiles.get(dir) ?? []).map((f) => parsed.get(f)).filter((f): f is HclFile => !!f);
        const def = new ModuleDef(dir, mergeModuleOverrides(files, errors));
        defs.set(dir, def);
        const pkg = packageOf(dir);
        for (const call of def.moduleCalls.values()) {
          if (!isLocalSource(call.source)) continue;
          const target = resolve(dir, call.source);
          if (pkg !== undefined && isOutside(target, pkg)) {
            // Terraform resolves a local path in a downloaded module within its package, and rejects one leading out.
            const loc = locationOf(call.src);
            errors.push({
              file: loc.file,
              line: loc.line,
              message: `module "${call.name}": source "${call.source}" leads out of the module package terraform init downloaded, which Terraform rejects, so moat did not follow it; the module's authors must fix the path`,
            });
            escaped.add(`${dir}\u0000${call.source}`);
            continue;
          }
          if (target !== dir) called.add(target);
          callees.set(dir, [...(callees.get(dir) ?? []), target]);
          const loc = locationOf(call.src);
          if (explicit.length > 0 && inExplicit(dir) && !inExplicit(target)) {
            notices.push({
              file: loc.file,
              line: loc.line,
              message: `module "${call.name}": source "${call.source}" is outside the paths given to the scan; moat followed it and evaluated its resources as part of this module, and reports findings in its files`,
            });
          }
          if (moduleFiles.has(target)) continue;
          if (!isDirectory(target)) {
            errors.push({
              file: loc.file,
              line: loc.line,
              message: `module "${call.name}": source "${call.source}" is not a directory; fix the path or remove the call`,
            });
            moduleFiles.set(target, []);
            continue;
          }
          const files = listModuleFiles(target, errors, reader);
          moduleFiles.set(target, files);
          next.push(target);
        }
      }
      if (next.length > 0) record(await parseHclFiles(next.flatMap((d) => moduleFiles.get(d) ?? []), options.parse));
      pending = next;
    }
  };
  await follow([...moduleFiles.keys()]);

  // Registry and Git modules that `terraform init` downloaded, through each scanned directory's module manifest (the
  // directories that can be roots): loaded with what they call, until no call reaches a directory not yet loaded.
  const manifests = new Map<string, ModuleManifest>();
  for (const dir of scanned) {
    const read = readModuleManifest(dir);
    if (read.kind === "error") errors.push(read.error);
    if (read.kind === "ok") manifests.set(dir, read.manifest);
    if (read.kind === "legacy") {
      notices.push({
        file: read.file,
        message: "was written by Terraform 0.11, whose module manifest moat does not read, so the modules it downloaded are listed as not scanned; run `terraform init` with Terraform 0.12 or later to have them scanned",
      });
    }
  }
  const refusedSeen = new Set<string>();
  for (;;) {
    const fresh = new Set<string>();
    for (const manifest of manifests.values()) {
      for (const d of downloadedDirs(manifest, defs, (call, message) => {
        const loc = locationOf(call.src);
        const key = `${manifest.file}\u0000${loc.file}:${loc.line}`;
        if (!refusedSeen.has(key)) errors.push({ file: loc.file, line: loc.line, message: `module "${call.name}": ${message}` });
        refusedSeen.add(key);
      }, (dir, source) => escaped.has(`${dir}\u0000${source}`))) {
        if (!moduleFiles.has(d)) fresh.add(d);
      }
    }
    if (fresh.size === 0) break;
    for (const d of fresh) moduleFiles.set(d, listModuleFiles(d, errors, reader));
    record(await parseHclFiles([...fresh].flatMap((d) => moduleFiles.get(d) ?? []), options.parse));
    await follow([...fresh]);
  }

  const roots = chooseRoots(scanned, new Set(explicit), called, callees);
  const evaluated = options.evaluates ? roots.filter(options.evaluates) : roots;

  const resources: Resource[] = [];
  const edges: EdgeInput[] = [];
  const remoteModules: RemoteModule[] = [];
  const files = parsed.size + varParsed.size;
  const boundaries = new Boundaries(scanBoundaries(targets));
  for (const root of evaluated) {
    const def = defs.get(root);
    if (!def) continue;
    const varValues = [...envVars, ...fileVariables([...(varFilesByDir.get(root) ?? []), ...commonVarFiles], varParsed), ...cliVars];
    const manifest = manifests.get(root);
    const ev = new Evaluation(root, (dir) => defs.get(dir), (from, source) => (escaped.has(`${from}\u0000${source}`) ? join(from, "\u0000escaped") : resolve(from, source)), budget, (key, call) => downloadedModule(manifest, key, call));
    ev.files = new ScanFiles(root, boundaries, budget);
    ev.workspace = options.workspace ?? nonEmpty(options.env?.TF_WORKSPACE) ?? selectedWorkspace(root);
    try {
      const inputs = new Map<string, Value>();
      const rootModule = new ModuleInstance(ev, def, "", [], (name) => (inputs.has(name) ? { value: inputs.get(name), refs: new Set() } : undefined), 0);
      for (const { name, value, file, path, fromEnvironment } of varValues) {
        const declared = def.variables.get(name);
        // Terraform ignores a TF_VAR_ variable that no module declares; it warns for files and the command line.
        if (!declared && !fromEnvironment) {
          // Terraform warns ("Value for undeclared variable"): usually a typo, or a file meant for another root.
          const line = file?.lines.lookup(path)?.line;
          const notice = {
            file: file?.file ?? "(command line)",
            ...(line !== undefined ? { line } : {}),
            message: `sets variable "${name}", which the root module ${relativeRoot(root, file?.file)}does not declare, so the value is not used (Terraform warns "Value for undeclared variable"); check the name`,
          };
          const key = `${notice.file}:${line}:${name}:${root}`;
          if (!undeclaredSeen.has(key)) notices.push(notice);
          undeclaredSeen.add(key);
        }
        const typeIsString = declared?.body.type === "${string}";
        if (file) inputs.set(name, evalTfvarsValue(value, file, path, rootModule));
        else {
          budget.site = undefined;
          budget.label = "(command line)";
          inputs.set(name, typeIsString ? value : parseCliVarValue(value, budget));
          budget.label = "(evaluation)";
        }
      }
      rootModule.expandAll();
      const out = resourcesOf(ev);
      resources.push(...out.resources);
      edges.push(...out.edges);
      remoteModules.push(...ev.remoteModules);
    } catch (e) {
      // One root module lost (a bug, or a stack exhausted despite the guards); the other roots are still evaluated.
      budget.depth = 0;
      const firstFile = def.files[0];
      unexpected(e, budget, `the module in this directory`, firstFile ? { file: firstFile, path: [] } : undefined);
    }
  }
  errors.push(...budget.report());
  return { resources, edges, errors, remoteModules, files, bytes, read: [...parsed.keys(), ...varParsed.keys()], roots, evaluated, ...(digests ? { digests } : {}), parsed, notices };
}

/**
 * The directories of the downloaded modules a root module's calls reach (keys from the root, as in the manifest), as
 * far as the loaded definitions go: a directory not yet loaded is returned, and walked once it is. `refused` is told
 * of a download whose directory moat will not read.
 */
function downloadedDirs(
  manifest: ModuleManifest,
  defs: Map<string, ModuleDef>,
  refused: (call: ModuleCallBlock, message: string) => void,
  escapes: (dir: string, source: string) => boolean,
): string[] {
  const found: string[] = [];
  const walk = (dir: string, key: string, path: string[]) => {
    const def = defs.get(dir);
    if (!def) {
      found.push(dir);
      return;
    }
    for (const call of def.moduleCalls.values()) {
      const callKey = key === "" ? call.name : `${key}.${call.name}`;
      // Only where the manifest records a module at or below this call (it also bounds a cycle of local calls).
      if (!manifest.prefixes.has(callKey)) continue;
      const remote = callSourceOf(call);
      let target: string;
      if (remote) {
        const download = downloadedModule(manifest, callKey, remote);
        if (!download.ok) {
          if (download.error !== undefined) refused(call, download.error);
          continue;
        }
        target = download.dir;
      } else if (isLocalSource(call.source) && !escapes(dir, call.source)) target = resolve(dir, call.source);
      else continue;
      if (!path.includes(target)) walk(target, callKey, [...path, target]);
    }
  };
  walk(manifest.root, "", [manifest.root]);
  return found;
}

/**
 * Whether a directory's path holds a `.terraform/modules` segment: a directory inside some root's downloaded
 * packages must (its path starts with that root's `.terraform/modules/`). Case-insensitive on Windows, as
 * `path.relative` is there.
 */
function modulesDirMarker(): (dir: string) => boolean {
  const marker = `${sep}${MODULES_DIR}${sep}`;
  if (process.platform !== "win32") return (dir) => dir.includes(marker);
  const lower = marker.toLowerCase();
  return (dir) => dir.toLowerCase().includes(lower);
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === "" ? undefined : text.trim();
}

/**
 * The workspace `terraform workspace select` recorded for a root module: Terraform reads `.terraform/environment`
 * in the working directory when `TF_WORKSPACE` is not set (internal/command/meta.go, `Workspace()`), trimming
 * whitespace. Without that file Terraform would use "default"; moat leaves the workspace unknown instead, since a
 * repository that uses workspaces rarely means "default" and a static scan cannot tell.
 */
function selectedWorkspace(root: string): string | undefined {
  const file = join(root, ".terraform", "environment");
  try {
    // Most roots have none: `throwIfNoEntry` spares making an exception for each.
    const stat = lstatSync(file, { throwIfNoEntry: false });
    // A name is short: anything else (a link, a directory, a large file) is not what Terraform writes.
    if (stat === undefined || !stat.isFile() || stat.size > 1024) return undefined;
    return nonEmpty(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** How a notice names a root module: nothing when the variable file is in it, else its directory's name. */
function relativeRoot(root: string, file: string | undefined): string {
  return file !== undefined && dirname(file) === root ? "" : `"${basename(root)}" `;
}

/**
 * The root modules: the directories the user named, and every scanned directory no other scanned module calls.
 * Modules that only call each other (a cycle) would leave none of them a root: the first of each such group becomes
 * one, so every scanned directory is evaluated at least once (the evaluator reports the cycle itself).
 */
function chooseRoots(scanned: string[], explicit: Set<string>, called: Set<string>, callees: Map<string, string[]>): string[] {
  const roots = scanned.filter((d) => explicit.has(d) || !called.has(d));
  const reached = new Set<string>();
  const visit = (from: string) => {
    const stack = [from];
    while (stack.length > 0) {
      const dir = stack.pop() as string;
      if (reached.has(dir)) continue;
      reached.add(dir);
      stack.push(...(callees.get(dir) ?? []));
    }
  };
  roots.forEach(visit);
  for (const dir of scanned) {
    if (reached.has(dir)) continue;
    roots.push(dir);
    visit(dir);
  }
  return roots;
}

/** A value from a tfvars file (evaluated as HCL), or the text of a `--var` or a `TF_VAR_` variable. */
type VarValue = {
  name: string;
  path: (string | number)[];
  /** A `TF_VAR_` environment variable. */
  fromEnvironment?: boolean;
} & ({ file: HclFile; value: Json } | { file?: undefined; value: string });

/** `TF_VAR_<name>` environment variables, by name; their values are read like `--var` values. */
function environmentVariables(env: Readonly<Record<string, string | undefined>>): VarValue[] {
  return Object.keys(env)
    .filter((key) => key.startsWith("TF_VAR_") && key.length > "TF_VAR_".length && env[key] !== undefined)
    .sort()
    .map((key) => ({ name: key.slice("TF_VAR_".length), value: env[key] as string, path: [], fromEnvironment: true }));
}

/** A directory's own variable files, in Terraform's order: terraform.tfvars, then *.auto.tfvars by name. */
function variableFilesOf(dir: string, reader: DirectoryReader): string[] {
  const entries = reader
    .read(dir)
    .map((e) => e.name)
    .sort();
  // Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars and *.auto.tfvars.json by name.
  return [
    ...entries.filter((e) => e === "terraform.tfvars"),
    ...entries.filter((e) => e === "terraform.tfvars.json"),
    ...entries.filter((e) => e.endsWith(".auto.tfvars") || e.endsWith(".auto.tfvars.json")),
  ].map((e) => join(dir, e));
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
