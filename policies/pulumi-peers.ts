/**
 * The Pulumi SDKs the pack runs on. They are optional peer dependencies of moat (and devDependencies, so `npm ci` in a
 * clone installs them): installing the CLI (pre-commit, `npm install -g`, the GitHub Action) does not download them.
 * The pack's entry point (index.ts) imports this module first, so a pack started without them stops with what to run
 * instead of a bare "Cannot find module".
 */
import { readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { packageRoot } from "../cli/tool";

export const PULUMI_PEERS = ["@pulumi/policy", "@pulumi/pulumi"];

/** The peers `resolve` cannot find (from this file, as the pack's own imports resolve them). */
export function missingPulumiPeers(resolve: (id: string) => string = (id) => require.resolve(id)): string[] {
  return PULUMI_PEERS.filter((id) => {
    try {
      resolve(`${id}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * The message for missing peers, for moat installed in `root`. Installed as a package (`root` under node_modules), the
 * SDKs go in the project that installed it: the pack finds them by Node's resolution from its directory, as Pulumi
 * finds `@pulumi/pulumi/cmd/run-policy-pack`. In a clone they are devDependencies: `npm ci`.
 */
export function missingPulumiPeersMessage(missing: string[], root: string): string {
  let ranges: Record<string, string> = {};
  try {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { peerDependencies?: Record<string, string> };
    ranges = pkg.peerDependencies ?? {};
  } catch {
    // no readable package.json: name the packages without versions
  }
  const specs = PULUMI_PEERS.map((id) => (ranges[id] ? `"${id}@${ranges[id]}"` : id)).join(" ");
  const parts = root.split(sep);
  const nodeModules = parts.indexOf("node_modules");
  const what =
    nodeModules > 0
      ? `Install them in the project that installed moat (${parts.slice(0, nodeModules).join(sep)}):  npm install ${specs}\n`
      : `In ${root}, a clone of moat, run \`npm ci\`: they are its devDependencies (${specs}).\n`;
  return (
    `moat's Pulumi policy pack needs ${missing.join(" and ")}, which ${missing.length > 1 ? "are" : "is"} not installed: moat ` +
    `lists the Pulumi SDKs as optional peer dependencies, so installing the moat CLI does not download them.\n${what}`
  );
}

const missing = missingPulumiPeers();
if (missing.length > 0) {
  process.stderr.write(missingPulumiPeersMessage(missing, packageRoot()));
  process.exit(1);
}
