/**
 * What the user asked to scan: each command-line path classified by the door that reads it. A directory is walked
 * for Terraform module directories and everything found is reported. A `.json` file is a Terraform plan.
 *
 * Files named as pre-commit and lint-staged name them (docs/file-arguments.md):
 * - a `.tf` or `.tf.json` file is scanned with its whole module (every configuration file of its directory, its
 *   tfvars, its module calls) and with the modules of the repository that call that directory, directly or through
 *   others, so it is evaluated as a scan of the repository evaluates it; only the findings (and checks not
 *   evaluated) located in the named files are reported;
 * - a `.tfvars` or `.tfvars.json` file is a variable file for the root module of its directory (after that
 *   directory's own terraform.tfvars and *.auto.tfvars, before --var-file), and that root's findings are all reported;
 * - `moat.config.yaml` (`.yml`, `.json`) or a baseline (`moat-baseline.json`, `.moat-baseline.json`, or the file given
 *   with --baseline) scans the whole repository it is in: a changed policy can change any finding.
 * A path that yields nothing to scan is a problem, never a silent pass.
 *
 * The walk stays inside the repository it starts in (the directory holding `.git` above the named directory, or the
 * named directory itself outside a repository): a symbolic link to a directory outside it is not followed, and a
 * `.tf` file linked from outside it is not read; both are reported. Each real directory and file is scanned once,
 * however many arguments or links reach it.
 */
import { type Dirent, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CONFIG_FILE_NAMES } from "../core/config";
import { isDirectory, isOutside, realPath, scanBoundary } from "../core/paths";
import type { Notice } from "../core/suppressions";
import { type TerraformTargets, isConfigurationFile } from "../hcl-rules/project";
import { SKIPPED_DIRS_TEXT, callersOf, isSkippedDir } from "./callers";

export { SKIPPED_DIRS_TEXT } from "./callers";
import { displayPath } from "./report";

/** Something on the command line that cannot be scanned; it makes the run exit 2. */
export interface InputProblem {
  /** The path as the user wrote it (or the absolute path of something found below it). */
  file: string;
  message: string;
}

export interface ScanInputs {
  /** Terraform source: module directories found by walking, named `.tf` files, and what the user named. */
  terraform: TerraformTargets;
  /** Terraform plan JSON files (`terraform show -json plan.out`), absolute; `-` is standard input. */
  plans: string[];
  problems: InputProblem[];
  /** What was scanned once though given twice, and links that were not followed: said, never silent. */
  notices: Notice[];
  /** Set when files were named (a `.tf` or tfvars file): what the report keeps; see ReportScope. */
  reportOnly?: ReportScope;
}

/**
 * What a scan of named files reports: the findings and unevaluated checks located in `files`, and all of those of the
 * root modules in `roots` (the directories walked, the directories of named tfvars files). Errors are all reported.
 */
export interface ReportScope {
  /** The named `.tf` / `.tf.json` files, absolute. */
  files: string[];
  /** Root module directories reported as a whole, absolute. */
  roots: string[];
}

export interface ClassifyOptions {
  /** `--baseline` as given: the same file named as a path is recognised as the baseline. */
  baseline?: string;
}

/** A baseline recognised by its name (the name the README suggests), or the one given with --baseline. */
const BASELINE_NAME = /^\.?moat-baseline\.json$/i;

function isPolicyFile(path: string, cwd: string, options: ClassifyOptions): boolean {
  const name = basename(path);
  if ((CONFIG_FILE_NAMES as readonly string[]).includes(name) || BASELINE_NAME.test(name)) return true;
  return options.baseline !== undefined && realPath(resolve(cwd, options.baseline)) === realPath(path);
}


/** A module directory found by the walk; `files` is set when some of its .tf files were refused (linked from outside). */
interface FoundDir {
  dir: string;
  real: string;
  files?: string[];
}

