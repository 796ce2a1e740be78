"use strict";
/**
 * Every published Elastic Load Balancing security policy and what it allows, from AWS's own policy tables.
 *
 * Rules judge a listener's `ssl_policy` (ALB/NLB) or a classic ELB's negotiation policy by looking the name up
 * here, never by matching a name pattern: `ELBSecurityPolicy-TLS13-1-0-2021-06` starts like a TLS 1.3 policy and
 * still allows TLS 1.0. A name that is not in this table is unknown to moat, and a rule must say so rather than
 * pass it.
 *
 * Where the facts come from (ELB_POLICY_SOURCES lists the pages):
 * - The ALB page "Security policies for your Application Load Balancer" as published with the FIPS tables (before
 *   the post-quantum policies were added): protocols and ciphers of the TLS13-*-2021-06, TLS-*, 2016-08, FIPS and FS
 *   policies. The live page could not be fetched from here; a verbatim Markdown copy of it was read in full.
 * - The ALB and NLB user guides as AWS archived them on GitHub in June 2023 (awsdocs/elb-*-user-guide): they list
 *   ELBSecurityPolicy-TLS-1-0-2015-04 and ELBSecurityPolicy-2015-05 ("identical to ELBSecurityPolicy-2016-08") for
 *   both ALB and NLB, and the same TLS13/FS/TLS tables for NLB. The newer ALB tables no longer show those two
 *   policies; they stay here because listeners created with them still exist and still negotiate TLS 1.0.
 * - The classic ELB page "Predefined SSL security policies for Classic Load Balancers" (current and 2023 versions agree).
 * - Post-quantum (`-PQ-2025-09`) policies: the ALB/NLB pages name the family and the console default, but their
 *   per-policy tables could not be read. Protocol ranges come from the AWS CDK `SslPolicy` enum (AWS-authored; it is
 *   what docs.aws.amazon.com renders as the CDK API reference). Their cipher lists are not confirmed, so
 *   `forwardSecret` is marked unconfirmed except for TLS 1.3-only policies, which AWS states are always forward-secret.
 * - RFC 9151 (`-RFC9151-*-FIPS-2023-07`) policies: announced by AWS; the names and protocol ranges here come from a
 *   third-party summary of the announcement and a third-party list of the AWS tables, not from an AWS page we could
 *   read. Everything but the name-derived `fips` flag is marked unconfirmed.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ELB_SECURITY_POLICIES = exports.CLASSIC_POLICIES_WITHOUT_PUBLISHED_TABLE = exports.CLASSIC_NEGOTIATION_POLICY_RESOURCES = exports.DEPRECATED_CLASSIC_PROTOCOL_ATTRIBUTES = exports.CLASSIC_PROTOCOL_ATTRIBUTES = exports.REFERENCE_SECURITY_POLICY_ATTRIBUTE = exports.SSL_NEGOTIATION_POLICY_TYPE = exports.DEFAULT_CLASSIC_POLICY = exports.CONSOLE_DEFAULT_ELBV2_POLICY = exports.DEFAULT_ELBV2_POLICY = exports.ELB_POLICY_SOURCES = void 0;
exports.classicAttributeEnabled = classicAttributeEnabled;
exports.compareTls = compareTls;
exports.minTlsVersion = minTlsVersion;
exports.parseTlsVersion = parseTlsVersion;
exports.isForwardSecretCipher = isForwardSecretCipher;
exports.isConfirmed = isConfirmed;
const ALB_POLICIES_URL = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html";
const NLB_POLICIES_URL = "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html";
const ALB_HTTPS_LISTENER_URL = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html";
const NLB_TLS_LISTENER_URL = "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/create-tls-listener.html";
const CLASSIC_POLICY_TABLE_URL = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html";
const CLASSIC_NEGOTIATION_URL = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-ssl-security-policy.html";
const CLASSIC_UPDATE_NEGOTIATION_URL = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/ssl-config-update.html";
const CDK_SSL_POLICY_URL = "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_elasticloadbalancingv2.SslPolicy.html";
exports.ELB_POLICY_SOURCES = Object.freeze([
    { title: "Security policies for your Application Load Balancer", url: ALB_POLICIES_URL },
    { title: "Security policies for your Network Load Balancer", url: NLB_POLICIES_URL },
    { title: "Create an HTTPS listener for your Application Load Balancer (2023 edition, policy list)", url: ALB_HTTPS_LISTENER_URL },
    { title: "TLS listeners for your Network Load Balancer (2023 edition, policy list)", url: NLB_TLS_LISTENER_URL },
    { title: "Predefined SSL security policies for Classic Load Balancers", url: CLASSIC_POLICY_TABLE_URL },
    { title: "SSL negotiation configurations for Classic Load Balancers", url: CLASSIC_NEGOTIATION_URL },
    { title: "Update the SSL negotiation configuration of your Classic Load Balancer", url: CLASSIC_UPDATE_NEGOTIATION_URL },
    { title: "AWS CDK API reference: enum SslPolicy (aws_elasticloadbalancingv2)", url: CDK_SSL_POLICY_URL },
]);
/**
 * What AWS applies to an HTTPS (ALB) or TLS (NLB) listener created without a security policy through the API, CLI,
 * CloudFormation or CDK, and so through Terraform and Pulumi: ELBSecurityPolicy-2016-08 (TLS 1.0–1.2). Stated on both
 * the ALB and NLB "Security policies" pages, which also say the console default differs (CONSOLE_DEFAULT_ELBV2_POLICY).
 */
