/**
 * The plan door on the documented `terraform show -json` format: values, unknowns, sensitivity, addresses,
 * references through modules, deletes, versions and locations; and on damaged or hostile plans (issue 8): every
 * malformed entry reported, deep nesting bounded, parse errors that quote nothing, every secret collected.
 */
import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runRules } from "../../core/engine";
import { TOO_DEEP_REASON } from "../../core/limits";
import { ResourceGraph } from "../../core/model";
import { planFixture } from "../../core/plan-fixture";
import { resolvePolicy } from "../../core/policy-config";
import { Unknown, isUnknown } from "../../core/values";
import { type PlanOptions, isPlanJson, jsonErrorOffset, parseAddress, readPlanFile, scanPlanText } from "../../hcl-rules/plan";
import { rules } from "../../rules";

function scan(doc: unknown, options: PlanOptions = {}) {
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

test("with a source root, resources written in JSON syntax (.tf.json) are located at their lines too", () => {
  const dir = mkdtempSync(join(tmpdir(), "moat-plan-"));
  try {
    writeFileSync(
      join(dir, "lb.tf.json"),
      '{\n  "resource": {\n    "aws_lb_listener": {\n      "this": {\n        "port": 80,\n        "protocol": "HTTP"\n      }\n    }\n  }\n}\n',
    );
    const doc = planFixture([{ address: "aws_lb_listener.this", values: { port: 80, protocol: "HTTP" } }]);
    const l = scan(doc, { sourceRoot: dir }).byAddress.get("aws_lb_listener.this")!;
    expect(l.location).toMatchObject({ file: join(dir, "lb.tf.json"), line: 4 });
    expect(l.locate(["protocol"])).toMatchObject({ file: join(dir, "lb.tf.json"), line: 6 });
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

// ------------------------------------------------------------------ hostile and damaged plans (issue 8)

/** A plan's text with every `"__HOLE__"` replaced by raw JSON text (for values too deep to build and stringify in JS). */
function planText(doc: unknown, holes: Record<string, string>): string {
  let text = JSON.stringify(doc, null, 2);
  for (const [name, raw] of Object.entries(holes)) text = text.split(`"${name}"`).join(raw);
  return text;
}
const deepObject = (depth: number, leaf: string) => `${'{"a":'.repeat(depth)}${leaf}${"}".repeat(depth)}`;
const deepList = (depth: number, leaf: string) => `${"[".repeat(depth)}${leaf}${"]".repeat(depth)}`;

test("every resource of a plan with thousands of resources points at the line of its own address", () => {
  const doc = planFixture(Array.from({ length: 2000 }, (_, i) => ({ address: `aws_security_group.sg${i}`, values: { name: `sg${i}` } })));
  const r = scan(doc);
  const lines = r.text.split("\n");
  expect(r.resources).toHaveLength(2000);
  expect(r.resources.filter((res) => !lines[(res.origin?.line ?? 0) - 1].includes(`"address": "${res.address}"`))).toEqual([]);
  // resource_changes is where the values are read: the line is there, not in planned_values.
  const firstChange = lines.findIndex((l) => l.includes('"resource_changes"'));
  expect(r.resources.every((res) => (res.origin?.line ?? 0) > firstChange)).toBe(true);
  // Written on one line (as `terraform show -json` writes it), every address is on line 1.
  expect(new Set(scanPlanText("plan.json", JSON.stringify(doc)).resources.map((res) => res.origin?.line))).toEqual(new Set([1]));
});

test("a value nested 20,000 deep is read as unknown with the reason, and reported; the rest of the plan is read", () => {
  const doc = planFixture([
    { address: "aws_lb_listener.deep", values: { port: 80, protocol: "HTTP", tags: "__DEEP__", default_action: "__DEEPLIST__" } },
    { address: "aws_security_group.ok", values: { name: "ok" } },
  ]);
  const text = planText(doc, { __DEEP__: deepObject(20_000, '"x"'), __DEEPLIST__: deepList(20_000, "1") });
  const r = scanPlanText("plan.json", text);
  const deep = r.resources.find((x) => x.address === "aws_lb_listener.deep")!;
  expect(deep.attrs.port).toBe(80);
  expect(deep.attrs.protocol).toBe("HTTP");
  const unknowns: Unknown[] = [];
  for (let v: unknown = deep.attrs.tags; v !== undefined; v = isUnknown(v) ? undefined : (v as { a: unknown }).a) if (isUnknown(v)) unknowns.push(v);
  expect(unknowns.map((u) => u.reason)).toEqual([TOO_DEEP_REASON]);
  expect(r.resources.map((x) => x.address)).toContain("aws_security_group.ok");
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0].message).toMatch(/^resource_changes\[0\] \(aws_lb_listener\.deep\): a value in attribute (tags|default_action) is nested more than 512 levels deep/);
  expect(r.errors[0].message).toContain("checks that need it were not evaluated");
  // Every walk over the model (the rules, the engine) now stays far from the stack's limit.
  expect(() => runRules(new ResourceGraph(r.resources, r.edges), resolvePolicy(rules))).not.toThrow();
});

test("20,000-deep after_unknown, after_sensitive and configuration expressions do not overflow the stack", () => {
  const doc = planFixture([
    { address: "aws_lb.web", values: { name: "web" }, unknown: ["arn"] },
    { address: "aws_db_instance.db", values: { engine: "postgres", tags: "__VALUE__" }, refs: { tags: ["aws_lb.web.arn", "aws_lb.web"] } },
  ]);
  const change = (doc.resource_changes as { change: Record<string, unknown> }[])[1].change;
  change.after_unknown = { tags: "__UNKNOWN__" };
  change.after_sensitive = { tags: "__SENSITIVE__" };
  const cfg = (doc.configuration as { root_module: { resources: { expressions: Record<string, unknown> }[] } }).root_module.resources[1];
  cfg.expressions.tags = "__EXPR__";
  const text = planText(doc, {
    __VALUE__: deepObject(20_000, '"deep-secret-value"'),
    __UNKNOWN__: deepObject(20_000, "true"),
    __SENSITIVE__: deepObject(20_000, "true"),
    __EXPR__: deepObject(20_000, '{"references": ["aws_lb.web.arn", "aws_lb.web"]}'),
  });
  const r = scanPlanText("plan.json", text);
  const db = r.resources.find((x) => x.address === "aws_db_instance.db")!;
  expect(db.attrs.engine).toBe("postgres");
  expect(db.secrets).toContain("deep-secret-value"); // collected however deep, though the value itself is not read
  expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining("(aws_db_instance.db): a value in attribute tags is nested more than 512 levels deep")]);
  // The reference deep inside the expression still makes its edge.
  expect(r.edges.map((e) => `${e.from.split("::")[1]} -${e.attr}-> ${e.to.split("::")[1]}`)).toEqual(["aws_db_instance.db -tags-> aws_lb.web"]);
});

