/**
 * The lean install (issue 14): pre-commit's `language: node` installs a hook with
 * `npm install -g --install-links git+file://<clone>`, and the GitHub Action with `npm ci --omit=dev`. Neither may
 * download the test toolchain or the Pulumi SDKs, so:
 * - dist/ is committed and package.json has no script that makes npm prepare a git dependency (pacote's git fetcher
 *   runs `npm install --force` with every devDependency, then the DirFetcher runs `prepare`, when the package has any
 *   of `build`, `preinstall`, `install`, `postinstall`, `prepack`, `prepare`, or `workspaces`: npm 11's bundled
 *   pacote, lib/git.js);
 * - the committed dist/ is what `npm run compile` produces (test/dist.test.ts);
 * - what the install leaves on disk (the packed files and the production dependency closure of package-lock.json)
 *   stays under the issue's 60 MB.
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { npmPack } from "./support/npm-pack";

const ROOT = join(__dirname, "..");
const MB = 1024 * 1024;
const BUDGET_MB = 60;

interface LockEntry {
  dev?: boolean;
  optional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  scripts?: Record<string, string>;
  workspaces?: unknown;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};
const lock = (JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> }).packages;

/** Where node would find `name` from the lockfile location `from` (its own node_modules, then each parent's). */
function resolveInLock(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf("/node_modules/")))) {
    const candidate = dir === "" ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (lock[candidate] !== undefined) return candidate;
    if (dir === "") return undefined;
  }
}

/** The lockfile locations an install without devDependencies places: the root's dependencies, transitively. */
function productionClosure(): string[] {
  const seen = new Set<string>();
  const queue = Object.keys(pkg.dependencies ?? {}).map((name) => resolveInLock("", name));
  while (queue.length > 0) {
    const at = queue.pop();
    if (at === undefined || seen.has(at)) continue;
    seen.add(at);
    const entry = lock[at];
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) queue.push(resolveInLock(at, name));
  }
  return [...seen].sort();
}

/** Bytes on disk (blocks, as `du` counts) of a directory, without its nested node_modules (their own lock entries). */
function diskBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) total += name === "node_modules" ? 0 : diskBytes(path);
    else total += stat.blocks * 512;
  }
  return total;
}

test("package.json has no script that makes npm prepare a git install (no compiler is needed to install moat)", () => {
  const preparing = ["build", "preinstall", "install", "postinstall", "prepack", "prepare"].filter((s) => pkg.scripts?.[s] !== undefined);
  expect(preparing).toEqual([]);
  expect(pkg.workspaces).toBeUndefined();
  expect(pkg.scripts?.compile).toContain("tsc -p tsconfig.json");
});

test("the Pulumi SDKs are optional peer dependencies (and devDependencies for a clone), not dependencies", () => {
  for (const name of ["@pulumi/policy", "@pulumi/pulumi"]) {
    expect(pkg.dependencies?.[name]).toBeUndefined();
    expect(pkg.peerDependencies?.[name]).toBe(`^${pkg.devDependencies?.[name]}`);
    expect(pkg.peerDependenciesMeta?.[name]?.optional).toBe(true);
  }
});

test(`an install without devDependencies stays under ${BUDGET_MB} MB: no dev or Pulumi package, and what it puts on disk`, () => {
  const closure = productionClosure();
  const names = closure.map((at) => at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length));
  expect(names).toEqual(expect.arrayContaining(Object.keys(pkg.dependencies ?? {})));
  // Each lock entry the closure reaches is one npm keeps without devDependencies, and no devDependency is among them.
  expect(closure.filter((at) => lock[at].dev === true)).toEqual([]);
  expect(names.filter((n) => n.startsWith("@pulumi/") || n.startsWith("@opentelemetry/") || n in (pkg.devDependencies ?? {}))).toEqual([]);

  const missing = closure.filter((at) => !existsSync(join(ROOT, at)) && lock[at].optional !== true);
  expect(missing).toEqual([]);
  const dependencyBytes = closure.filter((at) => existsSync(join(ROOT, at))).reduce((sum, at) => sum + diskBytes(join(ROOT, at)), 0);
  const packed = npmPack();
  // Files are counted by bytes, not blocks: allow a 4 KiB block for each.
  const totalMB = (dependencyBytes + packed.unpackedSize + packed.entryCount * 4096) / MB;
  expect(totalMB).toBeLessThan(BUDGET_MB);
});
