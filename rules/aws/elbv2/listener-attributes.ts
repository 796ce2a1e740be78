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
import { type Reader, read } from "../../../core/reader";
import type { RuleContext } from "../../../core/rule";
import { type Value, asBool, asNumber, asString, isUnknown } from "../../../core/values";
import { lbKind, listenersOf, loadBalancerOf } from "../../../core/views";

export const CLASSIC_LB = "aws_elb";

/**
 * The protocols that terminate TLS at the load balancer: HTTPS (ALB) and TLS (NLB). Read the protocol as written
 * (`protocolIn`): unlike `listenerProtocol` (core/views.ts) it never infers HTTP for an absent protocol, and an absent
 * protocol is never HTTPS, TLS or TCP, whatever the load balancer.
 */
export const TLS_TERMINATING_PROTOCOLS: readonly string[] = ["HTTPS", "TLS"];

/** Ports on which clients conventionally speak plain HTTP (MOAT-ELB-001's option `httpPorts`). */
export const DEFAULT_HTTP_PORTS: readonly number[] = [80, 8080];

/** What each port conventionally used for TLS carries (MOAT-LB-005's option `tlsPorts`), so a message says why. */
const TLS_PORT_NAMES: Readonly<Record<number, string>> = {
  443: "HTTPS",
  8443: "alternate HTTPS",
  636: "LDAPS",
  993: "IMAPS",
  995: "POP3S",
  465: "SMTPS",
  5671: "AMQPS",
  9093: "Kafka over TLS",
};

/** Ports conventionally used for TLS (MOAT-LB-005's option `tlsPorts`). */
export const DEFAULT_TLS_PORTS: readonly number[] = [443, 8443, 636, 993, 995, 465, 5671, 9093];

export function tlsPortName(port: number): string {
  return TLS_PORT_NAMES[port] ?? "listed in option tlsPorts";
}

/** The default TLS ports for a rule's page: "443 (HTTPS), 8443 (alternate HTTPS), …". */
export function tlsPortList(): string {
  return DEFAULT_TLS_PORTS.map((p) => `${p} (${TLS_PORT_NAMES[p]})`).join(", ");
}

/** The port for a message: `443`, `(unset)`, or `(unknown)` (the reason is not repeated in every message). */
export function portText(listener: Reader, attr = "port"): string {
  return listener.stringOr(attr, "(unknown)") ?? "(unset)";
}

/** A protocol as compared: trimmed and upper-cased (AWS documents TCP, Terraform examples write tcp). */
function normalised(v: Value): string | undefined {
  return asString(v)?.trim().toUpperCase();
}

/** What `protocolIn` returns, asked not to stop, for a protocol not known yet. */
export const NOT_KNOWN: unique symbol = Symbol("protocol not known yet");

/**
 * The gate every listener rule opens with. `protocolIn(r, attr, protocols)` is the protocol (trimmed, upper-cased) when
 * it is one of `protocols`, `undefined` when it is absent or another one; one not known yet stops the check. With
 * `{ unless: "unknown" }` it never stops: `NOT_KNOWN` is returned instead, for a rule that first leaves out listeners
 * whose known protocol is another one, reads what else matters, and reads the protocol again (without the flag) only
 * when the verdict depends on it.
 */
export function protocolIn(r: Reader, attr: string, protocols: readonly string[]): string | undefined;
export function protocolIn(r: Reader, attr: string, protocols: readonly string[], opts: { unless: "unknown" }): string | typeof NOT_KNOWN | undefined;
export function protocolIn(r: Reader, attr: string, protocols: readonly string[], opts?: { unless: "unknown" }): string | typeof NOT_KNOWN | undefined {
  const raw = opts ? r.maybe(attr) : r.value(attr);
  if (isUnknown(raw)) return NOT_KNOWN;
  const p = normalised(raw);
  return p !== undefined && protocols.includes(p) ? p : undefined;
}

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

function classicBlock(block: Reader): LbListener {
  return { reader: block, protocolAttr: "lb_protocol", portAttr: "lb_port", kind: "classic" };
}

