
import { defineCases } from "../../../core/cases";
import {
  inlineRule,
  planSecurityGroups,
  securityGroupPlan,
  securityGroupRulePlan,
  } from "./ingress-case-forms";
import rule from "./sg-public-ingress-all-traffic";
const SG = "sg-0123456789abcdef0";

export default defineCases(rule, [
  {
    name: "inline ingress block allowing all traffic from 0.0.0.0/0",
    doc: true,
    hcl: `resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    description = "everything"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [{ resource: "aws_security_group.web", messageId: "allTraffic", line: 10, severity: "critical" }],
  },
  {
    name: "a known all-traffic block beside a block that cannot be known is still reported",
    hcl: `variable "extra_rules" {
  type = list(object({ port = number, cidr = string }))
}

resource "aws_security_group" "mixed" {
  name   = "mixed"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  dynamic "ingress" {
    for_each = var.extra_rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }
  }
}
`,
    expect: [{ resource: "aws_security_group.mixed", messageId: "allTraffic", line: 13, severity: "critical" }],
    unknown: ["aws_security_group.mixed"],
  },
  {
    name: "attribute-syntax ingress list with self = true beside 0.0.0.0/0 (Checkov passes it)",
    hcl: `resource "aws_security_group" "wide_open" {
  description = "SG with inline rules"
  ingress = [
    {
      cidr_blocks      = ["0.0.0.0/0"]
      description      = "Wide open"
      from_port        = 0
      to_port          = 65535
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      protocol         = "-1"
      self             = true
    }
  ]
}
`,
    expect: [{ resource: "aws_security_group.wide_open", messageId: "allTraffic", line: 5 }],
  },
  {
    name: "aws_vpc_security_group_ingress_rule with ip_protocol -1, no ports, from ::/0",
    hcl: `resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_vpc_security_group_ingress_rule" "all_v6" {
  security_group_id = aws_security_group.app.id
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
}
`,
    expect: [{ resource: "aws_vpc_security_group_ingress_rule.all_v6", messageId: "allTraffic", line: 7 }],
  },
  {
    name: "aws_security_group_rule opening every TCP port to a non-canonical IPv6 /0",
    hcl: `resource "aws_security_group_rule" "all_tcp" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 0
  to_port           = 65535
  ipv6_cidr_blocks  = ["0000:0000::/0"]
}
`,
    expect: [{ resource: "aws_security_group_rule.all_tcp", messageId: "allPorts", line: 7 }],
  },
  {
    name: "UDP 1-65535 from 1.0.0.0/0 is every usable port from the internet",
    hcl: `resource "aws_security_group" "game" {
  name = "game"

  ingress {
    from_port   = 1
    to_port     = 65535
    protocol    = "udp"
    cidr_blocks = ["1.0.0.0/0"]
  }
}
`,
    // No plan or Pulumi form: the provider validates every cidr_blocks entry before planning and rejects this one
    // ("1.0.0.0/0" is not a valid IPv4 CIDR block; did you mean "0.0.0.0/0"?), in `terraform plan` and in the
    // provider's Check during `pulumi preview` alike, so neither door can ever see it.
    noPlan: "the provider rejects the invalid CIDR block before planning",
    noPulumi: "the provider's Check rejects the invalid CIDR block during the preview",
    expect: [{ resource: "aws_security_group.game", messageId: "allPorts", line: 8 }],
  },
  {
    name: "protocol written as \"all\" on aws_security_group_rule",
    hcl: `resource "aws_security_group_rule" "any" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "all"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
    // The provider plans `protocol` through its StateFunc: "all" is "-1" in the plan.
    plan: planSecurityGroups([
      securityGroupRulePlan("aws_security_group_rule.any", {
        type: "ingress",
        security_group_id: SG,
        protocol: "-1",
        from_port: 0,
        to_port: 0,
        cidr_blocks: ["0.0.0.0/0"],
      }),
    ]),
    expect: [{ resource: "aws_security_group_rule.any", messageId: "allTraffic", line: 7 }],
  },
  {
    name: "protocol number 6 (TCP) with the full port range",
    hcl: `resource "aws_security_group" "numeric" {
  name = "numeric"

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "6"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    // The provider plans `protocol` through its StateFunc: 6 is "tcp" in the plan.
    plan: planSecurityGroups([
      securityGroupPlan("aws_security_group.numeric", {
        name: "numeric",
        ingress: [inlineRule({ from_port: 0, to_port: 65535, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] })],
      }),
    ]),
    expect: [{ resource: "aws_security_group.numeric", messageId: "allPorts", line: 8 }],
  },
  {
    name: "the finding points at the internet CIDR in a list written over several lines",
    hcl: `resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
    cidr_blocks = [
      "10.0.0.0/16",
      "0.0.0.0/0",
    ]
  }
}
`,
    expect: [{ resource: "aws_default_security_group.default", messageId: "allTraffic", line: 11 }],
  },
  {
    name: "one ingress block per finding: only the public all-traffic block is reported",
    hcl: `resource "aws_security_group" "mixed" {
  name = "mixed"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"]
  }
}
`,
    expect: [{ resource: "aws_security_group.mixed", messageId: "allTraffic", line: 22 }],
  },
  {
    name: "an unknown CIDR beside 0.0.0.0/0 does not hide the finding",
    hcl: `variable "office_cidr" {
  type = string
}

