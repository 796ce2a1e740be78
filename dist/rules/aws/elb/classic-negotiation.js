"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LISTENER_POLICY = exports.LOAD_BALANCER_POLICY = exports.SSL_NEGOTIATION_POLICY = exports.ELB_TYPE = void 0;
exports.isPredefinedName = isPredefinedName;
exports.namesLoadBalancer = namesLoadBalancer;
exports.isNegotiationPolicy = isNegotiationPolicy;
exports.listenerNegotiation = listenerNegotiation;
exports.cipherWeaknesses = cipherWeaknesses;
exports.attributeBlockOf = attributeBlockOf;
exports.predefinedOldest = predefinedOldest;
exports.attributeProblem = attributeProblem;
exports.displayVersion = displayVersion;
const reader_1 = require("../../../core/reader");
const views_1 = require("../../../core/views");
const values_1 = require("../../../core/values");
const tls_policies_1 = require("../elbv2/tls-policies");
exports.ELB_TYPE = "aws_elb";
exports.SSL_NEGOTIATION_POLICY = "aws_lb_ssl_negotiation_policy";
exports.LOAD_BALANCER_POLICY = "aws_load_balancer_policy";
exports.LISTENER_POLICY = "aws_load_balancer_listener_policy";
/** AWS reserves these prefixes for predefined policies: a custom policy may not be named with them. */
const PREDEFINED_PREFIXES = ["ELBSecurityPolicy-", "ELBSample-"];
function isPredefinedName(name) {
    return PREDEFINED_PREFIXES.some((p) => name.startsWith(p));
}
/**
 * Does `resource` name this load balancer through `attr`? A reference is an edge; a literal must equal the load
 * balancer's `name`. When either side cannot be known, the read stops (core/reader.ts): run it inside a `Doubt`.
 */
function namesLoadBalancer(graph, resource, attr, elb) {
    if (graph.targets(resource, attr, exports.ELB_TYPE).includes(elb))
        return true;
    const written = (0, reader_1.read)(resource).string(attr);
    if (written === undefined)
        return false;
    const name = (0, reader_1.read)(elb).maybe("name");
    if ((0, values_1.isUnknown)(name))
        (0, reader_1.notEvaluated)((0, values_1.unknown)(`the load balancer's name is not known (${name.reason}), so "${written}" may be it`), ["name"], elb);
    return (0, values_1.asString)(name) === written;
}
/**
 * Does `resource` attach to this load balancer port (`nameAttr` names the load balancer, `portAttr` the port)? A known
 * mismatch on either side decides even when the other side is not known; otherwise an unknown is kept in `doubt`.
 */
function attachesTo(doubt, graph, resource, nameAttr, portAttr, elb, port) {
    const sides = new reader_1.Doubt(elb);
    const named = sides.test(() => namesLoadBalancer(graph, resource, nameAttr, elb));
    const samePort = sides.test(() => (0, reader_1.read)(resource).number(portAttr) === port);
    if (named === false || samePort === false)
        return false;
    doubt.adopt(sides);
    return named === true && samePort === true;
}
/** Is this `aws_load_balancer_policy` an SSL negotiation policy? Stops the check when its type is not known. */
function isNegotiationPolicy(policy) {
    if (policy.type === exports.SSL_NEGOTIATION_POLICY)
        return true;
    const type = (0, reader_1.read)(policy).string(tls_policies_1.CLASSIC_NEGOTIATION_POLICY_RESOURCES.aws_load_balancer_policy.policyTypeAttribute);
    return type?.toLowerCase() === tls_policies_1.SSL_NEGOTIATION_POLICY_TYPE.toLowerCase();
}
/**
 * Whether the input attaches a negotiation policy to this load balancer port: "attached", or "none" (the default
 * applies). Policies themselves are judged where they are written. When it cannot be told, the check of the load
 * balancer stops, located at `at` (its listener).
 */
