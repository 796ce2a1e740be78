/**
 * Inline suppressions (`# moat:ignore RULE reason="…" expires=YYYY-MM-DD`), end to end through `moat scan`: what
 * each placement covers, the forms of comment, and the directives that are themselves reported (no reason, expired,
 * unused, malformed). The rules are the CLI test set: MOAT-LB-001 (high, mandatory), MOAT-TEST-001 (critical,
 * mandatory, public database) and MOAT-TEST-002 (low, advisory: each ingress block whose from_port is not 443).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { planFixture } from "../../core/plan-fixture";
import { parseDirective } from "../../core/suppressions";
import { TODAY, moatIn, repo, scanJson, verdicts } from "./workspace";

const LISTENER = `resource "aws_lb" "web" {
  load_balancer_type = "application"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"
  }
}
`;

/** A security group with two ingress blocks that MOAT-TEST-002 reports (22 and 3389) and one it does not (443). */
function securityGroup(comments: { above?: string; first?: string; second?: string; inside?: string } = {}): string {
  return `${comments.above ? `${comments.above}\n` : ""}resource "aws_security_group" "web" {
  name = "web"
${comments.inside ? `\n  ${comments.inside}\n\n` : ""}${comments.first ? `  ${comments.first}\n` : ""}  ingress {
    from_port = 22
    to_port   = 22
  }
${comments.second ? `  ${comments.second}\n` : ""}  ingress {
    from_port = 3389
    to_port   = 3389
  }
  ingress {
    from_port = 443
    to_port   = 443
  }
}
`;
}

const DATABASE = (above = "") => `${above ? `${above}\n` : ""}resource "aws_db_instance" "orders" {
  engine              = "postgres"
  publicly_accessible = true
}
`;

