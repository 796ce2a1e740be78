import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { type PlanFixture, defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import { type PlanExtra, forwardAction, lbPlan, listenerPlan } from "./listener-fixtures";
import rule from "./nlb-tcp-on-tls-port";

const nlb = `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}
`;

const forward = `  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }`;

/** A listener on the NLB above; its protocol is on line 10 of the case. */
const listener = (name: string, port: string, protocol: string, extra = "", type = "aws_lb_listener") => `${nlb}
resource "${type}" "${name}" {
  load_balancer_arn = aws_lb.edge.arn
  port              = ${port}
  protocol          = ${protocol}
${extra}
${forward}
}
`;

const TARGET_GROUP = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c";

const SUBNETS = ["subnet-1", "subnet-2"];

// ---------------------------------------------------------------- Pulumi forms

/** The Pulumi form of `nlb`. */
const nlbEdge = () => new aws.lb.LoadBalancer("edge", { name: "edge", loadBalancerType: "network", subnets: SUBNETS });

/** The Pulumi form of `listener(...)`: a listener on the NLB forwarding to its target group. */
function listenerOn(
  edge: aws.lb.LoadBalancer,
  name: string,
  port: pulumi.Input<number>,
  protocol: pulumi.Input<string>,
  extra: Partial<aws.lb.ListenerArgs> = {},
): aws.lb.Listener {
  return new aws.lb.Listener(name, {
    loadBalancerArn: edge.arn,
    port,
    protocol,
    ...extra,
    defaultActions: [{ type: "forward", targetGroupArn: TARGET_GROUP }],
  });
}

// ---------------------------------------------------------------- plan forms

const nlbEdgePlan = lbPlan("aws_lb.edge", { name: "edge", load_balancer_type: "network", subnets: SUBNETS });

/** The plan form of `listener(...)` (the provider upper-cases `protocol` in the plan). */
function listenerPlanOn(address: string, values: Record<string, unknown>, extra: PlanExtra = {}) {
  return listenerPlan(address, "aws_lb.edge", { ...values, default_action: [forwardAction(TARGET_GROUP)] }, extra);
}

/** The plan form of a whole `listener(...)` case. */
const listenerCasePlan = (address: string, values: Record<string, unknown>, extra: PlanExtra = {}): PlanFixture =>
  planFixture([nlbEdgePlan, listenerPlanOn(address, values, extra)]);

export default defineCases(rule, [
  {
    name: "TCP:443 forwarded to an application load balancer (target_type alb) is left to the ALB's own listeners",
    hcl: `${nlb}
resource "aws_lb_target_group" "alb" {
  name        = "edge-alb"
  target_type = "alb"
  port        = 443
  protocol    = "TCP"
  vpc_id      = "vpc-0abc"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.alb.arn
  }
}
`,
    expect: [],
  },
  {
    name: "TCP:443 forwarded to an ip target group is still TLS passthrough",
    hcl: `${nlb}
resource "aws_lb_target_group" "pods" {
  name        = "edge-pods"
  target_type = "ip"
  port        = 443
  protocol    = "TCP"
  vpc_id      = "vpc-0abc"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.pods.arn
  }
}
`,
    expect: [{ resource: "aws_lb_listener.https", messageId: "tcpOnTlsPort", line: 18 }],
  },
  {
    name: "an application load balancer listener on 443 with a protocol from a variable without a value is not LB-005's to judge",
    hcl: `variable "protocol" {
  type = string
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb_listener" "unknownproto443" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = var.protocol
${forward}
}
`,
    expect: [],
  },
  {
    name: "TCP listener on 443 passes TLS through to the targets",
    doc: true,
    hcl: listener("https", "443", `"TCP"`),
    expect: [{ resource: "aws_lb_listener.https", messageId: "tcpOnTlsPort", line: 10, severity: "medium" }],
  },
  {
    name: "TCP listener on 8443 declared as aws_alb_listener",
    hcl: listener("alt", "8443", `"tcp"`, "", "aws_alb_listener"),
    // The provider's StateFunc upper-cases the protocol: the plan shows "TCP".
    plan: listenerCasePlan("aws_alb_listener.alt", { port: 8443, protocol: "TCP" }),
    expect: [{ resource: "aws_alb_listener.alt", messageId: "tcpOnTlsPort", line: 10 }],
  },
  {
    name: "LDAPS port written as a string",
    hcl: listener("ldaps", `"636"`, `"TCP"`),
    pulumi: () => {
      // The SDK types `port` as a number (the provider's Check converts a string before policies see it).
      listenerOn(nlbEdge(), "ldaps", 636, "TCP");
    },
    // Terraform converts the string to the attribute's number type: the plan shows 636.
    plan: listenerCasePlan("aws_lb_listener.ldaps", { port: 636, protocol: "TCP" }),
    expect: [{ resource: "aws_lb_listener.ldaps", messageId: "tcpOnTlsPort", line: 10 }],
  },
  {
    name: "a port added with option tlsPorts (Kubernetes API on 6443)",
    options: { tlsPorts: [443, 6443] },
    hcl: listener("kube_api", "6443", `"TCP"`),
    expect: [{ resource: "aws_lb_listener.kube_api", messageId: "tcpOnTlsPort", line: 10 }],
  },
  {
    name: "listeners from for_each: only the TLS port is reported",
    hcl: `${nlb}
resource "aws_lb_listener" "tcp" {
  for_each          = toset(["22", "993"])
  load_balancer_arn = aws_lb.edge.arn
  port              = each.value
  protocol          = "TCP"

${forward}
}
`,
    expect: [{ resource: 'aws_lb_listener.tcp["993"]', messageId: "tcpOnTlsPort", line: 11 }],
  },
  {
    name: "classic load balancer tcp listener on 443: the same listener, the same verdict",
    hcl: `resource "aws_elb" "legacy" {
  name    = "legacy"
  subnets = ["subnet-1"]

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }

  listener {
    lb_port           = 443
    lb_protocol       = "tcp"
    instance_port     = 443
    instance_protocol = "tcp"
  }
}
`,
    expect: [{ resource: "aws_elb.legacy", messageId: "classicTcpOnTlsPort", line: 14, severity: "medium" }],
  },
  {
    name: "classic listeners from a dynamic block: only the TLS port (IMAPS 993) is reported",
    hcl: `resource "aws_elb" "mail" {
  name    = "mail"
  subnets = ["subnet-1"]

  dynamic "listener" {
    for_each = [22, 993, 8140]
    content {
      lb_port           = listener.value
      lb_protocol       = "TCP"
      instance_port     = listener.value
      instance_protocol = "TCP"
    }
  }
}
`,
    expect: [{ resource: "aws_elb.mail", messageId: "classicTcpOnTlsPort", line: 9 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "TLS listener on 443 terminates TLS at the load balancer",
    doc: true,
    hcl: listener(
      "https",
      "443",
      `"TLS"`,
      `  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/7c1e-edge"
`,
    ),
    expect: [],
  },
  {
    name: "TCP listener on a port not conventionally used for TLS",
    hcl: listener("postgres", "5432", `"TCP"`),
    expect: [],
  },
  {
    name: "UDP listener on 443 (QUIC) is not judged",
    hcl: listener("quic", "443", `"UDP"`),
    expect: [],
  },
  {
    name: "option tlsPorts without 443 lets a deliberate passthrough listener pass",
    options: { tlsPorts: [636] },
    hcl: listener("passthrough", "443", `"TCP"`),
    expect: [],
  },
  {
    name: "classic tcp passthrough of SSH (22) and Puppet (8140), and an ssl listener on 443",
    hcl: `resource "aws_elb" "ops" {
  name    = "ops"
  subnets = ["subnet-1"]

  listener {
    lb_port           = 22
    lb_protocol       = "tcp"
    instance_port     = 22
    instance_protocol = "tcp"
  }

  listener {
    lb_port           = 8140
    lb_protocol       = "tcp"
    instance_port     = 8140
    instance_protocol = "tcp"
  }

  listener {
    lb_port            = 443
    lb_protocol        = "ssl"
    instance_port      = 443
    instance_protocol  = "ssl"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/7c1e-edge"
  }
}
`,
    expect: [],
  },
  {
    name: "classic lb_port from a variable without a value is not evaluated",
    hcl: `variable "port" {
  type = number
}

resource "aws_elb" "tcp" {
  name    = "tcp"
  subnets = ["subnet-1"]

  listener {
    lb_port           = var.port
    lb_protocol       = "tcp"
    instance_port     = 443
    instance_protocol = "tcp"
  }
}
`,
    expect: [],
    unknown: ["aws_elb.tcp"],
  },
  {
    name: "port from a variable without a value is not evaluated",
    hcl: `variable "port" {
  type = number
}

${listener("tcp", "var.port", `"TCP"`)}`,
    expect: [],
    unknown: ["aws_lb_listener.tcp"],
  },
  {
    name: "protocol from a variable without a value on 443 is not evaluated",
    hcl: `variable "protocol" {
  type = string
}

${listener("edge", "443", "var.protocol")}`,
    expect: [],
    unknown: ["aws_lb_listener.edge"],
  },
  {
    name: "TCP listener on 443 disabled with count = 0",
    hcl: `${nlb}
resource "aws_lb_listener" "https" {
  count             = 0
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TCP"

${forward}
}
`,
    expect: [],
  },
]);
