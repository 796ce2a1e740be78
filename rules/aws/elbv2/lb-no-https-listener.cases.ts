
import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import { type PlanExtra, forwardAction, lbPlan, listenerPlan } from "./listener-fixtures";
import rule from "./lb-no-https-listener";

const forward = (lb: string) => `  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${lb}/6d0ecf831eec9f09"
  }`;

const redirectToHttps = `  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }`;

const CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web";

/** An ALB whose HTTP listener redirects to its HTTPS listener; `count`, when given, is the HTTPS listener's. */
const redirectAndHttps = (count?: string) => `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

${redirectToHttps}
}

resource "aws_lb_listener" "https" {
${count === undefined ? "" : `  count             = ${count}\n`}  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

${forward("web")}
}
`;

const targetGroup = (lb: string) => `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${lb}/6d0ecf831eec9f09`;

const SUBNETS = ["subnet-1", "subnet-2"];

// ---------------------------------------------------------------- plan forms

/** A listener of `loadBalancer` forwarding to its target group. */
function forwardingListenerPlan(address: string, loadBalancer: string | string[], lbName: string, values: Record<string, unknown>, extra: PlanExtra = {}) {
  return listenerPlan(address, loadBalancer, { ...values, default_action: [forwardAction(targetGroup(lbName))] }, extra);
}

