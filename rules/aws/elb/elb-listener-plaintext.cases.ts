import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { type PlanResource, planFixture } from "../../../core/plan-fixture";
import rule from "./elb-listener-plaintext";

/** One `listener` block as a plan renders it: an unset `ssl_certificate_id` is an empty string. */
function listener(lbPort: number, lbProtocol: string | null, instancePort: number, instanceProtocol: string, cert = ""): Record<string, unknown> {
  return { lb_port: lbPort, lb_protocol: lbProtocol, instance_port: instancePort, instance_protocol: instanceProtocol, ssl_certificate_id: cert };
}

/**
 * An `aws_elb` as a plan shows it: ids, ARNs and DNS names are known after apply, and so is each Optional+Computed
 * attribute the configuration leaves unset (availability_zones when subnets are given, security groups, internal).
 */
function elbPlan(address: string, values: Record<string, unknown>, extra: Pick<PlanResource, "unknown" | "refs"> = {}): PlanResource {
  const placement = "subnets" in values ? "availability_zones" : "subnets";
  return {
    address,
    values,
    unknown: ["arn", "id", "dns_name", "zone_id", "internal", "security_groups", "source_security_group_id", placement, ...(extra.unknown ?? [])],
    refs: extra.refs,
  };
}

export default defineCases(rule, [
  {
    name: "network load balancer TCP:80 forwarded to an application load balancer (target_type alb) is left to the ALB's own listeners",
    hcl: `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0abc"]
}

resource "aws_lb_target_group" "alb" {
  name        = "edge-alb"
  target_type = "alb"
  port        = 80
  protocol    = "TCP"
  vpc_id      = "vpc-0abc"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
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
    name: "network load balancer TCP:80 forwarded to an instance target group (target_type absent: instance) fails",
    hcl: `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0abc"]
}

resource "aws_lb_target_group" "web" {
  name     = "edge-web"
  port     = 80
  protocol = "TCP"
  vpc_id   = "vpc-0abc"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`,
    expect: [{ resource: "aws_lb_listener.http", messageId: "networkTcp", line: 17 }],
  },
  {
    name: "target_type from a variable without a value is not evaluated",
    hcl: `variable "target_type" {
  type = string
}

resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0abc"]
}

resource "aws_lb_target_group" "alb" {
  name        = "edge-alb"
  target_type = var.target_type
  port        = 80
  protocol    = "TCP"
  vpc_id      = "vpc-0abc"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.alb.arn
  }
}
`,
    expect: [],
    unknown: ["aws_lb_listener.http"],
  },
  {
    name: "network load balancer TCP:80 next to TCP:443 (an ingress controller's 80+443 pair): medium, verify the redirect",
    hcl: `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0abc"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}
`,
    expect: [{ resource: "aws_lb_listener.http", messageId: "tcpBesideTls", line: 10, severity: "medium" }],
  },
  {
    name: "network load balancer TCP:80 next to a TLS listener: medium, verify the redirect",
    hcl: `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0abc"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}

resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}
`,
    expect: [{ resource: "aws_lb_listener.http", messageId: "tcpBesideTls", line: 10, severity: "medium" }],
  },
  {
    name: "classic TCP:80 next to an SSL listener: the same verdict as the network pair",
    hcl: `resource "aws_elb" "ingress" {
  name    = "ingress"
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = 80
    lb_protocol       = "tcp"
    instance_port     = 30080
    instance_protocol = "tcp"
  }

  listener {
    lb_port            = 443
    lb_protocol        = "ssl"
    instance_port      = 30443
    instance_protocol  = "tcp"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}
