locals {
  name = "shop-${var.environment}"

  tags = {
    Environment = var.environment
    Team        = "platform"
  }

  # Ports the storefront listens on, per listener.
  listeners = {
    http  = { port = 80, protocol = "HTTP" }
    admin = { port = 8080, protocol = "HTTP" }
  }
}
