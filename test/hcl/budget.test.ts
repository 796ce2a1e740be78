/**
 * The evaluation budget (core/limits.ts) and the attacks it answers: every hostile input finishes, nothing it cuts
 * short is silent (an error entry names the limit and how to raise it, so the CLI exits 2), and no recursion loses
 * the report. Small limits keep each attack small; the attacks that are cheap at the default limits run at them too.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { EvaluationLimits } from "../../core/limits";
import type { Resource } from "../../core/model";
import { type Value, firstUnknown, isUnknown } from "../../core/values";
import { type TerraformResult, scanTerraform } from "../../hcl-rules/project";
import { moat } from "../cli/run-moat";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // already gone
    }
    rmSync(d, { recursive: true, force: true });
  }
});

function write(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "moat-budget-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

interface Scanned extends TerraformResult {
  byAddress: Map<string, Resource>;
  dir: string;
  /** Error entries as `file:line message`, file relative to the scanned directory. */
  problems: string[];
}

async function scan(files: Record<string, string>, options: { limits?: Partial<EvaluationLimits>; roots?: string[]; explicit?: string[] } = {}): Promise<Scanned> {
  const dir = write(files);
  const roots = (options.roots ?? [""]).map((r) => join(dir, r));
  const explicit = (options.explicit ?? options.roots ?? [""]).map((r) => join(dir, r));
  const result = await scanTerraform({ dirs: roots, files: [], explicit }, { limits: options.limits });
  return {
    ...result,
    byAddress: new Map(result.resources.map((r) => [r.address, r])),
    dir,
    problems: result.errors.map((e) => `${e.file.startsWith(dir) ? e.file.slice(dir.length + 1) : e.file}:${e.line ?? ""} ${e.message}`),
  };
}

function attr(r: Scanned, address: string, name: string): unknown {
  const res = r.byAddress.get(address);
  if (!res) throw new Error(`${address} not found (have ${[...r.byAddress.keys()].slice(0, 10).join(", ")})`);
  return res.attrs[name];
}

function reason(v: unknown): string {
  if (!isUnknown(v)) throw new Error(`expected an Unknown, got ${JSON.stringify(v)?.slice(0, 200)}`);
  return v.reason;
}

describe("regular expressions run with RE2 semantics in linear time", () => {
  test('replace("aaaa…ab", "/^(a+)+$/", "x") finishes (it backtracks for minutes with JavaScript RegExp)', async () => {
    const input = "a".repeat(5_000) + "b";
    const r = await scan({
      "main.tf": `
locals {
  input = "${input}"
}
resource "aws_lb_listener" "l" {
  protocol = replace(local.input, "/^(a+)+$/", "x")
  port     = length(regexall("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"))
}
`,
    });
    expect(attr(r, "aws_lb_listener.l", "protocol")).toBe(input);
    expect(attr(r, "aws_lb_listener.l", "port")).toBe(0);
    expect(r.errors).toEqual([]);
  });

  test("Terraform's semantics: $1 and ${name} in replace, named groups as an object, groups as a list, all matches", async () => {
    const r = await scan({
      "main.tf": `
resource "aws_x" "r" {
  swapped = replace("host:8080", "/(?P<host>[a-z]+):([0-9]+)/", "$2/$\${host}/$$")
  named   = regex("(?P<proto>[a-z]+)://(?P<rest>.*)", "https://example.com")
  groups  = regex("([a-z]+)-([0-9]+)?", "web-")
  whole   = regex("[0-9]+", "abc123def")
  all     = regexall("[0-9]+", "1 22 333")
  empties = replace("abc", "/x*/", "-")
  plain   = replace("a.b.c", ".", "/")
  between = replace("ab", "", "-")
}
`,
    });
    const get = (n: string) => attr(r, "aws_x.r", n);
    expect(get("swapped")).toBe("8080/host/$");
    expect(get("named")).toEqual({ proto: "https", rest: "example.com" });
    expect(get("groups")).toEqual(["web", null]);
    expect(get("whole")).toBe("123");
    expect(get("all")).toEqual(["1", "22", "333"]);
    expect(get("empties")).toBe("-a-b-c-");
    expect(get("plain")).toBe("a/b/c");
    expect(get("between")).toBe("-a-b-");
  });

  test("chomp() and format() have no quadratic regular expression inside: a long run of newlines or verbs finishes", async () => {
    const r = await scan({
      "main.tf": `
locals {
  newlines = join("", [for i in range(20000) : "\\n"])
}
resource "aws_x" "r" {
  kept    = length(chomp("\${local.newlines}x"))
  chomped = chomp("a\\r\\n\\n")
  verbs   = length(format(join("", [for i in range(20000) : "%%"])))
}
`,
    });
    expect(attr(r, "aws_x.r", "kept")).toBe(20_001);
    expect(attr(r, "aws_x.r", "chomped")).toBe("a");
    expect(attr(r, "aws_x.r", "verbs")).toBe(20_000);
  });

  test("a pattern RE2 rejects is an evaluation error (Unknown with the reason), as in Terraform; can() sees it", async () => {
    const r = await scan({
      "main.tf": `
resource "aws_x" "r" {
  backref = regex("(a)\\\\1", "aa")
  checked = can(regex("(a)\\\\1", "aa"))
}
`,
    });
    expect(reason(attr(r, "aws_x.r", "backref"))).toMatch(/regex: invalid regular expression .*invalid escape/);
    expect(attr(r, "aws_x.r", "checked")).toBe(false);
  });
});

