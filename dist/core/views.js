"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INGRESS_TYPES = void 0;
exports.mayCoexist = mayCoexist;
exports.coexisting = coexisting;
exports.mayNotBeCreated = mayNotBeCreated;
exports.requireCreated = requireCreated;
exports.lbKind = lbKind;
exports.lbKindOfArn = lbKindOfArn;
exports.loadBalancerOf = loadBalancerOf;
exports.listenersOf = listenersOf;
exports.listenerRulesOf = listenerRulesOf;
exports.listenerCertificatesOf = listenerCertificatesOf;
exports.listenerProtocol = listenerProtocol;
exports.normaliseProtocol = normaliseProtocol;
exports.ingressRulesOf = ingressRulesOf;
exports.ingressRules = ingressRules;
exports.parameterGroupOf = parameterGroupOf;
exports.parameterValue = parameterValue;
exports.groupUsers = groupUsers;
exports.judgeUnusedGroup = judgeUnusedGroup;
/**
 * Views turn the several shapes a thing can take into one, so a rule reads one shape. They read the graph,
 * never raw input.
 */
const model_1 = require("./model");
const reader_1 = require("./reader");
const values_1 = require("./values");
// ---------------------------------------------------------------- existence
/**
 * Whether two resources may both be created. A resource whose creation is known (every resource of a plan or a
 * Pulumi preview, and of Terraform source with a known `count`/`for_each`) exists, so this is false only when both
 * carry `existenceConditions` that contradict each other: `count = var.x ? 1 : 0` and `count = var.x ? 0 : 1`, or
 * `var.env == "a" ? 1 : 0` and `var.env == "b" ? 1 : 0`. Anything moat cannot compare may coexist.
 */
function mayCoexist(a, b) {
    if (a === b)
        return true;
    for (const x of a.existenceConditions ?? []) {
        for (const y of b.existenceConditions ?? [])
            if (contradicts(x, y))
                return false;
    }
    return true;
}
function contradicts(x, y) {
    if (x.subject !== y.subject)
        return false;
    // The same comparison required both ways; or one value required to equal two different values.
    return x.value === y.value ? x.holds !== y.holds : x.holds && y.holds;
}
/**
 * The candidates that may be created together with every resource of `base` and with each other, in order: the ones
 * a message may list together with `base`. A candidate that contradicts one listed before it is left out.
 */
function coexisting(base, candidates) {
    const chosen = [];
    for (const c of candidates) {
        if (base.every((b) => mayCoexist(b, c)) && chosen.every((o) => mayCoexist(o, c)))
            chosen.push(c);
    }
    return chosen;
}
/**
 * Why a check that `other` would satisfy is not evaluated: `other` may not be created (its count or for_each is
 * unknown), so it cannot vouch for anything. Undefined when it is created.
 */
function mayNotBeCreated(other, what = "") {
    return other.existence ? (0, values_1.unknown)(`${what}${(0, model_1.labelOf)(other)} may not be created: ${other.existence.reason}`) : undefined;
}
/**
 * A pass that rests on `other` (a parameter group, a certificate): when `other` may not be created it cannot vouch,
 * so the check of `resource` stops, not evaluated, located at `at`.
 */
function requireCreated(other, what, at, resource) {
    const notCreated = other && mayNotBeCreated(other, what);
    if (notCreated)
        (0, reader_1.notEvaluated)(notCreated, at, resource);
}
/** `load_balancer_type` of an `aws_lb`; absent means "application" (provider default). */
function lbKind(lb) {
    const v = lb.attrs.load_balancer_type;
    if ((0, values_1.isUnknown)(v))
        return v;
    const s = (0, values_1.asString)(v)?.toLowerCase();
    if (s === undefined)
        return "application";
    if (s === "application" || s === "network" || s === "gateway")
        return s;
    return (0, values_1.unknown)(`load_balancer_type "${s}" is not one moat knows`);
}
/**
 * The kind an Elastic Load Balancing v2 ARN names: `arn:<partition>:elasticloadbalancing:<region>:<account>:
 * loadbalancer/app/<name>/<id>` is an application load balancer, `…/net/…` a network one and `…/gwy/…` a gateway
 * one (AWS's ARN formats for Elastic Load Balancing). A classic load balancer's ARN (`loadbalancer/<name>`) and
 * anything else give undefined.
 */
function lbKindOfArn(v) {
    const s = typeof v === "string" ? v : undefined;
    const m = s === undefined ? null : /^arn:[a-z0-9-]+:elasticloadbalancing:[^:]*:[^:]*:loadbalancer\/(app|net|gwy)\/[^/]+\/[^/]+$/.exec(s);
    if (!m)
        return undefined;
    return m[1] === "app" ? "application" : m[1] === "net" ? "network" : "gateway";
}
/** The load balancer a listener belongs to, through `load_balancer_arn`. */
function loadBalancerOf(graph, listener) {
    return graph.targets(listener, "load_balancer_arn", "aws_lb")[0];
}
/**
 * The listeners of a load balancer, the rules and certificates of a listener: those that can exist together with it
 * (`mayCoexist`), since one whose count excludes it never serves it.
 */
