"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PULUMI_PEERS = void 0;
exports.missingPulumiPeers = missingPulumiPeers;
exports.missingPulumiPeersMessage = missingPulumiPeersMessage;
/**
 * The Pulumi SDKs the pack runs on. They are optional peer dependencies of moat (and devDependencies, so `npm ci` in a
 * clone installs them): installing the CLI (pre-commit, `npm install -g`, the GitHub Action) does not download them.
 * The pack's entry point (index.ts) imports this module first, so a pack started without them stops with what to run
 * instead of a bare "Cannot find module".
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const tool_1 = require("../cli/tool");
exports.PULUMI_PEERS = ["@pulumi/policy", "@pulumi/pulumi"];
/** The peers `resolve` cannot find (from this file, as the pack's own imports resolve them). */
function missingPulumiPeers(resolve = (id) => require.resolve(id)) {
    return exports.PULUMI_PEERS.filter((id) => {
        try {
            resolve(`${id}/package.json`);
            return false;
        }
        catch {
            return true;
        }
    });
}
/**
 * The message for missing peers, for moat installed in `root`. Installed as a package (`root` under node_modules), the
 * SDKs go in the project that installed it: the pack finds them by Node's resolution from its directory, as Pulumi
 * finds `@pulumi/pulumi/cmd/run-policy-pack`. In a clone they are devDependencies: `npm ci`.
 */
function missingPulumiPeersMessage(missing, root) {
    let ranges = {};
    try {
        const pkg = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(root, "package.json"), "utf8"));
        ranges = pkg.peerDependencies ?? {};
    }
    catch {
        // no readable package.json: name the packages without versions
    }
    const specs = exports.PULUMI_PEERS.map((id) => (ranges[id] ? `"${id}@${ranges[id]}"` : id)).join(" ");
    const parts = root.split(node_path_1.sep);
    const nodeModules = parts.indexOf("node_modules");
    const what = nodeModules > 0
        ? `Install them in the project that installed moat (${parts.slice(0, nodeModules).join(node_path_1.sep)}):  npm install ${specs}\n`
        : `In ${root}, a clone of moat, run \`npm ci\`: they are its devDependencies (${specs}).\n`;
    return (`moat's Pulumi policy pack needs ${missing.join(" and ")}, which ${missing.length > 1 ? "are" : "is"} not installed: moat ` +
        `lists the Pulumi SDKs as optional peer dependencies, so installing the moat CLI does not download them.\n${what}`);
}
const missing = missingPulumiPeers();
if (missing.length > 0) {
    process.stderr.write(missingPulumiPeersMessage(missing, (0, tool_1.packageRoot)()));
    process.exit(1);
}