test("modules nested deeper than limits.maxModuleDepth are reported, not silently dropped, in both parts of the plan", () => {
  const deepAddress = `${Array.from({ length: 4 }, (_, i) => `module.m${i}`).join(".")}.aws_security_group.deep`;
  const doc = planFixture([
    { address: deepAddress, values: { name: "deep" } },
    { address: "module.m0.aws_security_group.shallow", values: { name: "shallow" } },
  ]);
  expect(scan(doc).errors).toEqual([]);
  const r = scan(doc, { limits: { maxModuleDepth: 3 } });
  expect(r.resources.map((x) => x.address)).toEqual(["module.m0.aws_security_group.shallow"]);
  expect(r.errors.map((e) => e.message)).toEqual([
    expect.stringMatching(/^resource_changes\[0\] \(module\.m0\.module\.m1\.module\.m2\.module\.m3\.aws_security_group\.deep\): it is 4 modules deep, deeper than limits\.maxModuleDepth \(3\), so it was not checked; raise limits\.maxModuleDepth/),
    expect.stringMatching(/^planned_values\.root_module\.child_modules\[0\]\.child_modules\[0\]\.child_modules\[0\]\.child_modules: modules nested deeper than limits\.maxModuleDepth \(3\)/),
  ]);
  expect(r.errors[0].line).toBeGreaterThan(0);
});

