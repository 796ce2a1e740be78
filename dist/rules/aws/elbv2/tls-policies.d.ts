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
export type TlsVersion = "SSLv3" | "TLSv1.0" | "TLSv1.1" | "TLSv1.2" | "TLSv1.3";
export type LoadBalancerKind = "alb" | "nlb" | "classic";
/** A fact about one policy that no AWS page we could read states; a rule should treat it as unknown. */
export type UnconfirmedFact = "protocols" | "forwardSecret" | "loadBalancers";
export interface ElbSecurityPolicy {
    /** Exact name; AWS policy names are case-sensitive. */
    name: string;
    /** Protocol versions the policy allows, oldest first. */
    protocols: TlsVersion[];
    /** Every cipher it offers is forward-secret (ECDHE/DHE, or TLS 1.3 suites only). */
    forwardSecret: boolean;
    fips: boolean;
    /** Offers hybrid post-quantum (ML-KEM) key exchange. */
    postQuantum: boolean;
    loadBalancers: LoadBalancerKind[];
    /** Ciphers (OpenSSL names) as AWS's table lists them; absent where no AWS cipher table could be read. */
    ciphers?: readonly string[];
    /** The AWS page that states these facts. */
    source: string;
    unconfirmed?: readonly UnconfirmedFact[];
    /** Why a fact is unconfirmed, or where sources disagree. */
    note?: string;
}
export declare const ELB_POLICY_SOURCES: readonly {
    title: string;
    url: string;
}[];
/**
 * What AWS applies to an HTTPS (ALB) or TLS (NLB) listener created without a security policy through the API, CLI,
 * CloudFormation or CDK, and so through Terraform and Pulumi: ELBSecurityPolicy-2016-08 (TLS 1.0–1.2). Stated on both
 * the ALB and NLB "Security policies" pages, which also say the console default differs (CONSOLE_DEFAULT_ELBV2_POLICY).
 */
export declare const DEFAULT_ELBV2_POLICY = "ELBSecurityPolicy-2016-08";
/**
 * The console's default today, per the same pages. It has changed over time (ELBSecurityPolicy-TLS13-1-2-2021-06,
 * then ELBSecurityPolicy-TLS13-1-2-Res-2021-06), which is why infrastructure-as-code never gets it.
 */
export declare const CONSOLE_DEFAULT_ELBV2_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";
/**
 * A classic ELB HTTPS/SSL listener with no SSL negotiation policy gets ELBSecurityPolicy-2016-08: "If you create an
 * HTTPS/SSL listener without associating a security policy, Elastic Load Balancing associates the default predefined
 * security policy, ELBSecurityPolicy-2016-08" (CLASSIC_UPDATE_NEGOTIATION_URL).
 */
export declare const DEFAULT_CLASSIC_POLICY = "ELBSecurityPolicy-2016-08";
export declare const SSL_NEGOTIATION_POLICY_TYPE = "SSLNegotiationPolicyType";
/** The attribute that makes a custom negotiation policy copy a predefined one (its value is a policy name). */
export declare const REFERENCE_SECURITY_POLICY_ATTRIBUTE = "Reference-Security-Policy";
/**
 * Protocol attributes of a classic SSLNegotiationPolicyType policy and the version each enables when its value is
 * "true". AWS lists SSL 3.0, TLS 1.0, 1.1 and 1.2 as the protocols classic ELB supports (CLASSIC_NEGOTIATION_URL);
 * the attribute names are those of AWS's own CLI examples and of the older table that had a Protocol-SSLv3 row.
 * Classic ELB has no TLS 1.3.
 */
export declare const CLASSIC_PROTOCOL_ATTRIBUTES: ReadonlyMap<string, TlsVersion>;
/**
 * SSL 2.0 is no longer a protocol classic ELB supports ("If you previously enabled the SSL 2.0 protocol in a custom
 * policy, we recommend that you update your security policy"), but old custom policies may still name it. It is
 * weaker than anything TlsVersion can express, so a rule should treat it as below every minimum.
 */
export declare const DEPRECATED_CLASSIC_PROTOCOL_ATTRIBUTES: readonly string[];
/** Policy attribute values are the strings "true" and "false". */
export declare function classicAttributeEnabled(value: string): boolean;
/**
 * Where Terraform (and Pulumi, bridged from it) keeps a classic negotiation policy's attributes. Both blocks are sets
 * of `{ name, value }`; `aws_load_balancer_policy` is a negotiation policy only when `policy_type_name` is
 * SSL_NEGOTIATION_POLICY_TYPE. Pulumi spells them `aws.elb.SslNegotiationPolicy.attributes` and
 * `aws.elb.LoadBalancerPolicy.policyAttributes`.
 */
export declare const CLASSIC_NEGOTIATION_POLICY_RESOURCES: Readonly<{
    aws_lb_ssl_negotiation_policy: Readonly<{
        attributeBlock: "attribute";
    }>;
    aws_load_balancer_policy: Readonly<{
        attributeBlock: "policy_attribute";
        policyTypeAttribute: "policy_type_name";
    }>;
}>;
/**
 * Predefined classic policies that AWS still lists (describe-load-balancer-policies, CLASSIC_UPDATE_NEGOTIATION_URL)
 * but for which no AWS protocol table could be read: the current and 2018–2023 tables cover only the six newer
 * policies. A rule must report these as unknown, not guess; the 2014-01 and 2011-08 policies predate the POODLE fix
 * and are widely reported to enable SSLv3, but no AWS page we read says so.
 */
export declare const CLASSIC_POLICIES_WITHOUT_PUBLISHED_TABLE: ReadonlyMap<string, string>;
/** Negative when `a` is older than `b`, zero when equal, positive when newer. */
export declare function compareTls(a: TlsVersion, b: TlsVersion): number;
/** The oldest protocol the policy allows: what an attacker can downgrade a client to. */
export declare function minTlsVersion(p: ElbSecurityPolicy): TlsVersion;
/**
 * Reads a version as users write it in options and as AWS writes it in APIs: "1.2", "TLSv1.2", "TLS1.2",
 * "TLSv1" (AWS's name for 1.0), "SSLv3". Undefined for anything else.
 */
export declare function parseTlsVersion(text: string): TlsVersion | undefined;
/** TLS 1.3 suites and (EC)DHE suites keep past sessions secret if the certificate key leaks; RSA key exchange does not. */
export declare function isForwardSecretCipher(cipher: string): boolean;
/** Every policy moat knows, keyed by its exact (case-sensitive) name. */
export declare const ELB_SECURITY_POLICIES: ReadonlyMap<string, ElbSecurityPolicy>;
/** True when an AWS page we read states this fact for this policy. */
export declare function isConfirmed(p: ElbSecurityPolicy, fact: UnconfirmedFact): boolean;
