/**
 * Registry and Git modules that `terraform init` downloaded into `.terraform/modules` (hcl-rules/module-manifest.ts):
 * scanned like local modules through the root module's `.terraform/modules/modules.json`, found by the key of their
 * call path; not downloaded, changed since, or pointing outside the root, they are listed as not scanned and never read.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { planFixture } from "../../core/plan-fixture";
import { type TerraformResult, scanTerraform } from "../../hcl-rules/project";
import { sameSource } from "../../hcl-rules/module-manifest";
import { admitsVersion } from "../../hcl-rules/version-constraint";
import type { Report } from "../../cli/report";
import { validateReport } from "../cli/report-validate";
import { findingLines, moat } from "../cli/run-moat";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "moat-modules-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

async function scan(root: string): Promise<TerraformResult & { addresses: string[]; rel: (file: string) => string }> {
  const result = await scanTerraform({ dirs: [root], files: [], explicit: [root] });
  return { ...result, addresses: result.resources.map((r) => r.address).sort(), rel: (file) => relative(root, file) };
}

const LB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188";

/** A plain-HTTP listener that forwards: MOAT-LB-001 fires on it (line 3 is `protocol`). */
const listener = (name: string, before = "") => `${before}resource "aws_lb_listener" "${name}" {
  load_balancer_arn = "${LB_ARN}"
  protocol          = "HTTP"
  port              = 80
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1"
  }
}
`;

const VPC_CALL = `module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
}
`;

function manifest(records: object[]): string {
  return JSON.stringify({ Modules: [{ Key: "", Source: "", Dir: "." }, ...records] });
}

const VPC_RECORD = { Key: "vpc", Source: "registry.terraform.io/terraform-aws-modules/vpc/aws", Version: "5.1.0", Dir: ".terraform/modules/vpc" };

/** A root that calls the registry module "vpc", which terraform init downloaded. */
function downloaded(extra: Record<string, string> = {}, records: object[] = [VPC_RECORD]): string {
  return tree({
    "main.tf": VPC_CALL,
    ".terraform/modules/modules.json": manifest(records),
    ".terraform/modules/vpc/main.tf": listener("http"),
    ...extra,
  });
}

