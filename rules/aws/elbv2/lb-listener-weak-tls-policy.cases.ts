
import { type PlanFixture, defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import { type PlanExtra, forwardAction, lbPlan, listenerPlan, redirectToHttpsAction } from "./listener-fixtures";
import rule from "./lb-listener-weak-tls-policy";

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

/** An HTTPS listener on the ALB above whose ssl_policy line (line 11 of the case) is the given text. */
const httpsListener = (sslPolicyLine: string, name = "https") => `${alb}
resource "aws_lb_listener" "${name}" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ${sslPolicyLine}
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09"
  }
}
`;

const CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web";
const WEB_TARGET_GROUP = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09";

const SUBNETS = ["subnet-1", "subnet-2"];

// ---------------------------------------------------------------- plan forms

const albWebPlan = lbPlan("aws_lb.web", { name: "web", load_balancer_type: "application", subnets: SUBNETS });

/** The HTTPS listener of `httpsListener` in a plan (an unset `ssl_policy` is known only after apply). */
function httpsListenerPlan(address: string, loadBalancer: string, sslPolicy: string | undefined, extra: PlanExtra = {}) {
  const values = { port: 443, protocol: "HTTPS", certificate_arn: CERTIFICATE, default_action: [forwardAction(WEB_TARGET_GROUP)] };
  return listenerPlan(address, loadBalancer, sslPolicy === undefined ? values : { ...values, ssl_policy: sslPolicy }, extra);
}

/** The plan form of a whole `httpsListener(...)` case. */
function httpsListenerCasePlan(sslPolicy: string | undefined, extra: PlanExtra = {}): PlanFixture {
  return planFixture([albWebPlan, httpsListenerPlan("aws_lb_listener.https", "aws_lb.web", sslPolicy, extra)]);
}

export default defineCases(rule, [
  {
    name: "TLS13-1-0 policy still allows TLS 1.0 (Checkov CKV2_AWS_74 passes it)",
    doc: true,
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS13-1-0-2021-06"`),
    expect: [{ resource: "aws_lb_listener.https", messageId: "weakPolicy", line: 11 }],
  },
  {
    name: "the old default ELBSecurityPolicy-2016-08 written explicitly",
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-2016-08"`),
    expect: [{ resource: "aws_lb_listener.https", messageId: "weakPolicy", line: 11 }],
  },
  {
    name: "ssl_policy omitted: AWS applies ELBSecurityPolicy-2016-08 (Trivy passes this)",
    hcl: `${alb}
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09"
  }
}
`,
    // ssl_policy is Optional+Computed: unset, the plan shows it as known after apply, and the provider default applies.
    plan: httpsListenerCasePlan(undefined),
    expect: [{ resource: "aws_lb_listener.https", messageId: "defaultPolicy", line: 7 }],
  },
  {
    name: "legacy FIPS policy that allows TLS 1.0",
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04"`),
    expect: [{ resource: "aws_lb_listener.https", messageId: "weakPolicy", line: 11 }],
  },
  {
    name: "NLB TLS listener (aws_alb_listener alias) with a TLS 1.1 policy",
    hcl: `${nlb}
resource "aws_alb_listener" "ldaps" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 636
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/9b2d-ldap"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-1-2017-01"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/ldap/1a2b3c4d5e6f7a8b"
  }
}
`,
    expect: [{ resource: "aws_alb_listener.ldaps", messageId: "weakPolicy", line: 12 }],
  },
  {
    name: "minTlsVersion 1.3 makes a TLS 1.2 policy fail",
    options: { minTlsVersion: "1.3" },
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"`),
    expect: [{ resource: "aws_lb_listener.https", messageId: "weakPolicy", line: 11 }],
  },
  {
    name: "requireForwardSecrecy fails a TLS 1.2 policy with RSA key-exchange ciphers",
    options: { requireForwardSecrecy: true },
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS-1-2-2017-01"`),
    expect: [{ resource: "aws_lb_listener.https", messageId: "notForwardSecret", line: 11 }],
  },
  {
    name: "requireForwardSecrecy with a TLS 1.0 policy: one finding for the version",
    options: { requireForwardSecrecy: true },
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-2016-08"`),
    expect: [{ resource: "aws_lb_listener.https", messageId: "weakPolicy", line: 11 }],
  },
  {
    name: "policy passed into a module by its caller",
    hcl: {
      "main.tf": `module "web" {
  source     = "./modules/web"
  ssl_policy = "ELBSecurityPolicy-TLS-1-1-2017-01"
}
`,
      "modules/web/main.tf": `variable "ssl_policy" {
  type    = string
  default = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
}

resource "aws_lb" "this" {
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09"
  }
}
`,
    },
    plan: planFixture(
      [
        lbPlan("module.web.aws_lb.this", { name: "web", subnets: SUBNETS }),
        // The caller's value reached the module variable; Terraform resolved it, the configuration keeps the reference.
        httpsListenerPlan("module.web.aws_lb_listener.https", "aws_lb.this", "ELBSecurityPolicy-TLS-1-1-2017-01", {
          refs: { ssl_policy: ["var.ssl_policy"] },
        }),
      ],
      { moduleSources: { web: "./modules/web" } },
    ),
    expect: [{ resource: "module.web.aws_lb_listener.https", messageId: "weakPolicy", file: "modules/web/main.tf", line: 15 }],
  },
  {
    name: "listeners from for_each: only the instance with the weak policy fails",
    hcl: `${alb}
locals {
  tls_listeners = {
    public  = { port = 443, policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06" }
    partner = { port = 8443, policy = "ELBSecurityPolicy-TLS-1-0-2015-04" }
  }
}

resource "aws_lb_listener" "tls" {
  for_each          = local.tls_listeners
  load_balancer_arn = aws_lb.web.arn
  port              = each.value.port
  protocol          = "HTTPS"
  ssl_policy        = each.value.policy
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09"
  }
}
`,
    expect: [{ resource: 'aws_lb_listener.tls["partner"]', messageId: "weakPolicy", line: 19 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "TLS 1.2 and 1.3 policy",
    doc: true,
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"`),
    expect: [],
  },
  {
    name: "FIPS policy allowing TLS 1.2 and 1.3",
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"`),
    expect: [],
  },
  {
    name: "TLS 1.2-only policy with legacy ciphers passes the version check",
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"`),
    expect: [],
  },
  {
    name: "requireForwardSecrecy with a forward-secret policy",
    options: { requireForwardSecrecy: true },
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"`),
    expect: [],
  },
  {
    name: "NLB TLS listener with a TLS 1.3-only policy under minTlsVersion 1.3",
    options: { minTlsVersion: "1.3" },
    hcl: `${nlb}
resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/7c1e-edge"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-3-2021-06"
  alpn_policy       = "HTTP2Preferred"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}
`,
    expect: [],
  },
  {
    name: "HTTP listener without a policy is not this rule's business",
    hcl: `${alb}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80

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
    // protocol and ssl_policy are unset: known only after apply in a plan, absent to the rule.
    plan: planFixture([albWebPlan, listenerPlan("aws_lb_listener.http", "aws_lb.web", { port: 80, default_action: [redirectToHttpsAction] })]),
    expect: [],
  },
  {
    name: "NLB TCP listener is not judged",
    hcl: `${nlb}
resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}
`,
    expect: [],
  },
  {
    name: "policy name moat does not know is not evaluated",
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2099-01"`),
    expect: [],
    unknown: ["aws_lb_listener.https"],
  },
  {
    name: "policy name in the wrong letter case is not evaluated",
    hcl: httpsListener(`ssl_policy        = "elbsecuritypolicy-2016-08"`),
    expect: [],
    unknown: ["aws_lb_listener.https"],
  },
  {
    name: "policy from a variable without a value is not evaluated",
    hcl: `variable "ssl_policy" {
  type = string
}

${httpsListener(`ssl_policy        = var.ssl_policy`)}`,
    expect: [],
    unknown: ["aws_lb_listener.https"],
  },
  {
    name: "policy whose TLS versions no AWS page confirms is not evaluated",
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07"`),
    expect: [],
    unknown: ["aws_lb_listener.https"],
  },
  {
    name: "requireForwardSecrecy with a post-quantum policy whose ciphers are not confirmed",
    options: { requireForwardSecrecy: true },
    hcl: httpsListener(`ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09"`),
    expect: [],
    unknown: ["aws_lb_listener.https"],
  },
  {
    name: "protocol from a variable without a value and a weak policy is not evaluated",
    hcl: `${alb}
variable "protocol" {
  type = string
}

resource "aws_lb_listener" "main" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = var.protocol
  ssl_policy        = "ELBSecurityPolicy-2016-08"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09"
  }
}
`,
    expect: [],
    unknown: ["aws_lb_listener.main"],
  },
  {
    name: "weak listener disabled with count = 0",
    hcl: `${alb}
resource "aws_lb_listener" "legacy" {
  count             = 0
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f3a6c1e-web"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/6d0ecf831eec9f09"
  }
}
`,
    expect: [],
  },
]);
