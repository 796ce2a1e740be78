
import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import rule from "./rds-instance-tls-not-enforced";
import { dbInstancePlan, option, optionGroupPlan, parameter, parameterGroupPlan, referenceTo } from "./rds-plan-fixtures";

const moduleDb = `variable "name" {
  type = string
}

variable "require_tls" {
  type    = bool
  default = false
}

resource "aws_db_parameter_group" "this" {
  name   = var.name
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = var.require_tls ? "ON" : "OFF"
  }
}

resource "aws_db_instance" "this" {
  identifier                  = var.name
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
  parameter_group_name        = aws_db_parameter_group.this.name
}
`;

export default defineCases(rule, [
  {
    name: "PostgreSQL 14 instance whose parameter group sets rds.force_ssl = 0",
    doc: true,
    hcl: `resource "aws_db_parameter_group" "pg14" {
  name   = "app-pg14"
  family = "postgres14"

  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "14.13"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  parameter_group_name        = aws_db_parameter_group.pg14.name
}
`,
    expect: [{ resource: "aws_db_instance.app", messageId: "parameterOff", line: 20 }],
  },
  {
    name: "PostgreSQL 13 group that does not set rds.force_ssl (the 13 default is 0)",
    hcl: `resource "aws_db_parameter_group" "pg13" {
  name   = "reports-pg13"
  family = "postgres13"

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_db_instance" "reports" {
  identifier                  = "reports"
  engine                      = "postgres"
  engine_version              = "13.16"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.pg13.name
}
`,
    expect: [{ resource: "aws_db_instance.reports", messageId: "parameterNotSet", line: 19 }],
  },
  {
    name: "MySQL 8.0 instance without a parameter group (require_secure_transport defaults to OFF)",
    hcl: `resource "aws_db_instance" "shop" {
  identifier                  = "shop"
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}
`,
    expect: [{ resource: "aws_db_instance.shop", messageId: "engineDefault", line: 1 }],
  },
  {
    name: "MySQL 8.4 instance on the AWS default parameter group",
    hcl: `resource "aws_db_instance" "shop" {
  identifier                  = "shop"
  engine                      = "mysql"
  engine_version              = "8.4.3"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  parameter_group_name        = "default.mysql8.4"
}
`,
    expect: [{ resource: "aws_db_instance.shop", messageId: "engineDefault", line: 9 }],
  },
  {
    name: "SQL Server instance without a parameter group (rds.force_ssl defaults to 0 for every version)",
    hcl: `resource "aws_db_instance" "erp" {
  identifier                  = "erp"
  engine                      = "sqlserver-se"
  instance_class              = "db.m6i.xlarge"
  allocated_storage           = 200
  license_model               = "license-included"
  username                    = "admin"
  manage_master_user_password = true
}
`,
    expect: [{ resource: "aws_db_instance.erp", messageId: "engineDefault", line: 1 }],
  },
  {
    name: "Db2 with db2comm = TCPIP,SSL keeps the clear-text listener open",
    hcl: `resource "aws_db_parameter_group" "db2" {
  name   = "ledger-db2"
  family = "db2-se-11.5"

  parameter {
    name         = "db2comm"
    value        = "TCPIP,SSL"
    apply_method = "pending-reboot"
  }

  parameter {
    name         = "ssl_svcename"
    value        = "50443"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_instance" "ledger" {
  identifier                  = "ledger"
  engine                      = "db2-se"
  engine_version              = "11.5.9.0.sb00000000.r1"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  license_model               = "bring-your-own-license"
  username                    = "admin"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.db2.name
}
`,
    plan: planFixture([
      parameterGroupPlan("aws_db_parameter_group.db2", {
        name: "ledger-db2",
        family: "db2-se-11.5",
        // `parameter` is a set: a plan lists its blocks in the provider's order, not the configuration's.
        parameter: [parameter("ssl_svcename", "50443", "pending-reboot"), parameter("db2comm", "TCPIP,SSL", "pending-reboot")],
      }),
      dbInstancePlan(
        "aws_db_instance.ledger",
        {
          identifier: "ledger",
          engine: "db2-se",
          engine_version: "11.5.9.0.sb00000000.r1",
          instance_class: "db.m6i.large",
          allocated_storage: 100,
          license_model: "bring-your-own-license",
          username: "admin",
          manage_master_user_password: true,
          parameter_group_name: "ledger-db2",
        },
        { refs: { parameter_group_name: referenceTo("aws_db_parameter_group.db2", "name") } },
      ),
    ]),
    expect: [{ resource: "aws_db_instance.ledger", messageId: "db2ClearTextListener", line: 27 }],
  },
  {
    name: "Oracle with only the SSL option: TLS is available, clear text still is",
    hcl: `resource "aws_db_option_group" "oracle_ssl" {
  name                 = "hr-oracle-ssl"
  engine_name          = "oracle-ee"
  major_engine_version = "19"

  option {
    option_name                    = "SSL"
    port                           = 2484
    vpc_security_group_memberships = ["sg-0123456789abcdef0"]

    option_settings {
      name  = "SQLNET.SSL_VERSION"
      value = "1.2"
    }
  }
}

resource "aws_db_instance" "hr" {
  identifier                  = "hr"
  engine                      = "oracle-ee"
  engine_version              = "19.0.0.0.ru-2024-10.rur-2024-10.r1"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  license_model               = "bring-your-own-license"
  username                    = "admin"
  manage_master_user_password = true
  option_group_name           = aws_db_option_group.oracle_ssl.name
}
`,
    expect: [{ resource: "aws_db_instance.hr", messageId: "oracleNotEnforced", line: 27 }],
  },
  {
    name: "Oracle native network encryption left at Requested",
    hcl: `resource "aws_db_option_group" "nne" {
  name                 = "crm-oracle-nne"
  engine_name          = "oracle-se2"
  major_engine_version = "19"

  option {
    option_name = "NATIVE_NETWORK_ENCRYPTION"

    option_settings {
      name  = "SQLNET.ENCRYPTION_SERVER"
      value = "REQUESTED"
    }
  }
}

resource "aws_db_instance" "crm" {
  identifier                  = "crm"
  engine                      = "oracle-se2"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  license_model               = "license-included"
  username                    = "admin"
  manage_master_user_password = true
  option_group_name           = "crm-oracle-nne"
}
`,
    expect: [{ resource: "aws_db_instance.crm", messageId: "oracleNotEnforced", line: 24 }],
  },
  {
    name: "Oracle on the default option group",
    hcl: `resource "aws_db_instance" "hr" {
  identifier                  = "hr"
  engine                      = "oracle-ee"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  license_model               = "bring-your-own-license"
  username                    = "admin"
  manage_master_user_password = true
  option_group_name           = "default:oracle-ee-19"
}
`,
    expect: [{ resource: "aws_db_instance.hr", messageId: "oracleNoOptionGroup", line: 9 }],
  },
  {
    name: "MariaDB 10.4 cannot require TLS (require_secure_transport exists from 10.5)",
    hcl: `resource "aws_db_instance" "wiki" {
  identifier                  = "wiki"
  engine                      = "mariadb"
  engine_version              = "10.4.34"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}
`,
    expect: [{ resource: "aws_db_instance.wiki", messageId: "cannotEnforce", line: 4 }],
  },
  {
    name: "MySQL 5.6 has no require_secure_transport (MySQL added it in 5.7.8): the upgrade is the fix",
    hcl: `resource "aws_db_instance" "legacy" {
  identifier                  = "legacy"
  engine                      = "mysql"
  engine_version              = "5.6.51"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}
`,
    expect: [{ resource: "aws_db_instance.legacy", messageId: "cannotEnforce", line: 4 }],
  },
  {
    name: "MySQL without engine_version on a mysql5.6 group cannot require TLS whatever the group says",
    hcl: `resource "aws_db_parameter_group" "legacy" {
  name   = "legacy-mysql56"
  family = "mysql5.6"

  parameter {
    name  = "max_connections"
    value = "500"
  }
}

resource "aws_db_instance" "legacy" {
  identifier                  = "legacy"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.legacy.name
}
`,
    expect: [{ resource: "aws_db_instance.legacy", messageId: "cannotEnforce", line: 18 }],
  },
  {
    name: "shared DB parameter group that no instance in the input uses, with rds.force_ssl = 0",
    hcl: `resource "aws_db_parameter_group" "shared" {
  name   = "platform-postgres16"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}
`,
    expect: [{ resource: "aws_db_parameter_group.shared", messageId: "unusedGroupOff", line: 7 }],
  },
  {
    name: "unused MySQL group with require_secure_transport = false (any spelling of off)",
    hcl: `resource "aws_db_parameter_group" "shared" {
  name   = "platform-mysql80"
  family = "mysql8.0"

  parameter {
    name  = "character_set_server"
    value = "utf8mb4"
  }

  parameter {
    name  = "require_secure_transport"
    value = "false"
  }
}
`,
    expect: [{ resource: "aws_db_parameter_group.shared", messageId: "unusedGroupOff", line: 12 }],
  },
  {
    name: "unused group with a family moat cannot read still fails on the one TLS parameter it turns off",
    hcl: `variable "family" {
  type = string
}

resource "aws_db_parameter_group" "shared" {
  name   = "platform-mysql"
  family = var.family

  parameter {
    name  = "require_secure_transport"
    value = "OFF"
  }
}
`,
    expect: [{ resource: "aws_db_parameter_group.shared", messageId: "unusedGroupOff", line: 11 }],
  },
  {
    name: "unused group beside an instance whose group is a variable without a value: the group is reported, the instance not evaluated",
    hcl: `variable "parameter_group_name" {
  type = string
}

resource "aws_db_parameter_group" "shared" {
  name   = "platform-postgres13"
  family = "postgres13"

  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "13.16"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = var.parameter_group_name
}
`,
    expect: [{ resource: "aws_db_parameter_group.shared", messageId: "unusedGroupOff", line: 11 }],
    unknown: ["aws_db_instance.app"],
  },
  {
    name: "read replica without its own parameter group does not inherit the source's TLS setting",
    hcl: `resource "aws_db_parameter_group" "pg14" {
  name   = "app-pg14"
  family = "postgres14"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_instance" "primary" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "14.13"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  parameter_group_name        = aws_db_parameter_group.pg14.name
}

resource "aws_db_instance" "replica" {
  identifier          = "app-replica"
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = "db.t4g.medium"
}
`,
    plan: planFixture([
      parameterGroupPlan("aws_db_parameter_group.pg14", { name: "app-pg14", family: "postgres14", parameter: [parameter("rds.force_ssl", "1")] }),
      dbInstancePlan(
        "aws_db_instance.primary",
        {
          identifier: "app",
          engine: "postgres",
          engine_version: "14.13",
          instance_class: "db.t4g.medium",
          allocated_storage: 20,
          username: "app",
          manage_master_user_password: true,
          storage_encrypted: true,
          parameter_group_name: "app-pg14",
        },
        { refs: { parameter_group_name: referenceTo("aws_db_parameter_group.pg14", "name") } },
      ),
      // The replica's engine, engine_version and parameter group are the provider's to fill in: unknown until apply.
      dbInstancePlan(
        "aws_db_instance.replica",
        { identifier: "app-replica", replicate_source_db: "app", instance_class: "db.t4g.medium" },
        { refs: { replicate_source_db: referenceTo("aws_db_instance.primary", "identifier") } },
      ),
    ]),
    expect: [{ resource: "aws_db_instance.replica", messageId: "engineDefault", line: 23 }],
  },
  {
    name: "local module whose require_tls variable defaults to false",
    hcl: {
      "main.tf": `module "orders_db" {
  source = "./modules/mysql"
  name   = "orders"
}
`,
      "modules/mysql/main.tf": moduleDb,
    },
    expect: [
      { resource: "module.orders_db.aws_db_instance.this", messageId: "parameterOff", line: 29, file: "modules/mysql/main.tf" },
    ],
  },
  {
    name: "cross-region replica without engine: the group's require_secure_transport = 0 decides alone",
    hcl: `variable "parameter_group_family" {
  type = string
}

resource "aws_db_parameter_group" "replica" {
  name   = "shop-replica"
  family = var.parameter_group_family

  parameter {
    name  = "require_secure_transport"
    value = "0"
  }
}

resource "aws_db_instance" "replica" {
  identifier           = "shop-replica"
  replicate_source_db  = "arn:aws:rds:eu-west-1:123456789012:db:shop"
  instance_class       = "db.t4g.micro"
  parameter_group_name = aws_db_parameter_group.replica.name
}
`,
    expect: [{ resource: "aws_db_instance.replica", messageId: "parameterOff", line: 19 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "MySQL with require_secure_transport = ON (Checkov accepts only \"1\")",
    doc: true,
    hcl: `resource "aws_db_parameter_group" "mysql" {
  name   = "shop-mysql80"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_db_instance" "shop" {
  identifier                  = "shop"
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
  parameter_group_name        = aws_db_parameter_group.mysql.name
}
`,
    expect: [],
  },
  {
    name: "PostgreSQL 16 without a parameter group (rds.force_ssl defaults to 1 from 15)",
    hcl: `resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}
`,
    expect: [],
  },
  {
    name: "PostgreSQL 15 group that does not mention rds.force_ssl keeps the default 1",
    hcl: `resource "aws_db_parameter_group" "pg15" {
  name   = "app-pg15"
  family = "postgres15"

  parameter {
    name  = "log_connections"
    value = "1"
  }
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.pg15.name
}
`,
    expect: [],
  },
  {
    name: "SQL Server group found by its literal name, rds.force_ssl = 1",
    hcl: `resource "aws_db_parameter_group" "mssql" {
  name   = "erp-sqlserver-se-16"
  family = "sqlserver-se-16.0"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_instance" "erp" {
  identifier                  = "erp"
  engine                      = "sqlserver-se"
  engine_version              = "16.00.4140.3.v1"
  instance_class              = "db.m6i.xlarge"
  allocated_storage           = 200
  license_model               = "license-included"
  username                    = "admin"
  manage_master_user_password = true
  parameter_group_name        = "erp-sqlserver-se-16"
}
`,
    expect: [],
  },
  {
    name: "Db2 with db2comm = SSL only",
    hcl: `resource "aws_db_parameter_group" "db2" {
  name   = "ledger-db2"
  family = "db2-ae-11.5"

  parameter {
    name         = "db2comm"
    value        = "SSL"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_instance" "ledger" {
  identifier                  = "ledger"
  engine                      = "db2-ae"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  license_model               = "bring-your-own-license"
  username                    = "admin"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.db2.name
}
`,
    expect: [],
  },
  {
    name: "Oracle with native network encryption required",
    hcl: `resource "aws_db_option_group" "nne" {
  name                 = "hr-oracle-nne"
  engine_name          = "oracle-ee"
  major_engine_version = "19"

  option {
    option_name = "NATIVE_NETWORK_ENCRYPTION"

    option_settings {
      name  = "SQLNET.ENCRYPTION_SERVER"
      value = "REQUIRED"
    }

    option_settings {
      name  = "SQLNET.ENCRYPTION_TYPES_SERVER"
      value = "AES256"
    }
  }
}

resource "aws_db_instance" "hr" {
  identifier                  = "hr"
  engine                      = "oracle-ee"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  license_model               = "bring-your-own-license"
  username                    = "admin"
  manage_master_user_password = true
  option_group_name           = aws_db_option_group.nne.name
}
`,
    plan: planFixture([
      optionGroupPlan("aws_db_option_group.nne", {
        name: "hr-oracle-nne",
        engine_name: "oracle-ee",
        major_engine_version: "19",
        option: [
          option("NATIVE_NETWORK_ENCRYPTION", {
            // `option_settings` is a set too: the provider's order, not the configuration's.
            option_settings: [
              { name: "SQLNET.ENCRYPTION_TYPES_SERVER", value: "AES256" },
              { name: "SQLNET.ENCRYPTION_SERVER", value: "REQUIRED" },
            ],
          }),
        ],
      }),
      dbInstancePlan(
        "aws_db_instance.hr",
        {
          identifier: "hr",
          engine: "oracle-ee",
          instance_class: "db.m6i.large",
          allocated_storage: 100,
          license_model: "bring-your-own-license",
          username: "admin",
          manage_master_user_password: true,
          option_group_name: "hr-oracle-nne",
        },
        { refs: { option_group_name: referenceTo("aws_db_option_group.nne", "name") } },
      ),
    ]),
    expect: [],
  },
  {
    name: "MariaDB 11.8 on the default group (require_secure_transport defaults to ON)",
    hcl: `resource "aws_db_instance" "wiki" {
  identifier                  = "wiki"
  engine                      = "mariadb"
  engine_version              = "11.8.3"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}
`,
    expect: [],
  },
  {
    name: "Aurora instance created as aws_db_instance is left to the cluster rule",
    hcl: `resource "aws_db_instance" "aurora_member" {
  identifier     = "aurora-member"
  engine         = "aurora-mysql"
  instance_class = "db.r6g.large"
}
`,
    expect: [],
  },
  {
    name: "local module called with require_tls = true",
    hcl: {
      "main.tf": `module "orders_db" {
  source      = "./modules/mysql"
  name        = "orders"
  require_tls = true
}
`,
      "modules/mysql/main.tf": moduleDb,
    },
    expect: [],
  },
  {
    name: "parameter group named but not in the input is not evaluated",
    hcl: `resource "aws_db_instance" "shop" {
  identifier                  = "shop"
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  parameter_group_name        = "shared-mysql80-tls"
}
`,
    expect: [],
    unknown: ["aws_db_instance.shop"],
  },
  {
    name: "Oracle option group named but not in the input is not evaluated",
    hcl: `resource "aws_db_instance" "hr" {
  identifier                  = "hr"
  engine                      = "oracle-ee"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  license_model               = "bring-your-own-license"
  username                    = "admin"
  manage_master_user_password = true
  option_group_name           = "shared-oracle-nne"
}
`,
    expect: [],
    unknown: ["aws_db_instance.hr"],
  },
  {
    name: "PostgreSQL without engine_version: the default depends on the version AWS picks",
    hcl: `resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}
`,
    plan: planFixture([
      // engine_version is Optional+Computed: unset, the plan shows it as known after apply.
      dbInstancePlan("aws_db_instance.app", {
        identifier: "app",
        engine: "postgres",
        instance_class: "db.t4g.medium",
        allocated_storage: 20,
        username: "app",
        manage_master_user_password: true,
      }),
    ]),
    expect: [],
    unknown: ["aws_db_instance.app"],
  },
  {
    name: "rds.force_ssl from a variable without a value is not evaluated",
    hcl: `variable "force_ssl" {
  type = string
}

resource "aws_db_parameter_group" "pg" {
  name   = "app-pg14"
  family = "postgres14"

  parameter {
    name  = "rds.force_ssl"
    value = var.force_ssl
  }
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "14.13"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.pg.name
}
`,
    expect: [],
    unknown: ["aws_db_instance.app"],
  },
  {
    name: "instance disabled with count = 0",
    hcl: `resource "aws_db_instance" "shop" {
  count                       = 0
  identifier                  = "shop"
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}
`,
    expect: [],
  },
  {
    name: "MariaDB 10.5 is the first version with require_secure_transport: ON passes",
    hcl: `resource "aws_db_parameter_group" "maria" {
  name   = "wiki-mariadb105"
  family = "mariadb10.5"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_db_instance" "wiki" {
  identifier                  = "wiki"
  engine                      = "mariadb"
  engine_version              = "10.5.27"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.maria.name
}
`,
    expect: [],
  },
  {
    name: "SQL Server 2012 with rds.force_ssl = 1: AWS documents the parameter for every SQL Server version",
    hcl: `resource "aws_db_parameter_group" "mssql" {
  name   = "old-erp-sqlserver-se-11"
  family = "sqlserver-se-11.0"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_instance" "erp" {
  identifier                  = "old-erp"
  engine                      = "sqlserver-se"
  engine_version              = "11.00.7507.2.v1"
  instance_class              = "db.m5.xlarge"
  allocated_storage           = 200
  license_model               = "license-included"
  username                    = "admin"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.mssql.name
}
`,
    expect: [],
  },
  {
    name: "unused DB parameter group that requires TLS passes",
    hcl: `resource "aws_db_parameter_group" "shared" {
  name   = "platform-postgres14"
  family = "postgres14"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}
`,
    expect: [],
  },
  {
    name: "unused DB parameter group that does not set the TLS parameter is not judged alone (the default is the user's version's)",
    hcl: `resource "aws_db_parameter_group" "shared" {
  name   = "platform-mysql80"
  family = "mysql8.0"

  parameter {
    name  = "max_connections"
    value = "500"
  }
}
`,
    expect: [],
  },
  {
    name: "unused Aurora instance-level group: the cluster's group holds the TLS setting (MOAT-RDS-002)",
    hcl: `resource "aws_db_parameter_group" "aurora_instances" {
  name   = "platform-aurora-pg16-instances"
  family = "aurora-postgresql16"

  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}
`,
    expect: [],
  },
  {
    name: "a group a DB cluster names as its members' instance group is judged through the cluster, not alone",
    hcl: `resource "aws_db_parameter_group" "members" {
  name   = "orders-members"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "0"
  }
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier               = "orders"
  engine                           = "aurora-mysql"
  engine_version                   = "8.0.mysql_aurora.3.05.2"
  master_username                  = "admin"
  manage_master_user_password      = true
  storage_encrypted                = true
  allow_major_version_upgrade      = true
  db_instance_parameter_group_name = aws_db_parameter_group.members.name
}
`,
    expect: [],
  },
  {
    name: "unused group whose rds.force_ssl comes from a variable without a value is not evaluated",
    hcl: `variable "force_ssl" {
  type = string
}

resource "aws_db_parameter_group" "shared" {
  name   = "platform-postgres16"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = var.force_ssl
  }
}
`,
    expect: [],
    unknown: ["aws_db_parameter_group.shared"],
  },
  {
    name: "unused MySQL 5.6 group that turns require_secure_transport off: the family cannot enforce TLS",
    hcl: `resource "aws_db_parameter_group" "legacy" {
  name   = "platform-mysql56"
  family = "mysql5.6"

  parameter {
    name  = "require_secure_transport"
    value = "0"
  }
}
`,
    expect: [{ resource: "aws_db_parameter_group.legacy", messageId: "unusedGroupCannotEnforce", line: 7 }],
  },
  {
    name: "unused group with an rds.force_ssl value AWS does not document is not evaluated, never passed",
    hcl: `resource "aws_db_parameter_group" "shared" {
  name   = "platform-postgres16"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "yes"
  }
}
`,
    expect: [],
    unknown: ["aws_db_parameter_group.shared"],
  },
  {
    name: "unused group that turns TLS off while an instance names its group by an unknown value",
    hcl: `variable "group_name" {
  type = string
}

resource "aws_db_parameter_group" "shared" {
  name   = "platform-postgres16"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app_admin"
  manage_master_user_password = true
  parameter_group_name        = var.group_name
}
`,
    expect: [{ resource: "aws_db_parameter_group.shared", messageId: "unusedGroupOff", line: 11 }],
    unknown: ["aws_db_instance.app"],
  },
]);
