/**
 * The fast HCL path (hcl-rules/fast-hcl.ts) against the parser it stands in for, hcl2json: wherever the fast path
 * answers, its JSON must be hcl2json's, key order included; wherever hcl2json fails, the fast path must give up.
 */
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fastParse, fastParseDetailed } from "../../hcl-rules/fast-hcl";

const hcl2json = require("@cdktn/hcl2json") as { parse(file: string, text: string): Promise<Record<string, unknown>> };

/** hcl2json's JSON text for `text`, or undefined when it fails. */
async function expected(text: string): Promise<string | undefined> {
  try {
    return JSON.stringify(await hcl2json.parse("case.tf", text));
  } catch {
    return undefined;
  }
}

/** Fails unless the fast path gave up or gave exactly hcl2json's JSON; returns whether it answered. */
async function agrees(text: string): Promise<boolean> {
  const fast = fastParseDetailed(text);
  if ("bail" in fast) {
    expect(fast.bail).not.toMatch(/^internal/); // giving up must never come from the fast path throwing
    return false;
  }
  expect({ text, json: JSON.stringify(fast.json) }).toEqual({ text, json: await expected(text) });
  return true;
}

/** Texts the fast path must answer, each exactly as hcl2json does. */
const FAST: readonly string[] = [
  // more attributes than the linear search for a repeated name covers (LINEAR_NAMES), none repeated
  Array.from({ length: 40 }, (_, k) => `a${(k * 7) % 40} = ${k}\n`).join(""),
  "a = -\"x\"\n",
  "a = 1e3\n",
  "a = 1.50\n",
  "a = \"${1}\"\n",
  "a = \"x${1.50}\"\n",
  "a = <<EOT\nfoo\nEOT\n",
  "a = {(x) = 1}\n",
  "a = {x.y = 1, \"${z}\" = 2, 1 = 3, true = 4, null = 5}\n",
  "a = [(x)]\n",
  "resource \"a\" \"b\" {}\nresource = 1\n",
  "a = 007\n",
  "a = -0\n",
  "a = \"${[1]}\"\n",
  "a = 1 # c",
  "a = x.*.y\n",
  "a = \"$$${x}%%{y}\"\n",
  "a = f(x)\n",
  "a = (f(x))\n",
  "a = [f(x), (y), -z, !w, -1, !true, - 2.5]\n",
  "a = x[0].y[\"k\"].z[*].w\n",
  "a = x.0.y\n",
  "a = x[y]\n",
  "a = {x[0] = 1, x[y] = 2, x[\"a\"] = 3, x.* = 4}\n",
  "a = b ? c : d\n",
  "a = (b ?\n c : d)\n",
  "a = 1 + 2 * 3\n",
  "a = -1 + 2\n",
  "a = \"${a ? b : c}\"\n",
  "a = \"x${a ? b : c}\"\n",
  "a = {\"${a ? b : c}\" = 1}\n",
  "a = <<-EOT\n    foo\n      bar\n    \n  EOT\n",
  "a = <<-EOT\n\tfoo\n  ${x}\n    baz\nEOT\n",
  "a = <<EOT\n$${x}\n%%{y}\n${z}EOT\nEOT\n",
  "a = trimspace(<<EOT\nfoo\nEOT\n)\n",
  "a = [<<EOT\nfoo\nEOT\n, 1]\n",
  "a = x == <<EOT\nfoo\nEOT\n",
  "a = \"\\n\\t\\\"\\\\\\u0041\\U00000042\"\n",
  "b { a = 1 }\n",
  "b {\n}\n",
  "b {}\n",
  "b \"x\" y \"z\" {}\n",
  "b {\n a = 1\n}",
  "a = provider::aws::arn_parse(x)\n",
  "a = f(x...)\n",
  "a = f(x, y,)\n",
  "a = f(\n x,\n y\n)\n",
  "a = [for x in y : x if x]\n",
  "a = {for k, v in m : k => v...}\n",
  "a = { \n b = 1\n c = 2,\n d = 3 }\n",
  "a = {}\n",
  "a = []\n",
  "a = [1,]\n",
  "a = \"\"\n",
  "a = \"${x}${y}\"\n",
  "a = \"a${x}b\"\n",
  "a = \"${\"a\"}\"\n",
  "a = \"x${\"a${y}\"}\"\n",
  "a = \"x${true}${null}${1}\"\n",
  "a = x /* c */ + y\n",
  "a = x // c\nb = 2\n",
  "a = x && y || !z\n",
  "a = x.*.0\n",
  "a = x[*].y.z\n",
  "a = x[*]\n",
  "a = x.*\n",
  "a = x[ * ]\n",
  "a = 0.1\n",
  "a = 1E+2\n",
  "a = 1e-2\n",
  "__proto__ = 1\n",
  "a = {__proto__ = 1}\n",
  "a = {\"1\" = 1, \"10\" = 2, \"9\" = 3, b = 4, A = 5, _ = 6}\n",
  "a = {a = 1, a = 2}\n",
  "a = \"${x}\"\n",
  "a = \"${ x }\"\n",
  "a = \"${x\n}\"\n",
  "a = (x\n  .y)\n",
  "a = x-y\n",
  "a = x - y\n",
  "a = x -1\n",
  "a = --1\n",
  "a = -(1)\n",
  "a = !!true\n",
  "a = -1.5\n",
  "a = {(x) = 1}\n",
  "a = {x = (y)}\n",
  "a = [x]\n",
  "a = [ (x) ]\n",
  "a = {x: 1}\n",
  "a = x.y[\"z\"]\n",
  "x = {a.b.c = 1, \"a\" = 2}\n",
  "a = {-1 = 2}\n",
  "a = {[1] = 2}\n",
  "a = {1.5 = 2}\n",
  "a = {01 = 2}\n",
  "a = <<EOT\nfoo\n  EOT  \n",
  "a = <<-EOT\n  a\n   EOT\n",
  "a = <<EOT\n${x}\nEOT\n",
  "a = <<EOT\nEOT\n",
  "a = <<EOT\nfoo\nEOTX\nEOT\n",
  "a = <<EOT\nx${y}EOT\nEOT\n",
  "a = \"<<EOT\"\n",
  "",
  "\n",
  "# just a comment",
  "a = 1",
  "a=1\n",
  "a = 1 // c",
  "a = 1 /* c */\n",
  "a = 1 /* c\n */ \n",
  "b {\n} # c\n",
  "b { # c\n}\n",
  "b { /* c */ a = 1 }\n",
  "a = f(1).x\n",
  "a = f(1)[0]\n",
  "a = [1][0]\n",
  "a = \"s\".x\n",
  "a = true.x\n",
  "a = 1 < 2 <= 3 > 4 >= 5 == 6 != 7\n",
  "a = 1 / 2 % 3 * 4\n",
  "a = x ? y : z ? w : v\n",
  "a = \"x${1.50}\"\n",
  "a = {1.5 = 2, 01 = 3, 1e3 = 4, 1.5e-3 = 5, 0.0 = 6, 100 = 7, 12.340e1 = 8, 0.00012 = 9, 120e-1 = 10}\n",
  "a = \"${a ? b : c}x\"\n",
  "a = \"x${a ? \"\" : c}\"\n",
  "a = \"x${a ? b : \"\"}\"\n",
  "a = \"x${a == 1 ? \"p${q}\" : 2}\"\n",
  "a = {(a ? b : c) = 1}\n",
  "a = {a ? b : c = 1}\n",
  "a = \"${(a ? b : c)}x\"\n",
  "a = \"${a ? b : c ? d : e}x\"\n",
  "a = \"x${a ? null : true}\"\n",
  "a = \"x${ a  ?  b : c }\"\n",
  "a = \"x${ (a) ? b : c }\"\n",
  "a = \"x${ f(a) ? b : c }\"\n",
  "a = {\"b\" = 1, b = 2}\n",
  "a = <<-EOT\n  x\n\n    y\n  EOT\n",
  "a = \"\\u0000\"\n",
  "a = \"é — ${x} 日本 😀\"\n",
  "a = \"\\u00e9\\U0001F600\"\n",
  "a = {\"é\" = 1, \"z\" = 2, \"ä\" = 3, \"😀\" = 4}\n",
  "# é\na = f(1, # 😀\n 2)\n",
  "a = \"${x}\\u0301\"\n",
  "a = \"é\"\n",
  "a = \"\\u00e9\"\n",
  "a = 1\r\nb {\r\n  c = [1,\r\n  2] # x\r\n}\r\n",
  "a = <<EOT\r\nx\r\n  EOT\r\nb = f(<<-EOT\r\n    y\r\n\r\n      z\r\n    EOT\r\n)\r\n",
  "a = x == <<EOT\r\ny\r\nEOT  \r\n",
  "\uFEFFa = f(x)\n",
  "a = {\"\\uE000\" = 1, \"😀\" = 2, \"\\uFFFF\" = 3, \"a\" = 4}\n",
];