function listenerNegotiation(graph, elb, port, at) {
    const doubt = new reader_1.Doubt(elb, at);
    for (const policy of graph.ofType(exports.SSL_NEGOTIATION_POLICY)) {
        if (attachesTo(doubt, graph, policy, "load_balancer", "lb_port", elb, port)) {
            // A policy that may not be created (unknown count or for_each) cannot vouch for the listener.
            const notCreated = (0, views_1.mayNotBeCreated)(policy, "negotiation policy ");
            if (!notCreated)
                return "attached";
            doubt.keep(notCreated);
        }
    }
    for (const attachment of graph.ofType(exports.LISTENER_POLICY)) {
        if (!attachesTo(doubt, graph, attachment, "load_balancer_name", "load_balancer_port", elb, port))
            continue;
        const verdict = doubt.test(() => attachedPoliciesNegotiate(graph, attachment, elb));
        const notCreated = (0, views_1.mayNotBeCreated)(attachment, "listener policy ");
        if (verdict === true && notCreated)
            doubt.keep(notCreated);
        else if (verdict === true)
            return "attached";
    }
    doubt.settle();
    return "none";
}
/**
 * Does one of the policies a listener-policy attachment names negotiate SSL? Names resolve to policies in the input
 * (by reference or by `policy_name`), or to a predefined policy (reserved prefixes). A name that resolves to nothing
 * may be a negotiation policy created elsewhere: unknown, and then the read stops (run it inside a `Doubt`).
 */
function attachedPoliciesNegotiate(graph, attachment, elb) {
    const entries = (0, reader_1.read)(attachment).list("policy_names");
    const referenced = graph.targets(attachment, "policy_names", exports.LOAD_BALANCER_POLICY);
    const doubt = new reader_1.Doubt(attachment);
    const matchedByName = new Set();
    const unknownEntries = [];
    /** A policy that negotiates SSL settles it, if it is certainly created. */
    const negotiates = (policy) => {
        const negotiation = doubt.test(() => isNegotiationPolicy(policy));
        if (negotiation === true && !policy.existence)
            return true;
        if (negotiation === true)
            doubt.keep((0, views_1.mayNotBeCreated)(policy, "policy "));
        return false;
    };
    for (const entry of entries) {
        // An entry not known here still names a policy through its reference: matched below.
        if ((0, values_1.isUnknown)(entry)) {
            unknownEntries.push(entry);
            continue;
        }
        const name = (0, values_1.asString)(entry);
        if (name === undefined)
            continue;
        if (isPredefinedName(name))
            return true;
        const candidates = policiesNamed(graph, name, referenced, elb);
        if (candidates.length === 0) {
            doubt.keep((0, values_1.unknown)(`the listener policy names "${name}", which is not a policy in the scanned input`));
            continue;
        }
        for (const c of candidates) {
            matchedByName.add(c);
            if (negotiates(c))
                return true;
        }
    }
    // An entry whose value is not known here (the policy's policy_name is computed) is still a reference: the edge
    // says which policy it is. More unknown entries than unmatched references means some name nothing in the input.
    if (unknownEntries.length > 0) {
        const unmatched = referenced.filter((p) => !matchedByName.has(p));
        for (const p of unmatched)
            if (negotiates(p))
                return true;
        if (unmatched.length < unknownEntries.length)
            doubt.keep(unknownEntries[0]);
    }
    doubt.settle();
    return false;
}
/** `aws_load_balancer_policy` resources with this `policy_name`: the referenced ones first, else those on this load balancer. */
function policiesNamed(graph, name, referenced, elb) {
    const byName = (p) => (0, values_1.asString)(p.attrs.policy_name) === name;
    const direct = referenced.filter(byName);
    if (direct.length > 0)
        return direct;
    // A policy that may be on this load balancer (its name not known) is a candidate too.
    const onThis = (p) => new reader_1.Doubt(elb).test(() => namesLoadBalancer(graph, p, "load_balancer_name", elb)) !== false;
    return graph.ofType(exports.LOAD_BALANCER_POLICY).filter((p) => byName(p) && onThis(p));
}
/**
 * Why a cipher a custom policy enables is weak, read from its OpenSSL name (the names classic ELB policies use as
 * attribute names, e.g. `DES-CBC3-SHA`, `ECDHE-RSA-RC4-SHA`, `RC4-SHA` in AWS's classic policy tables): the name's
 * dash-separated parts say the key exchange, the cipher and the MAC. Names compare case-insensitively, as protocol
 * attributes do. An empty list: not a weak cipher (or not a cipher at all: `Protocol-TLSv1.2`,
 * `Server-Defined-Cipher-Order`).
 */
