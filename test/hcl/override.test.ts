/**
 * Override files (`override.tf`, `*_override.tf`, `.tf.json` forms) merged as Terraform documents
 * (developer.hashicorp.com/terraform/language/files/override): scanned from disk with the real rules, findings
 * located in the file that wrote the offending argument.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { runRules } from "../../core/engine";
import { ResourceGraph } from "../../core/model";
import { planFixture } from "../../core/plan-fixture";
import { resolvePolicy } from "../../core/policy-config";
import type { HclFile, JsonObject } from "../../hcl-rules/evaluate";
import { locateLines } from "../../hcl-rules/locate";
import { isOverrideFile, mergeOverrides } from "../../hcl-rules/override";
import { parseHclText } from "../../hcl-rules/parse-hcl";
import { scanPlanText } from "../../hcl-rules/plan";
import { scanTerraform } from "../../hcl-rules/project";
import sgRestrictedPort from "../../rules/aws/ec2/sg-public-ingress-restricted-port";
import { moat } from "../cli/run-moat";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function write(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "moat-override-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** Scans the files as one root module with MOAT-SG-002; findings as `address|file:line`, errors as `file:line message`. */
async function scan(files: Record<string, string>) {
  const dir = write(files);
  const result = await scanTerraform({ dirs: [dir], files: [], explicit: [dir] });
  const engine = runRules(new ResourceGraph(result.resources, result.edges), resolvePolicy([sgRestrictedPort]));
  return {
    findings: engine.findings.map((f) => `${f.address}|${relative(dir, f.location.file)}:${f.location.line}`).sort(),
    errors: result.errors.map((e) => `${relative(dir, e.file)}:${e.line ?? ""} ${e.message}`),
    byAddress: new Map(result.resources.map((r) => [r.address, r])),
  };
}

const SSH_RULE = `resource "aws_security_group" "web" {
  name = "web"
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = aws_security_group.web.id
}
`;

const OPEN_SSH = `resource "aws_security_group_rule" "ssh" {
  cidr_blocks = ["0.0.0.0/0"]
}
`;

/** A security group written from nested blocks; each `ingress` block is six lines, its cidr_blocks on the fifth. */
const group = (...blocks: string[]) => `resource "aws_security_group" "web" {\n${blocks.join("")}}\n`;
const block = (type: string, port: number | string, cidr: string, protocol = "tcp") =>
  `  ${type} {\n    from_port   = ${port}\n    to_port     = ${port}\n    protocol    = "${protocol}"\n    cidr_blocks = ["${cidr}"]\n  }\n`;
const dynamic = (ports: number[], cidr: string) =>
  `  dynamic "ingress" {\n    for_each = ${JSON.stringify(ports)}\n    content {\n      from_port   = ingress.value\n      to_port     = ingress.value\n      protocol    = "tcp"\n      cidr_blocks = ["${cidr}"]\n    }\n  }\n`;