/** Texts the fast path must leave to hcl2json: errors hcl2json reports, and what the fast path does not implement. */
const BAIL: readonly string[] = [
  "a = 1\r",
  "a = 1\rb = 2\n",
  "a = \"x\r\ny\"\n",
  "a = <<EOT\nx\ry\nEOT\n",
  "a = <<EOT\n\rEOT\n",
  "a = <<EOT\nEOT\r\r\n",
  "a = <<EOT\nEOT\r \n",
  "a = \"e\u0301\"\n",
  "a = \"\\u0065\\u0301\"\n",
  "a = \"\u212B\"\n",
  "b \"e\u0301\" {}\n",
  "a = <<EOT\né\nEOT\n",
  "a = \"\\uD800\"\n",
  "a = \"\\U00110000\"\n",
  "a = \"\uD800\"\n",
  "\uFEFF\uFEFFa = 1\n",
  "a = 1\n\uFEFF",
  "a = -true\n",
  "a = !1\n",
  "a = -null\n",
  "a = <<EOT\nfoo\nEOT",
  "a = {for = 1}\n",
  "a \"x\" {}\na {}\n",
  "a {}\na \"x\" {}\n",
  "a = 1 b = 2\n",
  "a = 1\na = 2\n",
  // a repeated attribute in a body of more attributes than the linear search covers (LINEAR_NAMES)
  Array.from({ length: 20 }, (_, k) => `a${k} = ${k}\n`).join("") + "a3 = 1\n",
  Array.from({ length: 40 }, (_, k) => `a${k} = ${k}\n`).join("") + "a39 = 1\n",
  "a = \"x\n",
  "a \"${x}\" {}\n",
  "a = x.0.1\n",
  "a = b ?\n c : d\n",
  "a = \"\\x\"\n",
  "a = \"\\u12\"\n",
  "b { a = 1, c = 2 }\n",
  "b { a = 1\n}\n",
  "b {} c {}\n",
  "a = [for k, v in m : k => v]\n",
  "a = {for x in y : x}\n",
  "a = {b = 1 c = 2}\n",
  "a = {b\n= 1}\n",
  "a = [,]\n",
  "a = /* unterminated\n",
  "a = 1 ; b = 2\n",
  "a = 'x'\n",
  "a = x & y\n",
  "a = x.\"y\"\n",
  "a = 1.\n",
  "a = 1..2\n",
  "a = 1e\n",
  "a = 12345678901234567\n",
  "a = 1e400\n",
  "a = \"${x)}\"\n",
  "a = \"%{if x}y%{endif}\"\n",
  "a = \"${~x}\"\n",
  "a = \"${x~}\"\n",
  "a = x\n  .y\n",
  "a = f\n(1)\n",
  "a = <<EOT \nfoo\nEOT\n",
  "a = 1 /* c */ b = 2\n",
  "a = x.y.z(1)\n",
  "a = x::y\n",
  "a = f::(1)\n",
  "a = f(1)(2)\n",
  "a = (x)\n)\n",
  "a = \"${<<EOT\nx\nEOT\n}\"\n",
  "a = \"%{for x in y}${x}%{endfor}\"\n",
  "a = 1234567890123456\n",
  "a = 1e-400\n",
  "é = 1\n",
];

