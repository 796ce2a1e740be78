/**
 * The reader's promise to rule authors (core/reader.ts): a read that meets an unknown value records the check as not
 * evaluated by itself, with the attribute's path and the value's reason, and the rule code after it never runs; the
 * non-stopping forms (`maybe`, `ctx.attempt`, `Doubt`) keep the verdicts that must go on past an unknown.
 */
import { runRules } from "../../core/engine";
import { type Resource, ResourceGraph } from "../../core/model";
import { resolvePolicy } from "../../core/policy-config";
import { Doubt, read } from "../../core/reader";
import { type RuleContext, defineRule } from "../../core/rule";
import { type Attrs, Unknown } from "../../core/values";

function resource(address: string, attrs: Attrs): Resource {
  return {
    id: `r::${address}`,
    type: address.split(".")[0],
    sourceType: address.split(".")[0],
    name: address.split(".")[1],
    address,
    door: "hcl",
    attrs,
    location: { file: "main.tf", line: 1 },
    // The line is the path's length, so a test can tell where a note points.
    locate: (path) => ({ file: "main.tf", line: 10 + path.length }),
  };
}

const meta = {
  id: "MOAT-TEST-901",
  name: "test-reader",
  title: "A test rule that reads its resource through the reader.",
  severity: "high" as const,
  area: "listener-http" as const,
  resourceTypes: ["aws_lb_listener"],
  scope: "stack" as const,
  doors: ["hcl" as const],
  messages: { plain: "Listener {{what}} is plain HTTP." },
  rationale: "A test rule for the reader; it reports every HTTP redirect of a listener.",
  defaults: "No defaults: the test reads only what is written.",
  remediation: { text: "Nothing to fix.", hcl: "# nothing to fix", pulumi: "// nothing to fix" },
  references: [{ title: "Test", url: "https://example.com/test" }],
  options: { type: "object" as const, properties: {}, additionalProperties: false as const },
  enforcement: "mandatory" as const,
};

type Check = (listener: Resource, ctx: RuleContext<Record<string, never>, "plain">) => void;

function run(check: Check, ...resources: Resource[]) {
  const rule = defineRule({ meta, check });
  return runRules(new ResourceGraph(resources, []), resolvePolicy([rule]), { keepGoing: true });
}

const notKnown = (reason: string) => new Unknown(reason);

test("a read that meets an unknown records the attribute's path and the value's reason, and the rule goes no further", () => {
  let after = false;
  const out = run(
    (l, ctx) => {
      const protocol = ctx.read().block("default_action")?.block("redirect")?.string("protocol");
      after = true;
      if (protocol !== "HTTPS") ctx.report({ messageId: "plain", data: { what: "x" } });
    },
    resource("aws_lb_listener.web", { default_action: [{ redirect: [{ protocol: notKnown("var.protocol has no value") }] }] }),
  );
  expect(after).toBe(false);
  expect(out.findings).toEqual([]);
  expect(out.failures).toEqual([]);
  expect(out.unevaluated).toEqual([
    expect.objectContaining({
      address: "aws_lb_listener.web",
      path: "default_action[0].redirect[0].protocol",
      reason: "default_action[0].redirect[0].protocol is not known: var.protocol has no value",
      location: { file: "main.tf", line: 15 },
    }),
  ]);
});

test("an unknown block list, or an unknown block in it, stops the check at that block", () => {
  const check: Check = (_l, ctx) => void ctx.read().blocks("default_action");
  const whole = run(check, resource("aws_lb_listener.a", { default_action: notKnown("known after apply") }));
  const one = run(check, resource("aws_lb_listener.b", { default_action: [{ type: "forward" }, notKnown("known after apply")] }));
  expect(whole.unevaluated.map((u) => u.path)).toEqual(["default_action"]);
  expect(one.unevaluated.map((u) => u.path)).toEqual(["default_action[1]"]);
});