describe("override files", () => {
  test("are recognised by Terraform's names only", () => {
    for (const name of ["override.tf", "override.tf.json", "ssh_override.tf", "a/b/x_override.tf.json"]) expect(isOverrideFile(name)).toBe(true);
    for (const name of ["main.tf", "override.tfvars", "myoverride.tf", "override_x.tf", "x_override.tf.bak", "override.json"]) {
      expect(isOverrideFile(name)).toBe(false);
    }
  });

  test("an override that opens SSH to the internet fires, located in the override file", async () => {
    const r = await scan({ "main.tf": SSH_RULE, "ssh_override.tf": OPEN_SSH });
    expect(r.errors).toEqual([]);
    expect(r.findings).toEqual(["aws_security_group_rule.ssh|ssh_override.tf:2"]);
    // The resource is still the primary block, and what was not overridden keeps its value and line.
    const rule = r.byAddress.get("aws_security_group_rule.ssh")!;
    expect(relative(dirname(rule.location.file), rule.location.file)).toBe("main.tf");
    expect(rule.attrs.from_port).toBe(22);
    expect(rule.locate(["from_port"]).line).toBe(7);
    expect(rule.locate(["cidr_blocks"]).file.endsWith("ssh_override.tf")).toBe(true);
  });

  test("an override that narrows the CIDR makes the finding go away", async () => {
    const open = SSH_RULE.replace("10.0.0.0/8", "0.0.0.0/0");
    expect((await scan({ "main.tf": open })).findings).toEqual(["aws_security_group_rule.ssh|main.tf:10"]);
    const r = await scan({ "main.tf": open, "override.tf": `resource "aws_security_group_rule" "ssh" {\n  cidr_blocks = ["10.1.0.0/16"]\n}\n` });
    expect(r.findings).toEqual([]);
    expect(r.errors).toEqual([]);
  });


  test("nested blocks of a type are replaced as a whole, dynamic blocks counting as that type", async () => {
    const main = group(block("ingress", 22, "0.0.0.0/0"), block("ingress", 3389, "0.0.0.0/0"), block("egress", 0, "0.0.0.0/0", "-1"));
    expect((await scan({ "main.tf": main })).findings).toEqual(["aws_security_group.web|main.tf:12", "aws_security_group.web|main.tf:6"]);

    // One ingress block in the override replaces both; egress, not overridden, stays.
    const one = await scan({ "main.tf": main, "web_override.tf": group(block("ingress", 443, "0.0.0.0/0")) });
    expect(one.findings).toEqual([]);
    const attrs = one.byAddress.get("aws_security_group.web")!.attrs;
    expect(attrs.ingress).toEqual([{ from_port: 443, to_port: 443, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] }]);
    expect(attrs.egress).toHaveLength(1);

    // A dynamic "ingress" block in the override replaces the static ones, and its findings are located in it.
    const replaced = await scan({ "main.tf": main, "web_override.tf": group(dynamic([5432], "0.0.0.0/0")) });
    expect(replaced.findings).toEqual(["aws_security_group.web|web_override.tf:8"]);

    // And a static block in the override replaces a dynamic one of the same type.
    const fromDynamic = await scan({ "main.tf": group(dynamic([22], "0.0.0.0/0")), "web_override.tf": group(block("ingress", 22, "10.0.0.0/8")) });
    expect(fromDynamic.findings).toEqual([]);
    expect(fromDynamic.byAddress.get("aws_security_group.web")!.attrs.ingress).toHaveLength(1);
  });

  test("a local or a variable default overridden changes the finding, which stays where the resource uses it", async () => {
    const main = `variable "cidr" {
  type    = string
  default = "10.0.0.0/8"
}
locals {
  port = 443
}
resource "aws_security_group_rule" "r" {
  type              = "ingress"
  from_port         = local.port
  to_port           = local.port
  protocol          = "tcp"
  cidr_blocks       = [var.cidr]
  security_group_id = "sg-1"
}
`;
    expect((await scan({ "main.tf": main })).findings).toEqual([]);
    const variable = await scan({ "main.tf": main, "override.tf": `variable "cidr" {\n  default = "0.0.0.0/0"\n}\nlocals {\n  port = 22\n}\n` });
    expect(variable.errors).toEqual([]);
    expect(variable.findings).toEqual(["aws_security_group_rule.r|main.tf:13"]);
    // Only the default was overridden: the local alone keeps 0.0.0.0/0 out.
    const local = await scan({ "main.tf": main, "override.tf": `locals {\n  port = 22\n}\n` });
    expect(local.findings).toEqual([]);
    expect(local.byAddress.get("aws_security_group_rule.r")!.attrs.from_port).toBe(22);
  });

  test("a variable's type overridden converts the original default, as Terraform does", async () => {
    const r = await scan({
      "main.tf": `variable "port" {\n  default = "22"\n}\nresource "aws_lb_listener" "l" {\n  port = var.port\n}\n`,
      "override.tf": `variable "port" {\n  type = number\n}\n`,
    });
    expect(r.byAddress.get("aws_lb_listener.l")!.attrs.port).toBe(22);
  });

  test("a module call's source overridden loads the other module", async () => {
    const module = (cidr: string) => `resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["${cidr}"]
  security_group_id = "sg-1"
}
`;
    const files = {
      "root/main.tf": `module "net" {\n  source = "../closed"\n}\n`,
      "closed/main.tf": module("10.0.0.0/8"),
      "open/main.tf": module("0.0.0.0/0"),
    };
    const dir = write({ ...files, "root/override.tf": `module "net" {\n  source = "../open"\n}\n` });
    const result = await scanTerraform({ dirs: [join(dir, "root")], files: [], explicit: [join(dir, "root")] });
    expect(result.errors).toEqual([]);
    const findings = runRules(new ResourceGraph(result.resources, result.edges), resolvePolicy([sgRestrictedPort])).findings;
    expect(findings.map((f) => `${f.address}|${relative(dir, f.location.file)}:${f.location.line}`)).toEqual([
      "module.net.aws_security_group_rule.ssh|open/main.tf:6",
    ]);
  });

  test("an override of a block no primary file declares is an error at its line; the rest is still scanned", async () => {
    const r = await scan({
      "main.tf": SSH_RULE,
      "extra_override.tf": `${OPEN_SSH}\nresource "aws_security_group_rule" "rdp" {\n  cidr_blocks = ["0.0.0.0/0"]\n}\n`,
    });
    expect(r.findings).toEqual(["aws_security_group_rule.ssh|extra_override.tf:2"]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^extra_override\.tf:5 Missing resource to override: .*resource "aws_security_group_rule" "rdp"/);
    expect(r.byAddress.has("aws_security_group_rule.rdp")).toBe(false);
  });

  test("when a primary file cannot be parsed, an override of a block it may hold is not reported as missing", async () => {
    const r = await scan({ "main.tf": SSH_RULE, "broken.tf": `resource "aws_security_group_rule" "rdp" {\n  cidr_blocks = [\n`, "override.tf": OPEN_SSH.replace('"ssh"', '"rdp"') });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^broken\.tf:/);
    expect(r.byAddress.has("aws_security_group_rule.rdp")).toBe(false);
    expect(r.findings).toEqual([]);
  });

  test("override files apply after every primary file, in lexical order of file name; the last one wins", async () => {
    const narrow = `resource "aws_security_group_rule" "ssh" {\n  cidr_blocks = ["10.9.0.0/16"]\n}\n`;
    // a_override.tf sorts before main.tf, but is still applied after it.
    const openLast = await scan({ "main.tf": SSH_RULE, "a_override.tf": narrow, "b_override.tf": OPEN_SSH });
    expect(openLast.findings).toEqual(["aws_security_group_rule.ssh|b_override.tf:2"]);
    const narrowLast = await scan({ "main.tf": SSH_RULE, "a_override.tf": OPEN_SSH, "b_override.tf": narrow });
    expect(narrowLast.findings).toEqual([]);
    expect(narrowLast.byAddress.get("aws_security_group_rule.ssh")!.attrs.cidr_blocks).toEqual(["10.9.0.0/16"]);
  });

  test("a .tf.json override merges the same way, located at its line", async () => {
    const r = await scan({
      "main.tf": SSH_RULE,
      "ssh_override.tf.json": `{
  "resource": {
    "aws_security_group_rule": {
      "ssh": {
        "cidr_blocks": ["0.0.0.0/0"]
      }
    }
  }
}
`,
    });
    expect(r.errors).toEqual([]);
    expect(r.findings).toEqual(["aws_security_group_rule.ssh|ssh_override.tf.json:5"]);
  });
});

