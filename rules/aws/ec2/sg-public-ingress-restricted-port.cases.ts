
import { defineCases } from "../../../core/cases";
import {
  VPC_FROM_IPAM,
  } from "./ingress-case-forms";
import rule from "./sg-public-ingress-restricted-port";
const SG = "sg-0123456789abcdef0";

export default defineCases(rule, [
  {
    name: "SSH open to 0.0.0.0/0 in an inline ingress block",
    doc: true,
    hcl: `resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [{ resource: "aws_security_group.bastion", messageId: "sensitivePort", line: 10, severity: "critical" }],
  },
  {
    name: "the range 80-443 is not web only: it opens POP3, MS RPC, NetBIOS, IMAP and LDAP",
    hcl: `resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 80
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [{ resource: "aws_security_group.web", messageId: "sensitivePort", line: 8, severity: "critical" }],
  },
  {
    name: "a non-sensitive port (8443) open to ::/0 is high",
    hcl: `resource "aws_security_group" "admin" {
  name = "admin"

  ingress {
    from_port        = 8443
    to_port          = 8443
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}
`,
    expect: [{ resource: "aws_security_group.admin", messageId: "restrictedPort", line: 8, severity: "high" }],
  },
  {
    name: "RDP through aws_vpc_security_group_ingress_rule",
    hcl: `resource "aws_security_group" "windows" {
  name = "windows"
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = aws_security_group.windows.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
}
`,
    expect: [{ resource: "aws_vpc_security_group_ingress_rule.rdp", messageId: "sensitivePort", line: 7, severity: "critical" }],
  },
  {
    name: "a range around RDP from the non-canonical 0.1.0.0/0 (KICS passes it)",
    hcl: `resource "aws_security_group_rule" "rdp_range" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 3380
  to_port           = 3450
  cidr_blocks       = ["0.1.0.0/0"]
}
`,
    // No plan or Pulumi form: the provider validates every cidr_blocks entry before planning and rejects this one
    // ("0.1.0.0/0" is not a valid IPv4 CIDR block; did you mean "0.0.0.0/0"?), in `terraform plan` and in the
    // provider's Check during `pulumi preview` alike, so neither door can ever see it.
    noPlan: "the provider rejects the invalid CIDR block before planning",
    noPulumi: "the provider's Check rejects the invalid CIDR block during the preview",
    expect: [{ resource: "aws_security_group_rule.rdp_range", messageId: "sensitivePort", line: 7 }],
  },
  {
    name: "self = true beside 0.0.0.0/0 does not excuse the CIDR (Checkov passes it)",
    hcl: `resource "aws_security_group" "db" {
  name = "db"

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    self        = true
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [{ resource: "aws_security_group.db", messageId: "sensitivePort", line: 9 }],
  },
  {
    name: "attribute-syntax ingress list with MySQL from anywhere",
    hcl: `resource "aws_security_group" "mysql" {
  name = "mysql"
  ingress = [
    {
      description      = "MySQL"
      from_port        = 3306
      to_port          = 3306
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    }
  ]
}
`,
    expect: [{ resource: "aws_security_group.mysql", messageId: "sensitivePort", line: 9 }],
  },
  {
    name: "UDP ports are not allowed by default: IKE (500) from anywhere",
    hcl: `resource "aws_security_group_rule" "ike" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "udp"
  from_port         = 500
  to_port           = 500
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
    expect: [{ resource: "aws_security_group_rule.ike", messageId: "restrictedPort", line: 7, severity: "high" }],
  },
  {
    name: "TCP port 0 to 0 is port 0, not every port",
    hcl: `resource "aws_security_group_rule" "zero" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["192.168.0.0/16", "0.0.0.0/0"]
}
`,
    expect: [{ resource: "aws_security_group_rule.zero", messageId: "restrictedPort", line: 7 }],
  },
  {
    name: "HTTPS and SSH from dynamic ingress blocks: only SSH is reported",
    hcl: `variable "ports" {
  default = [443, 22]
}

resource "aws_security_group" "dyn" {
  name = "dyn"

  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`,
    expect: [{ resource: "aws_security_group.dyn", messageId: "sensitivePort", line: 14 }],
  },
  {
    name: "Redis opened to the internet inside a module",
    hcl: {
      "main.tf": `module "cache" {
  source        = "./modules/cache"
  allowed_cidrs = ["0.0.0.0/0"]
}
`,
      "modules/cache/main.tf": `variable "allowed_cidrs" {
  type = list(string)
}

resource "aws_security_group" "this" {
  name = "cache"

  ingress {
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = var.allowed_cidrs
  }
}
`,
    },
    expect: [{ resource: "module.cache.aws_security_group.this", messageId: "sensitivePort", file: "modules/cache/main.tf", line: 12 }],
  },
  {
    name: "allowedPublicPorts adding 22: SSH passes, RDP in the same group still fails",
    options: { allowedPublicPorts: { tcp: [22, 80, 443], udp: [] } },
    hcl: `resource "aws_security_group" "jump" {
  name = "jump"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [{ resource: "aws_security_group.jump", messageId: "sensitivePort", line: 15 }],
  },
  {
    name: "publicPrefixMax 8: SSH from 11.0.0.0/8 counts as the internet",
    options: { publicPrefixMax: 8 },
    hcl: `resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "11.0.0.0/8"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}
`,
    expect: [{ resource: "aws_vpc_security_group_ingress_rule.ssh", messageId: "sensitivePort", line: 3 }],
  },
  {
    name: "a custom sensitivePorts list names its own service",
    options: { sensitivePorts: [{ port: 9443, service: "Admin console" }, { from: 30000, to: 32767, service: "NodePort" }] },
    hcl: `resource "aws_security_group_rule" "console" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 9443
  to_port           = 9443
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
    expect: [{ resource: "aws_security_group_rule.console", messageId: "sensitivePort", line: 7, severity: "critical" }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "SSH from a VPC's CIDR, allocated by IPAM at apply: a VPC is /16 or narrower, never the internet",
    hcl: `${VPC_FROM_IPAM}
resource "aws_security_group_rule" "ssh_from_vpc" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [aws_vpc.main.cidr_block]
  security_group_id = "${SG}"
}
`,
    noPulumi: "a preview shows an unknown output without the resource it comes from, so that door cannot tell",
    expect: [],
  },
  {
    name: "SSH from a VPC's CIDR with publicPrefixMax 16: the VPC could be public, so not evaluated",
    options: { publicPrefixMax: 16 },
    hcl: `${VPC_FROM_IPAM}
resource "aws_security_group_rule" "ssh_from_vpc" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [aws_vpc.main.cidr_block]
  security_group_id = "${SG}"
}
`,
    expect: [],
    unknown: ["aws_security_group_rule.ssh_from_vpc"],
  },
  {
    name: "HTTPS only from anywhere",
    doc: true,
    hcl: `resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    description      = "HTTPS"
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}
`,
    expect: [],
  },
  {
    name: "HTTP and HTTPS in separate rules (Checkov CKV_AWS_260 fails port 80)",
    hcl: `resource "aws_security_group" "web" {
  name = "web"
}

resource "aws_vpc_security_group_ingress_rule" "http" {
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}
`,
    expect: [],
  },
  {
    name: "SSH from a private range and from a /32",
    hcl: `resource "aws_security_group" "ssh" {
  name = "ssh"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "203.0.113.10/32"]
  }
}
`,
    expect: [],
  },
  {
    name: "SSH from the security group itself or from a bastion's group",
    hcl: `resource "aws_security_group_rule" "from_bastion" {
  type                     = "ingress"
  security_group_id        = "sg-0123456789abcdef0"
  protocol                 = "tcp"
  from_port                = 22
  to_port                  = 22
  source_security_group_id = "sg-0bbbbbbbbbbbbbbbb"
}

resource "aws_security_group_rule" "self" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  self              = true
}
`,
    expect: [],
  },
  {
    name: "egress on SSH to 0.0.0.0/0 is out of scope",
    hcl: `resource "aws_security_group" "git" {
  name = "git"

  egress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [],
  },
  {
    name: "all traffic from anywhere is MOAT-SG-001's finding, not this rule's",
    hcl: `resource "aws_security_group" "open" {
  name = "open"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [],
  },
  {
    name: "ICMP echo from anywhere has no ports",
    hcl: `resource "aws_vpc_security_group_ingress_rule" "ping" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "icmp"
  from_port         = 8
  to_port           = 0
}
`,
    expect: [],
  },
  {
    name: "allowedPublicPorts adding 22 and a NodePort range",
    options: { allowedPublicPorts: { tcp: [22, 80, 443, "30000-32767"] } },
    hcl: `resource "aws_security_group" "k8s" {
  name = "k8s"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 30000
    to_port     = 32767
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: [],
  },
  {
    name: "publicPrefixMax 8: SSH from 10.0.0.0/8 stays private",
    options: { publicPrefixMax: 8 },
    hcl: `resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}
`,
    expect: [],
  },
  {
    name: "SSH from a CIDR variable without a value is not evaluated",
    hcl: `variable "admin_cidr" {
  type = string
}

resource "aws_security_group" "ssh" {
  name = "ssh"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}
`,
    expect: [],
    unknown: ["aws_security_group.ssh"],
  },
  {
    name: "HTTPS from a CIDR variable without a value needs no evaluation",
    hcl: `variable "client_cidr" {
  type = string
}

resource "aws_security_group" "api" {
  name = "api"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [var.client_cidr]
  }
}
`,
    expect: [],
  },
  {
    name: "dynamic ingress blocks over a variable without a value are not evaluated",
    hcl: `variable "rules" {
  type = list(object({ port = number, cidr = string }))
}

resource "aws_security_group" "dyn" {
  name = "dyn"

  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }
  }
}
`,
    // No plan form: a plan cannot tell this situation from a group without inline rules. `ingress` is Optional+Computed,
    // so both plan as "known after apply", and `terraform show -json` leaves `dynamic` blocks out of the configuration;
    // the plan door then reads the rules as unset (absent) and counts the group as evaluated, not as unknown. The
    // verdict is the same (silent); the coverage count differs. Reported to the lead.
    noPlan: "a plan leaves dynamic blocks out of its configuration, so the plan door reads the rules as unset and counts the group as evaluated",
    expect: [],
    unknown: ["aws_security_group.dyn"],
  },
  {
    name: "a CIDR that is not a CIDR (\"/0\") is not evaluated: AWS rejects it (KICS fails it)",
    hcl: `resource "aws_security_group" "typo" {
  name = "typo"

  ingress {
    from_port   = 20
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["/0"]
  }
}
`,
    // No plan or Pulumi form: the provider validates every cidr_blocks entry before planning and rejects "/0" (not a
    // valid CIDR block), in `terraform plan` and in the provider's Check during `pulumi preview` alike, so neither
    // door can ever see it.
    noPlan: "the provider rejects the invalid CIDR block before planning",
    noPulumi: "the provider's Check rejects the invalid CIDR block during the preview",
    expect: [],
    unknown: ["aws_security_group.typo"],
  },
  {
    name: "a port from a variable without a value on a public rule is not evaluated",
    hcl: `variable "port" {
  type = number
}

resource "aws_security_group_rule" "svc" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = var.port
  to_port           = var.port
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
    expect: [],
    unknown: ["aws_security_group_rule.svc"],
  },
]);
