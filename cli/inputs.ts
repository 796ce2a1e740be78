/**
 * What the user asked to scan: each command-line path classified by the door that reads it. A directory is walked
 * for Terraform module directories, a `.tf` file is scanned with the other named files of its directory, and a
 * `.json` file is a Terraform plan. A path that yields nothing to scan is a problem, never a silent pass.
 */
import { type Dirent, readdirSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TerraformTargets } from "../hcl-rules/project";

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
}

/**
 * Directories never walked into: `.terraform` holds downloaded copies of modules (scanning them would report the
 * same code twice, or someone else's), `.git` and other hidden directories (`.terragrunt-cache`, editor folders)
 * hold no configuration of the user's own, and `node_modules` holds packages. A directory named on the command line
 * is always scanned, hidden or not.
 */
export function isSkippedDir(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

export const SKIPPED_DIRS_TEXT = "node_modules and hidden directories such as .terraform and .git";

/** Classifies the paths (relative to `cwd`); every absolute path in the result is resolved against `cwd`. */
export function classifyInputs(paths: readonly string[], cwd: string): ScanInputs {
  const inputs: ScanInputs = { terraform: { dirs: [], files: [], explicit: [] }, plans: [], problems: [] };
  // Real path → the path first seen for it, so a directory reached twice (two arguments, a symbolic link) is one module.
  const dirs = new Map<string, string>();
  for (const given of paths) {
    if (given === "-") {
      inputs.plans.push("-");
      continue;
    }
    const path = resolve(cwd, given);
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      inputs.problems.push({ file: given, message: missingMessage(e) });
      continue;
    }
    if (stat.isDirectory()) {
      const problemsBefore = inputs.problems.length;
      const found = moduleDirsUnder(path, inputs.problems);
      if (found.length === 0 && inputs.problems.length === problemsBefore) {
        inputs.problems.push({
          file: given,
          message: `no Terraform files (.tf) found in this directory or below it (${SKIPPED_DIRS_TEXT} are not searched); check the path`,
        });
      }
      for (const { dir, real } of found) if (!dirs.has(real)) dirs.set(real, dir);
      inputs.terraform.explicit!.push(dirs.get(realPath(path)) ?? path);
    } else if (stat.isFile()) {
      classifyFile(given, path, inputs);
    } else {
      inputs.problems.push({ file: given, message: "is not a file or a directory; pass Terraform files, directories or plan JSON" });
    }
  }
  inputs.terraform.dirs = [...dirs.values()].sort();
  return inputs;
}

function classifyFile(given: string, path: string, inputs: ScanInputs): void {
  const name = path.toLowerCase();
  if (name.endsWith(".tf")) {
    inputs.terraform.files.push(path);
    inputs.terraform.explicit!.push(path);
  } else if (name.endsWith(".tf.json")) {
    inputs.problems.push({
      file: given,
      message: "Terraform's JSON configuration syntax (.tf.json) is not supported yet, so its resources are not scanned; moat reads .tf files and plan JSON",
    });
  } else if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) {
    inputs.problems.push({ file: given, message: `is a variables file: pass it with --var-file ${given}` });
  } else if (name.endsWith(".json")) {
    inputs.plans.push(path);
  } else {
    inputs.problems.push({
      file: given,
      message: "is neither a Terraform file (.tf) nor a Terraform plan (.json); pass a .tf file, a directory or plan JSON",
    });
  }
}

function missingMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "does not exist; check the path";
  if (code === "ELOOP") return "is a symbolic link loop; fix the link or pass its target";
  if (code === "EACCES") return "cannot be read (permission denied)";
  return `cannot be read (${(e as Error).message})`;
}

/**
 * The directories at or below `root` that hold `.tf` files. Symbolic links to directories are followed, but each
 * real directory is walked once, so a link loop ends.
 */
function moduleDirsUnder(root: string, problems: InputProblem[]): { dir: string; real: string }[] {
  const found: { dir: string; real: string }[] = [];
  const walked = new Set<string>();
  const visit = (dir: string): void => {
    const real = realPath(dir);
    if (walked.has(real)) return;
    walked.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: dir, message: `cannot be read: ${(e as Error).message}` });
      return;
    }
    // The same test as the Terraform door's own listing: a symbolic link named *.tf is a file to parse.
    // .tf.json files make a module directory too: the Terraform door reports them as not supported, never skips them.
    if (entries.some((e) => (e.isFile() || e.isSymbolicLink()) && (e.name.endsWith(".tf") || e.name.endsWith(".tf.json")))) {
      found.push({ dir, real });
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (isSkippedDir(entry.name)) continue;
      const child = join(dir, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(child))) visit(child);
    }
  };
  visit(root);
  return found;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
