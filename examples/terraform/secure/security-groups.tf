module "web_sg" {
  source = "./modules/web-sg"

  name   = "${local.name}-web"
  vpc_id = var.vpc_id
  ports  = [80, 443]
}
