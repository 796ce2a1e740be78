/**
 * `npm run -s bench [-- DIR] [--runs N] [--json] [--profile]`: how fast the Terraform source door scans, and what
 * the evaluator, locator, workers and rules add to or save from bare parsing.
 *
 * Without DIR it scans a generated, deterministic monorepo (scripts/bench-corpus.ts) written to `.bench/corpus`.
 * It measures the library path `moat scan` runs (`scanTerraform` + `ResourceGraph` + `runRules`), never the CLI, from
 * the compiled code in dist/ that `moat scan` runs (so `npm run compile` first): run from TypeScript, the measured
 * code and every parser worker would pay tsx's loader and transpiling as well.
 *
 * Every run of a measurement happens in a fresh child process, because the first parse in a process is slow:
 * the WASM parser and the JavaScript around it are compiled and optimised while they run, and a one-shot
 * `moat scan` pays for that every time. So each child does one cold run (what `moat scan` sees) and then one warm
 * run (the same work in a process that already did it once: the steady state). The table shows the median over
 * N children of each. A child's peak RSS after its cold run is what one scan needs. Worker threads are shut down
 * after each run, so the warm run starts its workers afresh too. Cold figures come from children that compile the
 * parser as `moat scan` does for this many files (hcl2json-call.ts, `planCompile`: V8's baseline compiler only, for
 * fewer than TURBOFAN_PAYS_FROM_FILES files); warm figures and the one-thread parse everything is compared with come
 * from children on V8's default tiering (a library host's process; the fastest one-thread parse).
 *
 * "cached" is the whole scan again with the parse cache (hcl-rules/parse-cache.ts) filled by an earlier scan and one
 * file changed since: what a developer's second `moat scan` sees. Every result is also written to .bench/results.json.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { CORPUS_VERSION, DEFAULT_SEED, buildCorpus, corpusDigest, writeCorpus } from "./bench-corpus";
import { type ProfileSummary, summariseProfile } from "./bench-profile";
import { runMeasurementChild } from "./bench-child";
import { type StartResult, measureColdStart, renderColdStart } from "./bench-start";
import { median } from "./median";

const ROOT = join(__dirname, "..");
const CORPUS_DIR = join(ROOT, ".bench", "corpus");
const PROFILE_DIR = join(ROOT, ".bench", "profiles");
const CACHE_DIR = join(ROOT, ".bench", "cache");
const RESULTS_FILE = join(ROOT, ".bench", "results.json");
const DIST_DIR = join(ROOT, "dist");
/** Directories a scan never descends into, as `moat scan`: hidden ones (`.terraform`, `.git`) and node_modules. */
function isSkippedDir(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}
const DEFAULT_RUNS = 3;

// ---------------------------------------------------------------------------------------------------------------
// One child process: a cold run and a warm run of one measurement

type Mode = "scan" | "scan-cached" | "parse-1" | "parse-workers" | "parse-moat";

interface ChildRequest {
  mode: Mode;
  /** scan: the module directories and the directory named on the command line. */
  dirs: string[];
  explicit: string[];
  /** parse modes: the files the scan read. */
  files: string[];
  /**
   * How V8 compiles the parser: as `moat scan` chooses for the number of files (hcl2json-call.ts, `planCompile`), or
   * V8's default (a library host's process, and the one-thread parse everything is compared with).
   */
  tiering: "moat-scan" | "v8-default";
  /**
   * Whether moat's JavaScript fast path answers the files it is certain about (hcl-rules/fast-hcl.ts; parse-hcl's
   * `fastPath`, default on). Off, every file goes to hcl2json: the parse the issue's ratios are measured against.
   */
  fastPath?: boolean;
}

interface ScanError {
  file: string;
  line?: number;
  message: string;
}

interface ScanStats {
  roots: number;
  resources: number;
  edges: number;
  findings: number;
  findingsByRule: Record<string, number>;
  unevaluated: number;
  rulesRun: number;
  remoteModules: number;
  errors: ScanError[];
  /** The files the door read: its .tf files and the roots' tfvars. */
  readFiles: string[];
}