describe("the merge as a function", () => {
  async function parsed(name: string, text: string): Promise<HclFile> {
    const r = await parseHclText(name, text);
    if (!r.ok) throw new Error(r.message);
    return { file: name, json: r.json as JsonObject, lines: r.lines ?? locateLines(r.text) };
  }

  test("lifecycle merges argument by argument, provisioners are replaced, depends_on and moved are errors", async () => {
    const main = await parsed(
      "/m/main.tf",
      `resource "aws_instance" "a" {
  ami = "x"
  lifecycle {
    ignore_changes = [tags]
  }
  provisioner "local-exec" {
    command = "one"
  }
  provisioner "local-exec" {
    command = "two"
  }
}
`,
    );
    const over = await parsed(
      "/m/override.tf",
      `resource "aws_instance" "a" {
  depends_on = [aws_instance.b]
  lifecycle {
    create_before_destroy = true
  }
  provisioner "remote-exec" {
    inline = ["three"]
  }
}
moved {
  from = aws_instance.c
  to   = aws_instance.a
}
`,
    );
    const before = JSON.stringify([main.json, over.json]);
    const merged = mergeOverrides([main, over]);
    // The parsed files are not modified.
    expect(JSON.stringify([main.json, over.json])).toBe(before);
    expect(merged.files).toHaveLength(1);
    const body = ((merged.files[0].json.resource as JsonObject).aws_instance as JsonObject).a as JsonObject[];
    expect(body[0].lifecycle).toEqual([{ ignore_changes: ["${tags}"], create_before_destroy: true }]);
    expect(body[0].provisioner).toEqual({ "remote-exec": [{ inline: ["three"] }] });
    expect(body[0].depends_on).toBeUndefined();
    expect(merged.errors.map((e) => `${e.line} ${e.message.split(":")[0]}`)).toEqual(["2 Unsupported override", "10 Cannot override 'moved' blocks"]);
    // Lines: an overridden lifecycle argument is in the override file, one that was not stays in main.tf.
    expect(merged.files[0].lines.lookup(["resource", "aws_instance", "a", 0, "lifecycle", 0, "create_before_destroy"])).toMatchObject({ file: "/m/override.tf", line: 4 });
    expect(merged.files[0].lines.lookup(["resource", "aws_instance", "a", 0, "lifecycle", 0, "ignore_changes"])).toMatchObject({ line: 4 });
    expect(merged.files[0].lines.lookup(["resource", "aws_instance", "a", 0, "lifecycle", 0, "ignore_changes"])?.file).toBeUndefined();
  });

  test("terraform blocks: required_providers per provider, backend and cloud replace each other", async () => {
    const main = await parsed(
      "/m/versions.tf",
      `terraform {
  required_version = ">= 1.0"
  required_providers {
    aws    = { source = "hashicorp/aws", version = "~> 4.0" }
    random = { source = "hashicorp/random" }
  }
  cloud {
    organization = "o"
  }
}
`,
    );
    const over = await parsed(
      "/m/override.tf",
      `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
  backend "s3" {
    bucket = "b"
  }
}
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "typo"
  region = "us-east-1"
}
`,
    );
    const before = JSON.stringify([main.json, over.json]);
    const merged = mergeOverrides([main, over]);
    // The parsed files are not modified.
    expect(JSON.stringify([main.json, over.json])).toBe(before);
    const tf = (merged.files[0].json.terraform as JsonObject[])[0];
    expect(tf.required_version).toBe(">= 1.0");
    expect(tf.required_providers).toEqual([{ aws: { source: "hashicorp/aws", version: "~> 5.0" }, random: { source: "hashicorp/random" } }]);
    expect(tf.backend).toEqual({ s3: [{ bucket: "b" }] });
    expect(tf.cloud).toBeUndefined();
    // A default provider may be overridden without a base; an aliased one may not.
    expect(merged.files[1].json.provider).toEqual({ aws: [{ region: "eu-west-1" }] });
    expect(merged.errors.map((e) => `${e.line} ${e.message.split(":")[0]}`)).toEqual(["12 Missing base provider configuration for override"]);
  });

  test("overrides compound in order without changing an earlier override's configuration", async () => {
    const main = await parsed("/m/main.tf", group(block("ingress", 22, "0.0.0.0/0"), block("egress", 0, "0.0.0.0/0", "-1")));
    const a = await parsed("/m/a_override.tf", group(dynamic([80], "0.0.0.0/0")) + `locals {\n  x = 1\n}\n`);
    const b = await parsed("/m/b_override.tf", group(block("ingress", 443, "10.0.0.0/8")));
    const before = JSON.stringify([main.json, a.json, b.json]);
    const merged = mergeOverrides([b, main, a]);
    expect(JSON.stringify([main.json, a.json, b.json])).toBe(before);
    const body = (((merged.files[0].json.resource as JsonObject).aws_security_group as JsonObject).web as JsonObject[])[0];
    expect(body.dynamic).toBeUndefined();
    expect(body.ingress).toEqual([{ from_port: 443, to_port: 443, protocol: "tcp", cidr_blocks: ["10.0.0.0/8"] }]);
    expect(body.egress).toHaveLength(1);
    expect(merged.files[0].lines.lookup(["resource", "aws_security_group", "web", 0, "ingress", 0, "cidr_blocks"])).toMatchObject({ file: "/m/b_override.tf", line: 6 });
    expect(merged.files[0].lines.lookup(["resource", "aws_security_group", "web", 0, "egress", 0, "cidr_blocks"])).toMatchObject({ line: 12 });
    expect(merged.errors.map((e) => `${e.file}:${e.line} ${e.message.split(":")[0]}`)).toEqual(["/m/a_override.tf:13 Missing base local value definition to override"]);
  });

  test("a module without override files is returned as it is", async () => {
    const main = await parsed("/m/main.tf", `locals {\n  a = 1\n}\n`);
    const merged = mergeOverrides([main]);
    expect(merged.files).toEqual([main]);
    expect(merged.files[0]).toBe(main);
    expect(merged.errors).toEqual([]);
  });
});

