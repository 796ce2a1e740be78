"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NOT_KNOWN = exports.DEFAULT_TLS_PORTS = exports.DEFAULT_HTTP_PORTS = exports.TLS_TERMINATING_PROTOCOLS = exports.CLASSIC_LB = void 0;
exports.tlsPortName = tlsPortName;
exports.tlsPortList = tlsPortList;
exports.portText = portText;
exports.protocolIn = protocolIn;
exports.eachListener = eachListener;
exports.tcpPortOf = tcpPortOf;
exports.loadBalancerContext = loadBalancerContext;
const reader_1 = require("../../../core/reader");
const values_1 = require("../../../core/values");
const views_1 = require("../../../core/views");
exports.CLASSIC_LB = "aws_elb";
/**
 * The protocols that terminate TLS at the load balancer: HTTPS (ALB) and TLS (NLB). Read the protocol as written
 * (`protocolIn`): unlike `listenerProtocol` (core/views.ts) it never infers HTTP for an absent protocol, and an absent
 * protocol is never HTTPS, TLS or TCP, whatever the load balancer.
 */
exports.TLS_TERMINATING_PROTOCOLS = ["HTTPS", "TLS"];
/** Ports on which clients conventionally speak plain HTTP (MOAT-ELB-001's option `httpPorts`). */
exports.DEFAULT_HTTP_PORTS = [80, 8080];
/** What each port conventionally used for TLS carries (MOAT-LB-005's option `tlsPorts`), so a message says why. */
const TLS_PORT_NAMES = {
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
exports.DEFAULT_TLS_PORTS = [443, 8443, 636, 993, 995, 465, 5671, 9093];
function tlsPortName(port) {
    return TLS_PORT_NAMES[port] ?? "listed in option tlsPorts";
}
/** The default TLS ports for a rule's page: "443 (HTTPS), 8443 (alternate HTTPS), …". */
function tlsPortList() {
    return exports.DEFAULT_TLS_PORTS.map((p) => `${p} (${TLS_PORT_NAMES[p]})`).join(", ");
}
/** The port for a message: `443`, `(unset)`, or `(unknown)` (the reason is not repeated in every message). */
function portText(listener, attr = "port") {
    return listener.stringOr(attr, "(unknown)") ?? "(unset)";
}
/** A protocol as compared: trimmed and upper-cased (AWS documents TCP, Terraform examples write tcp). */
function normalised(v) {
    return (0, values_1.asString)(v)?.trim().toUpperCase();
}
/** What `protocolIn` returns, asked not to stop, for a protocol not known yet. */
exports.NOT_KNOWN = Symbol("protocol not known yet");
function protocolIn(r, attr, protocols, opts) {
    const raw = opts ? r.maybe(attr) : r.value(attr);
    if ((0, values_1.isUnknown)(raw))
        return exports.NOT_KNOWN;
    const p = normalised(raw);
    return p !== undefined && protocols.includes(p) ? p : undefined;
}
function classicBlock(block) {
    return { reader: block, protocolAttr: "lb_protocol", portAttr: "lb_port", kind: "classic" };
}
function elbv2Listener(reader) {
    return { reader, protocolAttr: "protocol", portAttr: "port", kind: "network" };
}
/**
 * Runs `judge` on each listener of a classic load balancer (each `listener` block) or on the one listener an
 * `aws_lb_listener` is, each inside `ctx.attempt`, so an unknown in one never hides another's finding. An unknown list
 * of blocks stops the check (core/reader.ts).
 */
function eachListener(resource, ctx, judge) {
    const r = ctx.read(resource);
    const listeners = resource.type === exports.CLASSIC_LB ? r.blocks("listener").map(classicBlock) : [elbv2Listener(r)];
    for (const listener of listeners)
        ctx.attempt(() => judge(listener, listeners));
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
function tcpPortOf(listener, ports, graph) {
    const r = listener.reader;
    if (protocolIn(r, listener.protocolAttr, ["TCP"], { unless: "unknown" }) === undefined)
        return undefined;
    if (listener.kind === "network") {
        const lb = (0, views_1.loadBalancerOf)(graph, r.resource);
        if (lb && (0, views_1.lbKind)(lb) === "application")
            return undefined;
    }
    const port = r.number(listener.portAttr);
    if (port === undefined || !ports.includes(port))
        return undefined;
    if (protocolIn(r, listener.protocolAttr, ["TCP"]) === undefined)
        return undefined;
    if (listener.kind === "network" && forwardsOnlyToAlb(graph, r))
        return undefined;
    return port;
}
/** Whether the listener's default action forwards to target groups in the input that are all application load balancers. */
function forwardsOnlyToAlb(graph, listener) {
    const groups = graph.targets(listener.resource, "default_action", "aws_lb_target_group", "aws_alb_target_group");
    if (groups.length === 0)
        return false;
    // aws_lb_target_group.target_type: Optional, ForceNew, Default "instance" (Terraform AWS provider).
    const types = groups.map((g) => normalised((0, reader_1.read)(g).onBehalfOf(listener.resource, listener.at("default_action")).value("target_type")) ?? "INSTANCE");
    return types.every((t) => t === "ALB");
}
/** Whether a listener carries TLS, read without stopping the check: HTTPS, TLS or SSL, or TCP on a `tlsPorts` port. */
function carriesTls(listener, tlsPorts) {
    const r = listener.reader;
    const protocol = normalised(r.maybe(listener.protocolAttr));
    if (protocol === "HTTPS" || protocol === "TLS" || protocol === "SSL")
        return true;
    const port = (0, values_1.asNumber)(r.maybe(listener.portAttr));
    return protocol === "TCP" && port !== undefined && tlsPorts.includes(port);
}
/**
 * What a listener's load balancer says about it, read without stopping the check (a value not known yet counts as
 * "no"): whether it is internal (`internal = true`; absent is false in the provider), and the port of another listener
 * on it that carries TLS (`carriesTls`), if any. `all` are the listener blocks of a classic load balancer; a network
 * listener's siblings are the listeners of its `aws_lb` in the input (none when it is outside).
 */
function loadBalancerContext(listener, all, graph, tlsPorts) {
    const resource = listener.reader.resource;
    const lb = listener.kind === "classic" ? resource : (0, views_1.loadBalancerOf)(graph, resource);
    const siblings = listener.kind === "classic"
        ? all.filter((l) => l !== listener)
        : lb
            ? (0, views_1.listenersOf)(graph, lb).filter((l) => l !== resource).map((l) => elbv2Listener((0, reader_1.read)(l)))
            : [];
    const tls = siblings.find((l) => carriesTls(l, tlsPorts));
    return {
        internal: lb !== undefined && (0, values_1.asBool)((0, reader_1.read)(lb).maybe("internal")) === true,
        tlsPort: tls ? portText(tls.reader, tls.portAttr) : undefined,
    };
}
