/** `npm run gen`: writes every generated file (see scripts/generate.ts). `--check` only reports stale files. */
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT, generate } from "./generate";

async function main(check: boolean): Promise<number> {
  const files = await generate();
  const stale: string[] = [];
  for (const [rel, content] of files) {
    const path = join(ROOT, rel);
    const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (current === content) continue;
    stale.push(rel);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
  // Docs of rules that no longer exist.
  const docsDir = join(ROOT, "docs", "rules");
  for (const name of existsSync(docsDir) ? readdirSync(docsDir) : []) {
    const rel = `docs/rules/${name}`;
    if (files.has(rel)) continue;
    stale.push(rel);
    if (!check) unlinkSync(join(docsDir, name));
  }
  if (check && stale.length > 0) {
    console.error(`Generated files are stale: ${stale.join(", ")}\nRun \`npm run gen\` and commit the result.`);
    return 1;
  }
  console.log(stale.length === 0 ? "generated files are up to date" : `wrote ${stale.length} file(s): ${stale.join(", ")}`);
  return 0;
}

main(process.argv.includes("--check")).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
