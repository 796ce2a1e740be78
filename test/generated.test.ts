/**
 * Generated files (the rule registry and the rule docs) must match what `npm run gen` produces from the rules,
 * so a rule can never ship without its index entry or with a stale doc.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, generate } from "../scripts/generate";

const generated = generate();

test.each([...generated.keys()])("%s is up to date (run `npm run gen` and commit the result)", (rel) => {
  const path = join(ROOT, rel);
  expect(existsSync(path) ? readFileSync(path, "utf8") : "(missing)").toBe(generated.get(rel));
});

test("every doc in docs/rules belongs to a rule (run `npm run gen` to delete stale ones)", () => {
  const docs = readdirSync(join(ROOT, "docs", "rules")).map((n) => `docs/rules/${n}`);
  expect(docs.filter((d) => !generated.has(d))).toEqual([]);
});
