import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { type PlanResource, planFixture } from "../../../core/plan-fixture";
import rule from "./lb-listener-plain-http";

const TG = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc";
/** Load balancers outside the scanned input, named by ARN: the ARN's `app/` or `net/` tells the kind. */
const APP_LB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188";
const NET_LB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/edge/50dc6c495c0c9188";

/** `aws_lb.web` as a plan shows it: its ARN is known only after apply. */
const albPlan: PlanResource = {
  address: "aws_lb.web",
  values: { name: "web", load_balancer_type: "application", internal: false, subnets: ["subnet-1", "subnet-2"] },
  unknown: ["arn", "id", "dns_name", "zone_id"],
};

/** A listener of `aws_lb.web` in a plan: load_balancer_arn refers to the load balancer and is unknown until apply. */
function listenerPlan(address: string, values: Record<string, unknown>, extra: Pick<PlanResource, "unknown" | "refs"> = {}): PlanResource {
  return {
    address,
    values: { load_balancer_arn: null, ...values },
    unknown: ["arn", "id", "load_balancer_arn", ...(extra.unknown ?? [])],
    refs: { load_balancer_arn: ["aws_lb.web.arn", "aws_lb.web"], ...(extra.refs ?? {}) },
  };
}

/** A default action as the plan renders it: every nested block the provider knows, empty when unused. */
function action(type: string, rest: Record<string, unknown> = {}): Record<string, unknown> {
  return { type, target_group_arn: null, redirect: [], fixed_response: [], forward: [], authenticate_oidc: [], authenticate_cognito: [], ...rest };
}

const httpsRedirect = action("redirect", { redirect: [{ port: "443", protocol: "HTTPS", status_code: "HTTP_301", host: "#{host}", path: "/#{path}", query: "#{query}" }] });

const alb = `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}
`;

/** The Pulumi form of `alb`. */
function albWeb(): aws.lb.LoadBalancer {
  return new aws.lb.LoadBalancer("web", { name: "web", loadBalancerType: "application", subnets: ["subnet-1", "subnet-2"] });
}

