import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { type PlanResource, planFixture } from "../../../core/plan-fixture";
import rule from "./docdb-tls-disabled";

type Extra = Pick<PlanResource, "unknown" | "refs">;

/** An `aws_docdb_cluster_parameter_group` in a plan; `description` has a provider default, which the plan shows. */
function groupPlan(address: string, values: Record<string, unknown>, extra: Extra = {}): PlanResource {
  return {
    address,
    values: { description: "Managed by Terraform", parameter: [], ...values },
    unknown: ["arn", "id", "name_prefix", ...(extra.unknown ?? [])],
    refs: extra.refs,
  };
}

/** A parameter block as the plan shows it, with the provider's default `apply_method`. */
function parameter(name: string, value: string | null, applyMethod = "pending-reboot"): Record<string, unknown> {
  return { apply_method: applyMethod, name, value };
}

/**
 * An `aws_docdb_cluster` in a plan. `db_cluster_parameter_group_name` is Optional+Computed: left unset, it is known
 * after apply (and has no configuration expression); `engine` has a provider default.
 */
function clusterPlan(address: string, values: Record<string, unknown>, extra: Extra = {}): PlanResource {
  const computed = ["db_cluster_parameter_group_name", "engine_version", "cluster_identifier_prefix"].filter((k) => !(k in values));
  return {
    address,
    values: { engine: "docdb", manage_master_user_password: true, ...values },
    unknown: ["arn", "id", "endpoint", "reader_endpoint", "cluster_resource_id", "master_user_secret", ...computed, ...(extra.unknown ?? [])],
    refs: extra.refs,
  };
}

/** A cluster in a plan whose `db_cluster_parameter_group_name` refers to a group's `name` (known: the configuration sets it). */
function clusterOfGroupPlan(address: string, values: Record<string, unknown>, group: string, groupName: string): PlanResource {
  return clusterPlan(address, { ...values, db_cluster_parameter_group_name: groupName }, { refs: { db_cluster_parameter_group_name: [`${group}.name`, group] } });
}

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
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply (here derived from a subnet
      // group the program creates), unknown in a preview.
      const subnets = new aws.docdb.SubnetGroup("catalog", { subnetIds: ["subnet-0abc", "subnet-0def"] });
      const group = new aws.docdb.ClusterParameterGroup("this", {
        name: "catalog",
        family: "docdb5.0",
        parameters: [{ name: "tls", value: subnets.arn.apply(() => "enabled") }],
      });
      new aws.docdb.Cluster("catalog", {
        clusterIdentifier: "catalog",
        masterUsername: "catalog_admin",
        manageMasterUserPassword: true,
        dbClusterParameterGroupName: group.name,
      });
    },
    plan: planFixture([
      // A plan always has variable values; the same situation is a value read only at apply time.
      groupPlan(
        "aws_docdb_cluster_parameter_group.this",
        { name: "catalog", family: "docdb5.0", parameter: [parameter("tls", null)] },
        { unknown: ["parameter.0.value"], refs: { "parameter.0.value": ["data.aws_ssm_parameter.tls_mode.value", "data.aws_ssm_parameter.tls_mode"] } },
      ),
      clusterOfGroupPlan(
        "aws_docdb_cluster.catalog",
        { cluster_identifier: "catalog", master_username: "catalog_admin" },
        "aws_docdb_cluster_parameter_group.this",
        "catalog",
      ),
    ]),
    expect: [],
    unknown: ["aws_docdb_cluster_parameter_group.this"],
  },
  {
    name: "a group that no cluster in the input uses and that turns TLS off is still judged",
    hcl: `resource "aws_docdb_cluster_parameter_group" "shared" {
  name   = "platform-docdb"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "disabled"
  }
}
`,
    expect: [{ resource: "aws_docdb_cluster_parameter_group.shared", messageId: "unusedGroupTlsDisabled", line: 7 }],
  },
  {
    name: "an unused group is judged only when it turns TLS off, whatever disallowedTlsValues says",
    options: { disallowedTlsValues: ["disabled", "enabled"] },
    hcl: `resource "aws_docdb_cluster_parameter_group" "shared" {
  name   = "platform-docdb"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}
`,
    expect: [],
  },
  {
    name: "an unused group with a tls value AWS does not document is not evaluated, never passed",
    hcl: `resource "aws_docdb_cluster_parameter_group" "shared" {
  name   = "platform-docdb"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "tls1.1+"
  }
}
`,
    expect: [],
    unknown: ["aws_docdb_cluster_parameter_group.shared"],
  },
  {
    name: "a used group with a tls value AWS does not document is not evaluated",
    hcl: `resource "aws_docdb_cluster_parameter_group" "odd" {
  name   = "orders-odd"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "off"
  }
}

resource "aws_docdb_cluster" "orders" {
  cluster_identifier              = "orders"
  master_username                 = "orders_admin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.odd.name
}
`,
    expect: [],
    unknown: ["aws_docdb_cluster_parameter_group.odd"],
  },
  {
    name: "an unused group that turns TLS off while another cluster names its group by an unknown value",
    hcl: `variable "group_name" {
  type = string
}

resource "aws_docdb_cluster_parameter_group" "shared" {
  name   = "platform-docdb"
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
  db_cluster_parameter_group_name = var.group_name
}
`,
    expect: [{ resource: "aws_docdb_cluster_parameter_group.shared", messageId: "unusedGroupTlsDisabled", line: 11 }],
    unknown: ["aws_docdb_cluster.orders"],
  },
]);
