import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import { sharedStorageCases } from "./cluster-storage-cases";
import rule from "./rds-storage-unencrypted";
import { dbInstancePlan, rdsClusterPlan } from "./rds-plan-fixtures";

const moduleDb = `variable "identifier" {
  type = string
}

variable "storage_encrypted" {
  type    = bool
  default = false
}

resource "aws_db_instance" "this" {
  identifier                  = var.identifier
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  storage_encrypted           = var.storage_encrypted
}
`;

export default defineCases(rule, [
  {
    name: "replicate_source_db from a variable whose default is null: not a replica, so judged",
    hcl: `variable "replicate_source_db" {
  type    = string
  default = null
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  replicate_source_db         = var.replicate_source_db
}
`,
    expect: [{ resource: "aws_db_instance.app", messageId: "notEncrypted", line: 6 }],
  },
  {
    name: "replicate_source_db = \"\" names no source: not a replica, so judged",
    hcl: `resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  replicate_source_db         = ""
  storage_encrypted           = false
}
`,
    expect: [{ resource: "aws_db_instance.app", messageId: "notEncrypted", line: 10 }],
  },
  {
    name: "PostgreSQL instance without storage_encrypted (defaults to false)",
    doc: true,
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
    plan: planFixture([
      // storage_encrypted is Optional (not computed) on aws_db_instance: unset, the plan shows null.
      dbInstancePlan("aws_db_instance.app", {
        identifier: "app",
        engine: "postgres",
        engine_version: "16.4",
        instance_class: "db.t4g.medium",
        allocated_storage: 20,
        username: "app",
        manage_master_user_password: true,
      }),
    ]),
    expect: [{ resource: "aws_db_instance.app", messageId: "notEncrypted", line: 1 }],
  },
  {
    name: "MySQL instance with storage_encrypted = false",
    hcl: `resource "aws_db_instance" "legacy" {
  identifier        = "legacy"
  engine            = "mysql"
  engine_version    = "5.7.44"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "admin"
  password          = "not-a-real-password"
  storage_encrypted = false
}
`,
    expect: [{ resource: "aws_db_instance.legacy", messageId: "notEncrypted", line: 9 }],
  },
  {
    name: "kms_key_id without storage_encrypted does not encrypt (KICS passes it)",
    hcl: `resource "aws_kms_key" "rds" {
  description = "RDS storage"
}

resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "mysql"
  engine_version    = "8.0.39"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "admin"
  password          = "not-a-real-password"
  kms_key_id        = aws_kms_key.rds.arn
}
`,
    expect: [{ resource: "aws_db_instance.orders", messageId: "kmsKeyWithoutEncryption", line: 13 }],
  },
  {
    name: "provisioned Aurora MySQL cluster without storage_encrypted",
    hcl: `resource "aws_rds_cluster" "aurora" {
  cluster_identifier      = "aurora-demo"
  engine                  = "aurora-mysql"
  engine_version          = "8.0.mysql_aurora.3.05.2"
  master_username         = "admin"
  master_password         = "not-a-real-password"
  backup_retention_period = 5
}
`,
    plan: planFixture([
      // storage_encrypted is Optional+Computed on aws_rds_cluster: unset, the plan shows it as known after apply.
      rdsClusterPlan("aws_rds_cluster.aurora", {
        cluster_identifier: "aurora-demo",
        engine: "aurora-mysql",
        engine_version: "8.0.mysql_aurora.3.05.2",
        master_username: "admin",
        master_password: "not-a-real-password",
        backup_retention_period: 5,
      }),
    ]),
    expect: [{ resource: "aws_rds_cluster.aurora", messageId: "notEncrypted", line: 1 }],
  },
  {
    name: "Aurora Serverless v2 cluster is not encrypted by default (only v1 is)",
    hcl: `resource "aws_rds_cluster" "serverless_v2" {
  cluster_identifier          = "serverless-v2"
  engine                      = "aurora-postgresql"
  engine_mode                 = "provisioned"
  engine_version              = "16.4"
  master_username             = "app"
  manage_master_user_password = true

  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 4
  }
}
`,
    expect: [{ resource: "aws_rds_cluster.serverless_v2", messageId: "notEncrypted", line: 1 }],
  },
  {
    name: "Multi-AZ DB cluster with storage_encrypted = false",
    hcl: `resource "aws_rds_cluster" "multi_az" {
  cluster_identifier        = "multi-az"
  engine                    = "postgres"
  engine_version            = "16.4"
  db_cluster_instance_class = "db.r6gd.large"
  storage_type              = "io1"
  allocated_storage         = 100
  iops                      = 1000
  master_username           = "app"
  master_password           = "not-a-real-password"
  storage_encrypted         = false
}
`,
    expect: [{ resource: "aws_rds_cluster.multi_az", messageId: "notEncrypted", line: 11 }],
  },
  {
    name: "local module whose storage_encrypted variable defaults to false",
    hcl: {
      "main.tf": `module "db" {
  source     = "./modules/db"
  identifier = "reports"
}
`,
      "modules/db/main.tf": moduleDb,
    },
    expect: [{ resource: "module.db.aws_db_instance.this", messageId: "notEncrypted", line: 18, file: "modules/db/main.tf" }],
  },
  {
    name: "instances from for_each: only the unencrypted one is reported",
    hcl: `variable "databases" {
  default = {
    billing = { encrypted = true }
    scratch = { encrypted = false }
  }
}

resource "aws_db_instance" "db" {
  for_each                    = var.databases
  identifier                  = each.key
  engine                      = "postgres"
  engine_version              = "15.8"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = each.value.encrypted
}
`,
    expect: [{ resource: 'aws_db_instance.db["scratch"]', messageId: "notEncrypted", line: 17 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "instance encrypted with a customer-managed key",
    doc: true,
    hcl: `resource "aws_kms_key" "rds" {
  description = "RDS storage"
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
}
`,
    expect: [],
  },
  {
    name: "encrypted Aurora cluster; its aws_rds_cluster_instance members are not judged (Checkov flags them)",
    hcl: `resource "aws_rds_cluster" "aurora" {
  cluster_identifier          = "aurora-pg"
  engine                      = "aurora-postgresql"
  engine_version              = "16.4"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "member" {
  count              = 2
  identifier         = "aurora-pg-\${count.index}"
  cluster_identifier = aws_rds_cluster.aurora.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.aurora.engine
}
`,
    pulumi: () => {
      const aurora = new aws.rds.Cluster("aurora", {
        clusterIdentifier: "aurora-pg",
        engine: "aurora-postgresql",
        engineVersion: "16.4",
        masterUsername: "app",
        manageMasterUserPassword: true,
        storageEncrypted: true,
      });
      for (let i = 0; i < 2; i++) {
        new aws.rds.ClusterInstance(`member-${i}`, {
          identifier: `aurora-pg-${i}`,
          clusterIdentifier: aurora.id,
          instanceClass: "db.r6g.large",
          // The cluster's engine output is typed string; a cluster instance takes the EngineType union.
          engine: aurora.engine.apply((engine) => engine as aws.types.enums.rds.EngineType),
        });
      }
    },
    expect: [],
  },
  {
    name: "Aurora Serverless v1 cluster is always encrypted",
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
    expect: [],
  },
  {
    name: "cross-region read replica inherits the source's encryption",
    hcl: `resource "aws_db_instance" "replica" {
  identifier          = "app-replica"
  replicate_source_db = "arn:aws:rds:eu-west-1:123456789012:db:app"
  instance_class      = "db.t4g.medium"
  kms_key_id          = "arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    expect: [],
  },
  {
    name: "read replica of an instance in the same configuration is not judged on its own",
    hcl: `resource "aws_db_instance" "primary" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "replica" {
  identifier          = "app-replica"
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = "db.t4g.medium"
}
`,
    expect: [],
  },
  {
    name: "read replica named by its source's id, known only after apply: still a replica",
    hcl: `resource "aws_db_instance" "primary" {
  identifier        = "main"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t3.micro"
  storage_encrypted = true
}

resource "aws_db_instance" "replica" {
  identifier          = "main-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.primary.id
}
`,
    noPulumi: "a preview shows an unknown output without the resource it comes from, so that door cannot tell",
    expect: [],
  },
  {
    name: "a source computed from another resource's id is not known to be set (not evaluated)",
    hcl: `resource "aws_db_instance" "primary" {
  identifier        = "main"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t3.micro"
  storage_encrypted = true
}

variable "replicate" {
  type = bool
}

resource "aws_db_instance" "copy" {
  identifier          = "main-copy"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  replicate_source_db = var.replicate ? aws_db_instance.primary.id : null
}
`,
    expect: [],
    unknown: ["aws_db_instance.copy"],
  },
  {
    name: "instance restored from a snapshot follows the snapshot's encryption (not evaluated)",
    hcl: `resource "aws_db_instance" "restored" {
  identifier          = "restored"
  snapshot_identifier = "rds:app-2024-06-01-03-00"
  instance_class      = "db.t4g.medium"
}
`,
    expect: [],
    unknown: ["aws_db_instance.restored"],
  },
  {
    name: "cluster restored from a snapshot with a KMS key is encrypted with it",
    hcl: `resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "aurora-postgresql"
  snapshot_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:app-final"
  kms_key_id          = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    expect: [],
  },
  {
    name: "storage_encrypted from a variable without a value is not evaluated",
    hcl: `variable "encrypt_storage" {
  type = bool
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "mariadb"
  engine_version              = "10.11.9"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = var.encrypt_storage
}
`,
    expect: [],
    unknown: ["aws_db_instance.app"],
  },
  {
    name: "storage_encrypted = False (capitalised) is not an HCL boolean: Terraform rejects it, so not evaluated",
    hcl: `resource "aws_db_instance" "disabled" {
  identifier        = "disabled"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "admin"
  password          = "not-a-real-password"
  storage_encrypted = False
}
`,
    // No plan or Pulumi form: `False` is not a value in either. Terraform reads it as a reference, rejects it, and
    // writes no plan; Pulumi's storageEncrypted is a boolean, so a program cannot pass the word.
    noPlan: "Terraform rejects `False` (not an HCL boolean) and writes no plan",
    noPulumi: "Pulumi's storageEncrypted is a boolean: a program cannot pass the word",
    expect: [],
    unknown: ["aws_db_instance.disabled"],
  },
  {
    name: "local module called with storage_encrypted = true",
    hcl: {
      "main.tf": `module "db" {
  source            = "./modules/db"
  identifier        = "reports"
  storage_encrypted = true
}
`,
      "modules/db/main.tf": moduleDb,
    },
    expect: [],
  },
  {
    name: "RDS Custom instance (always encrypted with its required KMS key)",
    hcl: `resource "aws_db_instance" "custom" {
  identifier                  = "custom-sqlserver"
  engine                      = "custom-sqlserver-se"
  engine_version              = "15.00.4312.2.v1"
  instance_class              = "db.m5.xlarge"
  allocated_storage           = 500
  username                    = "admin"
  manage_master_user_password = true
  custom_iam_instance_profile = "AWSRDSCustomSQLServerInstanceProfile"
  kms_key_id                  = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    expect: [],
  },
  {
    name: "read replica named by its source's generated identifier, known only after apply: exempt",
    hcl: `resource "aws_db_instance" "primary" {
  identifier_prefix           = "main-"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "replica" {
  identifier          = "main-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.primary.identifier
}
`,
    noPulumi:
      "a preview shows the source's identifier as an unknown output without saying which output it is, so that door cannot tell it from one that may be empty (not evaluated there)",
    expect: [],
  },
  {
    name: "Aurora cluster replicating another cluster (replication_source_identifier = its ARN, known after apply): exempt",
    hcl: `resource "aws_rds_cluster" "source" {
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  engine_version              = "8.0.mysql_aurora.3.05.2"
  master_username             = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "replica" {
  cluster_identifier            = "orders-replica"
  engine                        = "aurora-mysql"
  engine_version                = "8.0.mysql_aurora.3.05.2"
  replication_source_identifier = aws_rds_cluster.source.arn
}
`,
    noPulumi:
      "a preview shows the source's identifier as an unknown output without saying which output it is, so that door cannot tell it from one that may be empty (not evaluated there)",
    expect: [],
  },
  {
    name: "replicate_source_db from a variable without a value: it may be null or \"\" (no replica) or a source, so not evaluated",
    hcl: `variable "replicate_source_db" {
  type = string
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  replicate_source_db         = var.replicate_source_db
}
`,
    expect: [],
    unknown: ["aws_db_instance.app"],
  },
  {
    name: "replicate_source_db from a variable without a value does not matter when storage_encrypted = true",
    hcl: `variable "replicate_source_db" {
  type = string
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  replicate_source_db         = var.replicate_source_db
  storage_encrypted           = true
}
`,
    expect: [],
  },
  ...sharedStorageCases({
    cluster: "aws_rds_cluster",
    global: "aws_rds_global_cluster",
    engine: "aurora-postgresql",
    keyAttr: "kms_key_id",
    extra: `  master_username             = "app"\n  manage_master_user_password = true\n`,
    byReference: true,
  }),
  {
    name: "Aurora global database created empty without storage_encrypted",
    hcl: `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "g"
  engine                    = "aurora-postgresql"
  storage_encrypted         = false
}
`,
    expect: [{ resource: "aws_rds_global_cluster.g", messageId: "globalNotEncrypted", line: 4 }],
  },
  {
    name: "Aurora global database built from an existing cluster takes its encryption (the source is judged itself)",
    hcl: `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier    = "g"
  source_db_cluster_identifier = "arn:aws:rds:eu-west-1:111122223333:cluster:primary"
  force_destroy                = true
}
`,
    expect: [],
  },
  {
    name: "a member of a global cluster that is not in the input, without storage_encrypted (not evaluated)",
    hcl: `resource "aws_rds_cluster" "secondary" {
  cluster_identifier        = "secondary"
  engine                    = "aurora-postgresql"
  global_cluster_identifier = "existing-global"
}
`,
    expect: [],
    unknown: ["aws_rds_cluster.secondary"],
  },
]);
