/**
 * `npx tsx scripts/door-profile.ts [DIR] [--runs N] [--profile] [--heap] [--compare DIR] [--dump FILE]`: how long moat's own work on a scan
 * takes once parsing costs nothing — reading and checking the files, locating, evaluating, building the model
 * (the door) and the graph + rules — measured on dist/ (so `npm run compile` first), as `moat scan` runs it.
 *
 * Without DIR it scans the bench corpus (scripts/bench-corpus.ts, written to `.bench/corpus`). A first child process
 * parses every file once with hcl2json and keeps the JSON by the text's SHA-256 (`.bench/door-parsed.json`); each
 * measuring child loads that, then runs `scanTerraform` with an in-memory parse cache holding it (every file a hit, so
 * the parser is never started, the JavaScript fast path turned off so that it does not answer first) followed by the graph and the rules: a cold run (a fresh process: nothing compiled
 * or optimised yet) and a warm one (the same work again). The table shows medians over N children, wall and CPU.
 *
 * `--profile`: one more child records the main thread's CPU profile of the cold and of the warm run separately
 * (`.bench/door-profiles/`) and prints the top functions and files by self time.
 * `--heap`: one more child samples what the cold and the warm run allocate, and prints the top allocating functions.
 * `--compare DIR`: also measure another build of moat (e.g. a copy of dist/ made before a change, kept inside the
 * checkout so that it finds node_modules), its children taking turns with dist/'s.
 * `--dump FILE`: writes what the scan found (resources, edges, errors, findings, unevaluated, notices, roots), paths
 * relative to the scanned directory, so two builds can be compared byte for byte (`FILE.cold.json` and `FILE.warm.json`;
 * with `--compare`, the other build's as `FILE.compared.cold.json` and `FILE.compared.warm.json`).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { Session } from "node:inspector";
import { runMeasurementChild } from "./bench-child";
import { DEFAULT_SEED, buildCorpus, writeCorpus } from "./bench-corpus";
import { median } from "./median";

const ROOT = join(__dirname, "..");
/** The compiled code measured: dist/, or (in a child) the build the request names. */
let DIST_DIR = join(ROOT, "dist");
const CORPUS_DIR = join(ROOT, ".bench", "corpus");
const PARSED_FILE = join(ROOT, ".bench", "door-parsed.json");
const PROFILE_DIR = join(ROOT, ".bench", "door-profiles");

type Mode = "fill" | "measure" | "profile" | "heap";

interface ChildRequest {
  mode: Mode;
  target: string;
  dirs: string[];
  dump?: string;
  /** The build to measure (dist/ or a `--compare` build). */
  dist: string;
}

interface ChildReport {
  /** [cold, warm], ms. */
  doorMs: number[];
  rulesMs: number[];
  doorCpuMs: number[];
  rulesCpuMs: number[];
  loadMs: number;
  resources: number;
  findings: number;
  errors: number;
  profiles?: ProfileTop[];
}

interface ProfileTop {
  run: string;
  busyMs: number;
  byFunction: { name: string; ms: number }[];
  byFile: { name: string; ms: number }[];
}

function built<T>(module: string): T {
  return require(join(DIST_DIR, module)) as T;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1000;
}

