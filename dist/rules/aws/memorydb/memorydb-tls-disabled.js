"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const CLUSTER = "aws_memorydb_cluster";
const MULTI_REGION_CLUSTER = "aws_memorydb_multi_region_cluster";
const TLS = "tls_enabled";
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-MEMORYDB-001",
        name: "memorydb-tls-disabled",
        title: "A MemoryDB cluster turns TLS off, so clients, credentials and data cross the network unencrypted.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: [CLUSTER, MULTI_REGION_CLUSTER],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            tlsDisabled: "{{what}} {{cluster}} sets tls_enabled = {{value}}: clients talk to it in clear text, and a cluster without TLS must use the " +
                "open-access ACL, so no client authenticates either. Set tls_enabled = true (the setting forces a new cluster) and attach an " +
                "ACL with users.",
        },
        rationale: "MemoryDB is a durable, primary database: a cluster with in-transit encryption off sends every command, every value and " +
            "replication traffic in clear text across the VPC. Turning TLS off also turns authentication off: the Terraform provider " +
            "documents that with `tls_enabled = false` the `acl_name` must be `open-access`, the ACL that lets any client that reaches the " +
            "port run any command. TLS is on unless the configuration turns it off (the provider's default is true, for regional and " +
            "Multi-Region clusters), and it can only be chosen when the cluster is created: fixing it replaces the cluster. Both " +
            "`aws_memorydb_cluster` and `aws_memorydb_multi_region_cluster` are judged by their own `tls_enabled`. Encryption at rest is " +
            "not a question here: MemoryDB always encrypts data at rest. No peer scanner in moat's corpus checks MemoryDB in transit.",
        defaults: "`tls_enabled` absent: true, on `aws_memorydb_cluster` (\"Defaults to `true`. When set to `false`, the `acl_name` must be " +
            "`open-access`\") and on `aws_memorydb_multi_region_cluster` (\"Defaults to `true`\"), per the Terraform AWS provider's " +
            "documentation and the Pulumi AWS typings; it forces a new resource. Only an explicit false (boolean or the string " +
            "\"false\") fails; a value from a variable without a value is not evaluated.",
        remediation: {
            text: "Leave `tls_enabled` unset or set it to true, and replace the `open-access` ACL with one that holds users (`aws_memorydb_acl`, " +
                "`aws_memorydb_user`). The cluster is replaced: snapshot it first and create the new cluster from the snapshot.",
            hcl: `resource "aws_memorydb_cluster" "orders" {
  name                     = "orders"
  engine                   = "valkey"
  node_type                = "db.t4g.small"
  num_shards               = 1
  acl_name                 = "orders-app"
  tls_enabled              = true
  snapshot_retention_limit = 7
}`,
            pulumi: `new aws.memorydb.Cluster("orders", {
  name: "orders",
  engine: "valkey",
  nodeType: "db.t4g.small",
  numShards: 1,
  aclName: "orders-app",
  tlsEnabled: true,
  snapshotRetentionLimit: 7,
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS: In-transit encryption (TLS) in MemoryDB",
                url: "https://docs.aws.amazon.com/memorydb/latest/devguide/in-transit-encryption.html",
            },
            {
                title: "AWS MemoryDB API: CreateCluster (TLSEnabled: a flag to enable in-transit encryption on the cluster)",
                url: "https://docs.aws.amazon.com/memorydb/latest/APIReference/API_CreateCluster.html",
            },
            {
                title: "AWS: Authenticating users with Access Control Lists (MemoryDB ACLs, open-access)",
                url: "https://docs.aws.amazon.com/memorydb/latest/devguide/clusters.acls.html",
            },
            {
                title: "AWS: At-Rest Encryption in MemoryDB (always enabled)",
                url: "https://docs.aws.amazon.com/memorydb/latest/devguide/at-rest-encryption.html",
            },
            {
                title: "Terraform AWS provider: aws_memorydb_cluster (tls_enabled defaults to true; false requires acl_name = open-access)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/memorydb_cluster",
            },
            {
                title: "Terraform AWS provider: aws_memorydb_multi_region_cluster (tls_enabled defaults to true)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/memorydb_multi_region_cluster",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "memorydb"],
    },
    check(cluster, ctx) {
        const r = ctx.read();
        // Absent: the default is true. A value that is not a boolean stops the check (core/reader.ts flag).
        if (r.flag(TLS) !== false)
            return;
        const multiRegion = cluster.type === MULTI_REGION_CLUSTER;
        const name = (0, values_1.asString)(multiRegion ? cluster.attrs.multi_region_cluster_name_suffix : cluster.attrs.name) ?? (0, model_1.labelOf)(cluster);
        ctx.report({
            messageId: "tlsDisabled",
            data: { what: multiRegion ? "MemoryDB Multi-Region cluster" : "MemoryDB cluster", cluster: name, value: (0, values_1.asString)(r.value(TLS)) ?? "false" },
            at: [TLS],
        });
    },
});
