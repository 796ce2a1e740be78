import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import rule from "./dms-endpoint-ssl-disabled";

export default defineCases(rule, [
  {
    name: "PostgreSQL source endpoint without ssl_mode (the default is none)",
    doc: true,
    hcl: `resource "aws_dms_endpoint" "source" {
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port          = 5432
  database_name = "orders"
  username      = "dms"
  password      = "change-me"
}
`,
    expect: [{ resource: "aws_dms_endpoint.source", messageId: "sslDisabled", line: 1 }],
  },
  {
    name: "MySQL target endpoint with ssl_mode = none",
    hcl: `resource "aws_dms_endpoint" "target" {
  endpoint_id   = "orders-target"
  endpoint_type = "target"
  engine_name   = "mysql"
  server_name   = "orders-new.abc.eu-west-1.rds.amazonaws.com"
  port          = 3306
  username      = "dms"
  password      = "change-me"
  ssl_mode      = "none"
}
`,
    expect: [{ resource: "aws_dms_endpoint.target", messageId: "sslDisabled", line: 9 }],
  },
  {
    name: "Oracle and MongoDB endpoints with TLS off, per engine in a for_each",
    hcl: `resource "aws_dms_endpoint" "legacy" {
  for_each      = { erp = "oracle", catalog = "mongodb" }
  endpoint_id   = each.key
  endpoint_type = "source"
  engine_name   = each.value
  server_name   = "\${each.key}.corp.example.com"
  port          = 1521
  username      = "dms"
  password      = "change-me"
  ssl_mode      = "none"
}
`,
    expect: [
      { resource: 'aws_dms_endpoint.legacy["erp"]', messageId: "sslDisabled", line: 10 },
      { resource: 'aws_dms_endpoint.legacy["catalog"]', messageId: "sslDisabled", line: 10 },
    ],
  },
  {
    name: "requireCertificateVerification: ssl_mode = require encrypts but does not verify",
    options: { requireCertificateVerification: true },
    hcl: `resource "aws_dms_endpoint" "source" {
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "aurora-postgresql"
  server_name   = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port          = 5432
  username      = "dms"
  password      = "change-me"
  ssl_mode      = "require"
}
`,
    expect: [{ resource: "aws_dms_endpoint.source", messageId: "sslNotVerified", line: 9, severity: "medium" }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "PostgreSQL endpoint that verifies the server's certificate",
    doc: true,
    hcl: `resource "aws_dms_endpoint" "source" {
  endpoint_id     = "orders-source"
  endpoint_type   = "source"
  engine_name     = "postgres"
  server_name     = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port            = 5432
  database_name   = "orders"
  username        = "dms"
  password        = "change-me"
  ssl_mode        = "verify-full"
  certificate_arn = "arn:aws:dms:eu-west-1:123456789012:cert:RDSCA"
}
`,
    expect: [],
  },
  {
    name: "ssl_mode = require encrypts: it passes by default",
    hcl: `resource "aws_dms_endpoint" "target" {
  endpoint_id   = "orders-target"
  endpoint_type = "target"
  engine_name   = "sqlserver"
  server_name   = "orders.abc.eu-west-1.rds.amazonaws.com"
  port          = 1433
  username      = "dms"
  password      = "change-me"
  ssl_mode      = "require"
}
`,
    expect: [],
  },
  {
    name: "S3, DynamoDB and Kafka endpoints are encrypted elsewhere and not judged",
    hcl: `resource "aws_dms_endpoint" "s3" {
  endpoint_id   = "lake"
  endpoint_type = "target"
  engine_name   = "s3"
  ssl_mode      = "none"
}

resource "aws_dms_endpoint" "dynamodb" {
  endpoint_id         = "sessions"
  endpoint_type       = "target"
  engine_name         = "dynamodb"
  service_access_role = "arn:aws:iam::123456789012:role/dms-dynamodb"
}

resource "aws_dms_endpoint" "kafka" {
  endpoint_id   = "events"
  endpoint_type = "target"
  engine_name   = "kafka"

  kafka_settings {
    broker            = "b-1.events.abc.kafka.eu-west-1.amazonaws.com:9094"
    security_protocol = "ssl-encryption"
  }
}
`,
    expect: [],
  },
  {
    name: "Db2 on z/OS: TLS support through ssl_mode not verified, not evaluated",
    hcl: `resource "aws_dms_endpoint" "mainframe" {
  endpoint_id   = "ledger"
  endpoint_type = "source"
  engine_name   = "db2-zos"
  server_name   = "zos.corp.example.com"
  port          = 446
  username      = "dms"
  password      = "change-me"
}
`,
    expect: [],
    unknown: ["aws_dms_endpoint.mainframe"],
  },
  {
    name: "ssl_mode from a variable without a value is not evaluated",
    hcl: `variable "ssl_mode" {
  type = string
}

resource "aws_dms_endpoint" "source" {
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "mariadb"
  server_name   = "orders.abc.eu-west-1.rds.amazonaws.com"
  port          = 3306
  username      = "dms"
  password      = "change-me"
  ssl_mode      = var.ssl_mode
}
`,
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply, unknown in a preview.
      const cert = new aws.dms.Certificate("ca", { certificateId: "ca", certificatePem: "-----BEGIN CERTIFICATE-----" });
      new aws.dms.Endpoint("source", {
        endpointId: "orders-source",
        endpointType: "source",
        engineName: "mariadb",
        serverName: "orders.abc.eu-west-1.rds.amazonaws.com",
        port: 3306,
        username: "dms",
        password: "change-me",
        sslMode: cert.certificateArn.apply(() => "verify-full"),
      });
    },
    plan: planFixture([
      // A plan always has variable values; the same situation is a value read only at apply time.
      {
        address: "aws_dms_endpoint.source",
        values: {
          endpoint_id: "orders-source",
          endpoint_type: "source",
          engine_name: "mariadb",
          server_name: "orders.abc.eu-west-1.rds.amazonaws.com",
          port: 3306,
          username: "dms",
          password: "change-me",
          ssl_mode: null,
        },
        unknown: ["endpoint_arn", "id", "ssl_mode"],
        refs: { ssl_mode: ["data.aws_ssm_parameter.ssl_mode.value", "data.aws_ssm_parameter.ssl_mode"] },
      },
    ]),
    expect: [],
    unknown: ["aws_dms_endpoint.source"],
  },
  {
    name: "SAP ASE (sybase) endpoint with ssl_mode = none: AWS lists verify-full for it",
    hcl: `resource "aws_dms_endpoint" "ase" {
  endpoint_id   = "ase"
  endpoint_type = "source"
  engine_name   = "sybase"
  server_name   = "ase.corp.example.com"
  port          = 5000
  username      = "dms"
  password      = "change-me"
  ssl_mode      = "none"
}
`,
    expect: [{ resource: "aws_dms_endpoint.ase", messageId: "sslDisabled", line: 9 }],
  },
  {
    name: "Db2 LUW endpoint without ssl_mode: the fix named is verify-ca, the only verifying mode AWS supports for it",
    hcl: `resource "aws_dms_endpoint" "ledger" {
  endpoint_id   = "ledger"
  endpoint_type = "source"
  engine_name   = "db2"
  server_name   = "ledger.corp.example.com"
  port          = 50000
  username      = "dms"
  password      = "change-me"
}
`,
    expect: [{ resource: "aws_dms_endpoint.ledger", messageId: "sslDisabled", line: 1 }],
  },
  {
    name: "requireCertificateVerification on MongoDB: require fails, and the fix is verify-full (verify-ca is not supported)",
    options: { requireCertificateVerification: true },
    hcl: `resource "aws_dms_endpoint" "catalog" {
  endpoint_id   = "catalog"
  endpoint_type = "source"
  engine_name   = "mongodb"
  server_name   = "catalog.corp.example.com"
  port          = 27017
  username      = "dms"
  password      = "change-me"
  ssl_mode      = "require"
}
`,
    expect: [{ resource: "aws_dms_endpoint.catalog", messageId: "sslNotVerified", line: 9, severity: "medium" }],
  },
  {
    name: "MySQL endpoint with ssl_mode = require, a mode AWS does not support for MySQL: not evaluated",
    hcl: `resource "aws_dms_endpoint" "orders" {
  endpoint_id   = "orders"
  endpoint_type = "source"
  engine_name   = "mysql"
  server_name   = "orders.corp.example.com"
  port          = 3306
  username      = "dms"
  password      = "change-me"
  ssl_mode      = "require"
}
`,
    expect: [],
    unknown: ["aws_dms_endpoint.orders"],
  },
  {
    name: "Oracle endpoint with verify-ca and SAP ASE endpoint with verify-full, the modes AWS supports for them",
    hcl: `resource "aws_dms_endpoint" "erp" {
  endpoint_id   = "erp"
  endpoint_type = "source"
  engine_name   = "oracle"
  server_name   = "erp.corp.example.com"
  port          = 1521
  username      = "dms"
  password      = "change-me"
  ssl_mode      = "verify-ca"
  certificate_arn = "arn:aws:dms:eu-west-1:123456789012:cert:ERPWALLET"
}

resource "aws_dms_endpoint" "ase" {
  endpoint_id   = "ase"
  endpoint_type = "source"
  engine_name   = "sybase"
  server_name   = "ase.corp.example.com"
  port          = 5000
  username      = "dms"
  password      = "change-me"
  ssl_mode      = "verify-full"
  certificate_arn = "arn:aws:dms:eu-west-1:123456789012:cert:ASECA"
}
`,
    expect: [],
  },
]);