describe("what a directive covers", () => {
  test("above a resource: every finding of the named rule on that resource, marked with the reason, expiry and where it is written", async () => {
    const root = repo({ "main.tf": DATABASE(`# moat:ignore MOAT-TEST-001 reason="read replica for BI, OPS-123" expires=2027-03-31`) });
    const { code, report } = await scanJson(root, []);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].suppressed).toEqual({ kind: "inline", reason: "read replica for BI, OPS-123", expires: "2027-03-31", by: "main.tf:1" });
    expect(report.summary).toMatchObject({ suppressed: 1, failing: 0, notices: 0 });
    expect(code).toBe(0);
  });

  test("above a nested block: only the findings inside that block", async () => {
    const root = repo({ "main.tf": securityGroup({ first: `# moat:ignore MOAT-TEST-002 reason="SSH from the office VPN only"` }) });
    const { report } = await scanJson(root, []);
    expect(verdicts(report)).toEqual([
      "MOAT-TEST-002 aws_security_group.web ingress[0].from_port (suppressed inline)",
      "MOAT-TEST-002 aws_security_group.web ingress[1].from_port",
    ]);
    expect(report.notices).toEqual([]);
  });

  test("above the second nested block: only that one", async () => {
    const root = repo({ "main.tf": securityGroup({ second: `# moat:ignore MOAT-TEST-002 reason="RDP jump host"` }) });
    const { report } = await scanJson(root, []);
    expect(verdicts(report)).toEqual([
      "MOAT-TEST-002 aws_security_group.web ingress[0].from_port",
      "MOAT-TEST-002 aws_security_group.web ingress[1].from_port (suppressed inline)",
    ]);
  });

  test("above an attribute, or trailing on its line: the finding at that attribute", async () => {
    const above = repo({
      "main.tf": `resource "aws_db_instance" "orders" {
  engine = "postgres"
  # moat:ignore MOAT-TEST-001 reason="public demo database"
  publicly_accessible = true
}
`,
    });
    expect(verdicts((await scanJson(above, [])).report)).toEqual(["MOAT-TEST-001 aws_db_instance.orders publicly_accessible (suppressed inline)"]);
    const trailing = repo({
      "main.tf": `resource "aws_db_instance" "orders" {
  engine              = "postgres"
  publicly_accessible = true # moat:ignore MOAT-TEST-001 reason="public demo database"
}
`,
    });
    const { report } = await scanJson(trailing, []);
    expect(report.findings[0].suppressed).toMatchObject({ by: "main.tf:3" });
    expect(report.notices).toEqual([]);
  });

  test("inside the resource block, not above a finding's attribute: the whole resource", async () => {
    const root = repo({ "main.tf": securityGroup({ inside: `# moat:ignore MOAT-TEST-002 reason="sandbox account, nothing real behind it"` }) });
    const { report } = await scanJson(root, []);
    expect(verdicts(report)).toEqual([
      "MOAT-TEST-002 aws_security_group.web ingress[0].from_port (suppressed inline)",
      "MOAT-TEST-002 aws_security_group.web ingress[1].from_port (suppressed inline)",
    ]);
  });

  test("trailing on the resource's first line: the whole resource", async () => {
    const root = repo({
      "main.tf": securityGroup().replace('"web" {', '"web" { # moat:ignore test-ingress-not-443 reason="sandbox"'),
    });
    expect(verdicts((await scanJson(root, [])).report).every((v) => v.endsWith("(suppressed inline)"))).toBe(true);
  });

  test("above a module call, or inside it: every resource reached through the call, nested modules included", async () => {
    const files = (call: string) => ({
      "main.tf": call,
      "modules/db/main.tf": `${DATABASE()}\nmodule "replica" {\n  source = "./replica"\n}\n`,
      "modules/db/replica/main.tf": DATABASE().replace('"orders"', '"replica"'),
    });
    const above = repo(files(`# moat:ignore MOAT-TEST-001 reason="analytics sandbox, OPS-9"\nmodule "analytics" {\n  source = "./modules/db"\n}\n`));
    const { code, report } = await scanJson(above, []);
    expect(verdicts(report)).toEqual([
      "MOAT-TEST-001 module.analytics.aws_db_instance.orders publicly_accessible (suppressed inline)",
      "MOAT-TEST-001 module.analytics.module.replica.aws_db_instance.replica publicly_accessible (suppressed inline)",
    ]);
    expect(report.findings.every((f) => f.suppressed?.by === "main.tf:1")).toBe(true);
    expect(code).toBe(0);

    const inside = repo(files(`module "analytics" {\n  # moat:ignore MOAT-TEST-001 reason="analytics sandbox, OPS-9"\n  source = "./modules/db"\n}\n`));
    expect((await scanJson(inside, [])).report.summary.suppressed).toBe(2);
  });

  test("in a module's own file: that resource in every instance of the module", async () => {
    const root = repo({
      "main.tf": `module "a" {\n  source = "./db"\n}\nmodule "b" {\n  source = "./db"\n}\n`,
      "db/main.tf": DATABASE(`# moat:ignore MOAT-TEST-001 reason="every copy is a public demo"`),
    });
    const { report } = await scanJson(root, []);
    expect(verdicts(report)).toEqual([
      "MOAT-TEST-001 module.a.aws_db_instance.orders publicly_accessible (suppressed inline)",
      "MOAT-TEST-001 module.b.aws_db_instance.orders publicly_accessible (suppressed inline)",
    ]);
  });

  test("other rules of the same resource are not covered", async () => {
    const root = repo({ "main.tf": LISTENER.replace('resource "aws_lb_listener"', '# moat:ignore MOAT-TEST-001 reason="wrong rule"\nresource "aws_lb_listener"') });
    const { code, report } = await scanJson(root, []);
    expect(verdicts(report)).toEqual(["MOAT-LB-001 aws_lb_listener.http default_action[0].type"]);
    expect(report.notices.map((n) => n.kind)).toEqual(["suppression-unused"]);
    expect(code).toBe(1);
  });
});

describe("forms of a directive", () => {
  test.each([
    ["// comment", `// moat:ignore MOAT-TEST-001 reason="demo"`],
    ["/* */ comment", `/* moat:ignore MOAT-TEST-001 reason="demo" */`],
    ["the rule's name", `# moat:ignore test-public-database reason="demo"`],
    ["the id in lower case", `# moat:ignore moat-test-001 reason="demo"`],
    ["several rules", `# moat:ignore MOAT-LB-001,MOAT-TEST-001 reason="demo"`],
    ["several rules with a space", `# moat:ignore MOAT-LB-001, MOAT-TEST-001 reason='demo'`],
    ["an unquoted one-word reason", `# moat:ignore MOAT-TEST-001 reason=OPS-123`],
    ["a comment between it and the resource", `# moat:ignore MOAT-TEST-001 reason="demo"\n# the BI team reads this replica directly`],
  ])("%s", async (_what, directive) => {
    const root = repo({ "main.tf": DATABASE(directive) });
    const { report } = await scanJson(root, []);
    expect(report.findings[0].suppressed?.kind).toBe("inline");
    // "several rules" names MOAT-LB-001 too, which has no finding here: a directive is used when any of its rules is.
    expect(report.notices).toEqual([]);
  });

  test("parseDirective reads rules, a quoted reason with escapes, and the expiry", () => {
    expect(parseDirective(' moat:ignore MOAT-SG-002,sg-wide-port-range reason="bastion \\"east\\", OPS-123" expires=2027-03-31')).toEqual({
      rules: ["MOAT-SG-002", "sg-wide-port-range"],
      reason: 'bastion "east", OPS-123',
      expires: "2027-03-31",
      problems: [],
    });
    expect(parseDirective(" moat:ignored MOAT-SG-002")).toBeUndefined();
    expect(parseDirective(" see moat:ignore in the docs")).toBeUndefined();
  });
});

