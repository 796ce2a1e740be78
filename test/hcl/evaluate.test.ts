/**
 * The evaluator as a user meets it: Terraform written to disk, scanned, and the resulting model inspected.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Resource } from "../../core/model";
import { Unknown, isUnknown } from "../../core/values";
import { type TerraformResult, scanTerraform } from "../../hcl-rules/project";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function scan(
  files: Record<string, string>,
  options: { vars?: string[]; varFiles?: string[]; root?: string } = {},
): Promise<TerraformResult & { byAddress: Map<string, Resource>; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "moat-eval-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const root = join(dir, options.root ?? "");
  const result = await scanTerraform(
    { dirs: [root], files: [], explicit: [root] },
    { vars: options.vars, varFiles: options.varFiles?.map((f) => join(dir, f)) },
  );
  return { ...result, byAddress: new Map(result.resources.map((r) => [r.address, r])), dir };
}

function attrs(r: Resource | undefined) {
  if (!r) throw new Error("resource not found");
  return r.attrs;
}

describe("variables", () => {
  const main = `
variable "port" {
  type    = number
  default = 80
}
variable "proto" {}
resource "aws_lb_listener" "l" {
  port     = var.port
  protocol = var.proto
}
`;
  test("a default applies and a variable without a value is Unknown with a reason", async () => {
    const r = await scan({ "main.tf": main });
    const a = attrs(r.byAddress.get("aws_lb_listener.l"));
    expect(a.port).toBe(80);
    expect(isUnknown(a.protocol)).toBe(true);
    expect((a.protocol as Unknown).reason).toContain("var.proto");
  });

  test("terraform.tfvars, then *.auto.tfvars, then --var-file, then --var (last wins)", async () => {
    const files = {
      "main.tf": main,
      "terraform.tfvars": 'proto = "HTTP"\nport = 81\n',
      "b.auto.tfvars": "port = 82\n",
      "extra.tfvars": 'proto = "HTTPS"\n',
    };
    expect(attrs((await scan(files)).byAddress.get("aws_lb_listener.l"))).toMatchObject({ port: 82, protocol: "HTTP" });
    const withFile = await scan(files, { varFiles: ["extra.tfvars"] });
    expect(attrs(withFile.byAddress.get("aws_lb_listener.l"))).toMatchObject({ port: 82, protocol: "HTTPS" });
    const withVar = await scan(files, { varFiles: ["extra.tfvars"], vars: ["proto=TLS", "port=8443"] });
    expect(attrs(withVar.byAddress.get("aws_lb_listener.l"))).toMatchObject({ port: 8443, protocol: "TLS" });
  });

  test("optional() attributes of object types get their defaults", async () => {
    const r = await scan({
      "main.tf": `
variable "cfg" {
  type = object({
    protocol = optional(string, "HTTPS")
    port     = optional(number)
  })
  default = {}
}
resource "aws_lb_listener" "l" {
  protocol = var.cfg.protocol
  port     = var.cfg.port
}
`,
    });
    const a = attrs(r.byAddress.get("aws_lb_listener.l"));
    expect(a.protocol).toBe("HTTPS");
    expect(a.port).toBeNull();
  });
});

describe("expressions", () => {
  test("locals, templates, conditionals, comparisons, boolean operators and functions", async () => {
    const r = await scan({
      "main.tf": `
variable "env" { default = "prod" }
variable "unknown_flag" { type = bool }
locals {
  name      = "web-\${var.env}"
  is_prod   = var.env == "prod"
  ports     = [80, 443]
  tags      = merge({ a = "1" }, { b = "2" })
  both_true = local.is_prod && length(local.ports) > 1
  either    = var.unknown_flag || true
  neither   = var.unknown_flag && false
}
resource "aws_security_group" "x" {
  name        = local.name
  description = local.is_prod ? "production" : "other"
  tags        = local.tags
  t1 = local.both_true
  t2 = local.either
  t3 = local.neither
  t4 = var.unknown_flag ? "same" : "same"
  t5 = var.unknown_flag ? "a" : "b"
  f1 = coalesce("", null, "first")
  f2 = try(local.missing.attr, "fallback")
  f3 = lookup({ k = "v" }, "k", "d")
  f4 = lookup({ k = "v" }, "z", "d")
  f5 = contains(local.ports, 443)
  f6 = concat(local.ports, [8080])
  f7 = tostring(5)
  f8 = tonumber("7")
  f9 = toset(["a", "a", "b"])
  f10 = tolist(toset(["x"]))
  f11 = format("%s-%d", "a", 3)
  f12 = lower("ABC")
  f13 = upper("abc")
  f14 = [for p in local.ports : p * 2 if p > 100]
  f15 = { for p in local.ports : tostring(p) => p }
  f16 = local.ports[1]
  f17 = !local.is_prod
  f18 = -local.ports[0]
  f19 = "%{ if local.is_prod }on%{ else }off%{ endif }"
  f20 = templatefile("x.tpl", {})
}
`,
    });
    const a = attrs(r.byAddress.get("aws_security_group.x"));
    expect(a).toMatchObject({
      name: "web-prod",
      description: "production",
      tags: { a: "1", b: "2" },
      t1: true,
      t2: true,
      t3: false,
      t4: "same",
      f1: "first",
      f2: "fallback",
      f3: "v",
      f4: "d",
      f5: true,
      f6: [80, 443, 8080],
      f7: "5",
      f8: 7,
      f9: ["a", "b"],
      f10: ["x"],
      f11: "a-3",
      f12: "abc",
      f13: "ABC",
      f14: [886],
      f15: { "80": 80, "443": 443 },
      f16: 443,
      f17: false,
      f18: -80,
      f19: "on",
    });
    expect(isUnknown(a.t5)).toBe(true);
    expect(isUnknown(a.f20)).toBe(true);
  });
});

test("an error inside a list or object constructor is the error of the whole expression, so try() falls back", async () => {
  const r = await scan({
    "main.tf": `
locals {
  o = { port = 8080 }
}
resource "aws_x" "r" {
  in_list   = 22 + length(try([local.o.missing], []))
  in_object = try({ a = local.o.missing }, "fallback")
  in_for    = try([for k in ["port", "missing"] : local.o[k]], "fallback")
  in_splat  = try([local.o][*].missing, "fallback")
  fine      = try([local.o.port], [])
}
`,
  });
  expect(attrs(r.byAddress.get("aws_x.r"))).toMatchObject({
    in_list: 22,
    in_object: "fallback",
    in_for: "fallback",
    in_splat: "fallback",
    fine: [8080],
  });
});

test("path.module, path.root and path.cwd are relative to the root module, as when Terraform runs there", async () => {
  const r = await scan({
    "main.tf": 'module "web" {\n  source = "./modules/web"\n}\nresource "aws_x" "root" {\n  where = "${path.module}|${path.root}|${path.cwd}"\n}\n',
    "modules/web/main.tf": 'resource "aws_x" "child" {\n  where = "${path.module}/policy.json"\n}\n',
  });
  expect(attrs(r.byAddress.get("aws_x.root")).where).toBe(".|.|.");
  expect(attrs(r.byAddress.get("module.web.aws_x.child")).where).toBe("modules/web/policy.json");
});

describe("count, for_each and dynamic blocks", () => {
  test("count = 0 creates nothing; known count and for_each keys become instances; unknown is one symbolic instance", async () => {
    const r = await scan({
      "main.tf": `
variable "n" {}
resource "aws_lb" "none" { count = 0 }
resource "aws_lb" "two" {
  count = 2
  name  = "lb-\${count.index}"
}
resource "aws_lb" "each" {
  for_each = toset(["a", "b"])
  name     = each.key
}
resource "aws_lb" "empty" { for_each = {} }
resource "aws_lb" "maybe" {
  count = var.n
  name  = "x"
}
`,
    });
    expect(r.errors).toEqual([]);
    expect([...r.byAddress.keys()].sort()).toEqual([
      'aws_lb.each["a"]',
      'aws_lb.each["b"]',
      "aws_lb.maybe[*]",
      "aws_lb.two[0]",
      "aws_lb.two[1]",
    ]);
    expect(attrs(r.byAddress.get("aws_lb.two[1]")).name).toBe("lb-1");
    expect(attrs(r.byAddress.get('aws_lb.each["b"]')).name).toBe("b");
  });

  test("what Terraform rejects is never a key: a collection as an index or as an element of a for_each set", async () => {
    const r = await scan({
      "main.tf": `
locals {
  m = { a = "x" }
}
resource "aws_lb" "sets" {
  for_each = [["a"], ["b"]]
  name     = "lb"
}
resource "aws_lb" "index" {
  name = local.m[["a"]]
}
`,
    });
    expect([...r.byAddress.keys()].sort()).toEqual(["aws_lb.index", "aws_lb.sets[*]"]);
    expect(isUnknown(attrs(r.byAddress.get("aws_lb.index")).name)).toBe(true);
  });

  test("dynamic blocks: content checked with the iterator bound, or once when for_each is unknown", async () => {
    const r = await scan({
      "main.tf": `
variable "rules" {
  default = [{ port = 22, cidr = "0.0.0.0/0" }, { port = 443, cidr = "10.0.0.0/8" }]
}
variable "unknown_rules" {}
resource "aws_security_group" "known" {
  ingress {
    from_port = 80
  }
  dynamic "ingress" {
    for_each = var.rules
    iterator = rule
    content {
      from_port   = rule.value.port
      cidr_blocks = [rule.value.cidr]
    }
  }
}
resource "aws_security_group" "unknown" {
  dynamic "ingress" {
    for_each = var.unknown_rules
    content {
      from_port   = ingress.value.port
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`,
    });
    const known = attrs(r.byAddress.get("aws_security_group.known"));
    expect(known.ingress).toEqual([{ from_port: 80 }, { from_port: 22, cidr_blocks: ["0.0.0.0/0"] }, { from_port: 443, cidr_blocks: ["10.0.0.0/8"] }]);
    const sg = r.byAddress.get("aws_security_group.known")!;
    expect(sg.locate(["ingress", 1, "cidr_blocks"]).line).toBe(15);
    expect(sg.locate(["ingress", 0, "from_port"]).line).toBe(8);
    const unknown = attrs(r.byAddress.get("aws_security_group.unknown")).ingress as Record<string, unknown>[];
    expect(unknown).toHaveLength(1);
    expect(unknown[0].cidr_blocks).toEqual(["0.0.0.0/0"]);
    expect(isUnknown(unknown[0].from_port)).toBe(true);
  });
});

describe("references and modules", () => {
  test("references become edges even when the referenced value is known only after apply", async () => {
    const r = await scan({
      "main.tf": `
resource "aws_lb" "web" { name = "web" }
resource "aws_lb_listener" "l" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
}
resource "aws_db_parameter_group" "pg" {
  name = "pg-name"
}
resource "aws_db_instance" "db" {
  parameter_group_name = aws_db_parameter_group.pg.name
}
`,
    });
    const l = attrs(r.byAddress.get("aws_lb_listener.l"));
    expect(isUnknown(l.load_balancer_arn)).toBe(true);
    expect((l.load_balancer_arn as Unknown).reason).toContain("known after apply");
    expect(attrs(r.byAddress.get("aws_db_instance.db")).parameter_group_name).toBe("pg-name");
    const byId = new Map(r.resources.map((x) => [x.id, x.address]));
    const edges = r.edges.map((e) => `${byId.get(e.from)} -${e.attr}-> ${byId.get(e.to)}`).sort();
    expect(edges).toEqual([
      "aws_db_instance.db -parameter_group_name-> aws_db_parameter_group.pg",
      "aws_lb_listener.l -load_balancer_arn-> aws_lb.web",
    ]);
  });

  test("local modules are loaded with their inputs; findings name the call chain; remote modules are listed", async () => {
    const r = await scan({
      "main.tf": `
module "edge" {
  source = "./modules/edge"
  port   = 8080
}
module "remote" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.0"
}
resource "aws_lb_listener_rule" "r" {
  listener_arn = module.edge.listener_arn
}
`,
      "modules/edge/main.tf": `
variable "port" {}
resource "aws_lb" "this" { name = "edge" }
resource "aws_lb_listener" "this" {
  load_balancer_arn = aws_lb.this.arn
  port              = var.port
}
output "listener_arn" { value = aws_lb_listener.this.arn }
`,
    });
    const l = r.byAddress.get("module.edge.aws_lb_listener.this");
    expect(attrs(l).port).toBe(8080);
    expect(l!.moduleChain?.map((c) => c.address)).toEqual(["module.edge"]);
    expect(l!.moduleChain?.[0].location.line).toBe(2);
    expect(l!.location.file).toBe(join(r.dir, "modules/edge/main.tf"));
    expect(r.remoteModules.map((m) => m.address)).toEqual(["module.remote"]);
    const byId = new Map(r.resources.map((x) => [x.id, x.address]));
    expect(r.edges.map((e) => `${byId.get(e.from)} -${e.attr}-> ${byId.get(e.to)}`).sort()).toEqual([
      "aws_lb_listener_rule.r -listener_arn-> module.edge.aws_lb_listener.this",
      "module.edge.aws_lb_listener.this -load_balancer_arn-> module.edge.aws_lb.this",
    ]);
    // The module directory is not scanned a second time as a root of its own.
    expect(r.resources.filter((x) => x.address.endsWith("aws_lb_listener.this"))).toHaveLength(1);
  });

  test("a module call with for_each expands into one instance per key", async () => {
    const r = await scan({
      "main.tf": `
module "svc" {
  for_each = { api = 8080, web = 80 }
  source   = "./svc"
  port     = each.value
}
`,
      "svc/main.tf": `
variable "port" {}
resource "aws_lb_listener" "this" { port = var.port }
`,
    });
    expect(attrs(r.byAddress.get('module.svc["api"].aws_lb_listener.this')).port).toBe(8080);
    expect(attrs(r.byAddress.get('module.svc["web"].aws_lb_listener.this')).port).toBe(80);
  });

  test("a local module whose directory does not exist is an error naming the call", async () => {
    const r = await scan({ "main.tf": `module "gone" {\n  source = "./nowhere"\n}\n` });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: join(r.dir, "main.tf"), line: 1 });
    expect(r.errors[0].message).toContain("./nowhere");
  });
});
