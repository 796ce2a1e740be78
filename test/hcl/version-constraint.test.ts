/**
 * Terraform 0.11 semantics where a module is pinned to it: `count = "${var.on}"` with a boolean is 1 or 0, as
 * Terraform before 0.12 read it; a module that admits Terraform 0.12 or later keeps Terraform 1.x's error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { scanTerraform } from "../../hcl-rules/project";
import { admitsOnlyBefore012 } from "../../hcl-rules/version-constraint";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function scan(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "moat-version-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const result = await scanTerraform({ dirs: [dir], files: [], explicit: [dir] });
  return { addresses: result.resources.map((r) => r.address).sort(), errors: result.errors.map((e) => e.message) };
}

const LISTENERS = `
variable "lifecycle" {
  type    = "string"
  default = false
}
variable "on" {
  default = true
}
resource "aws_lb_listener" "off" {
  count    = "\${var.lifecycle}"
  port     = 80
  protocol = "HTTP"
}
resource "aws_lb_listener" "on" {
  count    = "\${var.on}"
  port     = 80
  protocol = "HTTP"
}
`;

describe("required_version", () => {
  test.each([
    ["= 0.11.15", true],
    ["0.11.14", true],
    ["< 0.12", true],
    ["< 0.12.0", true],
    ["<= 0.11.14", true],
    [">= 0.10, < 0.12", true],
    ["~> 0.11.0", true],
    ["~> 0.10.8", true],
    ["~> 0.11", false], // >= 0.11, < 1.0: admits 0.12 to 0.15
    [">= 0.11", false],
    ["< 0.13", false],
    ["<= 0.12", false],
    ["~> 1.5", false],
    ["= 1.6.0", false],
    ["!= 0.12.0", false],
    ["not a version", false],
  ])("%s admits only Terraform before 0.12: %s", (constraint, expected) => {
    expect(admitsOnlyBefore012(constraint)).toBe(expected);
  });
});

describe("count of a boolean", () => {
  test('in a module pinned to 0.11, false is count 0 and true is count 1, as Terraform 0.11 read "0" and "1"', async () => {
    const r = await scan({ "main.tf": `terraform {\n  required_version = "= 0.11.15"\n}\n${LISTENERS}` });
    expect(r.errors).toEqual([]);
    expect(r.addresses).toEqual(["aws_lb_listener.on[0]"]);
  });

  test("a module called from a root pinned to 0.11 is read the same way (one Terraform runs both)", async () => {
    const r = await scan({
      "main.tf": `terraform {\n  required_version = "< 0.12"\n}\nmodule "lb" {\n  source = "./lb"\n}\n`,
      "lb/main.tf": LISTENERS,
    });
    expect(r.errors).toEqual([]);
    expect(r.addresses).toEqual(["module.lb.aws_lb_listener.on[0]"]);
  });

  test.each([["~> 0.11"], [">= 0.11"]])("a module whose constraint %s admits 0.12 or later keeps Terraform 1.x's error", async (constraint) => {
    const r = await scan({ "main.tf": `terraform {\n  required_version = "${constraint}"\n}\n${LISTENERS}` });
    expect(r.errors).toEqual([expect.stringContaining("count = false is not a whole number"), expect.stringContaining("count = true is not a whole number")]);
  });

  test("without required_version, a boolean count is an error, as in Terraform 1.x", async () => {
    const r = await scan({ "main.tf": LISTENERS });
    expect(r.errors).toHaveLength(2);
  });
});