describe("directives that are reported instead of trusted", () => {
  test("without a reason: it suppresses nothing (the finding fails the run) and is reported", async () => {
    const root = repo({ "main.tf": DATABASE("# moat:ignore MOAT-TEST-001") });
    const { code, report } = await scanJson(root, []);
    expect(report.findings[0].suppressed).toBeUndefined();
    expect(report.notices).toEqual([
      {
        kind: "suppression-no-reason",
        file: "main.tf",
        line: 1,
        message: 'moat:ignore MOAT-TEST-001 has no reason, so it suppresses nothing; say why the finding is acceptable: reason="…" (e.g. a ticket)',
      },
    ]);
    expect(code).toBe(1);
  });

  test("expired: it stops suppressing and is reported; it still applies on its expiry day", async () => {
    const root = repo({ "main.tf": DATABASE(`# moat:ignore MOAT-TEST-001 reason="demo until the migration" expires=2026-06-14`) });
    const expired = await scanJson(root, []);
    expect(expired.report.findings[0].suppressed).toBeUndefined();
    expect(expired.report.notices.map((n) => [n.kind, n.line, n.message])).toEqual([
      [
        "suppression-expired",
        1,
        "moat:ignore MOAT-TEST-001 expired on 2026-06-14 (reason: demo until the migration), so 1 finding it covered fails again; fix the finding, or renew the date if the reason still holds",
      ],
    ]);
    expect(expired.code).toBe(1);
    const lastDay = await scanJson(root, [], { today: "2026-06-14" });
    expect(lastDay.report.findings[0].suppressed).toMatchObject({ expires: "2026-06-14" });
    expect(lastDay.code).toBe(0);
  });

  test("matching nothing: reported as unused — including one separated from its resource by a blank line", async () => {
    const root = repo({ "main.tf": DATABASE(`# moat:ignore MOAT-TEST-001 reason="demo"\n`) + `\n# moat:ignore MOAT-LB-001 reason="no listener here"\n` });
    const { code, report } = await scanJson(root, []);
    expect(report.findings[0].suppressed).toBeUndefined();
    expect(report.notices.map((n) => [n.kind, n.line])).toEqual([
      ["suppression-unused", 1],
      ["suppression-unused", 8],
    ]);
    expect(report.notices[0].message).toBe(
      "moat:ignore MOAT-TEST-001 matches no finding; remove it, or put it on the line above the resource, module call or attribute it is for",
    );
    expect(code).toBe(1);
  });

  test("of a rule disabled in this run: unused, and the notice says why", async () => {
    const root = repo({ "main.tf": DATABASE(`# moat:ignore MOAT-TEST-001 reason="demo"`), "moat.config.yaml": "policy:\n  MOAT-TEST-001: disabled\n" });
    const { report } = await scanJson(root, []);
    expect(report.notices.map((n) => n.message)).toEqual([
      "moat:ignore MOAT-TEST-001 matches no finding (MOAT-TEST-001 is disabled in this run); remove it, or put it on the line above the resource, module call or attribute it is for",
    ]);
  });

  test.each([
    ["an unknown rule", `# moat:ignore MOAT-TEST-01 reason="x"`, "moat:ignore MOAT-TEST-01: unknown rule 'MOAT-TEST-01' (did you mean 'MOAT-TEST-001'?); `moat rules` lists the rules"],
    ["an unknown key", `# moat:ignore MOAT-TEST-001 reason="x" expire=2027-01-01`, "moat:ignore MOAT-TEST-001: unknown key 'expire' (did you mean 'expires'?); allowed: reason, expires; it suppresses nothing"],
    ["a date that is none", `# moat:ignore MOAT-TEST-001 reason="x" expires=2027-13-01`, "moat:ignore MOAT-TEST-001: expires=2027-13-01 is not a date; write expires=YYYY-MM-DD, e.g. expires=2027-03-31; it suppresses nothing"],
    ["an unquoted reason with spaces", `# moat:ignore MOAT-TEST-001 reason=read replica`, "moat:ignore MOAT-TEST-001: unexpected 'replica' after the keys; quote a reason with spaces: reason=\"…\"; it suppresses nothing"],
    ["no rule", `# moat:ignore reason="x"`, 'moat:ignore : names no rule; write the rule id or name after moat:ignore (e.g. moat:ignore MOAT-SG-002 reason="…"); it suppresses nothing'],
    ["a wildcard", `# moat:ignore * reason="x"`, "moat:ignore *: * is not allowed inline: name the rules (a configured exception may use * for a resource); it suppresses nothing"],
  ])("%s: reported as invalid, and the finding is not suppressed", async (_what, directive, message) => {
    const root = repo({ "main.tf": DATABASE(directive) });
    const { code, report } = await scanJson(root, []);
    expect(report.findings[0].suppressed).toBeUndefined();
    expect(report.notices.map((n) => [n.kind, n.message])).toEqual([["suppression-invalid", message]]);
    expect(code).toBe(1);
  });
});

