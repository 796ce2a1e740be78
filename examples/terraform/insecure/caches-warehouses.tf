# Order history warehouse: storage encryption switched off "to save a migration".
resource "aws_redshift_cluster" "orders_history" {
  cluster_identifier           = "${local.name}-orders-history"
  node_type                    = "ra3.xlplus"
  master_username              = "history"
  manage_master_password       = true
  cluster_parameter_group_name = "default.redshift-2.0"
  encrypted                    = false
}

# A shared parameter group the platform team publishes; the clusters that use it live in other stacks.
resource "aws_redshift_parameter_group" "shared_reporting" {
  name   = "${local.name}-shared-reporting"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "false"
  }
}

# Cart cache: TLS on, but its backups are written unencrypted (Redis OSS does not encrypt at rest by default).
resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "${local.name}-carts"
  description                = "shopping carts"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

# Inventory store on MemoryDB with TLS off, which forces the open-access ACL.
resource "aws_memorydb_cluster" "inventory" {
  name        = "${local.name}-inventory"
  engine      = "valkey"
  node_type   = "db.t4g.small"
  num_shards  = 1
  acl_name    = "open-access"
  tls_enabled = false
}
