/**
 * `moat scan --shard K/N`: one of N scans that together cover what one scan covers, for a CI matrix over a large
 * repository. What is split is the evaluation of the root modules (a module a root calls is evaluated with that root,
 * in its shard, as one scan evaluates it) and the plan files; every shard reads and parses the Terraform configuration
 * as one scan does, so that it chooses the same roots and reports the same errors about files; `moat merge` (cli/merge.ts) puts the shards' JSON reports together.
 *
 * Which shard a root goes to depends only on its path relative to its repository (or to the working directory outside
 * one): a stable hash of that path, modulo N. So every machine splits the same way, and adding or removing a root
 * moves no other root; the price is balance, which is that of a random split (about R/N roots each, ± √(R/N)).
 */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { dirname, relative, sep } from "node:path";
import { isDirectory, realPath, scanBoundary } from "../core/paths";
import { type ReportShard, displayPath } from "./report";

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

/** What a shard scans: its plans, and which root modules it evaluates; and, once the scan ran, what it listed. */
export interface ShardSelection {
  settings: { plans: (plans: string[]) => string[]; evaluates: (root: string) => boolean };
  /** The shard's plans (absolute), once `settings.plans` ran. */
  plans: string[];
  /** Every plan of the whole scan, once `settings.plans` ran. */
  allPlans: string[];
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
 * One shard of the scan. Every shard reads and parses what one scan reads (so the root modules, and the errors about
 * files, variable files and module manifests, are exactly one scan's), then evaluates only the roots whose key is its
 * own; modules that its roots call are evaluated with them, as in one scan. Plans are split by their own keys.
 */
export function selectShard(shard: Shard, cwd: string): ShardSelection {
  const mine = (path: string) => shardOfKey(shardKey(path, cwd), shard.total) === shard.index;
  const selection: ShardSelection = {
    plans: [],
    allPlans: [],
    settings: {
      plans: (plans) => {
        selection.allPlans = [...plans];
        selection.plans = plans.filter(mine);
        return selection.plans;
      },
      evaluates: mine,
    },
  };
  return selection;
}

/** What a shard's report adds (report.ts, ReportShard), from what its scan read. */
export function shardReport(
  shard: Shard,
  selection: ShardSelection,
  read: {
    cwd: string;
    /** The root modules of the whole scan, and those this shard evaluated (absolute). */
    roots: { all: string[]; evaluated: string[] };
    /** The SHA-256 of every Terraform file read, by absolute path. */
    digests: ReadonlyMap<string, string>;
    /** The Terraform files read (configuration and variable files, absolute) and the --var-file files (absolute). */
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
    roots: read.roots.evaluated.map(rel).sort(),
    plans: selection.plans.map(rel).sort(),
    files,
    otherFiles: Math.max(0, read.files - read.sourceFiles.length - read.varFiles.filter((f) => !read.sourceFiles.includes(f)).length),
    rules: read.rules,
    digests: { config: sha256(read.configText ?? "\u0000none"), arguments: sha256(read.arguments), tree: treeDigest(selection, read) },
    ...(read.baseline ? { baseline: { entries: read.baseline.entries, matched: [...new Set(read.baseline.matched)].sort() } } : {}),
  };
}

/**
 * What identifies the tree scanned, computed alike by every shard (each reads every Terraform file): the keys of all
 * root modules and plans, the path and SHA-256 of every configuration and variable file read, and the size of every plan.
 */
function treeDigest(selection: ShardSelection, read: { cwd: string; roots: { all: string[] }; digests: ReadonlyMap<string, string> }): string {
  const size = (file: string) => {
    try {
      return String(statSync(file).size);
    } catch {
      return "unreadable";
    }
  };
  const lines = [
    ...[...read.roots.all, ...selection.allPlans].map((p) => `root ${shardKey(p, read.cwd)}`),
    ...selection.allPlans.map((p) => `plan ${shardKey(p, read.cwd)} ${size(p)}`),
    ...[...read.digests].map(([file, hash]) => `file ${displayPath(file, read.cwd)} ${hash}`),
  ];
  return sha256(lines.sort().join("\n"));
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