/** Times in ms: [cold, warm]. */
interface ChildReport {
  runsMs: number[];
  /** CPU time (user + system, every thread of the process) of each run. */
  cpuMs: number[];
  /** scan only: the door (parse + locate + evaluate + model) and the engine (graph + rules). */
  doorMs: number[];
  rulesMs: number[];
  /** RSS after loading the code, before the first run. */
  baselineRssBytes: number;
  /** Peak RSS after the cold run: what one `moat scan` needs. */
  peakRssColdBytes: number;
  workers: number;
  parseErrors: number;
  stats?: ScanStats;
}

async function childMain(request: ChildRequest): Promise<void> {
  // Loaded here, not at the top: the parent process must never warm up the parser.
  const { parseHclFiles, shutdownParsers, ParseCache, chooseParserTiering, parserVersion, WORKERS_PAY_FROM_FILES, WORKERS_PAY_FROM_BYTES } =
    built<typeof import("../hcl-rules/parse-hcl")>("hcl-rules/parse-hcl");
  if (request.tiering === "moat-scan") chooseParserTiering();
  const { scanTerraform } = built<typeof import("../hcl-rules/project")>("hcl-rules/project");
  const { ResourceGraph } = built<typeof import("../core/model")>("core/model");
  const { runRules } = built<typeof import("../core/engine")>("core/engine");
  const { resolvePolicy } = built<typeof import("../core/policy-config")>("core/policy-config");
  const { rules } = built<typeof import("../rules/index")>("rules/index");
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

  gc();
  const report: ChildReport = {
    runsMs: [],
    cpuMs: [],
    doorMs: [],
    rulesMs: [],
    baselineRssBytes: process.memoryUsage().rss,
    peakRssColdBytes: 0,
    workers: 0,
    parseErrors: 0,
  };
  /** How many workers parse-hcl's `workers: "auto"` starts for these files (a label; parse-hcl decides). */
  const autoWorkers = (files: string[]): number => {
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    const pays = files.length >= WORKERS_PAY_FROM_FILES || bytes >= WORKERS_PAY_FROM_BYTES;
    return pays ? Math.min(availableParallelism(), files.length) : 0;
  };

  const moatVersion = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  for (let run = 0; run < 2; run++) {
    const cpuStart = process.cpuUsage();
    if (request.mode === "scan" || request.mode === "scan-cached") {
      const start = performance.now();
      const cache = request.mode === "scan-cached" ? new ParseCache(CACHE_DIR, moatVersion, parserVersion()) : undefined;
      const door = await scanTerraform({ dirs: request.dirs, files: [], explicit: request.explicit }, { parse: { cache, fastPath: request.fastPath } });
      const doorEnd = performance.now();
      const graph = new ResourceGraph(door.resources, door.edges);
      const engine = runRules(graph, resolvePolicy(rules));
      const end = performance.now();
      report.doorMs.push(doorEnd - start);
      report.rulesMs.push(end - doorEnd);
      report.runsMs.push(end - start);
      if (run === 0) {
        const byRule: Record<string, number> = {};
        for (const f of engine.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
        const tf = [...door.parsed.keys()];
        // Files that failed were read too: count them as input.
        const failed = door.errors.map((e) => e.file).filter((f) => /\.tf(vars)?$/.test(f) && existsSync(f));
        report.stats = {
          roots: door.roots.length,
          resources: graph.size,
          edges: graph.edges().length,
          findings: engine.findings.length,
          findingsByRule: byRule,
          unevaluated: engine.unevaluated.length,
          rulesRun: engine.rulesRun,
          remoteModules: door.remoteModules.length,
          errors: door.errors.map((e) => ({ file: e.file, line: e.line, message: e.message })),
          readFiles: [...new Set([...tf, ...failed, ...door.roots.flatMap(rootTfvars)])].sort(),
        };
        report.parseErrors = door.errors.length;
        // The door's first and biggest batch is every .tf file at once: it decides whether workers start.
        report.workers = autoWorkers([...tf, ...failed]);
      }
    } else {
      const workers = request.mode === "parse-1" ? 0 : "auto";
      const start = performance.now();
      const results = await parseHclFiles(request.files, { workers, fastPath: request.fastPath });
      report.runsMs.push(performance.now() - start);
      if (run === 0) {
        report.parseErrors = results.filter((r) => !r.ok).length;
        report.workers = workers === 0 ? 0 : autoWorkers(request.files);
      }
    }
    const cpu = process.cpuUsage(cpuStart);
    report.cpuMs.push((cpu.user + cpu.system) / 1000);
    // The warm run starts its workers afresh, as every `moat scan` does.
    await shutdownParsers();
    if (run === 0) report.peakRssColdBytes = process.resourceUsage().maxRSS * 1024;
    gc();
  }
  await new Promise<void>((done) => process.send!(report, () => done()));
  // A parser that keeps the process alive must not hang the bench.
  process.exit(0);
}

/** How many of `files` (of `bytes` in all) the fast path answers: it runs in this process, never warming hcl2json. */
function fastPathShare(files: string[], bytes: number): BenchResult["fastPath"] {
  const { fastParse } = built<typeof import("../hcl-rules/fast-hcl")>("hcl-rules/fast-hcl");
  const { readSource } = built<typeof import("../hcl-rules/read-source")>("hcl-rules/read-source");
  let n = 0;
  let b = 0;
  for (const file of files) {
    // The text the parse layer gives the fast path: read and checked as a scan does.
    const source = readSource(file, {});
    if (!("ok" in source) && fastParse(source.text) !== undefined) {
      n++;
      b += source.bytes;
    }
  }
  return { files: n, bytes: b, shareOfFiles: n / files.length, shareOfBytes: b / bytes };
}

/** A module of moat's compiled code (dist/), typed as its source. */
function built<T>(module: string): T {
  return require(join(DIST_DIR, module)) as T;
}

/**
 * Why dist/ cannot be measured (missing, or older than a source file under the directories it is built from), or
 * undefined when it can.
 */
function distProblem(): string | undefined {
  const marker = join(DIST_DIR, "hcl-rules", "parse-hcl.js");
  if (!existsSync(marker)) return "dist/ is not built: run `npm run compile` first";
  const builtAt = statSync(marker).mtimeMs;
  const newer = (dir: string): string | undefined => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory() && !isSkippedDir(e.name)) {
        const found = newer(path);
        if (found !== undefined) return found;
      } else if (e.isFile() && e.name.endsWith(".ts") && statSync(path).mtimeMs > builtAt) return path;
    }
    return undefined;
  };
  for (const dir of ["hcl-rules", "core", "rules", "cli"]) {
    const found = newer(join(ROOT, dir));
    if (found !== undefined) return `dist/ is older than ${relative(ROOT, found)}: run \`npm run compile\` first`;
  }
  return undefined;
}

