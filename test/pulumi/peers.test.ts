/**
 * The Pulumi SDKs are optional peer dependencies: a pack started without them stops at once and says what to
 * install, with package.json's version ranges. Needs `npm run compile` first (npm test compiles).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { missingPulumiPeers, missingPulumiPeersMessage } from "../../policies/pulumi-peers";

const ROOT = join(__dirname, "..", "..");
const peers = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { peerDependencies: Record<string, string> }).peerDependencies;

test("the SDKs a clone installs are found; a missing one is named", () => {
  expect(missingPulumiPeers()).toEqual([]);
  const withoutPolicy = (id: string): string => {
    if (id.startsWith("@pulumi/policy/")) throw new Error(`Cannot find module '${id}'`);
    return id;
  };
  expect(missingPulumiPeers(withoutPolicy)).toEqual(["@pulumi/policy"]);
});

test("the message gives the install command with package.json's ranges, run in the pack's directory", () => {
  const message = missingPulumiPeersMessage(["@pulumi/policy"], ROOT);
  expect(message).toContain(`Install them in ${ROOT}:  npm install --no-save "@pulumi/policy@${peers["@pulumi/policy"]}" "@pulumi/pulumi@${peers["@pulumi/pulumi"]}"`);
  expect(message).toMatch(/^moat's Pulumi policy pack needs @pulumi\/policy, which is not installed/);
  // Without a readable package.json it still names the packages.
  expect(missingPulumiPeersMessage(["@pulumi/policy", "@pulumi/pulumi"], join(ROOT, "no-such-dir"))).toContain("npm install --no-save @pulumi/policy @pulumi/pulumi\n");
});

test("the compiled pack without the SDKs exits 1 with the message, before printing anything on stdout", () => {
  const entry = join(ROOT, "dist", "policies", "index.js");
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: run \`npm run compile\` before these tests (npm test does)`);
  // A copy of the package with no node_modules anywhere above it: what an install without the peers looks like.
  const dir = mkdtempSync(join(tmpdir(), "moat-peers-"));
  try {
    cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(dir, "package.json"));
    const run = spawnSync(process.execPath, [join(dir, "dist", "policies", "index.js")], { cwd: dir, encoding: "utf8", timeout: 30000 });
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: "" });
    expect(run.stderr).toContain("needs @pulumi/policy and @pulumi/pulumi, which are not installed");
    expect(run.stderr).toContain(`Install them in ${dir}:  npm install --no-save "@pulumi/policy@${peers["@pulumi/policy"]}"`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
