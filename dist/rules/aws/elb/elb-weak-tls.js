"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const tls_policies_1 = require("../elbv2/tls-policies");
const classic_negotiation_1 = require("./classic-negotiation");
/** The name a negotiation policy has in AWS: `policy_name` or `name`, else its address. */
function policyName(policy) {
    return (0, values_1.asString)(policy.attrs.policy_name) ?? (0, values_1.asString)(policy.attrs.name) ?? (0, model_1.labelOf)(policy);
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-ELB-002",
        name: "elb-weak-tls",
        title: "A classic load balancer HTTPS/SSL listener has no certificate, or negotiates TLS versions below the minimum or weak ciphers.",
        severity: "high",
        area: "lb-tls",
        resourceTypes: [classic_negotiation_1.ELB_TYPE, classic_negotiation_1.SSL_NEGOTIATION_POLICY, classic_negotiation_1.LOAD_BALANCER_POLICY, classic_negotiation_1.LISTENER_POLICY],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            noCertificate: "Classic load balancer {{protocol}} listener on port {{port}} has no ssl_certificate_id: an HTTPS/SSL listener needs an X.509 " +
                "certificate to terminate TLS. Set ssl_certificate_id to an ACM or IAM certificate ARN.",
            defaultPolicy: "Classic load balancer {{protocol}} listener on port {{port}} has no SSL negotiation policy attached, so Elastic Load Balancing " +
                "applies its default, {{policy}}, which still allows {{oldest}} (below the TLS {{min}} minimum). Attach a negotiation policy that " +
                "references ELBSecurityPolicy-TLS-1-2-2017-01.",
            weakProtocol: "SSL negotiation policy \"{{policy}}\" enables {{attribute}}: clients can negotiate {{version}}, below the TLS {{min}} minimum. " +
                "Set it to \"false\" or drop it, and reference ELBSecurityPolicy-TLS-1-2-2017-01 instead of listing protocols by hand.",
            weakReference: "SSL negotiation policy \"{{policy}}\" references {{reference}}, which allows {{oldest}}, below the TLS {{min}} minimum. " +
                "Reference ELBSecurityPolicy-TLS-1-2-2017-01.",
            weakCipher: "SSL negotiation policy \"{{policy}}\" enables the cipher {{cipher}} ({{weaknesses}}): clients can negotiate it, and " +
                "traffic protected by it can be decrypted or forged. Set it to \"false\" or drop it, and reference " +
                "ELBSecurityPolicy-TLS-1-2-2017-01 instead of listing ciphers by hand.",
            weakPredefined: "Listener policy for port {{port}} enables the predefined policy {{reference}}, which allows {{oldest}}, below the TLS {{min}} " +
                "minimum. Use ELBSecurityPolicy-TLS-1-2-2017-01.",
        },
        rationale: "A classic load balancer terminates TLS for `https` and `ssl` listeners with the certificate in `ssl_certificate_id` and the SSL " +
            "negotiation policy attached to the listener's port. TLS 1.0 and 1.1 are deprecated (RFC 8996) and SSL 3.0 is broken (POODLE): a " +
            "listener that still offers them lets an attacker on the path downgrade clients to them. The policy comes from " +
            "`aws_lb_ssl_negotiation_policy`, or from an `aws_load_balancer_policy` of type `SSLNegotiationPolicyType` attached by " +
            "`aws_load_balancer_listener_policy`; it either lists protocols (`Protocol-SSLv3`, `Protocol-TLSv1`, `Protocol-TLSv1.1`, " +
            "`Protocol-TLSv1.2` set to \"true\") or copies a predefined policy through `Reference-Security-Policy`. Predefined policies are " +
            "judged from AWS's published protocol table, never from their names. A custom policy also fails for each weak cipher it " +
            "sets to \"true\", named in the message: RC4 (RFC 7465 prohibits it), 3DES and single DES (64-bit blocks, Sweet32; DES " +
            "keys are brute-forced), NULL (no encryption), EXPORT-grade (40/56-bit keys, FREAK/Logjam), anonymous key exchange " +
            "(ADH, AECDH: no server authentication, so anyone on the path can impersonate the load balancer) and MD5 MACs. " +
            "Ciphers are recognised from their OpenSSL names, which classic policies use as attribute names (AWS's classic " +
            "tables list DES-CBC3-SHA, EDH-RSA-DES-CBC3-SHA, ECDHE-RSA-RC4-SHA and RC4-SHA in older predefined policies, and " +
            "the older Elastic Load Balancing developer guide's table of the 2011-08 to 2015-05 policies); other names follow the " +
            "same OpenSSL naming, whose dash-separated parts say the cipher (RC4, DES-CBC3, DES-CBC, NULL), the key exchange " +
            "(ADH, AECDH, EXP) and the MAC (a final MD5). An HTTPS/SSL listener with no negotiation policy attached " +
            "gets ELB's default, ELBSecurityPolicy-2016-08, which allows TLS 1.0: it fails. Each weak policy is reported once, at the " +
            "attribute that makes it weak, however many listeners use it; a listener is reported only for what is its own (no certificate, " +
            "no policy). Checkov (CKV_AWS_213) and KICS judge `aws_load_balancer_policy` alone, so neither sees a listener with no policy " +
            "at all; KICS passes a policy that references ELBSecurityPolicy-TLS-1-1-2017-01 (TLS 1.1), and Checkov passes a reference to " +
            "a policy name AWS does not have (\"TLS-1-2-2017-01\"). Trivy's adapter drops classic listeners.",
        defaults: "An HTTPS/SSL listener with no negotiation policy attached uses ELBSecurityPolicy-2016-08 (TLS 1.0–1.2): \"If you create an " +
            "HTTPS/SSL listener without associating a security policy, Elastic Load Balancing associates the default predefined security " +
            "policy, ELBSecurityPolicy-2016-08\" (AWS, Update the SSL negotiation configuration of your Classic Load Balancer). Only " +
            "attachments in the scanned input count; a listener whose attachment cannot be resolved (a port, load balancer or policy name " +
            "that is not known, or a policy name that matches nothing in the input) is not evaluated. A custom policy enables only the " +
            "protocols it sets to \"true\". Predefined policies for which AWS publishes no protocol table (ELBSecurityPolicy-2014-10, " +
            "-2014-01, -2011-08, the ELBSample-* policies) and names that are not classic predefined policies are not evaluated.",
        remediation: {
            text: "Give each HTTPS/SSL listener a certificate and attach a negotiation policy that references ELBSecurityPolicy-TLS-1-2-2017-01 " +
                "(TLS 1.2 only). Do not enable Protocol-SSLv3, Protocol-TLSv1 or Protocol-TLSv1.1, or RC4, 3DES, DES, NULL, EXPORT, " +
                "anonymous (ADH/AECDH) or MD5 ciphers, in custom policies.",
            hcl: `resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls12.policy_name]
}`,
            pulumi: `const tls12 = new aws.elb.LoadBalancerPolicy("tls12", {
  loadBalancerName: web.name,
  policyName: "web-tls12",
  policyTypeName: "SSLNegotiationPolicyType",
  policyAttributes: [{ name: "Reference-Security-Policy", value: "ELBSecurityPolicy-TLS-1-2-2017-01" }],
});

new aws.elb.ListenerPolicy("https", {
  loadBalancerName: web.name,
  loadBalancerPort: 443,
  policyNames: [tls12.policyName],
});`,
        },
        references: [
            { title: "CWE-326: Inadequate Encryption Strength", url: "https://cwe.mitre.org/data/definitions/326.html" },
            { title: "CWE-757: Selection of Less-Secure Algorithm During Negotiation", url: "https://cwe.mitre.org/data/definitions/757.html" },
            { title: "RFC 8996: Deprecating TLS 1.0 and TLS 1.1", url: "https://www.rfc-editor.org/rfc/rfc8996" },
            { title: "RFC 7465: Prohibiting RC4 Cipher Suites", url: "https://www.rfc-editor.org/rfc/rfc7465" },
            { title: "Sweet32: birthday attacks on 64-bit block ciphers (3DES)", url: "https://sweet32.info/" },
            {
                title: "AWS: Update the SSL negotiation configuration of your Classic Load Balancer",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/ssl-config-update.html",
            },
            {
                title: "AWS: Predefined SSL security policies for Classic Load Balancers",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html",
            },
            {
                title: "AWS (older guide): Predefined SSL Security Policies, 2011-08 to 2015-05 (RC4-SHA, ECDHE-RSA-RC4-SHA, DES-CBC3-SHA)",
                url: "https://docs.aws.amazon.com/ElasticLoadBalancing/latest/DeveloperGuide/elb-security-policy-table.html",
            },
            {
                title: "AWS: SSL negotiation configurations for Classic Load Balancers",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-ssl-security-policy.html",
            },
            {
                title: "AWS: Listeners for your Classic Load Balancer (HTTPS/SSL listeners need a certificate)",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html",
            },
            { title: "Terraform AWS provider: aws_elb", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb" },
            {
                title: "Terraform AWS provider: aws_load_balancer_policy",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/load_balancer_policy",
            },
            {
                title: "Terraform AWS provider: aws_load_balancer_listener_policy",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/load_balancer_listener_policy",
            },
            {
                title: "Terraform AWS provider: aws_lb_ssl_negotiation_policy",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_ssl_negotiation_policy",
            },
        ],
        options: {
            type: "object",
            properties: {
                minTlsVersion: {
                    type: "string",
                    enum: ["1.0", "1.1", "1.2", "1.3"],
                    default: "1.2",
                    description: "The oldest TLS version a listener may negotiate. Classic load balancers support TLS 1.2 at most, so \"1.3\" fails every " +
                        "classic HTTPS/SSL listener (move them to an application or network load balancer).",
                },
            },
            additionalProperties: false,
        },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "load-balancer", "classic-elb", "tls"],
    },
    check(resource, ctx) {
        const min = (0, tls_policies_1.parseTlsVersion)(ctx.options.minTlsVersion);
        const minText = ctx.options.minTlsVersion;
        if (resource.type === classic_negotiation_1.ELB_TYPE) {
            // Each listener on its own: an unknown in one never hides another's finding.
            ctx.read().blocks("listener").forEach((listener, i) => ctx.attempt(() => {
                const protocol = listener.string("lb_protocol")?.trim().toLowerCase();
                if (protocol !== "https" && protocol !== "ssl")
                    return;
                const data = { protocol: protocol.toUpperCase(), port: (0, values_1.asString)(listener.maybe("lb_port")) ?? "(unset)" };
                // An unknown certificate ARN is nearly always a reference to a certificate created elsewhere: it is set.
                if (!listener.mayBeSet("ssl_certificate_id")) {
                    ctx.report({ messageId: "noCertificate", data, at: listener.at("ssl_certificate_id") });
                }
                const port = listener.number("lb_port");
                if (port === undefined)
                    return ctx.unknown((0, values_1.unknown)("lb_port is not set"), listener.at("lb_port"));
                if ((0, classic_negotiation_1.listenerNegotiation)(ctx.graph, resource, port, ["listener", i]) === "attached")
                    return;
                const oldest = ctx.known((0, classic_negotiation_1.predefinedOldest)(tls_policies_1.DEFAULT_CLASSIC_POLICY), ["listener", i]);
                if ((0, tls_policies_1.compareTls)(oldest, min) < 0) {
                    ctx.report({
                        messageId: "defaultPolicy",
                        data: { ...data, policy: tls_policies_1.DEFAULT_CLASSIC_POLICY, oldest: (0, classic_negotiation_1.displayVersion)(oldest), min: minText },
                        at: ["listener", i],
                    });
                }
            }));
            return;
        }
        if (resource.type === classic_negotiation_1.LISTENER_POLICY) {
            // Predefined policies named directly: policies defined in the input are judged where they are written.
            // Names not known here are resolved, or counted as unknown, from the load balancer's side: skipped.
            const names = ctx.read().maybe("policy_names");
            const port = (0, values_1.asString)(resource.attrs.load_balancer_port) ?? "(unset)";
            for (const entry of Array.isArray(names) ? names : [names]) {
                const name = (0, values_1.asString)(entry);
                if (name === undefined || !(0, classic_negotiation_1.isPredefinedName)(name))
                    continue;
                const oldest = ctx.attempt(() => ctx.known((0, classic_negotiation_1.predefinedOldest)(name), ["policy_names"]));
                if (oldest !== undefined && (0, tls_policies_1.compareTls)(oldest, min) < 0) {
                    ctx.report({
                        messageId: "weakPredefined",
                        data: { port, reference: name, oldest: (0, classic_negotiation_1.displayVersion)(oldest), min: minText },
                        at: ["policy_names"],
                    });
                }
            }
            return;
        }
        // aws_lb_ssl_negotiation_policy, or aws_load_balancer_policy of type SSLNegotiationPolicyType
        if (!(0, classic_negotiation_1.isNegotiationPolicy)(resource))
            return;
        const policy = policyName(resource);
        for (const attr of ctx.read().blocks((0, classic_negotiation_1.attributeBlockOf)(resource))) {
            const problem = ctx.attempt(() => (0, classic_negotiation_1.attributeProblem)(attr, min));
            if (problem?.kind === "weakCipher") {
                ctx.report({ messageId: "weakCipher", data: { policy, cipher: problem.cipher, weaknesses: problem.weaknesses }, at: problem.at });
            }
            else if (problem?.kind === "weakProtocol") {
                ctx.report({
                    messageId: "weakProtocol",
                    data: { policy, attribute: problem.attribute, version: (0, classic_negotiation_1.displayVersion)(problem.version), min: minText },
                    at: problem.at,
                });
            }
            else if (problem?.kind === "weakReference") {
                ctx.report({
                    messageId: "weakReference",
                    data: { policy, reference: problem.reference, oldest: (0, classic_negotiation_1.displayVersion)(problem.oldest), min: minText },
                    at: problem.at,
                });
            }
        }
    },
});