test("a 20,000-deep module tree in planned_values and the configuration is reported without overflowing the stack", () => {
  const doc = {
    format_version: "1.2",
    planned_values: { root_module: { resources: [], child_modules: "__CHILDREN__" } },
    configuration: { root_module: { module_calls: "__CALLS__" } },
  };
  const children = `${'[{"address": "module.m", "child_modules": '.repeat(20_000)}[]${"}]".repeat(20_000)}`;
  const calls = `${'{"m": {"source": "./m", "module": {"module_calls": '.repeat(20_000)}{}${"}}}".repeat(20_000)}`;
  const r = scanPlanText("plan.json", planText(doc, { __CHILDREN__: children, __CALLS__: calls }));
  expect(r.resources).toEqual([]);
  expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining("modules nested deeper than limits.maxModuleDepth (25)")]);
});

test("every malformed entry is an error naming the plan, the entry and what is wrong; the valid ones are still checked", () => {
  const good = { address: "aws_security_group.good", mode: "managed", type: "aws_security_group", name: "good", change: { actions: ["create"], before: null, after: { name: "good" }, after_unknown: {} } };
  const withChange = (address: string, change: Record<string, unknown>) => ({ ...good, address, name: address.split(".")[1], change: { ...good.change, ...change } });
  const doc = {
    format_version: "1.2",
    resource_changes: [
      "not an entry",
      { ...good, address: undefined },
      { ...good, address: "aws_security_group.notype", type: 7 },
      { ...good, address: "aws_lb.mismatch" },
      { ...good, address: "not an address" },
      { ...good, address: "aws_security_group.nochange", change: "create" },
      withChange("aws_security_group.after", { after: ["name", "x"] }),
      withChange("aws_security_group.unknown", { after_unknown: "all" }),
      withChange("aws_security_group.sensitive", { after_sensitive: 1 }),
      withChange("aws_security_group.before", { before: "x" }),
      withChange("aws_security_group.actions1", { actions: "create" }),
      withChange("aws_security_group.actions2", { actions: [] }),
      withChange("aws_security_group.actions3", { actions: ["explode"] }),
      withChange("aws_security_group.noafter", { after: null }),
      { ...good, mode: 3 },
      good,
      good,
      { ...good, address: "data.aws_vpc.main", mode: "data", type: "aws_vpc" },
      { ...withChange("aws_security_group.old", { actions: ["delete"] }), deposed: "00000001" },
      withChange("aws_security_group.forgotten", { actions: ["forget"], after: null }),
    ],
    planned_values: { root_module: { resources: [{ address: "aws_security_group.planned", type: "aws_security_group", values: "x" }], child_modules: {} } },
  };
  const r = scan(doc);
  expect(r.resources.map((x) => x.address)).toEqual(["aws_security_group.good"]);
  expect(r.errors.map((e) => e.message)).toEqual([
    "resource_changes[0]: it is a string, not an object, so it was not checked; make the plan again with `terraform show -json tfplan > plan.json`",
    expect.stringMatching(/^resource_changes\[1\]: its address is missing, not a resource address/),
    expect.stringMatching(/^resource_changes\[2\] \(aws_security_group\.notype\): its type is a number, not a resource type/),
    expect.stringMatching(/^resource_changes\[3\] \(aws_lb\.mismatch\): its address names another resource type than its `type`/),
    expect.stringMatching(/^resource_changes\[4\] \(not an address\): its address is not a resource instance address/),
    expect.stringMatching(/^resource_changes\[5\] \(aws_security_group\.nochange\): its change is a string, not an object/),
    expect.stringMatching(/^resource_changes\[6\] \(aws_security_group\.after\): its change\.after is a list, not an object/),
    expect.stringMatching(/^resource_changes\[7\] \(aws_security_group\.unknown\): its change\.after_unknown is a string, not an object/),
    expect.stringMatching(/^resource_changes\[8\] \(aws_security_group\.sensitive\): its change\.after_sensitive is a number/),
    expect.stringMatching(/^resource_changes\[9\] \(aws_security_group\.before\): its change\.before is a string/),
    expect.stringMatching(/^resource_changes\[10\] \(aws_security_group\.actions1\): its change\.actions is not a list of Terraform actions/),
    expect.stringMatching(/^resource_changes\[11\] \(aws_security_group\.actions2\): its change\.actions is not a list/),
    expect.stringMatching(/^resource_changes\[12\] \(aws_security_group\.actions3\): its change\.actions is not a list/),
    expect.stringMatching(/^resource_changes\[13\] \(aws_security_group\.noafter\): its change\.after is null, not an object/),
    expect.stringMatching(/^resource_changes\[14\] \(aws_security_group\.good\): its mode is a number/),
    expect.stringMatching(/^resource aws_security_group\.good appears twice in resource_changes; the second entry \(resource_changes\[16\]\) was ignored/),
    expect.stringMatching(/^planned_values\.root_module\.resources\[0\] \(aws_security_group\.planned\): its values is a string, not an object/),
    expect.stringMatching(/^planned_values\.root_module\.child_modules is an object, not a list/),
  ]);
  expect(r.errors.every((e) => e.file === "plan.json")).toBe(true);
  expect(r.errors.find((e) => e.message.startsWith("resource_changes[2]"))?.line).toBeGreaterThan(0);
});

