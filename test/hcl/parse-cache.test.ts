/**
 * The parse cache (hcl-rules/parse-cache.ts): hits, misses after an edit or a version change, entries that are
 * corrupt, cut short or foreign, two processes writing at once, the CLI's --cache-dir, --no-cache and the config's
 * cacheDir; and that the findings are the same with and without the cache, with one worker and with two.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { runRules } from "../../core/engine";
import { ResourceGraph } from "../../core/model";
import { resolvePolicy } from "../../core/policy-config";
import { ParseCache, type ParseOptions, type ParseResult, defaultCacheDir, parseHclFiles, parserVersion, shutdownParsers } from "../../hcl-rules/parse-hcl";
import { scanTerraform } from "../../hcl-rules/project";
import { rules } from "../../rules/index";
import { buildCorpus, writeCorpus } from "../../scripts/bench-corpus";
import { moat } from "../cli/run-moat";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "moat-parse-cache-"));
});
afterAll(async () => {
  await shutdownParsers();
  rmSync(dir, { recursive: true, force: true });
});

let fresh = 0;
/** A new empty directory under the test's own. */
function newDir(name: string): string {
  const path = join(dir, `${name}-${++fresh}`);
  mkdirSync(path, { recursive: true });
  return path;
}

function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Every file under `root`, relative to it. */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

const MOAT_VERSION = "1.2.3";
const cacheAt = (path: string, version = MOAT_VERSION) => new ParseCache(path, version, parserVersion());
const entryPath = (cacheDir: string, text: string, version = MOAT_VERSION) => {
  const key = ParseCache.key(text);
  return join(cacheDir, "parse-1", `${version}-${parserVersion()}`, key.slice(0, 2), `${key}.json`);
};

const A = `resource "aws_lb_listener" "a" {\n  port     = 80\n  protocol = "HTTP"\n}\n`;
const B = `variable "port" {\n  default = 443\n}\nlocals {\n  ports = [for p in [1, 2] : p * var.port]\n}\n`;

function files(): string[] {
  const src = newDir("src");
  return [write(join(src, "a.tf"), A), write(join(src, "b.tf"), B)];
}

/** The cache entries under `root` (not the pruning marker nor the parser's WASM), relative to it. */
const entriesUnder = (root: string) => filesUnder(root).filter((f) => f.endsWith(".json"));
const WASM_FILES = ["main.wasm", "main.wasm.sha256"];

/** Sets a file's modification time to `days` days before `now`. */
function age(path: string, days: number, now: number): void {
  const when = (now - days * 24 * 60 * 60 * 1000) / 1000;
  utimesSync(path, when, when);
}

/**
 * A child process's script: parses the files named after the cache directory with a cache of moat version 1.2.3 and
 * `workers`, and prints their JSON (argv[1]: parse-hcl's path).
 */
const parseChildScript = (workers: number) => `
const { ParseCache, parseHclFiles, parserVersion, shutdownParsers } = require(process.argv[1]);
const [cacheDir, ...paths] = process.argv.slice(2);
(async () => {
  const results = await parseHclFiles(paths, { cache: new ParseCache(cacheDir, "1.2.3", parserVersion()), workers: ${workers}, fastPath: false });
  await shutdownParsers();
  process.stdout.write(JSON.stringify(results.map((r) => r.ok && r.json)));
})();
`;

/**
 * The cache holds what hcl2json gives: files the JavaScript fast path answers (hcl-rules/fast-hcl.ts) never reach
 * it (tested at the end). So these tests parse with the fast path off, as `MOAT_HCL_PARSER=hcl2json` does.
 */
const parseAll = (paths: string[], options: ParseOptions = {}) => parseHclFiles(paths, { fastPath: false, ...options });
/** `moat scan` with every file going to hcl2json (and so to the cache). */
const HCL2JSON_ONLY = { MOAT_HCL_PARSER: "hcl2json" };

/** A result without its text (identical anyway) for shorter failure output. */
const shape = (results: ParseResult[]) => results.map((r) => (r.ok ? { file: r.file, json: r.json } : r));

