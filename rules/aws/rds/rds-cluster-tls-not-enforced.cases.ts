
import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import rule from "./rds-cluster-tls-not-enforced";
import { rdsClusterPlan } from "./rds-plan-fixtures";

const moduleAurora = `variable "name" {
  type = string
}

variable "cluster_parameters" {
  type    = list(object({ name = string, value = string }))
  default = []
}

resource "aws_rds_cluster_parameter_group" "this" {
  name   = var.name
  family = "aurora-postgresql16"

  dynamic "parameter" {
    for_each = var.cluster_parameters
    content {
      name  = parameter.value.name
      value = parameter.value.value
    }
  }
}

resource "aws_rds_cluster" "this" {
  cluster_identifier              = var.name
  engine                          = "aurora-postgresql"
  engine_version                  = "16.4"
  master_username                 = "app"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.this.name
}
`;

export default defineCases(rule, [
  {
    name: "shared Aurora PostgreSQL cluster parameter group that no cluster in the input uses, with rds.force_ssl = 0",
    hcl: `resource "aws_rds_cluster_parameter_group" "shared" {
  name   = "platform-aurora-pg16"
  family = "aurora-postgresql16"

  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}
`,
    expect: [{ resource: "aws_rds_cluster_parameter_group.shared", messageId: "unusedGroupOff", line: 7 }],
  },
  {
    name: "unused Aurora MySQL cluster parameter group with require_secure_transport = OFF",
    hcl: `resource "aws_rds_cluster_parameter_group" "shared" {
  name   = "platform-aurora-mysql80"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "OFF"
  }
}
`,
    expect: [{ resource: "aws_rds_cluster_parameter_group.shared", messageId: "unusedGroupOff", line: 7 }],
  },
  {
    name: "Aurora PostgreSQL cluster without a cluster parameter group (rds.force_ssl defaults to 0)",
    doc: true,
    hcl: `resource "aws_rds_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  engine_version              = "16.4"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}
`,
    plan: planFixture([
      // db_cluster_parameter_group_name is Optional+Computed: unset, the plan shows it as known after apply.
      rdsClusterPlan("aws_rds_cluster.app", {
        cluster_identifier: "app",
        engine: "aurora-postgresql",
        engine_version: "16.4",
        master_username: "app",
        manage_master_user_password: true,
        storage_encrypted: true,
      }),
    ]),
    expect: [{ resource: "aws_rds_cluster.app", messageId: "engineDefault", line: 1 }],
  },
  {
    name: "Aurora MySQL 3 cluster whose group sets require_secure_transport = OFF",
    hcl: `resource "aws_rds_cluster_parameter_group" "mysql" {
  name   = "shop-aurora-mysql80"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "OFF"
  }
}

resource "aws_rds_cluster" "shop" {
  cluster_identifier              = "shop"
  engine                          = "aurora-mysql"
  engine_version                  = "8.0.mysql_aurora.3.05.2"
  master_username                 = "admin"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.mysql.name
}
`,
    expect: [{ resource: "aws_rds_cluster.shop", messageId: "parameterOff", line: 18 }],
  },
  {
    name: "Aurora MySQL 2 cluster group that does not set require_secure_transport",
    hcl: `resource "aws_rds_cluster_parameter_group" "mysql57" {
  name   = "legacy-aurora-mysql57"
  family = "aurora-mysql5.7"

  parameter {
    name  = "character_set_server"
    value = "utf8mb4"
  }
}

resource "aws_rds_cluster" "legacy" {
  cluster_identifier              = "legacy"
  engine                          = "aurora-mysql"
  master_username                 = "admin"
  master_password                 = "not-a-real-password"
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.mysql57.name
}
`,
    expect: [{ resource: "aws_rds_cluster.legacy", messageId: "parameterNotSet", line: 17 }],
  },
  {
    name: "Aurora PostgreSQL cluster on the AWS default cluster parameter group",
    hcl: `resource "aws_rds_cluster" "app" {
  cluster_identifier              = "app"
  engine                          = "aurora-postgresql"
  engine_version                  = "15.8"
  master_username                 = "app"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = "default.aurora-postgresql15"
}
`,
    expect: [{ resource: "aws_rds_cluster.app", messageId: "engineDefault", line: 8 }],
  },
  {
    name: "engine aurora is Aurora MySQL version 1, which cannot require TLS",
    hcl: `resource "aws_rds_cluster" "old" {
  cluster_identifier = "old"
  engine             = "aurora"
  engine_version     = "5.6.10a"
  master_username    = "admin"
  master_password    = "not-a-real-password"
  storage_encrypted  = true
}
`,
    expect: [{ resource: "aws_rds_cluster.old", messageId: "cannotEnforce", line: 4 }],
  },
  {
    name: "Multi-AZ DB cluster (engine postgres 14) without a cluster parameter group",
    hcl: `resource "aws_rds_cluster" "multi_az" {
  cluster_identifier          = "multi-az"
  engine                      = "postgres"
  engine_version              = "14.13"
  db_cluster_instance_class   = "db.r6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}
`,
    expect: [{ resource: "aws_rds_cluster.multi_az", messageId: "engineDefault", line: 1 }],
  },
  {
    name: "Aurora Serverless v1 cluster is judged like any cluster",
    hcl: `resource "aws_rds_cluster" "serverless" {
  cluster_identifier  = "serverless-v1"
  engine              = "aurora-mysql"
  engine_version      = "5.7.mysql_aurora.2.11.4"
  engine_mode         = "serverless"
  master_username     = "admin"
  master_password     = "not-a-real-password"
  skip_final_snapshot = true
}
`,
    expect: [{ resource: "aws_rds_cluster.serverless", messageId: "engineDefault", line: 1 }],
  },
  {
    name: "local module with a dynamic parameter list left empty",
    hcl: {
      "main.tf": `module "aurora" {
  source = "./modules/aurora"
  name   = "orders"
}
`,
      "modules/aurora/main.tf": moduleAurora,
    },
    expect: [{ resource: "module.aurora.aws_rds_cluster.this", messageId: "parameterNotSet", line: 30, file: "modules/aurora/main.tf" }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "Aurora PostgreSQL cluster whose cluster parameter group sets rds.force_ssl = 1",
    doc: true,
    hcl: `resource "aws_rds_cluster_parameter_group" "pg" {
  name   = "app-aurora-pg16"
  family = "aurora-postgresql16"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_rds_cluster" "app" {
  cluster_identifier              = "app"
  engine                          = "aurora-postgresql"
  engine_version                  = "16.4"
  master_username                 = "app"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.pg.name
}
`,
    expect: [],
  },
  {
    name: "Aurora MySQL cluster with require_secure_transport = ON",
    hcl: `resource "aws_rds_cluster_parameter_group" "mysql" {
  name   = "shop-aurora-mysql80"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_rds_cluster" "shop" {
  cluster_identifier              = "shop"
  engine                          = "aurora-mysql"
  engine_version                  = "8.0.mysql_aurora.3.05.2"
  master_username                 = "admin"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.mysql.name
}
`,
    expect: [],
  },
  {
    name: "Aurora MySQL 8.4 requires TLS by default",
    hcl: `resource "aws_rds_cluster" "shop" {
  cluster_identifier          = "shop"
  engine                      = "aurora-mysql"
  engine_version              = "8.4.7"
  master_username             = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
}
`,
    expect: [],
  },
  {
    name: "Multi-AZ DB cluster (mysql) whose group, found by name, sets require_secure_transport = 1",
    hcl: `resource "aws_rds_cluster_parameter_group" "mysql" {
  name   = "multi-az-mysql80"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

resource "aws_rds_cluster" "multi_az" {
  cluster_identifier              = "multi-az"
  engine                          = "mysql"
  engine_version                  = "8.0.39"
  db_cluster_instance_class       = "db.r6gd.large"
  storage_type                    = "io1"
  allocated_storage               = 100
  iops                            = 1000
  master_username                 = "admin"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = "multi-az-mysql80"
}
`,
    expect: [],
  },
  {
    name: "Multi-AZ DB cluster on PostgreSQL 16 keeps the RDS default rds.force_ssl = 1",
    hcl: `resource "aws_rds_cluster" "multi_az" {
  cluster_identifier          = "multi-az"
  engine                      = "postgres"
  engine_version              = "16.4"
  db_cluster_instance_class   = "db.r6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}
`,
    expect: [],
  },
  {
    name: "local module given rds.force_ssl through its dynamic parameter list",
    hcl: {
      "main.tf": `module "aurora" {
  source = "./modules/aurora"
  name   = "orders"

  cluster_parameters = [
    { name = "rds.force_ssl", value = "1" },
  ]
}
`,
      "modules/aurora/main.tf": moduleAurora,
    },
    expect: [],
  },
  {
    name: "cluster parameter group named but not in the input is not evaluated",
    hcl: `resource "aws_rds_cluster" "app" {
  cluster_identifier              = "app"
  engine                          = "aurora-postgresql"
  engine_version                  = "16.4"
  master_username                 = "app"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = "platform-aurora-pg16-tls"
}
`,
    expect: [],
    unknown: ["aws_rds_cluster.app"],
  },
  {
    name: "Aurora MySQL without engine_version: version 3 defaults off, 8.4 on, so not evaluated",
    hcl: `resource "aws_rds_cluster" "shop" {
  cluster_identifier          = "shop"
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
}
`,
    plan: planFixture([
      // engine_version is Optional+Computed: unset, the plan shows it as known after apply.
      rdsClusterPlan("aws_rds_cluster.shop", {
        cluster_identifier: "shop",
        engine: "aurora-mysql",
        master_username: "admin",
        manage_master_user_password: true,
        storage_encrypted: true,
      }),
    ]),
    expect: [],
    unknown: ["aws_rds_cluster.shop"],
  },
  {
    name: "cluster without engine (required since provider v5) is not evaluated",
    hcl: `variable "engine" {
  type    = string
  default = null
}

resource "aws_rds_cluster" "this" {
  cluster_identifier          = "shared"
  engine                      = var.engine
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}
`,
    // No plan or Pulumi form: the situation is an engine that is null, and neither door can hold one. Terraform rejects
    // null for a required argument before it writes a plan, and Pulumi's ClusterArgs requires `engine` (its provider
    // Check would reject the resource too). The next case is the form both doors do meet: an engine known only at apply.
    noPlan: "Terraform rejects a null engine (a required argument) before it writes a plan",
    noPulumi: "Pulumi's ClusterArgs requires engine, and the provider's Check rejects a resource without one",
    expect: [],
    unknown: ["aws_rds_cluster.this"],
  },
  {
    name: "engine read only at apply time is not evaluated",
    hcl: `variable "engine" {
  type = string
}

resource "aws_rds_cluster" "this" {
  cluster_identifier          = "shared"
  engine                      = var.engine
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}
`,
    expect: [],
    unknown: ["aws_rds_cluster.this"],
  },
  {
    name: "unused cluster parameter group that requires TLS passes",
    hcl: `resource "aws_rds_cluster_parameter_group" "shared" {
  name   = "platform-aurora-mysql84"
  family = "aurora-mysql8.4"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}
`,
    expect: [],
  },
  {
    name: "a cluster group with rds.force_ssl = 0 used by a cluster is reported once, on the cluster",
    hcl: `resource "aws_rds_cluster_parameter_group" "app" {
  name   = "app-aurora-pg16"
  family = "aurora-postgresql16"

  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}

resource "aws_rds_cluster" "app" {
  cluster_identifier              = "app"
  engine                          = "aurora-postgresql"
  engine_version                  = "16.4"
  master_username                 = "app"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.app.name
}
`,
    expect: [{ resource: "aws_rds_cluster.app", messageId: "parameterOff", line: 18 }],
  },
  {
    name: "unused cluster group whose require_secure_transport comes from a variable without a value is not evaluated",
    hcl: `variable "require_tls" {
  type = string
}

resource "aws_rds_cluster_parameter_group" "shared" {
  name   = "platform-aurora-mysql80"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = var.require_tls
  }
}
`,
    expect: [],
    unknown: ["aws_rds_cluster_parameter_group.shared"],
  },
  {
    name: "unused Aurora MySQL version 1 cluster group (family aurora5.6) that turns TLS off: the family cannot enforce TLS",
    hcl: `resource "aws_rds_cluster_parameter_group" "legacy" {
  name   = "platform-aurora56"
  family = "aurora5.6"

  parameter {
    name  = "require_secure_transport"
    value = "OFF"
  }
}
`,
    expect: [{ resource: "aws_rds_cluster_parameter_group.legacy", messageId: "unusedGroupCannotEnforce", line: 7 }],
  },
  {
    name: "unused cluster group with a require_secure_transport value AWS does not document is not evaluated",
    hcl: `resource "aws_rds_cluster_parameter_group" "shared" {
  name   = "platform-aurora-mysql8"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "REQUIRED"
  }
}
`,
    expect: [],
    unknown: ["aws_rds_cluster_parameter_group.shared"],
  },
]);
