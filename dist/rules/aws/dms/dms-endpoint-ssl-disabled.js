"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const MYSQL_FAMILY = ["none", "verify-ca", "verify-full"];
const POSTGRES_FAMILY = ["none", "require", "verify-ca", "verify-full"];
/**
 * The engines whose DMS connection is encrypted only through `ssl_mode`, with the modes AWS supports for each: the table
 * "Not all SSL modes work with all database endpoints" of the AWS DMS User Guide, Using SSL with AWS DMS
 * (CHAP_Security.SSL): MySQL/MariaDB/Aurora MySQL: require not supported; SQL Server: verify-ca not supported;
 * PostgreSQL: all; Oracle: only verify-ca ("Oracle endpoints in AWS DMS support none and verify-ca"); SAP ASE: only
 * verify-full; MongoDB: verify-ca not supported; Db2 LUW: only verify-ca. DocumentDB is not in that table: its modes are
 * those AWS CloudFormation lists for AWS::DMS::DataProvider DocDbSettings SslMode (none, require, verify-full).
 */
const SSL_MODES_BY_ENGINE = {
    aurora: MYSQL_FAMILY,
    "aurora-serverless": MYSQL_FAMILY,
    mysql: MYSQL_FAMILY,
    mariadb: MYSQL_FAMILY,
    "aurora-postgresql": POSTGRES_FAMILY,
    "aurora-postgresql-serverless": POSTGRES_FAMILY,
    postgres: POSTGRES_FAMILY,
    sqlserver: ["none", "require", "verify-full"],
    oracle: ["none", "verify-ca"],
    sybase: ["none", "verify-full"],
    mongodb: ["none", "require", "verify-full"],
    docdb: ["none", "require", "verify-full"],
    db2: ["none", "verify-ca"],
};
/** The modes that verify the server's certificate that AWS supports for the engine, strongest first, for the messages. */
function verifyingModes(modes) {
    const verifying = ["verify-full", "verify-ca"].filter((m) => modes.includes(m)).map((m) => `"${m}"`);
    return verifying.length > 1 ? `${verifying[0]} (or ${verifying.slice(1).join(", ")})` : verifying[0];
}
/**
 * Engines whose connection `ssl_mode` does not govern: AWS service APIs reached over HTTPS, Redshift (which DMS reaches
 * through SSL already), and Kafka and Redis, whose encryption is set in their own settings blocks.
 */
