"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const hsts_header_1 = require("./hsts-header");
const listener_attributes_1 = require("./listener-attributes");
/** The listener attribute (ALB `routing.http.response.strict_transport_security.header_value`), Terraform's name. */
const HSTS = "routing_http_response_strict_transport_security_header_value";
/** One year: the max-age the HSTS preload list requires, and the one the provider documentation proposes. */
const ONE_YEAR = 31536000;
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-LB-006",
        name: "lb-https-no-hsts",
        title: "An application load balancer HTTPS listener adds no Strict-Transport-Security header, or one with a short max-age.",
        severity: "low",
        area: "lb-tls",
        resourceTypes: ["aws_lb_listener"],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            noHeader: "HTTPS listener on port {{port}} adds no Strict-Transport-Security response header, or it is set outside this " +
                "configuration (" + HSTS + " is not set here): browsers that reach the site over HTTP once, or " +
                "follow an http:// link, can be kept on plain HTTP by an attacker on the path. Set it to \"max-age=31536000\", " +
                "adding includeSubDomains once every subdomain serves HTTPS (unless the application sets the header itself).",
            invalidHeader: "HTTPS listener on port {{port}} sets Strict-Transport-Security to \"{{value}}\", which browsers ignore: {{reason}}. " +
                "Use \"max-age=31536000\" (with includeSubDomains once every subdomain serves HTTPS).",
            shortMaxAge: "HTTPS listener on port {{port}} sets Strict-Transport-Security with max-age {{maxAge}}, below the minimum of " +
                "{{min}} (option minMaxAge): browsers forget the HTTPS-only rule between visits. Use max-age=31536000 or more.",
        },
        rationale: "HTTP Strict Transport Security (RFC 6797) tells a browser to use only HTTPS for a host, for `max-age` seconds: " +
            "without it, a user who types the bare name, follows an `http://` link or bookmark reaches the site over HTTP first, " +
            "and an attacker on the path can keep them there (SSL stripping), even when the port-80 listener redirects to " +
            "HTTPS. Since November 2024 an application load balancer can add the header itself, per listener, through the " +
            "listener attribute `routing.http.response.strict_transport_security.header_value` (AWS, HTTP header " +
            "modification); the Terraform AWS provider exposes it as `" + HSTS + "` on `aws_lb_listener` since v5.84.0 " +
            "(January 2025, hashicorp/terraform-provider-aws#40736), Pulumi as `routingHttpResponseStrictTransportSecurityHeaderValue`. " +
            "The value is parsed as browsers parse it: directives separated by `;`, names in any case, optional whitespace, " +
            "values as tokens or quoted strings; a header without `max-age`, with a `max-age` that is not a number, or with a " +
            "directive twice is ignored by browsers (RFC 6797 section 6.1), so it fails as `invalidHeader`. A `max-age` below " +
            "option `minMaxAge` (default one year, 31536000 s, what the HSTS preload list requires) fails as `shortMaxAge`; " +
            "`max-age=0` tells browsers to forget the policy. The rule is advisory and low: many applications set the header " +
            "themselves, which moat cannot see; the message says so. Only HTTPS listeners are read (the header is ignored on " +
            "HTTP, RFC 6797 section 8.1, and network load balancer listeners have no header attributes). `includeSubDomains` and " +
            "`preload` are not required. No other scanner checks this attribute.",
        defaults: "Absent is read as no header: \"Header modification is turned off by default and must be enabled on each listener\" " +
            "(AWS, Enable HTTP header modification for your Application Load Balancer). In the provider the attribute is Optional " +
            "and Computed with no default (internal/service/elbv2/listener.go), so a plan shows it as known after apply without " +
            "a reference, which moat reads as absent; a blank value is absent too. That reading can be wrong for a listener that " +
            "already exists: because the attribute is Computed, removing it, or setting it to null or \"\", keeps the value AWS " +
            "has (set in the console, or by an earlier apply), and the header is still sent (hashicorp/terraform-provider-aws" +
            "#43042, open). So the `noHeader` message says the header may be set outside this configuration. A value not known (a variable without a value) " +
            "is not evaluated, and so is a listener whose protocol is not known. An absent `protocol` is never HTTPS (the " +
            "provider infers HTTP for application load balancers). The \"default values\" that the provider and Pulumi " +
            "documentation mention (`max-age=31536000; includeSubDomains; preload`) are a suggested value, not a default: the " +
            "schema has none, and AWS adds no header until the attribute is set.",
        remediation: {
            text: "Set `" + HSTS + "` on every HTTPS listener to `max-age=31536000`; add `includeSubDomains` once every subdomain " +
                "serves HTTPS (it locks HTTP-only subdomains out for max-age), and `preload` once the domain is ready for the " +
                "preload list. Or make sure the application sets the header itself.",
            hcl: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

  routing_http_response_strict_transport_security_header_value = "max-age=31536000"

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
  routingHttpResponseStrictTransportSecurityHeaderValue: "max-age=31536000",
  defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            { title: "RFC 6797: HTTP Strict Transport Security (HSTS)", url: "https://www.rfc-editor.org/rfc/rfc6797" },
            {
                title: "AWS: HTTP header modification for your Application Load Balancer",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/header-modification.html",
            },
            {
                title: "AWS What's New (November 2024): Application Load Balancer supports HTTP header modification",
                url: "https://aws.amazon.com/about-aws/whats-new/2024/11/aws-application-load-balancer-header-modification-enhanced-traffic-control-security/",
            },
            {
                title: "AWS: Enable HTTP header modification (turned off by default, per listener)",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-header-modification.html",
            },
            {
                title: "AWS: ListenerAttribute (routing.http.response.strict_transport_security.header_value)",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ListenerAttribute.html",
            },
            {
                title: "Terraform AWS provider: aws_lb_listener (routing_http_response_strict_transport_security_header_value)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
            },
            {
                title: "Terraform AWS provider: listener attributes added in v5.84.0 (PR #40736)",
                url: "https://github.com/hashicorp/terraform-provider-aws/pull/40736",
            },
            {
                title: "Terraform AWS provider issue #43042: removing or blanking the header value does not turn the header off",
                url: "https://github.com/hashicorp/terraform-provider-aws/issues/43042",
            },
            { title: "Pulumi: aws.lb.Listener", url: "https://www.pulumi.com/registry/packages/aws/api-docs/lb/listener/" },
            { title: "HSTS preload list: submission requirements (max-age of at least one year)", url: "https://hstspreload.org/" },
        ],
        options: {
            type: "object",
            properties: {
                minMaxAge: {
                    type: "integer",
                    minimum: 0,
                    default: ONE_YEAR,
                    description: "The shortest max-age, in seconds, that passes (default one year).",
                },
            },
            additionalProperties: false,
        },
        enforcement: "advisory",
        tags: ["encryption-in-transit", "load-balancer", "http-headers"],
    },
    check(listener, ctx) {
        const r = ctx.read(listener);
        // Only HTTPS listeners: a known other protocol (or an absent one, which is never HTTPS) decides before the header.
        if ((0, listener_attributes_1.protocolIn)(r, "protocol", ["HTTPS"], { unless: "unknown" }) === undefined)
            return;
        const header = r.string(HSTS)?.trim() ?? "";
        if ((0, listener_attributes_1.protocolIn)(r, "protocol", ["HTTPS"]) === undefined)
            return;
        const port = (0, listener_attributes_1.portText)(r);
        if (header === "")
            return ctx.report({ messageId: "noHeader", at: r.at("protocol"), data: { port } });
        const hsts = (0, hsts_header_1.parseHsts)(header);
        if (!hsts.valid)
            return ctx.report({ messageId: "invalidHeader", at: r.at(HSTS), data: { port, value: header, reason: hsts.reason } });
        const min = ctx.options.minMaxAge;
        if (hsts.maxAge < min) {
            ctx.report({ messageId: "shortMaxAge", at: r.at(HSTS), data: { port, maxAge: (0, hsts_header_1.describeSeconds)(hsts.maxAge), min: (0, hsts_header_1.describeSeconds)(min) } });
        }
    },
});