describe("a downloaded registry module", () => {
  test("is scanned like a local one: its resources, their file and line, and the call chain", async () => {
    const root = downloaded();
    const r = await scan(root);
    expect(r.errors).toEqual([]);
    expect(r.remoteModules).toEqual([]);
    expect(r.addresses).toEqual(["module.vpc.aws_lb_listener.http"]);
    const l = r.resources[0];
    expect(r.rel(l.location.file)).toBe(join(".terraform", "modules", "vpc", "main.tf"));
    expect(l.location.line).toBe(1);
    expect(l.moduleChain?.map((c) => c.address)).toEqual(["module.vpc"]);
    expect(r.rel(l.moduleChain?.[0].location.file as string)).toBe("main.tf");
    expect(l.moduleChain?.[0].location.line).toBe(1);
    expect(l.attrs.protocol).toBe("HTTP");
  });

  test("its inputs come from the call, and its outputs reach the caller", async () => {
    const root = tree({
      "main.tf": `module "vpc" {
  source = "git::https://example.com/net.git?ref=v1"
  proto  = "HTTP"
}
resource "aws_lb_listener" "root" {
  load_balancer_arn = "${LB_ARN}"
  port              = module.vpc.port
}
`,
      ".terraform/modules/modules.json": manifest([{ Key: "vpc", Source: "git::https://example.com/net.git?ref=v1", Dir: ".terraform/modules/vpc" }]),
      ".terraform/modules/vpc/main.tf": `variable "proto" {}
resource "aws_lb_listener" "l" {
  load_balancer_arn = "${LB_ARN}"
  protocol          = var.proto
}
output "port" { value = 8080 }
`,
    });
    const r = await scan(root);
    const by = new Map(r.resources.map((x) => [x.address, x]));
    expect(by.get("module.vpc.aws_lb_listener.l")?.attrs.protocol).toBe("HTTP");
    expect(by.get("aws_lb_listener.root")?.attrs.port).toBe(8080);
  });

  test("a local module inside it resolves within the downloaded directory", async () => {
    const root = downloaded(
      {
        ".terraform/modules/vpc/main.tf": `module "nested" {\n  source = "./modules/x"\n}\n`,
        ".terraform/modules/vpc/modules/x/main.tf": listener("inner"),
      },
      [VPC_RECORD, { Key: "vpc.nested", Source: "./modules/x", Dir: ".terraform/modules/vpc/modules/x" }],
    );
    const r = await scan(root);
    expect(r.errors).toEqual([]);
    expect(r.addresses).toEqual(["module.vpc.module.nested.aws_lb_listener.inner"]);
    expect(r.rel(r.resources[0].location.file)).toBe(join(".terraform", "modules", "vpc", "modules", "x", "main.tf"));
    expect(r.resources[0].moduleChain?.map((c) => c.address)).toEqual(["module.vpc", "module.vpc.module.nested"]);
  });

  test("a registry submodule (//modules/ssh) that calls its package's root module (../../), as terraform-aws-modules do", async () => {
    const root = tree({
      "main.tf": `module "ssh" {\n  source  = "terraform-aws-modules/security-group/aws//modules/ssh"\n  version = "5.1.0"\n}\n`,
      ".terraform/modules/modules.json": manifest([
        { Key: "ssh", Source: "registry.terraform.io/terraform-aws-modules/security-group/aws//modules/ssh", Version: "5.1.0", Dir: ".terraform/modules/ssh/modules/ssh" },
        { Key: "ssh.sg", Source: "../../", Dir: ".terraform/modules/ssh" },
      ]),
      ".terraform/modules/ssh/modules/ssh/main.tf": `module "sg" {\n  source = "../../"\n  port   = 22\n}\n`,
      ".terraform/modules/ssh/main.tf": `variable "port" {}
resource "aws_security_group" "this" {
  ingress {
    from_port   = var.port
    to_port     = var.port
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    });
    const r = await scan(root);
    expect(r.errors).toEqual([]);
    expect(r.addresses).toEqual(["module.ssh.module.sg.aws_security_group.this"]);
    expect(r.resources[0].moduleChain?.map((c) => c.address)).toEqual(["module.ssh", "module.ssh.module.sg"]);
    expect(r.rel(r.resources[0].location.file)).toBe(join(".terraform", "modules", "ssh", "main.tf"));
  });

  test("keys follow the call path from the root, through local modules and whatever count or for_each makes", async () => {
    const root = tree({
      "main.tf": `module "app" {\n  source   = "./modules/app"\n  for_each = toset(["a", "b"])\n}\n`,
      "modules/app/main.tf": `module "db" {\n  source = "terraform-aws-modules/rds/aws"\n  count  = 1\n}\n`,
      ".terraform/modules/modules.json": manifest([
        { Key: "app", Source: "./modules/app", Dir: "modules/app" },
        { Key: "app.db", Source: "registry.terraform.io/terraform-aws-modules/rds/aws", Version: "6.0.0", Dir: ".terraform/modules/app.db" },
      ]),
      ".terraform/modules/app.db/main.tf": listener("db"),
    });
    const r = await scan(root);
    expect(r.errors).toEqual([]);
    expect(r.addresses).toEqual(['module.app["a"].module.db[0].aws_lb_listener.db', 'module.app["b"].module.db[0].aws_lb_listener.db']);
  });

  test("a module key that is not the call path is not used (a download for another call)", async () => {
    const root = tree({
      "main.tf": `module "net" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n`,
      ".terraform/modules/modules.json": manifest([VPC_RECORD]),
      ".terraform/modules/vpc/main.tf": listener("http"),
    });
    const r = await scan(root);
    expect(r.resources).toEqual([]);
    expect(r.remoteModules.map((m) => [m.address, m.reason])).toEqual([["module.net", undefined]]);
  });

  test("a module cycle through a downloaded module is still an error", async () => {
    const root = downloaded({ ".terraform/modules/vpc/main.tf": `module "again" {\n  source = "./"\n}\n${listener("http")}` });
    const r = await scan(root);
    expect(r.addresses).toEqual(["module.vpc.aws_lb_listener.http"]);
    expect(r.errors.map((e) => e.message).join("\n")).toMatch(/module "again" calls a module that is already being evaluated/);
  });
});

describe("a remote module moat does not scan", () => {
  test("not downloaded (no manifest): listed, with no reason of its own", async () => {
    const root = tree({ "main.tf": VPC_CALL });
    const r = await scan(root);
    expect(r.errors).toEqual([]);
    expect(r.remoteModules).toEqual([{ address: "module.vpc", source: "terraform-aws-modules/vpc/aws", location: expect.objectContaining({ line: 1 }) }]);
  });

  test("its source changed since terraform init: not scanned, and says to run terraform init again", async () => {
    const root = downloaded({ "main.tf": `module "vpc" {\n  source = "terraform-aws-modules/vpc/google"\n}\n` });
    const r = await scan(root);
    expect(r.resources).toEqual([]);
    expect(r.remoteModules).toHaveLength(1);
    expect(r.remoteModules[0].reason).toMatch(/downloaded it from "registry\.terraform\.io\/terraform-aws-modules\/vpc\/aws".*run `terraform init` again/);
  });

  test("its version constraint excludes the version terraform init downloaded: not scanned", async () => {
    const root = downloaded({ "main.tf": VPC_CALL.replace("~> 5.0", ">= 6.0") });
    const r = await scan(root);
    expect(r.resources).toEqual([]);
    expect(r.remoteModules[0].reason).toMatch(/version 5\.1\.0, which the call's version constraint ">= 6\.0" excludes/);
  });

  test("a recorded directory that is gone: listed as not scanned, saying to run terraform init again, and no error", async () => {
    const root = tree({ "main.tf": VPC_CALL, ".terraform/modules/modules.json": manifest([VPC_RECORD]) });
    const r = await scan(root);
    expect(r.errors).toEqual([]);
    expect(r.remoteModules.map((m) => m.reason)).toEqual([expect.stringMatching(/"\.terraform\/modules\/vpc" in .* does not exist; run `terraform init` again/)]);
  });

  test.each([
    ["a parent directory", "../outside"],
    ["an absolute path", "/etc"],
  ])("a manifest Dir leading outside the root (%s) is refused, an error at the call, and never read", async (_what, dir) => {
    const base = tree({ "outside/main.tf": listener("outside"), "root/main.tf": VPC_CALL });
    const root = join(base, "root");
    mkdirSync(join(root, ".terraform", "modules"), { recursive: true });
    writeFileSync(join(root, ".terraform", "modules", "modules.json"), manifest([{ ...VPC_RECORD, Dir: dir }]));
    const r = await scan(root);
    expect(r.resources).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.rel(r.errors[0].file)).toBe("main.tf");
    expect(r.errors[0].line).toBe(1);
    expect(r.errors[0].message).toMatch(new RegExp(`module "vpc": its directory "${dir.replace(/[./]/g, "\\$&")}" in \\.terraform.modules.modules\\.json (leads outside|is an absolute path)`));
    expect(r.remoteModules.map((m) => m.address)).toEqual(["module.vpc"]);
  });

  test("a local module call leading out of the downloaded package is an error, as in Terraform, and not followed", async () => {
    const root = downloaded({
      ".terraform/modules/vpc/main.tf": `module "up" {\n  source = "../../../shared"\n}\n`,
      "shared/main.tf": listener("shared"),
      "main.tf": `${VPC_CALL}output "x" { value = module.vpc }\n`,
    });
    const r = await scan(root);
    expect(r.resources).toEqual([]);
    expect(r.errors.map((e) => [r.rel(e.file), e.line, e.message])).toEqual([
      [join(".terraform", "modules", "vpc", "main.tf"), 1, expect.stringMatching(/module "up": source "\.\.\/\.\.\/\.\.\/shared" leads out of the module package terraform init downloaded/)],
    ]);
  });

  test("a downloaded directory that is a symbolic link leading out of the root is refused and never read", async () => {
    const base = tree({ "outside/main.tf": listener("outside"), "root/main.tf": VPC_CALL, "root/.terraform/modules/modules.json": manifest([VPC_RECORD]) });
    symlinkSync(join(base, "outside"), join(base, "root", ".terraform", "modules", "vpc"));
    const r = await scan(join(base, "root"));
    expect(r.resources).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/symbolic link leading outside the root module, so moat did not read it/)]);
  });

  test("a malformed manifest is an error naming it, and the root's own files are still scanned", async () => {
    const root = tree({ "main.tf": `${VPC_CALL}${listener("root")}`, ".terraform/modules/modules.json": '{"Modules": [{"Key": "vpc",' });
    const r = await scan(root);
    expect(r.addresses).toEqual(["aws_lb_listener.root"]);
    expect(r.errors).toHaveLength(1);
    expect(r.rel(r.errors[0].file)).toBe(join(".terraform", "modules", "modules.json"));
    expect(r.errors[0].message).toMatch(/is not valid JSON/);
    expect(r.remoteModules.map((m) => m.address)).toEqual(["module.vpc"]);
  });

  test("a manifest Terraform 0.11 wrote is not read: a notice, no error, and its modules listed as not scanned", async () => {
    const legacy = JSON.stringify({ Modules: [{ Source: "terraform-aws-modules/vpc/aws", Key: "1.vpc;terraform-aws-modules/vpc/aws", Version: "1.0.0", Dir: ".terraform/modules/0f1e", Root: "" }, { Source: "", Key: "", Version: "", Dir: ".terraform/modules/0f1e", Root: "terraform-aws-vpc-1.0.0" }] });
    const r = await scan(tree({ "main.tf": VPC_CALL, ".terraform/modules/modules.json": legacy, ".terraform/modules/0f1e/main.tf": listener("http") }));
    expect(r.errors).toEqual([]);
    expect(r.resources).toEqual([]);
    expect(r.remoteModules.map((m) => m.address)).toEqual(["module.vpc"]);
    expect(r.notices.map((n) => [r.rel(n.file), n.message])).toEqual([[join(".terraform", "modules", "modules.json"), expect.stringMatching(/written by Terraform 0\.11/)]]);
  });

  test.each([
    ["no Modules list", "[]", /no "Modules" list/],
    ["a record without Dir", '{"Modules":[{"Key":"vpc","Source":"x"}]}', /malformed record \(Modules\[0\]/],
    ["two records for one key", '{"Modules":[{"Key":"vpc","Source":"x","Dir":"a"},{"Key":"vpc","Source":"x","Dir":"b"}]}', /two records for the module key "vpc"/],
  ])("a manifest with %s is an error", async (_what, text, message) => {
    const r = await scan(tree({ "main.tf": VPC_CALL, ".terraform/modules/modules.json": text }));
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(message)]);
  });
});

describe("matching a download to its call", () => {
  test.each([
    ["registry.terraform.io/terraform-aws-modules/vpc/aws", "terraform-aws-modules/vpc/aws", true],
    ["registry.terraform.io/terraform-aws-modules/vpc/aws//modules/endpoints", "terraform-aws-modules/vpc/aws//modules/endpoints", true],
    ["app.terraform.io/acme/vpc/aws", "APP.terraform.io/acme/vpc/aws", true],
    ["git::https://github.com/acme/net.git?ref=v1", "github.com/acme/net?ref=v1", true],
    ["git::https://github.com/acme/net.git//vpc?ref=v1", "github.com/acme/net//vpc?ref=v1", true],
    ["git::ssh://git@github.com/acme/net.git", "git@github.com:acme/net.git", true],
    ["git::https://example.com/net.git?ref=v1", "git::https://example.com/net.git?ref=v1", true],
    ["git::https://example.com/net.git?ref=v1", "git::https://example.com/net.git?ref=v2", false],
    ["registry.terraform.io/terraform-aws-modules/vpc/aws", "terraform-aws-modules/vpc/google", false],
  ])("recorded %s, call %s: same source %s", (recorded, source, same) => {
    expect(sameSource(recorded, source)).toBe(same);
  });

  test.each([
    ["~> 5.0", "5.1.0", true],
    ["~> 5.0", "6.0.0", false],
    ["~> 5.1.2", "5.1.9", true],
    ["~> 5.1.2", "5.2.0", false],
    ["~> 5", "7.0.0", true],
    ["~> 5", "4.9.9", false],
    [">= 4.0, < 6.0", "5.9.1", true],
    [">= 4.0, < 6.0", "6.0.0", false],
    ["5.1.0", "5.1.0", true],
    ["= 5.1.0", "5.1.1", false],
    ["!= 5.1.0", "5.1.0", false],
    ["> 5.1", "5.1.0", false],
    ["<= 5.1", "5.1.0", true],
    ["latest", "5.1.0", undefined],
  ])("constraint %s allows %s: %s", (constraint, version, allowed) => {
    expect(admitsVersion(constraint, version)).toBe(allowed);
  });
});

describe("moat scan of a root whose modules terraform init downloaded", () => {
  test("a finding inside the downloaded module fails the run, at the module's file and line, with its call", async () => {
    // .terraform is never walked: a module there that the manifest does not name for a call is not scanned.
    const root = downloaded({ ".terraform/modules/stale/main.tf": listener("stale") });
    const { code, stdout } = await moat(["scan", "."], { cwd: root });
    expect(code).toBe(1);
    expect(findingLines(stdout)).toEqual([expect.stringMatching(/^\.terraform\/modules\/vpc\/main\.tf:6 +HIGH +MOAT-LB-001 /)]);
    expect(stdout).toMatch(/module\.vpc\.aws_lb_listener\.http via module\.vpc \(main\.tf:1\)/);
    expect(stdout).not.toMatch(/Remote modules not scanned/);
  });

  test("an inline suppression in the downloaded module's file suppresses the finding there", async () => {
    const root = downloaded({ ".terraform/modules/vpc/main.tf": listener("http", '# moat:ignore MOAT-LB-001 reason="TLS ends at the CDN"\n') });
    const { code, stdout } = await moat(["scan", "--format", "json", "."], { cwd: root });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ file: ".terraform/modules/vpc/main.tf", address: "module.vpc.aws_lb_listener.http", suppressed: { reason: "TLS ends at the CDN" } });
    expect(report.notices).toEqual([]);
  });

  test("a configured exception matches the downloaded module's resources by address", async () => {
    const root = downloaded({
      "moat.config.yaml": 'exceptions:\n  - { rule: MOAT-LB-001, resource: "module.vpc.*", reason: "CDN in front" }\n',
    });
    const { code, stdout } = await moat(["scan", "--format", "json", "."], { cwd: root });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map((f) => [f.address, f.suppressed?.reason])).toEqual([["module.vpc.aws_lb_listener.http", "CDN in front"]]);
    expect(report.notices.filter((n) => n.kind.startsWith("exception"))).toEqual([]);
  });

  test("remote modules not downloaded are listed, with how to get them scanned said once", async () => {
    const root = tree({ "main.tf": `${VPC_CALL}module "dns" {\n  source = "git::https://example.com/dns.git"\n}\n` });
    const { code, stdout } = await moat(["scan", "."], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Remote modules not scanned \(2\):\n {2}main\.tf:1 +module\.vpc +source = "terraform-aws-modules\/vpc\/aws"\n {2}main\.tf:5 +module\.dns/);
    expect(stdout.match(/run `terraform init`/g)).toHaveLength(1);
    expect(stdout).toMatch(/or scan the plan/);
  });

  test("a changed source says to run terraform init again, in the JSON report too", async () => {
    const root = downloaded({ "main.tf": `module "vpc" {\n  source = "terraform-aws-modules/vpc/google"\n}\n` });
    const { code, stdout } = await moat(["scan", "--format", "json", "."], { cwd: root });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    validateReport(report);
    expect(validateReport.errors ?? []).toEqual([]);
    expect(report.remoteModules).toEqual([
      expect.objectContaining({ address: "module.vpc", file: "main.tf", line: 1, reason: expect.stringMatching(/run `terraform init` again/) }),
    ]);
  });

  test("a malformed manifest makes the scan incomplete (exit 2), and the root's own findings are still reported", async () => {
    const root = tree({ "main.tf": `${VPC_CALL}${listener("root")}`, ".terraform/modules/modules.json": "{not json" });
    const { code, stdout } = await moat(["scan", "."], { cwd: root });
    expect(code).toBe(2);
    expect(stdout).toMatch(/\.terraform\/modules\/modules\.json:1: is not valid JSON/);
    expect(findingLines(stdout)).toEqual([expect.stringMatching(/^main\.tf:10 +HIGH +MOAT-LB-001 /)]);
  });
});

describe("the plan door with the source beside it", () => {
  const planOf = (source: string) =>
    JSON.stringify(
      planFixture(
        [
          {
            address: "module.vpc.aws_lb_listener.http",
            values: {
              load_balancer_arn: LB_ARN,
              protocol: "HTTP",
              port: 80,
              default_action: [{ type: "forward", target_group_arn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1" }],
            },
          },
        ],
        { moduleSources: { vpc: source } },
      ),
      null,
      2,
    );

  test("a finding in a downloaded module points at its file and line, and a moat:ignore there suppresses it", async () => {
    const root = downloaded({ "plan.json": planOf("terraform-aws-modules/vpc/aws") });
    const shown = await moat(["scan", "plan.json"], { cwd: root });
    expect(shown.code).toBe(1);
    expect(findingLines(shown.stdout)).toEqual([expect.stringMatching(/^\.terraform\/modules\/vpc\/main\.tf:6 +HIGH +MOAT-LB-001 /)]);
    writeFileSync(join(root, ".terraform/modules/vpc/main.tf"), listener("http", '# moat:ignore MOAT-LB-001 reason="TLS ends at the CDN"\n'));
    const suppressed = await moat(["scan", "--format", "json", "plan.json"], { cwd: root });
    expect(suppressed.code).toBe(0);
    expect((JSON.parse(suppressed.stdout) as Report).findings.map((f) => [f.file, f.suppressed?.reason])).toEqual([
      [".terraform/modules/vpc/main.tf", "TLS ends at the CDN"],
    ]);
  });

  test("a download that no longer fits the call gives no source line: the finding stays at the plan", async () => {
    const root = downloaded({ "plan.json": planOf("terraform-aws-modules/vpc/google") });
    const { code, stdout } = await moat(["scan", "plan.json"], { cwd: root });
    expect(code).toBe(1);
    expect(findingLines(stdout)).toEqual([expect.stringMatching(/^plan\.json:\d+ +HIGH +MOAT-LB-001 /)]);
  });
});
