"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VPC_CIDR_SIZE_REFERENCE = exports.PUBLIC_PREFIX_MAX_OPTION = void 0;
exports.cidrSourcesOf = cidrSourcesOf;
exports.exposureOf = exposureOf;
exports.internetSources = internetSources;
exports.describeCidrs = describeCidrs;
exports.reachOf = reachOf;
exports.coversEveryPort = coversEveryPort;
exports.portCount = portCount;
exports.portsAt = portsAt;
exports.parsePortSpec = parsePortSpec;
exports.subtractRanges = subtractRanges;
exports.intersect = intersect;
exports.formatRange = formatRange;
exports.formatRanges = formatRanges;
exports.transportName = transportName;
exports.joinList = joinList;
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
const cidr_1 = require("../../../core/cidr");
const reader_1 = require("../../../core/reader");
const values_1 = require("../../../core/values");
// ---------------------------------------------------------------- options shared by the three rules
/** `publicPrefixMax`: the same name, schema and meaning on every rule that decides whether a source is public. */
exports.PUBLIC_PREFIX_MAX_OPTION = {
    type: "integer",
    minimum: 0,
    maximum: 128,
    default: 0,
    description: "Widens \"the internet\": besides every /0, a CIDR whose prefix length is at most this number and that holds public " +
        "(non-RFC 1918, non-ULA) addresses counts as the internet. 0 means only a /0 (0.0.0.0/0, ::/0, however written). " +
        "Give MOAT-SG-001, MOAT-SG-002 and MOAT-SG-003 the same value. A VPC's or subnet's IPv4 CIDR that is not known " +
        "before apply (allocated by IPAM, or read from a data source) is /16 to /28, so it counts as the internet only when " +
        "this is 16 or more.",
};
/** The source of the fact that a VPC's or subnet's IPv4 CIDR is /16 to /28 (see `UnknownFacts.minPrefix`). */
exports.VPC_CIDR_SIZE_REFERENCE = {
    title: "Amazon EC2 API: CreateVpc (the smallest VPC uses a /28 netmask, the largest a /16)",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpc.html",
};
/** Every CIDR source of a rule, each with the path of its own list element so a finding points at its line. */
function cidrSourcesOf(rule) {
    const known = [];
    const unreadable = [];
    const seen = new Map();
    for (const { value, at: attrAt } of rule.cidrs) {
        const key = attrAt.join("\u0000");
        const index = seen.get(key) ?? 0;
        seen.set(key, index + 1);
        const raw = (0, values_1.get)(rule.resource.attrs, attrAt);
        const at = Array.isArray(raw) ? [...attrAt, index] : attrAt;
        if ((0, values_1.isUnknown)(value)) {
            unreadable.push({ value, at });
            continue;
        }
        const text = (0, values_1.asString)(value)?.trim();
        if (text === undefined || text === "")
            continue; // null or empty: no source
        const cidr = (0, cidr_1.parseCidr)(text);
        if (cidr)
            known.push({ text, cidr, at });
        else {
            const attr = String(attrAt[attrAt.length - 1]);
            unreadable.push({ value: (0, values_1.unknown)(`${attr} value "${text}" is not a CIDR (AWS rejects it)`), at });
        }
    }
    return { known, unreadable };
}
/**
 * Whether the rule admits the internet. A known internet CIDR decides even when another CIDR of the same rule is
 * unknown: that one can only add sources, never take the internet away.
 */
function exposureOf(rule, publicPrefixMax) {
    const { known, unreadable } = cidrSourcesOf(rule);
    const internet = known.filter((s) => (0, cidr_1.isInternet)(s.cidr, publicPrefixMax));
    if (internet.length > 0)
        return { kind: "public", internet };
    // A VPC's or subnet's CIDR is unknown before apply, but never wider than /16: not the internet unless the option
    // widens "the internet" to such prefixes.
    const open = unreadable.filter((u) => !(u.value.facts.minPrefix !== undefined && u.value.facts.minPrefix > publicPrefixMax));
    if (open.length > 0)
        return { kind: "unknown", value: open[0].value, at: open[0].at };
    return { kind: "private" };
}
/**
 * The internet sources of a rule (none when it is private). When that is not known, the check of the rule stops there
 * (core/reader.ts): call it once the rest of the verdict says the exposure matters.
 */
function internetSources(exposure, rule) {
    if (exposure.kind === "unknown")
        (0, reader_1.notEvaluated)(exposure.value, exposure.at, rule.resource);
    return exposure.kind === "public" ? exposure.internet : [];
}
/** "0.0.0.0/0", "0.0.0.0/0 and ::/0", "a, b, c and 2 more". */
function describeCidrs(sources) {
    return joinList(sources.map((s) => s.text), 3, (n) => `${n} more`);
}
const HIGHEST_PORT = 65535;
/**
 * What a rule lets in. When the protocol or a port cannot be known, or is not something AWS accepts, the check of the
 * rule stops there (core/reader.ts).
 */