describe("instances", () => {
  test("count past limits.maxInstancesPerBlock is an error at the count line; the first instances are evaluated", async () => {
    const r = await scan(
      {
        "main.tf": `
resource "aws_security_group_rule" "r" {
  count       = 25
  from_port   = count.index
}
`,
      },
      { limits: { maxInstancesPerBlock: 10 } },
    );
    expect(r.resources).toHaveLength(10);
    expect(r.problems).toEqual([
      "main.tf:3 count = 25 exceeds limits.maxInstancesPerBlock (10), so its instances past the first 10 were not evaluated; raise limits.maxInstancesPerBlock in moat.config.yaml if this is intended",
    ]);
  });

  test("for_each past limits.maxInstancesPerBlock is an error at the for_each line", async () => {
    const r = await scan(
      { "main.tf": 'resource "aws_x" "r" {\n  for_each = toset([for i in range(30) : "k${i}"])\n  name = each.key\n}\n' },
      { limits: { maxInstancesPerBlock: 10 } },
    );
    expect(r.resources).toHaveLength(10);
    expect(r.problems).toEqual([expect.stringMatching(/^main\.tf:2 for_each over 30 elements exceeds limits\.maxInstancesPerBlock \(10\)/)]);
  });

  test("at the default limit: count = 20000 with only instance 15000 open is an error, not a silent pass", async () => {
    const r = await scan({
      "main.tf": `
resource "aws_security_group" "sg" {
  count = 20000
  ingress {
    from_port   = 22
    cidr_blocks = count.index == 15000 ? ["0.0.0.0/0"] : ["10.0.0.0/8"]
  }
}
`,
    });
    expect(r.resources).toHaveLength(10_000);
    expect(r.problems).toEqual([expect.stringMatching(/^main\.tf:3 count = 20000 exceeds limits\.maxInstancesPerBlock \(10000\), so its instances past the first 10000 were not evaluated; raise limits\.maxInstancesPerBlock in moat\.config\.yaml/)]);
  });

  test("instances multiply through modules only up to limits.maxInstances over the whole scan", async () => {
    const r = await scan(
      {
        "main.tf": 'module "m" {\n  source = "./m"\n  count  = 10\n}\n',
        "m/main.tf": 'resource "aws_x" "r" {\n  count = 10\n  name  = "x"\n}\n',
      },
      { limits: { maxInstances: 50 } },
    );
    // 10 module instances + 40 resources
    expect(r.resources).toHaveLength(40);
    expect(r.problems).toEqual([
      "m/main.tf:2 the number of resource and module instances in the scan exceeds limits.maxInstances (50), so the remaining instances of this block were not evaluated; raise limits.maxInstances in moat.config.yaml if this is intended",
    ]);
  });
});