test("resource_changes, planned_values or configuration of the wrong kind is an error, not an empty plan", () => {
  const messages = (doc: Record<string, unknown>) => scan({ format_version: "1.2", ...doc }).errors.map((e) => e.message);
  expect(messages({ resource_changes: { a: 1 } })).toEqual([expect.stringMatching(/^resource_changes is an object, not a list: no resource change was read/)]);
  expect(messages({ planned_values: [] })).toEqual([expect.stringMatching(/^planned_values is a list, not an object/)]);
  expect(messages({ planned_values: { root_module: 5 } })).toEqual([expect.stringMatching(/^planned_values\.root_module is a number, not an object/)]);
  expect(messages({ planned_values: { root_module: { resources: "x" } } })).toEqual([expect.stringMatching(/^planned_values\.root_module\.resources is a string, not a list/)]);
  expect(messages({ resource_changes: [], configuration: "x" })).toEqual([expect.stringMatching(/^configuration is a string, not an object/)]);
  // A format_version that is not a version number is not quoted.
  const future = scan({ format_version: "9.0 hunter2", resource_changes: [] });
  expect(future.errors[0].message).toMatch(/^plan format_version \(not a version number\) is not supported/);
});

test("a malformed plan's parse error gives the line and column and never quotes the text", () => {
  const cases: [string, number, number, RegExp][] = [
    ['{\n  "format_version": "1.2",\n  "password": "hunter2" x\n}', 3, 25, /a comma or `}` was expected/],
    ['{\n  "format_version": "1.2",\n  "password": hunter2\n}', 3, 15, /a value was expected/],
    ['{"format_version": "1.2", "password": "hunter2', 1, 47, /the text ends too early/],
    ['{"password": "hunter2\\q"}', 1, 22, /invalid escape/],
    ['{"password": "hunter2"}}', 1, 24, /more text after the JSON value/],
    ['[1,2,]', 1, 6, /a value was expected/],
    ['{"a": 1, hunter2: 2}', 1, 10, /an object key \(a quoted string\) was expected after the comma/],
  ];
  for (const [text, line, column, what] of cases) {
    const r = scanPlanText("plan.json", text);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: "plan.json", line, column });
    expect(r.errors[0].message).toMatch(what);
    expect(r.errors[0].message).not.toContain("hunter2");
  }
  // Valid JSON nested 100,000 deep is not a syntax error, and checking it does not recurse.
  expect(jsonErrorOffset(deepList(100_000, "1"))).toBeUndefined();
  expect(jsonErrorOffset(`${deepList(100_000, "1")}]`)).toBe(200_001);
});

