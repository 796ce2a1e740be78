import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { type PlanResource, planFixture } from "../../../core/plan-fixture";
import rule from "./elasticache-transit-encryption-disabled";

type Extra = Pick<PlanResource, "unknown" | "refs">;

/** Optional+Computed attributes of a replication group: a plan shows them as known after apply when the configuration leaves them unset. */
const GROUP_COMPUTED = [
  "transit_encryption_enabled",
  "transit_encryption_mode",
  "at_rest_encryption_enabled",
  "engine_version",
  "global_replication_group_id",
  "parameter_group_name",
  "num_cache_clusters",
  "num_node_groups",
  "replicas_per_node_group",
];

/** An `aws_elasticache_replication_group` in a plan. `engine` has a provider default ("redis"), which the plan shows. */
function groupPlan(address: string, values: Record<string, unknown>, extra: Extra = {}): PlanResource {
  return {
    address,
    values: { engine: "redis", ...values },
    unknown: ["arn", "id", "primary_endpoint_address", "member_clusters", ...GROUP_COMPUTED.filter((k) => !(k in values)), ...(extra.unknown ?? [])],
    refs: extra.refs,
  };
}

export default defineCases(rule, [
  {
    name: "replication group without transit encryption (the default is false)",
    doc: true,
    hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
}
`,
    expect: [{ resource: "aws_elasticache_replication_group.sessions", messageId: "groupTransitDisabled", line: 1 }],
  },
  {
    name: "replication group with transit_encryption_enabled = false",
    hcl: `resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "Page cache"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  num_node_groups            = 2
  replicas_per_node_group    = 1
  transit_encryption_enabled = false
}
`,
    expect: [{ resource: "aws_elasticache_replication_group.cache", messageId: "groupTransitDisabled", line: 8 }],
  },
  {
    name: "replication group left in preferred mode still accepts plain-text clients",
    hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred"
}
`,
    expect: [{ resource: "aws_elasticache_replication_group.sessions", messageId: "groupTransitPreferred", line: 9 }],
  },
  {
    name: "standalone Redis OSS cache cluster cannot encrypt in transit",
    hcl: `resource "aws_elasticache_cluster" "queue" {
  cluster_id      = "queue"
  engine          = "redis"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
  port            = 6379
}
`,
    expect: [{ resource: "aws_elasticache_cluster.queue", messageId: "standaloneCluster", line: 3 }],
  },
  {
    name: "Memcached cluster with transit encryption left off",
    hcl: `resource "aws_elasticache_cluster" "fragments" {
  cluster_id      = "fragments"
  engine          = "memcached"
  engine_version  = "1.6.22"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}
`,
    expect: [{ resource: "aws_elasticache_cluster.fragments", messageId: "memcachedTransitDisabled", line: 1 }],
  },
  {
    name: "replication groups in a module, one per environment with for_each",
    hcl: {
      "main.tf": `module "cache" {
  source = "./modules/cache"
  tls    = { prod = true, dev = false }
}
`,
      "modules/cache/main.tf": `variable "tls" {
  type = map(bool)
}

resource "aws_elasticache_replication_group" "this" {
  for_each                   = var.tls
  replication_group_id       = "cache-\${each.key}"
  description                = "cache for \${each.key}"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = each.value
}
`,
    },
    expect: [
      {
        resource: 'module.cache.aws_elasticache_replication_group.this["dev"]',
        messageId: "groupTransitDisabled",
        line: 11,
        file: "modules/cache/main.tf",
      },
    ],
  },
  // ---------------------------------------------------------------- good
  {
    name: "replication group with transit encryption required",
    doc: true,
    hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  at_rest_encryption_enabled = true
}
`,
    expect: [],
  },
  {
    name: "Memcached 1.6.12+ cluster with transit encryption on",
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
    name: "a read replica cluster is judged through its encrypted replication group",
    hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
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
    name: "transit encryption from a variable without a value is not evaluated",
    hcl: `variable "encrypt_in_transit" {
  type = bool
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = var.encrypt_in_transit
}
`,
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply (here derived from a subnet
      // group the program creates), unknown in a preview.
      const subnets = new aws.elasticache.SubnetGroup("sessions", { subnetIds: ["subnet-0abc"] });
      new aws.elasticache.ReplicationGroup("sessions", {
        replicationGroupId: "sessions",
        description: "Session store",
        nodeType: "cache.t4g.small",
        numCacheClusters: 2,
        transitEncryptionEnabled: subnets.arn.apply(() => true),
      });
    },
    plan: planFixture([
      // A plan always has variable values; the same situation is a value read only at apply time.
      groupPlan(
        "aws_elasticache_replication_group.sessions",
        { replication_group_id: "sessions", description: "Session store", node_type: "cache.t4g.small", num_cache_clusters: 2, transit_encryption_enabled: null },
        {
          unknown: ["transit_encryption_enabled"],
          refs: { transit_encryption_enabled: ["data.aws_ssm_parameter.encrypt_in_transit.value", "data.aws_ssm_parameter.encrypt_in_transit"] },
        },
      ),
    ]),
    expect: [],
    unknown: ["aws_elasticache_replication_group.sessions"],
  },
  {
    name: "Global Datastore secondary takes its encryption from the primary",
    hcl: `resource "aws_elasticache_replication_group" "primary" {
  replication_group_id       = "sessions-eu"
  description                = "primary"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

resource "aws_elasticache_global_replication_group" "sessions" {
  global_replication_group_id_suffix = "sessions"
  primary_replication_group_id       = aws_elasticache_replication_group.primary.id
}

resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "sessions-us"
  description                 = "secondary"
  global_replication_group_id = aws_elasticache_global_replication_group.sessions.global_replication_group_id
  num_cache_clusters          = 1
}
`,
    expect: [],
  },
  {
    name: "serverless caches always use TLS and are not judged",
    hcl: `resource "aws_elasticache_serverless_cache" "sessions" {
  engine = "valkey"
  name   = "sessions"
}
`,
    expect: [],
  },
  {
    name: "unencrypted replication group disabled with count = 0",
    hcl: `resource "aws_elasticache_replication_group" "old" {
  count                = 0
  replication_group_id = "old"
  description          = "retired"
  node_type            = "cache.t3.micro"
  num_cache_clusters   = 1
}
`,
    expect: [],
  },
]);