async function childMain(request: ChildRequest): Promise<void> {
  DIST_DIR = request.dist;
  const loadStart = performance.now();
  const { ParseCache } = built<typeof import("../hcl-rules/parse-hcl")>("hcl-rules/parse-hcl");
  const { scanTerraform } = built<typeof import("../hcl-rules/project")>("hcl-rules/project");
  const { ResourceGraph } = built<typeof import("../core/model")>("core/model");
  const { runRules } = built<typeof import("../core/engine")>("core/engine");
  const { resolvePolicy } = built<typeof import("../core/policy-config")>("core/policy-config");
  const { rules } = built<typeof import("../rules/index")>("rules/index");
  const loadMs = performance.now() - loadStart;

  const parsed: Record<string, Record<string, unknown>> = request.mode === "fill" ? {} : (JSON.parse(readFileSync(PARSED_FILE, "utf8")) as Record<string, Record<string, unknown>>);
  /** A parse cache in memory: every file parsed by the fill child is a hit, and nothing is written to disk. */
  class MemoryCache extends ParseCache {
    override get(key: string): Record<string, unknown> | undefined {
      return parsed[key];
    }
    override put(key: string, json: Record<string, unknown>): void {
      parsed[key] = json;
    }
    override flush(): Promise<void> {
      return Promise.resolve();
    }
  }
  const cache = new MemoryCache(join(ROOT, ".bench", "door-cache"), "door-profile", "door-profile");
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const session = request.mode === "profile" || request.mode === "heap" ? new Session() : undefined;
  const heap = request.mode === "heap";
  const post = (method: string, params?: object) =>
    new Promise<unknown>((done, fail) => session!.post(method, params, (error, result) => (error ? fail(error) : done(result))));
  if (session) {
    session.connect();
    await post("Profiler.enable");
    await post("Profiler.setSamplingInterval", { interval: 200 });
  }

  const report: ChildReport = { doorMs: [], rulesMs: [], doorCpuMs: [], rulesCpuMs: [], loadMs, resources: 0, findings: 0, errors: 0, profiles: [] };
  const runs = request.mode === "fill" ? 1 : 2;
  for (let run = 0; run < runs; run++) {
    gc();
    if (session) await post(heap ? "HeapProfiler.startSampling" : "Profiler.start", heap ? { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } : undefined);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const door = await scanTerraform({ dirs: request.dirs, files: [], explicit: [request.target] }, { parse: { cache, fastPath: false } });
    const doorEnd = performance.now();
    const doorCpu = cpuMsSince(cpuStart);
    const graph = new ResourceGraph(door.resources, door.edges);
    const engine = runRules(graph, resolvePolicy(rules));
    const end = performance.now();
    report.doorMs.push(doorEnd - start);
    report.rulesMs.push(end - doorEnd);
    report.doorCpuMs.push(doorCpu);
    report.rulesCpuMs.push(cpuMsSince(cpuStart) - doorCpu);
    if (session && heap) {
      const { profile } = (await post("HeapProfiler.stopSampling")) as { profile: HeapProfile };
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(join(PROFILE_DIR, `${run === 0 ? "cold" : "warm"}.heapprofile`), JSON.stringify(profile));
      report.profiles!.push({ run: run === 0 ? "cold" : "warm", ...heapTopOf(profile) });
    } else if (session) {
      const { profile } = (await post("Profiler.stop")) as { profile: CpuProfile };
      mkdirSync(PROFILE_DIR, { recursive: true });
      const name = run === 0 ? "cold" : "warm";
      writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
      report.profiles!.push({ run: name, ...topOf(profile) });
    }
    if (run === 0) {
      report.resources = graph.size;
      report.findings = engine.findings.length;
      report.errors = door.errors.length;
    }
    if (request.dump !== undefined) {
      const dump = {
        roots: door.roots,
        evaluated: door.evaluated,
        files: door.files,
        bytes: door.bytes,
        read: door.read,
        resources: door.resources,
        edges: door.edges,
        errors: door.errors,
        notices: door.notices,
        remoteModules: door.remoteModules,
        findings: engine.findings,
        unevaluated: engine.unevaluated,
        failures: engine.failures.map((f) => ({ ...f, error: String(f.error) })),
        rulesRun: engine.rulesRun,
      };
      writeFileSync(`${request.dump}.${run === 0 ? "cold" : "warm"}.json`, dumpText(dump, request.target));
    }
  }
  if (request.mode === "fill") {
    mkdirSync(join(ROOT, ".bench"), { recursive: true });
    writeFileSync(PARSED_FILE, JSON.stringify(parsed));
  }
  await new Promise<void>((done) => process.send!(report, () => done()));
  process.exit(0);
}