const ENCRYPTED_ELSEWHERE = new Set([
    "s3",
    "dynamodb",
    "kinesis",
    "elasticsearch",
    "opensearch",
    "neptune",
    "redshift",
    "redshift-serverless",
    "timestream",
    "kafka",
    "redis",
]);
const SSL_MODES = ["none", "require", "verify-ca", "verify-full"];
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-DMS-001",
        name: "dms-endpoint-ssl-disabled",
        title: "A DMS endpoint connects to its database without TLS (ssl_mode is none or not set).",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_dms_endpoint"],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            sslDisabled: "DMS endpoint {{endpoint}} ({{engine}}) has ssl_mode {{value}}: the replication instance reads or writes the whole database " +
                "over an unencrypted connection, credentials included. Set ssl_mode = {{fix}}, the verifying mode{{plural}} AWS DMS supports " +
                "for {{engine}}, with a certificate_arn for the server's CA{{oracle}}.",
            sslNotVerified: "DMS endpoint {{endpoint}} ({{engine}}) has ssl_mode = \"require\": the connection is encrypted but the server's certificate " +
                "is not verified, so a machine in the middle can pose as the database. Set ssl_mode = {{fix}}, the verifying mode{{plural}} " +
                "AWS DMS supports for {{engine}}.",
        },
        rationale: "An AWS DMS endpoint is the connection a replication instance opens to a source or target database, and a migration moves " +
            "all of its data over it. With `ssl_mode = \"none\"` the connection is not encrypted (AWS: \"none – The connection is not " +
            "encrypted\"). `require` encrypts without verifying the server's certificate; `verify-ca` and `verify-full` also verify it. " +
            "The rule fails `none` (and an absent `ssl_mode`) for the engines whose TLS DMS sets through `ssl_mode`: MySQL, MariaDB, " +
            "Aurora MySQL and PostgreSQL (`aurora`, `aurora-serverless`, `aurora-postgresql`, `aurora-postgresql-serverless`), " +
            "PostgreSQL, Oracle, SQL Server, SAP ASE (`sybase`), Db2 LUW, MongoDB and DocumentDB. Not every mode works with every " +
            "engine: AWS's table of SSL modes per engine says MySQL, MariaDB and Aurora MySQL do not support `require`, SQL Server and " +
            "MongoDB do not support `verify-ca`, Oracle and Db2 LUW support only `verify-ca`, SAP ASE only `verify-full` (DocumentDB, " +
            "absent from that table: `none`, `require`, `verify-full`, as AWS CloudFormation lists them). The messages name only the " +
            "modes the endpoint's engine supports, and a mode AWS does not support for the engine is not evaluated, with the reason. " +
            "The option `requireCertificateVerification` also fails `require` (at medium). Endpoints for AWS services reached over HTTPS (S3, DynamoDB, Kinesis, OpenSearch/Elasticsearch, " +
            "Neptune, Timestream) and Redshift (\"already uses an SSL connection\") are not judged, nor are Kafka and Redis, whose " +
            "encryption is set in `kafka_settings.security_protocol` and `redis_settings.ssl_security_protocol`. Engines whose TLS " +
            "support through `ssl_mode` moat has not verified (`db2-zos`, `azuredb`, `azure-sql-managed-instance`, " +
            "`babelfish`, and any new engine) are counted as not evaluated, never passed or failed silently. `aws_dms_s3_endpoint` " +
            "also has an `ssl_mode`, but S3 is reached over HTTPS: it is not judged. The AWS Config managed rule dms-endpoint-ssl-configured " +
            "checks the same setting in deployed accounts.",
        defaults: "`ssl_mode` absent means `none`: AWS DMS CreateEndpoint `SslMode` \"The default is none\", and the Terraform provider " +
            "sends no value when it is not set (the Pulumi docs for the same attribute: \"AWS default is none\"). Accepted values " +
            "(provider and API): `none`, `require`, `verify-ca`, `verify-full`; another value is not evaluated. An `engine_name` or " +
            "`ssl_mode` known only after apply is not evaluated.",
        remediation: {
            text: "Import the database server's CA bundle as an `aws_dms_certificate` and set `ssl_mode = \"verify-full\"` (or `verify-ca` " +
                "where the engine supports only that, as Oracle does) with `certificate_arn` pointing at it.",
            hcl: `resource "aws_dms_endpoint" "source" {
  endpoint_id     = "orders-source"
  endpoint_type   = "source"
  engine_name     = "postgres"
  server_name     = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port            = 5432
  database_name   = "orders"
  username        = "dms"
  password        = var.dms_password
  ssl_mode        = "verify-full"
  certificate_arn = aws_dms_certificate.rds.certificate_arn
}`,
            pulumi: `new aws.dms.Endpoint("source", {
  endpointId: "orders-source",
  endpointType: "source",
  engineName: "postgres",
  serverName: "orders.cluster-abc.eu-west-1.rds.amazonaws.com",
  port: 5432,
  databaseName: "orders",
  username: "dms",
  password: dmsPassword,
  sslMode: "verify-full",
  certificateArn: rdsCa.certificateArn,
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS DMS User Guide: Using SSL with AWS Database Migration Service (SSL modes, and the modes each engine supports)",
                url: "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html",
            },
            {
                title: "AWS CloudFormation: AWS::DMS::DataProvider DocDbSettings (SslMode: none, require, verify-full)",
                url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dms-dataprovider-docdbsettings.html",
            },
            {
                title: "AWS DMS API: CreateEndpoint (SslMode, default none)",
                url: "https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateEndpoint.html",
            },
            {
                title: "AWS DMS User Guide: Db2 LUW as a target (SSL through the DMS SSL settings)",
                url: "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.DB2.html",
            },
            {
                title: "AWS Config: dms-endpoint-ssl-configured",
                url: "https://docs.aws.amazon.com/config/latest/developerguide/dms-endpoint-ssl-configured.html",
            },
            {
                title: "Terraform AWS provider: aws_dms_endpoint (ssl_mode, engine_name)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_endpoint",
            },
        ],
        options: {
            type: "object",
            properties: {
                requireCertificateVerification: {
                    type: "boolean",
                    default: false,
                    description: "Also fail ssl_mode = \"require\" (encrypted, but the server's certificate is not verified), at medium severity.",
                },
            },
            additionalProperties: false,
        },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "dms"],
    },
    check(endpoint, ctx) {
        const r = ctx.read();
        const engine = r.string("engine_name")?.trim().toLowerCase();
        if (engine === undefined || ENCRYPTED_ELSEWHERE.has(engine))
            return;
        const supported = SSL_MODES_BY_ENGINE[engine];
        if (supported === undefined) {
            return ctx.unknown((0, values_1.unknown)(`moat has not verified how DMS encrypts connections to engine "${engine}"`), ["engine_name"]);
        }
        const name = (0, values_1.asString)(endpoint.attrs.endpoint_id) ?? (0, model_1.labelOf)(endpoint);
        const raw = r.string("ssl_mode");
        const mode = raw?.trim().toLowerCase() ?? "none";
        if (!SSL_MODES.includes(mode)) {
            return ctx.unknown((0, values_1.unknown)(`ssl_mode "${raw}" is not one of ${SSL_MODES.join(", ")}`), ["ssl_mode"]);
        }
        if (!supported.includes(mode)) {
            return ctx.unknown((0, values_1.unknown)(`AWS DMS does not support ssl_mode "${mode}" for engine "${engine}" (it supports ${supported.join(", ")})`), ["ssl_mode"]);
        }
        const verifying = supported.filter((m) => m.startsWith("verify-"));
        const fix = { fix: verifyingModes(supported), plural: verifying.length > 1 ? "s" : "" };
        if (mode === "none") {
            return ctx.report({
                messageId: "sslDisabled",
                data: {
                    endpoint: name,
                    engine,
                    value: raw === undefined ? "not set (the default is none)" : `= "${raw}"`,
                    ...fix,
                    oracle: engine === "oracle" ? " (an Oracle wallet imported as the certificate)" : "",
                },
                at: ["ssl_mode"],
            });
        }
        if (mode === "require" && ctx.options.requireCertificateVerification) {
            ctx.report({ messageId: "sslNotVerified", data: { endpoint: name, engine, ...fix }, at: ["ssl_mode"], severity: "medium" });
        }
    },
});
