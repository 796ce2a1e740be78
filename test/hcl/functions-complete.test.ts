/**
 * Every function Terraform 1.x documents either evaluates or is listed, with its reason, in docs/functions.md's
 * "Not evaluated" table; the table lists nothing else. A function counts as evaluated when a representative call,
 * written in a scanned .tf file, gives a known value.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isUnknown } from "../../core/values";
import { NOT_EVALUATED, TERRAFORM_FUNCTIONS } from "../../hcl-rules/functions";
import { scanTerraform } from "../../hcl-rules/project";

/** A representative call of each function moat evaluates (HCL; `data.txt` and `t.tpl` exist beside it). */
const SAMPLES: Record<string, string> = {
  abs: "abs(-1)",
  ceil: "ceil(1.2)",
  floor: "floor(1.8)",
  log: "log(16, 2)",
  max: "max(1, 2)",
  min: "min(1, 2)",
  parseint: 'parseint("ff", 16)',
  pow: "pow(2, 3)",
  signum: "signum(-3)",
  chomp: 'chomp("a\\n")',
  endswith: 'endswith("abc", "c")',
  format: 'format("%s-%d", "a", 1)',
  formatlist: 'formatlist("%s!", ["a", "b"])',
  indent: 'indent(2, "a\\nb")',
  join: 'join(",", ["a", "b"])',
  lower: 'lower("A")',
  regex: 'regex("[a-z]+", "123abc")',
  regexall: 'regexall("[a-z]", "a1b")',
  replace: 'replace("a-b", "-", "_")',
  split: 'split(",", "a,b")',
  startswith: 'startswith("abc", "a")',
  strcontains: 'strcontains("abc", "b")',
  strrev: 'strrev("abc")',
  substr: 'substr("hello", 1, 3)',
  templatestring: 'templatestring(local.template, { name = "x" })',
  title: 'title("hello world")',
  trim: 'trim("?a?", "?")',
  trimprefix: 'trimprefix("ab", "a")',
  trimsuffix: 'trimsuffix("ab", "b")',
  trimspace: 'trimspace(" a ")',
  upper: 'upper("a")',
  alltrue: "alltrue([true, true])",
  anytrue: "anytrue([false, true])",
  chunklist: "chunklist([1, 2, 3], 2)",
  coalesce: 'coalesce("", "a")',
  coalescelist: "coalescelist([], [1])",
  compact: 'compact(["a", ""])',
  concat: "concat([1], [2])",
  contains: "contains([1, 2], 2)",
  distinct: "distinct([1, 1, 2])",
  element: "element([1, 2], 3)",
  flatten: "flatten([[1], [2, [3]]])",
  index: 'index(["a", "b"], "b")',
  keys: "keys({ a = 1 })",
  length: "length([1, 2])",
  list: "list(1, 2)",
  lookup: 'lookup({ a = 1 }, "a")',
  map: 'map("a", 1)',
  matchkeys: 'matchkeys(["x", "y"], ["a", "b"], ["b"])',
  merge: "merge({ a = 1 }, { b = 2 })",
  one: "one([1])",
  range: "range(3)",
  reverse: "reverse([1, 2])",
  setintersection: "setintersection([1, 2], [2, 3])",
  setproduct: 'setproduct(["a"], [1, 2])',
  setsubtract: "setsubtract([1, 2], [2])",
  setunion: "setunion([1], [2])",
  slice: "slice([1, 2, 3], 1, 2)",
  sort: 'sort(["b", "a"])',
  sum: "sum([1, 2])",
  transpose: 'transpose({ a = ["1"] })',
  values: "values({ a = 1 })",
  zipmap: 'zipmap(["a"], [1])',
  base64decode: 'base64decode("YQ==")',
  base64encode: 'base64encode("a")',
  csvdecode: 'csvdecode("a,b\\n1,2\\n")',
  jsondecode: 'jsondecode("{\\"a\\": 1}")',
  jsonencode: "jsonencode({ a = 1 })",
  textdecodebase64: 'textdecodebase64("YQ==", "UTF-8")',
  textencodebase64: 'textencodebase64("a", "UTF-8")',
  urlencode: 'urlencode("a b")',
  yamldecode: 'yamldecode("a: 1")',
  dirname: 'dirname("a/b")',
  basename: 'basename("a/b")',
  file: 'file("data.txt")',
  fileexists: 'fileexists("data.txt")',
  fileset: 'fileset(path.module, "*.txt")',
  templatefile: 'templatefile("t.tpl", { name = "x" })',
  timeadd: 'timeadd("2024-01-01T00:00:00Z", "1h")',
  timecmp: 'timecmp("2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z")',
  formatdate: 'formatdate("DD MMM YYYY", "2024-01-01T00:00:00Z")',
  base64sha256: 'base64sha256("a")',
  base64sha512: 'base64sha512("a")',
  md5: 'md5("a")',
  sha1: 'sha1("a")',
  sha256: 'sha256("a")',
  sha512: 'sha512("a")',
  uuidv5: 'uuidv5("dns", "example.com")',
  cidrhost: 'cidrhost("10.0.0.0/24", 1)',
  cidrnetmask: 'cidrnetmask("10.0.0.0/24")',
  cidrsubnet: 'cidrsubnet("10.0.0.0/16", 8, 1)',
  cidrsubnets: 'cidrsubnets("10.0.0.0/16", 8, 8)',
  can: "can(local.missing)",
  nonsensitive: 'nonsensitive("a")',
  sensitive: 'sensitive("a")',
  tobool: 'tobool("true")',
  tolist: "tolist([1])",
  tomap: "tomap({ a = 1 })",
  tonumber: 'tonumber("1")',
  toset: "toset([1, 1])",
  tostring: "tostring(1)",
  try: "try(local.missing, 1)",
};

