"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PACKAGE_NAME = exports.TOOL_NAME = void 0;
exports.toolVersion = toolVersion;
exports.packageRoot = packageRoot;
/** The tool's own name and version, as reports and `--version` show them. */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
exports.TOOL_NAME = "moat";
/** The npm package (its `bin` is `moat`): `moat` on npm is an unrelated package. */
exports.PACKAGE_NAME = "@moat-policy/moat";
let cached;
/**
 * moat's own package: its directory and the version in its package.json. Found by walking up from this file, because
 * it runs both from the sources (cli/) and compiled (dist/cli/).
 */
function ownPackage() {
    if (cached !== undefined)
        return cached;
    for (let dir = __dirname;; dir = (0, node_path_1.dirname)(dir)) {
        const file = (0, node_path_1.join)(dir, "package.json");
        if ((0, node_fs_1.existsSync)(file)) {
            let pkg = {};
            try {
                pkg = JSON.parse((0, node_fs_1.readFileSync)(file, "utf8"));
            }
            catch {
                // not moat's package.json: keep looking
            }
            if (pkg.name === exports.PACKAGE_NAME && typeof pkg.version === "string")
                return (cached = { root: dir, version: pkg.version });
        }
        if ((0, node_path_1.dirname)(dir) === dir)
            return (cached = { root: (0, node_path_1.dirname)(__dirname), version: "0.0.0-unknown" });
    }
}
function toolVersion() {
    return ownPackage().version;
}
/** The directory moat is installed in (its package.json's), for stack traces that name moat's files relative to it. */
function packageRoot() {
    return ownPackage().root;
}