export default defineCases(rule, [
  {
    name: "HTTP listener forwarding to a target group",
    doc: true,
    hcl: `${alb}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"
  }
}
`,
    expect: [{ resource: "aws_lb_listener.http", messageId: "forward", line: 13 }],
  },
  {
    name: "protocol omitted on an ALB listener (defaults to HTTP)",
    hcl: `${alb}
resource "aws_lb_listener" "app" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"
  }
}
`,
    plan: planFixture([
      albPlan,
      // protocol is Optional+Computed: unset in the configuration, the plan shows it as known after apply.
      listenerPlan("aws_lb_listener.app", { port: 8080, default_action: [action("forward", { target_group_arn: TG })] }, { unknown: ["protocol", "ssl_policy"] }),
    ]),
    expect: [{ resource: "aws_lb_listener.app", messageId: "forward", line: 12 }],
  },
  {
    name: "protocol omitted on a listener of a load balancer given by a literal application ARN (defaults to HTTP)",
    hcl: `resource "aws_lb_listener" "app" {
  load_balancer_arn = "${APP_LB_ARN}"
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = "${TG}"
  }
}
`,
    expect: [{ resource: "aws_lb_listener.app", messageId: "forward", line: 6 }],
  },
  {
    name: "protocol omitted on a listener of a load balancer given by a literal network ARN is not evaluated",
    hcl: `resource "aws_lb_listener" "tcp" {
  load_balancer_arn = "${NET_LB_ARN}"
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = "${TG}"
  }
}
`,
    expect: [],
    unknown: ["aws_lb_listener.tcp"],
  },
  {
    name: "redirect without protocol keeps HTTP",
    hcl: `${alb}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "8080"
      status_code = "HTTP_302"
    }
  }
}
`,
    expect: [{ resource: "aws_lb_listener.http", messageId: "redirectNotHttps", line: 14 }],
  },
  {
    name: "redirect to HTTP (Trivy passes this)",
    hcl: `${alb}
resource "aws_alb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      protocol    = "HTTP"
      port        = "8080"
      status_code = "HTTP_301"
    }
  }
}
`,
    expect: [{ resource: "aws_alb_listener.http", messageId: "redirectNotHttps", line: 15 }],
  },
  {
    name: "authenticate then forward over HTTP",
    hcl: `${alb}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type  = "authenticate-oidc"
    order = 1
    authenticate_oidc {
      authorization_endpoint = "https://idp.example.com/auth"
      client_id              = "moat"
      client_secret          = "not-a-real-secret"
      issuer                 = "https://idp.example.com"
      token_endpoint         = "https://idp.example.com/token"
      user_info_endpoint     = "https://idp.example.com/userinfo"
    }
  }

  default_action {
    type             = "forward"
    order            = 2
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"
  }
}
`,
    pulumi: () => {
      const web = albWeb();
      new aws.lb.Listener("http", {
        loadBalancerArn: web.arn,
        port: 80,
        protocol: "HTTP",
        defaultActions: [
          {
            type: "authenticate-oidc",
            order: 1,
            authenticateOidc: {
              authorizationEndpoint: "https://idp.example.com/auth",
              clientId: "moat",
              clientSecret: "not-a-real-secret",
              issuer: "https://idp.example.com",
              tokenEndpoint: "https://idp.example.com/token",
              userInfoEndpoint: "https://idp.example.com/userinfo",
            },
          },
          { type: "forward", order: 2, targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc" },
        ],
      });
    },
    plan: planFixture([
      albPlan,
      listenerPlan(
        "aws_lb_listener.http",
        {
          port: 80,
          protocol: "HTTP",
          default_action: [
            action("authenticate-oidc", {
              order: 1,
              authenticate_oidc: [{ authorization_endpoint: "https://idp.example.com/auth", client_id: "moat", client_secret: "not-a-real-secret", issuer: "https://idp.example.com", token_endpoint: "https://idp.example.com/token", user_info_endpoint: "https://idp.example.com/userinfo" }],
            }),
            action("forward", { order: 2, target_group_arn: TG }),
          ],
        },
        { unknown: [] },
      ),
    ]),
    expect: [{ resource: "aws_lb_listener.http", messageId: "forward", line: 26 }],
  },
  {
    name: "redirect listener with a rule that forwards plain HTTP",
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

resource "aws_lb_listener_rule" "health" {
  listener_arn = aws_lb_listener.http.arn
  priority     = 10

  action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"
  }

  condition {
    path_pattern {
      values = ["/health"]
    }
  }
}
`,
    plan: planFixture([
      albPlan,
      listenerPlan("aws_lb_listener.http", { port: 80, protocol: "HTTP", default_action: [httpsRedirect] }),
      {
        address: "aws_lb_listener_rule.health",
        values: { listener_arn: null, priority: 10, action: [action("forward", { target_group_arn: TG })], condition: [{ path_pattern: [{ values: ["/health"] }] }] },
        unknown: ["arn", "id", "listener_arn"],
        refs: { listener_arn: ["aws_lb_listener.http.arn", "aws_lb_listener.http"] },
      },
    ]),
    expect: [{ resource: "aws_lb_listener_rule.health", messageId: "ruleForward", line: 27 }],
  },
  {
    name: "listeners created with for_each: each instance judged on its own",
    hcl: `${alb}
variable "listeners" {
  default = {
    api   = { port = 8080, action = "forward" }
    admin = { port = 80, action = "redirect" }
  }
}

resource "aws_lb_listener" "this" {
  for_each          = var.listeners
  load_balancer_arn = aws_lb.web.arn
  port              = each.value.port
  protocol          = "HTTP"

  default_action {
    type             = each.value.action
    target_group_arn = each.value.action == "forward" ? "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc" : null

    dynamic "redirect" {
      for_each = each.value.action == "redirect" ? [1] : []
      content {
        port        = "443"
        protocol    = "HTTPS"
        status_code = "HTTP_301"
      }
    }
  }
}
`,
    expect: [{ resource: 'aws_lb_listener.this["api"]', messageId: "forward", line: 21 }],
  },
  {
    name: "redirect listener with a rule that redirects to HTTP",
    hcl: `${alb}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener_rule" "legacy" {
  listener_arn = aws_lb_listener.http.arn

  action {
    type = "redirect"
    redirect {
      host        = "legacy.example.com"
      protocol    = "HTTP"
      status_code = "HTTP_302"
    }
  }

  condition {
    host_header {
      values = ["old.example.com"]
    }
  }
}
`,
    plan: planFixture([
      albPlan,
      listenerPlan("aws_lb_listener.http", { port: 80, protocol: "HTTP", default_action: [httpsRedirect] }),
      {
        address: "aws_lb_listener_rule.legacy",
        values: {
          listener_arn: null,
          action: [action("redirect", { redirect: [{ host: "legacy.example.com", protocol: "HTTP", status_code: "HTTP_302", port: "#{port}", path: "/#{path}", query: "#{query}" }] })],
          condition: [{ host_header: [{ values: ["old.example.com"] }] }],
        },
        unknown: ["arn", "id", "listener_arn", "priority"],
        refs: { listener_arn: ["aws_lb_listener.http.arn", "aws_lb_listener.http"] },
      },
    ]),
    expect: [{ resource: "aws_lb_listener_rule.legacy", messageId: "ruleRedirectNotHttps", line: 29 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "port 80 listener redirecting to HTTPS",
    doc: true,
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
    name: "HTTP listener with a fixed response",
    hcl: `${alb}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      message_body = "Use HTTPS"
      status_code  = "403"
    }
  }
}
`,
    expect: [],
  },
  {
    name: "fixed-response listener with a rule that forwards plain HTTP: the message names the fixed response",
    hcl: `${alb}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "403"
    }
  }
}

