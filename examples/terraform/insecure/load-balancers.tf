# Storefront: an application load balancer that only speaks plain HTTP.
resource "aws_lb" "storefront" {
  name               = "${local.name}-web"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids
  security_groups    = [module.web_sg.security_group_id]
  tags               = local.tags
}

resource "aws_lb_target_group" "storefront" {
  name     = "${local.name}-web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = var.vpc_id
}

resource "aws_lb_listener" "storefront" {
  for_each          = local.listeners
  load_balancer_arn = aws_lb.storefront.arn
  port              = each.value.port
  protocol          = each.value.protocol

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.storefront.arn
  }
}

# Partner API: HTTPS, but with the 2016 policy (TLS 1.0) and no certificate wired in.
resource "aws_alb" "partner_api" {
  name            = "${local.name}-api"
  internal        = false
  subnets         = var.public_subnet_ids
  security_groups = [module.web_sg.security_group_id]
}

resource "aws_alb_listener" "partner_api" {
  load_balancer_arn = aws_alb.partner_api.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.storefront.arn
  }
}

# Message broker: an NLB that passes TLS through on 443 without terminating it.
resource "aws_lb" "broker" {
  name               = "${local.name}-broker"
  load_balancer_type = "network"
  internal           = true
  subnets            = var.private_subnet_ids
}

resource "aws_lb_listener" "broker" {
  load_balancer_arn = aws_lb.broker.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.storefront.arn
  }
}

# Legacy classic ELB still in front of the old checkout service.
resource "aws_elb" "legacy_checkout" {
  name    = "${local.name}-legacy"
  subnets = var.public_subnet_ids

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = var.certificate_arn
  }
}