`,
    expect: [{ resource: "aws_elb.ingress", messageId: "tcpBesideTls", line: 7, severity: "medium" }],
  },
  {
    name: "internal network load balancer TCP:80 (an API Gateway VPC link): medium, as MOAT-LB-002 reports internal load balancers",
    hcl: `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0abc"]
  internal           = true
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}
`,
    expect: [{ resource: "aws_lb_listener.http", messageId: "networkTcp", line: 11, severity: "medium" }],
  },
  {
    name: "internal classic load balancer with an http listener: medium",
    hcl: `resource "aws_elb" "internal" {
  name     = "internal"
  subnets  = ["subnet-0abc"]
  internal = true

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
`,
    expect: [{ resource: "aws_elb.internal", messageId: "plainHttp", line: 8, severity: "medium" }],
  },
  {
    name: "application load balancer listener with a protocol from a variable without a value is not ELB-001's to judge",
    hcl: `variable "protocol" {
  type = string
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0abc"]
}

resource "aws_lb_listener" "unknownproto80" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = var.protocol

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/2b3c4d5e6f7a8b9c"
  }
}
`,
    expect: [],
  },
  {
    name: "classic http listener whose lb_port is a variable without a value is reported with port (unknown)",
    hcl: `variable "port" {
  type = number
}

resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = var.port
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
`,
    expect: [{ resource: "aws_elb.web", messageId: "plainHttp", line: 11 }],
  },
  {
    name: "HTTP listener on port 80 next to an HTTPS one",
    doc: true,
    hcl: `resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc", "subnet-0def"]

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}
`,
    expect: [{ resource: "aws_elb.web", messageId: "plainHttp", line: 7 }],
  },
  {
    name: "TCP listener on port 80 passes plain HTTP through (Regula only checks http)",
    hcl: `resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = 80
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }
}
`,
    expect: [{ resource: "aws_elb.web", messageId: "plainTcp", line: 7 }],
  },
  {
    name: "network load balancer TCP listener on port 80: the same listener, the same verdict",
    hcl: `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0abc"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}
`,
    expect: [{ resource: "aws_lb_listener.http", messageId: "networkTcp", line: 10 }],
  },
  {
    name: "a port added with option httpPorts (HTTP on 8000)",
    options: { httpPorts: [80, 8080, 8000] },
    hcl: `resource "aws_elb" "app" {
  name    = "app"
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = 8000
    lb_protocol       = "TCP"
    instance_port     = 8000
    instance_protocol = "TCP"
  }
}
`,
    expect: [{ resource: "aws_elb.app", messageId: "plainTcp", line: 7 }],
  },
  {
    name: "upper-case HTTP and TCP listeners are each reported at their own line; TCP on 5432 is not HTTP",
    hcl: `resource "aws_elb" "legacy" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]

  listener {
    lb_port           = 8080
    lb_protocol       = "HTTP"
    instance_port     = 8080
    instance_protocol = "HTTP"
  }

  listener {
    lb_port           = 8080
    lb_protocol       = "TCP"
    instance_port     = 8080
    instance_protocol = "TCP"
  }

  listener {
    lb_port           = 5432
    lb_protocol       = "TCP"
    instance_port     = 5432
    instance_protocol = "TCP"
  }
}
`,
    expect: [
      { resource: "aws_elb.legacy", messageId: "plainHttp", line: 7 },
      { resource: "aws_elb.legacy", messageId: "plainTcp", line: 14 },
    ],
  },
  {
    name: "listeners from a dynamic block over a variable",
    hcl: `variable "listeners" {
  default = [
    { port = 443, protocol = "https", cert = "arn:aws:acm:eu-west-1:123456789012:certificate/abc" },
    { port = 80, protocol = "http", cert = null },
  ]
}

resource "aws_elb" "app" {
  name    = "app"
  subnets = ["subnet-0abc"]

  dynamic "listener" {
    for_each = var.listeners
    content {
      lb_port            = listener.value.port
      lb_protocol        = listener.value.protocol
      instance_port      = 8080
      instance_protocol  = "http"
      ssl_certificate_id = listener.value.cert
    }
  }
}
`,
    expect: [{ resource: "aws_elb.app", messageId: "plainHttp", line: 16 }],
  },
  {
    name: "classic load balancer in a module, created with count",
    hcl: {
      "main.tf": `module "edge" {
  source = "./modules/elb"
  name   = "edge"
}
`,
      "modules/elb/main.tf": `variable "name" {
  type = string
}