/** Classifies the paths (relative to `cwd`); every absolute path in the result is resolved against `cwd`. */
export function classifyInputs(paths: readonly string[], cwd: string, options: ClassifyOptions = {}): ScanInputs {
  const inputs: ScanInputs = { terraform: { dirs: [], files: [], explicit: [], varFiles: [] }, plans: [], problems: [], notices: [] };
  // Real path → the module directory found there (the path first seen for it), and the argument that reached it first.
  const dirs = new Map<string, FoundDir>();
  const reachedBy = new Map<string, string>();
  // Walks started by a config or baseline file: a named file inside them is scanned once, without a notice.
  const policyWalks = new Set<string>();
  // Real path of each argument → the argument as given: the same file or directory given twice is scanned once.
  const given = new Map<string, string>();
  const named: string[] = [];
  const duplicate = (path: string, as: string, first: string) =>
    inputs.notices.push({ kind: "input", file: path, message: `is given more than once (as ${quote(first)} and ${quote(as)}); it is scanned once` });
  const walk = (arg: string, path: string) => {
    const problemsBefore = inputs.problems.length;
    const found = moduleDirsUnder(path, cwd, inputs);
    if (found.length === 0 && inputs.problems.length === problemsBefore) {
      inputs.problems.push({
        file: arg,
        message: `no Terraform files (.tf) found in this directory or below it (${SKIPPED_DIRS_TEXT} are not searched); check the path`,
      });
    }
    const covering = found.length > 0 && found.every((f) => dirs.has(f.real)) ? reachedBy.get(found[0].real) : undefined;
    if (covering !== undefined && !policyWalks.has(covering)) {
      inputs.notices.push({ kind: "input", file: path, message: `is inside ${quote(covering)}, which is scanned with the directories below it; it is scanned once` });
    }
    for (const f of found) {
      if (dirs.has(f.real)) continue;
      dirs.set(f.real, f);
      reachedBy.set(f.real, arg);
    }
    inputs.terraform.explicit!.push(dirs.get(realPath(path))?.dir ?? path);
  };
  for (const arg of paths) {
    if (arg === "-") {
      if (given.has("-")) duplicate("(standard input)", "-", "-");
      else inputs.plans.push("-");
      given.set("-", "-");
      continue;
    }
    const path = resolve(cwd, arg);
    const real = realPath(path);
    const first = given.get(real);
    if (first !== undefined) {
      if (!policyWalks.has(first)) duplicate(path, arg, first);
      continue;
    }
    given.set(real, arg);
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      inputs.problems.push({ file: arg, message: missingMessage(e) });
      continue;
    }
    if (stat.isDirectory()) {
      walk(arg, path);
    } else if (stat.isFile() && isPolicyFile(path, cwd, options)) {
      // A config or a baseline changes what any finding of the repository is: the whole repository is scanned.
      const repository = scanBoundary(dirname(real)).dir;
      const label = displayPath(repository, cwd);
      if (given.has(repository)) continue;
      given.set(repository, label);
      policyWalks.add(label);
      walk(label, repository);
    } else if (stat.isFile()) {
      classifyFile(arg, path, inputs, named);
    } else {
      inputs.problems.push({ file: arg, message: "is not a file or a directory; pass Terraform files, directories or plan JSON" });
    }
  }
  // A named file whose directory the walk scans as a whole is already scanned, and all its findings are reported.
  const namedFiles = named.filter((file) => {
    const owner = reachedBy.get(realPath(dirname(file)));
    const dir = dirs.get(realPath(dirname(file)));
    if (owner === undefined || dir === undefined || (dir.files !== undefined && !dir.files.includes(file))) return true;
    if (!policyWalks.has(owner)) inputs.notices.push({ kind: "input", file, message: `is inside ${quote(owner)}, which is scanned as a whole; it is scanned once` });
    return false;
  });
  const varFiles = inputs.terraform.varFiles!;
  // The modules the named files belong to, the modules of the repository that call them, and the directories of the
  // named variable files: scanned whole, reported only where the scope says.
  const context = new Map<string, FoundDir>();
  const addContext = (dir: string): boolean => {
    const real = realPath(dir);
    if (dirs.has(real) || context.has(real)) return true;
    const found = moduleDirsUnder(dir, cwd, inputs, false);
    if (found.length > 0) context.set(real, found[0]);
    return found.length > 0;
  };
  const moduleDirs = [...new Set(namedFiles.map((f) => dirname(f)))];
  for (const dir of moduleDirs) addContext(dir);
  const byRepository = new Map<string, string[]>();
  for (const dir of moduleDirs) {
    const repository = scanBoundary(realPath(dir)).dir;
    byRepository.set(repository, [...(byRepository.get(repository) ?? []), realPath(dir)]);
  }
  for (const [repository, modules] of byRepository) for (const caller of callersOf(modules, repository)) addContext(caller);
  // Named files are scanned as `moat scan .` from the root of their repository scans them: that directory counts as
  // named, so it is a root module even when a module calls it (an example calling `../../`, say), which keeps the
  // findings' addresses and fingerprints, and file functions read inside the repository (hcl-rules/file-functions.ts).
  const repositories = new Set([...namedFiles, ...varFiles].map((f) => scanBoundary(realPath(dirname(f))).dir));
  for (const repository of repositories) inputs.terraform.explicit!.push(context.get(repository)?.dir ?? dirs.get(repository)?.dir ?? repository);
  const varRoots: string[] = [];
  for (const file of varFiles) {
    const dir = dirname(file);
    if (addContext(dir)) varRoots.push(dirs.get(realPath(dir))?.dir ?? context.get(realPath(dir))?.dir ?? dir);
    else {
      inputs.problems.push({
        file,
        message: "is a variables file in a directory without Terraform files (.tf), so moat cannot tell which root module it is for; scan the root module's directory with --var-file " + quote(displayPath(file, cwd)),
      });
    }
  }
  inputs.terraform.varFiles = varFiles.filter((f) => varRoots.some((d) => realPath(d) === realPath(dirname(f))));
  for (const f of [...dirs.values(), ...context.values()].sort((a, b) => compare(a.dir, b.dir))) {
    if (f.files === undefined) inputs.terraform.dirs.push(f.dir);
    else inputs.terraform.files.push(...f.files);
  }
  if (namedFiles.length > 0 || inputs.terraform.varFiles.length > 0) {
    inputs.reportOnly = { files: namedFiles, roots: [...new Set([...[...dirs.values()].map((f) => f.dir), ...varRoots])] };
  }
  return inputs;
}

