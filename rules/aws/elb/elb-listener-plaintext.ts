import { defineRule } from "../../../core/rule";
import type { Resource } from "../../../core/model";
import { asString, unknown } from "../../../core/values";
import { CLASSIC_LB, DEFAULT_HTTP_PORTS, listenersOf, tcpPortOf } from "../elbv2/tcp-passthrough";

export default defineRule({
  meta: {
    id: "MOAT-ELB-001",
    name: "elb-listener-plaintext",
    title: "A load balancer listener accepts plain HTTP (an HTTP listener, or TCP on a port where clients speak HTTP).",
    severity: "high",
    area: "listener-http",
    resourceTypes: [CLASSIC_LB, "aws_lb_listener"],
    scope: "resource",
    doors: ["hcl", "plan", "pulumi"],
    messages: {
      plainHttp:
        "Classic load balancer listener on port {{port}} accepts plain HTTP (lb_protocol = \"{{protocol}}\"): a classic load balancer " +
        "cannot redirect to HTTPS, so every request, cookie and credential sent to this port crosses the network unencrypted.",
      plainTcp:
        "Classic load balancer listener on port {{port}} passes TCP through (lb_protocol = \"{{protocol}}\") on a port where " +
        "clients speak plain HTTP: requests, cookies and credentials cross the network unencrypted, and the load balancer " +
        "cannot redirect them to HTTPS. Serve the port with lb_protocol \"https\" and a certificate. If the instances answer " +
        "every request on this port only with a redirect to HTTPS, suppress this finding for this load balancer and say so.",
      networkTcp:
        "Network load balancer listener on port {{port}} passes TCP through (protocol = \"{{protocol}}\") on a port where " +
        "clients speak plain HTTP: requests, cookies and credentials cross the network unencrypted, and a network load " +
        "balancer cannot redirect them to HTTPS. Terminate HTTP on an application load balancer that redirects to HTTPS. If " +
        "the targets answer every request on this port only with a redirect to HTTPS (an ingress controller's SSL " +
        "redirect), suppress this finding for this listener and say so.",
    },
    rationale:
      "A classic load balancer listener whose `lb_protocol` is `http` carries client traffic in clear text between clients " +
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
      "HTTP. So it fails here too. MOAT-LB-001 (application load balancers) still never calls a network load balancer " +
      "listener \"plain HTTP\": it judges HTTP listeners and their actions. When the targets behind a TCP listener on " +
      "port 80 do nothing but redirect to HTTPS (an ingress controller with SSL redirect), the first request still crosses " +
      "the network in clear, as it does through an application load balancer's redirect, but nothing more: the message " +
      "says to suppress the finding then, or to drop the port from option `httpPorts`; moat cannot see the targets.\n\n" +
      "Each classic listener block is reported at its own `lb_protocol` line, a network listener at its `protocol`. Only the " +
      "client side is judged: `instance_protocol` and target groups are the hop inside the VPC. Regula checks only `http` " +
      "listeners; Trivy's adapter drops classic listeners entirely, so it never reports one. Checkov CKV2_AWS_20 and " +
      "Terrascan flag network load balancer TCP:80 as an HTTP listener without redirect; moat agrees that it is plain " +
      "HTTP, but reports it here, not as MOAT-LB-001.",
    defaults:
      "`lb_protocol` is required by the Terraform AWS provider (`aws_elb` `listener` block), so there is no default to " +
      "assume; a listener whose `lb_protocol` cannot be known (a variable without a value, a dynamic block over an unknown " +
      "list) is not evaluated. Values compare case-insensitively: AWS documents them upper-case (HTTP, HTTPS, TCP, SSL) and " +
      "Terraform examples write them lower-case. A network load balancer listener's `protocol` has no default in the " +
      "provider: only listeners written as TCP are judged, never an absent protocol; UDP and TCP_UDP are not HTTP. A TCP " +
      "listener whose port (or a listener on an HTTP port whose protocol) is not known is not evaluated.",
    remediation: {
      text:
        "Serve clients over `https` (or `ssl` for non-HTTP protocols) with a certificate and a TLS 1.2 negotiation policy, and remove the " +
        "`http`/`tcp` listener. Better still, move to an application load balancer, which can redirect port 80 to HTTPS.",
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
});`,
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
          default: [...DEFAULT_HTTP_PORTS],
          description:
            "Ports on which clients speak plain HTTP, so a TCP listener (classic or network load balancer) there fails. " +
            "`http` listeners fail on every port.",
        },
      },
      additionalProperties: false,
    },
    enforcement: "mandatory",
    tags: ["encryption-in-transit", "load-balancer", "classic-elb", "network-load-balancer"],
  },
  check(resource: Resource, ctx) {
    // Each listener on its own: an unknown in one classic listener block never hides another's finding.
    for (const listener of listenersOf(resource, ctx.read())) {
      ctx.attempt(() => {
        const r = listener.reader;
        const at = r.at(listener.protocolAttr);
        if (listener.kind === "classic") {
          const protocol = r.string("lb_protocol");
          if (protocol === undefined) return ctx.unknown(unknown("lb_protocol is not set"), at);
          if (protocol.trim().toLowerCase() === "http") {
            const port = asString(r.maybe("lb_port")) ?? "(unset)";
            return ctx.report({ messageId: "plainHttp", data: { port, protocol }, at });
          }
        }
        const port = tcpPortOf(listener, ctx.options.httpPorts);
        if (port === undefined) return;
        const protocol = r.string(listener.protocolAttr) ?? "TCP";
        ctx.report({ messageId: listener.kind === "classic" ? "plainTcp" : "networkTcp", data: { port, protocol }, at });
      });
    }
  },
});
