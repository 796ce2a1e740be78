/**
 * Views turn the several shapes a thing can take into one, so a rule reads one shape. They read the graph,
 * never raw input.
 */
import { type Resource, type ResourceGraph } from "./model";
import { type AttrPath, type Value, Unknown } from "./values";
/**
 * Whether two resources may both be created. A resource whose creation is known (every resource of a plan or a
 * Pulumi preview, and of Terraform source with a known `count`/`for_each`) exists, so this is false only when both
 * carry `existenceConditions` that contradict each other: `count = var.x ? 1 : 0` and `count = var.x ? 0 : 1`, or
 * `var.env == "a" ? 1 : 0` and `var.env == "b" ? 1 : 0`. Anything moat cannot compare may coexist.
 */
export declare function mayCoexist(a: Resource, b: Resource): boolean;
/**
 * The candidates that may be created together with every resource of `base` and with each other, in order: the ones
 * a message may list together with `base`. A candidate that contradicts one listed before it is left out.
 */
export declare function coexisting(base: readonly Resource[], candidates: readonly Resource[]): Resource[];
/**
 * Why a check that `other` would satisfy is not evaluated: `other` may not be created (its count or for_each is
 * unknown), so it cannot vouch for anything. Undefined when it is created.
 */
export declare function mayNotBeCreated(other: Resource, what?: string): Unknown | undefined;
/**
 * A pass that rests on `other` (a parameter group, a certificate): when `other` may not be created it cannot vouch,
 * so the check of `resource` stops, not evaluated, located at `at`.
 */
export declare function requireCreated(other: Resource | undefined, what: string, at: AttrPath, resource: Resource): void;
export type LbKind = "application" | "network" | "gateway";
/** `load_balancer_type` of an `aws_lb`; absent means "application" (provider default). */
export declare function lbKind(lb: Resource): LbKind | Unknown;
/**
 * The kind an Elastic Load Balancing v2 ARN names: `arn:<partition>:elasticloadbalancing:<region>:<account>:
 * loadbalancer/app/<name>/<id>` is an application load balancer, `…/net/…` a network one and `…/gwy/…` a gateway
 * one (AWS's ARN formats for Elastic Load Balancing). A classic load balancer's ARN (`loadbalancer/<name>`) and
 * anything else give undefined.
 */
export declare function lbKindOfArn(v: Value): LbKind | undefined;
/** The load balancer a listener belongs to, through `load_balancer_arn`. */
export declare function loadBalancerOf(graph: ResourceGraph, listener: Resource): Resource | undefined;
/**
 * The listeners of a load balancer, the rules and certificates of a listener: those that can exist together with it
 * (`mayCoexist`), since one whose count excludes it never serves it.
 */
export declare function listenersOf(graph: ResourceGraph, lb: Resource): Resource[];
export declare function listenerRulesOf(graph: ResourceGraph, listener: Resource): Resource[];
export declare function listenerCertificatesOf(graph: ResourceGraph, listener: Resource): Resource[];
/**
 * The listener's protocol, upper-cased. Absent: HTTP on an application load balancer (the provider default);
 * on a network or gateway load balancer, or when the load balancer is not in the input, it cannot be known.
 */
export declare function listenerProtocol(graph: ResourceGraph, listener: Resource): string | Unknown;
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
    cidrs: {
        value: Value;
        at: AttrPath;
    }[];
    /** Non-CIDR sources (self, security groups, prefix lists): never public, but they do not excuse a CIDR. */
    hasOtherSources: boolean;
}
export declare function normaliseProtocol(v: Value): string | Unknown;
/** The ingress rules one resource holds, and the parts of it that cannot be known (each with where it is written). */
export interface HeldIngressRules {
    rules: IngressRule[];
    unknown: {
        value: Unknown;
        at: AttrPath;
    }[];
}
/**
 * Ingress rules held by one resource: inline `ingress` blocks of a security group, or the rule resource itself. An
 * unknown block (or a whole unknown list) is listed in `unknown`; the known blocks beside it are still judged.
 */
export declare function ingressRulesOf(resource: Resource): HeldIngressRules;
export declare const INGRESS_TYPES: string[];
/** Every ingress rule in the graph, whatever form it was written in. */
export declare function ingressRules(graph: ResourceGraph): HeldIngressRules[];
export type GroupRef = {
    kind: "resource";
    group: Resource;
}
/** No group named: the engine's default parameter group applies. */
 | {
    kind: "none";
}
/** A `default.*` group: the engine defaults apply. */
 | {
    kind: "default";
    name: string;
} | {
    kind: "unknown";
    reason: Unknown;
};
/**
 * The parameter group a database resource uses, through `attr`: a reference to a group in the input, or a literal
 * name matching one (`name` attribute), or an AWS `default.*` group, or none. A name that matches nothing in the
 * input is an existing group moat cannot see: unknown.
 */
export declare function parameterGroupOf(graph: ResourceGraph, resource: Resource, attr: string, groupType: string): GroupRef;
/**
 * The value a parameter group sets for a parameter (names compare case-insensitively; the last block wins),
 * with the path of its `value` attribute. `undefined` when the group does not set it.
 */
export declare function parameterValue(group: Resource, name: string): {
    value: Value;
    at: AttrPath;
} | Unknown | undefined;
/**
 * The resources in the input that use a parameter group through `attr` (the inverse of `parameterGroupOf`): those that
 * refer to it, and those that name it by a literal equal to its `name`. `unsure` is true when some resource of those
 * types names its group by a value not known here, so it may use this one too. A group no resource uses is still
 * judged by the TLS rules when it explicitly turns TLS off: platform teams keep shared groups in their own modules.
 */
export declare function groupUsers(graph: ResourceGraph, group: Resource, attr: string, ...userTypes: string[]): {
    users: Resource[];
    unsure: boolean;
};
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
export declare function judgeUnusedGroup(ctx: {
    graph: ResourceGraph;
}, group: Resource, spec: UnusedGroupSpec): UnusedGroupFinding | undefined;
