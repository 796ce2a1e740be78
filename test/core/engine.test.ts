/**
 * The engine's promises to every door: secrets never reach a message, the same address in two roots gives two
 * findings, checks that met an unknown value are counted, and a bad rule fails loudly.
 */
import { runRules } from "../../core/engine";
import { type Resource, ResourceGraph } from "../../core/model";
import { resolvePolicy } from "../../core/policy-config";
import { RuleDefinitionError, defineRule } from "../../core/rule";
import { type Attrs, Unknown, asString, isUnknown } from "../../core/values";

function resource(id: string, type: string, attrs: Attrs, extra: Partial<Resource> = {}): Resource {
  const address = id.split("::").pop() as string;
  return {
    id,
    type,
    sourceType: type,
    name: address.split(".").pop() as string,
    address,
    door: "hcl",
    attrs,
    location: { file: "main.tf", line: 1 },
    locate: () => ({ file: "main.tf", line: 2 }),
    ...extra,
  };
}

const meta = {
  id: "MOAT-TEST-001",
  name: "test-listener-ports",
  title: "A test rule that names other resources' values in its message.",
  severity: "high" as const,
  area: "listener-http" as const,
  resourceTypes: ["aws_lb"],
  scope: "stack" as const,
  doors: ["hcl" as const],
  messages: { ports: "Load balancer listens on {{ports}} in clear text." },
  rationale: "A test rule for the engine; it reports the ports of every listener pointing at the load balancer.",
  defaults: "No defaults: the test reads the port attribute only when it is set.",
  remediation: { text: "Nothing to fix.", hcl: "# nothing to fix", pulumi: "// nothing to fix" },
  references: [{ title: "Test", url: "https://example.com/test" }],
  options: { type: "object" as const, properties: {}, additionalProperties: false as const },
  enforcement: "mandatory" as const,
};

const listPorts = defineRule({
  meta,
  check(lb, ctx) {
    const listeners = ctx.graph.sources(lb, "load_balancer_arn", "aws_lb_listener");
    const unknownPort = listeners.map((l) => l.attrs.port).find(isUnknown);
    if (unknownPort) return ctx.unknown(unknownPort, ["port"]);
    ctx.report({ messageId: "ports", data: { ports: listeners.map((l) => asString(l.attrs.port)).join(", ") } });
  },
});

test("a secret of one resource never appears in another resource's message", () => {
  const lb = resource("r::aws_lb.web", "aws_lb", {});
  const l1 = resource("r::aws_lb_listener.a", "aws_lb_listener", { port: 8181 }, { secrets: ["8181"] });
  const l2 = resource("r::aws_lb_listener.b", "aws_lb_listener", { port: 80 });
  const graph = new ResourceGraph([lb, l1, l2], [
    { from: l1.id, attr: "load_balancer_arn", to: lb.id },
    { from: l2.id, attr: "load_balancer_arn", to: lb.id },
  ]);
  const { findings } = runRules(graph, resolvePolicy([listPorts]));
  expect(findings.map((f) => f.message)).toEqual(["Load balancer listens on [secret], 80 in clear text."]);
});

test("the same address in two roots gives two findings; an unknown value is counted, not reported", () => {
  const a = resource("envs/dev::aws_lb.web", "aws_lb", {}, { root: "envs/dev" });
  const b = resource("envs/prod::aws_lb.web", "aws_lb", {}, { root: "envs/prod" });
  const c = resource("envs/qa::aws_lb.web", "aws_lb", {}, { root: "envs/qa" });
  const lc = resource("envs/qa::aws_lb_listener.x", "aws_lb_listener", { port: new Unknown("var.port has no value") });
  const graph = new ResourceGraph([a, b, c, lc], [{ from: lc.id, attr: "load_balancer_arn", to: c.id }]);
  const { findings, unevaluated } = runRules(graph, resolvePolicy([listPorts]));
  expect(findings.map((f) => f.root).sort()).toEqual(["envs/dev", "envs/prod"]);
  expect(unevaluated.map((u) => [u.address, u.reason])).toEqual([["aws_lb.web", "var.port has no value"]]);
});

test("a disabled rule does not run", () => {
  const graph = new ResourceGraph([resource("r::aws_lb.web", "aws_lb", {})]);
  expect(runRules(graph, resolvePolicy([listPorts], { "test-listener-ports": "disabled" })).findings).toEqual([]);
});

test("a rule whose meta breaks the schema fails when it loads, naming the rule and the error", () => {
  expect(() => defineRule({ meta: { ...meta, severity: "urgent" as never }, check: () => {} })).toThrow(RuleDefinitionError);
  expect(() => defineRule({ meta: { ...meta, severity: "urgent" as never }, check: () => {} })).toThrow(/MOAT-TEST-001 \(test-listener-ports\).*meta\/severity must be equal to one of the allowed values/);
  expect(() => defineRule({ meta: { ...meta, enforcement: "advisory" }, check: () => {} })).toThrow(/meta\/enforcement must be equal to constant/);
});
