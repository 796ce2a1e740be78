/**
 * How a classic load balancer's HTTPS/SSL listener gets its SSL negotiation policy, read from the graph.
 *
 * Terraform (and Pulumi, bridged from it) attaches a negotiation policy to a listener port in two ways:
 * - `aws_lb_ssl_negotiation_policy`: the policy and its attachment in one resource (`load_balancer`, `lb_port`);
 * - `aws_load_balancer_policy` (`policy_type_name = "SSLNegotiationPolicyType"`) attached by
 *   `aws_load_balancer_listener_policy` (`load_balancer_name`, `load_balancer_port`, `policy_names`).
 * Both name their load balancer either by a reference (an edge in the graph) or by a literal name, so both are matched.
 */
import type { Resource, ResourceGraph } from "../../../core/model";
import { type Reader } from "../../../core/reader";
import { type AttrPath, type Unknown } from "../../../core/values";
import { type TlsVersion } from "../elbv2/tls-policies";
export declare const ELB_TYPE = "aws_elb";
export declare const SSL_NEGOTIATION_POLICY = "aws_lb_ssl_negotiation_policy";
export declare const LOAD_BALANCER_POLICY = "aws_load_balancer_policy";
export declare const LISTENER_POLICY = "aws_load_balancer_listener_policy";
export declare function isPredefinedName(name: string): boolean;
/**
 * Does `resource` name this load balancer through `attr`? A reference is an edge; a literal must equal the load
 * balancer's `name`. When either side cannot be known, the read stops (core/reader.ts): run it inside a `Doubt`.
 */
export declare function namesLoadBalancer(graph: ResourceGraph, resource: Resource, attr: string, elb: Resource): boolean;
/** Is this `aws_load_balancer_policy` an SSL negotiation policy? Stops the check when its type is not known. */
export declare function isNegotiationPolicy(policy: Resource): boolean;
/**
 * Whether the input attaches a negotiation policy to this load balancer port: "attached", or "none" (the default
 * applies). Policies themselves are judged where they are written. When it cannot be told, the check of the load
 * balancer stops, located at `at` (its listener).
 */
export declare function listenerNegotiation(graph: ResourceGraph, elb: Resource, port: number, at: AttrPath): "attached" | "none";
export type PolicyProblem = {
    kind: "weakProtocol";
    attribute: string;
    version: string;
    at: AttrPath;
} | {
    kind: "weakReference";
    reference: string;
    oldest: TlsVersion;
    at: AttrPath;
} | {
    kind: "weakCipher";
    cipher: string;
    weaknesses: string;
    at: AttrPath;
};
export declare function cipherWeaknesses(name: string): string[];
/** The attribute block of a negotiation policy resource (`attribute` or `policy_attribute`). */
export declare function attributeBlockOf(policy: Resource): string;
/**
 * A predefined policy as moat knows it: the oldest protocol it allows, or why that cannot be told. Only policies
 * that AWS lists for classic load balancers count.
 */
export declare function predefinedOldest(name: string): TlsVersion | Unknown;
/**
 * The weak setting of one attribute block of a negotiation policy, if any: a protocol attribute enabled below `min`, a
 * weak cipher enabled (`cipherWeaknesses`), or a Reference-Security-Policy whose oldest protocol is below `min`.
 * Protocols and ciphers the policy does not name are not enabled (AWS: a custom policy enables those it lists). Read the blocks with `attributeBlockOf`, one
 * block at a time (`ctx.attempt`): an unknown in one block never hides a weak setting in another.
 */
export declare function attributeProblem(attr: Reader, min: TlsVersion): PolicyProblem | undefined;
/** "TLSv1.0" → "TLS 1.0"; "SSLv3" → "SSL 3.0": how a person writes it. */
export declare function displayVersion(v: string): string;
