import { defineCases } from "../../../core/cases";
import { type PlanResource, planFixture } from "../../../core/plan-fixture";
import rule from "./redshift-storage-unencrypted";

/**
 * An `aws_redshift_cluster` in a plan whose configuration does not set `encrypted`: the plan shows the provider's
 * default, `"true"` (a string) from provider 6.0, `false` (a boolean) before. `cluster_parameter_group_name` and
 * `cluster_type` are Optional+Computed: known after apply when unset.
 */
function clusterPlan(address: string, encrypted: unknown): PlanResource {
  return {
    address,
    values: {
      cluster_identifier: "warehouse",
      node_type: "ra3.xlplus",
      master_username: "warehouse_admin",
      manage_master_password: true,
      encrypted,
    },
    unknown: ["arn", "id", "endpoint", "dns_name", "cluster_namespace_arn", "cluster_parameter_group_name", "cluster_type"],
  };
}

const NO_HCL_FORM = "the situation is the value a provider version fills in, which only a plan shows";

export default defineCases(rule, [
  {
    name: "encrypted = false",
    doc: true,
    hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  encrypted              = false
}
`,
    expect: [{ resource: "aws_redshift_cluster.warehouse", messageId: "encryptionOff", line: 6 }],
  },
  {
    name: "encrypted = \"false\", the string form provider 6 declares",
    hcl: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier           = "analytics"
  node_type                    = "ra3.4xlarge"
  number_of_nodes              = 2
  master_username              = "analytics_admin"
  manage_master_password       = true
  cluster_parameter_group_name = "default.redshift-2.0"
  encrypted                    = "false"
}
`,
    expect: [{ resource: "aws_redshift_cluster.analytics", messageId: "encryptionOff", line: 8 }],
  },
  {
    name: "a restore that asks for encrypted = false: the provider decrypts the restored cluster",
    hcl: `resource "aws_redshift_cluster" "restored" {
  cluster_identifier  = "restored"
  node_type           = "ra3.xlplus"
  snapshot_identifier = "warehouse-final-2025-06-01"
  encrypted           = false
  kms_key_id          = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    expect: [{ resource: "aws_redshift_cluster.restored", messageId: "encryptionOff", line: 5 }],
  },
  {
    name: "cluster in a module, encryption turned off by the caller",
    hcl: {
      "main.tf": `module "warehouse" {
  source    = "./modules/warehouse"
  encrypted = false
}
`,
      "modules/warehouse/main.tf": `variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  encrypted              = var.encrypted
}
`,
    },
    expect: [
      {
        resource: "module.warehouse.aws_redshift_cluster.this",
        messageId: "encryptionOff",
        line: 11,
        file: "modules/warehouse/main.tf",
      },
    ],
  },
  {
    name: "plan from provider 5.x: encrypted not written, the provider's default false",
    noPulumi: NO_HCL_FORM,
    plan: planFixture([clusterPlan("aws_redshift_cluster.warehouse", false)]),
    expect: [{ resource: "aws_redshift_cluster.warehouse", messageId: "encryptionOff" }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "encrypted = true with a customer managed key",
    doc: true,
    hcl: `resource "aws_kms_key" "warehouse" {
  description         = "Redshift warehouse"
  enable_key_rotation = true
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = aws_kms_key.warehouse.arn
}
`,
    expect: [],
  },
  {
    name: "encrypted = \"true\" on a multi-node cluster",
    hcl: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier     = "analytics"
  node_type              = "ra3.4xlarge"
  number_of_nodes        = 4
  master_username        = "analytics_admin"
  manage_master_password = true
  encrypted              = "true"
}
`,
    expect: [],
  },
  {
    name: "a restore that asks for encrypted = true: the provider encrypts whatever the snapshot was",
    hcl: `resource "aws_redshift_cluster" "restored" {
  cluster_identifier  = "restored"
  node_type           = "ra3.xlplus"
  snapshot_identifier = "warehouse-final-2025-06-01"
  encrypted           = true
}
`,
    expect: [],
  },
  {
    name: "encrypted not set: the default depends on the provider version (not evaluated)",
    hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
}
`,
    expect: [],
    unknown: ["aws_redshift_cluster.warehouse"],
  },
  {
    name: "encrypted from a variable without a value is not evaluated",
    hcl: `variable "encrypted" {
  type = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  encrypted              = var.encrypted
}
`,
    expect: [],
    unknown: ["aws_redshift_cluster.warehouse"],
  },
  {
    name: "plan from provider 6: encrypted not written, the provider's default \"true\"",
    noPulumi: NO_HCL_FORM,
    plan: planFixture([clusterPlan("aws_redshift_cluster.warehouse", "true")]),
    expect: [],
  },
]);
