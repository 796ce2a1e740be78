"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const values_1 = require("../../../core/values");
const listener_attributes_1 = require("../elbv2/listener-attributes");
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-ELB-001",
        name: "elb-listener-plaintext",
        title: "A load balancer listener accepts plain HTTP (an HTTP listener, or TCP on a port where clients speak HTTP).",
        severity: "high",
        area: "listener-http",
        resourceTypes: [listener_attributes_1.CLASSIC_LB, "aws_lb_listener"],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            plainHttp: "Classic load balancer listener on port {{port}} accepts plain HTTP (lb_protocol = \"{{protocol}}\"): a classic load balancer " +
                "cannot redirect to HTTPS, so every request, cookie and credential sent to this port crosses the network unencrypted.",
            plainTcp: "Classic load balancer listener on port {{port}} passes TCP through (lb_protocol = \"{{protocol}}\") on a port where " +
                "clients speak plain HTTP: requests, cookies and credentials cross the network unencrypted, and a classic load " +
                "balancer cannot redirect them to HTTPS. Serve clients on port 443 with lb_protocol \"https\" (or \"ssl\") and a " +
                "certificate, and remove this listener. If the instances answer every request on this port only with a redirect " +
                "to HTTPS, suppress this finding for this load balancer and say so (or drop the port from option httpPorts).",
            networkTcp: "Network load balancer listener on port {{port}} passes TCP through (protocol = \"{{protocol}}\") on a port where " +
                "clients speak plain HTTP: requests, cookies and credentials cross the network unencrypted, and a network load " +
                "balancer cannot redirect them to HTTPS. Add a TLS listener on port 443 (protocol \"TLS\" with a certificate_arn) " +
                "and remove this one, or forward this port to a target group with target_type \"alb\" whose application load " +
                "balancer redirects HTTP to HTTPS. If the targets answer every request on this port only with a redirect to HTTPS " +
                "(an ingress controller's SSL redirect), suppress this finding for this listener and say so (or drop the port from " +
                "option httpPorts).",
            tcpBesideTls: "{{kind}} load balancer listener on port {{port}} passes TCP through ({{attr}} = \"{{protocol}}\") on a port where " +
                "clients speak plain HTTP, next to a listener on port {{tlsPort}} that carries TLS: verify the targets only redirect " +
                "to HTTPS on this port (as an ingress controller does by default when TLS is enabled); if so, suppress this finding " +
                "and say so. Anything else they serve here crosses the network unencrypted.",
        },
        rationale: "A classic load balancer listener whose `lb_protocol` is `http` carries client traffic in clear text between clients " +
            "and the load balancer. Unlike an application load balancer, a classic load balancer has no redirect action: an HTTP " +
            "listener cannot send clients to HTTPS, it can only serve them over HTTP, so every `http` listener is a plain-text " +
            "entry point (any port). A `tcp` listener passes bytes through without looking at them, so what it carries is what " +
            "clients speak on that port: on the ports where clients speak HTTP (option `httpPorts`, default 80 and 8080) that is " +
            "plain HTTP, and the listener fails like an `http` one. TCP on other ports is not plain HTTP: on a port " +
            "conventionally used for TLS it is TLS passthrough, which MOAT-LB-005 reports as advisory (medium), and on any other " +
            "port the protocol may encrypt itself (SSH on 22, Puppet's mutual TLS on 8140, database and broker protocols), which " +
            "the load balancer cannot see, so it is not reported; earlier versions of this rule reported every classic `tcp` " +
            "listener, and on real repositories those were its only false positives.\n\n" +
            "**Classic and network load balancers get the same verdict for the same listener.** A network load balancer " +
            "listener with protocol TCP on an HTTP port is the same listener as a classic `tcp` one: neither load balancer " +
            "understands HTTP, neither can redirect, and the port carries whatever the clients send, which on port 80 is plain " +
            "HTTP. So it is reported here; MOAT-LB-001 judges only application load balancer listeners. Three cases change the " +
            "verdict, for both kinds alike:\n\n" +
            "- **A TLS-carrying listener beside it.** When the same load balancer also has a listener that carries TLS (HTTPS, " +
            "SSL or TLS, or TCP on " + (0, listener_attributes_1.tlsPortList)() + "), the TCP listener on the HTTP port is most often the port-80 half of " +
            "an 80+443 pair in front of an ingress controller, which redirects HTTP to HTTPS by default when TLS is enabled " +
            "(ingress-nginx: \"By default the controller redirects HTTP clients to the HTTPS port 443 using a 308 Permanent " +
            "Redirect response if TLS is enabled for that Ingress\"). That is the same exposure as an application load " +
            "balancer's redirect, which MOAT-LB-001 passes, but moat cannot see the targets: it is reported as `tcpBesideTls` " +
            "at medium, asking to verify the targets only redirect. Without a TLS-carrying listener it stays high.\n" +
            "- **Internal load balancers** (`internal = true`) are reported at medium, as MOAT-LB-002 does: only clients inside " +
            "the network can reach them. An `internal` not known yet keeps the rule's severity.\n" +
            "- **An application load balancer behind the listener.** A network listener whose default action forwards to " +
            "target groups with `target_type = \"alb\"` is not judged (nor by MOAT-LB-005): \"the Application Load Balancer " +
            "takes over the load balancing decision as soon as traffic reaches it\" (AWS, Application Load Balancers as " +
            "targets of a Network Load Balancer), and its own listeners are judged by MOAT-LB-001/003/006. A `target_type` " +
            "not known yet is not evaluated; a target group outside the input leaves the listener judged on its port.\n\n" +
            "Each classic listener block is reported at its own `lb_protocol` line, a network listener at its `protocol`. Only the " +
            "client side is judged: `instance_protocol` and target groups are the hop inside the VPC. Regula checks only `http` " +
            "listeners; Trivy's adapter drops classic listeners entirely, so it never reports one. Checkov CKV2_AWS_20 and " +
            "Terrascan flag network load balancer TCP:80 as an HTTP listener without redirect; moat reports it here, as " +
            "MOAT-ELB-001, and never as MOAT-LB-001.",
        defaults: "`lb_protocol` is required by the Terraform AWS provider (`aws_elb` `listener` block), so there is no default to " +
            "assume; a listener whose `lb_protocol` cannot be known (a variable without a value, a dynamic block over an unknown " +
            "list) is not evaluated. Values compare case-insensitively: AWS documents them upper-case (HTTP, HTTPS, TCP, SSL) and " +
            "Terraform examples write them lower-case. A network load balancer listener's `protocol` has no default in the " +
            "provider: only listeners written as TCP are judged, never an absent protocol; UDP and TCP_UDP are not HTTP. A TCP " +
            "listener whose port (or a listener on an HTTP port whose protocol) is not known is not evaluated. A listener of a " +
            "known application load balancer is never TCP (MOAT-LB-001 judges it), so a protocol not known there is not read. " +
            "`aws_lb_target_group.target_type` defaults to `instance` (Terraform AWS provider); `internal` defaults to false " +
            "on both `aws_elb` and `aws_lb`.",
        remediation: {
            text: "Serve clients over `https` (or `ssl` for non-HTTP protocols) with a certificate and a TLS 1.2 negotiation policy, and remove the " +
                "`http`/`tcp` listener. Better still, move to an application load balancer, which can redirect port 80 to HTTPS. " +
                "A network load balancer: replace TCP on the HTTP port with a TLS listener on 443, or forward the port to a target " +
                "group with `target_type = \"alb\"` whose application load balancer redirects to HTTPS (both shown below).",
            hcl: `resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc", "subnet-0def"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }
}

# Network load balancer: TLS on 443 instead of TCP on 80 ...
resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = aws_acm_certificate.edge.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.edge.arn
  }
}

# ... or port 80 forwarded to an application load balancer that redirects to HTTPS.
resource "aws_lb_target_group" "alb" {
  name        = "edge-alb"
  target_type = "alb"
  port        = 80
  protocol    = "TCP"
  vpc_id      = aws_vpc.main.id
}`,
            pulumi: `new aws.elb.LoadBalancer("web", {
  subnets: ["subnet-0abc", "subnet-0def"],
  listeners: [{
    lbPort: 443,
    lbProtocol: "https",
    instancePort: 8080,
    instanceProtocol: "http",
    sslCertificateId: certificate.arn,
  }],
});

// Network load balancer: TLS on 443 instead of TCP on 80 ...
new aws.lb.Listener("tls", {
  loadBalancerArn: edge.arn,
  port: 443,
  protocol: "TLS",
  sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  certificateArn: certificate.arn,
  defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
});

// ... or port 80 forwarded to an application load balancer that redirects to HTTPS.
new aws.lb.TargetGroup("alb", { targetType: "alb", port: 80, protocol: "TCP", vpcId: vpc.id });`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS: Listeners for your Classic Load Balancer",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html",
            },
            {
                title: "AWS: Create a Classic Load Balancer with an HTTPS listener",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html",
            },
            { title: "Terraform AWS provider: aws_elb", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb" },
            {
                title: "AWS: Listeners for your Network Load Balancers (protocols TCP, TLS, UDP, TCP_UDP; no redirect action)",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html",
            },
            {
                title: "AWS: Use an Application Load Balancer as a target of a Network Load Balancer",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html",
            },
            {
                title: "ingress-nginx: TLS/HTTPS (redirects HTTP to HTTPS by default when TLS is enabled)",
                url: "https://kubernetes.github.io/ingress-nginx/user-guide/tls/",
            },
            {
                title: "Terraform AWS provider: aws_lb_target_group (target_type, default instance)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_target_group",
            },
            {
                title: "Terraform AWS provider: aws_lb_listener",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
            },
        ],
        options: {
            type: "object",
            properties: {
                httpPorts: {
                    type: "array",
                    items: { type: "integer", minimum: 1, maximum: 65535 },
                    uniqueItems: true,
                    default: [...listener_attributes_1.DEFAULT_HTTP_PORTS],
                    description: "Ports on which clients speak plain HTTP, so a TCP listener (classic or network load balancer) there fails. " +
                        "`http` listeners fail on every port.",
                },
            },
            additionalProperties: false,
        },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "load-balancer", "classic-elb", "network-load-balancer"],
    },
    check(resource, ctx) {
        (0, listener_attributes_1.eachListener)(resource, ctx, (listener, all) => {
            const r = listener.reader;
            const at = r.at(listener.protocolAttr);
            const lbFacts = () => (0, listener_attributes_1.loadBalancerContext)(listener, all, ctx.graph, listener_attributes_1.DEFAULT_TLS_PORTS);
            if (listener.kind === "classic") {
                const written = r.string("lb_protocol");
                if (written === undefined)
                    return ctx.unknown((0, values_1.unknown)("lb_protocol is not set"), at);
                if ((0, listener_attributes_1.protocolIn)(r, "lb_protocol", ["HTTP"])) {
                    const { internal } = lbFacts();
                    return ctx.report({ messageId: "plainHttp", data: { port: (0, listener_attributes_1.portText)(r, "lb_port"), protocol: written }, at, ...(internal ? { severity: "medium" } : {}) });
                }
            }
            const port = (0, listener_attributes_1.tcpPortOf)(listener, ctx.options.httpPorts, ctx.graph);
            if (port === undefined)
                return;
            const protocol = r.string(listener.protocolAttr);
            const { internal, tlsPort } = lbFacts();
            if (tlsPort !== undefined) {
                const kind = listener.kind === "classic" ? "Classic" : "Network";
                return ctx.report({ messageId: "tcpBesideTls", data: { kind, port, attr: listener.protocolAttr, protocol, tlsPort }, at, severity: "medium" });
            }
            ctx.report({
                messageId: listener.kind === "classic" ? "plainTcp" : "networkTcp",
                data: { port, protocol },
                at,
                ...(internal ? { severity: "medium" } : {}),
            });
        });
    },
});
