"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const views_1 = require("../../../core/views");
const listener_attributes_1 = require("./listener-attributes");
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-LB-004",
        name: "lb-listener-no-certificate",
        title: "An HTTPS or TLS load balancer listener has no server certificate.",
        severity: "high",
        area: "lb-tls",
        resourceTypes: ["aws_lb_listener"],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            missing: "{{protocol}} listener on port {{port}} has no certificate_arn and no aws_lb_listener_certificate is attached to it: " +
                "AWS refuses to create {{protocol}} listeners without a default server certificate, an error that terraform plan and " +
                "pulumi preview do not show, so the apply fails. Set certificate_arn to an ACM (or IAM) certificate ARN.",
        },
        rationale: "An HTTPS (application load balancer) or TLS (network load balancer) listener terminates TLS with its default server " +
            "certificate, `certificate_arn`. AWS requires exactly one default certificate when it creates such a listener " +
            "(CreateListener: \"You must provide exactly one certificate\"), but neither `terraform plan` nor `pulumi preview` " +
            "checks it (hashicorp/terraform-provider-aws#31371): the mistake surfaces as `ValidationError: A certificate must be " +
            "specified for HTTPS listeners` in the middle of an apply, after other resources have changed, and the quick fix " +
            "under pressure is too often to switch the listener to plain HTTP. This rule catches it at review time. A " +
            "`certificate_arn` whose value is not known yet (a reference to `aws_acm_certificate.x.arn`, a module output) counts " +
            "as set. A listener with an `aws_lb_listener_certificate` attached in the same input is not reported: its " +
            "certificates are evidently managed, and that resource names the listener. No other scanner checks this.",
        defaults: "`certificate_arn` has no default: the Terraform AWS provider documents that exactly one certificate is required for " +
            "HTTPS listeners, and the " +
            "ELBv2 CreateListener API requires one default certificate for HTTPS and TLS listeners. Only listeners whose " +
            "`protocol` is written as HTTPS or TLS are checked (an absent protocol is never HTTPS or TLS).",
        remediation: {
            text: "Give the listener a default certificate with `certificate_arn` (an ACM certificate, validated before the listener is " +
                "created); add further certificates for SNI with `aws_lb_listener_certificate`.",
            hcl: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = aws_acm_certificate_validation.web.certificate_arn

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
  certificateArn: certificateValidation.certificateArn,
  defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS Elastic Load Balancing API Reference: CreateListener (Certificates)",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateListener.html",
            },
            {
                title: "AWS: Create an HTTPS listener for your Application Load Balancer",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html",
            },
            {
                title: "AWS: Listeners for your Network Load Balancers (a TLS listener needs a server certificate)",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html",
            },
            {
                title: "hashicorp/terraform-provider-aws#31371: plan does not report an HTTPS listener without certificate_arn",
                url: "https://github.com/hashicorp/terraform-provider-aws/issues/31371",
            },
            {
                title: "Terraform AWS provider: aws_lb_listener",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
            },
            {
                title: "Terraform AWS provider: aws_lb_listener_certificate",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener_certificate",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "load-balancer", "tls", "certificate"],
    },
    check(listener, ctx) {
        const r = ctx.read();
        // An ARN not known yet (a reference, a module output, "known after apply") is set: the listener names a certificate.
        if (r.mayBeSet("certificate_arn"))
            return;
        const certificates = (0, views_1.listenerCertificatesOf)(ctx.graph, listener);
        if (certificates.some((c) => !c.existence))
            return;
        const protocol = (0, listener_attributes_1.protocolIn)(r, "protocol", listener_attributes_1.TLS_TERMINATING_PROTOCOLS);
        if (protocol === undefined)
            return;
        // A certificate attachment that may not be created (unknown count or for_each) cannot vouch for the listener.
        (0, views_1.requireCreated)(certificates[0], "listener certificate ", ["certificate_arn"], listener);
        ctx.report({ messageId: "missing", at: ["certificate_arn"], data: { protocol, port: (0, listener_attributes_1.portText)(r) } });
    },
});
