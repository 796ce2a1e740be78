# Orders database: PostgreSQL 14, default parameter group (rds.force_ssl is 0 before 15), not encrypted.
resource "aws_db_instance" "orders" {
  identifier          = "${local.name}-orders"
  engine              = "postgres"
  engine_version      = "14.12"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "orders"
  manage_master_user_password = true
  skip_final_snapshot = true
  tags                = local.tags
}

# Catalogue: Aurora MySQL 3 with its own cluster parameter group, which forgets require_secure_transport.
resource "aws_rds_cluster_parameter_group" "catalogue" {
  name   = "${local.name}-catalogue"
  family = "aurora-mysql8.0"

  parameter {
    name  = "character_set_server"
    value = "utf8mb4"
  }
}

resource "aws_rds_cluster" "catalogue" {
  cluster_identifier              = "${local.name}-catalogue"
  engine                          = "aurora-mysql"
  engine_version                  = "8.0.mysql_aurora.3.05.2"
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.catalogue.name
  master_username                 = "catalogue"
  manage_master_user_password     = true
  storage_encrypted               = true
  skip_final_snapshot             = true
}

# Sessions: Redis without TLS between the app and the cache.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "${local.name}-sessions"
  description          = "web sessions"
  engine               = "redis"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
}

# Analytics warehouse: the parameter group turns require_ssl off.
resource "aws_redshift_parameter_group" "analytics" {
  name   = "${local.name}-analytics"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "false"
  }
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier           = "${local.name}-analytics"
  node_type                    = "ra3.xlplus"
  master_username              = "analytics"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.analytics.name
  encrypted                    = true
}

# Document store: TLS switched off "for the old driver".
resource "aws_docdb_cluster_parameter_group" "documents" {
  name   = "${local.name}-documents"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "disabled"
  }
}

resource "aws_docdb_cluster" "documents" {
  cluster_identifier              = "${local.name}-documents"
  engine                          = "docdb"
  master_username                 = "documents"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.documents.name
  storage_encrypted               = true
}
