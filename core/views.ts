/**
 * Views turn the several shapes a thing can take into one, so a rule reads one shape. They read the graph,
 * never raw input.
 */
import { type ExistenceCondition, type Resource, type ResourceGraph, labelOf } from "./model";
import { notEvaluated } from "./reader";
import {
  type AttrPath,
  type Attrs,
  type Value,
  Unknown,
  asBool,
  asList,
  asNumber,
  asString,
  blockEntries,
  blocks,
  isUnknown,
  unknown,
} from "./values";

// ---------------------------------------------------------------- existence

/**
 * Whether two resources may both be created. A resource whose creation is known (every resource of a plan or a
 * Pulumi preview, and of Terraform source with a known `count`/`for_each`) exists, so this is false only when both
 * carry `existenceConditions` that contradict each other: `count = var.x ? 1 : 0` and `count = var.x ? 0 : 1`, or
 * `var.env == "a" ? 1 : 0` and `var.env == "b" ? 1 : 0`. Anything moat cannot compare may coexist.
 */
export function mayCoexist(a: Resource, b: Resource): boolean {
  if (a === b) return true;
  for (const x of a.existenceConditions ?? []) {
    for (const y of b.existenceConditions ?? []) if (contradicts(x, y)) return false;
  }
  return true;
}

function contradicts(x: ExistenceCondition, y: ExistenceCondition): boolean {
  if (x.subject !== y.subject) return false;
  // The same comparison required both ways; or one value required to equal two different values.
  return x.value === y.value ? x.holds !== y.holds : x.holds && y.holds;
}

/**
 * The candidates that may be created together with every resource of `base` and with each other, in order: the ones
 * a message may list together with `base`. A candidate that contradicts one listed before it is left out.
 */
export function coexisting(base: readonly Resource[], candidates: readonly Resource[]): Resource[] {
  const chosen: Resource[] = [];
  for (const c of candidates) {
    if (base.every((b) => mayCoexist(b, c)) && chosen.every((o) => mayCoexist(o, c))) chosen.push(c);
  }
  return chosen;
}

/**
 * Why a check that `other` would satisfy is not evaluated: `other` may not be created (its count or for_each is
 * unknown), so it cannot vouch for anything. Undefined when it is created.
 */
export function mayNotBeCreated(other: Resource, what = ""): Unknown | undefined {
  return other.existence ? unknown(`${what}${labelOf(other)} may not be created: ${other.existence.reason}`) : undefined;
}

/**
 * A pass that rests on `other` (a parameter group, a certificate): when `other` may not be created it cannot vouch,
 * so the check of `resource` stops, not evaluated, located at `at`.
 */
export function requireCreated(other: Resource | undefined, what: string, at: AttrPath, resource: Resource): void {
  const notCreated = other && mayNotBeCreated(other, what);
  if (notCreated) notEvaluated(notCreated, at, resource);
}

// ---------------------------------------------------------------- load balancers

export type LbKind = "application" | "network" | "gateway";

/** `load_balancer_type` of an `aws_lb`; absent means "application" (provider default). */
export function lbKind(lb: Resource): LbKind | Unknown {
  const v = lb.attrs.load_balancer_type;
  if (isUnknown(v)) return v;
  const s = asString(v)?.toLowerCase();
  if (s === undefined) return "application";
  if (s === "application" || s === "network" || s === "gateway") return s;
  return unknown(`load_balancer_type "${s}" is not one moat knows`);
}

/**
 * The kind an Elastic Load Balancing v2 ARN names: `arn:<partition>:elasticloadbalancing:<region>:<account>:
 * loadbalancer/app/<name>/<id>` is an application load balancer, `…/net/…` a network one and `…/gwy/…` a gateway
 * one (AWS's ARN formats for Elastic Load Balancing). A classic load balancer's ARN (`loadbalancer/<name>`) and
 * anything else give undefined.
 */
export function lbKindOfArn(v: Value): LbKind | undefined {
  const s = typeof v === "string" ? v : undefined;
  const m = s === undefined ? null : /^arn:[a-z0-9-]+:elasticloadbalancing:[^:]*:[^:]*:loadbalancer\/(app|net|gwy)\/[^/]+\/[^/]+$/.exec(s);
  if (!m) return undefined;
  return m[1] === "app" ? "application" : m[1] === "net" ? "network" : "gateway";
}

/** The load balancer a listener belongs to, through `load_balancer_arn`. */
export function loadBalancerOf(graph: ResourceGraph, listener: Resource): Resource | undefined {
  return graph.targets(listener, "load_balancer_arn", "aws_lb")[0];
}

