"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const cache_cluster_1 = require("./cache-cluster");
/** How a transit_encryption_enabled value reads in a message. */
function shown(v) {
    return v === undefined ? "not set (the default is false)" : String(v);
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-CACHE-001",
        name: "elasticache-transit-encryption-disabled",
        title: "An ElastiCache cache accepts unencrypted client connections (in-transit encryption is off or optional).",
        severity: "high",
        area: "db-encryption",
        resourceTypes: [cache_cluster_1.REPLICATION_GROUP, cache_cluster_1.CACHE_CLUSTER],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            groupTransitDisabled: "Replication group {{group}} has transit_encryption_enabled {{value}}: clients, AUTH tokens and replication traffic cross the " +
                "network in clear text. Set transit_encryption_enabled = true.",
            groupTransitPreferred: "Replication group {{group}} has transit_encryption_mode = \"{{mode}}\": TLS is on but unencrypted connections are still " +
                "accepted. Once every client uses TLS, set transit_encryption_mode = \"required\".",
            standaloneCluster: "Cache cluster {{cluster}} runs {{engine}} outside a replication group: a standalone {{engine}} cache cluster cannot encrypt " +
                "connections in transit. Create it as an aws_elasticache_replication_group with transit_encryption_enabled = true.",
            memcachedTransitDisabled: "Memcached cluster {{cluster}} has transit_encryption_enabled {{value}}: clients talk to it in clear text. Set " +
                "transit_encryption_enabled = true (Memcached {{minVersion}} or later).",
        },
        rationale: "ElastiCache node-based caches accept plain-text connections unless in-transit encryption is turned on when they are created " +
            "(AWS: \"Default: false\"). Without it, cached data, Valkey/Redis OSS AUTH tokens and replication between nodes cross the VPC " +
            "unencrypted, and anyone who can reach the network path can read or alter them. For Valkey and Redis OSS, AWS supports in-transit " +
            "encryption on replication groups only, so a standalone `aws_elasticache_cluster` running redis or valkey can never encrypt: it " +
            "fails whatever it sets, and the fix is a replication group (a one-node replication group is a valid, single-node cache). A " +
            "cache cluster that belongs to a replication group (`replication_group_id`) is judged through that group. Memcached clusters " +
            "support TLS from version 1.6.12 through `transit_encryption_enabled`. A replication group in `transit_encryption_mode = " +
            "\"preferred\"` (the migration step AWS uses to turn TLS on for an existing cache) still accepts unencrypted connections: it fails " +
            "until the mode is `required`. Serverless caches (`aws_elasticache_serverless_cache`) always use TLS and are not checked. Trivy " +
            "(AWS-0051) and Checkov (CKV_AWS_30) check only `aws_elasticache_replication_group`, never standalone clusters or the " +
            "`preferred` mode; KICS's ElastiCache encryption query checks at-rest encryption, a different question.",
        defaults: "`transit_encryption_enabled` absent means false on both resources (ElastiCache CreateReplicationGroup and CreateCacheCluster: " +
            "\"Default: false\"). With encryption on and `transit_encryption_mode` absent, the group is taken to require TLS, which is what " +
            "AWS sets when encryption is enabled at creation; `preferred` is only ever set explicitly. A replication group that joins a " +
            "Global Datastore as a secondary (`global_replication_group_id`) and does not set `transit_encryption_enabled` takes the Global " +
            "Datastore's setting, which comes from its primary: it is not judged on its own. A cache cluster with any " +
            "`replication_group_id`, even one known only after apply, is judged through its group; one whose `engine` cannot be known is " +
            "not evaluated. `aws_elasticache_serverless_cache` is not in this rule's resource " +
            "types: AWS documents that \"all serverless caches have in-transit encryption enabled\", so it could only ever pass.",
        remediation: {
            text: "Create Valkey/Redis OSS caches as replication groups with `transit_encryption_enabled = true` (mode `required`), and Memcached " +
                "clusters (1.6.12 or later) with `transit_encryption_enabled = true`. Engine versions before 7.0.5 can only set transit " +
                "encryption at creation: turning it on replaces the cache.",
            hcl: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  subnet_group_name          = aws_elasticache_subnet_group.private.name
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  at_rest_encryption_enabled = true
}`,
            pulumi: `new aws.elasticache.ReplicationGroup("sessions", {
  replicationGroupId: "sessions",
  description: "Session store",
  engine: "valkey",
  nodeType: "cache.t4g.small",
  numCacheClusters: 2,
  subnetGroupName: privateSubnets.name,
  transitEncryptionEnabled: true,
  transitEncryptionMode: "required",
  atRestEncryptionEnabled: true,
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS: ElastiCache in-transit encryption (TLS)",
                url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html",
            },
            {
                title: "AWS: Enabling in-transit encryption (preferred and required modes)",
                url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption-enable.html",
            },
            {
                title: "AWS ElastiCache API: CreateReplicationGroup (TransitEncryptionEnabled, TransitEncryptionMode)",
                url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html",
            },
            {
                title: "Terraform AWS provider: aws_elasticache_replication_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group",
            },
            {
                title: "Terraform AWS provider: aws_elasticache_cluster (transit encryption: Memcached 1.6.12 and later only)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_cluster",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "elasticache"],
    },
    check(cache, ctx) {
        const a = cache.attrs;
        const r = ctx.read();
        if (cache.type === cache_cluster_1.REPLICATION_GROUP) {
            const group = (0, values_1.asString)(a.replication_group_id) ?? (0, model_1.labelOf)(cache);
            const enabled = r.bool("transit_encryption_enabled");
            if (enabled === undefined && a.global_replication_group_id !== undefined && a.global_replication_group_id !== null)
                return;
            if (enabled !== true) {
                return ctx.report({
                    messageId: "groupTransitDisabled",
                    data: { group, value: shown(enabled) },
                    at: ["transit_encryption_enabled"],
                });
            }
            const m = r.string("transit_encryption_mode");
            if (m !== undefined && m.trim().toLowerCase() === "preferred") {
                ctx.report({ messageId: "groupTransitPreferred", data: { group, mode: m }, at: ["transit_encryption_mode"] });
            }
            return;
        }
        // aws_elasticache_cluster: a member of a replication group is judged through the group.
        const engine = (0, cache_cluster_1.standaloneEngine)(cache, r);
        if (engine === undefined)
            return;
        const cluster = (0, values_1.asString)(a.cluster_id) ?? (0, model_1.labelOf)(cache);
        if (engine === "redis" || engine === "valkey") {
            // The provider documents transit encryption on a cache cluster for Memcached only. A `true` here is not a clear-text
            // setting: AWS either honours it or refuses the cluster, so only false or absent is reported.
            if (r.bool("transit_encryption_enabled") === true)
                return;
            return ctx.report({
                messageId: "standaloneCluster",
                data: { cluster, engine: engine === "redis" ? "Redis OSS" : "Valkey" },
                at: ["engine"],
            });
        }
        const enabled = r.bool("transit_encryption_enabled");
        if (enabled === true)
            return;
        ctx.report({
            messageId: "memcachedTransitDisabled",
            data: { cluster, value: shown(enabled), minVersion: "1.6.12" },
            at: ["transit_encryption_enabled"],
        });
    },
});