/** Deterministic JSON of anything the scan returns: Maps, Sets and class instances spelled out, paths made relative. */
function dumpText(value: unknown, target: string): string {
  const prefix = target.endsWith(sep) ? target : target + sep;
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return v.split(prefix).join("<dir>/").split(target).join("<dir>");
    if (v === undefined) return "<undefined>";
    if (typeof v === "number" && !Number.isFinite(v)) return `<${v}>`;
    if (typeof v === "bigint" || typeof v === "symbol" || typeof v === "function") return `<${typeof v} ${String(v)}>`;
    if (v === null || typeof v !== "object") return v;
    if (seen.has(v)) return "<cycle>";
    seen.add(v);
    let out: unknown;
    if (v instanceof Map) out = { "<Map>": [...v.entries()].map(([k, x]) => [walk(k), walk(x)]) };
    else if (v instanceof Set) out = { "<Set>": [...v].map(walk) };
    else if (Array.isArray(v)) out = v.map(walk);
    else {
      const o: Record<string, unknown> = {};
      const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
      if (proto !== Object.prototype && proto !== null) o["<class>"] = proto.constructor?.name;
      for (const k of Object.keys(v)) o[k] = walk((v as Record<string, unknown>)[k]);
      out = o;
    }
    seen.delete(v);
    return out;
  };
  return `${JSON.stringify(walk(value), null, 1)}\n`;
}

/** The parts of a V8 CPU profile used here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function topOf(profile: CpuProfile): Omit<ProfileTop, "run"> {
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    const fn = node.callFrame.functionName || "(anonymous)";
    if (us === 0 || fn === "(idle)" || fn === "(program)") continue;
    busy += us;
    const url = node.callFrame.url.replace(/^file:\/\//, "");
    const file = url.startsWith(DIST_DIR) ? relative(DIST_DIR, url) : url.includes("node_modules") ? url.slice(url.lastIndexOf("node_modules")) : url;
    const key = `${fn}  ${file}${file ? `:${node.callFrame.lineNumber + 1}` : ""}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byFile.set(file || fn, (byFile.get(file || fn) ?? 0) + us);
  }
  return { busyMs: busy / 1000, byFunction: largest(byFunction, 30, 1000), byFile: largest(byFile, 15, 1000) };
}

/** The `n` largest entries, divided by `unit`. */
function largest(m: Map<string, number>, n: number, unit: number): { name: string; ms: number }[] {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, x]) => ({ name, ms: x / unit }));
}

/** The parts of a V8 sampling heap profile used here. */
interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
interface HeapProfile {
  head: HeapNode;
}

/** Bytes allocated (sampled), by allocating function; "ms" holds megabytes here. */
function heapTopOf(profile: HeapProfile): Omit<ProfileTop, "run"> {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode) => {
    const url = node.callFrame.url.replace(/^file:\/\//, "");
    const file = url.startsWith(DIST_DIR) ? relative(DIST_DIR, url) : url;
    const key = `${node.callFrame.functionName || "(anonymous)"}  ${file}${file ? `:${node.callFrame.lineNumber + 1}` : ""}`;
    total += node.selfSize;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    byFile.set(file || key, (byFile.get(file || key) ?? 0) + node.selfSize);
    node.children.forEach(walk);
  };
  walk(profile.head);
  return { busyMs: total / 1e6, byFunction: largest(byFunction, 30, 1e6), byFile: largest(byFile, 15, 1e6) };
}

// ---------------------------------------------------------------------------------------------------------------
// The parent

function moduleDirs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith(".tf"))) out.push(dir);
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") walk(join(dir, e.name));
  };
  walk(root);
  return out.sort();
}

