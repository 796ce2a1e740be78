"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const cluster_storage_1 = require("../rds/cluster-storage");
const GLOBAL = "aws_neptune_global_cluster";
const SPEC = {
    what: "Neptune cluster",
    globalType: GLOBAL,
    keyAttr: "kms_key_arn",
    replicaAttr: "replication_source_identifier",
    // The provider passes kms_key_arn to RestoreDBClusterFromSnapshot too (internal/service/neptune/cluster.go, since
    // hashicorp/terraform-provider-aws#33413, September 2023), as DocumentDB's does: a keyed restore is encrypted with it.
    keyedRestores: ["snapshot_identifier"],
};
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-NEPTUNE-001",
        name: "neptune-storage-unencrypted",
        title: "A Neptune cluster or global cluster stores its graph data, backups and snapshots unencrypted.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_neptune_cluster", "aws_neptune_global_cluster"],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            notEncrypted: "The {{what}}'s storage is not encrypted ({{setting}}): its graph data, automated backups, snapshots and replicas are stored " +
                "in clear text, and encryption cannot be turned on later. Set storage_encrypted = true.",
            globalNotEncrypted: "The {{what}} is created unencrypted ({{setting}}): the clusters it replicates across Regions store their data in clear " +
                "text. Set storage_encrypted = true, or build it from an encrypted cluster with source_db_cluster_identifier.",
        },
        rationale: "Amazon Neptune encrypts a cluster's storage, automated backups, snapshots and replicas only when the cluster is created " +
            "encrypted; an unencrypted cluster cannot be encrypted later (its data has to be copied to a new, encrypted cluster). The " +
            "Terraform provider creates clusters with `storage_encrypted = false` unless it is set. Exempt or not evaluated, because the " +
            "configuration does not decide the encryption: a read replica (`replication_source_identifier`) has its source's encryption, " +
            "and the source is judged itself (CreateDBCluster: without KmsKeyId, an encrypted source's key is used); a cluster restored " +
            "from a snapshot (`snapshot_identifier`) has the snapshot's encryption unless it names `kms_key_arn`: the provider passes " +
            "the key to RestoreDBClusterFromSnapshot (internal/service/neptune/cluster.go sets KmsKeyId on both the create and the " +
            "restore input since hashicorp/terraform-provider-aws#33413, September 2023, which fixed #15240 \"Unable to create " +
            "encrypted Neptune cluster from unencrypted Neptune cluster snapshot\"; earlier provider versions dropped the key), so a " +
            "keyed restore is encrypted with it, as DocumentDB's is; without a key it is not evaluated. A cluster that joins a global " +
            "cluster (`global_cluster_identifier`) without `storage_encrypted = true` follows the global cluster: when that global " +
            "cluster is in the input, the member passes if it is encrypted and fails if not (the global cluster is reported too); a " +
            "global cluster built from an existing cluster has that cluster's encryption, judged on the source; a global cluster not " +
            "in the input leaves the member not evaluated. " +
            "`aws_neptune_global_cluster` has its own `storage_encrypted` (default false) unless it is built from an existing cluster " +
            "(`source_db_cluster_identifier`), whose encryption it takes. `kms_key_arn` alone does not encrypt: the provider requires " +
            "`storage_encrypted = true` with it. Checkov (CKV_AWS_44) and KICS read only the cluster's flag, so they fail replicas and " +
            "restores whose encryption comes from elsewhere.",
        defaults: "An absent `storage_encrypted` is false: the Terraform provider declares `Default: false` and sends it to CreateDBCluster " +
            "(\"Whether the Neptune cluster is encrypted. The default is false if not specified\"). `aws_neptune_global_cluster`: \"The " +
            "default is false unless source_db_cluster_identifier is specified and encrypted\" (provider documentation).",
        remediation: {
            text: "Set storage_encrypted = true (optionally with kms_key_arn for a customer-managed key). An existing unencrypted cluster " +
                "cannot be encrypted in place: export or copy its data into a new cluster created encrypted.",
            hcl: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.neptune.arn
}`,
            pulumi: `new aws.neptune.Cluster("graph", {
  clusterIdentifier: "graph",
  engine: "neptune",
  storageEncrypted: true,
  kmsKeyArn: neptuneKey.arn,
});`,
        },
        references: [
            { title: "CWE-311: Missing Encryption of Sensitive Data", url: "https://cwe.mitre.org/data/definitions/311.html" },
            {
                title: "Amazon Neptune: Encrypting Neptune resources at rest",
                url: "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
            },
            {
                title: "Amazon Neptune API: CreateDBCluster (StorageEncrypted, KmsKeyId, ReplicationSourceIdentifier)",
                url: "https://docs.aws.amazon.com/neptune/latest/apiref/API_CreateDBCluster.html",
            },
            {
                title: "Amazon Neptune API (CreateDBCluster KmsKeyId): a replica of an encrypted source uses the source's key",
                url: "https://sdk.amazonaws.com/kotlin/api/1.0.65/neptune/aws.sdk.kotlin.services.neptune.model/-create-db-cluster-request/kms-key-id.html",
            },
            {
                title: "Amazon Neptune API: CreateGlobalCluster (StorageEncrypted, SourceDBClusterIdentifier)",
                url: "https://docs.aws.amazon.com/neptune/latest/apiref/API_CreateGlobalCluster.html",
            },
            {
                title: "hashicorp/terraform-provider-aws#33413: aws_neptune_cluster passes kms_key_arn to RestoreDBClusterFromSnapshot",
                url: "https://github.com/hashicorp/terraform-provider-aws/pull/33413",
            },
            {
                title: "Terraform AWS provider: aws_neptune_cluster (storage_encrypted default false, kms_key_arn)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster",
            },
            {
                title: "Terraform AWS provider: aws_neptune_global_cluster (storage_encrypted default false unless source_db_cluster_identifier)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_global_cluster",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-at-rest", "database", "neptune"],
    },
    check(resource, ctx) {
        if (resource.type === GLOBAL)
            return (0, cluster_storage_1.checkGlobalStorage)(resource, ctx, "Neptune global cluster", SPEC.keyAttr);
        (0, cluster_storage_1.checkStorage)(resource, ctx, SPEC);
    },
});
