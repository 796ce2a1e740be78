"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const cluster_storage_1 = require("../rds/cluster-storage");
const GLOBAL = "aws_docdb_global_cluster";
const SPEC = {
    what: "DocumentDB cluster",
    globalType: GLOBAL,
    keyAttr: "kms_key_id",
    // The provider passes kms_key_id to RestoreDBClusterFromSnapshot; AWS: an unencrypted snapshot restores encrypted
    // with the key given.
    keyedRestores: ["snapshot_identifier"],
};
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-DOCDB-002",
        name: "docdb-storage-unencrypted",
        title: "A DocumentDB cluster or global cluster stores its data, backups and snapshots unencrypted.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_docdb_cluster", "aws_docdb_global_cluster"],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            notEncrypted: "The {{what}}'s storage is not encrypted ({{setting}}): its documents, indexes, logs, automated backups and snapshots are " +
                "stored in clear text, and encryption cannot be turned on later. Set storage_encrypted = true.",
            globalNotEncrypted: "The {{what}} is created unencrypted ({{setting}}): the clusters it replicates across Regions store their data in clear " +
                "text. Set storage_encrypted = true, or build it from an encrypted cluster with source_db_cluster_identifier.",
        },
        rationale: "Amazon DocumentDB encrypts a cluster's storage volume, data, indexes, logs, automated backups and snapshots only when the " +
            "cluster is created with storage encryption; it cannot be turned on for an existing cluster (the data has to be restored " +
            "from a snapshot into a new, encrypted cluster). Clusters created with the API, the CLI, CloudFormation or Terraform are " +
            "unencrypted unless `storage_encrypted = true` (only the console encrypts by default). `aws_docdb_global_cluster` has its " +
            "own `storage_encrypted` (default false) unless it is built from an existing cluster (`source_db_cluster_identifier`), whose " +
            "encryption it takes: that source cluster is judged itself (Checkov's CKV_AWS_292 reads only the global cluster's flag). " +
            "Restores follow what they restore from: a cluster restored from a snapshot is encrypted when the snapshot is, or when it " +
            "names `kms_key_id` (AWS: an unencrypted snapshot can be restored to an encrypted cluster by specifying the KMS key); " +
            "otherwise, and for point-in-time restores, the configuration does not say, so the cluster is not evaluated (a restore " +
            "named by a variable without a value passes only when both outcomes are encrypted: `storage_encrypted = true` and a key). " +
            "A cluster that joins a global cluster (`global_cluster_identifier`) without `storage_encrypted = true` follows the global " +
            "cluster: when that global cluster is in the input, the member passes if it is encrypted and fails if not; a global " +
            "cluster built from an existing cluster has that cluster's encryption, judged on the source; a global cluster not in the " +
            "input leaves the member not evaluated. The same check judges RDS and Neptune clusters. `kms_key_id` alone does not encrypt (the provider requires `storage_encrypted = " +
            "true` with it). DocumentDB elastic clusters (`aws_docdb_elastic_cluster`) are always encrypted (without `kms_key_id` AWS " +
            "uses the account's default key), so this rule does not read them.",
        defaults: "An absent `storage_encrypted` is false: the Terraform provider's `storage_encrypted` has no default and is sent only when " +
            "set, and AWS creates API/CLI/CloudFormation clusters unencrypted by default (Amazon DocumentDB developer guide, \"Encrypting " +
            "Amazon DocumentDB data at rest\"; AWS Control Tower CT.DOCUMENTDB.PR.1: \"Clusters that you create using AWS CloudFormation " +
            "have encryption at rest turned off by default\"). `aws_docdb_global_cluster`: \"The default is false unless " +
            "source_db_cluster_identifier is specified and encrypted\" (provider documentation).",
        remediation: {
            text: "Set storage_encrypted = true (optionally with kms_key_id for a customer-managed key). An existing unencrypted cluster " +
                "cannot be encrypted in place: snapshot it and restore the snapshot into a new cluster with kms_key_id set.",
            hcl: `resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.docdb.arn
}`,
            pulumi: `new aws.docdb.Cluster("orders", {
  clusterIdentifier: "orders",
  masterUsername: "orders_admin",
  manageMasterUserPassword: true,
  storageEncrypted: true,
  kmsKeyId: docdbKey.arn,
});`,
        },
        references: [
            { title: "CWE-311: Missing Encryption of Sensitive Data", url: "https://cwe.mitre.org/data/definitions/311.html" },
            {
                title: "Amazon DocumentDB: Encrypting Amazon DocumentDB data at rest",
                url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
            },
            {
                title: "Amazon DocumentDB: Restoring from a cluster snapshot (an unencrypted snapshot restores encrypted with a KMS key)",
                url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore-restore_from_snapshot.html",
            },
            {
                title: "AWS Control Tower: CT.DOCUMENTDB.PR.1 (CloudFormation clusters are unencrypted by default)",
                url: "https://docs.aws.amazon.com/controltower/latest/controlreference/documentdb-rules.html",
            },
            {
                title: "Amazon DocumentDB API: CreateGlobalCluster (StorageEncrypted, SourceDBClusterIdentifier)",
                url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/API_CreateGlobalCluster.html",
            },
            {
                title: "Amazon DocumentDB elastic clusters API: CreateCluster (kmsKeyId: the account's default key when none is given)",
                url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/API_elastic_CreateCluster.html",
            },
            {
                title: "Terraform AWS provider: aws_docdb_cluster (storage_encrypted, kms_key_id)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster",
            },
            {
                title: "Terraform AWS provider: aws_docdb_global_cluster (storage_encrypted default false unless source_db_cluster_identifier)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_global_cluster",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-at-rest", "database", "documentdb"],
    },
    check(resource, ctx) {
        if (resource.type === GLOBAL)
            return (0, cluster_storage_1.checkGlobalStorage)(resource, ctx, "DocumentDB global cluster", SPEC.keyAttr);
        (0, cluster_storage_1.checkStorage)(resource, ctx, SPEC);
    },
});
