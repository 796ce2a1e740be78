/**
 * How the ELBv2 listener rules read a listener's protocol and port for a verdict and for a message. A support module
 * (no `.cases.ts` beside it), shared by MOAT-LB-002…005.
 */
import type { Reader } from "../../../core/reader";

/**
 * The protocols that terminate TLS at the load balancer: HTTPS (ALB) and TLS (NLB). Read the protocol as written
 * (`Reader.upper("protocol")`): unlike `listenerProtocol` (core/views.ts) it never infers HTTP for an absent protocol,
 * and an absent protocol is never HTTPS, TLS or TCP, whatever the load balancer.
 */
export const TLS_TERMINATING_PROTOCOLS: readonly string[] = ["HTTPS", "TLS"];

/** The port for a message: `443`, `(unset)`, or `(unknown)` (the reason is not repeated in every message). */
export function portText(listener: Reader): string {
  return listener.stringOr("port", "(unknown)") ?? "(unset)";
}