test("ctx.attempt ends one part at an unknown: the other parts still report", () => {
  const out = run(
    (l, ctx) => {
      ctx.read().blocks("default_action").forEach((action, i) =>
        ctx.attempt(() => {
          if (action.string("type") === "forward") ctx.report({ messageId: "plain", data: { what: String(i) }, at: action.at("type") });
        }),
      );
    },
    resource("aws_lb_listener.web", { default_action: [{ type: notKnown("var.type has no value") }, { type: "forward" }] }),
  );
  expect(out.findings.map((f) => f.path)).toEqual(["default_action[1].type"]);
  expect(out.unevaluated.map((u) => u.path)).toEqual(["default_action[0].type"]);
});

test("maybe, mayBe and stringOr never stop the check: the rule decides", () => {
  const seen: unknown[] = [];
  const out = run(
    (l, ctx) => {
      const r = ctx.read();
      seen.push(r.maybe("protocol") instanceof Unknown, r.mayBe("protocol", ["HTTP"]), r.mayBe("port", ["HTTP"]), r.stringOr("protocol", "(unknown)"));
    },
    resource("aws_lb_listener.web", { protocol: notKnown("var.protocol has no value"), port: 80 }),
  );
  expect(seen).toEqual([true, true, false, "(unknown)"]);
  expect(out.unevaluated).toEqual([]);
});

test("present: an unknown the provider guarantees set (a resource's id) is set; any other unknown stops the check", () => {
  const results: boolean[] = [];
  const check: Check = (_l, ctx) => void results.push(ctx.read().present("certificate_arn"));
  run(check, resource("aws_lb_listener.a", { certificate_arn: new Unknown("known after apply", { present: true }) }));
  run(check, resource("aws_lb_listener.b", { certificate_arn: "  " }));
  const out = run(check, resource("aws_lb_listener.c", { certificate_arn: notKnown("var.cert has no value") }));
  expect(results).toEqual([true, false]);
  expect(out.unevaluated.map((u) => u.path)).toEqual(["certificate_arn"]);
});

test("a Doubt keeps the first unknown and stops the check only when nothing else decided", () => {
  const check: Check = (l, ctx) => {
    const doubt = new Doubt(l, ["ports"]);
    for (const port of ctx.read().list("ports")) {
      if (doubt.test(() => ctx.known(port)) === 443) return; // an HTTPS port decides, whatever the others are
    }
    doubt.settle();
    ctx.report({ messageId: "plain", data: { what: l.address } });
  };
  const decided = run(check, resource("aws_lb_listener.a", { ports: [notKnown("var.p has no value"), 443] }));
  const open = run(check, resource("aws_lb_listener.b", { ports: [notKnown("var.p has no value"), 80] }));
  const plain = run(check, resource("aws_lb_listener.c", { ports: [80] }));
  expect([decided.findings.length, decided.unevaluated.length]).toEqual([0, 0]);
  expect(open.findings).toEqual([]);
  expect(open.unevaluated).toEqual([expect.objectContaining({ address: "aws_lb_listener.b", path: "ports", reason: "var.p has no value" })]);
  expect(plain.findings.map((f) => f.address)).toEqual(["aws_lb_listener.c"]);
});

test("onBehalfOf: an unknown in a related resource leaves the checked one not evaluated, at the attribute that links them", () => {
  const group = resource("aws_db_option_group.g", { option: notKnown("var.options has no value") });
  const out = run((l) => void read(group).onBehalfOf(l, ["option_group_name"]).blocks("option"), resource("aws_lb_listener.web", {}));
  expect(out.unevaluated).toEqual([
    expect.objectContaining({ address: "aws_lb_listener.web", path: "option_group_name", reason: "var.options has no value" }),
  ]);
});

test("a rule that throws anything else is still a failure of that rule, not a value it could not know", () => {
  const out = run(() => {
    throw new Error("bug");
  }, resource("aws_lb_listener.web", {}));
  expect(out.unevaluated).toEqual([]);
  expect(out.failures.map((f) => f.message)).toEqual(["bug"]);
});
