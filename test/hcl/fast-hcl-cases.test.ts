/**
 * The fast HCL path (hcl-rules/fast-hcl.ts) on the cases of its adversarial review: 1,439 hand-made texts aimed at
 * the corners of HCL's scanner and parser and of hcl2json's converter (escapes, `$${`/`%%{` at literal edges,
 * heredocs, comments between tokens, keys, splats, legacy indexes, number formats, the `)` quirk of hcl2json's
 * rangeSource, `__proto__` and integer-like keys, NUL, NFC, deep nesting; fast-hcl-attack-cases.json), and the
 * mismatches the review found (fast-hcl-repros.json). `scripts/fast-hcl-attack.ts` made them and finds more.
 * On each, the fast path gives up or gives exactly hcl2json's JSON, key order included.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fastParse } from "../../hcl-rules/fast-hcl";

const hcl2json = require("@cdktn/hcl2json") as { parse(file: string, text: string): Promise<Record<string, unknown>> };

const read = <T>(name: string): T => JSON.parse(readFileSync(join(__dirname, name), "utf8")) as T;
const CASES = read<string[]>("fast-hcl-attack-cases.json");
const REPROS = read<{ text: string; what: string }[]>("fast-hcl-repros.json");

/** hcl2json's JSON text for `text`, or undefined when it fails. */
async function expected(text: string): Promise<string | undefined> {
  try {
    return JSON.stringify(await hcl2json.parse("case.tf", text));
  } catch {
    return undefined;
  }
}

describe("the fast path on the review's cases", () => {
  test("gives up or agrees with hcl2json on every hand-made case, and answers most of them", async () => {
    const wrong: { text: string; hcl2json: string | undefined; fast: string }[] = [];
    let answered = 0;
    for (const text of CASES) {
      const fast = fastParse(text);
      if (fast === undefined) continue;
      answered++;
      const want = await expected(text);
      if (JSON.stringify(fast) !== want) wrong.push({ text, hcl2json: want, fast: JSON.stringify(fast) });
    }
    expect(wrong).toEqual([]);
    expect(CASES.length).toBeGreaterThan(1000);
    expect(answered / CASES.length).toBeGreaterThan(0.6);
  }, 120_000);

  test.each(REPROS.map((r) => [r.what, r.text]))("a mismatch the review found is gone: %s", async (_what, text) => {
    const fast = fastParse(text);
    if (fast !== undefined) expect(JSON.stringify(fast)).toBe(await expected(text));
  });
});
