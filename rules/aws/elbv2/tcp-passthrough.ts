/**
 * What a TCP listener carries, decided from its port alone, for classic (`aws_elb` `listener` blocks with
 * `lb_protocol = "tcp"`) and network load balancers (`aws_lb_listener` with `protocol = "TCP"`) alike: the same
 * listener gets the same verdict whichever load balancer it is on. A support module (no `.cases.ts` beside it), shared
 * by MOAT-ELB-001 (TCP on ports where clients speak HTTP) and MOAT-LB-005 (TCP on ports that conventionally carry TLS).
 * Every other port (SSH 22, Puppet's mutual TLS 8140, databases, MQTT) is left alone: the load balancer cannot see
 * whether the protocol encrypts itself, and moat does not guess.
 */
import type { Resource } from "../../../core/model";
import type { Reader } from "../../../core/reader";

export const CLASSIC_LB = "aws_elb";

/** Ports on which clients conventionally speak plain HTTP (MOAT-ELB-001's option `httpPorts`). */
export const DEFAULT_HTTP_PORTS: readonly number[] = [80, 8080];

/** Ports conventionally used for TLS (MOAT-LB-005's option `tlsPorts`). */
export const DEFAULT_TLS_PORTS: readonly number[] = [443, 8443, 636, 993, 995, 465, 5671, 9093];

/** What each default TLS port conventionally carries, so the message says why the port looks like TLS. */
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

export function tlsPortName(port: number): string {
  return TLS_PORT_NAMES[port] ?? "listed in option tlsPorts";
}

/**
 * One TCP listener as both kinds of load balancer write it: the reader of the block (classic) or of the resource
 * (ELBv2), and the names of its protocol and port attributes there.
 */
export interface TcpListener {
  readonly reader: Reader;
  readonly protocolAttr: "lb_protocol" | "protocol";
  readonly portAttr: "lb_port" | "port";
  /** "classic" for an `aws_elb` listener block, "network" for an `aws_lb_listener`. */
  readonly kind: "classic" | "network";
}

/**
 * The listeners of a classic load balancer (each `listener` block) or the one listener an `aws_lb_listener` is. An
 * unknown list of blocks stops the check (core/reader.ts). Read each with `tcpPortOf` inside `ctx.attempt`, so an
 * unknown in one never hides another's finding.
 */
export function listenersOf(resource: Resource, reader: Reader): TcpListener[] {
  if (resource.type === CLASSIC_LB) {
    return reader.blocks("listener").map((block) => ({ reader: block, protocolAttr: "lb_protocol", portAttr: "lb_port", kind: "classic" }));
  }
  return [{ reader, protocolAttr: "protocol", portAttr: "port", kind: "network" }];
}

/**
 * The port of a TCP listener when it is one of `ports`, else `undefined`. The protocol compares case-insensitively
 * (AWS documents TCP, Terraform examples write tcp). An absent protocol is never TCP; a protocol or port not known yet
 * stops the check only when it can matter: a known other protocol, or a known port outside `ports`, decides first.
 */
export function tcpPortOf(listener: TcpListener, ports: readonly number[]): number | undefined {
  const r = listener.reader;
  if (!r.mayBe(listener.protocolAttr, ["TCP"])) return undefined;
  const port = r.number(listener.portAttr);
  if (port === undefined || !ports.includes(port)) return undefined;
  return r.upper(listener.protocolAttr) === "TCP" ? port : undefined;
}
