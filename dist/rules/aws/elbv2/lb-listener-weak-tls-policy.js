"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const values_1 = require("../../../core/values");
const listener_attributes_1 = require("./listener-attributes");
const tls_policies_1 = require("./tls-policies");
/** The values of option `minTlsVersion`. */
const MINIMUM_OPTIONS = ["1.2", "1.3"];
/**
 * What the message recommends instead: a policy of the same family (FIPS, post-quantum) that allows only the required
 * minimum and later and whose ciphers are all forward-secret. A post-quantum policy whose forward secrecy no AWS table
 * confirms is not recommended when forward secrecy is required: moat would report it as not evaluated.
 */
const RECOMMENDED = {
    "1.2": {
        classical: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
        fips: "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
        pq: "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
        fipsPq: "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
    },
    "1.3": {
        classical: "ELBSecurityPolicy-TLS13-1-3-2021-06",
        fips: "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
        pq: "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
        fipsPq: "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
    },
};
function recommendedPolicy(minimum, family, requireForwardSecrecy) {
    const choices = RECOMMENDED[minimum];
    const withoutPq = family.fips ? choices.fips : choices.classical;
    if (!family.postQuantum)
        return withoutPq;
    const pq = family.fips ? choices.fipsPq : choices.pq;
    const pqPolicy = tls_policies_1.ELB_SECURITY_POLICIES.get(pq);
    return requireForwardSecrecy && pqPolicy && !(0, tls_policies_1.isConfirmed)(pqPolicy, "forwardSecret") ? withoutPq : pq;
}
// A recommendation that is not in the table would send users to a policy moat itself reports as unknown.
for (const minimum of ["1.2", "1.3"]) {
    for (const fips of [false, true]) {
        for (const postQuantum of [false, true]) {
            for (const fs of [false, true]) {
                const name = recommendedPolicy(minimum, { fips, postQuantum }, fs);
                const p = tls_policies_1.ELB_SECURITY_POLICIES.get(name);
                if (!p || !p.forwardSecret || !(0, tls_policies_1.isConfirmed)(p, "protocols") || (0, tls_policies_1.compareTls)((0, tls_policies_1.minTlsVersion)(p), `TLSv${minimum}`) < 0) {
                    throw new Error(`lb-listener-weak-tls-policy recommends ${name}, which tls-policies.ts does not confirm as a TLS ${minimum}+ forward-secret policy`);
                }
            }
        }
    }
}
/** "TLSv1.0" → "TLS 1.0", as people write it. */
function versionText(v) {
    return v === "SSLv3" ? "SSL 3.0" : v.replace("TLSv", "TLS ");
}
/** A name the table does not hold; with a hint when only the letter case differs (AWS policy names are case-sensitive). */
function notInTable(name) {
    const lower = name.toLowerCase();
    const near = [...tls_policies_1.ELB_SECURITY_POLICIES.keys()].find((k) => k.toLowerCase() === lower);
    const hint = near ? ` Did you mean "${near}"? Policy names are case-sensitive.` : "";
    return (0, values_1.unknown)(`ssl_policy "${name}" is not a policy moat knows (it may be newer than moat's policy table, or misspelt), so its TLS ` +
        `versions cannot be checked.${hint}`);
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-LB-003",
        name: "lb-listener-weak-tls-policy",
        title: "An HTTPS or TLS load balancer listener uses a security policy that allows outdated TLS versions.",
        severity: "high",
        area: "lb-tls",
        resourceTypes: ["aws_lb_listener"],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            defaultPolicy: "{{protocol}} listener on port {{port}} sets no ssl_policy, so AWS applies its API default {{policy}}, which allows " +
                "{{oldest}}: clients can be downgraded below TLS {{minimum}}{{forwardSecrecy}}. Set ssl_policy = \"{{recommended}}\".",
            weakPolicy: "{{protocol}} listener on port {{port}} uses ssl_policy {{policy}}, which allows {{oldest}}: clients can be " +
                "downgraded below TLS {{minimum}}{{forwardSecrecy}}. Use \"{{recommended}}\" instead.",
            notForwardSecret: "{{protocol}} listener on port {{port}} uses ssl_policy {{policy}}, which offers cipher suites without forward " +
                "secrecy (RSA key exchange): whoever obtains the certificate's private key can decrypt recorded sessions. " +
                "Use \"{{recommended}}\" instead.",
        },
        rationale: "An HTTPS (application load balancer) or TLS (network load balancer) listener negotiates TLS with clients using the " +
            "versions and ciphers of its security policy (`ssl_policy`). TLS 1.0 and 1.1 are deprecated (RFC 8996), and PCI DSS " +
            "no longer accepts TLS 1.0; a policy that still allows them lets an old client, or an attacker who interferes with " +
            "the handshake, settle on them. The " +
            "verdict comes from moat's table of every published Elastic Load Balancing security policy and the TLS versions " +
            "it allows, built from AWS's policy tables, never from the policy's name: `ELBSecurityPolicy-TLS13-1-0-2021-06` " +
            "starts like a TLS 1.3 policy and still allows TLS 1.0, yet Checkov's CKV2_AWS_74 passes it (it looks names up " +
            "in a fixed list of old policies, as does Trivy's AWS-0047, which misses the TLS 1.0 FIPS policies). A listener " +
            "without `ssl_policy` is not safe either: AWS applies `ELBSecurityPolicy-2016-08` (TLS 1.0–1.2) to listeners " +
            "created through the API, CLI, CloudFormation, Terraform and Pulumi (only the console picks a modern default); " +
            "Trivy passes a missing policy. A policy name moat does not know, or whose TLS versions no AWS page " +
            "confirms, is reported as not evaluated (see `--unknown=warn`), never passed. Plain HTTP and TCP listeners are " +
            "not this rule's business (MOAT-LB-001 and MOAT-LB-005). With `requireForwardSecrecy`, policies that offer RSA " +
            "key-exchange ciphers fail too.",
        defaults: "An absent `ssl_policy` on an HTTPS or TLS listener is `ELBSecurityPolicy-2016-08` (TLS 1.0, 1.1, 1.2): the AWS " +
            "security-policy pages for Application and Network Load Balancers state that this is the default for listeners " +
            "created with the API, CLI or CloudFormation, which Terraform and Pulumi use. Only listeners whose `protocol` is " +
            "written as HTTPS or TLS are checked: an absent protocol is HTTP on an application load balancer (MOAT-LB-001).",
        remediation: {
            text: "Set `ssl_policy` to a policy that allows only TLS 1.2 and 1.3, such as `ELBSecurityPolicy-TLS13-1-2-Res-2021-06` " +
                "(forward-secret ciphers only), or `ELBSecurityPolicy-TLS13-1-3-2021-06` when every client speaks TLS 1.3. Use " +
                "the `-FIPS-` variant where FIPS 140 endpoints are required.",
            hcl: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}`,
            pulumi: `new aws.lb.Listener("https", {
  loadBalancerArn: web.arn,
  port: 443,
  protocol: "HTTPS",
  sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  certificateArn: certificate.arn,
  defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
});`,
        },
        references: [
            { title: "CWE-326: Inadequate Encryption Strength", url: "https://cwe.mitre.org/data/definitions/326.html" },
            { title: "CWE-757: Selection of Less-Secure Algorithm During Negotiation ('Algorithm Downgrade')", url: "https://cwe.mitre.org/data/definitions/757.html" },
            { title: "RFC 8996: Deprecating TLS 1.0 and TLS 1.1", url: "https://www.rfc-editor.org/rfc/rfc8996" },
            ...tls_policies_1.ELB_POLICY_SOURCES.filter((s) => !/classic/i.test(s.title)),
            {
                title: "Terraform AWS provider: aws_lb_listener (ssl_policy)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
            },
        ],
        options: {
            type: "object",
            properties: {
                minTlsVersion: {
                    type: "string",
                    enum: MINIMUM_OPTIONS,
                    default: "1.2",
                    description: "The oldest TLS version a listener's security policy may allow.",
                },
                requireForwardSecrecy: {
                    type: "boolean",
                    default: false,
                    description: "Also fail policies that offer cipher suites without forward secrecy (RSA key exchange).",
                },
            },
            additionalProperties: false,
        },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "load-balancer", "tls"],
    },
    check(listener, ctx) {
        const minimum = ctx.options.minTlsVersion;
        const required = `TLSv${minimum}`;
        const r = ctx.read(listener);
        // An absent protocol is never HTTPS or TLS; one not known yet matters only when the policy would fail (below).
        if ((0, listener_attributes_1.protocolIn)(r, "protocol", listener_attributes_1.TLS_TERMINATING_PROTOCOLS, { unless: "unknown" }) === undefined)
            return;
        const name = r.string("ssl_policy");
        const isDefault = name === undefined || name === "";
        const policyName = isDefault ? tls_policies_1.DEFAULT_ELBV2_POLICY : name;
        const policy = tls_policies_1.ELB_SECURITY_POLICIES.get(policyName);
        if (!policy)
            return ctx.unknown(notInTable(policyName), ["ssl_policy"]);
        const fsRequired = ctx.options.requireForwardSecrecy;
        const fsUnconfirmed = fsRequired && !(0, tls_policies_1.isConfirmed)(policy, "forwardSecret");
        const lacksFs = fsRequired && !fsUnconfirmed && !policy.forwardSecret;
        let finding;
        let oldest;
        if (!(0, tls_policies_1.isConfirmed)(policy, "protocols")) {
            // Still judged on forward secrecy below when that fact is confirmed; the version verdict is unknown.
            if (!lacksFs) {
                return ctx.unknown((0, values_1.unknown)(`the TLS versions ssl_policy "${policy.name}" allows are not confirmed by an AWS page moat could read${policy.note ? `: ${policy.note}` : ""}`), ["ssl_policy"]);
            }
            finding = "notForwardSecret";
        }
        else {
            oldest = (0, tls_policies_1.minTlsVersion)(policy);
            if ((0, tls_policies_1.compareTls)(oldest, required) < 0)
                finding = isDefault ? "defaultPolicy" : "weakPolicy";
            else if (lacksFs)
                finding = "notForwardSecret";
            else if (fsUnconfirmed) {
                return ctx.unknown((0, values_1.unknown)(`whether ssl_policy "${policy.name}" is forward-secret is not confirmed by an AWS page moat could read${policy.note ? `: ${policy.note}` : ""}`), ["ssl_policy"]);
            }
        }
        if (finding === undefined)
            return;
        // A protocol that is not known yet only matters when the policy would fail: then the listener may be HTTP.
        const protocol = (0, listener_attributes_1.protocolIn)(r, "protocol", listener_attributes_1.TLS_TERMINATING_PROTOCOLS);
        ctx.report({
            messageId: finding,
            at: ["ssl_policy"],
            data: {
                protocol,
                port: (0, listener_attributes_1.portText)(r),
                policy: policy.name,
                oldest: oldest ? versionText(oldest) : "",
                minimum,
                forwardSecrecy: finding !== "notForwardSecret" && lacksFs ? ", and it offers cipher suites without forward secrecy" : "",
                recommended: recommendedPolicy(minimum, policy, fsRequired),
            },
        });
    },
});
