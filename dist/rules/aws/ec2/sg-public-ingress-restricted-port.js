"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const views_1 = require("../../../core/views");
const ingress_exposure_1 = require("./ingress-exposure");
const PORT = { type: "integer", minimum: 0, maximum: 65535 };
const PORT_OR_RANGE = { oneOf: [PORT, { type: "string", pattern: "^\\s*\\d{1,5}\\s*-\\s*\\d{1,5}\\s*$" }] };
/** One entry of option `sensitivePorts`. */
const SENSITIVE_PORT = {
    type: "object",
    additionalProperties: false,
    required: ["service"],
    properties: { port: PORT, from: PORT, to: PORT, service: { type: "string", minLength: 1 } },
    oneOf: [{ required: ["port"] }, { required: ["from", "to"] }],
};
/** RULES.md's list: remote administration, file sharing, mail, directory, database, cache and search services. */
const SENSITIVE_PORTS = [
    { port: 20, service: "FTP data" },
    { port: 21, service: "FTP" },
    { port: 22, service: "SSH" },
    { port: 23, service: "Telnet" },
    { port: 25, service: "SMTP" },
    { port: 53, service: "DNS" },
    { port: 110, service: "POP3" },
    { port: 135, service: "MS RPC" },
    { from: 137, to: 139, service: "NetBIOS" },
    { port: 143, service: "IMAP" },
    { port: 389, service: "LDAP" },
    { port: 445, service: "SMB" },
    { port: 636, service: "LDAPS" },
    { port: 1433, service: "SQL Server" },
    { port: 1434, service: "SQL Server Browser" },
    { port: 1521, service: "Oracle DB" },
    { port: 2049, service: "NFS" },
    { port: 2375, service: "Docker API" },
    { port: 2376, service: "Docker API (TLS)" },
    { port: 3306, service: "MySQL" },
    { port: 3389, service: "RDP" },
    { port: 4333, service: "mSQL" },
    { port: 5432, service: "PostgreSQL" },
    { port: 5601, service: "Kibana" },
    { port: 5900, service: "VNC" },
    { port: 5985, service: "WinRM" },
    { port: 5986, service: "WinRM (HTTPS)" },
    { port: 6379, service: "Redis" },
    { port: 7001, service: "WebLogic" },
    { port: 8080, service: "HTTP alternate/proxy" },
    { port: 8888, service: "HTTP alternate" },
    { port: 9042, service: "Cassandra" },
    { port: 9200, service: "Elasticsearch" },
    { port: 9300, service: "Elasticsearch transport" },
    { port: 11211, service: "Memcached" },
    { port: 27017, service: "MongoDB" },
    { port: 27018, service: "MongoDB shard" },
];
function sensitiveRange(s) {
    if (s.port !== undefined)
        return { from: s.port, to: s.port };
    if (s.from !== undefined && s.to !== undefined)
        return { from: Math.min(s.from, s.to), to: Math.max(s.from, s.to) };
    return undefined;
}
/** "SSH (22) and RDP (3389)": the sensitive services among the exposed ports, in port order. */
function sensitiveServices(exposed, sensitive) {
    const hits = [];
    for (const s of sensitive) {
        const range = sensitiveRange(s);
        if (!range)
            continue;
        const parts = exposed.map((e) => (0, ingress_exposure_1.intersect)(e, range)).filter((r) => r !== undefined);
        if (parts.length > 0)
            hits.push({ first: parts[0].from, text: `${s.service} (${parts.map(ingress_exposure_1.formatRange).join(", ")})` });
    }
    return hits.sort((a, b) => a.first - b.first).map((h) => h.text);
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-SG-002",
        name: "sg-public-ingress-restricted-port",
        title: "A security group rule opens a port other than the allowed public ports (by default TCP 80 and 443) to the internet.",
        severity: "high",
        area: "sg-broad",
        resourceTypes: [...views_1.INGRESS_TYPES],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            sensitivePort: "{{services}} open to the internet: ingress from {{cidr}} exposes {{protocol}} {{exposed}}, beyond the allowed public {{protocol}} ports ({{allowed}}).",
            restrictedPort: "{{protocol}} {{exposed}} open to the internet: ingress from {{cidr}} allows {{protocol}} {{ports}}, beyond the allowed public {{protocol}} ports ({{allowed}}).",
        },
        rationale: "Only services meant for the public — web traffic on 80 and 443 by default — should accept connections from the whole " +
            "internet. Remote administration (SSH, RDP, WinRM, VNC), file sharing (SMB, NFS, FTP), databases, caches and search " +
            "engines exposed to `0.0.0.0/0` or `::/0` are found by internet-wide scanners within minutes and then brute-forced or " +
            "exploited; unauthenticated Redis, Memcached, Elasticsearch, MongoDB and Docker APIs have leaked or lost entire datasets " +
            "this way. The finding is critical when an exposed port is one of the sensitive ports (option `sensitivePorts`), and names " +
            "them with their service, e.g. \"SSH (22) and RDP (3389) open to the internet\"; any other port outside `allowedPublicPorts` " +
            "is high.\n\n" +
            "Every port of the range must be allowed: `80-443` is not \"web only\" — it also opens POP3, MS RPC, NetBIOS, IMAP and LDAP. " +
            "\"The internet\" is any /0 however written (`0.0.0.0/0`, `::/0`, `1.0.0.0/0`), widened by option `publicPrefixMax`; a " +
            "`self`, security-group or prefix-list source beside the CIDR does not excuse it. Rules that open every port or all " +
            "traffic are MOAT-SG-001's finding and are not reported again here; ICMP and other protocols without ports are not " +
            "reported.\n\n" +
            "Peers disagree: Trivy narrowed its rule to SSH and RDP only in 2024 and no longer reports other ports; Checkov has one " +
            "rule per port for 22, 3389 and 80 only (so it fails a public port 80, which is allowed here by default, and passes " +
            "`self = true` beside `0.0.0.0/0`); KICS treats web ports as sensitive and matches CIDR strings, so it fails the invalid " +
            "`/0` and passes `0.1.0.0/0`; Terrascan matches only exact from/to values, so a range that covers 22 passes; none " +
            "parameterises the allowed ports except Sentinel. AWS Config's `vpc-sg-open-only-to-authorized-ports` and Security Hub " +
            "EC2.18 use the same model as this rule: authorised public ports, default TCP 80 and 443.",
        defaults: "No attribute is defaulted: `protocol`/`ip_protocol` is required, and TCP and UDP rules must give `from_port` and " +
            "`to_port` (Terraform AWS provider docs for aws_security_group, aws_security_group_rule and " +
            "aws_vpc_security_group_ingress_rule; EC2 API IpPermission). A rule without any CIDR source is not public. A CIDR, protocol " +
            "or port that cannot be known (a variable without a value, a value known only after apply, or text that is not a CIDR) is " +
            "not evaluated, unless another CIDR of the same rule is already the internet.",
        remediation: {
            text: "Limit the rule to the sources that need the port — your VPN or office CIDR, a bastion's or load balancer's security " +
                "group, a managed prefix list — or reach the instance without an open port (AWS Systems Manager Session Manager for " +
                "shells, a VPN for databases). If a port really is public by design, add it to `allowedPublicPorts`.",
            hcl: `resource "aws_vpc_security_group_ingress_rule" "ssh_from_office" {
  security_group_id = aws_security_group.bastion.id
  description       = "SSH from the office only"
  cidr_ipv4         = "203.0.113.0/24"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}`,
            pulumi: `new aws.vpc.SecurityGroupIngressRule("ssh-from-office", {
  securityGroupId: bastion.id,
  description: "SSH from the office only",
  cidrIpv4: "203.0.113.0/24",
  ipProtocol: "tcp",
  fromPort: 22,
  toPort: 22,
});`,
        },
        references: [
            { title: "CWE-284: Improper Access Control", url: "https://cwe.mitre.org/data/definitions/284.html" },
            { title: "CWE-668: Exposure of Resource to Wrong Sphere", url: "https://cwe.mitre.org/data/definitions/668.html" },
            { title: "Amazon VPC: Security group rules", url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html" },
            {
                title: "AWS Config: vpc-sg-open-only-to-authorized-ports (authorised public TCP/UDP ports and ranges)",
                url: "https://docs.aws.amazon.com/config/latest/developerguide/vpc-sg-open-only-to-authorized-ports.html",
            },
            {
                title: "AWS Config: restricted-common-ports",
                url: "https://docs.aws.amazon.com/config/latest/developerguide/restricted-common-ports.html",
            },
            {
                title: "Amazon EC2 API: IpPermission",
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
                allowedPublicPorts: {
                    type: "object",
                    additionalProperties: false,
                    properties: { tcp: { type: "array", items: PORT_OR_RANGE }, udp: { type: "array", items: PORT_OR_RANGE } },
                    default: { tcp: [80, 443], udp: [] },
                    description: "Ports that may be open to the internet, per protocol: numbers or \"from-to\" ranges, e.g. " +
                        "{ \"tcp\": [80, 443, \"30000-32767\"], \"udp\": [500] }. Replaces the default as a whole; a protocol left out allows no port.",
                },
                sensitivePorts: {
                    type: "array",
                    items: SENSITIVE_PORT,
                    default: SENSITIVE_PORTS,
                    description: "Ports whose public exposure is critical, with the service named in the message: { \"port\": 22, \"service\": \"SSH\" } " +
                        "or { \"from\": 137, \"to\": 139, \"service\": \"NetBIOS\" }. Applies to TCP and UDP. A port listed in " +
                        "allowedPublicPorts is not reported at all.",
                },
                publicPrefixMax: { ...ingress_exposure_1.PUBLIC_PREFIX_MAX_OPTION },
            },
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
                // All traffic and every-port ranges are MOAT-SG-001's finding; ICMP and other protocols have no ports.
                if (reach.kind !== "range" || (0, ingress_exposure_1.coversEveryPort)(reach))
                    return;
                const allowedSpecs = ctx.options.allowedPublicPorts[reach.protocol] ?? [];
                const allowed = allowedSpecs.map(ingress_exposure_1.parsePortSpec).filter((r) => r !== undefined);
                const exposed = (0, ingress_exposure_1.subtractRanges)(reach, allowed);
                if (exposed.length === 0)
                    return;
                const internet = (0, ingress_exposure_1.internetSources)(exposure, rule);
                const protocol = (0, ingress_exposure_1.transportName)(reach.protocol);
                const data = {
                    cidr: (0, ingress_exposure_1.describeCidrs)(internet),
                    protocol,
                    ports: (0, ingress_exposure_1.formatRange)(reach),
                    exposed: (0, ingress_exposure_1.formatRanges)(exposed),
                    allowed: allowed.length > 0 ? allowed.map(ingress_exposure_1.formatRange).join(", ") : "none",
                };
                const at = internet[0].at;
                const services = sensitiveServices(exposed, ctx.options.sensitivePorts);
                if (services.length > 0) {
                    const named = (0, ingress_exposure_1.joinList)(services, 5, (n) => `${n} more sensitive port${n === 1 ? "" : "s"}`);
                    ctx.report({ messageId: "sensitivePort", data: { ...data, services: named }, at, severity: "critical" });
                }
                else {
                    ctx.report({ messageId: "restrictedPort", data, at });
                }
            });
        }
    },
});