test("every sensitive value becomes a secret: nested, short, before and after, planned_values, numbers, booleans, sensitive variables", () => {
  const doc = planFixture([
    { address: "aws_db_instance.db", values: { password: "after-secret", port: 5439, pin: "ab", params: [{ name: "p", value: "nested-secret" }], flags: { on: true } } },
  ]) as Record<string, unknown>;
  const change = (doc.resource_changes as { change: Record<string, unknown> }[])[0].change;
  change.after_sensitive = { password: true, port: true, pin: true, params: [{ value: true }], flags: true };
  change.before = { password: "before-secret", port: 1 };
  change.before_sensitive = { password: true };
  const planned = (doc.planned_values as { root_module: { resources: Record<string, unknown>[] } }).root_module.resources[0];
  planned.values = { password: "after-secret", username: "planned-secret" };
  planned.sensitive_values = { username: true };
  doc.variables = { db_password: { value: "variable-secret" }, region: { value: "eu-west-1" } };
  (doc.configuration as { root_module: Record<string, unknown> }).root_module.variables = { db_password: { sensitive: true }, region: {} };
  const db = scan(doc).byAddress.get("aws_db_instance.db")!;
  expect([...(db.secrets ?? [])].sort()).toEqual(["5439", "ab", "after-secret", "before-secret", "nested-secret", "planned-secret", "true", "variable-secret"]);
});

test("an attribute named __proto__ is an ordinary attribute, never the prototype of the others", () => {
  const doc = planFixture([{ address: "aws_lb_listener.l", values: { port: 443 } }]);
  const text = planText(doc, {}).split('"port": 443').join('"port": 443, "__proto__": { "protocol": "HTTP" }');
  const l = scanPlanText("plan.json", text).resources[0];
  expect(l.attrs.protocol).toBeUndefined();
  expect(Object.getPrototypeOf(l.attrs)).toBe(Object.prototype);
  expect(Object.hasOwn(l.attrs, "__proto__")).toBe(true);
});

test("module inputs and outputs that refer to each other in a loop resolve to nothing, quickly", () => {
  // Terraform cannot plan such a configuration; a hand-made plan can say it, with many references per step.
  const refs = Array.from({ length: 8 }, (_, i) => [`module.m.out${i}`, `var.in${i}`]).flat();
  const doc = planFixture([{ address: "module.m.aws_lb_listener.l", values: { port: 80 }, refs: { load_balancer_arn: refs } }], {
    moduleInputs: { m: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`in${i}`, refs])) },
    moduleOutputs: { m: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`out${i}`, refs])) },
  });
  const r = scan(doc);
  expect(r.resources).toHaveLength(1);
  expect(r.edges).toEqual([]);
});

test("a plan file is read up to a bound of bytes actually read, and binary data stops the read", () => {
  const dir = mkdtempSync(join(tmpdir(), "moat-plan-read-"));
  try {
    writeFileSync(join(dir, "big.json"), JSON.stringify({ format_version: "1.2", resource_changes: [], pad: "x".repeat(5000) }));
    expect(readPlanFile(join(dir, "big.json"), 1000)).toEqual({ ok: false, message: expect.stringMatching(/^is larger than/) });
    expect(readPlanFile(join(dir, "big.json"))).toMatchObject({ ok: true });
    expect(readPlanFile(join(dir, "missing.json"))).toEqual({ ok: false, message: "does not exist; check the path" });
    // A file under /proc reports size 0 and may never end: the bound is on what is read.
    expect(readPlanFile("/proc/self/pagemap")).toEqual({ ok: false, message: expect.stringMatching(/binary data \(NUL bytes\)|permission denied/) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the syntax check that locates a JSON error agrees with JSON.parse on valid, mutated and random text", () => {
  const agrees = (s: string) => {
    let valid = true;
    try {
      JSON.parse(s);
    } catch {
      valid = false;
    }
    expect(jsonErrorOffset(s) === undefined).toBe(valid);
  };
  const mutated = fc.tuple(fc.json(), fc.nat(), fc.nat({ max: 2 }), fc.string({ maxLength: 3 })).map(([j, at, cut, text]) => {
    const i = at % (j.length + 1);
    return j.slice(0, i) + text + j.slice(i + cut);
  });
  fc.assert(fc.property(fc.oneof(fc.json(), mutated, fc.string()), agrees), { numRuns: 2000 });
});