resource "aws_lb_listener_rule" "api" {
  listener_arn = aws_lb_listener.http.arn

  action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"
  }

  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}
`,
    pulumi: () => {
      const web = albWeb();
      const http = new aws.lb.Listener("http", {
        loadBalancerArn: web.arn,
        port: 8080,
        protocol: "HTTP",
        defaultActions: [{ type: "fixed-response", fixedResponse: { contentType: "text/plain", statusCode: "403" } }],
      });
      new aws.lb.ListenerRule("api", {
        listenerArn: http.arn,
        actions: [{ type: "forward", targetGroupArn: TG }],
        conditions: [{ pathPattern: { values: ["/api/*"] } }],
      });
    },
    plan: planFixture([
      albPlan,
      listenerPlan("aws_lb_listener.http", {
        port: 8080,
        protocol: "HTTP",
        default_action: [action("fixed-response", { fixed_response: [{ content_type: "text/plain", message_body: null, status_code: "403" }] })],
      }),
      {
        address: "aws_lb_listener_rule.api",
        values: { listener_arn: null, action: [action("forward", { target_group_arn: TG })], condition: [{ path_pattern: [{ values: ["/api/*"] }] }] },
        unknown: ["arn", "id", "listener_arn", "priority"],
        refs: { listener_arn: ["aws_lb_listener.http.arn", "aws_lb_listener.http"] },
      },
    ]),
    expect: [{ resource: "aws_lb_listener_rule.api", messageId: "ruleForwardPastFixedResponse", line: 25 }],
  },
  {
    name: "NLB TCP listener on port 80 is not a plain-HTTP listener",
    hcl: `resource "aws_lb" "nlb" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-1"]
}

resource "aws_lb_listener" "tcp80" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/abc"
  }
}
`,
    expect: [],
  },
  {
    name: "HTTPS listener forwarding",
    hcl: `${alb}
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"
  }
}
`,
    expect: [],
  },
  {
    name: "redirect protocol from a variable without a value is not evaluated",
    hcl: `${alb}
variable "redirect_protocol" {
  type = string
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = var.redirect_protocol
      status_code = "HTTP_301"
    }
  }
}
`,
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply, unknown in a preview.
      const web = albWeb();
      new aws.lb.Listener("http", {
        loadBalancerArn: web.arn,
        port: 80,
        protocol: "HTTP",
        defaultActions: [
          { type: "redirect", redirect: { port: "443", protocol: web.arn.apply(() => "HTTPS"), statusCode: "HTTP_301" } },
        ],
      });
    },
    plan: planFixture([
      albPlan,
      // A plan always has variable values; the same situation is a value read only at apply time.
      listenerPlan(
        "aws_lb_listener.http",
        { port: 80, protocol: "HTTP", default_action: [action("redirect", { redirect: [{ port: "443", protocol: null, status_code: "HTTP_301" }] })] },
        { unknown: ["default_action.0.redirect.0.protocol"], refs: { "default_action.0.redirect.0.protocol": ["data.aws_ssm_parameter.redirect_protocol.value", "data.aws_ssm_parameter.redirect_protocol"] } },
      ),
    ]),
    expect: [],
    unknown: ["aws_lb_listener.http"],
  },
  {
    name: "redirect protocol set through a variable with a tfvars-style value",
    vars: ["redirect_protocol=HTTPS"],
    hcl: `${alb}
variable "redirect_protocol" {
  type = string
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = var.redirect_protocol
      status_code = "HTTP_301"
    }
  }
}
`,
    expect: [],
  },
  {
    name: "listener disabled with count = 0",
    hcl: `${alb}
resource "aws_lb_listener" "http" {
  count             = 0
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"
  }
}
`,
    expect: [],
  },
]);