exports.DEFAULT_ELBV2_POLICY = "ELBSecurityPolicy-2016-08";
/**
 * The console's default today, per the same pages. It has changed over time (ELBSecurityPolicy-TLS13-1-2-2021-06,
 * then ELBSecurityPolicy-TLS13-1-2-Res-2021-06), which is why infrastructure-as-code never gets it.
 */
exports.CONSOLE_DEFAULT_ELBV2_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";
/**
 * A classic ELB HTTPS/SSL listener with no SSL negotiation policy gets ELBSecurityPolicy-2016-08: "If you create an
 * HTTPS/SSL listener without associating a security policy, Elastic Load Balancing associates the default predefined
 * security policy, ELBSecurityPolicy-2016-08" (CLASSIC_UPDATE_NEGOTIATION_URL).
 */
exports.DEFAULT_CLASSIC_POLICY = "ELBSecurityPolicy-2016-08";
// ---------------------------------------------------------------------------------------------------------------
// Classic ELB custom negotiation policies (SSLNegotiationPolicyType)
exports.SSL_NEGOTIATION_POLICY_TYPE = "SSLNegotiationPolicyType";
/** The attribute that makes a custom negotiation policy copy a predefined one (its value is a policy name). */
exports.REFERENCE_SECURITY_POLICY_ATTRIBUTE = "Reference-Security-Policy";
/**
 * Protocol attributes of a classic SSLNegotiationPolicyType policy and the version each enables when its value is
 * "true". AWS lists SSL 3.0, TLS 1.0, 1.1 and 1.2 as the protocols classic ELB supports (CLASSIC_NEGOTIATION_URL);
 * the attribute names are those of AWS's own CLI examples and of the older table that had a Protocol-SSLv3 row.
 * Classic ELB has no TLS 1.3.
 */
exports.CLASSIC_PROTOCOL_ATTRIBUTES = new Map([
    ["Protocol-SSLv3", "SSLv3"],
    ["Protocol-TLSv1", "TLSv1.0"],
    ["Protocol-TLSv1.1", "TLSv1.1"],
    ["Protocol-TLSv1.2", "TLSv1.2"],
]);
/**
 * SSL 2.0 is no longer a protocol classic ELB supports ("If you previously enabled the SSL 2.0 protocol in a custom
 * policy, we recommend that you update your security policy"), but old custom policies may still name it. It is
 * weaker than anything TlsVersion can express, so a rule should treat it as below every minimum.
 */
