# Order history warehouse: encrypted storage, and the parameter group that requires SSL.
resource "aws_redshift_cluster" "orders_history" {
  cluster_identifier           = "${local.name}-orders-history"
  node_type                    = "ra3.xlplus"
  master_username              = "history"
  manage_master_password       = true
  cluster_parameter_group_name = "default.redshift-2.0"
  encrypted                    = true
}

# Cart cache: Valkey encrypts at rest by default; TLS is on.
resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "${local.name}-carts"
  description                = "shopping carts"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  security_group_ids         = [aws_security_group.database.id]
}

# Inventory store on MemoryDB: TLS stays on (the default), clients authenticate through an ACL.
resource "aws_memorydb_cluster" "inventory" {
  name               = "${local.name}-inventory"
  engine             = "valkey"
  node_type          = "db.t4g.small"
  num_shards         = 1
  acl_name           = "${local.name}-inventory-users"
  security_group_ids = [aws_security_group.database.id]
}