describe("the parse cache", () => {
  test("a hit gives the cached JSON without parsing; the parse and the hit give the same results", async () => {
    const cacheDir = newDir("cache");
    const paths = files();
    const parsed = await parseAll(paths, { cache: cacheAt(cacheDir) });
    expect(entriesUnder(cacheDir)).toHaveLength(2);
    const hit = await parseAll(paths, { cache: cacheAt(cacheDir) });
    expect(hit).toEqual(parsed);
    expect(shape(hit)).toEqual(shape(await parseAll(paths)));
    // The entry is what comes back: a sound entry is used as it is (this one was written by hand to show it).
    const entry = JSON.parse(readFileSync(entryPath(cacheDir, A), "utf8")) as Record<string, unknown>;
    writeFileSync(entryPath(cacheDir, A), JSON.stringify({ ...entry, json: { from: "cache" } }));
    expect((await parseAll(paths, { cache: cacheAt(cacheDir) }))[0]).toMatchObject({ ok: true, json: { from: "cache" } });
  });

  test("an edited file misses and is parsed again; its new text gets its own entry", async () => {
    const cacheDir = newDir("cache");
    const paths = files();
    await parseAll(paths, { cache: cacheAt(cacheDir) });
    const edited = A.replace("80", "8080");
    writeFileSync(paths[0], edited);
    const [result] = await parseAll(paths, { cache: cacheAt(cacheDir) });
    expect(result).toMatchObject({ ok: true, json: { resource: { aws_lb_listener: { a: [{ port: 8080 }] } } } });
    expect(existsSync(entryPath(cacheDir, edited))).toBe(true);
    expect(entriesUnder(cacheDir)).toHaveLength(3);
  });

  test("another moat version (or parser version) misses: entries are filed under the versions and carry them", async () => {
    const cacheDir = newDir("cache");
    const paths = files();
    await parseAll(paths, { cache: cacheAt(cacheDir, "1.2.3") });
    const old = entryPath(cacheDir, A, "1.2.3");
    writeFileSync(old, readFileSync(old, "utf8").replace(/"json":\{.*\}\}$/, '"json":{"stale":true}}'));
    // An entry of another version put where this version looks is not trusted either.
    write(entryPath(cacheDir, A, "2.0.0"), readFileSync(old, "utf8"));
    const results = await parseAll(paths, { cache: cacheAt(cacheDir, "2.0.0") });
    expect(shape(results)).toEqual(shape(await parseAll(paths)));
    expect(JSON.parse(readFileSync(entryPath(cacheDir, A, "2.0.0"), "utf8"))).toMatchObject({ moat: "2.0.0", parser: parserVersion() });
    expect(entriesUnder(join(cacheDir, "parse-1")).map((f) => f.split(/[\\/]/)[0])).toEqual([
      ...Array<string>(2).fill(`1.2.3-${parserVersion()}`),
      ...Array<string>(2).fill(`2.0.0-${parserVersion()}`),
    ]);
  });

  test("corrupt, cut-short and foreign entries are ignored, and rewritten with what the parser gives", async () => {
    const paths = files();
    const expected = shape(await parseAll(paths));
    const filled = newDir("filled");
    await parseAll(paths, { cache: cacheAt(filled) });
    const sound = readFileSync(entryPath(filled, A), "utf8");
    const bad = [
      "",
      "not json at all \u0000\u00ff",
      sound.slice(0, sound.length / 2),
      "[]",
      "null",
      JSON.stringify({ ...JSON.parse(sound), json: [1, 2] }),
      JSON.stringify({ ...JSON.parse(sound), json: null }),
      JSON.stringify({ ...JSON.parse(sound), sha256: ParseCache.key(B) }),
      JSON.stringify({ ...JSON.parse(sound), format: "something-else/1" }),
      JSON.stringify({ ...JSON.parse(sound), extra: 1 }),
    ];
    for (const text of bad) {
      const cacheDir = newDir("corrupt");
      write(entryPath(cacheDir, A), text);
      expect(shape(await parseAll(paths, { cache: cacheAt(cacheDir) }))).toEqual(expected);
      expect(readFileSync(entryPath(cacheDir, A), "utf8")).toBe(sound);
    }
  });

  test("failures are never cached, so they always come from the parser", async () => {
    const cacheDir = newDir("cache");
    const broken = write(join(newDir("src"), "broken.tf"), "resource {\n");
    const [result] = await parseAll([broken], { cache: cacheAt(cacheDir) });
    expect(result.ok).toBe(false);
    expect(entriesUnder(cacheDir)).toEqual([]);
  });

  test("two processes filling one cache at the same time both succeed, with the same results and whole entries", async () => {
    const cacheDir = newDir("shared");
    const src = newDir("many");
    const paths = Array.from({ length: 60 }, (_, i) => write(join(src, `f${i}.tf`), `${B}\nlocals {\n  n${i % 7} = ${i % 7}\n}\n`));
    const script = parseChildScript(1);
    const children = await Promise.all([0, 1].map(() => runTsChild(script, [require.resolve("../../hcl-rules/parse-hcl"), cacheDir, ...paths])));
    for (const child of children) expect({ code: child.code, stderr: child.stderr }).toEqual({ code: 0, stderr: "" });
    expect(children[0].stdout).toBe(children[1].stdout);
    expect(JSON.parse(children[0].stdout)).toEqual(shape(await parseAll(paths)).map((r) => "json" in r && r.json));
    const entries = filesUnder(cacheDir);
    expect(entries.filter((f) => f.endsWith(".json"))).toHaveLength(7); // seven distinct texts
    // Nothing else but the parser's WASM, which both kept: no temporary file is left.
    expect(entries.filter((f) => !f.endsWith(".json")).map((f) => basename(f))).toEqual([...WASM_FILES]);
    const hits = await parseAll(paths, { cache: cacheAt(cacheDir) });
    expect(JSON.stringify(hits.map((r) => r.ok && r.json))).toBe(children[0].stdout);
  }, 120_000);

  test("pruning removes entries not used for 30 days (7 for other versions) and stray temporary files, at most once a day", async () => {
    const cacheDir = newDir("prune");
    const paths = files();
    const now = Date.now();
    await parseAll(paths, { cache: cacheAt(cacheDir, "1.2.3") });
    await parseAll(paths, { cache: cacheAt(cacheDir, "0.9.0") });
    const [a, b, oldA, oldB] = [entryPath(cacheDir, A), entryPath(cacheDir, B), entryPath(cacheDir, A, "0.9.0"), entryPath(cacheDir, B, "0.9.0")];
    age(a, 31, now); // unused for a month: goes
    age(b, 29, now); // used within the month: stays
    age(oldA, 8, now); // another version, unused for a week: goes
    age(oldB, 6, now); // another version, used within the week: stays
    const stray = `${b}.1234-abcdef.tmp`; // a write a killed scan left behind
    writeFileSync(stray, "{");
    age(stray, 2, now);
    await cacheAt(cacheDir, "1.2.3").prune(now);
    expect([a, b, oldA, oldB, stray].map(existsSync)).toEqual([false, true, false, true, false]);

    // Within a day of the last pruning nothing is removed, however old.
    age(b, 60, now);
    await cacheAt(cacheDir, "1.2.3").prune(now + 60 * 60 * 1000);
    expect(existsSync(b)).toBe(true);
    // A day later both go (the other version's entry is now more than 7 days unused), with their directories.
    await cacheAt(cacheDir, "1.2.3").prune(now + 25 * 60 * 60 * 1000);
    expect(entriesUnder(cacheDir)).toEqual([]);
    // (The parser's WASM, kept by the first parse of this process if there was none before, is in use: it stays.)
    expect(readdirSync(join(cacheDir, "parse-1")).filter((name) => name !== "parser-wasm")).toEqual(["last-pruned"]);
    expect(shape(await parseAll(paths, { cache: cacheAt(cacheDir, "1.2.3") }))).toEqual(shape(await parseAll(paths)));
    expect(entriesUnder(cacheDir)).toHaveLength(2);
  });

  test("a hit marks its entry used (at most once a day), so pruning keeps what scans still read", async () => {
    const cacheDir = newDir("used");
    const paths = files();
    const now = Date.now();
    await parseAll(paths, { cache: cacheAt(cacheDir) });
    const a = entryPath(cacheDir, A);
    age(a, 40, now);
    const cache = cacheAt(cacheDir);
    expect(await parseAll(paths, { cache })).toMatchObject([{ ok: true }, { ok: true }]);
    await cache.flush();
    expect(statSync(a).mtimeMs).toBeGreaterThan(now - 60 * 60 * 1000);
    await cacheAt(cacheDir).prune(now);
    expect(existsSync(a)).toBe(true);
  });

  test("the parser's WASM is kept gunzipped for later processes; a copy that is not sound is ignored and rewritten", async () => {
    const cacheDir = newDir("wasm");
    const src = newDir("wasm-src");
    const script = parseChildScript(0);
    const gz = readFileSync(join(dirname(require.resolve("@cdktn/hcl2json")), "..", "main.wasm.gz"));
    const sha = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");
    const sound = gunzipSync(gz);
    const kept = join(cacheDir, "parse-1", "parser-wasm", sha(gz));
    let round = 0;
    // Each process parses a text no earlier one cached, so that it needs the parser.
    const scan = async () => {
      const path = write(join(src, `r${++round}.tf`), `${B}\nlocals {\n  round = ${round}\n}\n`);
      const child = await runTsChild(script, [require.resolve("../../hcl-rules/parse-hcl"), cacheDir, path]);
      expect({ code: child.code, stderr: child.stderr }).toEqual({ code: 0, stderr: "" });
      expect(JSON.parse(child.stdout)).toEqual(shape(await parseAll([path])).map((r) => "json" in r && r.json));
    };
    await scan();
    expect(readdirSync(kept).sort()).toEqual(WASM_FILES);
    expect(readFileSync(join(kept, "main.wasm")).equals(sound)).toBe(true);
    expect(readFileSync(join(kept, "main.wasm.sha256"), "utf8")).toBe(sha(sound));
    await scan(); // uses the kept copy
    // Damaged bytes (the hash no longer matches), then bytes that match their hash but are no WebAssembly module:
    // each time the package's own WASM is gunzipped, the results stay the parser's, and the sound bytes are kept again.
    writeFileSync(join(kept, "main.wasm"), sound.subarray(0, 1000));
    await scan();
    expect(readFileSync(join(kept, "main.wasm")).equals(sound)).toBe(true);
    writeFileSync(join(kept, "main.wasm"), "not wasm");
    writeFileSync(join(kept, "main.wasm.sha256"), sha(Buffer.from("not wasm")));
    await scan();
    expect(readFileSync(join(kept, "main.wasm")).equals(sound)).toBe(true);
    expect(readFileSync(join(kept, "main.wasm.sha256"), "utf8")).toBe(sha(sound));
  }, 120_000);

  test("the default directory is under the user's cache directory of each platform", () => {
    expect(defaultCacheDir({ HOME: "/home/u" }, "linux")).toBe(join("/home/u", ".cache", "moat"));
    expect(defaultCacheDir({ HOME: "/home/u", XDG_CACHE_HOME: "/var/cache/u" }, "linux")).toBe(join("/var/cache/u", "moat"));
    expect(defaultCacheDir({ HOME: "/home/u", XDG_CACHE_HOME: "relative" }, "linux")).toBe(join("/home/u", ".cache", "moat"));
    expect(defaultCacheDir({ HOME: "/Users/u" }, "darwin")).toBe(join("/Users/u", "Library", "Caches", "moat"));
    expect(defaultCacheDir({ LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" }, "win32")).toBe(join("C:\\Users\\u\\AppData\\Local", "moat", "Cache"));
    expect(defaultCacheDir({}, "linux")).toBeUndefined();
  });
});

describe("the fast path and the cache", () => {
  test("files the fast path answers are neither looked up nor stored; the rest still are", async () => {
    const cacheDir = newDir("fast");
    const src = newDir("fast-src");
    // hcl2json answers both, with the same JSON; the fast path answers the first and leaves the second (a syntax
    // error) to hcl2json, whose failures are never cached.
    const plain = write(join(src, "plain.tf"), A);
    const broken = write(join(src, "broken.tf"), 'resource "aws_lb" "x" {\n  name = \n}\n');
    const [fast, failed] = await parseHclFiles([plain, broken], { cache: cacheAt(cacheDir) });
    expect(fast).toEqual((await parseAll([plain]))[0]);
    expect(failed).toMatchObject({ ok: false, line: 2 });
    expect(entriesUnder(cacheDir)).toEqual([]);
    // An entry for the plain file's text (made by hcl2json, then altered) is never read: the fast path answers first.
    await parseAll([plain], { cache: cacheAt(cacheDir) });
    const entry = JSON.parse(readFileSync(entryPath(cacheDir, A), "utf8")) as Record<string, unknown>;
    writeFileSync(entryPath(cacheDir, A), JSON.stringify({ ...entry, json: { from: "cache" } }));
    expect((await parseAll([plain], { cache: cacheAt(cacheDir) }))[0]).toMatchObject({ json: { from: "cache" } });
    expect((await parseHclFiles([plain], { cache: cacheAt(cacheDir) }))[0]).toEqual(fast);
  });
});

describe("moat scan and the cache", () => {
  const project = () => {
    const src = newDir("project");
    write(join(src, "main.tf"), A);
    return src;
  };

  test("--cache-dir fills that directory; --no-cache leaves it alone; the report is the same", async () => {
    const src = project();
    const cacheDir = newDir("cli-cache");
    const off = await moat(["scan", src, "--no-cache", "--cache-dir", cacheDir, "--format", "json"], { env: HCL2JSON_ONLY });
    expect(filesUnder(cacheDir)).toEqual([]);
    const cold = await moat(["scan", src, "--cache-dir", cacheDir, "--format", "json"], { env: HCL2JSON_ONLY });
    expect(entriesUnder(cacheDir)).toHaveLength(1);
    const warm = await moat(["scan", src, "--cache-dir", cacheDir, "--format", "json"], { env: HCL2JSON_ONLY });
    const report = (r: { stdout: string }) => r.stdout.replace(/"durationMs": \d+/, "");
    expect(report(cold)).toBe(report(off));
    expect(report(warm)).toBe(report(off));
    expect([off.code, cold.code, warm.code]).toEqual([off.code, off.code, off.code]);
  });

  test("the config's cacheDir is relative to the config file; the default is under HOME (or XDG_CACHE_HOME)", async () => {
    const src = project();
    write(join(src, "moat.config.yaml"), "cacheDir: .moat-cache\n");
    await moat(["scan", src], { cwd: src, env: HCL2JSON_ONLY });
    expect(entriesUnder(join(src, ".moat-cache"))).toHaveLength(1);
    const home = newDir("home");
    const other = project();
    await moat(["scan", other], { cwd: other, env: { ...HCL2JSON_ONLY, HOME: home } });
    expect(entriesUnder(join(home, ".cache", "moat"))).toHaveLength(process.platform === "linux" ? 1 : 0);
  });
});

describe("findings are the same with and without the cache, with one worker and with two, with and without the fast path", () => {
  async function findings(root: string, parse: ParseOptions) {
    const door = await scanTerraform({ dirs: moduleDirs(root), files: [], explicit: [root] }, { parse });
    const engine = runRules(new ResourceGraph(door.resources, door.edges), resolvePolicy(rules));
    return JSON.stringify({ findings: engine.findings, unevaluated: engine.unevaluated, errors: door.errors, resources: door.resources.length });
  }

  const variants = async (root: string) => {
    const cacheDir = newDir("equal");
    // hcl2json for every file, as `MOAT_HCL_PARSER=hcl2json moat scan` parses.
    const base = await findings(root, { workers: 1, fastPath: false });
    expect(await findings(root, { workers: 2, fastPath: false })).toBe(base);
    expect(await findings(root, { workers: 2, fastPath: false, cache: cacheAt(cacheDir) })).toBe(base); // fills the cache
    expect(await findings(root, { workers: 1, fastPath: false, cache: cacheAt(cacheDir) })).toBe(base); // every file a hit
    expect(await findings(root, { workers: 0, fastPath: false, cache: cacheAt(cacheDir) })).toBe(base);
    expect(filesUnder(cacheDir).length).toBeGreaterThan(0);
    // The fast path (hcl-rules/fast-hcl.ts) for the files it answers, hcl2json (and the cache) for the rest.
    expect(await findings(root, {})).toBe(base);
    expect(await findings(root, { workers: 2, cache: cacheAt(cacheDir) })).toBe(base);
    expect(await findings(root, { workers: 0 })).toBe(base);
    return base;
  };

  test("on the examples", async () => {
    const base = await variants(join(__dirname, "..", "..", "examples", "terraform"));
    expect((JSON.parse(base) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  }, 120_000);

  test("on a generated corpus", async () => {
    const root = newDir("corpus");
    // Two teams of the bench corpus and the modules they share: hundreds of files, every rule area.
    writeCorpus(root, buildCorpus().filter((f) => /^(modules|teams\/(catalog|checkout))\//.test(f.path)));
    const base = await variants(root);
    expect((JSON.parse(base) as { findings: unknown[] }).findings.length).toBeGreaterThan(10);
  }, 300_000);

  test("with the parser on V8's baseline compiler alone (moat scan's choice for fewer than 4,000 files) and on V8's default tiering", async () => {
    const root = newDir("tiering");
    writeCorpus(root, buildCorpus().filter((f) => /^(modules|teams\/catalog)\//.test(f.path)));
    const script = `
const [root, ...dirs] = process.argv.slice(1);
const { scanTerraform } = require(${JSON.stringify(require.resolve("../../hcl-rules/project"))});
const { shutdownParsers } = require(${JSON.stringify(require.resolve("../../hcl-rules/parse-hcl"))});
const { runRules } = require(${JSON.stringify(require.resolve("../../core/engine"))});
const { ResourceGraph } = require(${JSON.stringify(require.resolve("../../core/model"))});
const { resolvePolicy } = require(${JSON.stringify(require.resolve("../../core/policy-config"))});
const { rules } = require(${JSON.stringify(require.resolve("../../rules/index"))});
(async () => {
  const door = await scanTerraform({ dirs, files: [], explicit: [root] }, { parse: { workers: 2 } });
  const engine = runRules(new ResourceGraph(door.resources, door.edges), resolvePolicy(rules));
  await shutdownParsers();
  process.stdout.write(JSON.stringify({ findings: engine.findings, unevaluated: engine.unevaluated, errors: door.errors, resources: door.resources.length }));
})();
`;
    const args = [root, ...moduleDirs(root)];
    const [baseline, tiered] = await Promise.all([runTsChild(script, args, ["--liftoff-only"]), runTsChild(script, args)]);
    for (const child of [baseline, tiered]) expect({ code: child.code, stderr: child.stderr }).toEqual({ code: 0, stderr: "" });
    expect(baseline.stdout).toBe(tiered.stdout);
    expect((JSON.parse(baseline.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(10);
  }, 300_000);
});

/** Directories under `root` that hold a .tf file. */
function moduleDirs(root: string): string[] {
  const out = new Set<string>();
  for (const f of filesUnder(root)) if (f.endsWith(".tf")) out.add(join(root, dirname(f)));
  return [...out].sort();
}

interface ChildOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runTsChild(script: string, args: string[], nodeArgs: string[] = []): Promise<ChildOutcome> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, "--require", require.resolve("tsx/cjs"), "-e", script, ...args], { cwd: dir });
    const safety = setTimeout(() => child.kill("SIGKILL"), 100_000);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => {
      clearTimeout(safety);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(safety);
      resolvePromise({ code, stdout, stderr });
    });
  });
}