/**
 * The listeners of a load balancer, the rules and certificates of a listener: those that can exist together with it
 * (`mayCoexist`), since one whose count excludes it never serves it.
 */
export function listenersOf(graph: ResourceGraph, lb: Resource): Resource[] {
  return graph.sources(lb, "load_balancer_arn", "aws_lb_listener").filter((l) => mayCoexist(lb, l));
}

export function listenerRulesOf(graph: ResourceGraph, listener: Resource): Resource[] {
  return graph.sources(listener, "listener_arn", "aws_lb_listener_rule").filter((r) => mayCoexist(listener, r));
}

export function listenerCertificatesOf(graph: ResourceGraph, listener: Resource): Resource[] {
  return graph.sources(listener, "listener_arn", "aws_lb_listener_certificate").filter((c) => mayCoexist(listener, c));
}

/**
 * The listener's protocol, upper-cased. Absent: HTTP on an application load balancer (the provider default);
 * on a network or gateway load balancer, or when the load balancer is not in the input, it cannot be known.
 */
export function listenerProtocol(graph: ResourceGraph, listener: Resource): string | Unknown {
  const v = listener.attrs.protocol;
  if (isUnknown(v)) return v;
  const s = asString(v);
  if (s !== undefined) return s.toUpperCase();
  const lb = loadBalancerOf(graph, listener);
  // A load balancer outside the scanned input may still be named by a literal ARN, which tells its kind.
  const kind = lb ? lbKind(lb) : lbKindOfArn(listener.attrs.load_balancer_arn);
  if (kind === undefined) return unknown("protocol is absent and the listener's load balancer is not in the scanned input");
  if (isUnknown(kind)) return kind;
  return kind === "application" ? "HTTP" : unknown(`protocol is absent on a ${kind} load balancer listener`);
}

// ---------------------------------------------------------------- security groups

export type IngressKind = "inline" | "security_group_rule" | "vpc_ingress_rule";

export interface IngressRule {
  /** The resource that holds the rule (a security group for inline rules). */
  resource: Resource;
  /** Path of the rule inside the resource (`["ingress", 0]`), `[]` for standalone rule resources. */
  at: AttrPath;
  kind: IngressKind;
  /** Path of the protocol attribute, for pointing at it. */
  protocolAt: AttrPath;
  /** Normalised protocol: "all", "tcp", "udp", "icmp", "icmpv6", another name or number, or Unknown. */
  protocol: string | Unknown;
  fromPort: number | Unknown | undefined;
  toPort: number | Unknown | undefined;
  portsAt: AttrPath;
  /** Every CIDR source, with the path of the attribute that holds it. */
  cidrs: { value: Value; at: AttrPath }[];
  /** Non-CIDR sources (self, security groups, prefix lists): never public, but they do not excuse a CIDR. */
  hasOtherSources: boolean;
}

const PROTOCOL_NUMBERS: Record<string, string> = { "-1": "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };

export function normaliseProtocol(v: Value): string | Unknown {
  if (isUnknown(v)) return v;
  const s = asString(v)?.trim().toLowerCase();
  if (s === undefined || s === "") return unknown("protocol is not set");
  if (s === "all") return "all";
  return PROTOCOL_NUMBERS[s] ?? s;
}

function port(v: Value): number | Unknown | undefined {
  if (isUnknown(v)) return v;
  return asNumber(v);
}

function cidrList(attrs: Attrs, at: AttrPath, names: string[]): { value: Value; at: AttrPath }[] {
  const out: { value: Value; at: AttrPath }[] = [];
  for (const name of names) {
    const list = asList(attrs[name]);
    if (isUnknown(list)) out.push({ value: list, at: [...at, name] });
    else for (const value of list) out.push({ value, at: [...at, name] });
  }
  return out;
}

function present(v: Value): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "string") return v !== "";
  return true;
}

/** The ingress rules one resource holds, and the parts of it that cannot be known (each with where it is written). */
export interface HeldIngressRules {
  rules: IngressRule[];
  unknown: { value: Unknown; at: AttrPath }[];
}

/**
 * Ingress rules held by one resource: inline `ingress` blocks of a security group, or the rule resource itself. An
 * unknown block (or a whole unknown list) is listed in `unknown`; the known blocks beside it are still judged.
 */