/** The tfvars files the door reads for a root module: terraform.tfvars and *.auto.tfvars. */
function rootTfvars(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((e) => e === "terraform.tfvars" || e.endsWith(".auto.tfvars"))
      .map((e) => join(dir, e));
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The parent: prepare the input, run the children, print

interface Arguments {
  dir?: string;
  runs: number;
  json: boolean;
  profile: boolean;
}

class UsageError extends Error {}

function parseArguments(argv: string[]): Arguments {
  const args: Arguments = { runs: DEFAULT_RUNS, json: false, profile: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") args.json = true;
    else if (a === "--profile") args.profile = true;
    else if (a === "--runs" || a.startsWith("--runs=")) {
      const value = a === "--runs" ? argv[++i] : a.slice("--runs=".length);
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 50) throw new UsageError(`--runs must be a whole number from 1 to 50, not '${value ?? ""}'`);
      args.runs = n;
    } else if (a === "--help" || a === "-h") {
      throw new UsageError("");
    } else if (a.startsWith("-")) {
      throw new UsageError(`unknown option '${a}'`);
    } else if (args.dir !== undefined) {
      throw new UsageError(`one directory at most; got '${args.dir}' and '${a}'`);
    } else {
      args.dir = a;
    }
  }
  return args;
}

const USAGE = `usage: npm run -s bench [-- DIR] [--runs N] [--json] [--profile]
  DIR        scan this directory (every Terraform module under it) instead of the generated corpus
  --runs N   processes per measurement, each with a cold and a warm run (default ${DEFAULT_RUNS}); medians are shown
  --json     print one JSON object instead of the table (-s keeps npm's own lines off stdout)
  --profile  also write CPU profiles of one scan process to .bench/profiles/ and print where its time goes`;

