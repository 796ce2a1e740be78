resource "aws_docdb_cluster" "sessions" {
  cluster_identifier          = "shop-sessions"
  engine                      = "docdb"
  master_username             = "sessions"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_neptune_cluster_parameter_group" "recommendations" {
  name   = "shop-recommendations"
  family = "neptune1.3"

  parameter {
    name  = "neptune_enable_audit_log"
    value = "1"
  }
}

resource "aws_neptune_cluster" "recommendations" {
  cluster_identifier                   = "shop-recommendations"
  engine                               = "neptune"
  engine_version                       = "1.3.2.1"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.recommendations.name
}