function elbv2Listener(reader: Reader): LbListener {
  return { reader, protocolAttr: "protocol", portAttr: "port", kind: "network" };
}

/**
 * Runs `judge` on each listener of a classic load balancer (each `listener` block) or on the one listener an
 * `aws_lb_listener` is, each inside `ctx.attempt`, so an unknown in one never hides another's finding. An unknown list
 * of blocks stops the check (core/reader.ts).
 */
export function eachListener(
  resource: Resource,
  ctx: Pick<RuleContext<unknown>, "read" | "attempt">,
  judge: (listener: LbListener, all: readonly LbListener[]) => void,
): void {
  const r = ctx.read(resource);
  const listeners = resource.type === CLASSIC_LB ? r.blocks("listener").map(classicBlock) : [elbv2Listener(r)];
  for (const listener of listeners) ctx.attempt(() => judge(listener, listeners));
}

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
export function tcpPortOf(listener: LbListener, ports: readonly number[], graph: ResourceGraph): number | undefined {
  const r = listener.reader;
  if (protocolIn(r, listener.protocolAttr, ["TCP"], { unless: "unknown" }) === undefined) return undefined;
  if (listener.kind === "network") {
    const lb = loadBalancerOf(graph, r.resource);
    if (lb && lbKind(lb) === "application") return undefined;
  }
  const port = r.number(listener.portAttr);
  if (port === undefined || !ports.includes(port)) return undefined;
  if (protocolIn(r, listener.protocolAttr, ["TCP"]) === undefined) return undefined;
  if (listener.kind === "network" && forwardsOnlyToAlb(graph, r)) return undefined;
  return port;
}

/** Whether the listener's default action forwards to target groups in the input that are all application load balancers. */
function forwardsOnlyToAlb(graph: ResourceGraph, listener: Reader): boolean {
  const groups = graph.targets(listener.resource, "default_action", "aws_lb_target_group", "aws_alb_target_group");
  if (groups.length === 0) return false;
  // aws_lb_target_group.target_type: Optional, ForceNew, Default "instance" (Terraform AWS provider).
  const types = groups.map((g) => normalised(read(g).onBehalfOf(listener.resource, listener.at("default_action")).value("target_type")) ?? "INSTANCE");
  return types.every((t) => t === "ALB");
}

/** Whether a listener carries TLS, read without stopping the check: HTTPS, TLS or SSL, or TCP on a `tlsPorts` port. */
function carriesTls(listener: LbListener, tlsPorts: readonly number[]): boolean {
  const r = listener.reader;
  const protocol = normalised(r.maybe(listener.protocolAttr));
  if (protocol === "HTTPS" || protocol === "TLS" || protocol === "SSL") return true;
  const port = asNumber(r.maybe(listener.portAttr));
  return protocol === "TCP" && port !== undefined && tlsPorts.includes(port);
}

/**
 * What a listener's load balancer says about it, read without stopping the check (a value not known yet counts as
 * "no"): whether it is internal (`internal = true`; absent is false in the provider), and the port of another listener
 * on it that carries TLS (`carriesTls`), if any. `all` are the listener blocks of a classic load balancer; a network
 * listener's siblings are the listeners of its `aws_lb` in the input (none when it is outside).
 */
export function loadBalancerContext(
  listener: LbListener,
  all: readonly LbListener[],
  graph: ResourceGraph,
  tlsPorts: readonly number[],
): { internal: boolean; tlsPort: string | undefined } {
  const resource = listener.reader.resource;
  const lb = listener.kind === "classic" ? resource : loadBalancerOf(graph, resource);
  const siblings =
    listener.kind === "classic"
      ? all.filter((l) => l !== listener)
      : lb
        ? listenersOf(graph, lb).filter((l) => l !== resource).map((l) => elbv2Listener(read(l)))
        : [];
  const tls = siblings.find((l) => carriesTls(l, tlsPorts));
  return {
    internal: lb !== undefined && asBool(read(lb).maybe("internal")) === true,
    tlsPort: tls ? portText(tls.reader, tls.portAttr) : undefined,
  };
}