export function ingressRulesOf(resource: Resource): HeldIngressRules {
  const a = resource.attrs;
  switch (resource.type) {
    case "aws_security_group":
    case "aws_default_security_group": {
      const entries = blockEntries(a.ingress);
      return {
        rules: entries.known.map(({ block: b, index: i }) => {
          const at: AttrPath = ["ingress", i];
          return {
            resource,
            at,
            kind: "inline" as const,
            protocolAt: [...at, "protocol"],
            protocol: normaliseProtocol(b.protocol),
            fromPort: port(b.from_port),
            toPort: port(b.to_port),
            portsAt: [...at, "from_port"],
            cidrs: cidrList(b, at, ["cidr_blocks", "ipv6_cidr_blocks"]),
            hasOtherSources: asBool(b.self) === true || present(b.security_groups) || present(b.prefix_list_ids),
          };
        }),
        unknown: entries.unknown.map((u) => ({ value: u.value, at: u.index === undefined ? ["ingress"] : ["ingress", u.index] })),
      };
    }
    case "aws_security_group_rule": {
      const type = a.type;
      if (isUnknown(type)) return { rules: [], unknown: [{ value: type, at: ["type"] }] };
      if (asString(type)?.toLowerCase() !== "ingress") return { rules: [], unknown: [] };
      return {
        rules: [
          {
            resource,
            at: [],
            kind: "security_group_rule",
            protocolAt: ["protocol"],
            protocol: normaliseProtocol(a.protocol),
            fromPort: port(a.from_port),
            toPort: port(a.to_port),
            portsAt: ["from_port"],
            cidrs: cidrList(a, [], ["cidr_blocks", "ipv6_cidr_blocks"]),
            hasOtherSources: asBool(a.self) === true || present(a.source_security_group_id) || present(a.prefix_list_ids),
          },
        ],
        unknown: [],
      };
    }
    case "aws_vpc_security_group_ingress_rule":
      return {
        rules: [
          {
            resource,
            at: [],
            kind: "vpc_ingress_rule",
            protocolAt: ["ip_protocol"],
            protocol: normaliseProtocol(a.ip_protocol),
            fromPort: port(a.from_port),
            toPort: port(a.to_port),
            portsAt: ["from_port"],
            cidrs: cidrList(a, [], ["cidr_ipv4", "cidr_ipv6"]),
            hasOtherSources: present(a.referenced_security_group_id) || present(a.prefix_list_id),
          },
        ],
        unknown: [],
      };
    default:
      return { rules: [], unknown: [] };
  }
}

export const INGRESS_TYPES = [
  "aws_security_group",
  "aws_default_security_group",
  "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule",
];

/** Every ingress rule in the graph, whatever form it was written in. */
export function ingressRules(graph: ResourceGraph): HeldIngressRules[] {
  return graph.ofType(...INGRESS_TYPES).map(ingressRulesOf);
}

// ---------------------------------------------------------------- parameter groups

export type GroupRef =
  | { kind: "resource"; group: Resource }
  /** No group named: the engine's default parameter group applies. */
  | { kind: "none" }
  /** A `default.*` group: the engine defaults apply. */
  | { kind: "default"; name: string }
  | { kind: "unknown"; reason: Unknown };

/**
 * The parameter group a database resource uses, through `attr`: a reference to a group in the input, or a literal
 * name matching one (`name` attribute), or an AWS `default.*` group, or none. A name that matches nothing in the
 * input is an existing group moat cannot see: unknown.
 */
export function parameterGroupOf(graph: ResourceGraph, resource: Resource, attr: string, groupType: string): GroupRef {
  const linked = graph.targets(resource, attr, groupType)[0];
  if (linked) return { kind: "resource", group: linked };
  const v = resource.attrs[attr];
  if (isUnknown(v)) return { kind: "unknown", reason: v };
  const name = asString(v);
  if (name === undefined || name === "") return { kind: "none" };
  if (name.toLowerCase().startsWith("default.")) return { kind: "default", name };
  const byName = graph.ofType(groupType).find((g) => asString(g.attrs.name) === name);
  if (byName) return { kind: "resource", group: byName };
  return { kind: "unknown", reason: unknown(`parameter group "${name}" is not in the scanned input`) };
}

/**
 * The value a parameter group sets for a parameter (names compare case-insensitively; the last block wins),
 * with the path of its `value` attribute. `undefined` when the group does not set it.
 */
