/** The tool's own name and version, as reports and `--version` show them. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const TOOL_NAME = "moat";

/** The npm package (its `bin` is `moat`): `moat` on npm is an unrelated package. */
export const PACKAGE_NAME = "@moat-policy/moat";

let cached: { root: string; version: string } | undefined;

/**
 * moat's own package: its directory and the version in its package.json. Found by walking up from this file, because
 * it runs both from the sources (cli/) and compiled (dist/cli/).
 */
function ownPackage(): { root: string; version: string } {
  if (cached !== undefined) return cached;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      let pkg: { name?: string; version?: string } = {};
      try {
        pkg = JSON.parse(readFileSync(file, "utf8")) as typeof pkg;
      } catch {
        // not moat's package.json: keep looking
      }
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === "string") return (cached = { root: dir, version: pkg.version });
    }
    if (dirname(dir) === dir) return (cached = { root: dirname(__dirname), version: "0.0.0-unknown" });
  }
}

export function toolVersion(): string {
  return ownPackage().version;
}

/** The directory moat is installed in (its package.json's), for stack traces that name moat's files relative to it. */
export function packageRoot(): string {
  return ownPackage().root;
}