/** Module directories under `root`: every directory holding a `.tf` file, as `moat scan DIR` finds them. */
function moduleDirs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith(".tf"))) out.push(dir);
    for (const e of entries) if (e.isDirectory() && !isSkippedDir(e.name)) walk(join(dir, e.name));
  };
  walk(root);
  return out.sort();
}

function runChild(request: ChildRequest, profile: boolean): Promise<ChildReport> {
  const nodeArgs = profile ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  return runMeasurementChild<ChildRequest, ChildReport>(__filename, request, `${request.mode} measurement`, nodeArgs);
}

function countLines(files: string[]): { lines: number; bytes: number } {
  let lines = 0;
  let bytes = 0;
  for (const f of files) {
    const buffer = readFileSync(f);
    bytes += buffer.length;
    for (let i = 0; i < buffer.length; i++) if (buffer[i] === 0x0a) lines++;
    if (buffer.length > 0 && buffer[buffer.length - 1] !== 0x0a) lines++;
  }
  return { lines, bytes };
}

interface Timing {
  medianMs: number;
  runsMs: number[];
  /** Median CPU time (user + system, all threads) of the same runs: what the work costs whatever the load. */
  cpuMedianMs: number;
  filesPerSecond: number;
  megabytesPerSecond: number;
  resourcesPerSecond?: number;
  /** Median over the median of a one-thread parse of the same files in the same state (cold or warm). */
  ratioToParseOneThread: number;
}

interface Measurement {
  name: string;
  workers: number;
  cold: Timing;
  warm: Timing;
  /** Highest peak RSS of one cold run over the processes. */
  peakRssBytes: number;
  baselineRssBytes: number;
}

interface BenchResult {
  target: string;
  corpus?: { seed: string; version: number; sha256: string };
  machine: { cores: number; node: string; platform: string; loadAverageBefore: number; loadAverageAfter: number };
  runs: number;
  elapsedSeconds: number;
  input: { files: number; tfFiles: number; tfvarsFiles: number; lines: number; bytes: number; moduleDirs: number; rootModules: number; remoteModules: number };
  output: {
    resources: number;
    edges: number;
    findings: number;
    findingsByRule: Record<string, number>;
    rulesRun: number;
    unevaluated: number;
    errors: number;
    firstErrors: ScanError[];
  };
  measurements: {
    parseOneThread: Measurement;
    parseWorkers: Measurement;
    parseMoat: Measurement;
    scan: Measurement;
    scanCached: Measurement;
    scanHcl2json: Measurement;
  };
  /** The files (and their bytes) moat's JavaScript fast path answers; hcl2json parses the rest. */
  fastPath: { files: number; bytes: number; shareOfFiles: number; shareOfBytes: number };
  /** The cached scan (cold process, one file changed since the cache was filled) over the cold whole scan. */
  cachedOverColdScan: number;
  scanPhases: {
    cold: { doorMs: number; rulesMs: number; doorBeyondParseMs: number };
    warm: { doorMs: number; rulesMs: number; doorBeyondParseMs: number };
  };
  /** `moat --version` and `moat scan` of one small file, fresh processes (scripts/bench-start.ts). */
  coldStart: StartResult;
  profile?: ProfileSummary;
}