function runChild(request: ChildRequest): Promise<ChildReport> {
  return runMeasurementChild<ChildRequest, ChildReport>(__filename, request, `${request.mode} child`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let runs = 3;
  let profile = false;
  let heap = false;
  let compare: string | undefined;
  let dump: string | undefined;
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") runs = Number(argv[++i]);
    else if (a === "--profile") profile = true;
    else if (a === "--heap") heap = true;
    else if (a === "--compare") compare = resolve(argv[++i]);
    else if (a === "--dump") dump = resolve(argv[++i]);
    else if (!a.startsWith("-") && dir === undefined) dir = a;
    else {
      console.error("usage: npx tsx scripts/door-profile.ts [DIR] [--runs N] [--profile] [--heap] [--compare DIR] [--dump FILE]");
      return 2;
    }
  }
  for (const build of [DIST_DIR, ...(compare === undefined ? [] : [compare])]) {
    if (!existsSync(join(build, "hcl-rules", "project.js"))) {
      console.error(`door-profile: ${relative(process.cwd(), build)} is not built: run \`npm run compile\` first`);
      return 2;
    }
  }
  let target: string;
  if (dir === undefined) {
    writeCorpus(CORPUS_DIR, buildCorpus(DEFAULT_SEED));
    target = CORPUS_DIR;
  } else target = resolve(dir);
  const dirs = moduleDirs(target);
  rmSync(PARSED_FILE, { force: true });
  await runChild({ mode: "fill", target, dirs, dist: DIST_DIR });
  process.stderr.write(`parsed ${dirs.length} module directories of ${relative(process.cwd(), target) || "."} once (${(statSync(PARSED_FILE).size / 1e6).toFixed(1)} MB of JSON)\n`);
  // With --compare, the two builds take turns, so that a change in the machine's load falls on both alike.
  const builds = compare === undefined ? [DIST_DIR] : [compare, DIST_DIR];
  const reports = new Map<string, ChildReport[]>(builds.map((b) => [b, []]));
  for (let i = 0; i < runs; i++) {
    for (const build of builds) {
      const own = reports.get(build)!;
      own.push(await runChild({ mode: "measure", target, dirs, dist: build, ...(own.length === 0 && dump !== undefined ? { dump: build === DIST_DIR ? dump : `${dump}.compared` } : {}) }));
    }
  }
  const f = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  for (const build of builds) {
    const own = reports.get(build)!;
    const col = (key: "doorMs" | "rulesMs" | "doorCpuMs" | "rulesCpuMs", run: number) => median(own.map((r) => r[key][run]));
    const r0 = own[0];
    console.log(`${relative(ROOT, build)}: ${r0.resources} resources, ${r0.findings} findings, ${r0.errors} errors; medians of ${runs} processes; code load ${f(median(own.map((r) => r.loadMs)))}`);
    console.log(`                 cold wall   cold CPU   warm wall   warm CPU`);
    for (const [label, wall, cpu] of [
      ["door (no parse)", "doorMs", "doorCpuMs"],
      ["graph + rules  ", "rulesMs", "rulesCpuMs"],
    ] as const) {
      console.log(`${label}  ${f(col(wall, 0)).padStart(9)}  ${f(col(cpu, 0)).padStart(9)}  ${f(col(wall, 1)).padStart(9)}  ${f(col(cpu, 1)).padStart(9)}`);
    }
    console.log(`raw door cold: ${own.map((r) => r.doorMs[0].toFixed(0)).join(" ")} ms (CPU ${own.map((r) => r.doorCpuMs[0].toFixed(0)).join(" ")}); warm: ${own.map((r) => r.doorMs[1].toFixed(0)).join(" ")} ms (CPU ${own.map((r) => r.doorCpuMs[1].toFixed(0)).join(" ")})`);
  }
  if (profile) {
    const p = await runChild({ mode: "profile", target, dirs, dist: DIST_DIR });
    for (const top of p.profiles ?? []) {
      console.log(`\n${top.run} run (profiled, ${f(top.busyMs)} busy): self time by function`);
      for (const x of top.byFunction) console.log(`  ${x.ms.toFixed(1).padStart(7)} ms  ${x.name}`);
      console.log(`  by file:`);
      for (const x of top.byFile) console.log(`  ${x.ms.toFixed(1).padStart(7)} ms  ${x.name}`);
    }
  }
  if (heap) {
    const p = await runChild({ mode: "heap", target, dirs, dist: DIST_DIR });
    for (const top of p.profiles ?? []) {
      console.log(`\n${top.run} run: ${top.busyMs.toFixed(1)} MB allocated (sampled), by allocating function`);
      for (const x of top.byFunction) console.log(`  ${x.ms.toFixed(1).padStart(7)} MB  ${x.name}`);
    }
  }
  return 0;
}

if (process.argv.includes("--child")) {
  process.once("message", (request: ChildRequest) => {
    childMain(request).catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
  });
} else {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
