/**
 * `moat scan --shard K/N`: one of N scans that together cover what one scan covers, for a CI matrix over a large
 * repository. What is split is the root modules (a module a root calls is evaluated with that root, in its shard, as
 * one scan evaluates it) and the plan files; `moat merge` (cli/merge.ts) puts the shards' JSON reports together.
 *
 * Which shard a root goes to depends only on its path relative to its repository (or to the working directory outside
 * one): a stable hash of that path, modulo N. So every machine splits the same way, and adding or removing a root
 * moves no other root; the price is balance, which is that of a random split (about R/N roots each, ± √(R/N)).
 */
import { createHash } from "node:crypto";
import { dirname, relative, resolve, sep } from "node:path";
import { isDirectory, realPath, scanBoundary } from "../core/paths";
import { isLocalSource } from "../hcl-rules/evaluate";
import { type HclFile, ModuleDef } from "../hcl-rules/module-def";
import { configurationFilesIn, localModuleTargets, rootModules } from "./callers";
import type { ScanInputs } from "./inputs";
import { type ReportError, type ReportShard, displayPath } from "./report";

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

/** `K/N` as given to --shard; undefined when it is not one (the caller says how to write it). */
export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const total = Number(match[2]);
  return index >= 1 && total >= 1 && index <= total ? { index, total } : undefined;
}

/** The shard (1-based) of a root module or plan, by its stable key (a `/`-separated relative path). */
export function shardOfKey(key: string, total: number): number {
  const hash = createHash("sha256").update(key).digest();
  return (hash.readUInt32BE(0) % total) + 1;
}

/** What a shard scans: the inputs narrowed to its roots and plans, and those (absolute) for its report. */
export interface ShardSelection {
  inputs: ScanInputs;
  roots: string[];
  plans: string[];
  /** Every root module and plan of the whole scan, each by its key, sorted: all shards of one tree list the same. */
  allRoots: string[];
}

/**
 * A path's key: relative to its repository (the directory holding `.git`), or to the working directory outside one,
 * with `/` separators.
 */
export function shardKey(path: string, cwd: string): string {
  const real = realPath(path);
  const boundary = scanBoundary(isDirectory(real) ? real : dirname(real));
  const rel = relative(boundary.repository ? boundary.dir : realPath(cwd), real) || ".";
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/**
 * Narrows the inputs (after the excludes took their part) to one shard: the module directories of its root modules
 * and its plan files. Modules that its roots call are not listed here: the source door follows the calls, as it does
 * in one scan. Problems and notices about the inputs stay in every shard (merge lists each once).
 */
export function selectShard(inputs: ScanInputs, shard: Shard, cwd: string): ShardSelection {
  const modules = new Map<string, string[]>();
  for (const dir of inputs.terraform.dirs) modules.set(resolve(dir), configurationFilesIn(resolve(dir)));
  for (const file of inputs.terraform.files) {
    const dir = resolve(dirname(file));
    if (inputs.terraform.dirs.some((d) => resolve(d) === dir)) continue;
    modules.set(dir, [...(modules.get(dir) ?? []), resolve(file)]);
  }
  const explicit = (inputs.terraform.explicit ?? []).map((p) => resolve(isDirectory(p) ? p : dirname(p)));
  const roots = rootModules(modules, explicit);
  const mine = new Set(roots.filter((root) => shardOfKey(shardKey(root, cwd), shard.total) === shard.index));
  const plans = inputs.plans.filter((plan) => shardOfKey(shardKey(plan, cwd), shard.total) === shard.index);
  return {
    inputs: {
      ...inputs,
      terraform: {
        ...inputs.terraform,
        dirs: inputs.terraform.dirs.filter((d) => mine.has(resolve(d))),
        files: inputs.terraform.files.filter((f) => mine.has(resolve(dirname(f)))),
      },
      plans,
    },
    roots: [...mine],
    plans,
    allRoots: [...roots, ...inputs.plans].map((p) => shardKey(p, cwd)).sort(),
  };
}

/**
 * The split reads module calls from the files' text, before anything is parsed; the scan then follows the calls the
 * parser found. Where the two differ for a file this shard parsed (a call in a heredoc, say), a root may have gone to
 * no shard or to two: an error (exit 2) says so, naming the file, rather than a merge that silently differs from one
 * scan. Only targets that are module directories (holding configuration files) count, so a `source` of another kind
 * of block (an S3 object's file) is no difference.
 */
export function splitMismatches(parsed: ReadonlyMap<string, HclFile>): ReportError[] {
  const errors: ReportError[] = [];
  const isModule = (dir: string) => configurationFilesIn(dir).length > 0;
  for (const [file, hcl] of parsed) {
    const dir = dirname(file);
    const calls = [...new ModuleDef(dir, [hcl]).moduleCalls.values()];
    const byParser = new Set(calls.filter((c) => isLocalSource(c.source)).map((c) => resolve(dir, c.source!)));
    const byText = new Set(localModuleTargets(file));
    const differ = [...new Set([...byParser, ...byText])].filter((t) => t !== dir && byParser.has(t) !== byText.has(t) && isModule(t));
    if (differ.length === 0) continue;
    errors.push({
      file,
      message: `--shard read the local module calls of this file from its text differently from the parser (${differ.map((t) => relative(dir, t) || ".").join(", ")}), so the roots may not be split as one scan chooses them; scan without --shard, and please report it`,
    });
  }
  return errors;
}

/** What a shard's report adds (report.ts, ReportShard), from what its scan read. */
export function shardReport(
  shard: Shard,
  selection: ShardSelection,
  read: {
    cwd: string;
    /** The Terraform files parsed (absolute) and the --var-file files (absolute) the scan read. */
    sourceFiles: readonly string[];
    varFiles: readonly string[];
    /** The report's count of files read. */
    files: number;
    /** The rules that ran, `ID:level`. */
    rules: string[];
    /** The config file's text, or undefined for none. */
    configText: string | undefined;
    /** Paths and result-changing flags, as one string. */
    arguments: string;
    /** With --baseline: its distinct entries, and the fingerprints of this shard's findings it holds. */
    baseline?: { entries: number; matched: string[] };
  },
): ReportShard {
  const rel = (path: string) => displayPath(path, read.cwd);
  const files = [...new Set([...read.sourceFiles, ...read.varFiles].map(rel))].sort();
  return {
    index: shard.index,
    total: shard.total,
    roots: selection.roots.map(rel).sort(),
    plans: selection.plans.map(rel).sort(),
    files,
    otherFiles: Math.max(0, read.files - read.sourceFiles.length - read.varFiles.filter((f) => !read.sourceFiles.includes(f)).length),
    rules: read.rules,
    digests: { config: sha256(read.configText ?? "\u0000none"), arguments: sha256(read.arguments), tree: sha256(selection.allRoots.join("\n")) },
    ...(read.baseline ? { baseline: { entries: read.baseline.entries, matched: [...new Set(read.baseline.matched)].sort() } } : {}),
  };
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