async function main(): Promise<number> {
  const started = performance.now();
  let args: Arguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) console.error(`bench: ${e.message}`);
    console.error(USAGE);
    return e.message ? 2 : 0;
  }
  const log = (line: string) => {
    if (!args.json) process.stderr.write(`${line}\n`);
  };
  const problem = distProblem();
  if (problem !== undefined) {
    console.error(`bench: ${problem}`);
    return 2;
  }
  const loadAverageBefore = loadavg()[0];
  // dist/ is built (distProblem), so the CLI's start can be measured: it goes into the results file too.
  const coldStart = measureColdStart({ runs: args.runs });
  if (!args.json) console.log(renderColdStart(coldStart));

  let target: string;
  let corpus: BenchResult["corpus"];
  if (args.dir === undefined) {
    const files = buildCorpus(DEFAULT_SEED);
    writeCorpus(CORPUS_DIR, files);
    corpus = { seed: `0x${DEFAULT_SEED.toString(16)}`, version: CORPUS_VERSION, sha256: corpusDigest(files) };
    target = CORPUS_DIR;
    log(`generated ${files.length} files in ${relative(process.cwd(), CORPUS_DIR) || "."}`);
  } else {
    target = resolve(args.dir);
    if (!existsSync(target) || !statSync(target).isDirectory()) {
      console.error(`bench: ${args.dir} is not a directory; pass a directory of Terraform code, or nothing to scan the generated corpus`);
      return 2;
    }
  }
  const dirs = moduleDirs(target);
  if (dirs.length === 0) {
    console.error(`bench: no .tf file under ${args.dir ?? target}; pass a directory that holds Terraform code`);
    return 2;
  }
  if (args.profile) {
    rmSync(PROFILE_DIR, { recursive: true, force: true });
    mkdirSync(PROFILE_DIR, { recursive: true });
  }

  // One child at a time (children side by side would measure each other), the modes in turn, so a change in the
  // machine's load during the bench falls on every measurement alike.
  // Cold figures come from processes that compile the parser as `moat scan` does. Warm figures (a second scan in one
  // process: a library host, which keeps V8's default tiering) and the one-thread parse that everything is compared
  // with (V8's default: its fastest) come from processes of their own.
  const base: ChildRequest = { mode: "scan", dirs, explicit: [target], files: [], tiering: "moat-scan" };
  const byDefault = (request: ChildRequest): ChildRequest => ({ ...request, tiering: "v8-default" });
  log(`round 1 of ${args.runs} …`);
  const scan = [await runChild(base, args.profile)];
  const stats = scan[0].stats!;
  if (corpus !== undefined && stats.errors.length > 0) {
    console.error(`bench: the generated corpus must scan without errors, but ${stats.errors.length} failed; fix scripts/bench-corpus.ts:`);
    for (const e of stats.errors.slice(0, 10)) console.error(`  ${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}`);
    return 1;
  }
  const files = stats.readFiles;
  const parseOne: ChildReport[] = [];
  const parseWorkers: ChildReport[] = [];
  const scanWarm: ChildReport[] = [];
  const parseWorkersWarm: ChildReport[] = [];
  const parseMoat: ChildReport[] = [];
  const parseMoatWarm: ChildReport[] = [];
  const scanHcl2json: ChildReport[] = [];
  const scanHcl2jsonWarm: ChildReport[] = [];
  const scanCached: ChildReport[] = [];
  // The cache is filled by a scan of its own; before each cached scan one file changes (a comment is added).
  rmSync(CACHE_DIR, { recursive: true, force: true });
  await runChild({ ...base, mode: "scan-cached" }, false);
  const changed = files.find((f) => f.endsWith(".tf"))!;
  const original = readFileSync(changed);
  try {
    for (let round = 1; round <= args.runs; round++) {
      if (round > 1) {
        log(`round ${round} of ${args.runs} …`);
        scan.push(await runChild(base, false));
      }
      scanWarm.push(await runChild(byDefault(base), false));
      parseOne.push(await runChild(byDefault({ ...base, mode: "parse-1", files, fastPath: false }), false));
      parseWorkers.push(await runChild({ ...base, mode: "parse-workers", files, fastPath: false }, false));
      parseWorkersWarm.push(await runChild(byDefault({ ...base, mode: "parse-workers", files, fastPath: false }), false));
      parseMoat.push(await runChild({ ...base, mode: "parse-moat", files }, false));
      parseMoatWarm.push(await runChild(byDefault({ ...base, mode: "parse-moat", files }), false));
      scanHcl2json.push(await runChild({ ...base, fastPath: false }, false));
      scanHcl2jsonWarm.push(await runChild(byDefault({ ...base, fastPath: false }), false));
      writeFileSync(changed, Buffer.concat([original, Buffer.from(`\n# changed for the cached scan of round ${round}, ${Date.now()}\n`)]));
      scanCached.push(await runChild({ ...base, mode: "scan-cached" }, false));
    }
  } finally {
    writeFileSync(changed, original);
  }
  const parseErrors = Math.max(parseOne[0].parseErrors, parseWorkers[0].parseErrors);
  if (corpus !== undefined && parseErrors > 0) {
    console.error(`bench: the generated corpus must parse without errors, but ${parseErrors} file(s) failed to parse on their own; fix scripts/bench-corpus.ts`);
    return 1;
  }

  const { lines, bytes } = countLines(files);
  const fast = fastPathShare(files, bytes);
  const fastShare = `${(fast.shareOfFiles * 100).toFixed(0)} % of files`;
  const coldOf = (reports: ChildReport[], key: "runsMs" | "cpuMs" | "doorMs" | "rulesMs" = "runsMs") => reports.map((r) => r[key][0]);
  const warmOf = (reports: ChildReport[], key: "runsMs" | "cpuMs" | "doorMs" | "rulesMs" = "runsMs") => reports.map((r) => r[key][1]);
  const parseOneCold = median(coldOf(parseOne));
  const parseOneWarm = median(warmOf(parseOne));
  const timing = (runsMs: number[], cpuMs: number[], parseOneMedian: number, resources?: number): Timing => {
    const medianMs = median(runsMs);
    const s = medianMs / 1000;
    return {
      medianMs,
      runsMs,
      cpuMedianMs: median(cpuMs),
      filesPerSecond: files.length / s,
      megabytesPerSecond: bytes / 1e6 / s,
      resourcesPerSecond: resources === undefined ? undefined : resources / s,
      ratioToParseOneThread: medianMs / parseOneMedian,
    };
  };
  const measurement = (name: string, reports: ChildReport[], resources?: number, warmReports = reports): Measurement => ({
    name,
    workers: reports[0].workers,
    cold: timing(coldOf(reports), coldOf(reports, "cpuMs"), parseOneCold, resources),
    warm: timing(warmOf(warmReports), warmOf(warmReports, "cpuMs"), parseOneWarm, resources),
    peakRssBytes: Math.max(...reports.map((r) => r.peakRssColdBytes)),
    baselineRssBytes: median(reports.map((r) => r.baselineRssBytes)),
  });
  const phases = (of: typeof coldOf, scans: ChildReport[], parses: ChildReport[]) => {
    const doorMs = median(of(scans, "doorMs"));
    return { doorMs, rulesMs: median(of(scans, "rulesMs")), doorBeyondParseMs: doorMs - median(of(parses)) };
  };

  const result: BenchResult = {
    target: corpus ? relative(ROOT, target) : target,
    corpus,
    machine: {
      cores: availableParallelism(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverageBefore,
      loadAverageAfter: loadavg()[0],
    },
    runs: args.runs,
    elapsedSeconds: (performance.now() - started) / 1000,
    input: {
      files: files.length,
      tfFiles: files.filter((f) => f.endsWith(".tf")).length,
      tfvarsFiles: files.filter((f) => !f.endsWith(".tf")).length,
      lines,
      bytes,
      moduleDirs: dirs.length,
      rootModules: stats.roots,
      remoteModules: stats.remoteModules,
    },
    output: {
      resources: stats.resources,
      edges: stats.edges,
      findings: stats.findings,
      findingsByRule: stats.findingsByRule,
      rulesRun: stats.rulesRun,
      unevaluated: stats.unevaluated,
      errors: stats.errors.length,
      firstErrors: stats.errors.slice(0, 5),
    },
    measurements: {
      parseOneThread: measurement("parse only, hcl2json, 1 thread (in-process)", parseOne),
      parseWorkers: measurement(
        parseWorkers[0].workers > 0 ? `parse only, hcl2json, ${parseWorkers[0].workers} workers` : "parse only, hcl2json, workers auto (too few files: in-process)",
        parseWorkers,
        undefined,
        parseWorkersWarm,
      ),
      parseMoat: measurement(`parse only, moat (fast path ${fastShare}, hcl2json the rest)`, parseMoat, undefined, parseMoatWarm),
      scan: measurement("whole scan (`moat scan`)", scan, stats.resources, scanWarm),
      scanHcl2json: measurement("whole scan, hcl2json only (MOAT_HCL_PARSER=hcl2json)", scanHcl2json, stats.resources, scanHcl2jsonWarm),
      scanCached: measurement("whole scan, cached (one file changed)", scanCached, stats.resources),
    },
    cachedOverColdScan: median(coldOf(scanCached)) / median(coldOf(scan)),
    fastPath: fast,
    scanPhases: { cold: phases(coldOf, scan, parseMoat), warm: phases(warmOf, scanWarm, parseMoatWarm) },
    coldStart,
    profile: args.profile ? summariseProfile(PROFILE_DIR, ROOT) : undefined,
  };

  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else console.log(`${render(result)}\nResults: ${relative(process.cwd(), RESULTS_FILE)}`);
  return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Terminal output

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const mib = (bytes: number) => `${Math.round(bytes / 1048576)} MiB`;
const ratio = (r: number) => `${r.toFixed(2)}×`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd()).join("\n");
}