describe("central enforcement", () => {
  const root = () =>
    repo({
      "main.tf": DATABASE(`# moat:ignore MOAT-TEST-001 reason="demo"`) + `\n# moat:ignore MOAT-LB-001\n`,
    });

  test("--no-inline-suppressions ignores every directive: no suppression and no notice", async () => {
    const { code, report } = await scanJson(root(), ["--no-inline-suppressions"]);
    expect(report.findings[0].suppressed).toBeUndefined();
    expect(report.notices).toEqual([]);
    expect(code).toBe(1);
  });

  test("so does inlineSuppressions: false in the config", async () => {
    const dir = root();
    writeFileSync(join(dir, "moat.config.yaml"), "inlineSuppressions: false\n");
    const { code, report } = await scanJson(dir, []);
    expect(report.summary.suppressed).toBe(0);
    expect(code).toBe(1);
  });
});

test("the text report marks suppressed findings, counts them, and lists the problems with file:line", async () => {
  const root = repo({
    "main.tf": DATABASE(`# moat:ignore MOAT-TEST-001 reason="read replica for BI, OPS-123" expires=2027-03-31`) + `\n${LISTENER.replace('resource "aws_lb_listener"', "# moat:ignore MOAT-LB-001\nresource \"aws_lb_listener\"")}`,
  });
  const { code, stdout } = await moatIn(root, ["scan"]);
  expect(stdout).toContain("main.tf:4   CRITICAL  MOAT-TEST-001  Database instance is publicly accessible (test rule).\n            aws_db_instance.orders\n            suppressed by main.tf:1, until 2027-03-31: read replica for BI, OPS-123\n");
  expect(stdout).toContain(
    'Suppression problems (1):\n  main.tf:11  moat:ignore MOAT-LB-001 has no reason, so it suppresses nothing; say why the finding is acceptable: reason="…" (e.g. a ticket)\n',
  );
  expect(stdout).toContain("2 findings: 1 critical, 1 high (1 suppressed).");
  expect(code).toBe(1);
});

test("a plan finding is suppressed by the directive in the HCL source it points at (--source-root)", async () => {
  const plan = planFixture([
    { address: "aws_lb.web", values: { load_balancer_type: "application" }, unknown: ["arn"] },
    {
      address: "aws_lb_listener.http",
      values: { port: 80, protocol: "HTTP", default_action: [{ type: "forward", target_group_arn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc" }] },
      unknown: ["load_balancer_arn", "arn"],
      refs: { load_balancer_arn: ["aws_lb.web.arn", "aws_lb.web"] },
    },
  ]);
  const root = repo({
    "infra/main.tf": LISTENER.replace('resource "aws_lb_listener"', '# moat:ignore MOAT-LB-001 reason="redirect done by the CDN, OPS-5"\nresource "aws_lb_listener"'),
    "plan.json": JSON.stringify(plan, null, 2),
  });
  const { code, report } = await scanJson(root, ["plan.json", "--source-root", "infra"]);
  expect(report.findings.map((f) => [f.door, f.file, f.suppressed?.by])).toEqual([["plan", "infra/main.tf", "infra/main.tf:5"]]);
  expect(code).toBe(0);
  expect(TODAY).toBe("2026-06-15");
});
