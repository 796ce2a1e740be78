/**
 * dist/ is committed, so that installing moat from git (pre-commit's hook install, the GitHub Action) needs no
 * compiler (test/lean-install.test.ts). It must be what the sources compile to: the sources are compiled here into a
 * temporary directory and compared, file by file, with dist/ in the working tree, and that with git's index; so a
 * stale dist/ fails this test whether or not `npm run compile` ran first. Under `npm test`, whose script compiles
 * dist/ before jest starts, dist/ is that compilation: compiling again would compare it with itself, so only git's
 * comparison runs.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..");
const HINT = "run npm run compile and commit dist/";
/** npm sets this for the scripts `npm test` runs; the test script's `npm run compile` has just rewritten dist/. */
const COMPILED_BY_NPM_TEST = process.env.npm_lifecycle_event === "test";

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });
}

/** Every file below `dir`, relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

test(`the committed dist/ is what the sources compile to (${HINT})`, () => {
  if (COMPILED_BY_NPM_TEST) {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.test).toMatch(/^npm run compile && /);
  } else {
    const out = mkdtempSync(join(tmpdir(), "moat-dist-"));
    try {
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.json"), "--outDir", out], { cwd: ROOT, stdio: "pipe" });
      const compiled = filesBelow(out);
      const committed = filesBelow(join(ROOT, "dist"));
      expect({ files: committed, hint: HINT }).toEqual({ files: compiled, hint: HINT });
      const stale = compiled.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(ROOT, "dist", f))));
      expect({ stale, hint: HINT }).toEqual({ stale: [], hint: HINT });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  // The working tree's dist/ is git's: nothing changed or left untracked.
  const changed = git("diff", "--name-status", "--", "dist").trim();
  const untracked = git("ls-files", "--others", "--exclude-standard", "--", "dist").trim();
  expect({ changed, untracked, hint: HINT }).toEqual({ changed: "", untracked: "", hint: HINT });
  // The bin keeps its executable bit in git, so a git install can run it.
  expect(git("ls-files", "-s", "--", "dist/cli/main.js").slice(0, 6)).toBe("100755");
}, 120_000);
