/**
 * How the load balancer listener rules read a listener's protocol and port, for a verdict and for a message. A support
 * module (no `.cases.ts` beside it), shared by MOAT-LB-002…006 and by MOAT-ELB-001 (TCP on ports where clients speak
 * HTTP) and MOAT-LB-005 (TCP on ports that conventionally carry TLS).
 *
 * A TCP listener is judged by what its port carries, for classic (`aws_elb` `listener` blocks with `lb_protocol =
 * "tcp"`) and network load balancers (`aws_lb_listener` with `protocol = "TCP"`) alike: the same listener gets the same
 * verdict whichever load balancer it is on. Every other port (SSH 22, Puppet's mutual TLS 8140, databases, MQTT) is
 * left alone: the load balancer cannot see whether the protocol encrypts itself, and moat does not guess.
 */
import type { Resource, ResourceGraph } from "../../../core/model";
import { type Reader } from "../../../core/reader";
import type { RuleContext } from "../../../core/rule";
export declare const CLASSIC_LB = "aws_elb";
/**
 * The protocols that terminate TLS at the load balancer: HTTPS (ALB) and TLS (NLB). Read the protocol as written
 * (`protocolIn`): unlike `listenerProtocol` (core/views.ts) it never infers HTTP for an absent protocol, and an absent
 * protocol is never HTTPS, TLS or TCP, whatever the load balancer.
 */
export declare const TLS_TERMINATING_PROTOCOLS: readonly string[];
/** Ports on which clients conventionally speak plain HTTP (MOAT-ELB-001's option `httpPorts`). */
export declare const DEFAULT_HTTP_PORTS: readonly number[];
/** Ports conventionally used for TLS (MOAT-LB-005's option `tlsPorts`). */
export declare const DEFAULT_TLS_PORTS: readonly number[];
export declare function tlsPortName(port: number): string;
/** The default TLS ports for a rule's page: "443 (HTTPS), 8443 (alternate HTTPS), …". */
export declare function tlsPortList(): string;
/** The port for a message: `443`, `(unset)`, or `(unknown)` (the reason is not repeated in every message). */
export declare function portText(listener: Reader, attr?: string): string;
/** What `protocolIn` returns, asked not to stop, for a protocol not known yet. */
export declare const NOT_KNOWN: unique symbol;
/**
 * The gate every listener rule opens with. `protocolIn(r, attr, protocols)` is the protocol (trimmed, upper-cased) when
 * it is one of `protocols`, `undefined` when it is absent or another one; one not known yet stops the check. With
 * `{ unless: "unknown" }` it never stops: `NOT_KNOWN` is returned instead, for a rule that first leaves out listeners
 * whose known protocol is another one, reads what else matters, and reads the protocol again (without the flag) only
 * when the verdict depends on it.
 */
export declare function protocolIn(r: Reader, attr: string, protocols: readonly string[]): string | undefined;
export declare function protocolIn(r: Reader, attr: string, protocols: readonly string[], opts: {
    unless: "unknown";
}): string | typeof NOT_KNOWN | undefined;
/**
 * One listener as both kinds of load balancer write it: the reader of the block (classic) or of the resource
 * (ELBv2), and the names of its protocol and port attributes there.
 */
export interface LbListener {
    readonly reader: Reader;
    readonly protocolAttr: "lb_protocol" | "protocol";
    readonly portAttr: "lb_port" | "port";
    /** "classic" for an `aws_elb` listener block, "network" for an `aws_lb_listener`. */
    readonly kind: "classic" | "network";
}
/**
 * Runs `judge` on each listener of a classic load balancer (each `listener` block) or on the one listener an
 * `aws_lb_listener` is, each inside `ctx.attempt`, so an unknown in one never hides another's finding. An unknown list
 * of blocks stops the check (core/reader.ts).
 */
export declare function eachListener(resource: Resource, ctx: Pick<RuleContext<unknown>, "read" | "attempt">, judge: (listener: LbListener, all: readonly LbListener[]) => void): void;
/**
 * The port of a TCP listener when it is one of `ports`, else `undefined`. An absent protocol is never TCP; a protocol
 * or port not known yet stops the check only when it can matter: a known other protocol, or a known port outside
 * `ports`, decides first. Not judged (`undefined`), since the verdict belongs elsewhere:
 * - a listener of a known application load balancer (its protocol cannot be TCP; MOAT-LB-001 judges it);
 * - a network listener whose default action forwards only to target groups with `target_type = "alb"`: "the
 *   Application Load Balancer takes over the load balancing decision as soon as traffic reaches it" (AWS, Application
 *   Load Balancers as targets), and its own listeners are judged by MOAT-LB-001/003/006. A `target_type` not known yet
 *   stops the check; a target group outside the input leaves the listener judged on its port.
 */
export declare function tcpPortOf(listener: LbListener, ports: readonly number[], graph: ResourceGraph): number | undefined;
/**
 * What a listener's load balancer says about it, read without stopping the check (a value not known yet counts as
 * "no"): whether it is internal (`internal = true`; absent is false in the provider), and the port of another listener
 * on it that carries TLS (`carriesTls`), if any. `all` are the listener blocks of a classic load balancer; a network
 * listener's siblings are the listeners of its `aws_lb` in the input (none when it is outside).
 */
export declare function loadBalancerContext(listener: LbListener, all: readonly LbListener[], graph: ResourceGraph, tlsPorts: readonly number[]): {
    internal: boolean;
    tlsPort: string | undefined;
};
