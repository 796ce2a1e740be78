import { defineCases } from "../../../core/cases";
import { sharedStorageCases } from "../rds/cluster-storage-cases";
import rule from "./docdb-storage-unencrypted";

export default defineCases(rule, [
  {
    name: "cluster without storage_encrypted (defaults to false)",
    doc: true,
    hcl: `resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
}
`,
    expect: [{ resource: "aws_docdb_cluster.orders", messageId: "notEncrypted", line: 1 }],
  },
  {
    name: "cluster with storage_encrypted = false",
    hcl: `resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = false
}
`,
    expect: [{ resource: "aws_docdb_cluster.orders", messageId: "notEncrypted", line: 5 }],
  },
  {
    name: "kms_key_id without storage_encrypted does not encrypt",
    hcl: `resource "aws_kms_key" "docdb" {
  description = "DocumentDB"
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
  kms_key_id                  = aws_kms_key.docdb.arn
}
`,
    expect: [{ resource: "aws_docdb_cluster.orders", messageId: "notEncrypted", line: 5 }],
  },
  {
    name: "storage_encrypted from a variable whose value is false",
    vars: ["encrypted=false"],
    hcl: `variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = var.encrypted
}
`,
    expect: [{ resource: "aws_docdb_cluster.orders", messageId: "notEncrypted", line: 10 }],
  },
  {
    name: "global cluster created empty without storage_encrypted (Checkov CKV_AWS_292 agrees)",
    hcl: `resource "aws_docdb_global_cluster" "orders" {
  global_cluster_identifier = "orders-global"
  engine                    = "docdb"
  engine_version            = "5.0.0"
}
`,
    expect: [{ resource: "aws_docdb_global_cluster.orders", messageId: "globalNotEncrypted", line: 1 }],
  },
  {
    name: "global cluster with storage_encrypted = false",
    hcl: `resource "aws_docdb_global_cluster" "orders" {
  global_cluster_identifier = "orders-global"
  engine                    = "docdb"
  engine_version            = "5.0.0"
  storage_encrypted         = false
}
`,
    expect: [{ resource: "aws_docdb_global_cluster.orders", messageId: "globalNotEncrypted", line: 5 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "cluster with storage_encrypted = true and a customer-managed key",
    doc: true,
    hcl: `resource "aws_kms_key" "docdb" {
  description = "DocumentDB"
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.docdb.arn
}
`,
    expect: [],
  },
  {
    name: "encrypted global cluster",
    hcl: `resource "aws_docdb_global_cluster" "orders" {
  global_cluster_identifier = "orders-global"
  engine                    = "docdb"
  engine_version            = "5.0.0"
  storage_encrypted         = true
}
`,
    expect: [],
  },
  {
    name: "global cluster built from an encrypted source cluster takes its encryption",
    hcl: `resource "aws_docdb_cluster" "primary" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_docdb_global_cluster" "orders" {
  global_cluster_identifier    = "orders-global"
  source_db_cluster_identifier = aws_docdb_cluster.primary.arn
}
`,
    noPulumi: "a preview shows an unknown output without the resource it comes from, so that door cannot tell",
    expect: [],
  },
  {
    name: "global cluster built from a source cluster named by its ARN",
    hcl: `resource "aws_docdb_global_cluster" "orders" {
  global_cluster_identifier    = "orders-global"
  source_db_cluster_identifier = "arn:aws:rds:eu-west-1:111122223333:cluster:orders"
}
`,
    expect: [],
  },
  {
    name: "snapshot restore with a KMS key is encrypted with it",
    hcl: `resource "aws_docdb_cluster" "restored" {
  cluster_identifier  = "orders-restored"
  snapshot_identifier = "orders-2026-01-01"
  kms_key_id          = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    expect: [],
  },
  {
    name: "snapshot restore without a key follows the snapshot (not evaluated)",
    hcl: `resource "aws_docdb_cluster" "restored" {
  cluster_identifier  = "orders-restored"
  snapshot_identifier = "orders-2026-01-01"
}
`,
    expect: [],
    unknown: ["aws_docdb_cluster.restored"],
  },
  {
    name: "point-in-time restore follows its source (not evaluated)",
    hcl: `resource "aws_docdb_cluster" "restored" {
  cluster_identifier = "orders-restored"

  restore_to_point_in_time {
    source_cluster_identifier  = "orders"
    use_latest_restorable_time = true
  }
}
`,
    expect: [],
    unknown: ["aws_docdb_cluster.restored"],
  },
  {
    name: "secondary cluster joining a global cluster without storage_encrypted (not evaluated)",
    hcl: `resource "aws_docdb_cluster" "secondary" {
  cluster_identifier        = "orders-secondary"
  global_cluster_identifier = "orders-global"
}
`,
    expect: [],
    unknown: ["aws_docdb_cluster.secondary"],
  },
  {
    name: "storage_encrypted from a variable without a value is not evaluated",
    hcl: `variable "encrypted" {
  type = bool
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = var.encrypted
}
`,
    expect: [],
    unknown: ["aws_docdb_cluster.orders"],
  },
  ...sharedStorageCases({ cluster: "aws_docdb_cluster", global: "aws_docdb_global_cluster", engine: "docdb", keyAttr: "kms_key_id", byReference: true }),
]);
