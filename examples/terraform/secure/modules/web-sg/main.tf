variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "ports" {
  type        = list(number)
  description = "Web ports open to the internet"
}

resource "aws_security_group" "this" {
  name        = var.name
  description = "Web tier: HTTP and HTTPS from anywhere"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "web" {
  for_each          = toset([for p in var.ports : tostring(p)])
  security_group_id = aws_security_group.this.id
  description       = "web port ${each.value}"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = tonumber(each.value)
  to_port           = tonumber(each.value)
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

output "security_group_id" {
  value = aws_security_group.this.id
}
