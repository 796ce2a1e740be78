import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import { forwardAction, lbPlan, listenerPlan } from "./listener-fixtures";
import rule from "./lb-https-no-hsts";

const HSTS = "routing_http_response_strict_transport_security_header_value";
const CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web";
const TARGET_GROUP = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09";
const SUBNETS = ["subnet-1", "subnet-2"];

const alb = `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}
`;

/**
 * An HTTPS listener on the ALB above: its protocol is on line 10 of the case, and `extra` (the header line), when
 * given, on line 13.
 */
const https = (extra = "", name = "https", protocol = `"HTTPS"`) => `${alb}
resource "aws_lb_listener" "${name}" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = ${protocol}
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = "${CERTIFICATE}"${extra ? `\n  ${extra}` : ""}

  default_action {
    type             = "forward"
    target_group_arn = "${TARGET_GROUP}"
  }
}
`;

const hsts = (value: string) => `${HSTS} = ${value}`;

export default defineCases(rule, [
  {
    name: "a quoted directive value may hold a semicolon (RFC 6797)",
    hcl: https(hsts(`"max-age=31536000; x=\\"a;b\\""`)),
    expect: [],
  },
  {
    name: "HTTPS listener without the header attribute",
    doc: true,
    hcl: https(),
    plan: planFixture([
      lbPlan("aws_lb.web", { name: "web", load_balancer_type: "application", subnets: SUBNETS }),
      // Optional+Computed with no default: unset, the plan shows it as known after apply, with no reference.
      listenerPlan(
        "aws_lb_listener.https",
        "aws_lb.web",
        {
          port: 443,
          protocol: "HTTPS",
          ssl_policy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
          certificate_arn: CERTIFICATE,
          default_action: [forwardAction(TARGET_GROUP)],
        },
        { unknown: [HSTS] },
      ),
    ]),
    expect: [{ resource: "aws_lb_listener.https", messageId: "noHeader", line: 10, severity: "low" }],
  },
  {
    name: "max-age of one day",
    hcl: https(hsts(`"max-age=86400; includeSubDomains"`)),
    expect: [{ resource: "aws_lb_listener.https", messageId: "shortMaxAge", line: 13 }],
  },
  {
    name: "max-age=0 (browsers forget the policy), written in upper case and with spaces, on aws_alb_listener",
    hcl: https(hsts(`"MAX-AGE = 0 ; preload"`), "https", `"https"`).replace('resource "aws_lb_listener"', 'resource "aws_alb_listener"'),
    expect: [{ resource: "aws_alb_listener.https", messageId: "shortMaxAge", line: 13 }],
  },
  {
    name: "a header without max-age is ignored by browsers",
    hcl: https(hsts(`"includeSubDomains; preload"`)),
    expect: [{ resource: "aws_lb_listener.https", messageId: "invalidHeader", line: 13 }],
  },
  {
    name: "max-age given twice is ignored by browsers",
    hcl: https(hsts(`"max-age=31536000; max-age=63072000"`)),
    expect: [{ resource: "aws_lb_listener.https", messageId: "invalidHeader", line: 13 }],
  },
  {
    name: "max-age that is not a number of seconds",
    hcl: https(hsts(`"max-age=1y"`)),
    expect: [{ resource: "aws_lb_listener.https", messageId: "invalidHeader", line: 13 }],
  },
  {
    name: "a blank header value is no header",
    hcl: https(hsts(`""`)),
    expect: [{ resource: "aws_lb_listener.https", messageId: "noHeader", line: 10 }],
  },
  {
    name: "option minMaxAge of two years fails one year",
    options: { minMaxAge: 63072000 },
    hcl: https(hsts(`"max-age=31536000"`)),
    expect: [{ resource: "aws_lb_listener.https", messageId: "shortMaxAge", line: 13 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "one year with includeSubDomains",
    doc: true,
    hcl: https(hsts(`"max-age=31536000; includeSubDomains"`)),
    expect: [],
  },
  {
    name: "two years, quoted value, odd case and an unknown directive",
    hcl: https(hsts(`"Max-Age=\\"63072000\\";INCLUDESUBDOMAINS;  preload; report-uri=x"`)),
    pulumi: () => {
      const web = new aws.lb.LoadBalancer("web", { name: "web", loadBalancerType: "application", subnets: SUBNETS });
      new aws.lb.Listener("https", {
        loadBalancerArn: web.arn,
        port: 443,
        protocol: "HTTPS",
        sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
        certificateArn: CERTIFICATE,
        routingHttpResponseStrictTransportSecurityHeaderValue: 'Max-Age="63072000";INCLUDESUBDOMAINS;  preload; report-uri=x',
        defaultActions: [{ type: "forward", targetGroupArn: TARGET_GROUP }],
      });
    },
    expect: [],
  },
  {
    name: "HTTP listener (the header is ignored over HTTP; MOAT-LB-001's subject) is not read",
    hcl: `${alb}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
`,
    expect: [],
  },
  {
    name: "network load balancer TLS listener has no header attributes: not read",
    hcl: `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = "${CERTIFICATE}"

  default_action {
    type             = "forward"
    target_group_arn = "${TARGET_GROUP}"
  }
}
`,
    expect: [],
  },
  {
    name: "header from a variable without a value is not evaluated",
    hcl: `variable "hsts" {
  type = string
}

${https(hsts("var.hsts"))}`,
    expect: [],
    unknown: ["aws_lb_listener.https"],
  },
  {
    name: "protocol from a variable without a value is not evaluated",
    hcl: `variable "protocol" {
  type = string
}

${https("", "https", "var.protocol")}`,
    expect: [],
    unknown: ["aws_lb_listener.https"],
  },
  {
    name: "HTTPS listener without the header, disabled with count = 0",
    hcl: https().replace('  load_balancer_arn = aws_lb.web.arn', '  count             = 0\n  load_balancer_arn = aws_lb.web.arn'),
    expect: [],
  },
]);
