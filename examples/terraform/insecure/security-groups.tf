module "web_sg" {
  source = "./modules/service-sg"

  name        = "${local.name}-web"
  vpc_id      = var.vpc_id
  public_tcp  = [80, 443]
  admin_cidrs = var.admin_cidrs
}

# The "temporary" debugging group that never got removed.
resource "aws_security_group" "debug" {
  name   = "${local.name}-debug"
  vpc_id = var.vpc_id

  ingress {
    description = "everything, for debugging"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Replication between the office network and the data VPC.
resource "aws_vpc_security_group_ingress_rule" "office_replication" {
  security_group_id = aws_security_group.debug.id
  cidr_ipv4         = "10.20.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 1024
  to_port           = 65535
}
