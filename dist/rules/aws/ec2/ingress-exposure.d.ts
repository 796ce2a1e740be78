/**
 * The one analysis of an ingress rule that MOAT-SG-001, MOAT-SG-002 and MOAT-SG-003 share, so the three agree on
 * what "the internet", "every port" and "a port range" mean:
 *
 * - which CIDR sources a rule has, and whether one of them is the internet (`exposureOf`);
 * - what the rule lets in: all traffic, a TCP/UDP port range, or a protocol without ports (`reachOf`);
 * - when a range counts as "every port" (`coversEveryPort`): MOAT-SG-001 owns such a public rule, so MOAT-SG-002
 *   and MOAT-SG-003 stay silent on it;
 * - port-range arithmetic and wording for messages.
 *
 * Only CIDR sources make a rule public. `self`, security groups and prefix lists are never public, and they never
 * excuse a CIDR written in the same rule.
 */
import { type Cidr } from "../../../core/cidr";
import { type AttrPath, Unknown } from "../../../core/values";
import type { IngressRule } from "../../../core/views";
/** `publicPrefixMax`: the same name, schema and meaning on every rule that decides whether a source is public. */
export declare const PUBLIC_PREFIX_MAX_OPTION: {
    readonly type: "integer";
    readonly minimum: 0;
    readonly maximum: 128;
    readonly default: 0;
    readonly description: string;
};
/** The source of the fact that a VPC's or subnet's IPv4 CIDR is /16 to /28 (see `UnknownFacts.minPrefix`). */
export declare const VPC_CIDR_SIZE_REFERENCE: {
    readonly title: "Amazon EC2 API: CreateVpc (the smallest VPC uses a /28 netmask, the largest a /16)";
    readonly url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpc.html";
};
export interface CidrSource {
    /** The CIDR as written (after variables are resolved), for messages. */
    text: string;
    cidr: Cidr;
    /** The element itself (`["ingress", 0, "cidr_blocks", 1]`) or the single-valued attribute (`["cidr_ipv4"]`). */
    at: AttrPath;
}
interface CidrSources {
    known: CidrSource[];
    /** Values that could not be read as a CIDR: unknown, or not a CIDR at all. */
    unreadable: {
        value: Unknown;
        at: AttrPath;
    }[];
}
/** Every CIDR source of a rule, each with the path of its own list element so a finding points at its line. */
export declare function cidrSourcesOf(rule: IngressRule): CidrSources;
export type Exposure = 
/** At least one CIDR source is the internet. */
{
    kind: "public";
    internet: CidrSource[];
}
/** No CIDR source is the internet, and every one is known (or there is none). */
 | {
    kind: "private";
}
/** No known source is the internet, but one cannot be read. */
 | {
    kind: "unknown";
    value: Unknown;
    at: AttrPath;
};
/**
 * Whether the rule admits the internet. A known internet CIDR decides even when another CIDR of the same rule is
 * unknown: that one can only add sources, never take the internet away.
 */
export declare function exposureOf(rule: IngressRule, publicPrefixMax: number): Exposure;
/**
 * The internet sources of a rule (none when it is private). When that is not known, the check of the rule stops there
 * (core/reader.ts): call it once the rest of the verdict says the exposure matters.
 */
export declare function internetSources(exposure: Exposure, rule: IngressRule): CidrSource[];
/** "0.0.0.0/0", "0.0.0.0/0 and ::/0", "a, b, c and 2 more". */
export declare function describeCidrs(sources: readonly CidrSource[]): string;
export type Transport = "tcp" | "udp";
export type Reach = 
/** Protocol -1/all: every port of every protocol (ports are ignored). */
{
    kind: "all";
    written: string;
}
/** A TCP or UDP port range, closed. */
 | {
    kind: "range";
    protocol: Transport;
    from: number;
    to: number;
}
/** ICMP, ICMPv6 or another protocol number: no ports. */
 | {
    kind: "portless";
    protocol: string;
};
/**
 * What a rule lets in. When the protocol or a port cannot be known, or is not something AWS accepts, the check of the
 * rule stops there (core/reader.ts).
 */
export declare function reachOf(rule: IngressRule): Reach;
/**
 * Every port: protocol all, or a TCP/UDP range from 0 or 1 to 65535. Port 0 is reserved (IANA) and no service can
 * listen on it, so 1-65535 exposes exactly what 0-65535 does.
 */
export declare function coversEveryPort(reach: Reach): boolean;
/** Number of ports a rule opens; Infinity for all traffic, 0 for a protocol without ports. */
export declare function portCount(reach: Reach): number;
/** Where a finding about the rule's ports points: `from_port`, or the protocol for all traffic. */
export declare function portsAt(rule: IngressRule, reach: Reach): AttrPath;
export interface PortRange {
    from: number;
    to: number;
}
/** A port option value: `443` or `"30000-32767"` (ends may be written in either order; clamped to 0-65535). */
export declare function parsePortSpec(spec: number | string): PortRange | undefined;
/** The parts of `range` not covered by any of `holes`, in order. */
export declare function subtractRanges(range: PortRange, holes: readonly PortRange[]): PortRange[];
export declare function intersect(a: PortRange, b: PortRange): PortRange | undefined;
export declare function formatRange(r: PortRange): string;
/** "22", "81-442", "0-79, 81-442, 444-1000", capped so a message stays short. */
export declare function formatRanges(ranges: readonly PortRange[]): string;
export declare function transportName(protocol: Transport): string;
/** "a", "a and b", "a, b and c", or the first `max` and then `rest(n)` ("a, b, c and 4 more"). */
export declare function joinList(items: readonly string[], max: number, rest: (n: number) => string): string;
export {};
