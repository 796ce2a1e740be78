/** The tool's own name and version, as reports and `--version` show them. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const TOOL_NAME = "moat";

let cached: string | undefined;

/**
 * The version in moat's package.json. Found by walking up from this file, because it runs both from the sources
 * (cli/) and compiled (dist/cli/).
 */
export function toolVersion(): string {
  if (cached !== undefined) return cached;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === TOOL_NAME && typeof pkg.version === "string") return (cached = pkg.version);
    }
    if (dirname(dir) === dir) return (cached = "0.0.0-unknown");
  }
}
