// `npm ci` / `npm install` in a checkout compiles the TypeScript to dist/, so `npx moat` and the Pulumi pack work at
// once. A packed copy (what `pulumi policy publish` uploads, or an npm tarball) ships dist/ already built and no
// sources: there is nothing to compile, and the compiler is not installed.
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { execSync } = require("node:child_process");

const root = join(__dirname, "..");
if (existsSync(join(root, "tsconfig.json")) && existsSync(join(root, "core"))) {
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}