describe("fastParse", () => {
  test.each(FAST)("answers %j as hcl2json does", async (text) => {
    expect(await agrees(text)).toBe(true);
  });

  test.each(BAIL)("leaves %j to hcl2json", async (text) => {
    expect(await agrees(text)).toBe(false);
  });

  test("gives up on hostile input without throwing or hanging", () => {
    const big = 1 << 20;
    const deep = [`a = ${"[".repeat(150)}${"]".repeat(150)}\n`, `a = ${"-".repeat(150)}1\n`, `b ${'"l" '.repeat(150)}{}\n`, `a = ${"x ? y : ".repeat(150)}z\n`];
    const huge = ["[".repeat(big), "{".repeat(big), "a = " + "(".repeat(big), `a = "${"x".repeat(big)}`, "a = " + "a.".repeat(big / 2), "a = " + "-".repeat(big), '"${'.repeat(big / 3), "<<EOT\n".repeat(big / 6)];
    for (const text of [...deep, ...huge]) expect(fastParseDetailed(text)).toEqual({ bail: expect.not.stringMatching(/^internal/) });
    const long = `a = "${"x\\n".repeat(big / 3)}"\n`;
    expect(fastParse(long)).toEqual({ a: "x\n".repeat(big / 3) });
  });
});

/** Every `.tf` and `.tfvars` file under `dir` (moat parses both with hcl2json). */
function tfFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== "node_modules") tfFiles(path, out);
    } else if (entry.endsWith(".tf") || entry.endsWith(".tfvars")) out.push(path);
  }
  return out;
}

