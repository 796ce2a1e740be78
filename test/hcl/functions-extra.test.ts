/**
 * The IP network functions, the AWS provider's functions and the 0.11-era map()/list(), checked against the
 * examples of Terraform's and the AWS provider's own documentation
 * (developer.hashicorp.com/terraform/language/functions/cidrhost, cidrnetmask, cidrsubnet, cidrsubnets;
 * registry.terraform.io/providers/hashicorp/aws/latest/docs/functions/arn_parse, arn_build, trim_iam_role_path).
 */
import { EXTRA_FUNCTIONS } from "../../hcl-rules/functions-extra";
import type { Value } from "../../core/values";

const call = (name: string, ...args: Value[]) => EXTRA_FUNCTIONS[name](args);

describe("IP network functions, as Terraform documents them", () => {
  it.each([
    [["10.12.112.0/20", 16], "10.12.112.16"],
    [["10.12.112.0/20", 268], "10.12.113.12"],
    [["fd00:fd12:3456:7890:00a2::/72", 34], "fd00:fd12:3456:7890::22"],
    [["10.0.0.0/8", 2], "10.0.0.2"],
    [["10.0.0.0/8", -2], "10.255.255.254"],
    [["10.012.0.0/16", 1], "10.12.0.1"], // leading zeros are decimal, a documented historical accident
  ])("cidrhost(%j) = %s", (args, expected) => expect(call("cidrhost", ...(args as Value[]))).toBe(expected));

  it("cidrnetmask", () => {
    expect(call("cidrnetmask", "172.16.0.0/12")).toBe("255.240.0.0");
    expect(() => call("cidrnetmask", "fd00::/8")).toThrow(/IPv4/);
  });

  it.each([
    [["172.16.0.0/12", 4, 2], "172.18.0.0/16"],
    [["10.1.2.0/24", 4, 15], "10.1.2.240/28"],
    [["fd00:fd12:3456:7890::/56", 16, 162], "fd00:fd12:3456:7800:a200::/72"],
  ])("cidrsubnet(%j) = %s", (args, expected) => expect(call("cidrsubnet", ...(args as Value[]))).toBe(expected));

  it("cidrsubnets allocates consecutive, aligned ranges", () => {
    expect(call("cidrsubnets", "10.1.0.0/16", 4, 4, 8, 4)).toEqual(["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"]);
    expect(call("cidrsubnets", "fd00:fd12:3456:7890::/56", 16, 16, 16, 32)).toEqual([
      "fd00:fd12:3456:7800::/72",
      "fd00:fd12:3456:7800:100::/72",
      "fd00:fd12:3456:7800:200::/72",
      "fd00:fd12:3456:7800:300::/88",
    ]);
  });

  it("errors where Terraform errors", () => {
    expect(() => call("cidrhost", "10.0.0.0/24", 256)).toThrow(/does not accommodate a host numbered 256/);
    expect(() => call("cidrsubnet", "10.0.0.0/8", 8, 256)).toThrow(/does not accommodate a subnet numbered 256/);
    expect(() => call("cidrsubnet", "10.0.0.0/30", 4, 0)).toThrow(/insufficient address space/);
    expect(() => call("cidrsubnets", "10.0.0.0/30", 1, 1, 1)).toThrow(/not enough remaining address space/);
    expect(() => call("cidrhost", "not-a-cidr", 1)).toThrow(/invalid CIDR/);
  });
});

describe("AWS provider functions", () => {
  it("arn_parse and arn_build are inverse", () => {
    const parts = call("provider::aws::arn_parse", "arn:aws:iam::444455556666:role/example");
    expect(parts).toEqual({ partition: "aws", service: "iam", region: "", account_id: "444455556666", resource: "role/example" });
    expect(call("provider::aws::arn_build", "aws", "iam", "", "444455556666", "role/example")).toBe("arn:aws:iam::444455556666:role/example");
    expect(() => call("provider::aws::arn_parse", "not-an-arn")).toThrow(/not a valid ARN/);
  });

  it("trim_iam_role_path", () => {
    expect(call("provider::aws::trim_iam_role_path", "arn:aws:iam::444455556666:role/with/path/example")).toBe("arn:aws:iam::444455556666:role/example");
  });
});

describe("Terraform 0.11's map() and list()", () => {
  it("build an object and a tuple", () => {
    expect(call("map", "a", 1, "b", "x")).toEqual({ a: 1, b: "x" });
    expect(call("list", 1, "2")).toEqual([1, "2"]);
    expect(() => call("map", "a")).toThrow(/even number/);
  });
});

describe("in the evaluator", () => {
  it("network functions, map() and list() evaluate inside resources; unknown arguments stay unknown", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { scanTerraform } = await import("../../hcl-rules/project");
    const dir = mkdtempSync(join(tmpdir(), "moat-fn-"));
    try {
      writeFileSync(
        join(dir, "main.tf"),
        `variable "vpc" {}
resource "aws_security_group" "web" {
  tags = map("Name", "web")
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = list(cidrsubnets("10.1.0.0/16", 4, 4)[1], cidrsubnet("0.0.0.0/0", 0, 0), cidrhost(var.vpc, 1))
  }
}
`,
      );
      const result = await scanTerraform({ dirs: [dir], files: [] });
      expect(result.errors).toEqual([]);
      const sg = result.resources[0];
      expect(sg.attrs.tags).toEqual({ Name: "web" });
      const ingress = (sg.attrs.ingress as Record<string, Value>[])[0];
      const cidrs = ingress.cidr_blocks as Value[];
      expect(cidrs.slice(0, 2)).toEqual(["10.1.16.0/20", "0.0.0.0/0"]);
      expect(cidrs[2]).toMatchObject({ reason: expect.stringContaining("var.vpc") });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