function reachOf(rule) {
    const stop = (value, at) => (0, reader_1.notEvaluated)(value, at, rule.resource);
    const protocol = (0, reader_1.known)(rule.protocol, rule.protocolAt, rule.resource);
    if (protocol === "all") {
        const written = (0, values_1.asString)((0, values_1.get)(rule.resource.attrs, rule.protocolAt)) ?? "-1";
        return { kind: "all", written };
    }
    if (protocol === "tcp" || protocol === "udp") {
        const fromAt = rule.portsAt;
        const toAt = [...rule.at, "to_port"];
        const from = (0, reader_1.known)(rule.fromPort, fromAt, rule.resource) ?? stop((0, values_1.unknown)(`${protocol} rule without from_port`), fromAt);
        const to = (0, reader_1.known)(rule.toPort, toAt, rule.resource) ?? stop((0, values_1.unknown)(`${protocol} rule without to_port`), toAt);
        const valid = (p) => Number.isInteger(p) && p >= 0 && p <= HIGHEST_PORT;
        if (!valid(from) || !valid(to) || from > to)
            stop((0, values_1.unknown)(`from_port ${from} / to_port ${to} is not a ${protocol} port range AWS accepts`), fromAt);
        return { kind: "range", protocol, from, to };
    }
    if (protocol === "icmp" || protocol === "icmpv6" || /^\d{1,3}$/.test(protocol))
        return { kind: "portless", protocol };
    return stop((0, values_1.unknown)(`protocol "${protocol}" is not one AWS accepts (tcp, udp, icmp, icmpv6, -1 or a number)`), rule.protocolAt);
}
/**
 * Every port: protocol all, or a TCP/UDP range from 0 or 1 to 65535. Port 0 is reserved (IANA) and no service can
 * listen on it, so 1-65535 exposes exactly what 0-65535 does.
 */
function coversEveryPort(reach) {
    if (reach.kind === "all")
        return true;
    return reach.kind === "range" && reach.from <= 1 && reach.to === HIGHEST_PORT;
}
/** Number of ports a rule opens; Infinity for all traffic, 0 for a protocol without ports. */
function portCount(reach) {
    if (reach.kind === "all")
        return Infinity;
    if (reach.kind === "portless")
        return 0;
    return reach.to - reach.from + 1;
}
/** Where a finding about the rule's ports points: `from_port`, or the protocol for all traffic. */
function portsAt(rule, reach) {
    return reach.kind === "range" ? rule.portsAt : rule.protocolAt;
}
/** A port option value: `443` or `"30000-32767"` (ends may be written in either order; clamped to 0-65535). */
function parsePortSpec(spec) {
    if (typeof spec === "number")
        return Number.isInteger(spec) && spec >= 0 && spec <= HIGHEST_PORT ? { from: spec, to: spec } : undefined;
    const m = /^\s*(\d{1,5})\s*-\s*(\d{1,5})\s*$/.exec(spec);
    if (!m)
        return undefined;
    const a = Math.min(Number(m[1]), HIGHEST_PORT);
    const b = Math.min(Number(m[2]), HIGHEST_PORT);
    return { from: Math.min(a, b), to: Math.max(a, b) };
}
/** The parts of `range` not covered by any of `holes`, in order. */
function subtractRanges(range, holes) {
    const sorted = [...holes].sort((x, y) => x.from - y.from);
    const out = [];
    let next = range.from;
    for (const h of sorted) {
        if (h.to < next || h.from > range.to)
            continue;
        if (h.from > next)
            out.push({ from: next, to: h.from - 1 });
        next = Math.max(next, h.to + 1);
        if (next > range.to)
            break;
    }
    if (next <= range.to)
        out.push({ from: next, to: range.to });
    return out;
}
function intersect(a, b) {
    const from = Math.max(a.from, b.from);
    const to = Math.min(a.to, b.to);
    return from <= to ? { from, to } : undefined;
}
function formatRange(r) {
    return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}
/** "22", "81-442", "0-79, 81-442, 444-1000", capped so a message stays short. */
function formatRanges(ranges) {
    const shown = ranges.slice(0, 6).map(formatRange);
    if (ranges.length > 6)
        shown.push(`and ${ranges.length - 6} more ranges`);
    return shown.join(", ");
}
function transportName(protocol) {
    return protocol.toUpperCase();
}
/** "a", "a and b", "a, b and c", or the first `max` and then `rest(n)` ("a, b, c and 4 more"). */
function joinList(items, max, rest) {
    if (items.length <= 1)
        return items[0] ?? "";
    if (items.length <= max)
        return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
    return `${items.slice(0, max).join(", ")} and ${rest(items.length - max)}`;
}
