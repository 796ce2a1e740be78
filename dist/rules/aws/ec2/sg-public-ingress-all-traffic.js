"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const views_1 = require("../../../core/views");
const ingress_exposure_1 = require("./ingress-exposure");
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-SG-001",
        name: "sg-public-ingress-all-traffic",
        title: "A security group rule lets in all traffic, or every TCP or UDP port, from the internet.",
        severity: "critical",
        area: "sg-broad",
        resourceTypes: [...views_1.INGRESS_TYPES],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            allTraffic: "Ingress from {{cidr}} allows all traffic (protocol {{protocol}}): every port of every protocol on the attached resources is open to the internet.",
            allPorts: "Ingress from {{cidr}} allows every {{protocol}} port ({{ports}}): every {{protocol}} service on the attached resources is reachable from the internet.",
        },
        rationale: "An ingress rule that admits every protocol, or every TCP or UDP port, from the whole internet turns the security group " +
            "into no firewall at all: every service on every instance, database, load balancer or endpoint that carries the group — " +
            "including the ones nobody meant to publish (admin consoles, metrics, debug ports) — is reachable by anyone scanning the " +
            "internet, which happens within minutes of an address going live.\n\n" +
            "\"The internet\" is any CIDR of prefix length 0, IPv4 or IPv6, however it is written: `0.0.0.0/0`, `::/0`, " +
            "`0000:0000::/0`, and non-canonical forms such as `1.0.0.0/0` or `0.1.0.0/0`, which the EC2 API canonicalises to " +
            "`0.0.0.0/0` (the Terraform provider refuses them at plan time with \"did you mean 0.0.0.0/0?\", but the intent is the " +
            "whole internet and other tools pass them through). " +
            "Protocol `-1` (also written `all` or the number -1) allows every port of every protocol whatever `from_port`/`to_port` say. " +
            "A TCP or UDP range counts as every port when it runs from 0 or 1 to 65535: port 0 is reserved and no service can listen " +
            "on it, so `1-65535` exposes exactly what `0-65535` does. A rule is public only through its CIDR sources; a `self = true`, " +
            "security-group or prefix-list source in the same rule does not make a `0.0.0.0/0` CIDR any less public.\n\n" +
            "Peers get this wrong: Checkov passes a `0.0.0.0/0` all-traffic rule when `self = true` sits beside it, and fails rules that " +
            "have no source at all; KICS compares strings, so it fails the invalid CIDR `/0` and passes the non-canonical `0.1.0.0/0`. " +
            "Egress rules are out of scope (the common `0.0.0.0/0` egress is normal), and so are NACLs.",
        defaults: "No attribute is defaulted: `protocol`/`ip_protocol` is required by the provider, and `from_port`/`to_port` are required " +
            "except with protocol -1 (all) or icmpv6 on `aws_vpc_security_group_ingress_rule` (Terraform AWS provider docs for " +
            "aws_security_group, aws_security_group_rule and aws_vpc_security_group_ingress_rule; EC2 API IpPermission). A rule " +
            "without any CIDR source is not public. A CIDR, protocol or port that cannot be known (a variable without a value, a value " +
            "known only after apply, or text that is not a CIDR) is not evaluated, unless another CIDR of the same rule is already " +
            "the internet.",
        remediation: {
            text: "Open only the ports the service needs, and only to the sources that need them: a load balancer's security group " +
                "(`referenced_security_group_id`), your VPC or office CIDR, or a managed prefix list. Publish web services on 443 (and " +
                "80 for the redirect) through a load balancer rather than opening the instances themselves.",
            hcl: `resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.web.id
  description       = "HTTPS from anywhere"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_ingress_rule" "app_from_lb" {
  security_group_id            = aws_security_group.app.id
  referenced_security_group_id = aws_security_group.web.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
}`,
            pulumi: `new aws.vpc.SecurityGroupIngressRule("https", {
  securityGroupId: web.id,
  description: "HTTPS from anywhere",
  cidrIpv4: "0.0.0.0/0",
  ipProtocol: "tcp",
  fromPort: 443,
  toPort: 443,
});

new aws.vpc.SecurityGroupIngressRule("app-from-lb", {
  securityGroupId: app.id,
  referencedSecurityGroupId: web.id,
  ipProtocol: "tcp",
  fromPort: 8080,
  toPort: 8080,
});`,
        },
        references: [
            { title: "CWE-284: Improper Access Control", url: "https://cwe.mitre.org/data/definitions/284.html" },
            { title: "CWE-668: Exposure of Resource to Wrong Sphere", url: "https://cwe.mitre.org/data/definitions/668.html" },
            { title: "Amazon VPC: Security group rules", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" },
            {
                title: "Amazon EC2 API: IpPermission (protocol -1 allows all ports regardless of the range)",
                url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html",
            },
            {
                title: "Amazon EC2 API: IpRange (AWS canonicalises CIDRs: 100.68.0.18/18 becomes 100.68.0.0/18)",
                url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpRange.html",
            },
            {
                title: "Terraform AWS provider: aws_security_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group",
            },
            {
                title: "Terraform AWS provider: aws_default_security_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group",
            },
            {
                title: "Terraform AWS provider: aws_security_group_rule",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group_rule",
            },
            {
                title: "Terraform AWS provider: aws_vpc_security_group_ingress_rule",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule",
            },
            ingress_exposure_1.VPC_CIDR_SIZE_REFERENCE,
        ],
        options: {
            type: "object",
            properties: { publicPrefixMax: { ...ingress_exposure_1.PUBLIC_PREFIX_MAX_OPTION } },
            additionalProperties: false,
        },
        enforcement: "mandatory",
        tags: ["network-exposure", "security-group"],
    },
    check(resource, ctx) {
        const held = (0, views_1.ingressRulesOf)(resource);
        for (const u of held.unknown)
            ctx.unknown(u.value, u.at);
        // Each rule on its own: an unknown in one never hides another's finding.
        for (const rule of held.rules) {
            ctx.attempt(() => {
                const exposure = (0, ingress_exposure_1.exposureOf)(rule, ctx.options.publicPrefixMax);
                if (exposure.kind === "private")
                    return;
                const reach = (0, ingress_exposure_1.reachOf)(rule);
                if (!(0, ingress_exposure_1.coversEveryPort)(reach))
                    return;
                const internet = (0, ingress_exposure_1.internetSources)(exposure, rule);
                const cidr = (0, ingress_exposure_1.describeCidrs)(internet);
                const at = internet[0].at;
                if (reach.kind === "all") {
                    ctx.report({ messageId: "allTraffic", data: { cidr, protocol: reach.written }, at });
                }
                else if (reach.kind === "range") {
                    ctx.report({ messageId: "allPorts", data: { cidr, protocol: (0, ingress_exposure_1.transportName)(reach.protocol), ports: (0, ingress_exposure_1.formatRange)(reach) }, at });
                }
            });
        }
    },
});