describe("the plan door", () => {
  test("with a source root, an argument an override file sets is located there; the resource in its primary file", () => {
    const dir = write({ "main.tf": SSH_RULE, "a_override.tf": OPEN_SSH.replace("0.0.0.0/0", "10.9.0.0/16"), "ssh_override.tf": OPEN_SSH });
    // Terraform itself merged the overrides into the plan's values.
    const plan = planFixture([
      {
        address: "aws_security_group_rule.ssh",
        values: { type: "ingress", from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"], security_group_id: "sg-1" },
      },
    ]);
    const r = scanPlanText("plan.json", JSON.stringify(plan, null, 2), { sourceRoot: dir });
    const rule = r.resources.find((x) => x.address === "aws_security_group_rule.ssh")!;
    expect(rule.location).toMatchObject({ file: join(dir, "main.tf"), line: 5 });
    expect(rule.locate(["cidr_blocks"])).toMatchObject({ file: join(dir, "ssh_override.tf"), line: 2 });
    expect(rule.locate(["from_port"])).toMatchObject({ file: join(dir, "main.tf"), line: 7 });
  });
});

describe("the command line", () => {
  test("exit codes: 1 for a finding in an override file (suppressible there), 0 once narrowed, 2 for a missing base", async () => {
    const rules = [sgRestrictedPort];
    const open = write({ "main.tf": SSH_RULE, "ssh_override.tf": OPEN_SSH });
    const fired = await moat(["scan", "."], { cwd: open, rules });
    expect(fired.code).toBe(1);
    expect(fired.stdout).toContain("ssh_override.tf:2");
    expect(fired.stdout).not.toContain(open);

    const suppressed = write({
      "main.tf": SSH_RULE,
      "ssh_override.tf": `resource "aws_security_group_rule" "ssh" {\n  # moat:ignore MOAT-SG-002 reason="bastion, OPS-1"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n`,
    });
    const quiet = await moat(["scan", "."], { cwd: suppressed, rules });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain("suppressed by ssh_override.tf:2");
    // A comment above the primary block covers the whole resource, what the override set included.
    const atPrimary = write({
      "main.tf": SSH_RULE.replace('resource "aws_security_group_rule"', '# moat:ignore MOAT-SG-002 reason="bastion, OPS-2"\nresource "aws_security_group_rule"'),
      "ssh_override.tf": OPEN_SSH,
    });
    const covered = await moat(["scan", "."], { cwd: atPrimary, rules });
    expect(covered.code).toBe(0);
    expect(covered.stdout).toContain("suppressed by main.tf:5");

    const narrowed = write({ "main.tf": SSH_RULE.replace("10.0.0.0/8", "0.0.0.0/0"), "override.tf": `resource "aws_security_group_rule" "ssh" {\n  cidr_blocks = ["10.0.0.0/8"]\n}\n` });
    expect((await moat(["scan", "."], { cwd: narrowed, rules })).code).toBe(0);

    const missing = write({ "main.tf": SSH_RULE, "override.tf": `resource "aws_security_group_rule" "other" {\n  cidr_blocks = ["0.0.0.0/0"]\n}\n` });
    const failed = await moat(["scan", "."], { cwd: missing, rules });
    expect(failed.code).toBe(2);
    expect(failed.stdout + failed.stderr).toContain("override.tf:1: Missing resource to override");
  });
});