function classifyFile(given: string, path: string, inputs: ScanInputs, named: string[]): void {
  const name = path.toLowerCase();
  if (name.endsWith(".tf") || name.endsWith(".tf.json")) {
    named.push(path);
  } else if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) {
    inputs.terraform.varFiles!.push(path);
  } else if (name.endsWith(".json")) {
    inputs.plans.push(path);
  } else {
    inputs.problems.push({
      file: given,
      message: "is neither a Terraform file (.tf, .tf.json, .tfvars) nor a Terraform plan (.json); pass a .tf file, a directory or plan JSON",
    });
  }
}

function missingMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "does not exist; check the path";
  if (code === "ELOOP") return "is a symbolic link loop; fix the link or pass its target";
  if (code === "EACCES" || code === "EPERM") return "cannot be read (permission denied); give the user running moat read access";
  return `cannot be read (${code ?? "unknown error"})`;
}

/**
 * The directories at or below `root` (only `root` when not `recursive`) that hold `.tf` files. Symbolic links are
 * followed while they stay inside the repository of `root`; each real directory is walked once, so a link loop ends. A
 * directory that cannot be read is an error (what is below it was not scanned), never skipped silently.
 */
function moduleDirsUnder(root: string, cwd: string, inputs: ScanInputs, recursive = true): FoundDir[] {
  const found: FoundDir[] = [];
  const walked = new Set<string>();
  const boundary = scanBoundary(realPath(root));
  const outside = (target: string) => isOutside(target, boundary.dir);
  const area = boundary.repository ? "the repository" : "the scanned directory";
  const where = `outside ${area} (${quote(displayPath(boundary.dir, cwd))})`;
  const visit = (dir: string): void => {
    const real = realPath(dir);
    if (walked.has(real)) return;
    walked.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      inputs.problems.push({ file: dir, message: unreadableDirMessage(e) });
      return;
    }
    entries.sort((a, b) => compare(a.name, b.name));
    const tfFiles: string[] = [];
    let refused = false;
    const subdirs: string[] = [];
    for (const entry of entries) {
      const child = join(dir, entry.name);
      // The same test as the Terraform door's own listing: a symbolic link named *.tf or *.tf.json is a file to parse.
      const isTf = isConfigurationFile(entry.name);
      if (entry.isSymbolicLink()) {
        const target = realPathOrUndefined(child);
        if (target !== undefined && outside(target)) {
          const to = quote(displayPath(target, cwd));
          if (isTf) {
            refused = true;
            inputs.problems.push({
              file: child,
              message: `is a symbolic link to ${to}, ${where}, so it was not read and its module was scanned without it; copy the file into ${area} or scan a directory that holds both`,
            });
          } else if (recursive && isDirectory(target) && !isSkippedDir(entry.name)) {
            // Not followed, and not silently: whatever Terraform code is there was not scanned (exit 2). An `exclude:`
            // entry for the link says it holds none, and drops this error.
            inputs.problems.push({
              file: child,
              message: `is a symbolic link to ${to}, ${where}, so it was not followed and anything below it was not scanned; scan that directory on its own, or exclude the link in moat.config.yaml if it holds no Terraform code`,
            });
          }
          continue;
        }
        if (isTf) tfFiles.push(child);
        if (!isSkippedDir(entry.name) && target !== undefined && isDirectory(target)) subdirs.push(child);
      } else if (entry.isFile()) {
        if (isTf) tfFiles.push(child);
      } else if (entry.isDirectory() && !isSkippedDir(entry.name)) {
        subdirs.push(child);
      }
    }
    if (tfFiles.length > 0) found.push(refused ? { dir, real, files: tfFiles } : { dir, real });
    if (recursive) for (const sub of subdirs) visit(sub);
  };
  visit(root);
  return found;
}

function unreadableDirMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const what = code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? "unknown error");
  return `directory cannot be read (${what}), so the Terraform files in it and below it were not scanned; give the user running moat read access, or exclude the directory in moat.config.yaml`;
}

/** A path in a message, quoted only when it could be misread. */
function quote(path: string): string {
  return /^[\w./@+-]+$/.test(path) ? path : JSON.stringify(path);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function realPathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

