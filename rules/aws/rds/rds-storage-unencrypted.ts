import { defineRule } from "../../../core/rule";
import { type Resource, labelOf } from "../../../core/model";
import { Doubt, type Reader } from "../../../core/reader";
import { asBool, asString, isAbsent, unknown } from "../../../core/values";

/** A restore: its storage follows the snapshot or source cluster/instance it is made from. */
interface Restore {
  /** The attribute that makes it a restore, for the finding's location and the reason. */
  attr: "snapshot_identifier" | "restore_to_point_in_time";
  what: string;
}

/**
 * Whether the resource is a restore. Another resource's id or ARN (`snapshot_identifier = aws_db_snapshot.x.id`) is
 * known after apply, but set; anything else not known stops the read.
 */
function restoreOf(db: Reader): Restore | undefined {
  if (db.present("snapshot_identifier")) return { attr: "snapshot_identifier", what: "is restored from a snapshot" };
  if (db.blocks("restore_to_point_in_time").length > 0) return { attr: "restore_to_point_in_time", what: "is restored to a point in time" };
  return undefined;
}

export default defineRule({
  meta: {
    id: "MOAT-RDS-003",
    name: "rds-storage-unencrypted",
    title: "An RDS DB instance or DB cluster stores its data, backups and snapshots unencrypted.",
    severity: "high",
    area: "db-encryption",
    resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
    scope: "resource",
    doors: ["hcl", "plan", "pulumi"],
    messages: {
      notEncrypted:
        "The {{what}}'s storage is not encrypted ({{setting}}): its data files, automated backups, snapshots and read replicas are stored in clear text. Set storage_encrypted = true.",
      kmsKeyWithoutEncryption:
        "The {{what}} sets kms_key_id but not storage_encrypted = true: a key alone does not turn encryption on (RDS rejects KmsKeyId without StorageEncrypted), so the storage is planned unencrypted. Set storage_encrypted = true.",
    },
    rationale:
      "RDS encrypts a DB instance's or cluster's storage, its automated backups, snapshots and replicas only when " +
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
      "not evaluated, unless a cluster restore names a `kms_key_id` (the restored cluster is then encrypted with it). Trivy's " +
      "AVD-AWS-0079 asks a different question (a customer-managed key) and fails clusters encrypted with the AWS managed key.",
    defaults:
      "An absent `storage_encrypted` is false: the CreateDBInstance API says \"By default, it isn't encrypted\", and the Terraform " +
      "provider documents the default false for `aws_db_instance` and false for `aws_rds_cluster` with the provisioned " +
      "engine_mode (true for serverless). The RDS API rejects KmsKeyId without StorageEncrypted (error InvalidParameterCombination). " +
      "An absent, null or empty `replicate_source_db` / `replication_source_identifier` means no replica; `identifier` and " +
      "`cluster_identifier` are generated when omitted (\"If omitted, Terraform will assign a random, unique identifier\", provider " +
      "docs), so a replica naming its source by them is a replica even before apply.",
    remediation: {
      text:
        "Set storage_encrypted = true (optionally with kms_key_id for a customer-managed key). An existing unencrypted database " +
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
        title: "Terraform AWS provider: aws_rds_cluster (storage_encrypted default false for provisioned, true for serverless)",
        url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster",
      },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    enforcement: "mandatory",
    tags: ["encryption-at-rest", "database", "rds"],
  },
  check(db: Resource, ctx) {
    const isCluster = db.type === "aws_rds_cluster";
    const what = isCluster ? "DB cluster" : "DB instance";
    const engine = asString(db.attrs.engine)?.toLowerCase();

    if (!isCluster && engine !== undefined) {
      // An Aurora instance stores nothing of its own: the cluster volume is the cluster's (judged on aws_rds_cluster).
      if (engine.startsWith("aurora")) return;
      // RDS Custom requires a KMS key and always encrypts (CreateDBInstance, StorageEncrypted and KmsKeyId).
      if (engine.startsWith("custom-")) return;
    }

    const r = ctx.read();
    const encrypted = db.attrs.storage_encrypted;
    const encryptedTrue = asBool(r.maybe("storage_encrypted")) === true;

    // Aurora Serverless v1: "the cluster volume is always encrypted ... you can't disable encryption". A mode not known
    // matters only when storage_encrypted is not true.
    if (isCluster && r.mayBe("engine_mode", ["serverless"])) {
      if (encryptedTrue || r.upper("engine_mode") === "SERVERLESS") return;
    }

    // A replica's encryption is its source's; the source, when in the input, is judged itself. Another resource's id, ARN
    // or generated identifier (`replicate_source_db = aws_db_instance.primary.identifier`) is known after apply, but set
    // (core/values.ts computedFacts): exempt. A value that may still be null or "" (a variable without a value, or a
    // conditional on one) may mean "no replica": it decides nothing here, and stops the check only if what follows fails.
    const replicaAttr = isCluster ? "replication_source_identifier" : "replicate_source_db";
    const replicaDoubt = new Doubt(db, [replicaAttr]);
    if (replicaDoubt.test(() => r.present(replicaAttr)) === true) return;

    // A cluster restored with a KMS key is encrypted with it; an instance restore takes no key from the provider.
    const restoredWithKey = () => isCluster && new Doubt(db).test(() => r.present("kms_key_id")) === true;
    // Restores ignore storage_encrypted, so even `true` does not settle it.
    const restoreDoubt = new Doubt(db, ["snapshot_identifier"]);
    const restore = restoreDoubt.test(() => restoreOf(r));
    if (restoreDoubt.open) {
      if (restoredWithKey()) return;
      restoreDoubt.settle();
    }
    if (restore !== undefined) {
      if (restoredWithKey()) return;
      return ctx.unknown(
        unknown(`${labelOf(db)} ${restore.what}: its storage is encrypted only if what it is restored from is`),
        [restore.attr],
      );
    }

    // Reads from here on stop the check when the value is not known (core/reader.ts).
    if (r.bool("storage_encrypted") === true) return;
    // What follows is a fail, but a replica would be exempt: when that is not known, neither is the verdict.
    replicaDoubt.settle();
    // The same for an instance whose engine may be Aurora (its storage is then the cluster's).
    if (!isCluster) r.value("engine");

    // A key written as a reference is "known after apply" here, but it is still a key the author meant to use.
    if (isAbsent(encrypted) && r.mayBeSet("kms_key_id")) {
      return ctx.report({ messageId: "kmsKeyWithoutEncryption", data: { what }, at: ["kms_key_id"] });
    }
    const setting =
      isAbsent(encrypted)
        ? "storage_encrypted is not set and defaults to false"
        : `storage_encrypted = ${asString(encrypted) ?? JSON.stringify(encrypted)}`;
    ctx.report({ messageId: "notEncrypted", data: { what, setting }, at: ["storage_encrypted"] });
  },
});
