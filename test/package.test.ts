/**
 * What `npm publish` would ship: the CLI, the policy pack, the rule pages and schemas, and nothing that only tests
 * need (rule cases, plan fixtures, the case-forms helpers, test modules). `npm test` builds `dist/` first.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

function packedFiles(): string[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const [entry] = JSON.parse(out) as { files: { path: string }[] }[];
  return entry.files.map((f) => f.path).sort();
}

test("the package holds the CLI, the policy pack and the docs, and no test fixture or test module", () => {
  const files = packedFiles();
  expect(files).toEqual(expect.arrayContaining(["dist/cli/main.js", "dist/policies/index.js", "PulumiPolicy.yaml", "README.md"]));
  expect(files.some((f) => f.startsWith("docs/rules/MOAT-"))).toBe(true);
  const testOnly = files.filter((f) => /\.cases\.|fixture|case-forms|(^|\/)test\/|\.test\.|core\/cases\.js|\.map$/.test(f));
  // Each of these is test material that compiled into dist/: exclude it in tsconfig.json (or package.json "files").
  expect(testOnly).toEqual([]);
});
