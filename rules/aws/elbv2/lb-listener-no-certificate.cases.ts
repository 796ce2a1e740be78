
import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import { type PlanExtra, forwardAction, lbPlan, listenerPlan } from "./listener-fixtures";
import rule from "./lb-listener-no-certificate";

const alb = `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}
`;

const nlb = `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}
`;

const forward = `  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09"
  }`;
const TARGET_GROUP = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09";
const POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06";

const SUBNETS = ["subnet-1", "subnet-2"];

// ---------------------------------------------------------------- plan forms

const albWebPlan = lbPlan("aws_lb.web", { name: "web", load_balancer_type: "application", subnets: SUBNETS });

/** A listener with the `forward` default action in a plan (an unset certificate_arn is null: Optional, not computed). */
const forwardingListenerPlan = (address: string, loadBalancer: string, values: Record<string, unknown>, extra: PlanExtra = {}) =>
  listenerPlan(address, loadBalancer, { ...values, default_action: [forwardAction(TARGET_GROUP)] }, extra);

export default defineCases(rule, [
  {
    name: "HTTPS listener without certificate_arn",
    doc: true,
    hcl: `${alb}
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"

${forward}
}
`,
    expect: [{ resource: "aws_lb_listener.https", messageId: "missing", line: 7 }],
  },
  {
    name: "NLB TLS listener without certificate_arn",
    hcl: `${nlb}
resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"

${forward}
}
`,
    expect: [{ resource: "aws_lb_listener.tls", messageId: "missing", line: 7 }],
  },
  {
    name: "empty certificate_arn on an aws_alb_listener",
    hcl: `${alb}
resource "aws_alb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = ""

${forward}
}
`,
    // The plan keeps the configured empty string (the provider's SDK may plan it as null; either way it names no certificate).
    plan: planFixture([
      albWebPlan,
      forwardingListenerPlan("aws_alb_listener.https", "aws_lb.web", { port: 443, protocol: "HTTPS", ssl_policy: POLICY, certificate_arn: "" }),
    ]),
    expect: [{ resource: "aws_alb_listener.https", messageId: "missing", line: 12 }],
  },
  {
    name: "module whose certificate variable defaults to null and is not passed",
    hcl: {
      "main.tf": `module "api" {
  source = "./modules/alb"
  name   = "api"
}
`,
      "modules/alb/main.tf": `variable "name" {
  type = string
}

variable "certificate_arn" {
  type    = string
  default = null
}

resource "aws_lb" "this" {
  name    = var.name
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = var.certificate_arn

${forward}
}
`,
    },
    plan: planFixture(
      [
        lbPlan("module.api.aws_lb.this", { name: "api", subnets: SUBNETS }, { refs: { name: ["var.name"] } }),
        // var.certificate_arn is null: the plan's value is null, the configuration keeps the reference.
        forwardingListenerPlan(
          "module.api.aws_lb_listener.https",
          "aws_lb.this",
          { port: 443, protocol: "HTTPS", ssl_policy: POLICY, certificate_arn: null },
          { refs: { certificate_arn: ["var.certificate_arn"] } },
        ),
      ],
      { moduleSources: { api: "./modules/alb" } },
    ),
    expect: [{ resource: "module.api.aws_lb_listener.https", messageId: "missing", file: "modules/alb/main.tf", line: 20 }],
  },
  {
    name: "a listener certificate attached to another listener does not count",
    hcl: `${alb}
resource "aws_lb_listener" "public" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

${forward}
}

resource "aws_lb_listener" "admin" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"

${forward}
}

resource "aws_lb_listener_certificate" "public_sni" {
  listener_arn    = aws_lb_listener.public.arn
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/5e8b-shop"
}
`,
    expect: [{ resource: "aws_lb_listener.admin", messageId: "missing", line: 20 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "HTTPS listener with a certificate ARN",
    doc: true,
    hcl: `${alb}
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

${forward}
}
`,
    expect: [],
  },
  {
    name: "certificate created in the same configuration (known after apply) counts as set",
    hcl: `${alb}
resource "aws_acm_certificate" "web" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

${forward}
}
`,
    expect: [],
  },
  {
    name: "certificate ARN from a variable without a value counts as set",
    hcl: `${alb}
variable "certificate_arn" {
  type = string
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = var.certificate_arn

${forward}
}
`,
    expect: [],
  },
  {
    name: "listener with an aws_lb_listener_certificate attached",
    hcl: `${nlb}
resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"

${forward}
}

resource "aws_alb_listener_certificate" "edge" {
  listener_arn    = aws_lb_listener.tls.arn
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/7c1e-edge"
}
`,
    expect: [],
  },
  {
    name: "HTTP and TCP listeners need no certificate",
    hcl: `${alb}
${nlb}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80

${forward}
}

resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TCP"

${forward}
}
`,
    expect: [],
  },
  {
    name: "protocol from a variable without a value and no certificate is not evaluated",
    hcl: `${alb}
variable "protocol" {
  type = string
}

resource "aws_lb_listener" "main" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = var.protocol

${forward}
}
`,
    expect: [],
    unknown: ["aws_lb_listener.main"],
  },
  {
    name: "listener without a certificate disabled with count = 0",
    hcl: `${alb}
resource "aws_lb_listener" "https" {
  count             = 0
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"

${forward}
}
`,
    expect: [],
  },
]);
