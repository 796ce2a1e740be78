resource "aws_rds_cluster_parameter_group" "orders" {
  name   = "${local.name}-orders"
  family = "aurora-postgresql16"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier              = "${local.name}-orders"
  engine                          = "aurora-postgresql"
  engine_version                  = "16.4"
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.orders.name
  master_username                 = "orders"
  manage_master_user_password     = true
  storage_encrypted               = true
  vpc_security_group_ids          = [aws_security_group.database.id]
  deletion_protection             = true
  tags                            = local.tags
}

resource "aws_rds_cluster_instance" "orders" {
  count              = 2
  identifier         = "${local.name}-orders-${count.index}"
  cluster_identifier = aws_rds_cluster.orders.id
  instance_class     = "db.r7g.large"
  engine             = aws_rds_cluster.orders.engine
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "${local.name}-sessions"
  description                = "web sessions"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  security_group_ids         = [aws_security_group.database.id]
}

# Only the web tier may reach the databases.
resource "aws_security_group" "database" {
  name   = "${local.name}-database"
  vpc_id = var.vpc_id

  ingress {
    description     = "PostgreSQL from the web tier"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [module.web_sg.security_group_id]
  }

  ingress {
    description = "Valkey from inside the VPC"
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr]
  }
}
