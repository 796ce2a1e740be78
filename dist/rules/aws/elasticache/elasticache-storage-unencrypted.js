"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const cache_cluster_1 = require("./cache-cluster");
const AT_REST = "at_rest_encryption_enabled";
/**
 * What AWS does when a replication group does not set AtRestEncryptionEnabled, by engine (CreateReplicationGroup:
 * "Default: true when using Valkey, false when using Redis OSS"; the provider leaves the attribute unset and documents the
 * same defaults). An absent `engine` is "redis", the provider's default.
 */
const ENGINE_DEFAULT = { redis: false, valkey: true };
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-CACHE-002",
        name: "elasticache-storage-unencrypted",
        title: "An ElastiCache Valkey or Redis OSS cache stores its backups and on-disk data unencrypted (at-rest encryption is off).",
        severity: "high",
        area: "db-encryption",
        resourceTypes: [cache_cluster_1.REPLICATION_GROUP, cache_cluster_1.CACHE_CLUSTER],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            groupAtRestOff: "Replication group {{group}} has at_rest_encryption_enabled {{value}}: the data it writes to disk during sync, backup and swap, " +
                "and its backups in S3, are unencrypted. Set at_rest_encryption_enabled = true (it can only be set when the group is " +
                "created: the group is replaced, so back it up and restore the backup into the new one).",
            standaloneCluster: "Cache cluster {{cluster}} runs {{engine}} outside a replication group: ElastiCache encrypts Valkey and Redis OSS data at rest " +
                "only in replication groups, so its backups and the data it writes to disk are unencrypted. Create it as an " +
                "aws_elasticache_replication_group with at_rest_encryption_enabled = true (a one-node group is a valid single-node cache).",
        },
        rationale: "ElastiCache at-rest encryption encrypts what a node-based Valkey or Redis OSS cache writes to disk during sync, backup and swap " +
            "operations, and its backups stored in Amazon S3; without it, anyone who obtains a backup (a shared or copied snapshot, an " +
            "exported `.rdb` file) reads the cache's data. It can only be chosen when the cache is created. AWS offers it on replication " +
            "groups (`aws_elasticache_replication_group`, `at_rest_encryption_enabled`) running Valkey 7.2 and later or Redis OSS 3.2.6, 4.x " +
            "and later; a standalone `aws_elasticache_cluster` running redis or valkey has no such setting (CreateCacheCluster has none, nor " +
            "does the provider's resource), so it always fails here and the fix is a replication group. A cache cluster that belongs to a " +
            "replication group (`replication_group_id`) is judged through that group. A replication group that joins a Global Datastore as a " +
            "secondary (`global_replication_group_id`) and does not set the attribute takes the Global Datastore's setting, from its " +
            "primary: it is not judged on its own. Memcached node-based clusters are not judged: ElastiCache offers at-rest encryption " +
            "for Memcached only on serverless caches, and node-based Memcached keeps its data in memory only (no backups, no replication " +
            "sync), so there is no setting to ask for. Serverless caches (`aws_elasticache_serverless_cache`) always encrypt at rest and " +
            "are not in this rule's resource types. KICS (\"ElastiCache Replication Group Not Encrypted At Rest\") fails every replication " +
            "group without the attribute, including Valkey ones, which AWS encrypts by default.",
        defaults: "`at_rest_encryption_enabled` absent: AWS's default applies, which depends on the engine: true for Valkey, false for Redis OSS " +
            "(ElastiCache API CreateReplicationGroup, AtRestEncryptionEnabled: \"Default: true when using Valkey, false when using Redis " +
            "OSS\"; the Terraform provider documents the same: \"When engine is redis, default is false. When engine is valkey, default is " +
            "true\"). An absent `engine` is `redis` (provider default). With the attribute absent and an `engine` that cannot be known, the " +
            "check is not evaluated. The provider declares the attribute Optional and Computed, so a plan shows it unset, not as a value " +
            "the provider chose. `aws_elasticache_cluster` has no at-rest setting.",
        remediation: {
            text: "Create Valkey or Redis OSS caches as replication groups with `at_rest_encryption_enabled = true` (optionally `kms_key_id` for a " +
                "customer managed key). The setting cannot be changed on an existing group: back it up, create an encrypted group from the " +
                "backup and move the clients over; or move to a serverless cache, which is always encrypted.",
            hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}`,
            pulumi: `new aws.elasticache.ReplicationGroup("sessions", {
  replicationGroupId: "sessions",
  description: "Session store",
  engine: "valkey",
  nodeType: "cache.t4g.small",
  numCacheClusters: 2,
  atRestEncryptionEnabled: true,
  transitEncryptionEnabled: true,
});`,
        },
        references: [
            { title: "CWE-311: Missing Encryption of Sensitive Data", url: "https://cwe.mitre.org/data/definitions/311.html" },
            {
                title: "AWS: At-Rest Encryption in ElastiCache (what it encrypts; replication groups only; always on for serverless caches)",
                url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html",
            },
            {
                title: "AWS ElastiCache API: CreateReplicationGroup (AtRestEncryptionEnabled: \"Default: true when using Valkey, false when using Redis OSS\")",
                url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html",
            },
            {
                title: "AWS ElastiCache API: CreateCacheCluster (no at-rest encryption parameter)",
                url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheCluster.html",
            },
            {
                title: "Terraform AWS provider: aws_elasticache_replication_group (at_rest_encryption_enabled: false for redis, true for valkey; engine default redis)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group",
            },
            {
                title: "Terraform AWS provider: aws_elasticache_cluster",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_cluster",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-at-rest", "database", "elasticache"],
    },
    check(cache, ctx) {
        const r = ctx.read();
        if (cache.type === cache_cluster_1.CACHE_CLUSTER) {
            const engine = (0, cache_cluster_1.standaloneEngine)(cache, r);
            if (engine === "redis" || engine === "valkey") {
                ctx.report({
                    messageId: "standaloneCluster",
                    data: { cluster: (0, values_1.asString)(cache.attrs.cluster_id) ?? (0, model_1.labelOf)(cache), engine: engine === "redis" ? "Redis OSS" : "Valkey" },
                    at: ["engine"],
                });
            }
            return;
        }
        const group = (0, values_1.asString)(cache.attrs.replication_group_id) ?? (0, model_1.labelOf)(cache);
        const enabled = r.flag(AT_REST);
        let value;
        if (enabled === undefined) {
            // A Global Datastore secondary takes the setting of the Global Datastore's primary.
            if (!(0, values_1.isAbsent)(cache.attrs.global_replication_group_id))
                return;
            const engine = r.string("engine")?.trim().toLowerCase() ?? "redis";
            const byDefault = ENGINE_DEFAULT[engine];
            if (byDefault === undefined)
                return ctx.unknown((0, values_1.unknown)(`engine "${engine}" is not one moat knows (redis, valkey)`), ["engine"]);
            if (byDefault)
                return;
            value = `not set (the default for ${engine === "redis" ? "Redis OSS" : engine} is false)`;
        }
        else {
            if (enabled)
                return;
            value = "= false";
        }
        ctx.report({ messageId: "groupAtRestOff", data: { group, value }, at: [AT_REST] });
    },
});