describe("steps, collections and strings", () => {
  test("nested for-expressions over range() stop at limits.maxSteps: Unknown, and one error", async () => {
    const r = await scan(
      {
        "main.tf": `
locals {
  grid = [for a in range(1000) : [for b in range(1000) : a * b]]
}
resource "aws_x" "r" {
  n = local.grid[999][999]
}
resource "aws_x" "z_later" {
  port = 1 + 1
}
`,
      },
      { limits: { maxSteps: 50_000 } },
    );
    expect(reason(attr(r, "aws_x.r", "n"))).toMatch(/limits\.maxSteps \(50000\)/);
    // The scan's budget is spent: what is evaluated afterwards is Unknown too (and covered by the one error).
    expect(reason(attr(r, "aws_x.z_later", "port"))).toMatch(/limits\.maxSteps \(50000\)/);
    expect(r.problems).toEqual([expect.stringMatching(/^main\.tf:3 the scan's evaluation took more than limits\.maxSteps \(50000\) steps/)]);
  });

  test("range() and other collections past limits.maxCollectionSize are Unknown with the limit's name", async () => {
    const r = await scan(
      {
        "main.tf": `
resource "aws_x" "r" {
  huge    = range(1000000000)
  product = setproduct(range(100), range(100))
  joined  = concat(range(60), range(60))
  small   = length(range(10))
}
`,
      },
      { limits: { maxCollectionSize: 100 } },
    );
    expect(reason(attr(r, "aws_x.r", "huge"))).toBe("range() result with 1000000000 elements exceeds limits.maxCollectionSize (100)");
    expect(reason(attr(r, "aws_x.r", "product"))).toMatch(/setproduct\(\) result with 10000 elements exceeds limits\.maxCollectionSize/);
    expect(reason(attr(r, "aws_x.r", "joined"))).toMatch(/concat\(\) result with 120 elements exceeds/);
    expect(attr(r, "aws_x.r", "small")).toBe(10);
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatch(/^main\.tf:3 range\(\) result with 1000000000 elements exceeds limits\.maxCollectionSize \(100\), so it was not evaluated; raise limits\.maxCollectionSize in moat\.config\.yaml/);
  });

  test("a value built from shared parts is walked within the budget: capped where it leaves the evaluator, charged where functions walk it", async () => {
    const r = await scan(
      {
        "main.tf": `
locals {
  row  = range(100)
  grid = [for i in range(100) : local.row]
}
resource "aws_x" "r" {
  count = 20
  whole = local.grid
  json  = length(jsonencode(local.grid))
}
`,
      },
      { limits: { maxCollectionSize: 1000, maxSteps: 60_000 } },
    );
    expect(reason(r.byAddress.get("aws_x.r[0]")?.attrs.whole)).toBe("a value with more than 1000 elements in all exceeds limits.maxCollectionSize (1000)");
    expect(attr(r, "aws_x.r[0]", "json")).toBe(JSON.stringify(Array.from({ length: 100 }, () => Array.from({ length: 100 }, (_, i) => i))).length);
    // 20 × 10,000 nodes to encode: the scan's steps run out on the way, and what follows is Unknown, not slow.
    expect(reason(attr(r, "aws_x.r[19]", "json"))).toMatch(/limits\.maxSteps \(60000\)/);
    expect(r.problems.map((p) => p.replace(/^(\S+) .*(limits\.\w+).*$/, "$1 $2")).sort()).toEqual(["main.tf:8 limits.maxCollectionSize", "main.tf:9 limits.maxSteps"]);
  });

  test("strings that double through locals stop at limits.maxStringLength", async () => {
    const locals = ['  s0 = "ab"', ...Array.from({ length: 40 }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"`)].join("\n");
    const r = await scan(
      {
        "main.tf": `
locals {
${locals}
}
resource "aws_x" "r" {
  name   = local.s40
  joined = join(",", [local.s5, local.s5, local.s5])
  padded = format("%900000000s", "x")
  rev    = strrev("abc")
}
`,
      },
      { limits: { maxStringLength: 1000 } },
    );
    expect(reason(attr(r, "aws_x.r", "name"))).toMatch(/template result of \d+ characters exceeds limits\.maxStringLength \(1000\)/);
    expect(attr(r, "aws_x.r", "joined")).toHaveLength(3 * 64 + 2);
    expect(reason(attr(r, "aws_x.r", "padded"))).toMatch(/limits\.maxStringLength/);
    expect(attr(r, "aws_x.r", "rev")).toBe("cba");
    expect(r.problems.length).toBeGreaterThanOrEqual(2);
    expect(r.problems.every((p) => /limits\.maxStringLength/.test(p))).toBe(true);
  });
});

test("a limit reached in many places lists 200 errors and counts the rest", async () => {
  const blocks = Array.from({ length: 250 }, (_, i) => `resource "aws_x" "r${i}" {\n  a = range(20)\n}\n`).join("");
  const r = await scan({ "main.tf": blocks }, { limits: { maxCollectionSize: 10 } });
  expect(r.resources).toHaveLength(250);
  expect(r.errors).toHaveLength(201);
  expect(r.errors[200]).toEqual({ file: "(evaluation)", message: "50 more evaluation errors are not listed (the first 200 are)" });
});

describe("no recursion can kill the report", () => {
  test("a 2,000-term sum (8 KB) is Unknown with the depth limit's name; the rest of the file is evaluated", async () => {
    const sum = Array.from({ length: 2000 }, () => "0").join(" + ") + " + 22";
    const r = await scan({
      "main.tf": `
resource "aws_x" "deep" {
  port = ${sum}
}
resource "aws_x" "fine" {
  port = 1 + 2
}
`,
    });
    expect(reason(attr(r, "aws_x.deep", "port"))).toBe("evaluation nested deeper than limits.maxEvaluationDepth (1000)");
    expect(attr(r, "aws_x.fine", "port")).toBe(3);
    expect(r.problems).toEqual([
      "main.tf:3 evaluation nested deeper than limits.maxEvaluationDepth (1000), so it was not evaluated; raise limits.maxEvaluationDepth in moat.config.yaml if this is intended",
    ]);
  });

  test("with the depth limit raised past what the stack holds, an overflow still costs only its own value", async () => {
    const sum = Array.from({ length: 20_000 }, () => "0").join(" + ");
    const r = await scan(
      { "main.tf": `resource "aws_x" "r" {\n  a = ${sum}\n  b = 1\n}\nresource "aws_x" "s" {\n  count = ${sum}\n}\n` },
      { limits: { maxEvaluationDepth: 10_000_000 } },
    );
    expect(reason(attr(r, "aws_x.r", "a"))).toMatch(/deeper than the stack holds \(limits\.maxEvaluationDepth is 10000000\)/);
    expect(attr(r, "aws_x.r", "b")).toBe(1);
    expect(r.byAddress.has("aws_x.s[*]")).toBe(true);
    expect(r.problems.sort()).toEqual([
      expect.stringMatching(/^main\.tf:2 evaluation nested deeper than the stack holds .*lower limits\.maxEvaluationDepth/),
      expect.stringMatching(/^main\.tf:6 evaluation nested deeper than the stack holds/),
    ]);
  });

  test("1,000 chained locals are Unknown with the depth limit's name", async () => {
    const locals = ["  a0 = 0", ...Array.from({ length: 1000 }, (_, i) => `  a${i + 1} = local.a${i} + 1`)].join("\n");
    const r = await scan({
      "main.tf": `locals {\n${locals}\n}\nresource "aws_x" "r" {\n  port = local.a1000\n  ok   = local.a10\n}\n`,
    });
    expect(reason(attr(r, "aws_x.r", "port"))).toMatch(/nested deeper than limits\.maxEvaluationDepth \(1000\)/);
    expect(attr(r, "aws_x.r", "ok")).toBe(10);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^main\.tf:\d+ evaluation nested deeper than limits\.maxEvaluationDepth \(1000\)/);
  });

  test("a --var value nested 20,000 brackets deep meets the depth limit, not a stack overflow", async () => {
    const dir = write({ "main.tf": 'variable "v" {}\nresource "aws_x" "r" {\n  v = var.v\n  c = !!true\n}\n' });
    const r = await scanTerraform({ dirs: [dir], files: [] }, { vars: [`v=${"[".repeat(20_000)}1${"]".repeat(20_000)}`] });
    const res = r.resources.find((x) => x.address === "aws_x.r");
    expect(reason(res?.attrs.v)).toBe("--var value nested deeper than limits.maxEvaluationDepth (1000)");
    expect(res?.attrs.c).toBe(true);
    expect(r.errors).toEqual([
      { file: "(command line)", message: "--var value nested deeper than limits.maxEvaluationDepth (1000), so it was not evaluated; raise limits.maxEvaluationDepth in moat.config.yaml if this is intended" },
    ]);
  });

  test("nested parentheses past a low limits.maxEvaluationDepth are Unknown with its name", async () => {
    const parens = "(".repeat(100) + "1" + ")".repeat(100);
    const r = await scan({ "main.tf": `resource "aws_x" "r" {\n  a = ${parens}\n  b = ((1))\n}\n` }, { limits: { maxEvaluationDepth: 50 } });
    expect(reason(attr(r, "aws_x.r", "a"))).toMatch(/nested deeper than limits\.maxEvaluationDepth \(50\)/);
    expect(attr(r, "aws_x.r", "b")).toBe(1);
    expect(r.problems).toHaveLength(1);
  });

  test("a deep jsondecode (20,000 nested [) is Unknown with the depth limit's name", async () => {
    const json = "[".repeat(20_000) + "]".repeat(20_000);
    const r = await scan({ "main.tf": `resource "aws_x" "r" {\n  v = jsondecode("${json}")\n  eq = jsondecode("[[1]]") == [[1]]\n}\n` });
    expect(reason(attr(r, "aws_x.r", "v"))).toBe("jsondecode() value nested deeper than limits.maxEvaluationDepth (1000)");
    expect(attr(r, "aws_x.r", "eq")).toBe(true);
    expect(r.problems).toEqual([expect.stringMatching(/^main\.tf:2 jsondecode\(\) value nested deeper than limits\.maxEvaluationDepth/)]);
  });

  test("deep tfvars values are Unknown with the depth limit's name", async () => {
    const deep = "[".repeat(40) + "1" + "]".repeat(40);
    const r = await scan(
      {
        "main.tf": 'variable "v" {}\nvariable "w" {}\nresource "aws_x" "r" {\n  v = var.v\n  w = var.w\n}\n',
        "terraform.tfvars": `v = ${deep}\nw = [[1]]\n`,
      },
      { limits: { maxEvaluationDepth: 20 } },
    );
    expect(firstUnknown(attr(r, "aws_x.r", "v") as Value)?.reason).toMatch(/nested deeper than limits\.maxEvaluationDepth \(20\)/);
    expect(attr(r, "aws_x.r", "w")).toEqual([[1]]);
    expect(r.problems).toEqual([expect.stringMatching(/^terraform\.tfvars:1 .*limits\.maxEvaluationDepth \(20\)/)]);
  });
});

describe("the module graph", () => {
  test("a local module chain deeper than limits.maxModuleDepth is an error at the call that was not followed", async () => {
    const files: Record<string, string> = { "main.tf": 'module "m" {\n  source = "./m1"\n}\n' };
    for (let i = 1; i <= 5; i++) {
      files[`${"m".repeat(0)}${Array.from({ length: i }, (_, j) => `m${j + 1}`).join("/")}/main.tf`] =
        `resource "aws_x" "r${i}" {\n  name = "r${i}"\n}\n` + (i < 5 ? `module "m" {\n  source = "./m${i + 1}"\n}\n` : "");
    }
    const r = await scan(files, { limits: { maxModuleDepth: 3 } });
    expect([...r.byAddress.keys()].sort()).toEqual(["module.m.aws_x.r1", "module.m.module.m.aws_x.r2", "module.m.module.m.module.m.aws_x.r3"]);
    expect(r.problems).toEqual([
      'm1/m2/m3/main.tf:5 module "m" at nesting depth 4 exceeds limits.maxModuleDepth (3), so it was not evaluated; raise limits.maxModuleDepth in moat.config.yaml if this is intended',
    ]);
  });

  test("at the default limit: a 26-deep local module chain exits 2 with the error at the call (CLI)", async () => {
    const files: Record<string, string> = { "main.tf": 'module "m" {\n  source = "./m"\n}\n' };
    let path = "";
    for (let i = 1; i <= 26; i++) {
      path += "m/";
      files[`${path}main.tf`] = i < 26 ? 'module "m" {\n  source = "./m"\n}\n' : 'resource "aws_x" "deepest" {\n  name = "x"\n}\n';
    }
    const dir = write(files);
    const run = await moat(["scan", "."], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/module "m" at nesting depth 26 exceeds limits\.maxModuleDepth \(25\)/);
  });

  test("a module calling itself with count = 2 is a cycle, reported once, not 2^depth instances", async () => {
    const r = await scan({
      "main.tf": 'resource "aws_x" "r" {\n  name = "x"\n}\nmodule "again" {\n  source = "./"\n  count  = 2\n}\n',
    });
    expect(r.resources).toHaveLength(1);
    expect(r.problems).toEqual([
      'main.tf:5 module "again" calls a module that is already being evaluated (module.again (source "./")): Terraform rejects module cycles, so it was not evaluated; remove the cycle',
    ]);
  });

  test("modules that call each other: each directory is evaluated, and the cycle names both calls", async () => {
    const r = await scan(
      {
        "a/main.tf": 'module "b" {\n  source = "../b"\n}\nresource "aws_x" "in_a" {\n  name = "a"\n}\n',
        "b/main.tf": 'module "a" {\n  source = "../a"\n}\nresource "aws_x" "in_b" {\n  name = "b"\n}\n',
      },
      { roots: ["a", "b"], explicit: [""] },
    );
    expect([...r.byAddress.keys()].sort()).toEqual(["aws_x.in_a", "module.b.aws_x.in_b"]);
    expect(r.problems).toEqual([
      'b/main.tf:2 module "a" calls a module that is already being evaluated (module.b (source "../b") → module.b.module.a (source "../a")): Terraform rejects module cycles, so it was not evaluated; remove the cycle',
    ]);
  });

  test("a local module source outside the scanned paths is followed, with a notice", async () => {
    const r = await scan(
      {
        "app/main.tf": 'module "shared" {\n  source = "../shared"\n}\n',
        "shared/main.tf": 'resource "aws_x" "s" {\n  name = "s"\n}\n',
      },
      { roots: ["app"] },
    );
    expect([...r.byAddress.keys()]).toEqual(["module.shared.aws_x.s"]);
    expect(r.errors).toEqual([]);
    expect(r.notices).toEqual([
      { file: join(r.dir, "app/main.tf"), line: 1, message: expect.stringMatching(/^module "shared": source "\.\.\/shared" is outside the paths given to the scan; moat followed it/) },
    ]);
  });

  test("an unreadable local module directory is an error naming the directory", async () => {
    const dir = write({
      "main.tf": 'module "locked" {\n  source = "./locked"\n}\n',
      "locked/main.tf": 'resource "aws_x" "hidden" {\n  name = "x"\n}\n',
    });
    chmodSync(join(dir, "locked"), 0o000);
    const result = process.getuid?.() === 0 ? await scanWithoutDacOverride(dir) : await scanTerraform({ dirs: [dir], files: [], explicit: [dir] });
    expect(result.resources).toHaveLength(0);
    expect(result.errors).toEqual([
      {
        file: join(dir, "locked"),
        message: "this module directory cannot be read (EACCES), so its configuration was not scanned; make it readable to the user running moat, or exclude it",
      },
    ]);
  });
});

/**
 * root reads any directory: run scanTerraform in a root process without the capabilities that bypass file
 * permissions (util-linux `setpriv`), as in test/hcl/parse-hcl.test.ts.
 */
function scanWithoutDacOverride(dir: string): Promise<Pick<TerraformResult, "resources" | "errors">> {
  const script =
    "require(process.argv[1]).scanTerraform({ dirs: [process.argv[2]], files: [], explicit: [process.argv[2]] })" +
    ".then((r) => process.stdout.write(JSON.stringify({ resources: r.resources, errors: r.errors })))";
  const node = [process.execPath, "--require", require.resolve("tsx/cjs"), "-e", script, resolve(__dirname, "../../hcl-rules/project.ts"), dir];
  return new Promise((done, fail) => {
    const child = spawn("setpriv", ["--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "--", ...node], { cwd: dir });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done(JSON.parse(out) as Pick<TerraformResult, "resources" | "errors">) : fail(new Error(`child exited ${code}: ${err}`))));
  });
}

describe("a count Terraform rejects is an error, not a guess", () => {
  it.each([
    ['"${var.on}"', "false"],
    ["1.5", "1.5"],
    ["-1", "-1"],
  ])("count = %s is an error at the count line; the block is still judged once, as if created", async (count, shown) => {
    const r = await scan({
      "main.tf": `variable "on" {\n  default = false\n}\nresource "aws_security_group" "a" {\n  count = ${count}\n  name  = "a"\n}\n`,
    });
    expect(r.problems).toEqual([expect.stringMatching(new RegExp(`^main\\.tf:5 count = ${shown.replace(".", "\\.")} is not a whole number`))]);
    expect([...r.byAddress.keys()]).toEqual(["aws_security_group.a[*]"]);
  });

  it('a whole number as a string ("2") is converted, as Terraform does', async () => {
    const r = await scan({ "main.tf": `resource "aws_security_group" "a" {\n  count = "2"\n}\n` });
    expect(r.problems).toEqual([]);
    expect([...r.byAddress.keys()]).toEqual(["aws_security_group.a[0]", "aws_security_group.a[1]"]);
  });
});

describe("values for undeclared variables", () => {
  it("a tfvars entry or --var for a variable the root does not declare is a notice naming it and the file, as Terraform warns", async () => {
    const dir = write({
      "main.tf": `variable "port" {\n  default = 80\n}\n`,
      "terraform.tfvars": `port = 443\nprot = 22\n`,
    });
    const result = await scanTerraform({ dirs: [dir], files: [] }, { vars: ["regoin=eu-west-1"] });
    expect(result.errors).toEqual([]);
    expect(result.notices.map((n) => `${n.file === "(command line)" ? n.file : n.file.slice(dir.length + 1)}:${n.line ?? ""} ${n.message}`)).toEqual([
      expect.stringMatching(/^terraform\.tfvars:2 sets variable "prot", which the root module does not declare/),
      expect.stringMatching(/^\(command line\): sets variable "regoin", which the root module ".*" does not declare/),
    ]);
  });
});