function listenersOf(graph, lb) {
    return graph.sources(lb, "load_balancer_arn", "aws_lb_listener").filter((l) => mayCoexist(lb, l));
}
function listenerRulesOf(graph, listener) {
    return graph.sources(listener, "listener_arn", "aws_lb_listener_rule").filter((r) => mayCoexist(listener, r));
}
function listenerCertificatesOf(graph, listener) {
    return graph.sources(listener, "listener_arn", "aws_lb_listener_certificate").filter((c) => mayCoexist(listener, c));
}
/**
 * The listener's protocol, upper-cased. Absent: HTTP on an application load balancer (the provider default);
 * on a network or gateway load balancer, or when the load balancer is not in the input, it cannot be known.
 */
function listenerProtocol(graph, listener) {
    const v = listener.attrs.protocol;
    if ((0, values_1.isUnknown)(v))
        return v;
    const s = (0, values_1.asString)(v);
    if (s !== undefined)
        return s.toUpperCase();
    const lb = loadBalancerOf(graph, listener);
    // A load balancer outside the scanned input may still be named by a literal ARN, which tells its kind.
    const kind = lb ? lbKind(lb) : lbKindOfArn(listener.attrs.load_balancer_arn);
    if (kind === undefined)
        return (0, values_1.unknown)("protocol is absent and the listener's load balancer is not in the scanned input");
    if ((0, values_1.isUnknown)(kind))
        return kind;
    return kind === "application" ? "HTTP" : (0, values_1.unknown)(`protocol is absent on a ${kind} load balancer listener`);
}
const PROTOCOL_NUMBERS = { "-1": "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };
function normaliseProtocol(v) {
    if ((0, values_1.isUnknown)(v))
        return v;
    const s = (0, values_1.asString)(v)?.trim().toLowerCase();
    if (s === undefined || s === "")
        return (0, values_1.unknown)("protocol is not set");
    if (s === "all")
        return "all";
    return PROTOCOL_NUMBERS[s] ?? s;
}
function port(v) {
    if ((0, values_1.isUnknown)(v))
        return v;
    return (0, values_1.asNumber)(v);
}
function cidrList(attrs, at, names) {
    const out = [];
    for (const name of names) {
        const list = (0, values_1.asList)(attrs[name]);
        if ((0, values_1.isUnknown)(list))
            out.push({ value: list, at: [...at, name] });
        else
            for (const value of list)
                out.push({ value, at: [...at, name] });
    }
    return out;
}
function present(v) {
    if (v === undefined || v === null || v === false)
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    if (typeof v === "string")
        return v !== "";
    return true;
}
/**
 * Ingress rules held by one resource: inline `ingress` blocks of a security group, or the rule resource itself. An
 * unknown block (or a whole unknown list) is listed in `unknown`; the known blocks beside it are still judged.
 */
function ingressRulesOf(resource) {
    const a = resource.attrs;
    switch (resource.type) {
        case "aws_security_group":
        case "aws_default_security_group": {
            const entries = (0, values_1.blockEntries)(a.ingress);
            return {
                rules: entries.known.map(({ block: b, index: i }) => {
                    const at = ["ingress", i];
                    return {
                        resource,
                        at,
                        kind: "inline",
                        protocolAt: [...at, "protocol"],
                        protocol: normaliseProtocol(b.protocol),
                        fromPort: port(b.from_port),
                        toPort: port(b.to_port),
                        portsAt: [...at, "from_port"],
                        cidrs: cidrList(b, at, ["cidr_blocks", "ipv6_cidr_blocks"]),
                        hasOtherSources: (0, values_1.asBool)(b.self) === true || present(b.security_groups) || present(b.prefix_list_ids),
                    };
                }),
                unknown: entries.unknown.map((u) => ({ value: u.value, at: u.index === undefined ? ["ingress"] : ["ingress", u.index] })),
            };
        }
        case "aws_security_group_rule": {
            const type = a.type;
            if ((0, values_1.isUnknown)(type))
                return { rules: [], unknown: [{ value: type, at: ["type"] }] };
            if ((0, values_1.asString)(type)?.toLowerCase() !== "ingress")
                return { rules: [], unknown: [] };
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
                        hasOtherSources: (0, values_1.asBool)(a.self) === true || present(a.source_security_group_id) || present(a.prefix_list_ids),
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
exports.INGRESS_TYPES = [
    "aws_security_group",
    "aws_default_security_group",
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
];
/** Every ingress rule in the graph, whatever form it was written in. */
function ingressRules(graph) {
    return graph.ofType(...exports.INGRESS_TYPES).map(ingressRulesOf);
}
/**
 * The parameter group a database resource uses, through `attr`: a reference to a group in the input, or a literal
 * name matching one (`name` attribute), or an AWS `default.*` group, or none. A name that matches nothing in the
 * input is an existing group moat cannot see: unknown.
 */
function parameterGroupOf(graph, resource, attr, groupType) {
    const linked = graph.targets(resource, attr, groupType)[0];
    if (linked)
        return { kind: "resource", group: linked };
    const v = resource.attrs[attr];
    if ((0, values_1.isUnknown)(v))
        return { kind: "unknown", reason: v };
    const name = (0, values_1.asString)(v);
    if (name === undefined || name === "")
        return { kind: "none" };
    if (name.toLowerCase().startsWith("default."))
        return { kind: "default", name };
    const byName = graph.ofType(groupType).find((g) => (0, values_1.asString)(g.attrs.name) === name);
    if (byName)
        return { kind: "resource", group: byName };
    return { kind: "unknown", reason: (0, values_1.unknown)(`parameter group "${name}" is not in the scanned input`) };
}
/**
 * The value a parameter group sets for a parameter (names compare case-insensitively; the last block wins),
 * with the path of its `value` attribute. `undefined` when the group does not set it.
 */
function parameterValue(group, name) {
    const list = (0, values_1.blocks)(group.attrs.parameter);
    if ((0, values_1.isUnknown)(list))
        return list;
    let found;
    let unknownName;
    list.forEach((p, i) => {
        if ((0, values_1.isUnknown)(p.name)) {
            unknownName = p.name;
            return;
        }
        if ((0, values_1.asString)(p.name)?.toLowerCase() === name.toLowerCase())
            found = { value: p.value, at: ["parameter", i, "value"] };
    });
    if (found)
        return found;
    return unknownName;
}
/**
 * The resources in the input that use a parameter group through `attr` (the inverse of `parameterGroupOf`): those that
 * refer to it, and those that name it by a literal equal to its `name`. `unsure` is true when some resource of those
 * types names its group by a value not known here, so it may use this one too. A group no resource uses is still
 * judged by the TLS rules when it explicitly turns TLS off: platform teams keep shared groups in their own modules.
 */
function groupUsers(graph, group, attr, ...userTypes) {
    const users = new Set(graph.sources(group, attr, ...userTypes));
    const name = (0, values_1.asString)(group.attrs.name);
    let unsure = false;
    for (const r of graph.ofType(...userTypes)) {
        if (users.has(r) || graph.targets(r, attr).length > 0)
            continue;
        const v = r.attrs[attr];
        if ((0, values_1.isUnknown)(v))
            unsure = true;
        else if (name !== undefined && (0, values_1.asString)(v) === name)
            users.add(r);
    }
    return { users: [...users], unsure };
}
/**
 * The one judgement of a parameter group that no resource in the input is known to use (MOAT-DOCDB-001, MOAT-NEPTUNE-002,
 * MOAT-REDSHIFT-001, MOAT-RDS-001/002): a group some resource uses is judged through that resource, so undefined here; a
 * group that does not set the parameter is not judged alone (its default depends on whatever uses it); a value that turns
 * TLS on passes; a value that is neither on nor off stops the group's check as not evaluated, with the value and what AWS
 * documents (never a silent pass); a value that turns TLS off is the finding. `unsure` (from `groupUsers`) is carried
 * into the finding, so the message says when some resource's group is not known. Unknowns stop the group's own check.
 */
function judgeUnusedGroup(ctx, group, spec) {
    let unsure = false;
    for (const use of spec.uses) {
        const found = groupUsers(ctx.graph, group, use.attr, ...use.types);
        if (found.users.length > 0)
            return undefined;
        unsure ||= found.unsure;
    }
    const set = parameterValue(group, spec.parameter);
    if ((0, values_1.isUnknown)(set))
        (0, reader_1.notEvaluated)(set, ["parameter"], group);
    if (set === undefined)
        return undefined;
    if ((0, values_1.isUnknown)(set.value))
        (0, reader_1.notEvaluated)(set.value, set.at, group);
    const value = ((0, values_1.asString)(set.value) ?? "").trim();
    const state = spec.classify(value);
    if (state === undefined) {
        (0, reader_1.notEvaluated)((0, values_1.unknown)(`${spec.parameter} = "${value}" is neither on nor off: AWS documents ${spec.documented}`), set.at, group);
    }
    if (state === "on")
        return undefined;
    const types = [...new Set(spec.uses.flatMap((use) => use.types))].join(" or ");
    return {
        value,
        at: set.at,
        unsure: unsure ? ` (though some ${types} in the input names its group by a value not known here, and may use this one)` : "",
    };
}