const WEAK_CIPHER_PARTS = [
    { weakness: "RC4", test: (p) => p.includes("RC4") },
    { weakness: "3DES", test: (p) => p.includes("3DES") || p.some((x, i) => x === "DES" && p[i + 1] === "CBC3") },
    { weakness: "single DES", test: (p) => p.some((x, i) => x === "DES" && (p[i + 1] === "CBC" || p[i + 1] === "CBC40")) },
    { weakness: "NULL encryption", test: (p) => p.includes("NULL") },
    { weakness: "EXPORT-grade", test: (p) => p[0] === "EXP" || p[0] === "EXP1024" || p.includes("EXPORT") },
    { weakness: "anonymous key exchange", test: (p) => p.includes("ADH") || p.includes("AECDH") },
    { weakness: "MD5 MAC", test: (p) => p[p.length - 1] === "MD5" },
];
function cipherWeaknesses(name) {
    const parts = name.trim().toUpperCase().split("-");
    return WEAK_CIPHER_PARTS.filter((w) => w.test(parts)).map((w) => w.weakness);
}
/** The attribute block of a negotiation policy resource (`attribute` or `policy_attribute`). */
function attributeBlockOf(policy) {
    return policy.type === exports.SSL_NEGOTIATION_POLICY
        ? tls_policies_1.CLASSIC_NEGOTIATION_POLICY_RESOURCES.aws_lb_ssl_negotiation_policy.attributeBlock
        : tls_policies_1.CLASSIC_NEGOTIATION_POLICY_RESOURCES.aws_load_balancer_policy.attributeBlock;
}
/** AWS attribute names are case-sensitive, but a differently-cased protocol name is still meant as that protocol. */
function protocolOf(name) {
    for (const [attr, version] of tls_policies_1.CLASSIC_PROTOCOL_ATTRIBUTES) {
        if (attr.toLowerCase() === name.toLowerCase())
            return { version, canonical: attr };
    }
    for (const attr of tls_policies_1.DEPRECATED_CLASSIC_PROTOCOL_ATTRIBUTES) {
        if (attr.toLowerCase() === name.toLowerCase())
            return { version: "SSLv2", canonical: attr };
    }
    return undefined;
}
/** Below the minimum? SSL 2.0 is below every version moat can express. */
function below(version, min) {
    return version === "SSLv2" || (0, tls_policies_1.compareTls)(version, min) < 0;
}
/**
 * A predefined policy as moat knows it: the oldest protocol it allows, or why that cannot be told. Only policies
 * that AWS lists for classic load balancers count.
 */
function predefinedOldest(name) {
    const p = tls_policies_1.ELB_SECURITY_POLICIES.get(name);
    if (p && p.loadBalancers.includes("classic"))
        return (0, tls_policies_1.minTlsVersion)(p);
    const noTable = tls_policies_1.CLASSIC_POLICIES_WITHOUT_PUBLISHED_TABLE.get(name);
    if (noTable)
        return (0, values_1.unknown)(`${name}: ${noTable}`);
    if (p)
        return (0, values_1.unknown)(`${name} is an ALB/NLB security policy, not one AWS offers for classic load balancers`);
    return (0, values_1.unknown)(`"${name}" is not a predefined ELB security policy moat knows`);
}
/**
 * The weak setting of one attribute block of a negotiation policy, if any: a protocol attribute enabled below `min`, a
 * weak cipher enabled (`cipherWeaknesses`), or a Reference-Security-Policy whose oldest protocol is below `min`.
 * Protocols and ciphers the policy does not name are not enabled (AWS: a custom policy enables those it lists). Read the blocks with `attributeBlockOf`, one
 * block at a time (`ctx.attempt`): an unknown in one block never hides a weak setting in another.
 */
function attributeProblem(attr, min) {
    const name = attr.string("name");
    if (name === undefined)
        return undefined;
    if (name.toLowerCase() === tls_policies_1.REFERENCE_SECURITY_POLICY_ATTRIBUTE.toLowerCase()) {
        const reference = attr.string("value")?.trim();
        if (reference === undefined)
            return undefined;
        const oldest = attr.known(predefinedOldest(reference), "value");
        return below(oldest, min) ? { kind: "weakReference", reference, oldest, at: attr.at("value") } : undefined;
    }
    const protocol = protocolOf(name);
    const weaknesses = protocol ? [] : cipherWeaknesses(name);
    if (protocol ? !below(protocol.version, min) : weaknesses.length === 0)
        return undefined;
    const value = attr.string("value");
    if (value === undefined || !(0, tls_policies_1.classicAttributeEnabled)(value))
        return undefined;
    if (!protocol)
        return { kind: "weakCipher", cipher: name.trim(), weaknesses: weaknesses.join(", "), at: attr.at("name") };
    return { kind: "weakProtocol", attribute: protocol.canonical, version: protocol.version, at: attr.at("name") };
}
/** "TLSv1.0" → "TLS 1.0"; "SSLv3" → "SSL 3.0": how a person writes it. */
function displayVersion(v) {
    if (v === "SSLv3")
        return "SSL 3.0";
    if (v === "SSLv2")
        return "SSL 2.0";
    return v.replace(/^TLSv/, "TLS ");
}
