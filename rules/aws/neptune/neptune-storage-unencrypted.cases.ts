import { defineCases } from "../../../core/cases";
import { sharedStorageCases } from "../rds/cluster-storage-cases";
import rule from "./neptune-storage-unencrypted";

export default defineCases(rule, [
  {
    name: "cluster without storage_encrypted (provider default false)",
    doc: true,
    hcl: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
}
`,
    expect: [{ resource: "aws_neptune_cluster.graph", messageId: "notEncrypted", line: 1 }],
  },
  {
    name: "cluster with storage_encrypted = false",
    hcl: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = false
}
`,
    expect: [{ resource: "aws_neptune_cluster.graph", messageId: "notEncrypted", line: 4 }],
  },
  {
    name: "kms_key_arn without storage_encrypted does not encrypt",
    hcl: `resource "aws_kms_key" "neptune" {
  description = "Neptune"
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  kms_key_arn        = aws_kms_key.neptune.arn
}
`,
    expect: [{ resource: "aws_neptune_cluster.graph", messageId: "notEncrypted", line: 5 }],
  },
  {
    name: "global cluster created empty without storage_encrypted",
    hcl: `resource "aws_neptune_global_cluster" "graph" {
  global_cluster_identifier = "graph-global"
  engine                    = "neptune"
  engine_version            = "1.3.2.1"
}
`,
    expect: [{ resource: "aws_neptune_global_cluster.graph", messageId: "globalNotEncrypted", line: 1 }],
  },
  {
    name: "clusters from count, storage_encrypted false from a variable",
    vars: ["encrypted=false"],
    hcl: `variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_neptune_cluster" "graph" {
  count              = 2
  cluster_identifier = "graph-\${count.index}"
  storage_encrypted  = var.encrypted
}
`,
    expect: [
      { resource: "aws_neptune_cluster.graph[0]", messageId: "notEncrypted", line: 9 },
      { resource: "aws_neptune_cluster.graph[1]", messageId: "notEncrypted", line: 9 },
    ],
  },
  // ---------------------------------------------------------------- good
  {
    name: "cluster with storage_encrypted = true",
    doc: true,
    hcl: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
}
`,
    expect: [],
  },
  {
    name: "read replica of another cluster takes its source's encryption",
    hcl: `resource "aws_neptune_cluster" "primary" {
  cluster_identifier = "graph"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "replica" {
  cluster_identifier            = "graph-replica"
  replication_source_identifier = aws_neptune_cluster.primary.arn
}
`,
    noPulumi: "a preview shows an unknown output without the resource it comes from, so that door cannot tell",
    expect: [],
  },
  {
    name: "cross-region read replica named by its source's ARN",
    hcl: `resource "aws_neptune_cluster" "replica" {
  cluster_identifier            = "graph-replica"
  replication_source_identifier = "arn:aws:rds:us-east-1:111122223333:cluster:graph"
}
`,
    expect: [],
  },
  {
    name: "encrypted global cluster, and one built from an encrypted source cluster",
    hcl: `resource "aws_neptune_cluster" "primary" {
  cluster_identifier = "graph"
  storage_encrypted  = true
}

resource "aws_neptune_global_cluster" "graph" {
  global_cluster_identifier    = "graph-global"
  source_db_cluster_identifier = aws_neptune_cluster.primary.arn
}

resource "aws_neptune_global_cluster" "fresh" {
  global_cluster_identifier = "graph-fresh"
  engine                    = "neptune"
  storage_encrypted         = true
}
`,
    noPulumi: "a preview shows an unknown output without the resource it comes from, so that door cannot tell",
    expect: [],
  },
  {
    name: "snapshot restore follows the snapshot (not evaluated)",
    hcl: `resource "aws_neptune_cluster" "restored" {
  cluster_identifier  = "graph-restored"
  snapshot_identifier = "graph-2026-01-01"
}
`,
    expect: [],
    unknown: ["aws_neptune_cluster.restored"],
  },
  {
    name: "secondary cluster joining a global cluster without storage_encrypted (not evaluated)",
    hcl: `resource "aws_neptune_cluster" "secondary" {
  cluster_identifier        = "graph-secondary"
  global_cluster_identifier = "graph-global"
}
`,
    expect: [],
    unknown: ["aws_neptune_cluster.secondary"],
  },
  {
    name: "storage_encrypted from a variable without a value is not evaluated",
    hcl: `variable "encrypted" {
  type = bool
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = var.encrypted
}
`,
    expect: [],
    unknown: ["aws_neptune_cluster.graph"],
  },
  ...sharedStorageCases({ cluster: "aws_neptune_cluster", global: "aws_neptune_global_cluster", engine: "neptune", keyAttr: "kms_key_arn", byReference: false }),
  {
    name: "snapshot restore with a KMS key is encrypted with it (the provider passes kms_key_arn to the restore)",
    hcl: `resource "aws_neptune_cluster" "restored" {
  cluster_identifier  = "graph-restored"
  snapshot_identifier = "graph-2026-01-01"
  kms_key_arn         = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    expect: [],
  },
]);
