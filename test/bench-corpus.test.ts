/**
 * The benchmark corpus must be the same bytes on every run (or numbers from two runs measure different inputs),
 * big enough to mean something, valid Terraform that scans without an error, and realistic enough that every
 * rule area has something to find.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { runRules } from "../core/engine";
import { ResourceGraph } from "../core/model";
import { resolvePolicy } from "../core/policy-config";
import { shutdownParsers } from "../hcl-rules/parse-hcl";
import { scanTerraform } from "../hcl-rules/project";
import { rules } from "../rules/index";
import { type CorpusFile, DEFAULT_SEED, SeededRandom, buildCorpus, corpusDigest, writeCorpus } from "../scripts/bench-corpus";

const corpus = buildCorpus();

function lineCount(files: readonly CorpusFile[]): number {
  return files.reduce((n, f) => n + f.text.split("\n").length - (f.text.endsWith("\n") ? 1 : 0), 0);
}

afterAll(async () => {
  await shutdownParsers();
});

describe("the benchmark corpus", () => {
  it("is the same bytes every time it is built from the same seed, and different bytes from another seed", () => {
    expect(corpusDigest(buildCorpus(DEFAULT_SEED))).toBe(corpusDigest(corpus));
    expect(corpusDigest(buildCorpus(DEFAULT_SEED + 1))).not.toBe(corpusDigest(corpus));
  });

  it("draws the same numbers from the same seed", () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const draws = Array.from({ length: 100 }, () => [a.next(), b.next()]);
    for (const [x, y] of draws) expect(x).toBe(y);
    expect(new Set(draws.map(([x]) => x)).size).toBe(100);
  });

  it("holds at least 1,000 files and 60,000 lines, with unique paths", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    expect(lineCount(corpus)).toBeGreaterThanOrEqual(60_000);
    expect(new Set(corpus.map((f) => f.path)).size).toBe(corpus.length);
  });

  it("calls only local modules that it contains", () => {
    const dirs = new Set(corpus.map((f) => posix.dirname(f.path)));
    const calls = corpus.flatMap((f) =>
      [...f.text.matchAll(/^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm)].map((m) => ({ from: f.path, target: posix.normalize(posix.join(posix.dirname(f.path), m[1])) })),
    );
    expect(calls.length).toBeGreaterThan(100);
    for (const call of calls) expect({ ...call, exists: dirs.has(call.target) }).toEqual({ ...call, exists: true });
  });

  it("uses what real monorepos use", () => {
    const all = corpus.map((f) => f.text).join("\n");
    const constructs = [
      /dynamic "ingress"/,
      /for_each\s*=/,
      /count\s*=/,
      /<<-EOT/,
      /<<EOF/,
      /^\s*#/m,
      /^\s*\/\//m,
      /\/\*/,
      /resource "aws_lb_listener_rule"/,
      /resource "aws_security_group_rule"/,
      /resource "aws_vpc_security_group_ingress_rule"/,
      /resource "aws_rds_cluster_parameter_group"/,
      /resource "aws_db_parameter_group"/,
      /resource "aws_elasticache_replication_group"/,
      /redirect \{/,
    ];
    for (const c of constructs) expect({ construct: String(c), found: c.test(all) }).toEqual({ construct: String(c), found: true });
    expect(corpus.some((f) => f.path.endsWith("/terraform.tfvars"))).toBe(true);
    for (const name of ["main.tf", "variables.tf", "outputs.tf", "locals.tf"]) {
      expect(corpus.filter((f) => f.path.endsWith(`/${name}`)).length).toBeGreaterThan(100);
    }
  });

  it("scans without an error, and gives every rule area something to find", async () => {
    const dir = mkdtempSync(join(tmpdir(), "moat-bench-corpus-"));
    try {
      writeCorpus(dir, corpus);
      const dirs = [...new Set(corpus.map((f) => join(dir, posix.dirname(f.path))))];
      const door = await scanTerraform({ dirs, files: [], explicit: [dir] });
      expect(door.errors).toEqual([]);
      expect(door.files).toBe(corpus.length);
      const engine = runRules(new ResourceGraph(door.resources, door.edges), resolvePolicy(rules));
      const areas = new Set(engine.findings.map((f) => f.area));
      expect([...areas].sort()).toEqual(["db-encryption", "lb-tls", "listener-http", "sg-broad"]);
      // A mix: most resources pass.
      expect(engine.findings.length).toBeLessThan(door.resources.length / 4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
