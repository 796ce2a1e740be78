locals {
  name = "shop-${var.environment}"

  tags = {
    Environment = var.environment
    Team        = "platform"
  }

  tls_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
}