/** The "Not evaluated" table of docs/functions.md: function name → reason. */
function documentedNotEvaluated(): Map<string, string> {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "functions.md"), "utf8");
  const section = doc.split(/^## /m).find((s) => s.startsWith("Not evaluated"));
  if (!section) throw new Error('docs/functions.md has no "## Not evaluated" section');
  const rows = new Map<string, string>();
  for (const m of section.matchAll(/^\| `([^`]+)` \| (.+?) \|$/gm)) rows.set(m[1], m[2]);
  return rows;
}

let dir: string;
let tags: Record<string, unknown>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "moat-fn-complete-"));
  const calls = [...Object.entries(SAMPLES), ...Object.keys(NOT_EVALUATED).map((name) => [name, notEvaluatedCall(name)])];
  const lines = calls.map(([, expr], i) => `    f${i} = ${expr}`).join("\n");
  writeFileSync(
    join(dir, "main.tf"),
    `locals {\n  template = "hello $\${name}"\n}\nresource "aws_security_group" "fn" {\n  tags = {\n${lines}\n  }\n}\n`,
  );
  writeFileSync(join(dir, "data.txt"), "data");
  writeFileSync(join(dir, "t.tpl"), "hello ${name}");
  const result = await scanTerraform({ dirs: [dir], files: [], explicit: [dir] });
  expect(result.errors).toEqual([]);
  const raw = result.resources[0].attrs.tags as Record<string, unknown>;
  tags = Object.fromEntries(calls.map(([name], i) => [name, raw[`f${i}`]]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A call of a function moat does not evaluate, with arguments of the right kinds. */
function notEvaluatedCall(name: string): string {
  const args: Record<string, string> = {
    timestamp: "",
    plantimestamp: "",
    uuid: "",
    bcrypt: '"a"',
    rsadecrypt: '"a", "b"',
    filebase64: '"data.txt"',
    base64gzip: '"a"',
    yamlencode: "{ a = 1 }",
    "provider::terraform::encode_expr": "1",
    "provider::terraform::encode_tfvars": "{ a = 1 }",
    "provider::terraform::decode_tfvars": '"a = 1"',
    convert: '"1", number',
    type: "1",
  };
  return `${name}(${args[name] ?? (name.startsWith("file") ? '"data.txt"' : '"a"')})`;
}

describe("every Terraform function is evaluated or documented as not evaluated", () => {
  it("the lists split Terraform's functions exactly: each is sampled or listed, never both, and nothing else is", () => {
    expect(new Set(TERRAFORM_FUNCTIONS).size).toBe(TERRAFORM_FUNCTIONS.length);
    const missing = TERRAFORM_FUNCTIONS.filter((f) => !(f in SAMPLES) && !(f in NOT_EVALUATED));
    expect(missing).toEqual([]);
    expect(Object.keys(SAMPLES).filter((f) => f in NOT_EVALUATED)).toEqual([]);
    expect([...Object.keys(SAMPLES), ...Object.keys(NOT_EVALUATED)].filter((f) => !TERRAFORM_FUNCTIONS.includes(f))).toEqual([]);
  });

  it.each(Object.keys(SAMPLES))("%s evaluates to a known value", (name) => {
    const value = tags[name];
    if (isUnknown(value)) throw new Error(`${SAMPLES[name]} is unknown: ${value.reason}`);
    expect(value).not.toBeUndefined();
  });

  it.each(Object.keys(NOT_EVALUATED))("%s is not evaluated, and says why", (name) => {
    const value = tags[name];
    if (!isUnknown(value)) throw new Error(`${notEvaluatedCall(name)} evaluates (${JSON.stringify(value)}): remove it from NOT_EVALUATED and docs/functions.md, and sample it`);
    expect(value.reason).toContain(NOT_EVALUATED[name]);
  });

  it("docs/functions.md lists exactly the functions that are not evaluated, with their reasons", () => {
    const documented = documentedNotEvaluated();
    expect(Object.fromEntries(documented)).toEqual(NOT_EVALUATED);
  });
});
