import { defineCases } from "../../../core/cases";
import rule from "./elasticache-storage-unencrypted";

export default defineCases(rule, [
  {
    name: "Redis OSS replication group without at-rest encryption (AWS default false for Redis OSS)",
    doc: true,
    hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}
`,
    expect: [{ resource: "aws_elasticache_replication_group.sessions", messageId: "groupAtRestOff", line: 1 }],
  },
  {
    name: "no engine (the provider's default is redis) and no at-rest setting",
    hcl: `resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "Page cache"
  node_type                  = "cache.m6g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}
`,
    expect: [{ resource: "aws_elasticache_replication_group.cache", messageId: "groupAtRestOff", line: 1 }],
  },
  {
    name: "Valkey replication group that turns at-rest encryption off",
    hcl: `resource "aws_elasticache_replication_group" "queue" {
  replication_group_id       = "queue"
  description                = "Job queue"
  engine                     = "valkey"
  engine_version             = "8.0"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 3
  at_rest_encryption_enabled = false
  transit_encryption_enabled = true
}
`,
    expect: [{ resource: "aws_elasticache_replication_group.queue", messageId: "groupAtRestOff", line: 8 }],
  },
  {
    name: "standalone Redis OSS cache cluster: it cannot encrypt at rest",
    hcl: `resource "aws_elasticache_cluster" "single" {
  cluster_id      = "single"
  engine          = "redis"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}
`,
    expect: [{ resource: "aws_elasticache_cluster.single", messageId: "standaloneCluster", line: 3 }],
  },
  {
    name: "standalone Valkey cache cluster with snapshots kept",
    hcl: `resource "aws_elasticache_cluster" "leaderboard" {
  cluster_id               = "leaderboard"
  engine                   = "valkey"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  snapshot_retention_limit = 7
}
`,
    expect: [{ resource: "aws_elasticache_cluster.leaderboard", messageId: "standaloneCluster", line: 3 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "Redis OSS replication group with at-rest encryption and a customer managed key",
    doc: true,
    hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  transit_encryption_enabled = true
}
`,
    expect: [],
  },
  {
    name: "Valkey replication group without the attribute: AWS encrypts Valkey at rest by default",
    hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}
`,
    expect: [],
  },
  {
    name: "a cache cluster in an encrypted replication group is judged through the group",
    hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = "true"
  transit_encryption_enabled = true
}

resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "sessions-replica"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}
`,
    expect: [],
  },
  {
    name: "node-based Memcached: no at-rest setting exists and nothing is written to disk by ElastiCache (not judged)",
    hcl: `resource "aws_elasticache_cluster" "fragments" {
  cluster_id                 = "fragments"
  engine                     = "memcached"
  engine_version             = "1.6.22"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 2
  transit_encryption_enabled = true
}
`,
    expect: [],
  },
  {
    name: "a Global Datastore secondary takes the primary's setting",
    hcl: `resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "sessions-eu"
  description                 = "Session store, EU secondary"
  global_replication_group_id = "ldgnf-sessions"
  num_cache_clusters          = 2
}
`,
    expect: [],
  },
  {
    name: "at-rest encryption from a variable without a value is not evaluated",
    hcl: `variable "encrypt_at_rest" {
  type = bool
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = var.encrypt_at_rest
  transit_encryption_enabled = true
}
`,
    expect: [],
    unknown: ["aws_elasticache_replication_group.sessions"],
  },
  {
    name: "no at-rest setting and an engine from a variable without a value: the default is not known",
    hcl: `variable "engine" {
  type = string
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = var.engine
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}
`,
    expect: [],
    unknown: ["aws_elasticache_replication_group.sessions"],
  },
  {
    name: "at_rest_encryption_enabled = \"yes\" is not a boolean: not evaluated",
    hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = "yes"
  transit_encryption_enabled = true
}
`,
    noPlan: "Terraform rejects a string that is not a boolean for a bool argument and writes no plan",
    noPulumi: "Pulumi's atRestEncryptionEnabled is typed boolean: the string form exists only in HCL",
    expect: [],
    unknown: ["aws_elasticache_replication_group.sessions"],
  },
]);