export function parameterValue(group: Resource, name: string): { value: Value; at: AttrPath } | Unknown | undefined {
  const list = blocks(group.attrs.parameter);
  if (isUnknown(list)) return list;
  let found: { value: Value; at: AttrPath } | undefined;
  let unknownName: Unknown | undefined;
  list.forEach((p, i) => {
    if (isUnknown(p.name)) {
      unknownName = p.name;
      return;
    }
    if (asString(p.name)?.toLowerCase() === name.toLowerCase()) found = { value: p.value, at: ["parameter", i, "value"] };
  });
  if (found) return found;
  return unknownName;
}

/**
 * The resources in the input that use a parameter group through `attr` (the inverse of `parameterGroupOf`): those that
 * refer to it, and those that name it by a literal equal to its `name`. `unsure` is true when some resource of those
 * types names its group by a value not known here, so it may use this one too. A group no resource uses is still
 * judged by the TLS rules when it explicitly turns TLS off: platform teams keep shared groups in their own modules.
 */
export function groupUsers(graph: ResourceGraph, group: Resource, attr: string, ...userTypes: string[]): { users: Resource[]; unsure: boolean } {
  const users = new Set(graph.sources(group, attr, ...userTypes));
  const name = asString(group.attrs.name);
  let unsure = false;
  for (const r of graph.ofType(...userTypes)) {
    if (users.has(r) || graph.targets(r, attr).length > 0) continue;
    const v = r.attrs[attr];
    if (isUnknown(v)) unsure = true;
    else if (name !== undefined && asString(v) === name) users.add(r);
  }
  return { users: [...users], unsure };
}

/** How resources of the input name a parameter group: through `attr`, from resources of `types`. */
export interface GroupUse {
  attr: string;
  types: readonly string[];
}

/** What a parameter value means for a TLS check: it turns TLS on, off, or is neither (a value AWS does not document). */
export type Switch = "on" | "off" | undefined;

export interface UnusedGroupSpec {
  /** Every way a resource of the input can use the group (RDS instance groups: instances; cluster groups: clusters). */
  uses: readonly GroupUse[];
  /** The parameter that decides, as AWS names it. */
  parameter: string;
  /** What a written value means; undefined for a value that is neither clearly on nor clearly off. */
  classify: (value: string) => Switch;
  /** The values AWS documents, for the reason of a value that is neither ("0 or 1"). */
  documented: string;
}

/** A finding on a group nothing in the input is known to use: the value that turns TLS off, where it is, and the note. */
export interface UnusedGroupFinding {
  value: string;
  at: AttrPath;
  /**
   * "" when every resource of the using types names its group by a known value; else a parenthesis for the message (it
   * starts with a space) saying that some resource's group is not known here, so it may use this group.
   */
  unsure: string;
}

/**
 * The one judgement of a parameter group that no resource in the input is known to use (MOAT-DOCDB-001, MOAT-NEPTUNE-002,
 * MOAT-REDSHIFT-001, MOAT-RDS-001/002): a group some resource uses is judged through that resource, so undefined here; a
 * group that does not set the parameter is not judged alone (its default depends on whatever uses it); a value that turns
 * TLS on passes; a value that is neither on nor off stops the group's check as not evaluated, with the value and what AWS
 * documents (never a silent pass); a value that turns TLS off is the finding. `unsure` (from `groupUsers`) is carried
 * into the finding, so the message says when some resource's group is not known. Unknowns stop the group's own check.
 */
export function judgeUnusedGroup(ctx: { graph: ResourceGraph }, group: Resource, spec: UnusedGroupSpec): UnusedGroupFinding | undefined {
  let unsure = false;
  for (const use of spec.uses) {
    const found = groupUsers(ctx.graph, group, use.attr, ...use.types);
    if (found.users.length > 0) return undefined;
    unsure ||= found.unsure;
  }
  const set = parameterValue(group, spec.parameter);
  if (isUnknown(set)) notEvaluated(set, ["parameter"], group);
  if (set === undefined) return undefined;
  if (isUnknown(set.value)) notEvaluated(set.value, set.at, group);
  const value = (asString(set.value) ?? "").trim();
  const state = spec.classify(value);
  if (state === undefined) {
    notEvaluated(unknown(`${spec.parameter} = "${value}" is neither on nor off: AWS documents ${spec.documented}`), set.at, group);
  }
  if (state === "on") return undefined;
  const types = [...new Set(spec.uses.flatMap((use) => use.types))].join(" or ");
  return {
    value,
    at: set.at,
    unsure: unsure ? ` (though some ${types} in the input names its group by a value not known here, and may use this one)` : "",
  };
}
