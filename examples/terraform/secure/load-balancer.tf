resource "aws_lb" "storefront" {
  name               = "${local.name}-web"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids
  security_groups    = [module.web_sg.security_group_id]
  drop_invalid_header_fields = true
  tags               = local.tags
}

resource "aws_lb_target_group" "storefront" {
  name     = "${local.name}-web"
  port     = 8443
  protocol = "HTTPS"
  vpc_id   = var.vpc_id
}

# Port 80 stays open only to send everyone to HTTPS.
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.storefront.arn
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

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.storefront.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = local.tls_policy
  certificate_arn   = var.certificate_arn

  # Browsers that saw this header use HTTPS only, for a year (needs AWS provider 5.84.0 or later).
  routing_http_response_strict_transport_security_header_value = "max-age=31536000; includeSubDomains"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.storefront.arn
  }
}
