"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const tls_defaults_1 = require("./tls-defaults");
const tls_enforcement_1 = require("./tls-enforcement");
const CLUSTER_GROUP = { attr: "db_cluster_parameter_group_name", type: "aws_rds_cluster_parameter_group" };
const GROUP_USES = [{ attr: CLUSTER_GROUP.attr, types: ["aws_rds_cluster"] }];
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-RDS-002",
        name: "rds-cluster-tls-not-enforced",
        title: "An Aurora or Multi-AZ DB cluster accepts client connections that are not encrypted in transit.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_rds_cluster", "aws_rds_cluster_parameter_group"],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            parameterOff: "The {{engine}} cluster uses {{group}}, which sets {{parameter}} = \"{{value}}\": the cluster accepts connections without TLS, so credentials and data can cross the network in clear text.",
            unusedGroupOff: "DB cluster parameter group {{group}} sets {{parameter}} = \"{{value}}\": every {{engine}} cluster given this group accepts connections without TLS. No DB cluster in the scanned input is known to use it{{unsure}}, so the group is reported itself (shared groups often live in a module of their own). Set {{parameter}} = {{on}}.",
            unusedGroupCannotEnforce: "DB cluster parameter group {{group}} sets {{parameter}} = \"{{value}}\" for {{engine}}, which cannot require TLS: {{why}}, so every cluster given this group accepts connections without TLS whatever the group says. No DB cluster in the scanned input is known to use it{{unsure}}, so the group is reported itself. Upgrade to {{upgrade}} and set {{parameter}} = ON in a parameter group of the new family.",
            parameterNotSet: "The {{engine}} cluster uses {{group}}, which does not set {{parameter}}; its default for this engine version is off, so the cluster accepts connections without TLS.",
            engineDefault: "The {{engine}} cluster uses {{group}}, where {{parameter}} is off by default: the cluster accepts connections without TLS. Attach a DB cluster parameter group that requires TLS.",
            cannotEnforce: "The {{engine}} cluster cannot require TLS: {{why}}, so it accepts connections without TLS whatever its parameter group says. Upgrade to {{upgrade}} and set {{parameter}} = ON in its DB cluster parameter group.",
        },
        rationale: "Aurora and Multi-AZ DB clusters take their TLS setting from the DB cluster parameter group: `rds.force_ssl` = 1 for " +
            "aurora-postgresql and postgres, `require_secure_transport` = ON/1 for aurora-mysql and mysql. The instance-level parameter " +
            "groups of the cluster's members do not decide it. Without that setting the cluster accepts clients that do not ask for TLS, " +
            "which then send credentials and data in clear text. The default depends on the engine and version: Aurora PostgreSQL " +
            "defaults to 0 for every version, Aurora MySQL versions 2 and 3 default to OFF and Aurora MySQL 8.4 to ON; Multi-AZ DB " +
            "clusters (engine postgres or mysql) follow the RDS for PostgreSQL and MySQL defaults (PostgreSQL 15 and later force TLS). " +
            "Engine `aurora` is Aurora MySQL version 1, which has no require_secure_transport at all. A cluster without `engine` is " +
            "not evaluated: the provider has required it since v5 (its old default `aurora` can no longer be created). Aurora " +
            "Serverless v1 clusters (`engine_mode = \"serverless\"`, end of life since March 2025, migrated to v2) are judged the same " +
            "way: require_secure_transport is among the few cluster parameters serverless mode supports. A DB cluster parameter group " +
            "that no cluster in the input uses is judged on its own when it sets its engine's TLS parameter to a value that does not " +
            "force TLS (`rds.force_ssl = 0`, `require_secure_transport = OFF`): platform teams keep shared groups in modules of their " +
            "own; a group a cluster in the input uses is reported through that cluster only. No established scanner checks " +
            "Aurora clusters for TLS.",
        defaults: "No `db_cluster_parameter_group_name`, or a `default.*` group, means the engine's default DB cluster parameter group: " +
            "rds.force_ssl 0 for aurora-postgresql (AWS Aurora PostgreSQL security page), require_secure_transport OFF for Aurora MySQL " +
            "2 and 3 and ON for 8.4 (Aurora MySQL security page and the version 3/8.4 comparison), the RDS for PostgreSQL/MySQL defaults " +
            "for Multi-AZ DB clusters. The version comes from `engine_version` or the group's `family`; where the default depends on it " +
            "and neither is known, the cluster is not evaluated. Engine `aurora` is MySQL 5.6 compatible whatever its version. An absent " +
            "`engine` (required by the provider since v5) and a group named but not in the input are not evaluated.",
        remediation: {
            text: "Attach a DB cluster parameter group that requires TLS: rds.force_ssl = 1 (aurora-postgresql, postgres) or " +
                "require_secure_transport = ON (aurora-mysql, mysql). Make sure clients connect with TLS before applying.",
            hcl: `resource "aws_rds_cluster_parameter_group" "aurora_pg" {
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
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.aurora_pg.name
}`,
            pulumi: `const clusterParams = new aws.rds.ClusterParameterGroup("aurora-pg", {
  family: "aurora-postgresql16",
  parameters: [{ name: "rds.force_ssl", value: "1" }],
});

new aws.rds.Cluster("app", {
  engine: "aurora-postgresql",
  engineVersion: "16.4",
  masterUsername: "app",
  manageMasterUserPassword: true,
  storageEncrypted: true,
  dbClusterParameterGroupName: clusterParams.name,
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            ...tls_defaults_1.RDS_TLS_SOURCES.filter((s) => /Aurora|PostgreSQL DB instance \(|MySQL DB instance \(/.test(s.title)),
            {
                title: "Aurora MySQL 1.* is MySQL 5.6 compatible and was deprecated on February 28, 2023",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraMySQLReleaseNotes/AuroraMySQL.Updates.1234.html",
            },
            {
                title: "terraform-provider-aws#27960: aws_rds_cluster engine made required, its default `aurora` removed (v5)",
                url: "https://github.com/hashicorp/terraform-provider-aws/issues/27960",
            },
            {
                title: "Working with DB cluster parameter groups for Multi-AZ DB clusters",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithDBClusterParamGroups.html",
            },
            {
                title: "Using Amazon Aurora Serverless v1 (cluster parameters supported in serverless mode)",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html",
            },
            {
                title: "AWS re:Post: cluster parameters supported by Aurora Serverless v1 (aurora-mysql5.7 lists require_secure_transport)",
                url: "https://www.repost.aws/questions/QU5byztOp6S4-0tSoUS00jvg/aws-rds-aurora-mysql-serverless-ft-min-word-len-is-not-being-recognized",
            },
            {
                title: "Terraform AWS provider: aws_rds_cluster",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster",
            },
            {
                title: "Terraform AWS provider: aws_rds_cluster_parameter_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_parameter_group",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "rds", "aurora"],
    },
    check(cluster, ctx) {
        if (cluster.type === CLUSTER_GROUP.type) {
            const finding = (0, tls_enforcement_1.unusedGroupFinding)(ctx.graph, cluster, GROUP_USES, () => false);
            if (finding)
                ctx.report({ messageId: finding.messageId, data: finding.data, at: finding.at });
            return;
        }
        const ref = (0, tls_enforcement_1.groupOf)(ctx.graph, cluster, CLUSTER_GROUP);
        // No default engine is assumed: the provider requires `engine` since v5, and its old default `aurora` (Aurora MySQL
        // version 1) can no longer be created, so a cluster without one is a module input left open, not a legacy cluster.
        const facts = (0, tls_enforcement_1.engineFactsOf)(ctx.graph, cluster, ref, { sourceAttr: "replication_source_identifier" });
        const verdict = (0, tls_enforcement_1.tlsVerdict)(cluster, ref, ctx.known(facts, ["engine"]), CLUSTER_GROUP);
        if (verdict.ok === true)
            return;
        // db2comm never applies to a cluster (Db2 has no cluster engine); its wording would be wrong here anyway.
        const messageId = verdict.messageId === "db2ClearTextListener" ? "parameterOff" : verdict.messageId;
        ctx.report({ messageId, data: verdict.data, at: verdict.at, ...(0, tls_enforcement_1.groupDependency)(ref, verdict.data) });
    },
});
