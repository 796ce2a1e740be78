/**
 * Generated files (the rule registry and the rule docs) must match what `npm run gen` produces from the rules,
 * so a rule can never ship without its index entry or with a stale doc.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, generate } from "../scripts/generate";

let generated = new Map<string, string>();
beforeAll(async () => {
  generated = await generate();
});

test("every generated file is up to date (run `npm run gen` and commit the result)", () => {
  const stale = [...generated.entries()]
    .filter(([rel, content]) => {
      const path = join(ROOT, rel);
      return (existsSync(path) ? readFileSync(path, "utf8") : undefined) !== content;
    })
    .map(([rel]) => rel);
  expect(stale).toEqual([]);
  expect([...generated.keys()]).toEqual(expect.arrayContaining(["rules/index.ts", "schemas/config.schema.json", "README.md", "examples/plans/insecure.json"]));
});

test("every doc in docs/rules belongs to a rule (run `npm run gen` to delete stale ones)", () => {
  const docs = readdirSync(join(ROOT, "docs", "rules")).map((n) => `docs/rules/${n}`);
  expect(docs.filter((d) => !generated.has(d))).toEqual([]);
});
