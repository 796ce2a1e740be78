import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { type PlanResource, planFixture } from "../../../core/plan-fixture";
import rule from "./redshift-tls-not-enforced";

type Extra = Pick<PlanResource, "unknown" | "refs">;

/** An `aws_redshift_parameter_group` in a plan; `description` has a provider default, which the plan shows. */
function groupPlan(address: string, values: Record<string, unknown>, extra: Extra = {}): PlanResource {
  return {
    address,
    values: { description: "Managed by Terraform", parameter: [], ...values },
    unknown: ["arn", "id", ...(extra.unknown ?? [])],
    refs: extra.refs,
  };
}

/**
 * An `aws_redshift_cluster` in a plan. `cluster_parameter_group_name` is Optional+Computed: left unset, it is known
 * after apply (and has no configuration expression), as are the cluster's endpoints and ids. `encrypted` is a string
 * with the default "true" since provider 6.0.
 */
function clusterPlan(address: string, values: Record<string, unknown>, extra: Extra = {}): PlanResource {
  const computed = ["cluster_parameter_group_name", "cluster_type"].filter((k) => !(k in values));
  return {
    address,
    values: { manage_master_password: true, encrypted: "true", ...values },
    unknown: ["arn", "id", "endpoint", "dns_name", "cluster_namespace_arn", ...computed, ...(extra.unknown ?? [])],
    refs: extra.refs,
  };
}

/** A parameter block as the plan shows it: Terraform converts every value to a string. */
function parameter(name: string, value: string | null): Record<string, unknown> {
  return { name, value };
}

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
    name: "no parameter group: whether SSL is required depends on the cluster's creation date (not evaluated)",
    hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  encrypted              = true
}
`,
    expect: [],
    unknown: ["aws_redshift_cluster.warehouse"],
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
  {
    name: "a shared parameter group no cluster in the input uses, with require_ssl = false",
    hcl: `resource "aws_redshift_parameter_group" "shared" {
  name   = "platform-shared"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "false"
  }
}
`,
    expect: [{ resource: "aws_redshift_parameter_group.shared", messageId: "unusedGroupOff", line: 7 }],
  },
  {
    name: "a platform module's parameter group that turns SSL off, used by no cluster here",
    hcl: {
      "main.tf": `module "warehouse_params" {
  source = "./modules/params"
}
`,
      "modules/params/main.tf": `resource "aws_redshift_parameter_group" "this" {
  name   = "warehouse-params"
  family = "redshift-1.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }

  parameter {
    name  = "require_ssl"
    value = false
  }
}
`,
    },
    expect: [
      {
        resource: "module.warehouse_params.aws_redshift_parameter_group.this",
        messageId: "unusedGroupOff",
        line: 12,
        file: "modules/params/main.tf",
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
    pulumi: () => {
      // The typings say string; a JavaScript or YAML program can still send a bare boolean, as the HCL writes one.
      const tls = new aws.redshift.ParameterGroup("tls", {
        name: "warehouse-tls",
        family: "redshift-1.0",
        parameters: [{ name: "require_ssl", value: true as unknown as string }],
      });
      new aws.redshift.Cluster("warehouse", {
        clusterIdentifier: "warehouse",
        nodeType: "ra3.xlplus",
        masterUsername: "warehouse_admin",
        manageMasterPassword: true,
        clusterParameterGroupName: tls.name,
      });
    },
    // Terraform converts the boolean to the string "true" in the plan.
    plan: planFixture([
      groupPlan("aws_redshift_parameter_group.tls", { name: "warehouse-tls", family: "redshift-1.0", parameter: [parameter("require_ssl", "true")] }),
      clusterPlan(
        "aws_redshift_cluster.warehouse",
        { cluster_identifier: "warehouse", node_type: "ra3.xlplus", master_username: "warehouse_admin", cluster_parameter_group_name: "warehouse-tls" },
        { refs: { cluster_parameter_group_name: ["aws_redshift_parameter_group.tls.name", "aws_redshift_parameter_group.tls"] } },
      ),
    ]),
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
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply (here derived from a subnet
      // group the program creates), unknown in a preview.
      const subnets = new aws.redshift.SubnetGroup("warehouse", { subnetIds: ["subnet-0abc"] });
      const group = new aws.redshift.ParameterGroup("this", {
        name: "warehouse",
        family: "redshift-1.0",
        parameters: [{ name: "require_ssl", value: subnets.arn.apply(() => "true") }],
      });
      new aws.redshift.Cluster("warehouse", {
        clusterIdentifier: "warehouse",
        nodeType: "ra3.xlplus",
        masterUsername: "warehouse_admin",
        manageMasterPassword: true,
        clusterParameterGroupName: group.name,
      });
    },
    plan: planFixture([
      // A plan always has variable values; the same situation is a value read only at apply time.
      groupPlan(
        "aws_redshift_parameter_group.this",
        { name: "warehouse", family: "redshift-1.0", parameter: [parameter("require_ssl", null)] },
        {
          unknown: ["parameter.0.value"],
          refs: { "parameter.0.value": ["data.aws_ssm_parameter.require_ssl.value", "data.aws_ssm_parameter.require_ssl"] },
        },
      ),
      clusterPlan(
        "aws_redshift_cluster.warehouse",
        { cluster_identifier: "warehouse", node_type: "ra3.xlplus", master_username: "warehouse_admin", cluster_parameter_group_name: "warehouse" },
        { refs: { cluster_parameter_group_name: ["aws_redshift_parameter_group.this.name", "aws_redshift_parameter_group.this"] } },
      ),
    ]),
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
  {
    name: "a group no cluster uses that requires SSL",
    hcl: `resource "aws_redshift_parameter_group" "shared" {
  name   = "platform-shared"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "TRUE"
  }
}
`,
    expect: [],
  },
  {
    name: "a group no cluster uses, require_ssl from a variable without a value, is not evaluated",
    hcl: `variable "require_ssl" {
  type = string
}

resource "aws_redshift_parameter_group" "shared" {
  name   = "platform-shared"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = var.require_ssl
  }
}
`,
    expect: [],
    unknown: ["aws_redshift_parameter_group.shared"],
  },
  {
    name: "an unused group with a require_ssl value AWS does not document is not evaluated",
    hcl: `resource "aws_redshift_parameter_group" "shared" {
  name   = "platform-shared"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "yes"
  }
}
`,
    expect: [],
    unknown: ["aws_redshift_parameter_group.shared"],
  },
  {
    name: "a used group with a require_ssl value AWS does not document is not evaluated, not reported as off",
    hcl: `resource "aws_redshift_parameter_group" "odd" {
  name   = "warehouse-odd"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = ""
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.odd.name
}
`,
    expect: [],
    unknown: ["aws_redshift_parameter_group.odd"],
  },
  {
    name: "an unused group that turns SSL off while another cluster names its group by an unknown value",
    hcl: `variable "group_name" {
  type = string
}

resource "aws_redshift_parameter_group" "shared" {
  name   = "platform-shared"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "false"
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = var.group_name
}
`,
    expect: [{ resource: "aws_redshift_parameter_group.shared", messageId: "unusedGroupOff", line: 11 }],
    unknown: ["aws_redshift_cluster.warehouse"],
  },
]);