function render(r: BenchResult): string {
  const out: string[] = [];
  const what = r.corpus ? `generated corpus v${r.corpus.version} (seed ${r.corpus.seed}, sha256 ${r.corpus.sha256.slice(0, 16)}…) in ${r.target}` : r.target;
  out.push(`moat bench · ${what}`);
  out.push(
    `machine  ${r.machine.cores} cores · Node ${r.machine.node} · ${r.machine.platform} · load average ${r.machine.loadAverageBefore.toFixed(1)} before, ` +
      `${r.machine.loadAverageAfter.toFixed(1)} after · ${r.runs} process${r.runs === 1 ? "" : "es"} per measurement · ${r.elapsedSeconds.toFixed(0)} s in all`,
  );
  // The load after includes the bench's own children; only the load before says whether something else was running.
  if (r.machine.loadAverageBefore > r.machine.cores * 0.5) {
    out.push(`         the machine was busy before the bench started: these numbers are slower and noisier than on an idle machine`);
  }
  out.push(
    `input    ${int(r.input.files)} files (${int(r.input.tfFiles)} .tf + ${int(r.input.tfvarsFiles)} tfvars) · ${int(r.input.lines)} lines · ${mb(r.input.bytes)} · ` +
      `${int(r.input.moduleDirs)} module dirs, ${int(r.input.rootModules)} roots` +
      (r.input.remoteModules > 0 ? ` · ${int(r.input.remoteModules)} remote module calls (not scanned)` : ""),
  );
  out.push(
    `output   ${int(r.output.resources)} resources · ${int(r.output.edges)} edges · ${int(r.output.findings)} findings from ${r.output.rulesRun} rules · ` +
      `${int(r.output.unevaluated)} checks not evaluated · ${int(r.output.errors)} errors`,
  );
  const byRule = Object.entries(r.output.findingsByRule).sort(([a], [b]) => a.localeCompare(b));
  for (let i = 0; i < byRule.length; i += 6) {
    out.push(`         ${byRule.slice(i, i + 6).map(([id, n]) => `${id} ${n}`).join(" · ")}`);
  }
  for (const e of r.output.firstErrors) out.push(`         error: ${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}`);
  out.push("");

  const m = r.measurements;
  const rows = [
    ["cold = one `moat scan`; warm = a second run in the same process", "cold", "CPU", "files/s", "MB/s", "resources/s", "× parse", "warm", "CPU", "× parse", "peak RSS"],
  ];
  const row = (x: Measurement) => [
    x.name,
    secs(x.cold.medianMs),
    secs(x.cold.cpuMedianMs),
    int(x.cold.filesPerSecond),
    x.cold.megabytesPerSecond.toFixed(2),
    x.cold.resourcesPerSecond === undefined ? "–" : int(x.cold.resourcesPerSecond),
    ratio(x.cold.ratioToParseOneThread),
    secs(x.warm.medianMs),
    secs(x.warm.cpuMedianMs),
    ratio(x.warm.ratioToParseOneThread),
    mib(x.peakRssBytes),
  ];
  for (const x of [m.parseOneThread, m.parseWorkers, m.parseMoat, m.scan]) rows.push(row(x));
  const p = r.scanPhases;
  rows.push(["  of which the door (parse, locate, evaluate, model)", secs(p.cold.doorMs), "", "", "", "", "", secs(p.warm.doorMs), "", "", ""]);
  rows.push(["  of which graph + rules", secs(p.cold.rulesMs), "", "", "", "", "", secs(p.warm.rulesMs), "", "", ""]);
  rows.push(row(m.scanCached));
  rows.push(row(m.scanHcl2json));
  out.push(table(rows));
  out.push("");
  out.push(
    `× parse: the time over hcl2json parsing the same files on one thread, in the same state. Cold, the whole scan takes ${ratio(m.scan.cold.ratioToParseOneThread)} ` +
      `(warm ${ratio(m.scan.warm.ratioToParseOneThread)}); hcl2json's workers parse in ${ratio(m.parseWorkers.cold.ratioToParseOneThread)} of it. ` +
      `moat's JavaScript fast path answers ${int(r.fastPath.files)} of ${int(r.input.files)} files (${(r.fastPath.shareOfBytes * 100).toFixed(0)} % of the bytes) ` +
      `with hcl2json's own JSON, and hcl2json parses the rest; locating, evaluating and building the model add ` +
      `≈ ${secs(p.cold.doorBeyondParseMs)} beyond moat's parse (warm: ${secs(p.warm.doorBeyondParseMs)}), the rules ${secs(p.cold.rulesMs)}.`,
  );
  out.push(
    `Cached: the whole scan in a fresh process with the parse cache filled and one file changed since: ${ratio(r.cachedOverColdScan)} of the cold whole scan ` +
      `(its warm column: every file a hit).`,
  );
  out.push(
    `Peak RSS is one cold run's, in a process that holds ${mib(m.scan.baselineRssBytes)} before it starts (Node, tsx and the loaded code); ` +
      `times are medians of ${r.runs} process${r.runs === 1 ? "" : "es"}.`,
  );
  if (r.profile) {
    out.push("");
    const pr = r.profile;
    out.push(
      `CPU profile of one scan process's main thread (its cold and warm run): ${secs(pr.totalMs)} sampled, ${secs(pr.idleMs)} of them idle ` +
        `(waiting for the parser workers or the disk); ${pr.file}, and ${pr.workerProfiles} worker profiles beside it.`,
    );
    out.push(`  busy time by file:  ${pr.byFile.slice(0, 8).map((x) => `${x.name} ${x.percent.toFixed(0)}%`).join(" · ")}`);
    out.push("  busy time by function (self):");
    for (const x of r.profile.byFunction.slice(0, 15)) out.push(`    ${x.percent.toFixed(1).padStart(5)}%  ${x.name}`);
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------------------------

if (process.argv[2] === "--child") {
  process.once("message", (request: ChildRequest) => {
    childMain(request).catch((e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(1);
    });
  });
} else {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
