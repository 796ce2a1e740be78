/** Where a scan may read: the repository that holds a path, and whether a path lies outside a directory. */
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";

/**
 * How far a scan that starts in `dir` reaches: the repository holding it (the nearest directory above with `.git`, as
 * for config discovery), or `dir` itself outside a repository. Symbolic links are followed only inside it.
 */
export function scanBoundary(dir: string): { dir: string; repository: boolean } {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return { dir: d, repository: true };
    if (dirname(d) === d) return { dir, repository: false };
  }
}

/** Whether `path` (a real path) lies outside the directory `dir` (a real path). */
export function isOutside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/** The real path, following links; the path itself when it cannot be resolved (it does not exist, a link loop). */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Whether the path is a directory (following links); false when it cannot be read. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
