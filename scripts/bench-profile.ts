/**
 * Reads the V8 CPU profile `npm run bench -- --profile` writes for the scan process and says where its main thread
 * spends its time (self time, by function and by file). Worker threads write their own profiles beside it; they
 * only parse, which the bench already measures on its own.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The parts of the `.cpuprofile` format (Chrome DevTools protocol `Profiler.Profile`) used here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  file: string;
  /** Sampled time, idle included. */
  totalMs: number;
  /** Time the main thread had nothing to do: it waited for worker threads or for the disk. */
  idleMs: number;
  /** Shares of the busy time (idle excluded). */
  byFile: ProfileShare[];
  byFunction: ProfileShare[];
  /** Other threads' profiles (the parser workers), written beside it. */
  workerProfiles: number;
}

/**
 * Summarises the newest main-thread profile in `dir`. Node names profiles `CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile`;
 * the main thread is thread 0.
 */
export function summariseProfile(dir: string, root: string): ProfileSummary | undefined {
  const names = readdirSync(dir).filter((n) => n.endsWith(".cpuprofile"));
  const mainThread = names
    .filter((n) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(n))
    .map((n) => ({ n, time: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.time - a.time)[0];
  if (mainThread === undefined) return undefined;
  const path = join(dir, mainThread.n);
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile;

  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    total += us;
    const fn = node.callFrame.functionName || "(anonymous)";
    if (fn === "(idle)") {
      idle += us;
      continue;
    }
    // No line numbers: tsx runs transpiled code, whose lines are not the source's.
    const file = displayFile(node.callFrame.url, root);
    const key = file ? `${fn}  ${file}` : fn;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byFile.set(file || fn, (byFile.get(file || fn) ?? 0) + us);
  }
  const busy = total - idle;
  const shares = (m: Map<string, number>): ProfileShare[] =>
    [...m.entries()]
      .map(([name, us]) => ({ name, ms: us / 1000, percent: (100 * us) / busy }))
      .sort((a, b) => b.ms - a.ms);
  return {
    file: relative(root, path),
    totalMs: total / 1000,
    idleMs: idle / 1000,
    byFile: shares(byFile),
    byFunction: shares(byFunction),
    workerProfiles: names.length - 1,
  };
}

/** Project files relative to the root, packages by name, Node internals as `node:…`. */
function displayFile(url: string, root: string): string {
  if (url === "") return "";
  const path = url.startsWith("file://") ? decodeURIComponent(url.slice("file://".length)) : url;
  const inModules = path.lastIndexOf("/node_modules/");
  if (inModules !== -1) {
    const parts = path.slice(inModules + "/node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (path.startsWith("node:")) return path;
  if (path.startsWith("/")) return relative(root, path);
  return path;
}
