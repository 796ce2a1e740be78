"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const values_1 = require("../../../core/values");
const cluster_storage_1 = require("./cluster-storage");
const GLOBAL = "aws_rds_global_cluster";
/** DB instances: a restore takes no key from the provider; Aurora and RDS Custom instances are exempt. */
const INSTANCE = {
    what: "DB instance",
    keyAttr: "kms_key_id",
    replicaAttr: "replicate_source_db",
    keyedRestores: [],
    alwaysEncrypted: (r) => {
        const engine = (0, values_1.asString)(r.resource.attrs.engine)?.toLowerCase();
        // An Aurora instance stores nothing of its own: the cluster volume is the cluster's (judged on aws_rds_cluster).
        // RDS Custom requires a KMS key and always encrypts (CreateDBInstance, StorageEncrypted and KmsKeyId).
        return engine !== undefined && (engine.startsWith("aurora") || engine.startsWith("custom-"));
    },
    // An instance whose engine may be Aurora has its cluster's storage: the engine must be known before it fails.
    beforeFail: (r) => void r.value("engine"),
    keyAloneMessage: "kmsKeyWithoutEncryption",
};
/** DB clusters: a restore with a key is encrypted with it; Aurora Serverless v1 is always encrypted; global members. */
const CLUSTER = {
    what: "DB cluster",
    keyAttr: "kms_key_id",
    replicaAttr: "replication_source_identifier",
    keyedRestores: ["snapshot_identifier", "restore_to_point_in_time"],
    globalType: GLOBAL,
    // Aurora Serverless v1: "the cluster volume is always encrypted ... you can't disable encryption". A mode not known
    // matters only when storage_encrypted is not true.
    alwaysEncrypted: (r, encryptedTrue) => r.mayBe("engine_mode", ["serverless"]) && (encryptedTrue || r.upper("engine_mode") === "SERVERLESS"),
    keyAloneMessage: "kmsKeyWithoutEncryption",
};
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-RDS-003",
        name: "rds-storage-unencrypted",
        title: "An RDS DB instance, DB cluster or Aurora global database stores its data, backups and snapshots unencrypted.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_db_instance", "aws_rds_cluster", "aws_rds_global_cluster"],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            notEncrypted: "The {{what}}'s storage is not encrypted ({{setting}}): its data files, automated backups, snapshots and read replicas are stored in clear text. Set storage_encrypted = true.",
            kmsKeyWithoutEncryption: "The {{what}} sets kms_key_id but not storage_encrypted = true: a key alone does not turn encryption on (RDS rejects KmsKeyId without StorageEncrypted), so the storage is planned unencrypted. Set storage_encrypted = true.",
            globalNotEncrypted: "The {{what}} is created unencrypted ({{setting}}): the clusters it replicates across Regions store their data in clear " +
                "text. Set storage_encrypted = true, or build it from an encrypted cluster with source_db_cluster_identifier.",
        },
        rationale: "RDS encrypts a DB instance's or cluster's storage, its automated backups, snapshots and replicas only when " +
            "`storage_encrypted` is true, and encryption cannot be switched on later: an unencrypted database has to be copied to an " +
            "encrypted snapshot and restored, with downtime. Setting `kms_key_id` alone does not encrypt anything: the RDS API " +
            "rejects a KMS key without StorageEncrypted, and the Terraform provider documents that `storage_encrypted` must be true " +
            "when `kms_key_id` is set (KICS passes such an instance). Some resources are exempt because their encryption is decided " +
            "elsewhere: read replicas (`replicate_source_db`, `replication_source_identifier`) inherit the source's encryption and the " +
            "source is judged itself, also when the source is named by a value known only after apply (another database's id, ARN or " +
            "identifier, which the provider always sets); a source from a variable without a value may still be null or \"\" (no " +
            "replica), so such a database is not evaluated unless `storage_encrypted = true`; Aurora DB instances (and `aws_rds_cluster_instance`, which this rule does not read) use their " +
            "cluster's storage (Checkov flags them, checkov#586); RDS Custom instances (`custom-*` engines) are always encrypted; Aurora " +
            "Serverless v1 clusters (`engine_mode = \"serverless\"`) are always encrypted. A database restored from a snapshot or to a " +
            "point in time keeps the encryption of what it is restored from, which the configuration does not show: it is reported as " +
            "not evaluated, unless a cluster restore names a `kms_key_id` (the provider passes it to the restore, since " +
            "hashicorp/terraform-provider-aws#6012, and the restored cluster is encrypted with it); a restore named by a variable " +
            "without a value passes only when both outcomes are encrypted (`storage_encrypted = true` and a key). An Aurora global " +
            "database (`aws_rds_global_cluster`) has its own `storage_encrypted` (default false) unless it is built from an existing " +
            "cluster (`source_db_cluster_identifier`), whose encryption it takes and which is judged itself. A cluster that joins a " +
            "global database (`global_cluster_identifier`) without `storage_encrypted = true` follows it: when the global database " +
            "is in the input, the member passes if it is encrypted and fails if not; otherwise it is not evaluated. DocumentDB and " +
            "Neptune clusters are judged by the same check (MOAT-DOCDB-002, MOAT-NEPTUNE-001). Trivy's " +
            "AVD-AWS-0079 asks a different question (a customer-managed key) and fails clusters encrypted with the AWS managed key.",
        defaults: "An absent `storage_encrypted` is false: the CreateDBInstance API says \"By default, it isn't encrypted\", and the Terraform " +
            "provider documents the default false for `aws_db_instance` and false for `aws_rds_cluster` with the provisioned " +
            "engine_mode (true for serverless). The RDS API rejects KmsKeyId without StorageEncrypted (error InvalidParameterCombination). " +
            "An absent, null or empty `replicate_source_db` / `replication_source_identifier` means no replica; `identifier` and " +
            "`cluster_identifier` are generated when omitted (\"If omitted, Terraform will assign a random, unique identifier\", provider " +
            "docs), so a replica naming its source by them is a replica even before apply. `aws_rds_global_cluster`: \"storage_encrypted " +
            "... The default is false unless source_db_cluster_identifier is specified and encrypted\" (provider documentation); " +
            "CreateGlobalCluster: StorageEncrypted cannot be given with SourceDBClusterIdentifier, the source cluster's setting is used.",
        remediation: {
            text: "Set storage_encrypted = true (optionally with kms_key_id for a customer-managed key). An existing unencrypted database " +
                "cannot be encrypted in place: snapshot it, copy the snapshot with encryption, and restore from the encrypted copy.",
            hcl: `resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
}`,
            pulumi: `new aws.rds.Instance("app", {
  engine: "postgres",
  engineVersion: "16.4",
  instanceClass: "db.t4g.medium",
  allocatedStorage: 20,
  username: "app",
  manageMasterUserPassword: true,
  storageEncrypted: true,
  kmsKeyId: rdsKey.arn,
});`,
        },
        references: [
            { title: "CWE-311: Missing Encryption of Sensitive Data", url: "https://cwe.mitre.org/data/definitions/311.html" },
            {
                title: "Amazon RDS API: CreateDBInstance (StorageEncrypted: by default, it isn't encrypted; KmsKeyId)",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html",
            },
            {
                title: "Amazon RDS API (CreateDBInstance StorageEncrypted): \"By default, it isn't encrypted\"; RDS Custom must be encrypted",
                url: "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-create-db-instance-request/storage-encrypted.html",
            },
            {
                title: "Amazon RDS API (CreateDBInstance KmsKeyId): the key identifier for an encrypted DB instance",
                url: "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-create-db-instance-request/kms-key-id.html",
            },
            {
                title: "Amazon RDS API (CreateDBCluster KmsKeyId): an encrypted replication source's key is used for the replica",
                url: "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-create-db-cluster-request/-builder/kms-key-id.html",
            },
            {
                title: "Amazon RDS API (RestoreDBClusterToPointInTime KmsKeyId): an unencrypted source restores unencrypted unless a key is given",
                url: "https://sdk.amazonaws.com/kotlin/api/1.0.65/rds/aws.sdk.kotlin.services.rds.model/-restore-db-cluster-to-point-in-time-request/kms-key-id.html",
            },
            {
                title: "RDS API error \"InvalidParameterCombination: You must enable StorageEncrypted when you specify KmsKeyId\" (tfsec#495)",
                url: "https://github.com/aquasecurity/tfsec/issues/495",
            },
            {
                title: "Using Amazon Aurora Serverless v1 (the cluster volume is always encrypted)",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html",
            },
            {
                title: "Encrypting Amazon RDS resources",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
            },
            {
                title: "Terraform AWS provider: aws_db_instance (storage_encrypted, kms_key_id)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
            },
            {
                title: "Amazon RDS API: CreateGlobalCluster (StorageEncrypted, SourceDBClusterIdentifier)",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateGlobalCluster.html",
            },
            {
                title: "Terraform AWS provider: aws_rds_global_cluster (storage_encrypted default false unless source_db_cluster_identifier)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_global_cluster",
            },
            {
                title: "hashicorp/terraform-provider-aws#6012: aws_rds_cluster honours kms_key_id when restoring from a snapshot",
                url: "https://github.com/hashicorp/terraform-provider-aws/pull/6012",
            },
            {
                title: "Terraform AWS provider: aws_rds_cluster (storage_encrypted default false for provisioned, true for serverless)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-at-rest", "database", "rds"],
    },
    check(db, ctx) {
        if (db.type === GLOBAL)
            return (0, cluster_storage_1.checkGlobalStorage)(db, ctx, "Aurora global database", "kms_key_id");
        (0, cluster_storage_1.checkStorage)(db, ctx, db.type === "aws_rds_cluster" ? CLUSTER : INSTANCE);
    },
});