exports.DEPRECATED_CLASSIC_PROTOCOL_ATTRIBUTES = Object.freeze(["Protocol-SSLv2"]);
/** Policy attribute values are the strings "true" and "false". */
function classicAttributeEnabled(value) {
    return value.trim().toLowerCase() === "true";
}
/**
 * Where Terraform (and Pulumi, bridged from it) keeps a classic negotiation policy's attributes. Both blocks are sets
 * of `{ name, value }`; `aws_load_balancer_policy` is a negotiation policy only when `policy_type_name` is
 * SSL_NEGOTIATION_POLICY_TYPE. Pulumi spells them `aws.elb.SslNegotiationPolicy.attributes` and
 * `aws.elb.LoadBalancerPolicy.policyAttributes`.
 */
exports.CLASSIC_NEGOTIATION_POLICY_RESOURCES = Object.freeze({
    aws_lb_ssl_negotiation_policy: Object.freeze({ attributeBlock: "attribute" }),
    aws_load_balancer_policy: Object.freeze({ attributeBlock: "policy_attribute", policyTypeAttribute: "policy_type_name" }),
});
/**
 * Predefined classic policies that AWS still lists (describe-load-balancer-policies, CLASSIC_UPDATE_NEGOTIATION_URL)
 * but for which no AWS protocol table could be read: the current and 2018–2023 tables cover only the six newer
 * policies. A rule must report these as unknown, not guess; the 2014-01 and 2011-08 policies predate the POODLE fix
 * and are widely reported to enable SSLv3, but no AWS page we read says so.
 */