const ROOT = resolve(__dirname, "../..");
const PROJECT_TF = [...tfFiles(join(ROOT, "examples")), ...tfFiles(join(ROOT, "test"))];

describe("fastParse on the project's Terraform", () => {
  test("agrees with hcl2json on every file, and answers most of them", async () => {
    expect(PROJECT_TF.length).toBeGreaterThan(10);
    let answered = 0;
    for (const file of PROJECT_TF) if (await agrees(readFileSync(file, "utf8"))) answered++;
    expect(answered / PROJECT_TF.length).toBeGreaterThan(0.9);
  });
});

/** Pieces of HCL to build random texts from and to insert into real ones. */
const PIECES = ["a", "b_1", "x-y", "for", "in", "if", "null", "true", "0", "1.5", "1e3", " ", "\t", "\n", "=", "==", "!=", "{", "}", "[", "]", "(", ")", ",", ".", "...", "*", "-", "!", "+", "/", "%", "<", ">=", "&&", "||", "?", ":", "::", "=>", '"', '\\"', "\\n", "\\u0041", "${", "%{", "$${", "%%{", "~", "#", "//", "/*", "*/", "<<EOT\n", "<<-EOT\n", "EOT\n", "  EOT\n", "'", ";", "é", "\r\n", "\r", "\f"];

const pieceArb = fc.constantFrom(...PIECES);

type Edit = { at: number; kind: "delete" | "duplicate" | "insert"; piece: string };
const editArb: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), kind: fc.constantFrom("delete" as const, "duplicate" as const, "insert" as const), piece: pieceArb });

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of edits) {
    const at = edit.at % (out.length + 1);
    if (edit.kind === "delete") out = out.slice(0, at) + out.slice(at + 1);
    else if (edit.kind === "duplicate") out = out.slice(0, at) + out.charAt(at) + out.slice(at);
    else out = out.slice(0, at) + edit.piece + out.slice(at);
  }
  return out;
}

