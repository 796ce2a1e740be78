"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseShard = parseShard;
exports.shardOfKey = shardOfKey;
exports.shardKey = shardKey;
exports.selectShard = selectShard;
exports.shardReport = shardReport;
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
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const paths_1 = require("../core/paths");
const report_1 = require("./report");
/** `K/N` as given to --shard; undefined when it is not one (the caller says how to write it). */
function parseShard(text) {
    const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
    if (!match)
        return undefined;
    const index = Number(match[1]);
    const total = Number(match[2]);
    return index >= 1 && total >= 1 && index <= total ? { index, total } : undefined;
}
/** The shard (1-based) of a root module or plan, by its stable key (a `/`-separated relative path). */
function shardOfKey(key, total) {
    const hash = (0, node_crypto_1.createHash)("sha256").update(key).digest();
    return (hash.readUInt32BE(0) % total) + 1;
}
/**
 * A path's key: relative to its repository (the directory holding `.git`), or to the working directory outside one,
 * with `/` separators.
 */
function shardKey(path, cwd) {
    const real = (0, paths_1.realPath)(path);
    const boundary = (0, paths_1.scanBoundary)((0, paths_1.isDirectory)(real) ? real : (0, node_path_1.dirname)(real));
    const rel = (0, node_path_1.relative)(boundary.repository ? boundary.dir : (0, paths_1.realPath)(cwd), real) || ".";
    return node_path_1.sep === "/" ? rel : rel.split(node_path_1.sep).join("/");
}
/**
 * One shard of the scan. Every shard reads and parses what one scan reads (so the root modules, and the errors about
 * files, variable files and module manifests, are exactly one scan's), then evaluates only the roots whose key is its
 * own; modules that its roots call are evaluated with them, as in one scan. Plans are split by their own keys.
 */
function selectShard(shard, cwd) {
    const mine = (path) => shardOfKey(shardKey(path, cwd), shard.total) === shard.index;
    const selection = {
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
function shardReport(shard, selection, read) {
    const rel = (path) => (0, report_1.displayPath)(path, read.cwd);
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
function treeDigest(selection, read) {
    const size = (file) => {
        try {
            return String((0, node_fs_1.statSync)(file).size);
        }
        catch {
            return "unreadable";
        }
    };
    const lines = [
        ...[...read.roots.all, ...selection.allPlans].map((p) => `root ${shardKey(p, read.cwd)}`),
        ...selection.allPlans.map((p) => `plan ${shardKey(p, read.cwd)} ${size(p)}`),
        ...[...read.digests].map(([file, hash]) => `file ${(0, report_1.displayPath)(file, read.cwd)} ${hash}`),
    ];
    return sha256(lines.sort().join("\n"));
}
function sha256(text) {
    return (0, node_crypto_1.createHash)("sha256").update(text).digest("hex");
}
