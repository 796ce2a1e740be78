/**
 * The IP network functions, the AWS provider's functions and the 0.11-era map()/list(), checked against the
 * examples of Terraform's and the AWS provider's own documentation
 * (developer.hashicorp.com/terraform/language/functions/cidrhost, cidrnetmask, cidrsubnet, cidrsubnets;
 * registry.terraform.io/providers/hashicorp/aws/latest/docs/functions/arn_parse, arn_build, trim_iam_role_path).
 */
import { dirname, join } from "node:path";
import { EXTRA_FUNCTIONS } from "../../hcl-rules/functions-extra";
import type { Value } from "../../core/values";
import { rules } from "../../rules";
import { moat } from "../cli/run-moat";

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

describe("string, encoding, hash and time functions, as Terraform documents them", () => {
  it("paths", () => {
    expect(call("basename", "foo/bar/baz.txt")).toBe("baz.txt");
    expect(call("basename", "foo/bar/")).toBe("bar");
    expect(call("dirname", "foo/bar/baz.txt")).toBe("foo/bar");
    expect(call("dirname", "baz.txt")).toBe(".");
    expect(call("dirname", "/a")).toBe("/");
  });

  it("base64 and text encodings", () => {
    expect(call("base64encode", "Hello World")).toBe("SGVsbG8gV29ybGQ=");
    expect(call("base64decode", "SGVsbG8gV29ybGQ=")).toBe("Hello World");
    expect(() => call("base64decode", "not base64!")).toThrow(/not valid base64/);
    expect(() => call("base64decode", "/w==")).toThrow(/not valid UTF-8/);
    expect(call("textencodebase64", "Hello World", "UTF-16LE")).toBe("SABlAGwAbABvACAAVwBvAHIAbABkAA==");
    expect(call("textdecodebase64", "SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")).toBe("Hello World");
    expect(call("textencodebase64", "x", "Shift_JIS")).toMatchObject({ reason: expect.stringContaining("Shift_JIS") });
    expect(call("urlencode", "Hello World!")).toBe("Hello+World%21");
    expect(call("urlencode", "☃")).toBe("%E2%98%83");
    expect(call("urlencode", "foo:bar@localhost?foo=bar&bar=baz")).toBe("foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz");
  });

  it("hashes", () => {
    expect(call("md5", "hello world")).toBe("5eb63bbbe01eeed093cb22bb8f5acdc3");
    expect(call("sha1", "hello world")).toBe("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed");
    expect(call("sha256", "hello world")).toBe("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
    expect(call("base64sha256", "hello world")).toBe("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=");
    expect(call("sha512", "hello world")).toBe("309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f");
    expect(call("uuidv5", "dns", "www.terraform.io")).toBe("a5008fae-b28c-5ba5-96cd-82b4c53552d6");
    expect(call("uuidv5", "url", "https://www.terraform.io/")).toBe("9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5");
  });

  it("csvdecode, yamldecode", () => {
    expect(call("csvdecode", 'a,b,c\n1,2,3\n4,"5,x",6\n')).toEqual([
      { a: "1", b: "2", c: "3" },
      { a: "4", b: "5,x", c: "6" },
    ]);
    expect(() => call("csvdecode", "a,b\n1\n")).toThrow(/fields/);
    expect(call("yamldecode", "hello: world\nlist: [1, 2]")).toEqual({ hello: "world", list: [1, 2] });
    expect(() => call("yamldecode", "a: [")).toThrow(/not valid YAML/);
  });

  it("numbers and collections", () => {
    expect(call("parseint", "100", 10)).toBe(100);
    expect(call("parseint", "FF", 16)).toBe(255);
    expect(call("parseint", "-10", 16)).toBe(-16);
    expect(call("parseint", "1011111011101111", 2)).toBe(48879);
    expect(call("parseint", "aA", 62)).toBe(656);
    expect(() => call("parseint", "12", 2)).toThrow(/cannot parse/);
    expect(call("log", 16, 2)).toBe(4);
    expect(call("pow", 3, 2)).toBe(9);
    expect(call("signum", -13)).toBe(-1);
    expect(call("indent", 2, "[\n  foo,\n  bar,\n]\n")).toBe("[\n    foo,\n    bar,\n  ]\n  ");
    expect(call("chunklist", ["a", "b", "c", "d", "e"], 2)).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(call("chunklist", ["a", "b"], 0)).toEqual([["a", "b"]]);
    expect(call("matchkeys", ["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])).toEqual(["i-abc", "i-def"]);
    expect(call("transpose", { a: ["1", "2"], b: ["2", "3"] })).toEqual({ "1": ["a"], "2": ["a", "b"], "3": ["b"] });
  });

  it("timeadd and timecmp", () => {
    expect(call("timeadd", "2017-11-22T00:00:00Z", "10m")).toBe("2017-11-22T00:10:00Z");
    expect(call("timeadd", "2017-11-22T00:00:00Z", "-1h30m")).toBe("2017-11-21T22:30:00Z");
    expect(call("timeadd", "2017-11-22T00:00:00+01:00", "1h")).toBe("2017-11-22T01:00:00+01:00");
    expect(call("timecmp", "2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z")).toBe(0);
    expect(call("timecmp", "2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z")).toBe(-1);
    expect(call("timecmp", "2017-11-22T01:00:00Z", "2017-11-22T00:59:00-01:00")).toBe(-1);
    expect(() => call("timecmp", "2017-11-22", "2017-11-22T00:00:00Z")).toThrow(/RFC 3339/);
  });

  it.each([
    ["DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z", "02 Jan 2018 23:12 UTC"],
    ["EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z", "Tuesday, 02-Jan-18 23:12:01 UTC"],
    ["EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00", "Tue, 02 Jan 2018 23:12:01 -0800"],
    ["MMM DD, YYYY", "2018-01-02T23:12:01Z", "Jan 02, 2018"],
    ["HH:mmaa", "2018-01-02T23:12:01Z", "11:12pm"],
    ["YYYY-MM-DD'T'hh:mm:ssZ", "2018-01-02T23:12:01+05:30", "2018-01-02T23:12:01+05:30"],
    ["h 'o''clock'", "2018-01-02T09:12:01Z", "9 o'clock"],
  ])("formatdate(%j, %j) = %j", (spec, ts, expected) => {
    expect(call("formatdate", spec, ts)).toBe(expected);
  });

  it("formatdate rejects an unknown verb", () => {
    expect(() => call("formatdate", "YYY", "2018-01-02T23:12:01Z")).toThrow(/invalid date format verb/);
  });
});

describe("fileset's glob patterns", () => {
  it.each([
    ["*.txt", "a.txt", true],
    ["*.txt", "d/a.txt", false],
    ["**/*.txt", "a.txt", true],
    ["**/*.txt", "d/e/a.txt", true],
    ["d/**", "d/e/a.txt", true],
    ["*.{txt,tpl}", "a.tpl", true],
    ["?.txt", "ab.txt", false],
    ["[ab].txt", "b.txt", true],
    ["[!ab].txt", "c.txt", true],
    ["a\\*.txt", "a*.txt", true],
    ["a\\*.txt", "ab.txt", false],
  ])("%s matches %s: %s", async (glob, path, expected) => {
    const { globToRegex } = await import("../../hcl-rules/file-functions");
    const re = globToRegex(glob);
    if ("reason" in re) throw new Error(re.reason);
    expect(re.matches(path)).toBe(expected);
  });
});

describe("data sources and file functions in a scan", () => {
  const roots: string[] = [];
  afterAll(async () => {
    const { rmSync } = await import("node:fs");
    for (const d of roots) rmSync(d, { recursive: true, force: true });
  });

  /** A temp dir with `files` (paths relative to it); `root` is the directory scanned. */
  async function project(files: Record<string, string>, links: Record<string, string> = {}) {
    const { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "moat-files-"));
    roots.push(dir);
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    for (const [rel, target] of Object.entries(links)) symlinkSync(target, join(dir, rel));
    return { dir, root: join(dir, "root") };
  }

  async function scanRoot(root: string) {
    const { scanTerraform } = await import("../../hcl-rules/project");
    const result = await scanTerraform({ dirs: [root], files: [], explicit: [root] });
    return { ...result, byAddress: new Map(result.resources.map((r) => [r.address, r.attrs])) };
  }

  const listener = (protocol: string, policy: string) => `
resource "aws_lb" "web" {
  load_balancer_type = "application"
}
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = ${protocol}
  ssl_policy        = ${policy}
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/t/1"
  }
}
`;

  async function findings(root: string, args: string[] = []) {
    return moat(["scan", root, "--unknown", "warn", ...args], { cwd: root, rules });
  }

  it("null_data_source: outputs are its inputs, in the Terraform 0.11 and 0.12 spellings, and a finding fires through them", async () => {
    const { root } = await project({
      "root/main.tf": `
data "null_data_source" "tls" {
  inputs = {
    protocol = "HTTPS"
    policy   = "ELBSecurityPolicy-TLS-1-0-2015-04"
    port     = 443
  }
}
${listener('"${data.null_data_source.tls.outputs["protocol"]}"', "data.null_data_source.tls.outputs.policy")}
resource "aws_security_group" "sg" {
  tags = {
    port    = data.null_data_source.tls.outputs.port
    inputs  = data.null_data_source.tls.inputs.protocol
    default = data.null_data_source.tls.has_computed_default
    random  = data.null_data_source.tls.random
    other   = data.aws_caller_identity.me.account_id
  }
}
`,
    });
    const scan = await scanRoot(root);
    expect(scan.errors).toEqual([]);
    const l = scan.byAddress.get("aws_lb_listener.https");
    expect(l?.protocol).toBe("HTTPS");
    expect(l?.ssl_policy).toBe("ELBSecurityPolicy-TLS-1-0-2015-04");
    const tags = scan.byAddress.get("aws_security_group.sg")?.tags as Record<string, Value>;
    expect(tags.port).toBe("443"); // inputs is a map of strings
    expect(tags.inputs).toBe("HTTPS");
    expect(tags.default).toBe("default");
    expect(tags.random).toMatchObject({ reason: expect.stringContaining("known after apply") });
    expect(tags.other).toMatchObject({ reason: expect.stringContaining("read at plan time") });
    const run = await findings(root);
    expect(run.stdout).toMatch(/MOAT-LB-003/);
  });

  it("null_data_source with count, and references through it are graph edges", async () => {
    const { root } = await project({
      "root/main.tf": `
variable "arn" {}
data "null_data_source" "v" {
  count  = 2
  inputs = { lb = aws_lb.web.arn, index = count.index, unknown = var.arn }
}
resource "aws_lb" "web" {
  load_balancer_type = "application"
}
resource "aws_lb_listener" "l" {
  load_balancer_arn = data.null_data_source.v[1].outputs.lb
  port              = data.null_data_source.v[1].outputs.index
  protocol          = data.null_data_source.v[0].outputs.unknown
}
`,
    });
    const scan = await scanRoot(root);
    expect(scan.errors).toEqual([]);
    const l = scan.byAddress.get("aws_lb_listener.l");
    expect(l?.port).toBe("1");
    expect(l?.protocol).toMatchObject({ reason: expect.stringContaining("var.arn") });
    expect(scan.edges).toContainEqual(expect.objectContaining({ attr: "load_balancer_arn", to: expect.stringContaining("aws_lb.web") }));
  });

  it("file(), template_file, templatefile(), templatestring(), fileexists() and fileset() read inside the scanned directory", async () => {
    const { root } = await project({
      "root/main.tf": `
data "template_file" "policy" {
  template = file("\${path.module}/templates/policy.tpl")
  vars = {
    version = "1-0"
  }
}
${listener("trimspace(file(\"protocol.txt\"))", "data.template_file.policy.rendered")}
module "child" {
  source = "./child"
}
resource "aws_security_group" "sg" {
  tags = {
    rendered = templatefile("templates/list.tpl", { names = ["a", "b"], sep = "," })
    string   = templatestring(local.tpl, { who = "you" })
    exists   = fileexists("protocol.txt")
    missing  = fileexists("nothing.txt")
    set      = join(" ", fileset(path.module, "**/*.tpl"))
    decoded  = jsondecode(file("settings.json")).port
    core     = core::try(core::upper(local.missing), core::templatestring(local.tpl, { who = "core" }))
  }
}
locals {
  tpl = "hello $\${who}"
}
`,
      "root/protocol.txt": "HTTPS\n",
      "root/settings.json": '{"port": 8443}',
      "root/templates/policy.tpl": "ELBSecurityPolicy-TLS-${version}-2015-04",
      "root/templates/list.tpl": "%{ for n in names }${n}${sep}%{ endfor }",
      "root/child/main.tf": `
resource "aws_security_group" "child" {
  tags = { own = file("\${path.module}/name.txt") }
}
`,
      "root/child/name.txt": "child-sg",
    });
    const scan = await scanRoot(root);
    expect(scan.errors).toEqual([]);
    const l = scan.byAddress.get("aws_lb_listener.https");
    expect(l?.protocol).toBe("HTTPS");
    expect(l?.ssl_policy).toBe("ELBSecurityPolicy-TLS-1-0-2015-04");
    expect(scan.byAddress.get("aws_security_group.sg")?.tags).toEqual({
      rendered: "a,b,",
      string: "hello you",
      exists: true,
      missing: false,
      set: "templates/list.tpl templates/policy.tpl",
      decoded: 8443,
      core: "hello core",
    });
    expect(scan.byAddress.get("module.child.aws_security_group.child")?.tags).toEqual({ own: "child-sg" });
    expect((await findings(root)).stdout).toMatch(/MOAT-LB-003/);
  });

  it("a path outside the scanned directory, or a symbolic link leading out, is unknown, never opened, never printed", async () => {
    // The module object itself (an `import` would give a copy, whose spy the scan would not see).
    const fs = require("node:fs") as typeof import("node:fs");
    const secret = "TOP-SECRET-CONTENT-7f3a";
    const { dir, root } = await project(
      {
        "outside/secret.txt": secret,
        "root/main.tf": `
resource "aws_lb" "web" {
  load_balancer_type = "application"
}
resource "aws_lb_listener" "up" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = file("../outside/secret.txt")
}
resource "aws_lb_listener" "link" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = file("link.txt")
}
resource "aws_lb_listener" "dirlink" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = file("\${path.module}/linked/secret.txt")
}
resource "aws_security_group" "sg" {
  tags = {
    passwd   = file("../../../../../../../../etc/passwd")
    absolute = file("/etc/passwd")
    home     = file("~/.aws/credentials")
    exists   = fileexists("link.txt")
    set      = fileset("../outside", "*")
    listing  = jsonencode(fileset(".", "*"))
    template = templatefile("link.txt", {})
    tried    = try(file("../outside/secret.txt"), "fallback")
    own      = length(file("main.tf")) > 0
  }
}
`,
      },
      { "root/link.txt": "../outside/secret.txt", "root/linked": "../outside" },
    );
    const opened: string[] = [];
    const original = fs.openSync;
    const spy = jest.spyOn(fs, "openSync").mockImplementation((...args: Parameters<typeof fs.openSync>) => {
      opened.push(String(args[0]));
      return original(...args);
    });
    let scan;
    try {
      scan = await scanRoot(root);
    } finally {
      spy.mockRestore();
    }
    expect(opened.some((p) => p.endsWith("main.tf"))).toBe(true); // the spy sees reads: a file inside is read
    expect(opened.filter((p) => p.includes("secret") || p.includes("passwd") || p.includes("link"))).toEqual([]);
    expect(scan.errors).toEqual([]);
    for (const name of ["up", "link", "dirlink"]) {
      expect(scan.byAddress.get(`aws_lb_listener.${name}`)?.protocol).toMatchObject({ reason: expect.stringMatching(/outside the scanned directories|leads out/) });
    }
    const tags = scan.byAddress.get("aws_security_group.sg")?.tags as Record<string, Value>;
    for (const key of ["passwd", "absolute", "home", "exists", "set", "template"]) expect(tags[key]).toMatchObject({ reason: expect.any(String) });
    expect(tags.listing).toBe('["main.tf"]'); // the link out is not listed
    expect(tags.own).toBe(true);
    expect(tags.tried).toMatchObject({ reason: expect.stringContaining("outside") }); // unknown, not an error: try() does not fall back
    const text = await findings(root);
    const json = await findings(root, ["--format", "json"]);
    expect(JSON.stringify(scan)).not.toContain(secret);
    for (const out of [text.stdout, text.stderr, json.stdout, json.stderr]) {
      expect(out).not.toContain(secret);
      expect(out).not.toContain("root:x:0:0");
      expect(out).not.toContain(dir);
    }
    expect(text.stdout).toMatch(/not evaluated|unknown/i);
  });

  it("the accuracy report's case: settings read with fileexists() and jsondecode(file()) give the finding Terraform would", async () => {
    const { root } = await project({
      "root/settings.json": '{"cidr": "0.0.0.0/0"}',
      "root/main.tf": `
locals {
  s = fileexists("./settings.json") ? jsondecode(file("./settings.json")) : {}
}
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [local.s.cidr]
  security_group_id = "sg-0123456789abcdef0"
}
`,
    });
    expect((await findings(root)).stdout).toMatch(/MOAT-SG-002/);
  });

  it("a file larger than limits.maxStringLength is unknown, naming the limit; a FIFO is never opened", async () => {
    const { execFileSync } = await import("node:child_process");
    const { root } = await project({
      "root/big.txt": "x".repeat(100),
      "root/main.tf": `
resource "aws_security_group" "sg" {
  tags = {
    big  = file("big.txt")
    fifo = file("fifo")
  }
}
`,
    });
    execFileSync("mkfifo", [join(root, "fifo")]);
    const { scanTerraform } = await import("../../hcl-rules/project");
    const result = await scanTerraform({ dirs: [root], files: [], explicit: [root] }, { limits: { maxStringLength: 50 } });
    const tags = result.resources[0].attrs.tags as Record<string, { reason: string }>;
    expect(tags.big.reason).toContain("limits.maxStringLength");
    expect(tags.fifo.reason).toContain("a special file (a pipe, socket or device), not a regular file");
  });

  it("a directory scan reads inside that directory; a named file's scan reads inside its repository, as `moat scan .` there would", async () => {
    const { dir } = await project({
      ".git/HEAD": "ref: refs/heads/main\n",
      "policies/name.txt": "shared-sg",
      "root/envs/prod/main.tf": `
resource "aws_security_group" "sg" {
  tags = { name = file("../../../policies/name.txt") }
}
`,
    });
    const prod = join(dir, "root", "envs", "prod");
    const { scanTerraform } = await import("../../hcl-rules/project");
    const tagsOf = async (explicit: string) =>
      (await scanTerraform({ dirs: [prod], files: [], explicit: [explicit] })).resources[0].attrs.tags as Record<string, Value>;
    expect((await tagsOf(prod)).name).toMatchObject({ reason: expect.stringContaining("outside the scanned directories") });
    expect((await tagsOf(join(prod, "main.tf"))).name).toBe("shared-sg");
    expect((await tagsOf(dir)).name).toBe("shared-sg");
  });

  it("errors name the file as written, never what it contains", async () => {
    const { root } = await project({
      "root/main.tf": `
resource "aws_security_group" "sg" {
  tags = {
    missing  = file("nothing.txt")
    template = templatefile("bad.tpl", {})
    dir      = file("sub")
  }
}
`,
      "root/bad.tpl": "CONTENT-IN-TEMPLATE ${undefined_var} %{ if }",
      "root/sub/x.txt": "x",
    });
    const scan = await scanRoot(root);
    const tags = scan.byAddress.get("aws_security_group.sg")?.tags as Record<string, { reason: string }>;
    expect(tags.missing.reason).toContain('file("nothing.txt"): no file exists');
    expect(tags.template.reason).toContain('templatefile("bad.tpl")');
    expect(tags.template.reason).not.toContain("CONTENT-IN-TEMPLATE");
    expect(tags.template.reason).not.toContain("undefined_var");
    expect(tags.dir.reason).toContain("a directory");
  });
});
