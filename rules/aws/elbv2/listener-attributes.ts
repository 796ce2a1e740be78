/**
 * How the ELBv2 listener rules read a listener's protocol and port for a verdict and for a message. A support module
 * (no `.cases.ts` beside it), shared by MOAT-LB-002…005.
 */
import type { Resource } from "../../../core/model";
import { type Unknown, asString, isUnknown } from "../../../core/values";

/**
 * The protocol as written, upper-cased; `undefined` when absent. Unlike `listenerProtocol` (core/views.ts) it never
 * infers HTTP for an absent protocol: an absent protocol is never HTTPS, TLS or TCP, whatever the load balancer.
 */
export function writtenProtocol(listener: Resource): string | Unknown | undefined {
  const v = listener.attrs.protocol;
  if (isUnknown(v)) return v;
  return asString(v)?.toUpperCase();
}

/** The listener protocols that terminate TLS at the load balancer: HTTPS (ALB) and TLS (NLB). */
export const TLS_TERMINATING_PROTOCOLS: readonly string[] = ["HTTPS", "TLS"];

/** The port for a message: `443`, `(unset)`, or `(unknown)` (the reason is not repeated in every message). */
export function portText(listener: Resource): string {
  const v = listener.attrs.port;
  if (isUnknown(v)) return "(unknown)";
  return asString(v) ?? "(unset)";
}
