import { defineCases } from "../../../core/cases";
import rule from "./docdb-tls-disabled";

export default defineCases(rule, [
  {
    name: "cluster parameter group with tls disabled",
    doc: true,
    hcl: `resource "aws_docdb_cluster_parameter_group" "no_tls" {
  name   = "orders-no-tls"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "disabled"
  }
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier              = "orders"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.no_tls.name
}
`,
    expect: [{ resource: "aws_docdb_cluster_parameter_group.no_tls", messageId: "tlsDisabled", line: 7 }],
  },
  {
    name: "group named by a literal, upper-case value, shared by two clusters: one finding",
    hcl: `resource "aws_docdb_cluster_parameter_group" "legacy" {
  name   = "legacy-clients"
  family = "docdb4.0"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }

  parameter {
    name         = "tls"
    value        = "DISABLED"
    apply_method = "pending-reboot"
  }
}

resource "aws_docdb_cluster" "reports" {
  count                           = 2
  cluster_identifier              = "reports-\${count.index}"
  master_username                 = "reports_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = "legacy-clients"
}
`,
    expect: [{ resource: "aws_docdb_cluster_parameter_group.legacy", messageId: "tlsDisabled", line: 12 }],
  },
  {
    name: "tls disabled through a variable with a value",
    vars: ["tls_mode=disabled"],
    hcl: `variable "tls_mode" {
  type    = string
  default = "enabled"
}

resource "aws_docdb_cluster_parameter_group" "this" {
  name   = "catalog"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = var.tls_mode
  }
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  master_username                 = "catalog_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.this.id
}
`,
    expect: [{ resource: "aws_docdb_cluster_parameter_group.this", messageId: "tlsDisabled", line: 12 }],
  },
  {
    name: "disallowedTlsValues with enabled: a group that allows TLS 1.0 fails",
    options: { disallowedTlsValues: ["disabled", "enabled"] },
    hcl: `resource "aws_docdb_cluster_parameter_group" "tls" {
  name   = "orders-tls"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier              = "orders"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.tls.name
}
`,
    expect: [{ resource: "aws_docdb_cluster_parameter_group.tls", messageId: "tlsValueDisallowed", line: 7 }],
  },
  {
    name: "disallowedTlsValues with enabled: a cluster on the default group fails",
    options: { disallowedTlsValues: ["disabled", "enabled"] },
    hcl: `resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
}
`,
    expect: [{ resource: "aws_docdb_cluster.orders", messageId: "defaultTlsDisallowed", line: 1 }],
  },
  {
    name: "disallowedTlsValues with enabled: a custom group that does not set tls keeps the default and fails",
    options: { disallowedTlsValues: ["disabled", "enabled"] },
    hcl: `resource "aws_docdb_cluster_parameter_group" "audit" {
  name   = "orders-audit"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier              = "orders"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audit.name
}
`,
    expect: [{ resource: "aws_docdb_cluster_parameter_group.audit", messageId: "groupDefaultTlsDisallowed", line: 1 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "no parameter group: the default group has TLS enabled",
    doc: true,
    hcl: `resource "aws_docdb_cluster" "orders" {
  cluster_identifier          = "orders"
  master_username             = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}
`,
    expect: [],
  },
  {
    name: "group requiring TLS 1.2 or later",
    hcl: `resource "aws_docdb_cluster_parameter_group" "tls12" {
  name   = "orders-tls12"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "tls1.2+"
  }
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier              = "orders"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.tls12.name
}
`,
    expect: [],
  },
  {
    name: "custom group that does not set tls keeps the default",
    hcl: `resource "aws_docdb_cluster_parameter_group" "audit" {
  name   = "orders-audit"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier              = "orders"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audit.name
  enabled_cloudwatch_logs_exports = ["audit"]
}
`,
    expect: [],
  },
  {
    name: "a default.* group named explicitly",
    hcl: `resource "aws_docdb_cluster" "orders" {
  cluster_identifier              = "orders"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = "default.docdb5.0"
}
`,
    expect: [],
  },
  {
    name: "a parameter group that is not in the input is not evaluated",
    hcl: `resource "aws_docdb_cluster" "orders" {
  cluster_identifier              = "orders"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = "shared-docdb-params"
}
`,
    expect: [],
    unknown: ["aws_docdb_cluster.orders"],
  },
  {
    name: "tls value from a variable without a value is not evaluated",
    hcl: `variable "tls_mode" {
  type = string
}

resource "aws_docdb_cluster_parameter_group" "this" {
  name   = "catalog"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = var.tls_mode
  }
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  master_username                 = "catalog_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.this.name
}
`,
    expect: [],
    unknown: ["aws_docdb_cluster_parameter_group.this"],
  },
  {
    name: "a group with tls disabled that no cluster uses is not judged",
    hcl: `resource "aws_docdb_cluster_parameter_group" "unused" {
  name   = "scratch"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "disabled"
  }
}
`,
    expect: [],
  },
]);