resource "aws_security_group" "ops" {
  name = "ops"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.office_cidr, "0.0.0.0/0"]
  }
}
`,
    expect: [{ resource: "aws_security_group.ops", messageId: "allTraffic", line: 12 }],
  },
  {
    name: "dynamic ingress blocks from a variable: the all-traffic entry fails, located at the content's cidr_blocks",
    hcl: `variable "ingress_rules" {
  default = [
    { protocol = "tcp", from = 443, to = 443, cidrs = ["0.0.0.0/0"] },
    { protocol = "-1", from = 0, to = 0, cidrs = ["0.0.0.0/0"] },
  ]
}

resource "aws_security_group" "dyn" {
  name = "dyn"

  dynamic "ingress" {
    for_each = var.ingress_rules
    content {
      protocol    = ingress.value.protocol
      from_port   = ingress.value.from
      to_port     = ingress.value.to
      cidr_blocks = ingress.value.cidrs
    }
  }
}
`,
    expect: [{ resource: "aws_security_group.dyn", messageId: "allTraffic", line: 17 }],
  },
  {
    name: "security group rules in a module, one per CIDR with for_each",
    hcl: {
      "main.tf": `module "edge" {
  source = "./modules/edge"
  cidrs  = { v4 = "0.0.0.0/0", vpc = "10.0.0.0/16" }
}
`,
      "modules/edge/main.tf": `variable "cidrs" {
  type = map(string)
}

resource "aws_security_group" "this" {
  name = "edge"
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  for_each          = var.cidrs
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = each.value
  ip_protocol       = "-1"
}
`,
    },
    expect: [
      {
        resource: 'module.edge.aws_vpc_security_group_ingress_rule.all["v4"]',
        messageId: "allTraffic",
        file: "modules/edge/main.tf",
        line: 12,
      },
    ],
  },
  {
    name: "publicPrefixMax 8: all traffic from 11.0.0.0/8 (public addresses) counts as the internet",
    options: { publicPrefixMax: 8 },
    hcl: `resource "aws_security_group_rule" "wide" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["11.0.0.0/8"]
}
`,
    expect: [{ resource: "aws_security_group_rule.wide", messageId: "allTraffic", line: 7 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "HTTPS from anywhere, all traffic only as egress",
    doc: true,
    hcl: `resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [],
  },
  {
    name: "all traffic from the VPC's private range",
    hcl: `resource "aws_security_group" "internal" {
  name = "internal"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16", "192.168.0.0/16"]
  }
}
`,
    expect: [],
  },
  {
    name: "all traffic from the group itself and from another security group",
    hcl: `resource "aws_security_group" "cluster" {
  name = "cluster"

  ingress {
    from_port       = 0
    to_port         = 0
    protocol        = "-1"
    self            = true
    security_groups = ["sg-0aaaaaaaaaaaaaaaa"]
  }
}
`,
    expect: [],
  },
  {
    name: "rules with no source at all open nothing (Checkov fails them)",
    hcl: `resource "aws_security_group" "no_source" {
  name = "no-source"

  ingress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    self      = false
  }
}

resource "aws_vpc_security_group_ingress_rule" "no_source" {
  security_group_id = aws_security_group.no_source.id
  ip_protocol       = "-1"
}
`,
    // No plan or Pulumi form: the provider rejects the source-less aws_vpc_security_group_ingress_rule when it validates
    // the configuration (exactly one of cidr_ipv4, cidr_ipv6, prefix_list_id or referenced_security_group_id is
    // required), in `terraform plan` and in the provider's Check during `pulumi preview` alike.
    noPlan: "the provider rejects a source-less ingress rule before planning",
    noPulumi: "the provider's Check rejects a source-less ingress rule during the preview",
    expect: [],
  },
  {
    name: "egress-only aws_security_group_rule to 0.0.0.0/0",
    hcl: `resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
    expect: [],
  },
  {
    name: "TCP port 0 only is not every port (MOAT-SG-002 reports it)",
    hcl: `resource "aws_security_group_rule" "zero" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
    expect: [],
  },
  {
    name: "ICMP and ESP from anywhere have no ports and are not all traffic",
    hcl: `resource "aws_security_group" "vpn" {
  name = "vpn"

  ingress {
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "50"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [],
  },
  {
    name: "publicPrefixMax 8: all traffic from 10.0.0.0/8 stays private",
    options: { publicPrefixMax: 8 },
    hcl: `resource "aws_security_group_rule" "vpc" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["10.0.0.0/8"]
}
`,
    expect: [],
  },
  {
    name: "a /1 is half the internet but not a /0 with the default publicPrefixMax",
    hcl: `resource "aws_security_group_rule" "half" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/1"]
}
`,
    expect: [],
  },
  {
    name: "all traffic from a CIDR variable without a value is not evaluated",
    hcl: `variable "allowed_cidr" {
  type = string
}

resource "aws_security_group" "ops" {
  name = "ops"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.allowed_cidr]
  }
}
`,
    expect: [],
    unknown: ["aws_security_group.ops"],
  },
  {
    name: "the same rule with the variable set to a private range",
    vars: ["allowed_cidr=10.20.0.0/16"],
    hcl: `variable "allowed_cidr" {
  type = string
}

resource "aws_security_group" "ops" {
  name = "ops"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.allowed_cidr]
  }
}
`,
    expect: [],
  },
  {
    name: "protocol from a variable without a value on a public rule is not evaluated",
    hcl: `variable "protocol" {
  type = string
}

resource "aws_vpc_security_group_ingress_rule" "maybe" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = var.protocol
  from_port         = 443
  to_port           = 443
}
`,
    expect: [],
    unknown: ["aws_vpc_security_group_ingress_rule.maybe"],
  },
  {
    name: "a rule disabled with count = 0",
    hcl: `resource "aws_security_group_rule" "debug" {
  count             = 0
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
    expect: [],
  },
]);
