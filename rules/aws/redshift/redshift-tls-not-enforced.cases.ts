import { defineCases } from "../../../core/cases";
import rule from "./redshift-tls-not-enforced";

export default defineCases(rule, [
  {
    name: "parameter group with require_ssl = false",
    doc: true,
    hcl: `resource "aws_redshift_parameter_group" "warehouse" {
  name   = "warehouse"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "false"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.warehouse.name
}
`,
    expect: [{ resource: "aws_redshift_parameter_group.warehouse", messageId: "requireSslOff", line: 7 }],
  },
  {
    name: "redshift-1.0 group that does not set require_ssl keeps the family default (false)",
    hcl: `resource "aws_redshift_parameter_group" "audit" {
  name   = "audit-logging"
  family = "redshift-1.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier           = "analytics"
  node_type                    = "ra3.xlplus"
  master_username              = "analytics_admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.audit.name
}
`,
    expect: [{ resource: "aws_redshift_parameter_group.audit", messageId: "familyDefaultOff", line: 3 }],
  },
  {
    name: "the old default group named explicitly",
    hcl: `resource "aws_redshift_cluster" "legacy" {
  cluster_identifier           = "legacy"
  node_type                    = "dc2.large"
  cluster_type                 = "single-node"
  master_username              = "legacy_admin"
  manage_master_password       = true
  cluster_parameter_group_name = "default.redshift-1.0"
}
`,
    expect: [{ resource: "aws_redshift_cluster.legacy", messageId: "defaultGroupOff", line: 7 }],
  },
  {
    name: "no parameter group: whether SSL is required depends on the cluster's creation date (medium)",
    hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  encrypted              = true
}
`,
    expect: [{ resource: "aws_redshift_cluster.warehouse", messageId: "implicitDefaultGroup", line: 1, severity: "medium" }],
  },
  {
    name: "group named by a literal and shared by two clusters: one finding, on the group",
    hcl: `resource "aws_redshift_parameter_group" "shared" {
  name   = "shared-params"
  family = "redshift-1.0"

  parameter {
    name  = "REQUIRE_SSL"
    value = "FALSE"
  }
}

resource "aws_redshift_cluster" "etl" {
  for_each                     = toset(["eu", "us"])
  cluster_identifier           = "etl-\${each.key}"
  node_type                    = "ra3.xlplus"
  master_username              = "etl_admin"
  manage_master_password       = true
  cluster_parameter_group_name = "shared-params"
}
`,
    expect: [{ resource: "aws_redshift_parameter_group.shared", messageId: "requireSslOff", line: 7 }],
  },
  {
    name: "cluster and parameter group in a module",
    hcl: {
      "main.tf": `module "warehouse" {
  source      = "./modules/warehouse"
  require_ssl = false
}
`,
      "modules/warehouse/main.tf": `variable "require_ssl" {
  type = bool
}

resource "aws_redshift_parameter_group" "this" {
  name   = "warehouse"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = var.require_ssl
  }
}

resource "aws_redshift_cluster" "this" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.this.id
}
`,
    },
    expect: [
      {
        resource: "module.warehouse.aws_redshift_parameter_group.this",
        messageId: "requireSslOff",
        line: 11,
        file: "modules/warehouse/main.tf",
      },
    ],
  },
  // ---------------------------------------------------------------- good
  {
    name: "parameter group with require_ssl = true",
    doc: true,
    hcl: `resource "aws_redshift_parameter_group" "tls" {
  name   = "warehouse-tls"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.tls.name
}
`,
    expect: [],
  },
  {
    name: "require_ssl written as a bare boolean",
    hcl: `resource "aws_redshift_parameter_group" "tls" {
  name   = "warehouse-tls"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = true
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.tls.name
}
`,
    expect: [],
  },
  {
    name: "redshift-2.0 group that does not set require_ssl keeps the family default (true)",
    hcl: `resource "aws_redshift_parameter_group" "audit" {
  name   = "audit-logging"
  family = "redshift-2.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier           = "analytics"
  node_type                    = "ra3.xlplus"
  master_username              = "analytics_admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.audit.name
}
`,
    expect: [],
  },
  {
    name: "default.redshift-2.0 named explicitly",
    hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = "default.redshift-2.0"
}
`,
    expect: [],
  },
  {
    name: "a parameter group that is not in the input is not evaluated",
    hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = "platform-managed-params"
}
`,
    expect: [],
    unknown: ["aws_redshift_cluster.warehouse"],
  },
  {
    name: "require_ssl from a variable without a value is not evaluated",
    hcl: `variable "require_ssl" {
  type = string
}

resource "aws_redshift_parameter_group" "this" {
  name   = "warehouse"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = var.require_ssl
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.this.name
}
`,
    expect: [],
    unknown: ["aws_redshift_parameter_group.this"],
  },
  {
    name: "a group without require_ssl that no cluster uses is not judged (Checkov fails it)",
    hcl: `resource "aws_redshift_parameter_group" "unused" {
  name   = "unused"
  family = "redshift-1.0"
}
`,
    expect: [],
  },
]);
