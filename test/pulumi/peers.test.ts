/**
 * The Pulumi SDKs are optional peer dependencies: a pack started without them stops at once and says what to
 * install, with package.json's version ranges. Needs `npm run compile` first (npm test compiles).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { missingPulumiPeers, missingPulumiPeersMessage } from "../../policies/pulumi-peers";

const ROOT = join(__dirname, "..", "..");
const peers = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { peerDependencies: Record<string, string> }).peerDependencies;
const specs = `"@pulumi/policy@${peers["@pulumi/policy"]}" "@pulumi/pulumi@${peers["@pulumi/pulumi"]}"`;

test("the SDKs a clone installs are found; a missing one is named", () => {
  expect(missingPulumiPeers()).toEqual([]);
  const withoutPolicy = (id: string): string => {
    if (id.startsWith("@pulumi/policy/")) throw new Error(`Cannot find module '${id}'`);
    return id;
  };
  expect(missingPulumiPeers(withoutPolicy)).toEqual(["@pulumi/policy"]);
});

test("in a clone, the message says npm ci (the SDKs are devDependencies) with package.json's ranges", () => {
  const message = missingPulumiPeersMessage(["@pulumi/policy"], ROOT);
  expect(message).toMatch(/^moat's Pulumi policy pack needs @pulumi\/policy, which is not installed/);
  expect(message).toContain(`In ${ROOT}, a clone of moat, run \`npm ci\`: they are its devDependencies (${specs}).`);
});

test("installed as a package, the compiled pack without the SDKs exits 1 and names the project to install them in", () => {
  const entry = join(ROOT, "dist", "policies", "index.js");
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: run \`npm run compile\` before these tests (npm test does)`);
  // moat in a project's node_modules, with no SDK anywhere above it: an install without the peers.
  const project = mkdtempSync(join(tmpdir(), "moat-peers-"));
  const pack = join(project, "node_modules", "@moat-policy", "moat");
  try {
    mkdirSync(pack, { recursive: true });
    cpSync(join(ROOT, "dist"), join(pack, "dist"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(pack, "package.json"));
    const run = spawnSync(process.execPath, [join(pack, "dist", "policies", "index.js")], { cwd: pack, encoding: "utf8", timeout: 30000 });
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: "" });
    expect(run.stderr).toContain("needs @pulumi/policy and @pulumi/pulumi, which are not installed");
    expect(run.stderr).toContain(`Install them in the project that installed moat (${project}):  npm install ${specs}\n`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