resource "aws_elb" "this" {
  count   = 1
  name    = var.name
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
}
`,
    },
    plan: planFixture(
      [
        elbPlan(
          "module.edge.aws_elb.this[0]",
          { name: "edge", subnets: ["subnet-0abc"], listener: [listener(80, "http", 80, "http")] },
          { refs: { name: ["var.name"] } },
        ),
      ],
      { moduleSources: { edge: "./modules/elb" } },
    ),
    expect: [{ resource: "module.edge.aws_elb.this[0]", messageId: "plainHttp", line: 12, file: "modules/elb/main.tf" }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "HTTPS and SSL listeners only",
    doc: true,
    hcl: `resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc", "subnet-0def"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }

  listener {
    lb_port            = 8883
    lb_protocol        = "ssl"
    instance_port      = 1883
    instance_protocol  = "tcp"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}
`,
    expect: [],
  },
  {
    name: "TCP passthrough of SSH (22) and Puppet's mutual TLS (8140) is not plain HTTP",
    hcl: `resource "aws_elb" "puppet" {
  name    = "puppet"
  subnets = ["subnet-0abc"]

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
}
`,
    expect: [],
  },
  {
    name: "TCP on 443 is TLS passthrough (MOAT-LB-005's advisory), not plain HTTP; UDP on 80 is not HTTP",
    hcl: `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0abc"]
}

resource "aws_elb" "tls" {
  name    = "tls"
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = 443
    lb_protocol       = "tcp"
    instance_port     = 443
    instance_protocol = "tcp"
  }
}

resource "aws_lb_listener" "udp" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 80
  protocol          = "UDP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}
`,
    expect: [],
  },
  {
    name: "network listener port from a variable without a value is not evaluated",
    hcl: `variable "port" {
  type = number
}

resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0abc"]
}

resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.edge.arn
  port              = var.port
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }
}
`,
    expect: [],
    unknown: ["aws_lb_listener.tcp"],
  },
  {
    name: "plain HTTP between the load balancer and the instances is not judged",
    hcl: `resource "aws_elb" "api" {
  name    = "api"
  subnets = ["subnet-0abc"]

  listener {
    lb_port            = 443
    lb_protocol        = "HTTPS"
    instance_port      = 80
    instance_protocol  = "HTTP"
    ssl_certificate_id = "arn:aws:iam::123456789012:server-certificate/api"
  }
}
`,
    expect: [],
  },
  {
    name: "listener protocol from a variable without a value is not evaluated",
    hcl: `variable "frontend_protocol" {
  type = string
}

resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = 80
    lb_protocol       = var.frontend_protocol
    instance_port     = 80
    instance_protocol = "http"
  }
}
`,
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply (here derived from a
      // certificate the program creates), unknown in a preview.
      const cert = new aws.acm.Certificate("web", { domainName: "web.example.com", validationMethod: "DNS" });
      new aws.elb.LoadBalancer("web", {
        name: "web",
        subnets: ["subnet-0abc"],
        listeners: [{ lbPort: 80, lbProtocol: cert.arn.apply(() => "http"), instancePort: 80, instanceProtocol: "http" }],
      });
    },
    plan: planFixture([
      // A plan always has variable values; the same situation is a value read only at apply time.
      elbPlan(
        "aws_elb.web",
        { name: "web", subnets: ["subnet-0abc"], listener: [listener(80, null, 80, "http")] },
        {
          unknown: ["listener.0.lb_protocol"],
          refs: { "listener.0.lb_protocol": ["data.aws_ssm_parameter.frontend_protocol.value", "data.aws_ssm_parameter.frontend_protocol"] },
        },
      ),
    ]),
    expect: [],
    unknown: ["aws_elb.web"],
  },
  {
    name: "listener protocol set to https through --var",
    vars: ["frontend_protocol=https"],
    hcl: `variable "frontend_protocol" {
  type = string
}

resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc"]

  listener {
    lb_port            = 443
    lb_protocol        = var.frontend_protocol
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}
`,
    expect: [],
  },
  {
    name: "HTTP classic load balancer disabled with count = 0",
    hcl: `resource "aws_elb" "old" {
  count   = 0
  name    = "old"
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
}
`,
    expect: [],
  },
]);
