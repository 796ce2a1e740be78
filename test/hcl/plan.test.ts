/**
 * The plan door on the documented `terraform show -json` format: values, unknowns, sensitivity, addresses,
 * references through modules, deletes, versions and locations.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planFixture } from "../../core/plan-fixture";
import { Unknown, isUnknown } from "../../core/values";
import { isPlanJson, parseAddress, scanPlanText } from "../../hcl-rules/plan";

function scan(doc: unknown, options = {}) {
  const text = JSON.stringify(doc, null, 2);
  const r = scanPlanText("plan.json", text, options);
  const byAddress = new Map(r.resources.map((x) => [x.address, x]));
  const idToAddress = new Map(r.resources.map((x) => [x.id, x.address]));
  const edges = r.edges.map((e) => `${idToAddress.get(e.from)} -${e.attr}-> ${idToAddress.get(e.to)}`).sort();
  return { ...r, byAddress, edges, text };
}

test("a plan is recognised by content, not by file name", () => {
  expect(isPlanJson({ format_version: "1.2", resource_changes: [] })).toBe(true);
  expect(isPlanJson({ format_version: "1.2", planned_values: {} })).toBe(true);
  expect(isPlanJson({ resource: { aws_lb: {} } })).toBe(false); // Terraform JSON syntax (.tf.json) is not a plan
  expect(isPlanJson({ format_version: "1.0", values: {} })).toBe(false); // `terraform show -json` of a state
});

test("addresses with module paths and quoted keys parse without collapsing instances", () => {
  expect(parseAddress('module.web["a.b"].aws_lb_listener.http["api"]')).toEqual([
    { name: "module" },
    { name: "web", key: "a.b" },
    { name: "aws_lb_listener" },
    { name: "http", key: "api" },
  ]);
  const r = scan(
    planFixture([
      { address: 'module.web["a"].aws_lb_listener.http["api"]', values: { port: 80 } },
      { address: 'module.web["b"].aws_lb_listener.http["api"]', values: { port: 81 } },
      { address: 'module.web["a"].aws_lb_listener.http["web"]', values: { port: 82 } },
      { address: "aws_lb_listener.http[0]", values: { port: 83 } },
      { address: "aws_lb_listener.http[1]", values: { port: 84 } },
    ]),
  );
  expect([...r.byAddress.keys()].sort()).toEqual([
    "aws_lb_listener.http[0]",
    "aws_lb_listener.http[1]",
    'module.web["a"].aws_lb_listener.http["api"]',
    'module.web["a"].aws_lb_listener.http["web"]',
    'module.web["b"].aws_lb_listener.http["api"]',
  ]);
  expect(r.byAddress.get('module.web["b"].aws_lb_listener.http["api"]')?.attrs.port).toBe(81);
  expect(r.byAddress.get('module.web["b"].aws_lb_listener.http["api"]')?.moduleChain?.map((c) => c.address)).toEqual(['module.web["b"]']);
});

test("after_unknown becomes Unknown; an unset computed attribute stays absent so the provider default applies", () => {
  const r = scan(
    planFixture([
      {
        address: "aws_lb_listener.http",
        values: { port: 80, load_balancer_arn: null, protocol: null, default_action: [{ type: "forward", target_group_arn: null }] },
        unknown: ["load_balancer_arn", "protocol", "arn", "default_action.0.target_group_arn"],
        refs: { load_balancer_arn: ["aws_lb.web.arn", "aws_lb.web"] },
      },
    ]),
  );
  const a = r.byAddress.get("aws_lb_listener.http")!.attrs;
  expect(isUnknown(a.load_balancer_arn)).toBe(true);
  expect((a.load_balancer_arn as Unknown).reason).toBe("known after apply");
  expect(a.protocol).toBeUndefined(); // computed, not configured: the default applies
  expect(a.arn).toBeUndefined();
  expect(a.port).toBe(80);
});

test("sensitive values are read but are listed as secrets, for redaction", () => {
  const r = scan(planFixture([{ address: "aws_db_instance.db", values: { password: "hunter2-secret", engine: "postgres" }, sensitive: ["password"] }]));
  const db = r.byAddress.get("aws_db_instance.db")!;
  expect(db.attrs.password).toBe("hunter2-secret");
  expect(db.secrets).toEqual(["hunter2-secret"]);
});

test("resources being deleted are not checked; updated and unchanged ones are", () => {
  const r = scan(
    planFixture([
      { address: "aws_security_group.old", values: { name: "old" }, action: "delete" },
      { address: "aws_security_group.kept", values: { name: "kept" }, action: "no-op" },
      { address: "aws_security_group.changed", values: { name: "changed" }, action: "update" },
      { address: "aws_security_group.replaced", values: { name: "replaced" }, action: "replace" },
    ]),
  );
  expect([...r.byAddress.keys()].sort()).toEqual(["aws_security_group.changed", "aws_security_group.kept", "aws_security_group.replaced"]);
});

test("references resolve to instances, through module inputs and outputs", () => {
  const r = scan(
    planFixture(
      [
        { address: "module.edge.aws_lb.this", values: { name: "edge" }, unknown: ["arn"] },
        {
          address: "module.edge.aws_lb_listener.this",
          values: { port: 80 },
          unknown: ["load_balancer_arn", "arn"],
          refs: { load_balancer_arn: ["aws_lb.this.arn", "aws_lb.this"] },
        },
        { address: "aws_lb_listener_rule.r", values: { priority: 1 }, unknown: ["listener_arn"], refs: { listener_arn: ["module.edge.listener_arn", "module.edge"] } },
        { address: "aws_lb.many[0]", values: {} },
        { address: "aws_lb.many[1]", values: {} },
        { address: "aws_lb_listener.pick", values: {}, refs: { load_balancer_arn: ["aws_lb.many[1].arn", "aws_lb.many[1]", "aws_lb.many"] } },
      ],
      { moduleOutputs: { edge: { listener_arn: ["aws_lb_listener.this.arn", "aws_lb_listener.this"] } } },
    ),
  );
  expect(r.edges).toEqual([
    "aws_lb_listener.pick -load_balancer_arn-> aws_lb.many[1]",
    "aws_lb_listener_rule.r -listener_arn-> module.edge.aws_lb_listener.this",
    "module.edge.aws_lb_listener.this -load_balancer_arn-> module.edge.aws_lb.this",
  ]);
});

test("an unsupported format_version is rejected with a clear error; invalid JSON names the line", () => {
  const r = scanPlanText("plan.json", JSON.stringify({ format_version: "2.0", resource_changes: [] }, null, 2));
  expect(r.resources).toEqual([]);
  expect(r.errors[0].message).toMatch(/format_version 2\.0 is not supported/);
  expect(r.errors[0].line).toBe(2);
  const bad = scanPlanText("plan.json", '{\n  "format_version": "1.2",\n  "resource_changes": [\n    }\n');
  expect(bad.errors[0]).toMatchObject({ file: "plan.json", line: 4 });
});

test("a finding location names the plan line of the address, and the HCL file:line with a source root", () => {
  const dir = mkdtempSync(join(tmpdir(), "moat-plan-"));
  try {
    mkdirSync(join(dir, "modules", "edge"), { recursive: true });
    writeFileSync(join(dir, "main.tf"), 'module "edge" {\n  source = "./modules/edge"\n}\n');
    writeFileSync(
      join(dir, "modules", "edge", "lb.tf"),
      '# edge listener\nresource "aws_lb_listener" "this" {\n  port     = 80\n  protocol = "HTTP"\n}\n',
    );
    const doc = planFixture([{ address: "module.edge.aws_lb_listener.this", values: { port: 80, protocol: "HTTP" } }], {
      moduleSources: { edge: "./modules/edge" },
    });
    const without = scan(doc);
    const l = without.byAddress.get("module.edge.aws_lb_listener.this")!;
    expect(l.location.file).toBe("plan.json");
    expect(without.text.split("\n")[(l.location.line ?? 0) - 1]).toContain('"address": "module.edge.aws_lb_listener.this"');
    const withRoot = scan(doc, { sourceRoot: dir });
    const l2 = withRoot.byAddress.get("module.edge.aws_lb_listener.this")!;
    expect(l2.location).toMatchObject({ file: join(dir, "modules", "edge", "lb.tf"), line: 2 });
    expect(l2.locate(["protocol"])).toMatchObject({ file: join(dir, "modules", "edge", "lb.tf"), line: 4 });
    expect(l2.origin?.file).toBe("plan.json");
    expect(l2.moduleChain?.[0].location).toMatchObject({ file: join(dir, "main.tf"), line: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an older plan (format 0.1) whose unchanged resources are only in planned_values is read", () => {
  const doc = {
    format_version: "0.1",
    terraform_version: "0.12.23",
    planned_values: {
      root_module: {
        resources: [{ address: "aws_security_group.a", mode: "managed", type: "aws_security_group", name: "a", values: { name: "a" } }],
        child_modules: [
          {
            address: "module.m",
            resources: [{ address: "module.m.aws_security_group.b", mode: "managed", type: "aws_security_group", name: "b", values: { name: "b" } }],
          },
        ],
      },
    },
  };
  const r = scan(doc);
  expect([...r.byAddress.keys()].sort()).toEqual(["aws_security_group.a", "module.m.aws_security_group.b"]);
});

test("a reference to a for_each resource whose key cannot be told links nothing, rather than every instance", () => {
  const r = scan(
    planFixture([
      { address: 'aws_lb.site["a"]', values: {} },
      { address: 'aws_lb.site["b"]', values: {} },
      // aws_lb.site[each.value.lb].arn: Terraform records the reference without the key.
      { address: 'aws_lb_listener.l["a-https"]', values: {}, refs: { load_balancer_arn: ["aws_lb.site", "each.value.lb"] } },
      { address: 'aws_lb_listener.same["a"]', values: {}, refs: { load_balancer_arn: ["aws_lb.site", "each.key"] } },
    ]),
  );
  expect(r.edges).toEqual(['aws_lb_listener.same["a"] -load_balancer_arn-> aws_lb.site["a"]']);
});

test("an unknown inside a block the configuration does not mention (a dynamic block) stays unknown", () => {
  const doc = planFixture([
    {
      address: "aws_security_group.dyn",
      values: { name: "dyn", ingress: [{ protocol: "-1", from_port: 0, to_port: 0, cidr_blocks: ["10.0.0.0/16", null] }] },
      unknown: ["ingress.0.cidr_blocks.1"],
    },
  ]);
  // Terraform's configuration omits dynamic blocks: drop the ingress expression the fixture builder wrote.
  const cfg = (doc.configuration as { root_module: { resources: { expressions: Record<string, unknown> }[] } }).root_module.resources[0];
  delete cfg.expressions.ingress;
  const ingress = scan(doc).byAddress.get("aws_security_group.dyn")!.attrs.ingress as { cidr_blocks: unknown[] }[];
  expect(isUnknown(ingress[0].cidr_blocks[1])).toBe(true);
});

test("with the source, a wholly unknown dynamic block is unknown, not an absent attribute", () => {
  const dir = mkdtempSync(join(tmpdir(), "moat-plan-dyn-"));
  try {
    writeFileSync(
      join(dir, "main.tf"),
      'resource "aws_security_group" "dyn" {\n  dynamic "ingress" {\n    for_each = data.aws_ssm_parameter.rules.value\n    content {\n      from_port = ingress.value\n    }\n  }\n}\n',
    );
    const doc = planFixture([{ address: "aws_security_group.dyn", values: { name: "dyn" }, unknown: ["ingress", "egress"] }]);
    expect(scan(doc).byAddress.get("aws_security_group.dyn")!.attrs.ingress).toBeUndefined();
    const withSource = scan(doc, { sourceRoot: dir }).byAddress.get("aws_security_group.dyn")!;
    expect(isUnknown(withSource.attrs.ingress)).toBe(true);
    expect(withSource.attrs.egress).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
