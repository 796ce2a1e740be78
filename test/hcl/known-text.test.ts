/**
 * What the source door keeps of a value it cannot fully know (core/values.ts `UnknownFacts.text` and `encodes`): the
 * known text around an unknown template part, and the value a `jsonencode` of a partly unknown value encodes. MOAT-DB-010
 * reads `sslmode=disable` in a URL whose password is known only after apply through them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Value, isUnknown } from "../../core/values";
import { scanTerraform } from "../../hcl-rules/project";

async function variables(body: string): Promise<Record<string, Value>> {
  const dir = mkdtempSync(join(tmpdir(), "moat-text-"));
  try {
    writeFileSync(
      join(dir, "main.tf"),
      `variable "pw" {
  type = string
}

resource "random_password" "db" {
  length = 24
}

resource "aws_lambda_function" "f" {
  function_name = "f"
  environment {
    variables = {
${body}
    }
  }
}
`,
    );
    const result = await scanTerraform({ dirs: [dir], files: [], explicit: [dir] });
    expect(result.errors).toEqual([]);
    const f = result.resources.find((r) => r.address === "aws_lambda_function.f");
    return ((f?.attrs.environment as Value[])[0] as Record<string, Value>).variables as Record<string, Value>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a template keeps its known text around unknown parts, adjacent unknown parts merged into one hole", async () => {
  const v = await variables(`      A = "postgresql://app:\${random_password.db.result}@db.internal/orders?sslmode=disable"
      B = "\${var.pw}\${var.pw}-x"
      C = "x-%{if var.pw == "a"}a%{else}b%{endif}-y"
      D = "\${random_password.db.result}"`);
  const facts = (k: string) => (isUnknown(v[k]) ? v[k].facts : undefined);
  expect(facts("A")).toEqual({ text: ["postgresql://app:", null, "@db.internal/orders?sslmode=disable"] });
  expect(isUnknown(v.A) && v.A.reason).toBe("random_password.db.result is known after apply");
  expect(facts("B")).toEqual({ text: [null, "-x"] });
  expect(facts("C")).toEqual({ text: ["x-", null, "-y"] });
  // A lone reference is the value itself: no text to keep.
  expect(facts("D")?.text).toBeUndefined();
});

test("a template with an error in it is an error, not a hole", async () => {
  const v = await variables(`      A = "x-\${tonumber("not a number")}-y"`);
  expect(isUnknown(v.A) && v.A.facts.text).toBeFalsy();
});

test("a jsonencode of a partly unknown value keeps the value it encodes; a known one is the JSON text", async () => {
  const v = await variables(`      A = jsonencode([{ image = random_password.db.result, environment = [{ name = "X", value = "known" }] }])
      B = jsonencode({ a = "b" })`);
  expect(isUnknown(v.A)).toBe(true);
  const encoded = isUnknown(v.A) ? (v.A.facts.encodes as Record<string, Value>[]) : [];
  expect(isUnknown(encoded[0].image)).toBe(true);
  expect(encoded[0].environment).toEqual([{ name: "X", value: "known" }]);
  expect(v.B).toBe('{"a":"b"}');
});
