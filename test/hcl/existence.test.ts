/**
 * Resources whose `count` or `for_each` is unknown in the Terraform source: their findings say "If created" in every
 * output format, they never satisfy another resource's requirement (the check is not evaluated), and resources whose
 * counts exclude each other are never judged together. A plan knows its instances: none of this applies there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import type { Report, ReportFinding, ReportUnevaluated } from "../../cli/report";
import { runRules } from "../../core/engine";
import { planFixture } from "../../core/plan-fixture";
import { type Resource, ResourceGraph } from "../../core/model";
import { resolvePolicy } from "../../core/policy-config";
import { unknown } from "../../core/values";
import { coexisting, mayCoexist } from "../../core/views";
import { scanTerraform } from "../../hcl-rules/project";
import { rules as registry } from "../../rules/index";
import { moat } from "../cli/run-moat";
import { parseSarif } from "../cli/sarif-log";
import reportSchema from "../../schemas/report.schema.json";

const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(reportSchema);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "moat-existence-"));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

async function scanJson(files: Record<string, string>, args: string[] = []): Promise<Report> {
  const dir = scratch(files);
  const { stdout, stderr } = await moat(["scan", ".", "--format", "json", ...args], { cwd: dir, rules: registry });
  let report: Report;
  try {
    report = JSON.parse(stdout) as Report;
  } catch {
    throw new Error(`not JSON: ${stdout}\n${stderr}`);
  }
  if (!validateReport(report)) throw new Error(`not a valid report: ${ajv.errorsText(validateReport.errors)}`);
  return report;
}

async function resources(files: Record<string, string>): Promise<Map<string, Resource>> {
  const dir = scratch(files);
  const result = await scanTerraform({ dirs: [dir], files: [], explicit: [dir] }, {});
  return new Map(result.resources.map((r) => [r.address, r]));
}

const of = (report: Report, ruleId: string): ReportFinding[] => report.findings.filter((f) => f.ruleId === ruleId);
const unevaluated = (report: Report, ruleId: string): ReportUnevaluated[] => report.unevaluated.filter((u) => u.ruleId === ruleId);

const OPEN_SSH = (count: string) => `variable "on" {
  type = bool
}

resource "aws_security_group" "admin" {
  ${count}
  name = "admin"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

const LB = `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}
`;

const FORWARD = `  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }`;

const REDIRECT = `  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }`;

function listener(name: string, count: string | undefined, port: number, protocol: string, action = FORWARD): string {
  const tls =
    protocol === "HTTPS"
      ? `  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"
`
      : "";
  return `resource "aws_lb_listener" "${name}" {
${count ? `  count             = ${count}\n` : ""}  load_balancer_arn = aws_lb.web.arn
  port              = ${port}
  protocol          = "${protocol}"
${tls}
${action}
}
`;
}

describe("findings on a resource whose count is unknown say 'If created'", () => {
  test("JSON: the message begins with it and ifCreated names the resource (the report stays valid by its schema)", async () => {
    const unknownCount = await scanJson({ "main.tf": OPEN_SSH("count = var.on ? 1 : 0") });
    const [finding] = of(unknownCount, "MOAT-SG-002");
    expect(finding.address).toBe("aws_security_group.admin[*]");
    expect(finding.message).toMatch(/^If created \(its count is unknown: var\.on has no value.*\): SSH \(22\) open to the internet/);
    expect(finding.ifCreated).toEqual(["aws_security_group.admin[*]"]);

    const plain = await scanJson({ "main.tf": OPEN_SSH("") });
    const [plainFinding] = of(plain, "MOAT-SG-002");
    expect(plainFinding.message).toMatch(/^SSH \(22\) open to the internet/);
    expect(plainFinding.ifCreated).toBeUndefined();
  });

  test("the wording is not part of the fingerprint: a baseline written before still matches", () => {
    const rule = registry.find((r) => r.meta.id === "MOAT-LB-002");
    if (!rule) throw new Error("MOAT-LB-002 not found");
    const findingOf = (existence?: ReturnType<typeof unknown>) => {
      const lb: Resource = {
        id: "root::aws_lb.web",
        type: "aws_lb",
        sourceType: "aws_lb",
        name: "web",
        address: "aws_lb.web",
        door: "hcl",
        attrs: { load_balancer_type: "application" },
        location: { file: "main.tf", line: 1 },
        ...(existence ? { existence } : {}),
        locate: () => ({ file: "main.tf", line: 1 }),
      };
      const http: Resource = { ...lb, id: "root::aws_lb_listener.http", type: "aws_lb_listener", sourceType: "aws_lb_listener", name: "http", address: "aws_lb_listener.http", attrs: { port: 80, protocol: "HTTP" }, existence: undefined };
      const graph = new ResourceGraph([lb, http], [{ from: http.id, attr: "load_balancer_arn", to: lb.id }]);
      const [finding] = runRules(graph, resolvePolicy([rule])).findings;
      return finding;
    };
    const known = findingOf();
    const maybe = findingOf(unknown("its count is unknown: var.on has no value"));
    expect(maybe.message).toBe(`If created (its count is unknown: var.on has no value): ${known.message}`);
    expect(maybe.ifCreated).toEqual(["aws_lb.web"]);
    expect(maybe.fingerprint).toBe(known.fingerprint);
  });

  test("a known count keeps the plain wording", async () => {
    const report = await scanJson({ "main.tf": OPEN_SSH("count = 1") });
    const [finding] = of(report, "MOAT-SG-002");
    expect(finding.address).toBe("aws_security_group.admin[0]");
    expect(finding.message).not.toMatch(/If created/);
    expect(finding.ifCreated).toBeUndefined();
  });

  test("for_each over an unknown set says so", async () => {
    const report = await scanJson({ "main.tf": OPEN_SSH("for_each = var.names").replace('type = bool', "type = set(string)").replace('"on"', '"names"') });
    const [finding] = of(report, "MOAT-SG-002");
    expect(finding.message).toMatch(/^If created \(its for_each is unknown: var\.names has no value/);
  });

  test("text, SARIF, JUnit and GitHub annotations carry the same wording", async () => {
    const dir = scratch({ "main.tf": OPEN_SSH("count = var.on ? 1 : 0") });
    const text = await moat(["scan", "."], { cwd: dir, rules: registry });
    expect(text.stdout).toMatch(/MOAT-SG-002 +If created \(its count is unknown: var\.on has no value/);

    const sarif = parseSarif((await moat(["scan", ".", "--format", "sarif"], { cwd: dir, rules: registry })).stdout);
    const result = sarif.runs[0].results.find((r) => r.ruleId === "MOAT-SG-002");
    expect(result?.message.text).toMatch(/^If created \(its count is unknown/);

    const junit = (await moat(["scan", ".", "--format", "junit"], { cwd: dir, rules: registry })).stdout;
    expect(junit).toMatch(/message="If created \(its count is unknown/);

    const github = (await moat(["scan", ".", "--format", "github"], { cwd: dir, rules: registry })).stdout;
    expect(github).toMatch(/::error [^\n]*::If created \(its count is unknown/);
  });

  test("a security group rule resource with an unknown count opening SSH to the internet: a finding if created, on the rule", async () => {
    const report = await scanJson({
      "main.tf": `variable "ssh" {
  type = bool
}

resource "aws_security_group" "admin" {
  name = "admin"
}

resource "aws_security_group_rule" "ssh" {
  count             = var.ssh ? 1 : 0
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  for_each          = var.ssh ? toset(["rdp"]) : toset([])
  security_group_id = aws_security_group.admin.id
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0"
}
`,
    });
    const findings = of(report, "MOAT-SG-002");
    expect(findings.map((f) => f.address).sort()).toEqual(["aws_security_group_rule.ssh[*]", "aws_vpc_security_group_ingress_rule.rdp[*]"]);
    for (const f of findings) expect(f.message).toMatch(/^If created \(its (count|for_each) is unknown: var\.ssh has no value/);
  });

  test("a resource in a module called with an unknown count is judged if created", async () => {
    const report = await scanJson({
      "main.tf": `variable "on" {
  type = bool
}

module "admin" {
  source = "./admin"
  count  = var.on ? 1 : 0
}
`,
      "admin/main.tf": OPEN_SSH("").replace(/variable "on" \{\n {2}type = bool\n\}\n/, ""),
    });
    const [finding] = of(report, "MOAT-SG-002");
    expect(finding.address).toBe("module.admin[*].aws_security_group.admin");
    expect(finding.message).toMatch(/^If created \(it is in module\.admin\[\*\], whose count is unknown\): /);
  });
});

describe("a resource that may not be created never satisfies another's requirement", () => {
  test("MOAT-LB-002: an HTTP redirect listener and an HTTPS listener with an unknown count: not evaluated, neither pass nor finding", async () => {
    const report = await scanJson({
      "main.tf": `variable "https" {
  type = bool
}

${LB}
${listener("http", undefined, 80, "HTTP", REDIRECT)}
${listener("https", "var.https ? 1 : 0", 443, "HTTPS")}`,
    });
    expect(of(report, "MOAT-LB-002")).toEqual([]);
    const [u] = unevaluated(report, "MOAT-LB-002");
    expect(u.address).toBe("aws_lb.web");
    expect(u.reason).toMatch(/HTTPS listener aws_lb_listener\.https\[\*\] may not be created: its count is unknown: var\.https has no value/);
  });

  test("MOAT-LB-004: a listener certificate with an unknown count does not give an HTTPS listener its certificate", async () => {
    const report = await scanJson({
      "main.tf": `variable "cert" {
  type = bool
}

${LB}
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"

${FORWARD}
}

resource "aws_lb_listener_certificate" "extra" {
  count           = var.cert ? 1 : 0
  listener_arn    = aws_lb_listener.https.arn
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-extra"
}
`,
    });
    expect(of(report, "MOAT-LB-004")).toEqual([]);
    expect(unevaluated(report, "MOAT-LB-004").map((u) => u.reason)).toEqual([
      expect.stringMatching(/^listener certificate aws_lb_listener_certificate\.extra\[\*\] may not be created/),
    ]);
  });

  test("MOAT-ELB-002: a negotiation policy with an unknown count does not give a classic listener its policy", async () => {
    const elb = (policyCount: string) => `variable "strict" {
  type = bool
}

resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"
  }
}

resource "aws_lb_ssl_negotiation_policy" "tls12" {
  ${policyCount}
  name          = "web-tls12"
  load_balancer = aws_elb.web.id
  lb_port       = 443

  attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
`;
    const attached = await scanJson({ "main.tf": elb("") });
    expect(of(attached, "MOAT-ELB-002")).toEqual([]);
    expect(unevaluated(attached, "MOAT-ELB-002")).toEqual([]);

    const maybe = await scanJson({ "main.tf": elb("count = var.strict ? 1 : 0") });
    expect(of(maybe, "MOAT-ELB-002")).toEqual([]);
    expect(unevaluated(maybe, "MOAT-ELB-002").map((u) => [u.address, u.reason])).toEqual([
      ["aws_elb.web", expect.stringMatching(/^negotiation policy aws_lb_ssl_negotiation_policy\.tls12\[\*\] may not be created: its count is unknown/)],
    ]);
  });

  test("MOAT-RDS-001: a parameter group with an unknown count that forces TLS: not evaluated", async () => {
    const report = await scanJson({
      "main.tf": `variable "custom" {
  type = bool
}

resource "aws_db_parameter_group" "tls" {
  count  = var.custom ? 1 : 0
  name   = "tls"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_instance" "db" {
  identifier           = "db"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t3.micro"
  storage_encrypted    = true
  parameter_group_name = aws_db_parameter_group.tls[0].name
}
`,
    });
    expect(of(report, "MOAT-RDS-001")).toEqual([]);
    expect(unevaluated(report, "MOAT-RDS-001").map((u) => [u.address, u.reason])).toEqual([
      ["aws_db_instance.db", expect.stringMatching(/^parameter group aws_db_parameter_group\.tls\[\*\] may not be created: its count is unknown/)],
    ]);
  });
});

describe("a parameter group of unknown count never vouches for a cluster, and its own findings say if created", () => {
  const group = (type: string, family: string, parameter: string, value: string) => `variable "custom" {
  type = bool
}

resource "${type}" "tls" {
  count  = var.custom ? 1 : 0
  name   = "tls"
  family = "${family}"

  parameter {
    name  = "${parameter}"
    value = "${value}"
  }
}
`;
  const docdb = `resource "aws_docdb_cluster" "docs" {
  cluster_identifier              = "docs"
  master_username                 = "docs_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.tls[0].name
}
`;
  const redshift = `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.tls[0].name
}
`;
  test.each([
    ["MOAT-DOCDB-001", group("aws_docdb_cluster_parameter_group", "docdb5.0", "tls", "enabled") + docdb, "aws_docdb_cluster.docs"],
    ["MOAT-REDSHIFT-001", group("aws_redshift_parameter_group", "redshift-2.0", "require_ssl", "true") + redshift, "aws_redshift_cluster.warehouse"],
  ])("%s: a group that enforces TLS but may not be created: not evaluated", async (ruleId, hcl, cluster) => {
    const report = await scanJson({ "main.tf": hcl });
    expect(of(report, ruleId)).toEqual([]);
    expect(unevaluated(report, ruleId).map((u) => [u.address, u.reason])).toEqual([[cluster, expect.stringMatching(/^parameter group \S+\.tls\[\*\] may not be created: its count is unknown/)]]);
  });

  test.each([
    ["MOAT-DOCDB-001", group("aws_docdb_cluster_parameter_group", "docdb5.0", "tls", "disabled") + docdb],
    ["MOAT-REDSHIFT-001", group("aws_redshift_parameter_group", "redshift-2.0", "require_ssl", "false") + redshift],
  ])("%s: a group that turns TLS off and may not be created: a finding on the group, if created", async (ruleId, hcl) => {
    const report = await scanJson({ "main.tf": hcl });
    const [finding] = of(report, ruleId);
    expect(finding.address).toMatch(/\.tls\[\*\]$/);
    expect(finding.message).toMatch(/^If created \(its count is unknown: var\.custom has no value/);
  });
});

test("MOAT-RDS-001: a group of unknown count that turns TLS off: the instance's finding holds if the group is created", async () => {
  const report = await scanJson({
    "main.tf": `variable "custom" {
  type = bool
}

resource "aws_db_parameter_group" "lax" {
  count  = var.custom ? 1 : 0
  name   = "lax"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}

resource "aws_db_instance" "db" {
  identifier           = "db"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t3.micro"
  storage_encrypted    = true
  parameter_group_name = aws_db_parameter_group.lax[0].name
}
`,
  });
  const [finding] = of(report, "MOAT-RDS-001");
  expect(finding.address).toBe("aws_db_instance.db");
  expect(finding.message).toMatch(/^If aws_db_parameter_group\.lax\[\*\] is created \(its count is unknown: var\.custom has no value/);
  expect(finding.ifCreated).toEqual(["aws_db_parameter_group.lax[*]"]);
});

describe("resources whose counts exclude each other are not judged together", () => {
  test("mayCoexist reads the conditions: a ? 1 : 0 against a ? 0 : 1, !a, == against two literals, && and nesting", async () => {
    const byAddress = await resources({
      "main.tf": `variable "a" {}
variable "b" {}
variable "env" {}
resource "aws_lb" "on" {
  count = var.a ? 1 : 0
}
resource "aws_lb" "off" {
  count = var.a ? 0 : 1
}
resource "aws_lb" "not" {
  count = !var.a ? 1 : 0
}
resource "aws_lb" "both" {
  count = var.a && var.b ? 1 : 0
}
resource "aws_lb" "notb" {
  count = var.b ? 0 : 1
}
resource "aws_lb" "prod" {
  count = var.env == "prod" ? 1 : 0
}
resource "aws_lb" "dev" {
  for_each = var.env == "dev" ? toset(["x"]) : toset([])
}
resource "aws_lb" "notprod" {
  count = var.env != "prod" ? 2 : 0
}
resource "aws_lb" "any" {
  count = var.b ? 1 : 2
}
resource "aws_lb" "known" {
  name = "known"
}
`,
    });
    const r = (name: string) => {
      const found = [...byAddress.values()].find((x) => x.name === name);
      if (!found) throw new Error(name);
      return found;
    };
    expect(mayCoexist(r("on"), r("off"))).toBe(false);
    expect(mayCoexist(r("on"), r("not"))).toBe(false);
    expect(mayCoexist(r("off"), r("not"))).toBe(true);
    expect(mayCoexist(r("both"), r("off"))).toBe(false);
    expect(mayCoexist(r("both"), r("notb"))).toBe(false);
    expect(mayCoexist(r("both"), r("on"))).toBe(true);
    expect(mayCoexist(r("prod"), r("dev"))).toBe(false);
    expect(mayCoexist(r("prod"), r("notprod"))).toBe(false);
    expect(mayCoexist(r("dev"), r("notprod"))).toBe(true);
    // Neither branch creates nothing: no condition. A resource whose creation is known coexists with any.
    expect(r("any").existence).toBeDefined();
    expect(r("any").existenceConditions).toBeUndefined();
    expect(mayCoexist(r("any"), r("on"))).toBe(true);
    expect(r("known").existence).toBeUndefined();
    expect(mayCoexist(r("known"), r("on"))).toBe(true);
    expect(coexisting([r("on")], [r("off"), r("both"), r("not"), r("prod"), r("dev")]).map((x) => x.name)).toEqual(["both", "prod"]);
  });

  test("the same variable in two module instances is two values", async () => {
    const module = `variable "on" {}
resource "aws_lb" "on" {
  count = var.on ? 1 : 0
}
resource "aws_lb" "off" {
  count = var.on ? 0 : 1
}
`;
    const byAddress = await resources({
      "main.tf": `variable "x" {}
variable "y" {}
module "a" {
  source = "./m"
  on     = var.x
}
module "b" {
  source = "./m"
  on     = var.y
}
`,
      "m/main.tf": module,
    });
    const get = (a: string) => byAddress.get(a) as Resource;
    expect(mayCoexist(get("module.a.aws_lb.on[*]"), get("module.a.aws_lb.off[*]"))).toBe(false);
    expect(mayCoexist(get("module.a.aws_lb.on[*]"), get("module.b.aws_lb.off[*]"))).toBe(true);
  });

  test("MOAT-LB-002: two HTTP listeners with exclusive counts are never listed together", async () => {
    const report = await scanJson({
      "main.tf": `variable "alt_port" {
  type = bool
}

${LB}
${listener("http", "var.alt_port ? 0 : 1", 80, "HTTP")}
${listener("http_alt", "var.alt_port ? 1 : 0", 8080, "HTTP")}`,
    });
    const [finding] = of(report, "MOAT-LB-002");
    expect(finding.address).toBe("aws_lb.web");
    expect(finding.message).toContain("has 1 listener(s) (HTTP:80)");
    expect(finding.message).not.toContain("8080");
    expect(finding.message).toMatch(/^If aws_lb_listener\.http\[\*\] is created \(its count is unknown: /);
    expect(finding.ifCreated).toEqual(["aws_lb_listener.http[*]"]);
  });

  test("MOAT-LB-002: an HTTP listener created exactly when the HTTPS one is not is a finding if created, not a doubt", async () => {
    const report = await scanJson({
      "main.tf": `variable "https" {
  type = bool
}

${LB}
${listener("http", "var.https ? 0 : 1", 80, "HTTP")}
${listener("https", "var.https ? 1 : 0", 443, "HTTPS")}`,
    });
    const [finding] = of(report, "MOAT-LB-002");
    expect(finding.message).toMatch(/^If aws_lb_listener\.http\[\*\] is created \(.*\): Internet-facing application load balancer has 1 listener\(s\) \(HTTP:80\)/);
    expect(unevaluated(report, "MOAT-LB-002")).toEqual([]);
  });

  test("MOAT-LB-002: an HTTP listener that always exists and one that may not be created: a certain finding that names the first only", async () => {
    const report = await scanJson({
      "main.tf": `variable "https" {
  type = bool
}

${LB}
${listener("http", undefined, 80, "HTTP")}
${listener("http_alt", "var.https ? 0 : 1", 8080, "HTTP")}`,
    });
    const [finding] = of(report, "MOAT-LB-002");
    // The listener that always exists makes the finding certain; one that may not be created is not counted in.
    expect(finding.message).toMatch(/^Internet-facing application load balancer has 1 listener\(s\) \(HTTP:80\)/);
    expect(finding.ifCreated).toBeUndefined();
  });
});

describe("the plan door knows its instances", () => {
  test("a counted instance in a plan gives plain findings, without 'If created'", async () => {
    const plan = planFixture([
      { address: "aws_lb.web", values: { load_balancer_type: "application", name: "web" }, unknown: ["arn"] },
      {
        address: "aws_lb_listener.http[0]",
        values: {
          port: 80,
          protocol: "HTTP",
          default_action: [{ type: "forward", target_group_arn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc" }],
        },
        unknown: ["load_balancer_arn", "arn"],
        refs: { load_balancer_arn: ["aws_lb.web.arn", "aws_lb.web"] },
      },
    ]);
    const dir = scratch({ "plan.json": JSON.stringify(plan) });
    const { stdout } = await moat(["scan", "plan.json", "--format", "json"], { cwd: dir, rules: registry });
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(["MOAT-LB-001", "MOAT-LB-002"]);
    for (const f of report.findings) {
      expect(f.door).toBe("plan");
      expect(f.message).not.toMatch(/If created|is created \(/);
      expect(f.ifCreated).toBeUndefined();
    }
  });
});
