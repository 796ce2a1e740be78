"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const views_1 = require("../../../core/views");
const ingress_exposure_1 = require("./ingress-exposure");
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-SG-003",
        name: "sg-wide-port-range",
        title: "A security group rule opens more ports in one rule than the configured maximum (by default 1024).",
        severity: "low",
        area: "sg-broad",
        resourceTypes: [...views_1.INGRESS_TYPES],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            wideRange: "Ingress from {{cidr}} opens {{count}} {{protocol}} ports ({{ports}}) in one rule, more than {{max}}: open only the ports the service listens on.",
            allTraffic: "Ingress from {{cidr}} allows all traffic (protocol {{protocol}}), every port of every protocol, in one rule: open only the protocols and ports the service listens on.",
        },
        rationale: "A security group is the last firewall in front of a workload, and inside a VPC it is what stops lateral movement: a " +
            "compromised host can reach exactly what the groups of its neighbours let in from its address. A rule that opens " +
            "thousands of ports, or every protocol, from a network range — even a private one such as the VPC CIDR — lets any host " +
            "in that range reach every service on the attached resources, including management and debug ports nobody meant to " +
            "share, and hides what the workload actually needs. This rule is advisory: wide ranges are sometimes deliberate " +
            "(ephemeral ports for FTP passive mode or NAT-style appliances, Kubernetes NodePorts); raise `maxPortRange` or suppress " +
            "the finding there.\n\n" +
            "It counts the ports of one rule (`to_port - from_port + 1`; all traffic, protocol -1, always exceeds the maximum) and " +
            "applies to every rule with a CIDR source, public or not. Rules from security groups, `self` or prefix lists only are " +
            "not reported, and ICMP and other protocols without ports are not counted. A public rule that opens every port or all " +
            "traffic is MOAT-SG-001's critical finding and is not reported again here; a public rule with a wide range that is not " +
            "every port is reported by both MOAT-SG-002 (the exposure) and this rule (the width). None of the common scanners " +
            "(Checkov, Trivy, KICS, Terrascan) has an equivalent check on range width.",
        defaults: "No attribute is defaulted: `protocol`/`ip_protocol` is required, and TCP and UDP rules must give `from_port` and " +
            "`to_port` (Terraform AWS provider docs for aws_security_group, aws_security_group_rule and " +
            "aws_vpc_security_group_ingress_rule; EC2 API IpPermission). A protocol or port that cannot be known, or a rule whose " +
            "only CIDR sources cannot be known, is not evaluated.",
        remediation: {
            text: "Split the rule into rules for the ports the service really listens on, or reference the client's security group " +
                "instead of a network range. Where a wide range is deliberate, raise `maxPortRange` or suppress the finding on that rule.",
            hcl: `resource "aws_vpc_security_group_ingress_rule" "app_from_vpc" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = aws_vpc.main.cidr_block
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8081
}`,
            pulumi: `new aws.vpc.SecurityGroupIngressRule("app-from-vpc", {
  securityGroupId: app.id,
  cidrIpv4: main.cidrBlock,
  ipProtocol: "tcp",
  fromPort: 8080,
  toPort: 8081,
});`,
        },
        references: [
            { title: "CWE-284: Improper Access Control", url: "https://cwe.mitre.org/data/definitions/284.html" },
            { title: "Amazon VPC: Security group rules", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" },
            {
                title: "Amazon EC2 API: IpPermission (port ranges; protocol -1 allows all ports)",
                url: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html",
            },
            {
                title: "Terraform AWS provider: aws_security_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group",
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
            properties: {
                maxPortRange: {
                    type: "integer",
                    minimum: 1,
                    maximum: 65535,
                    default: 1024,
                    description: "The most ports one ingress rule may open (to_port - from_port + 1); a rule that opens more is reported.",
                },
                publicPrefixMax: { ...ingress_exposure_1.PUBLIC_PREFIX_MAX_OPTION },
            },
            additionalProperties: false,
        },
        enforcement: "advisory",
        tags: ["network-exposure", "security-group", "least-privilege"],
    },
    check(resource, ctx) {
        const held = (0, views_1.ingressRulesOf)(resource);
        for (const u of held.unknown)
            ctx.unknown(u.value, u.at);
        // Each rule on its own: an unknown in one never hides another's finding.
        for (const rule of held.rules) {
            ctx.attempt(() => {
                const sources = (0, ingress_exposure_1.cidrSourcesOf)(rule);
                if (sources.known.length === 0 && sources.unreadable.length === 0)
                    return; // no CIDR source
                const reach = (0, ingress_exposure_1.reachOf)(rule);
                if ((0, ingress_exposure_1.portCount)(reach) <= ctx.options.maxPortRange)
                    return;
                // From the internet, this is MOAT-SG-001's finding; whether it is depends on every CIDR being known.
                if ((0, ingress_exposure_1.coversEveryPort)(reach) && (0, ingress_exposure_1.internetSources)((0, ingress_exposure_1.exposureOf)(rule, ctx.options.publicPrefixMax), rule).length > 0)
                    return;
                // Any CIDR source counts here; one known only to be a VPC's or subnet's CIDR is still a source.
                const bounded = sources.unreadable.find((u) => u.value.facts.minPrefix !== undefined);
                if (sources.known.length === 0 && !bounded)
                    return ctx.unknown(sources.unreadable[0].value, sources.unreadable[0].at);
                const cidr = sources.known.length > 0 ? (0, ingress_exposure_1.describeCidrs)(sources.known) : "the CIDR of a VPC or subnet";
                const at = (0, ingress_exposure_1.portsAt)(rule, reach);
                if (reach.kind === "all") {
                    ctx.report({ messageId: "allTraffic", data: { cidr, protocol: reach.written }, at });
                }
                else if (reach.kind === "range") {
                    ctx.report({
                        messageId: "wideRange",
                        data: { cidr, count: (0, ingress_exposure_1.portCount)(reach), protocol: (0, ingress_exposure_1.transportName)(reach.protocol), ports: (0, ingress_exposure_1.formatRange)(reach), max: ctx.options.maxPortRange },
                        at,
                    });
                }
            });
        }
    },
});
