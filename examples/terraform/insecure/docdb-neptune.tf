# Session store: DocumentDB created without storage encryption (the API default), so backups and snapshots are clear text.
resource "aws_docdb_cluster" "sessions" {
  cluster_identifier          = "shop-sessions"
  engine                      = "docdb"
  master_username             = "sessions"
  manage_master_user_password = true
}

# Recommendations graph: Neptune without storage encryption.
resource "aws_neptune_cluster" "recommendations" {
  cluster_identifier = "shop-recommendations"
  engine             = "neptune"
  engine_version     = "1.3.2.1"
}

# A platform team's shared group for legacy Neptune engines: no cluster here uses it, but it lets HTTP in.
resource "aws_neptune_cluster_parameter_group" "legacy_shared" {
  name   = "platform-neptune-legacy"
  family = "neptune1"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "0"
  }
}
