/**
 * dist/ is committed, so that installing moat from git (pre-commit's hook install, the GitHub Action) needs no
 * compiler (test/lean-install.test.ts). It must be what the sources compile to: `npm test` runs `npm run compile`
 * before jest, so a difference between the working tree's dist/ and git's index here is a dist/ that was not
 * recompiled and committed with its sources.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });
}

test("the committed dist/ is what `npm run compile` produces (run `npm run compile` and commit dist/)", () => {
  // `npm test` compiles first: a difference between the working tree's dist/ and git's index is a stale commit.
  expect(git("ls-files", "--", "dist/cli/main.js", "dist/policies/index.js").trim().split("\n")).toEqual(["dist/cli/main.js", "dist/policies/index.js"]);
  const changed = git("diff", "--name-status", "--", "dist").trim();
  const untracked = git("ls-files", "--others", "--exclude-standard", "--", "dist").trim();
  expect({ changed, untracked }).toEqual({ changed: "", untracked: "" });
  // The bin keeps its executable bit in git, so a git install can run it.
  expect(git("ls-files", "-s", "--", "dist/cli/main.js").slice(0, 6)).toBe("100755");
});