/** Short valid snippets that mutations start from. */
const SNIPPETS = [
  'resource "aws_s3_bucket" "b" {\n  bucket = "x-${var.env}"\n  tags = { Name = "n", "k" = 1 }\n  count = var.on ? 1 : 0\n}\n',
  'locals {\n  list = [for s in var.subnets : s.id if s.public]\n  map  = { for k, v in var.m : k => v... }\n  h = <<-EOT\n    a ${x}\n      b\n  EOT\n}\n',
  'module "m" {\n  source = "./m"\n  x = lookup(var.a, "b", null)[0].c\n  y = aws_instance.web[*].id\n  z = -1.5e2 + !true\n}\n',
  'variable "v" {\n  type = map(object({ a = string }))\n  default = {}\n  validation {\n    condition = length(var.v) > 0 # c\n    error_message = "$${x} %%{y}"\n  }\n}\n',
];

/** Random HCL expressions, mostly valid, from every construct the fast path knows. */
const exprArb: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => {
  const expr = tie("expr");
  const name = fc.constantFrom("a", "b", "var", "x_1", "y-z", "count", "each");
  const literal = fc.constantFrom("1", "0", "1.5", "007", "2e3", "1.25e-2", "true", "false", "null", '""', '"s"', '"a\\"b"', '"$${x}"', '"%%{y}"', '"\\u0041\\n"');
  const traversal = fc.tuple(name, fc.array(fc.constantFrom(".b", ".0", "[0]", '["k"]', "[*]", ".*", "[x]", ".c"), { maxLength: 3 })).map(([n, steps]) => n + steps.join(""));
  return {
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      literal,
      traversal,
      fc.tuple(name, fc.array(expr, { maxLength: 3 })).map(([n, args]) => `${n}(${args.join(", ")})`),
      fc.array(expr, { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
      fc.array(fc.tuple(fc.oneof(name, literal, expr.map((e) => `(${e})`)), expr), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k} = ${v}`).join(", ")}}`),
      fc.array(fc.oneof(fc.constantFrom("t", " ", "$${", "%%{", "-"), expr.map((e) => `\${${e}}`)), { maxLength: 3 }).map((parts) => `"${parts.join("")}"`),
      fc.tuple(expr, fc.constantFrom("+", "-", "*", "==", "&&", "<", "%"), expr).map(([l, op, r]) => `${l} ${op} ${r}`),
      fc.tuple(expr, expr, expr).map(([c, t, f]) => `${c} ? ${t} : ${f}`),
      fc.tuple(fc.constantFrom("-", "!"), expr).map(([op, e]) => op + e),
      expr.map((e) => `(${e})`),
      fc.tuple(traversal, expr).map(([c, e]) => `[for v in ${c} : ${e}]`),
      fc.tuple(fc.constantFrom("<<EOT", "<<-EOT"), fc.array(fc.constantFrom("  x", "    y ${a}", "", "\tz", "$${q}"), { maxLength: 3 })).map(([o, lines]) => `${o}\n${lines.map((l) => l + "\n").join("")}  EOT\n`),
    ),
  };
}).expr;

describe("fastParse on random and mutated text", () => {
  test("is undefined or equal to hcl2json on random expressions, and answers most", async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(exprArb, { minLength: 1, maxLength: 3 }), fc.boolean(), async (exprs, inBlock) => {
        const attrs = exprs.map((e, k) => `a${k} = ${e}\n`).join("");
        if (await agrees(inBlock ? `b "l" {\n${attrs}}\n` : attrs)) answered++;
      }),
      { numRuns: 400 },
    );
    expect(answered).toBeGreaterThan(200);
  });

  test("is undefined or equal to hcl2json on random token soup", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pieceArb, { maxLength: 30 }), async (pieces) => {
        await agrees("a = " + pieces.join(""));
        await agrees(pieces.join(""));
      }),
      { numRuns: 300 },
    );
  });

  test("is undefined or equal to hcl2json on mutations of real snippets", async () => {
    const texts = [...SNIPPETS, ...PROJECT_TF.slice(0, 8).map((file) => readFileSync(file, "utf8"))];
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(texts.length - 1), fc.array(editArb, { minLength: 1, maxLength: 3 }), async (which, edits) => {
        if (await agrees(applyEdits(texts[which], edits))) answered++;
      }),
      { numRuns: 600 },
    );
    expect(answered).toBeGreaterThan(50);
  });
});
