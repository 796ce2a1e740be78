
import { defineCases } from "../../../core/cases";
import {
  VPC_FROM_IPAM,
  } from "./ingress-case-forms";
import rule from "./sg-wide-port-range";
const SG = "sg-0123456789abcdef0";

export default defineCases(rule, [
  {
    name: "2001 TCP ports from the VPC range in one inline rule",
    doc: true,
    hcl: `resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    description = "app ports"
    from_port   = 1000
    to_port     = 3000
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
`,
    expect: [{ resource: "aws_security_group.app", messageId: "wideRange", line: 7, severity: "low" }],
  },
  {
    name: "all traffic from the VPC range",
    hcl: `resource "aws_security_group" "internal" {
  name = "internal"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
`,
    expect: [{ resource: "aws_security_group.internal", messageId: "allTraffic", line: 7 }],
  },
  {
    name: "every TCP port from a private range through aws_vpc_security_group_ingress_rule",
    hcl: `resource "aws_vpc_security_group_ingress_rule" "vpc_tcp" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "172.16.0.0/12"
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535
}
`,
    expect: [{ resource: "aws_vpc_security_group_ingress_rule.vpc_tcp", messageId: "wideRange", line: 5 }],
  },
  {
    name: "a wide public range that is not every port is reported here as well as by MOAT-SG-002",
    hcl: `resource "aws_security_group_rule" "web_range" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 8000
  to_port           = 9999
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
    expect: [{ resource: "aws_security_group_rule.web_range", messageId: "wideRange", line: 5 }],
  },
  {
    name: "attribute-syntax ingress list with a wide UDP range from a partner network",
    hcl: `resource "aws_security_group" "media" {
  name = "media"
  ingress = [
    {
      description      = "RTP"
      from_port        = 10000
      to_port          = 20000
      protocol         = "udp"
      cidr_blocks      = ["198.51.100.0/24"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    }
  ]
}
`,
    expect: [{ resource: "aws_security_group.media", messageId: "wideRange", line: 6 }],
  },
  {
    name: "maxPortRange 100: 201 ports are too many",
    options: { maxPortRange: 100 },
    hcl: `resource "aws_security_group" "svc" {
  name = "svc"

  ingress {
    from_port   = 8000
    to_port     = 8200
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
`,
    expect: [{ resource: "aws_security_group.svc", messageId: "wideRange", line: 5 }],
  },
  {
    name: "a wide range whose CIDR list mixes a known and an unknown range",
    hcl: `variable "partner_cidr" {
  type = string
}

resource "aws_security_group" "partner" {
  name = "partner"

  ingress {
    from_port   = 2000
    to_port     = 9000
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16", var.partner_cidr]
  }
}
`,
    expect: [{ resource: "aws_security_group.partner", messageId: "wideRange", line: 9 }],
  },
  {
    name: "8001 TCP ports from a VPC's CIDR allocated at apply: any CIDR source counts",
    hcl: `${VPC_FROM_IPAM}
resource "aws_security_group_rule" "wide_from_vpc" {
  type              = "ingress"
  from_port         = 1000
  to_port           = 9000
  protocol          = "tcp"
  cidr_blocks       = [aws_vpc.main.cidr_block]
  security_group_id = "${SG}"
}
`,
    noPulumi: "a preview shows an unknown output without the resource it comes from, so that door cannot tell",
    expect: [{ resource: "aws_security_group_rule.wide_from_vpc", messageId: "wideRange", line: 8 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "two ports for the service from the VPC range",
    doc: true,
    hcl: `resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    from_port   = 8080
    to_port     = 8081
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
`,
    expect: [],
  },
  {
    name: "exactly 1024 ports is not more than the maximum",
    hcl: `resource "aws_security_group_rule" "low_ports" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 1
  to_port           = 1024
  cidr_blocks       = ["10.0.0.0/8"]
}
`,
    expect: [],
  },
  {
    name: "all traffic from the internet is MOAT-SG-001's finding, not reported again",
    hcl: `resource "aws_security_group" "open" {
  name = "open"

  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["10.0.0.0/8"]
    ipv6_cidr_blocks = ["::/0"]
  }
}
`,
    expect: [],
  },
  {
    name: "every port from another security group or the group itself has no CIDR source",
    hcl: `resource "aws_security_group" "cluster" {
  name = "cluster"

  ingress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    self      = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "from_lb" {
  security_group_id            = aws_security_group.cluster.id
  referenced_security_group_id = "sg-0ccccccccccccccccc"
  ip_protocol                  = "tcp"
  from_port                    = 1024
  to_port                      = 65535
}
`,
    expect: [],
  },
  {
    name: "ICMP from the VPC range has no ports",
    hcl: `resource "aws_security_group" "ping" {
  name = "ping"

  ingress {
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
`,
    expect: [],
  },
  {
    name: "egress over every port is out of scope",
    hcl: `resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 0
  to_port           = 65535
  cidr_blocks       = ["10.0.0.0/8"]
}
`,
    expect: [],
  },
  {
    name: "maxPortRange 5000 allows a deliberate 2001-port range",
    options: { maxPortRange: 5000 },
    hcl: `resource "aws_security_group" "app" {
  name = "app"

  ingress {
    from_port   = 1000
    to_port     = 3000
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
`,
    expect: [],
  },
  {
    name: "a wide range from a CIDR variable without a value is not evaluated",
    hcl: `variable "peer_cidr" {
  type = string
}

resource "aws_security_group" "peer" {
  name = "peer"

  ingress {
    from_port   = 1000
    to_port     = 3000
    protocol    = "tcp"
    cidr_blocks = [var.peer_cidr]
  }
}
`,
    expect: [],
    unknown: ["aws_security_group.peer"],
  },
  {
    name: "all traffic where one CIDR is unknown may be MOAT-SG-001's finding: not evaluated",
    hcl: `variable "peer_cidr" {
  type = string
}

resource "aws_security_group" "peer" {
  name = "peer"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16", var.peer_cidr]
  }
}
`,
    expect: [],
    unknown: ["aws_security_group.peer"],
  },
  {
    name: "an end port from a variable without a value is not evaluated",
    hcl: `variable "last_port" {
  type = number
}

resource "aws_vpc_security_group_ingress_rule" "range" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "10.0.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 8000
  to_port           = var.last_port
}
`,
    expect: [],
    unknown: ["aws_vpc_security_group_ingress_rule.range"],
  },
]);
