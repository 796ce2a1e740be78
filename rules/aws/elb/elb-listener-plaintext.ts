import { defineRule } from "../../../core/rule";
import type { Resource } from "../../../core/model";
import { asString, unknown } from "../../../core/values";

export default defineRule({
  meta: {
    id: "MOAT-ELB-001",
    name: "elb-listener-plaintext",
    title: "A classic load balancer listener accepts plain HTTP or TCP, so client traffic is not encrypted.",
    severity: "high",
    area: "listener-http",
    resourceTypes: ["aws_elb"],
    scope: "resource",
    doors: ["hcl", "plan", "pulumi"],
    messages: {
      plainHttp:
        "Classic load balancer listener on port {{port}} accepts plain HTTP (lb_protocol = \"{{protocol}}\"): a classic load balancer " +
        "cannot redirect to HTTPS, so every request, cookie and credential sent to this port crosses the network unencrypted.",
      plainTcp:
        "Classic load balancer listener on port {{port}} accepts plain TCP (lb_protocol = \"{{protocol}}\"): the load balancer does not " +
        "encrypt this traffic. Use \"ssl\" with a certificate; if the instances terminate TLS themselves on this port (TCP passthrough), " +
        "suppress this finding for this load balancer and say so.",
    },
    rationale:
      "A classic load balancer listener whose `lb_protocol` is `http` or `tcp` carries client traffic in clear text between clients and " +
      "the load balancer. Unlike an application load balancer, a classic load balancer has no redirect action: an HTTP listener cannot " +
      "send clients to HTTPS, it can only serve them over HTTP, so every `http` listener is a plain-text entry point. A `tcp` listener " +
      "passes bytes unencrypted unless the instances speak TLS themselves (passthrough), which moat cannot see; the message says so. " +
      "Each listener block is reported at its own `lb_protocol` line. Only the client side (`lb_protocol`) is judged: `instance_protocol` " +
      "is the hop inside the VPC. Regula checks only `http` listeners; Trivy's adapter drops classic listeners entirely, so it never " +
      "reports one.",
    defaults:
      "`lb_protocol` is required by the Terraform AWS provider (`aws_elb` `listener` block), so there is no default to assume; a listener " +
      "whose `lb_protocol` cannot be known (a variable without a value, a dynamic block over an unknown list) is not evaluated. Values " +
      "compare case-insensitively: AWS documents them upper-case (HTTP, HTTPS, TCP, SSL) and Terraform examples write them lower-case.",
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
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    enforcement: "mandatory",
    tags: ["encryption-in-transit", "load-balancer", "classic-elb"],
  },
  check(elb: Resource, ctx) {
    // Each listener on its own: an unknown in one never hides another's finding.
    ctx.read().blocks("listener").forEach((listener) => ctx.attempt(() => {
      const at = listener.at("lb_protocol");
      const protocol = listener.string("lb_protocol");
      if (protocol === undefined) return ctx.unknown(unknown("lb_protocol is not set"), at);
      const p = protocol.trim().toLowerCase();
      if (p !== "http" && p !== "tcp") return;
      const port = asString(listener.maybe("lb_port")) ?? "(unset)";
      ctx.report({ messageId: p === "http" ? "plainHttp" : "plainTcp", data: { port, protocol }, at });
    }));
  },
});