exports.CLASSIC_POLICIES_WITHOUT_PUBLISHED_TABLE = new Map([
    ["ELBSecurityPolicy-2014-10", "AWS lists it as a predefined classic policy but publishes no protocol table for it"],
    ["ELBSecurityPolicy-2014-01", "AWS lists it as a predefined classic policy but publishes no protocol table for it"],
    ["ELBSecurityPolicy-2011-08", "AWS lists it as a predefined classic policy but publishes no protocol table for it"],
    ["ELBSample-ELBDefaultCipherPolicy", "AWS lists it as a sample classic policy but publishes no protocol table for it"],
    ["ELBSample-ELBDefaultNegotiationPolicy", "another name AWS gives ELBSample-ELBDefaultCipherPolicy; no protocol table"],
    ["ELBSample-OpenSSLDefaultCipherPolicy", "AWS lists it as a sample classic policy but publishes no protocol table for it"],
    ["ELBSample-OpenSSLDefaultNegotiationPolicy", "another name AWS gives ELBSample-OpenSSLDefaultCipherPolicy; no protocol table"],
]);
// ---------------------------------------------------------------------------------------------------------------
// TLS versions
const TLS_ORDER = ["SSLv3", "TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
/** Negative when `a` is older than `b`, zero when equal, positive when newer. */
function compareTls(a, b) {
    return TLS_ORDER.indexOf(a) - TLS_ORDER.indexOf(b);
}
/** The oldest protocol the policy allows: what an attacker can downgrade a client to. */
function minTlsVersion(p) {
    if (p.protocols.length === 0)
        throw new Error(`ELB security policy ${p.name} lists no protocols`);
    return p.protocols.reduce((oldest, v) => (compareTls(v, oldest) < 0 ? v : oldest));
}
/**
 * Reads a version as users write it in options and as AWS writes it in APIs: "1.2", "TLSv1.2", "TLS1.2",
 * "TLSv1" (AWS's name for 1.0), "SSLv3". Undefined for anything else.
 */
function parseTlsVersion(text) {
    const t = text.trim().toLowerCase().replace(/\s+/g, "");
    if (t === "sslv3" || t === "ssl3" || t === "ssl3.0")
        return "SSLv3";
    const m = /^(?:tls)?v?(1(?:\.[0-3])?)$/.exec(t);
    if (!m)
        return undefined;
    const v = m[1] === "1" ? "1.0" : m[1];
    return `TLSv${v}`;
}
// ---------------------------------------------------------------------------------------------------------------
// Cipher sets, as AWS's tables list them
const TLS13_SUITES = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"];
/** The FIPS policies leave out ChaCha20-Poly1305. */
const TLS13_FIPS_SUITES = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"];
const ECDHE_GCM = [
    "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
];
const ECDHE_SHA2 = [
    "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256",
    "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384",
];
const ECDHE_SHA1 = ["ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA", "ECDHE-RSA-AES256-SHA"];
const RSA_KX_SHA2 = ["AES128-GCM-SHA256", "AES128-SHA256", "AES256-GCM-SHA384", "AES256-SHA256"];
const RSA_KX_SHA1 = ["AES128-SHA", "AES256-SHA"];
const ECDHE_NO_SHA1 = [...ECDHE_GCM, ...ECDHE_SHA2];
const ECDHE_ALL = [...ECDHE_GCM, ...ECDHE_SHA2, ...ECDHE_SHA1];
/** ELBSecurityPolicy-2016-08's ciphers; most TLS 1.0–1.2 policies build on them. */
const LEGACY_ALL = [...ECDHE_ALL, ...RSA_KX_SHA2, ...RSA_KX_SHA1];
/** TLS 1.3 suites and (EC)DHE suites keep past sessions secret if the certificate key leaks; RSA key exchange does not. */
function isForwardSecretCipher(cipher) {
    return /^(TLS_|ECDHE-|DHE-|EDH-)/.test(cipher);
}
// ---------------------------------------------------------------------------------------------------------------
// The table
const ELBV2 = ["alb", "nlb"];
const V10_13 = ["TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
const V11_13 = ["TLSv1.1", "TLSv1.2", "TLSv1.3"];
const V12_13 = ["TLSv1.2", "TLSv1.3"];
const V13 = ["TLSv1.3"];
const V10_12 = ["TLSv1.0", "TLSv1.1", "TLSv1.2"];
const V11_12 = ["TLSv1.1", "TLSv1.2"];
const V12 = ["TLSv1.2"];
/** A policy whose cipher table we read: forward secrecy is derived from it, never typed by hand. */
function tabled(name, protocols, ciphers, loadBalancers, source, extra = {}) {
    return {
        name, protocols, ciphers, loadBalancers, source,
        forwardSecret: ciphers.every(isForwardSecretCipher),
        fips: name.includes("-FIPS-"),
        postQuantum: name.includes("-PQ-"),
        ...extra,
    };
}
const FIPS_ON_NLB_NOTE = "The FIPS tables read are the ALB page's; FIPS policies on NLB TLS listeners were announced by AWS for both load " +
    "balancers (Nov 2023) but the NLB table could not be read.";
const PQ_NOTE = "Protocols from AWS's CDK SslPolicy enum; the per-policy cipher table on the ALB/NLB pages could not be read, so " +
    "forward secrecy is not confirmed (the names suggest the same cipher set as the policy without -PQ).";
/** A post-quantum policy: protocols confirmed by the CDK enum; forward secrecy only where TLS 1.3 alone guarantees it. */
function postQuantum(name, protocols, likelyForwardSecret) {
    const tls13Only = protocols.length === 1 && protocols[0] === "TLSv1.3";
    return {
        name, protocols, loadBalancers: ELBV2, source: CDK_SSL_POLICY_URL,
        // AWS: "Policies that support only TLS 1.3 support Forward Secrecy (FS)."
        forwardSecret: tls13Only || likelyForwardSecret,
        fips: name.includes("-FIPS-"),
        postQuantum: true,
        ...(tls13Only ? {} : { unconfirmed: ["forwardSecret"], note: PQ_NOTE }),
    };
}
const RFC9151_NOTE = "AWS announced the RFC 9151 (CNSA 1.0) policies for ALB and NLB; no AWS page listing their protocols or ciphers " +
    "could be read. Protocols here come from a third-party summary of the announcement (TLS 1.3 only for -1-3-, " +
    "TLS 1.2 and 1.3 otherwise, never 1.0/1.1).";
function rfc9151(name, protocols) {
    const tls13Only = protocols.length === 1 && protocols[0] === "TLSv1.3";
    return {
        name, protocols, loadBalancers: ELBV2, source: ALB_POLICIES_URL,
        // RFC 9151 requires ECDHE (P-384) or DHE-3072 for TLS 1.2, but the INTEROP policies admit non-compliant suites.
        forwardSecret: tls13Only,
        fips: true,
        postQuantum: false,
        unconfirmed: tls13Only ? ["protocols", "loadBalancers"] : ["protocols", "forwardSecret", "loadBalancers"],
        note: RFC9151_NOTE,
    };
}
const POLICY_LIST = [
    // ALB/NLB TLS 1.3 policies (2021-06)
    tabled("ELBSecurityPolicy-TLS13-1-3-2021-06", V13, TLS13_SUITES, ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-TLS13-1-2-2021-06", V12_13, [...TLS13_SUITES, ...ECDHE_NO_SHA1], ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-TLS13-1-2-Res-2021-06", V12_13, [...TLS13_SUITES, ...ECDHE_GCM], ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06", V12_13, [...TLS13_SUITES, ...ECDHE_NO_SHA1, ...RSA_KX_SHA2], ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06", V12_13, [...TLS13_SUITES, ...LEGACY_ALL], ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-TLS13-1-1-2021-06", V11_13, [...TLS13_SUITES, ...LEGACY_ALL], ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-TLS13-1-0-2021-06", V10_13, [...TLS13_SUITES, ...LEGACY_ALL], ELBV2, ALB_POLICIES_URL),
    // TLS policies without TLS 1.3, and the old default. The three shared with classic ELB have the same protocols and
    // ciphers in the classic table.
    tabled("ELBSecurityPolicy-TLS-1-2-Ext-2018-06", V12, LEGACY_ALL, ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-TLS-1-2-2017-01", V12, [...ECDHE_NO_SHA1, ...RSA_KX_SHA2], [...ELBV2, "classic"], ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-TLS-1-1-2017-01", V11_12, LEGACY_ALL, [...ELBV2, "classic"], ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-2016-08", V10_12, LEGACY_ALL, [...ELBV2, "classic"], ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-TLS-1-0-2015-04", V10_12, [...LEGACY_ALL, "DES-CBC3-SHA"], ELBV2, ALB_HTTPS_LISTENER_URL, {
        note: "Listed for ALB and NLB in AWS's 2023 guides (\"Do not use this policy unless you must support a legacy " +
            "client that requires the DES-CBC3-SHA cipher\"); the current ALB tables no longer show it.",
    }),
    tabled("ELBSecurityPolicy-2015-05", V10_12, [...LEGACY_ALL, "DES-CBC3-SHA"], [...ELBV2, "classic"], CLASSIC_POLICY_TABLE_URL, {
        note: "Ciphers are the classic table's, which adds DES-CBC3-SHA; AWS's 2023 ALB and NLB guides call the ALB/NLB " +
            "policy \"identical to ELBSecurityPolicy-2016-08\" (no DES-CBC3-SHA). Protocols agree: TLS 1.0–1.2.",
    }),
    // Forward-secrecy policies
    tabled("ELBSecurityPolicy-FS-1-2-Res-2020-10", V12, ECDHE_GCM, ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-FS-1-2-Res-2019-08", V12, ECDHE_NO_SHA1, ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-FS-1-2-2019-08", V12, ECDHE_ALL, ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-FS-1-1-2019-08", V11_12, ECDHE_ALL, ELBV2, ALB_POLICIES_URL),
    tabled("ELBSecurityPolicy-FS-2018-06", V10_12, ECDHE_ALL, ELBV2, ALB_POLICIES_URL),
    // FIPS policies (2023-04). AWS: the 1-1 and 1-0 ones "are provided for legacy compatibility only".
    ...[
        ["ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04", V13, TLS13_FIPS_SUITES],
        ["ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04", V12_13, [...TLS13_FIPS_SUITES, ...ECDHE_NO_SHA1]],
        ["ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04", V12_13, [...TLS13_FIPS_SUITES, ...ECDHE_GCM]],
        ["ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04", V12_13, [...TLS13_FIPS_SUITES, ...ECDHE_ALL]],
        ["ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04", V12_13, [...TLS13_FIPS_SUITES, ...ECDHE_NO_SHA1, ...RSA_KX_SHA2]],
        ["ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04", V12_13, [...TLS13_FIPS_SUITES, ...LEGACY_ALL]],
        ["ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04", V11_13, [...TLS13_FIPS_SUITES, ...LEGACY_ALL]],
        ["ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04", V10_13, [...TLS13_FIPS_SUITES, ...LEGACY_ALL]],
    ].map(([name, protocols, ciphers]) => tabled(name, [...protocols], [...ciphers], ELBV2, ALB_POLICIES_URL, { unconfirmed: ["loadBalancers"], note: FIPS_ON_NLB_NOTE })),
    // Post-quantum policies (2025-09). There is no TLS13-1-1 variant without FIPS in any source.
    postQuantum("ELBSecurityPolicy-TLS13-1-3-PQ-2025-09", V13, true),
    postQuantum("ELBSecurityPolicy-TLS13-1-2-PQ-2025-09", V12_13, true),
    postQuantum("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", V12_13, true),
    postQuantum("ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09", V12_13, false),
    postQuantum("ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09", V12_13, false),
    postQuantum("ELBSecurityPolicy-TLS13-1-0-PQ-2025-09", V10_13, false),
    postQuantum("ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09", V13, true),
    postQuantum("ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09", V12_13, true),
    postQuantum("ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09", V12_13, true),
    postQuantum("ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09", V12_13, true),
    postQuantum("ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09", V12_13, false),
    postQuantum("ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09", V12_13, false),
    {
        ...postQuantum("ELBSecurityPolicy-TLS13-1-1-FIPS-PQ-2025-09", V11_13, false),
        note: PQ_NOTE + " Sources disagree on whether this policy exists: the CDK enum has it, a third-party list of the " +
            "current AWS tables does not.",
    },
    postQuantum("ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09", V10_13, false),
    // RFC 9151 (CNSA 1.0) policies (2023-07 suffix, announced 2026)
    rfc9151("ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07", V13),
    rfc9151("ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07", V12_13),
    rfc9151("ELBSecurityPolicy-TLS13-1-2-Ext0-RFC9151-FIPS-2023-07", V12_13),
    rfc9151("ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP1-FIPS-2023-07", V12_13),
    rfc9151("ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP2-FIPS-2023-07", V12_13),
    rfc9151("ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP3-FIPS-2023-07", V12_13),
    rfc9151("ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP4-FIPS-2023-07", V12_13),
    // Classic-only predefined policies. DHE-RSA/DHE-DSS suites are forward-secret; the AES* (RSA key exchange) ones are not.
    tabled("ELBSecurityPolicy-2015-03", V10_12, [...LEGACY_ALL, "DHE-RSA-AES128-SHA", "DHE-DSS-AES128-SHA", "DES-CBC3-SHA"], ["classic"], CLASSIC_POLICY_TABLE_URL),
    tabled("ELBSecurityPolicy-2015-02", V10_12, [...LEGACY_ALL, "DHE-RSA-AES128-SHA", "DHE-DSS-AES128-SHA"], ["classic"], CLASSIC_POLICY_TABLE_URL),
];
function deepFreeze(p) {
    for (const v of Object.values(p))
        if (typeof v === "object" && v !== null)
            Object.freeze(v);
    return Object.freeze(p);
}
/** Every policy moat knows, keyed by its exact (case-sensitive) name. */
exports.ELB_SECURITY_POLICIES = new Map(POLICY_LIST.map((p) => [p.name, deepFreeze(p)]));
/** True when an AWS page we read states this fact for this policy. */
function isConfirmed(p, fact) {
    return !(p.unconfirmed ?? []).includes(fact);
}
