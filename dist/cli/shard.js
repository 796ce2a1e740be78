"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseShard = parseShard;
exports.shardOfKey = shardOfKey;
exports.shardKey = shardKey;
exports.selectShard = selectShard;
exports.splitMismatches = splitMismatches;
exports.shardReport = shardReport;
/**
 * `moat scan --shard K/N`: one of N scans that together cover what one scan covers, for a CI matrix over a large
 * repository. What is split is the root modules (a module a root calls is evaluated with that root, in its shard, as
 * one scan evaluates it) and the plan files; `moat merge` (cli/merge.ts) puts the shards' JSON reports together.
 *
 * Which shard a root goes to depends only on its path relative to its repository (or to the working directory outside
 * one): a stable hash of that path, modulo N. So every machine splits the same way, and adding or removing a root
 * moves no other root; the price is balance, which is that of a random split (about R/N roots each, ± √(R/N)).
 */
const node_crypto_1 = require("node:crypto");
const node_path_1 = require("node:path");
const paths_1 = require("../core/paths");
const evaluate_1 = require("../hcl-rules/evaluate");
const module_def_1 = require("../hcl-rules/module-def");
const callers_1 = require("./callers");
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
 * Narrows the inputs (after the excludes took their part) to one shard: the module directories of its root modules
 * and its plan files. Modules that its roots call are not listed here: the source door follows the calls, as it does
 * in one scan. Problems and notices about the inputs stay in every shard (merge lists each once).
 */
function selectShard(inputs, shard, cwd) {
    const modules = new Map();
    for (const dir of inputs.terraform.dirs)
        modules.set((0, node_path_1.resolve)(dir), (0, callers_1.configurationFilesIn)((0, node_path_1.resolve)(dir)));
    for (const file of inputs.terraform.files) {
        const dir = (0, node_path_1.resolve)((0, node_path_1.dirname)(file));
        if (inputs.terraform.dirs.some((d) => (0, node_path_1.resolve)(d) === dir))
            continue;
        modules.set(dir, [...(modules.get(dir) ?? []), (0, node_path_1.resolve)(file)]);
    }
    const explicit = (inputs.terraform.explicit ?? []).map((p) => (0, node_path_1.resolve)((0, paths_1.isDirectory)(p) ? p : (0, node_path_1.dirname)(p)));
    const roots = (0, callers_1.rootModules)(modules, explicit);
    const mine = new Set(roots.filter((root) => shardOfKey(shardKey(root, cwd), shard.total) === shard.index));
    const plans = inputs.plans.filter((plan) => shardOfKey(shardKey(plan, cwd), shard.total) === shard.index);
    return {
        inputs: {
            ...inputs,
            terraform: {
                ...inputs.terraform,
                dirs: inputs.terraform.dirs.filter((d) => mine.has((0, node_path_1.resolve)(d))),
                files: inputs.terraform.files.filter((f) => mine.has((0, node_path_1.resolve)((0, node_path_1.dirname)(f)))),
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
function splitMismatches(parsed) {
    const errors = [];
    const isModule = (dir) => (0, callers_1.configurationFilesIn)(dir).length > 0;
    for (const [file, hcl] of parsed) {
        const dir = (0, node_path_1.dirname)(file);
        const calls = [...new module_def_1.ModuleDef(dir, [hcl]).moduleCalls.values()];
        const byParser = new Set(calls.filter((c) => (0, evaluate_1.isLocalSource)(c.source)).map((c) => (0, node_path_1.resolve)(dir, c.source)));
        const byText = new Set((0, callers_1.localModuleTargets)(file));
        const differ = [...new Set([...byParser, ...byText])].filter((t) => t !== dir && byParser.has(t) !== byText.has(t) && isModule(t));
        if (differ.length === 0)
            continue;
        errors.push({
            file,
            message: `--shard read the local module calls of this file from its text differently from the parser (${differ.map((t) => (0, node_path_1.relative)(dir, t) || ".").join(", ")}), so the roots may not be split as one scan chooses them; scan without --shard, and please report it`,
        });
    }
    return errors;
}
/** What a shard's report adds (report.ts, ReportShard), from what its scan read. */
function shardReport(shard, selection, read) {
    const rel = (path) => (0, report_1.displayPath)(path, read.cwd);
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
function sha256(text) {
    return (0, node_crypto_1.createHash)("sha256").update(text).digest("hex");
}
