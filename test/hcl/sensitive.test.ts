/**
 * Sensitivity at the Terraform source door: a value from a `sensitive = true` variable or a sensitive module output
 * stays marked through expressions, locals, module inputs and outputs and other resources' attributes, and is never
 * printed, in any format or in the list of checks that were not evaluated.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { rules as registry } from "../../rules/index";
import { scanTerraform } from "../../hcl-rules/project";
import { moat } from "../cli/run-moat";

const SECRET = "hunter2-Cache";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "moat-sensitive-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

const cache = (id: string) => `
resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = ${id}
  description                = "cache"
  transit_encryption_enabled = false
}
`;

const FORMATS = ["text", "json", "sarif", "junit", "github", "markdown"] as const;

/** Scans `dir` with every format and --unknown=warn; returns everything moat printed or wrote. */
async function everyOutput(): Promise<{ code: number; text: string }> {
  const args = ["scan", ".", "--unknown", "warn", ...FORMATS.filter((f) => f !== "text").map((f) => `--format=${f}=out/report.${f}`)];
  const run = await moat(args, { cwd: dir, rules: registry });
  const files = FORMATS.filter((f) => f !== "text").map((f) => readFileSync(join(dir, "out", `report.${f}`), "utf8"));
  return { code: run.code, text: [run.stdout, run.stderr, ...files].join("\n") };
}

describe("sensitive values at the source door", () => {
  it("a sensitive variable that names the resource is redacted in all six formats", async () => {
    write({
      "main.tf": `variable "cache_id" {\n  type      = string\n  sensitive = true\n  default   = "${SECRET}"\n}\n${cache("var.cache_id")}`,
    });
    const { code, text } = await everyOutput();
    expect(code).toBe(1);
    expect(text).toContain("MOAT-CACHE-001");
    expect(text).not.toContain(SECRET);
    expect(text.toLowerCase()).not.toContain(SECRET.toLowerCase());
  });

  it("stays marked through a local, a function, a template and a module input", async () => {
    write({
      "main.tf": `
variable "suffix" {
  type      = string
  sensitive = true
}
locals {
  id = lower("app-\${var.suffix}")
}
module "cache" {
  source = "./cache"
  id     = local.id
}
`,
      "terraform.tfvars": `suffix = "${SECRET}"\n`,
      "cache/main.tf": `variable "id" {\n  type = string\n}\n${cache("var.id")}`,
    });
    const { code, text } = await everyOutput();
    expect(code).toBe(1);
    expect(text).toContain("MOAT-CACHE-001");
    expect(text).not.toContain(`app-${SECRET.toLowerCase()}`);
    expect(text.toLowerCase()).not.toContain(SECRET.toLowerCase());
  });

  it("a sensitive module output, and another resource's attribute derived from it, are redacted", async () => {
    write({
      "main.tf": `
module "names" {
  source = "./names"
}
resource "aws_elasticache_replication_group" "first" {
  replication_group_id       = module.names.id
  description                = "cache"
  transit_encryption_enabled = false
}
resource "aws_elasticache_replication_group" "second" {
  replication_group_id       = "\${aws_elasticache_replication_group.first.replication_group_id}-2"
  description                = "cache"
  transit_encryption_enabled = false
}
`,
      "names/main.tf": `output "id" {\n  value     = "${SECRET}"\n  sensitive = true\n}\n`,
    });
    const { code, text } = await everyOutput();
    expect(code).toBe(1);
    expect(text.match(/MOAT-CACHE-001/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text.toLowerCase()).not.toContain(SECRET.toLowerCase());
  });

  it("a value passed through sensitive() is redacted", async () => {
    write({ "main.tf": cache(`sensitive("${SECRET}")`) });
    const { code, text } = await everyOutput();
    expect(code).toBe(1);
    expect(text).toContain("MOAT-CACHE-001");
    expect(text).not.toContain(SECRET);
  });

  it("does not redact unrelated values: one sensitive field of a block list does not make every port and CIDR secret", async () => {
    write({
      "main.tf": `
variable "waf" {
  sensitive = true
  default   = { priority = 0, name = "${SECRET}" }
}
resource "aws_wafv2_web_acl" "edge" {
  name  = var.waf.name
  scope = "REGIONAL"
  rule {
    priority = var.waf.priority
  }
}
resource "aws_security_group" "a" {
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
    description = var.waf.name
  }
}
`,
    });
    const { code, text } = await everyOutput();
    expect(code).toBe(1);
    expect(text).toContain("0.0.0.0/0");
    expect(text).toContain("3389");
    expect(text.toLowerCase()).not.toContain(SECRET.toLowerCase());
  });

  it("marks the resource's secrets, and only for attributes that touched a sensitive value", async () => {
    write({
      "main.tf": `
variable "id" {
  sensitive = true
  default   = "${SECRET}"
}
variable "plain" {
  default = "visible-id"
}
resource "aws_elasticache_replication_group" "secret" {
  replication_group_id = var.id
  description          = "cache"
}
resource "aws_elasticache_replication_group" "plain" {
  replication_group_id = var.plain
  description          = "cache"
}
`,
    });
    const result = await scanTerraform({ dirs: [dir], files: [] });
    const byName = new Map(result.resources.map((r) => [r.name, r]));
    expect(byName.get("secret")?.secrets).toEqual([SECRET]);
    expect(byName.get("plain")?.secrets).toBeUndefined();
    // A sensitive value never becomes a graph edge.
    expect(result.edges.every((e) => !e.to.includes("sensitive"))).toBe(true);
  });
});