export default defineCases(rule, [
  {
    name: "application load balancer with only a plain-HTTP listener",
    doc: true,
    hcl: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

${forward("web")}
}
`,
    expect: [{ resource: "aws_lb.web", messageId: "noHttpsListener", line: 1, severity: "high" }],
  },
  {
    name: "load_balancer_type and listener protocols omitted: an ALB with two HTTP listeners",
    hcl: `resource "aws_lb" "app" {
  name    = "app"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "admin" {
  load_balancer_arn = aws_lb.app.arn
  port              = 8080

${forward("app")}
}

resource "aws_lb_listener" "web" {
  load_balancer_arn = aws_lb.app.arn
  port              = 80

${forward("app")}
}
`,
    plan: planFixture([
      // load_balancer_type has the provider Default "application"; an unset listener protocol is known only after apply.
      lbPlan("aws_lb.app", { name: "app", subnets: SUBNETS }),
      forwardingListenerPlan("aws_lb_listener.admin", "aws_lb.app", "app", { port: 8080 }),
      forwardingListenerPlan("aws_lb_listener.web", "aws_lb.app", "app", { port: 80 }),
    ]),
    expect: [{ resource: "aws_lb.app", messageId: "noHttpsListener", line: 1 }],
  },
  {
    name: "only listener redirects to HTTPS, but nothing on the load balancer serves HTTPS (Checkov passes this)",
    hcl: `resource "aws_alb" "web" {
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_alb_listener" "http" {
  load_balancer_arn = aws_alb.web.arn
  port              = 80
  protocol          = "HTTP"

${redirectToHttps}
}
`,
    expect: [{ resource: "aws_alb.web", messageId: "noHttpsListener", line: 1 }],
  },
  {
    name: "internal load balancer is reported at medium severity",
    hcl: `resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 80
  protocol          = "HTTP"

${forward("internal")}
}
`,
    expect: [{ resource: "aws_lb.internal", messageId: "noHttpsListener", line: 1, severity: "medium" }],
  },
  {
    name: "load balancer and listener inside a module",
    hcl: {
      "main.tf": `module "shop" {
  source = "./modules/alb"
  name   = "shop"
}
`,
      "modules/alb/main.tf": `variable "name" {
  type = string
}

resource "aws_lb" "this" {
  name    = var.name
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"

${forward("shop")}
}
`,
    },
    expect: [{ resource: "module.shop.aws_lb.this", messageId: "noHttpsListener", file: "modules/alb/main.tf", line: 5 }],
  },
  {
    name: "load balancers and listeners from for_each: each load balancer judged with its own listeners",
    hcl: `locals {
  sites = { shop = "HTTPS", blog = "HTTP" }
}

resource "aws_lb" "site" {
  for_each = local.sites
  name     = each.key
  subnets  = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "main" {
  for_each          = local.sites
  load_balancer_arn = aws_lb.site[each.key].arn
  port              = each.value == "HTTPS" ? 443 : 80
  protocol          = each.value
  certificate_arn   = each.value == "HTTPS" ? "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web" : null

${forward("site")}
}
`,
    plan: planFixture([
      lbPlan('aws_lb.site["shop"]', { name: "shop", subnets: SUBNETS }),
      lbPlan('aws_lb.site["blog"]', { name: "blog", subnets: SUBNETS }),
      // `aws_lb.site[each.key].arn`: Terraform records the resource and the key that indexes it.
      forwardingListenerPlan('aws_lb_listener.main["shop"]', ["aws_lb.site", "each.key"], "site", {
        port: 443,
        protocol: "HTTPS",
        certificate_arn: CERTIFICATE,
      }),
      forwardingListenerPlan('aws_lb_listener.main["blog"]', ["aws_lb.site", "each.key"], "site", { port: 80, protocol: "HTTP" }),
    ]),
    expect: [{ resource: 'aws_lb.site["blog"]', messageId: "noHttpsListener", line: 5 }],
  },
  {
    name: "load_balancer_type from a variable without a value, but an HTTP listener exists only on an ALB",
    hcl: `variable "lb_type" {
  type = string
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = var.lb_type
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

${forward("web")}
}
`,
    expect: [{ resource: "aws_lb.web", messageId: "noHttpsListener", line: 5 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "HTTP listener redirecting to an HTTPS listener on the same load balancer",
    doc: true,
    hcl: redirectAndHttps(),
    expect: [],
  },
  {
    name: "an HTTPS listener whose count is unknown does not give its load balancer HTTPS: not evaluated",
    noPlan: "a plan always knows a count: the listener either is in it or is not",
    noPulumi: "a Pulumi program always knows whether it creates a resource",
    hcl: `variable "enable_https" {
  type = bool
}

${redirectAndHttps("var.enable_https ? 1 : 0")}`,
    expect: [],
    unknown: ["aws_lb.web"],
  },
  {
    name: "the same listener with a known count of 1 gives its load balancer HTTPS",
    hcl: redirectAndHttps("1"),
    expect: [],
  },
  {
    name: "load balancer without listeners in the scanned input is not judged",
    hcl: `resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
}
`,
    expect: [],
  },
  {
    name: "network load balancer with TCP listeners is not judged",
    hcl: `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "TCP"

${forward("edge")}
}
`,
    expect: [],
  },
  {
    name: "includeInternal = false skips an internal load balancer",
    options: { includeInternal: false },
    hcl: `resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 80
  protocol          = "HTTP"

${forward("internal")}
}
`,
    expect: [],
  },
  {
    name: "listener protocol from a variable without a value is not evaluated",
    hcl: `variable "listener_protocol" {
  type = string
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "main" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = var.listener_protocol

${forward("web")}
}
`,
    expect: [],
    unknown: ["aws_lb.web"],
  },
  {
    name: "load_balancer_type from a variable without a value and no listener protocol written is not evaluated",
    hcl: `variable "lb_type" {
  type = string
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = var.lb_type
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "main" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80

${forward("web")}
}
`,
    expect: [],
    unknown: ["aws_lb.web"],
  },
  {
    name: "an HTTPS listener decides even when another listener's protocol is unknown",
    hcl: `variable "extra_protocol" {
  type = string
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "extra" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080
  protocol          = var.extra_protocol

${forward("web")}
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

${forward("web")}
}
`,
    expect: [],
  },
  {
    name: "load balancer and its HTTP listener disabled with count = 0",
    hcl: `resource "aws_lb" "web" {
  count   = 0
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "http" {
  count             = 0
  load_balancer_arn = aws_lb.web[0].arn
  port              = 80
  protocol          = "HTTP"

${forward("web")}
}
`,
    expect: [],
  },
]);
