"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const listener_attributes_1 = require("./listener-attributes");
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-LB-005",
        name: "nlb-tcp-on-tls-port",
        title: "A network or classic load balancer passes a conventional TLS port through as plain TCP instead of terminating TLS.",
        severity: "medium",
        area: "lb-tls",
        resourceTypes: ["aws_lb_listener", listener_attributes_1.CLASSIC_LB],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            tcpOnTlsPort: "Network load balancer listener on port {{port}} ({{service}}) uses protocol TCP, so TLS is not terminated at the " +
                "load balancer: no security policy or certificate is enforced there, and whether clients get TLS at all, and which " +
                "versions, depends on each target. TLS passthrough can be deliberate (targets that terminate TLS themselves, e.g. " +
                "for client-certificate authentication); if so, suppress this finding for this listener (or drop the port from " +
                "option tlsPorts). Otherwise use protocol TLS with a certificate_arn and an ssl_policy.",
            classicTcpOnTlsPort: "Classic load balancer listener on port {{port}} ({{service}}) uses lb_protocol \"{{protocol}}\", so TLS is not " +
                "terminated at the load balancer: no negotiation policy or certificate is enforced there, and whether clients get " +
                "TLS at all, and which versions, depends on each instance. TLS passthrough can be deliberate (instances that " +
                "terminate TLS themselves); if so, suppress this finding for this load balancer (or drop the port from option " +
                "tlsPorts). Otherwise use lb_protocol \"ssl\" (or \"https\") with an ssl_certificate_id.",
        },
        rationale: "A network load balancer listener with protocol TCP forwards bytes without looking at them. On a port that " +
            "conventionally carries TLS (option `tlsPorts`, by default " + (0, listener_attributes_1.tlsPortList)() + ") this " +
            "means TLS, if any, is terminated by each target: the load balancer cannot enforce a minimum TLS version, a " +
            "security policy or a managed certificate, and a target that speaks plain text on that port is not noticed. AWS " +
            "documents TCP on 443 as the way to make targets decrypt TLS instead of the load balancer, so passthrough can be a " +
            "deliberate choice (end-to-end TLS, mutual TLS checked by the application): the rule is advisory and the message " +
            "says how to keep it. A TLS listener (protocol TLS) terminates TLS at the load balancer with a certificate and a " +
            "security policy that moat can check (MOAT-LB-003, MOAT-LB-004). No other scanner flags this. Only TCP listeners " +
            "are judged; UDP and TCP_UDP listeners are outside this rule. Classic load balancers are judged the same way: a " +
            "`listener` block of an `aws_elb` with `lb_protocol = \"tcp\"` on a port in `tlsPorts` is the same listener and gets " +
            "the same verdict, at the same severity (MOAT-ELB-001 used to report every classic `tcp` listener as plain text; it " +
            "now reports only TCP on the ports where clients speak HTTP). TCP on any other port (SSH 22, Puppet's mutual TLS " +
            "8140, database and broker ports) is reported by neither rule: those protocols encrypt themselves or not, and the " +
            "load balancer cannot tell.",
        defaults: "Only listeners whose `protocol` is written as TCP are judged (the Terraform AWS provider has no default protocol " +
            "for network load balancer listeners). Classic listeners: `lb_protocol` is required by the provider (`aws_elb` " +
            "`listener` block); values compare case-insensitively (AWS documents TCP, Terraform examples write tcp). The ports " +
            "are option `tlsPorts`; a port or protocol not known yet is not evaluated when it can matter.",
        remediation: {
            text: "Terminate TLS at the load balancer: use protocol TLS with a certificate and a modern security policy, and keep TLS " +
                "to the targets (a TLS target group) where end-to-end encryption is needed. If passthrough is deliberate, suppress " +
                "the finding for this listener.",
            hcl: `resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = aws_acm_certificate.edge.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.edge.arn
  }
}`,
            pulumi: `new aws.lb.Listener("tls", {
  loadBalancerArn: edge.arn,
  port: 443,
  protocol: "TLS",
  sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  certificateArn: certificate.arn,
  defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS: Listeners for your Network Load Balancers (TCP on 443 passes encrypted traffic through)",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html",
            },
            {
                title: "AWS: Create a listener for your Network Load Balancer",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/create-listener.html",
            },
            {
                title: "AWS: Listeners for your Classic Load Balancer (TCP/SSL listeners)",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html",
            },
            { title: "Terraform AWS provider: aws_elb", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb" },
            {
                title: "Terraform AWS provider: aws_lb_listener",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
            },
        ],
        options: {
            type: "object",
            properties: {
                tlsPorts: {
                    type: "array",
                    items: { type: "integer", minimum: 1, maximum: 65535 },
                    uniqueItems: true,
                    default: [...listener_attributes_1.DEFAULT_TLS_PORTS],
                    description: "Ports on which a TCP listener is assumed to carry TLS that the load balancer should terminate.",
                },
            },
            additionalProperties: false,
        },
        enforcement: "advisory",
        tags: ["encryption-in-transit", "load-balancer", "tls"],
    },
    check(resource, ctx) {
        (0, listener_attributes_1.eachListener)(resource, ctx, (listener) => {
            const port = (0, listener_attributes_1.tcpPortOf)(listener, ctx.options.tlsPorts, ctx.graph);
            if (port === undefined)
                return;
            const at = listener.reader.at(listener.protocolAttr);
            const service = (0, listener_attributes_1.tlsPortName)(port);
            if (listener.kind === "network")
                return ctx.report({ messageId: "tcpOnTlsPort", at, data: { port, service } });
            const protocol = listener.reader.string(listener.protocolAttr);
            ctx.report({ messageId: "classicTcpOnTlsPort", at, data: { port, service, protocol } });
        });
    },
});
