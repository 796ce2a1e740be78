"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const reader_1 = require("../../../core/reader");
const values_1 = require("../../../core/values");
const tls_defaults_1 = require("./tls-defaults");
const tls_enforcement_1 = require("./tls-enforcement");
const OPTION_GROUP = { attr: "option_group_name", type: "aws_db_option_group" };
const PARAMETER_GROUP = { attr: "parameter_group_name", type: "aws_db_parameter_group" };
/**
 * What can use a DB parameter group: a DB instance (`parameter_group_name`), and a DB cluster for its members
 * (`db_instance_parameter_group_name`, only with a major version upgrade). Either way the group is judged through them.
 */
const GROUP_USES = [
    { attr: PARAMETER_GROUP.attr, types: ["aws_db_instance"] },
    { attr: "db_instance_parameter_group_name", types: ["aws_rds_cluster"] },
];
/**
 * Oracle has no TLS parameter. Its SSL option opens a second, TLS port and leaves the clear-text listener open, so it
 * never forces encryption; native network encryption does, when the server requires it
 * (NATIVE_NETWORK_ENCRYPTION with SQLNET.ENCRYPTION_SERVER = REQUIRED; AWS's default for that setting is Requested).
 */
function oracleVerdict(graph, instance) {
    const ref = (0, tls_enforcement_1.groupOf)(graph, instance, OPTION_GROUP);
    if (ref.kind === "unknown")
        (0, reader_1.notEvaluated)(ref.reason, [OPTION_GROUP.attr], instance);
    if (ref.kind !== "resource") {
        const group = ref.kind === "default" ? `the default option group "${ref.name}"` : "no option group";
        return { ok: false, messageId: "oracleNoOptionGroup", data: { group } };
    }
    const group = ref.group;
    // What the group holds decides the instance: an unknown there leaves the instance not evaluated.
    const groupReader = (0, reader_1.read)(group).onBehalfOf(instance, [OPTION_GROUP.attr]);
    const nne = (0, tls_enforcement_1.optionsNamed)(groupReader, "NATIVE_NETWORK_ENCRYPTION");
    if (nne.length > 0) {
        // The last setting written wins, as in the option group API.
        let server;
        for (const option of nne) {
            for (const s of option.blocks("option_settings"))
                if (s.upper("name") === "SQLNET.ENCRYPTION_SERVER")
                    server = s;
        }
        const value = server ? (server.string("value") ?? "") : "";
        if (value.toUpperCase() === "REQUIRED")
            return (0, tls_enforcement_1.vouchedBy)(instance, group, OPTION_GROUP);
        const why = server
            ? `sets SQLNET.ENCRYPTION_SERVER = "${value}" (only REQUIRED refuses clients that do not ask for encryption)`
            : "adds NATIVE_NETWORK_ENCRYPTION without SQLNET.ENCRYPTION_SERVER, whose default Requested still accepts clients that do not ask for encryption";
        return { ok: false, messageId: "oracleNotEnforced", data: { group: (0, model_1.labelOf)(group), why } };
    }
    const ssl = (0, tls_enforcement_1.optionsNamed)(groupReader, "SSL");
    const why = ssl.length > 0
        ? "adds only the SSL option, which opens a TLS port but leaves the clear-text listener open"
        : "neither requires native network encryption nor adds the SSL option";
    return { ok: false, messageId: "oracleNotEnforced", data: { group: (0, model_1.labelOf)(group), why } };
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-RDS-001",
        name: "rds-instance-tls-not-enforced",
        title: "An RDS DB instance accepts client connections that are not encrypted in transit.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_db_instance", "aws_db_parameter_group"],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            parameterOff: "The {{engine}} instance uses {{group}}, which sets {{parameter}} = \"{{value}}\": the database accepts connections without TLS, so credentials and data can cross the network in clear text.",
            db2ClearTextListener: "The {{engine}} instance uses {{group}}, which sets db2comm = \"{{value}}\": TLS is on, but the TCPIP listener still accepts clear-text connections. Set db2comm to \"SSL\" to require TLS.",
            parameterNotSet: "The {{engine}} instance uses {{group}}, which does not set {{parameter}}; its default for this engine version is off, so the database accepts connections without TLS.",
            engineDefault: "The {{engine}} instance uses {{group}}, where {{parameter}} is off by default: the database accepts connections without TLS. Attach a parameter group that requires TLS.",
            cannotEnforce: "The {{engine}} instance cannot require TLS: {{why}}, so it accepts connections without TLS whatever its parameter group says. Upgrade to {{upgrade}} and set {{parameter}} = ON in its parameter group.",
            unusedGroupOff: "DB parameter group {{group}} sets {{parameter}} = \"{{value}}\": every {{engine}} instance given this group accepts connections without TLS. No DB instance in the scanned input is known to use it{{unsure}}, so the group is reported itself (shared groups often live in a module of their own). Set {{parameter}} = {{on}}.",
            unusedGroupCannotEnforce: "DB parameter group {{group}} sets {{parameter}} = \"{{value}}\" for {{engine}}, which cannot require TLS: {{why}}, so every instance given this group accepts connections without TLS whatever the group says. No DB instance in the scanned input is known to use it{{unsure}}, so the group is reported itself. Upgrade to {{upgrade}} and set {{parameter}} = ON in a parameter group of the new family.",
            oracleNotEnforced: "The Oracle instance's option group {{group}} {{why}}, so clients can connect without encryption. Require native network encryption: option NATIVE_NETWORK_ENCRYPTION with SQLNET.ENCRYPTION_SERVER = REQUIRED.",
            oracleNoOptionGroup: "The Oracle instance uses {{group}}, so nothing requires encrypted connections: clients can connect in clear text. Attach an option group with NATIVE_NETWORK_ENCRYPTION and SQLNET.ENCRYPTION_SERVER = REQUIRED.",
        },
        rationale: "RDS creates every DB instance with a server certificate, but most engines still accept unencrypted connections unless the " +
            "instance's DB parameter group forbids them: `rds.force_ssl` = 1 for PostgreSQL and SQL Server, `require_secure_transport` = " +
            "ON/1 for MySQL and MariaDB, `db2comm` = `SSL` for Db2 (`TCPIP,SSL` turns TLS on but keeps the clear-text listener). A client " +
            "that does not ask for TLS (`sslmode=prefer` falling back, a misconfigured driver, an attacker downgrading the connection) " +
            "then sends credentials and data in clear text. Whether an instance without such a setting is safe depends on the engine " +
            "and its major version: RDS for PostgreSQL forces TLS by default from version 15, RDS for MariaDB from 11.8 and RDS for MySQL " +
            "for 9.7, while older versions, SQL Server and Db2 default to off; the rule reads the version from `engine_version` or the " +
            "group's `family` and reports an unknown default as not evaluated. Oracle has no such parameter: its SSL option opens a " +
            "second port and leaves the clear-text one open, so only native network encryption with `SQLNET.ENCRYPTION_SERVER = " +
            "REQUIRED` in the instance's option group forces encryption (closing the clear-text port in the security groups is not " +
            "visible here). Aurora instances are skipped: their TLS setting is the cluster's (MOAT-RDS-002). Some versions have no TLS " +
            "parameter at all: RDS for MySQL 5.6 (MySQL added require_secure_transport in 5.7.8, worklog WL#7709) and RDS for MariaDB " +
            "before 10.5 (AWS: \"only supported for MariaDB version 10.5 and higher\"); there the finding says that no parameter group " +
            "can help and names the upgrade, whatever the group holds. AWS documents rds.force_ssl for RDS for PostgreSQL and SQL Server " +
            "with no version limit. A DB parameter group that no DB instance (`parameter_group_name`) or DB cluster " +
            "(`db_instance_parameter_group_name`) in the input uses is judged on its own when it sets its engine's TLS parameter to a " +
            "value that does not force TLS (`rds.force_ssl = 0`, `require_secure_transport = OFF`): platform teams keep shared groups " +
            "in modules of their own. A group an instance in the input uses is reported through that instance only; an unused group " +
            "that does not set the parameter is not judged (its default depends on the version of whatever uses it), and Aurora " +
            "instance-level groups are left to MOAT-RDS-002. Checkov (CKV2_AWS_69) " +
            "passes every instance without a parameter group (wrong for PostgreSQL 14 and older, MySQL, SQL Server) and accepts only " +
            "the value \"1\", so it fails `require_secure_transport = ON`; Sentinel fails every instance without a parameter group " +
            "(wrong for PostgreSQL 15 and later); neither looks at engine versions or Oracle option groups.",
        defaults: "No `parameter_group_name`, or a `default.*` group, means the engine's default parameter group; its TLS default is taken " +
            "per engine and major version from AWS's pages (rds.force_ssl 1 for RDS for PostgreSQL 15 and later, 0 before; " +
            "require_secure_transport OFF for MySQL 8.4 and lower and for MariaDB up to 11.4, ON for MySQL 9.7 and MariaDB 11.8 and " +
            "later; no require_secure_transport on MySQL 5.6 or MariaDB before 10.5; rds.force_ssl 0 for SQL Server; Db2 needs db2comm " +
            "in a custom group). Without `engine_version` and without a group " +
            "family, a version-dependent default is not evaluated (AWS picks its current default version). A group named but not in " +
            "the input is not evaluated. For Oracle, no option group or a `default:*` one has no NATIVE_NETWORK_ENCRYPTION option, and " +
            "SQLNET.ENCRYPTION_SERVER defaults to Requested.",
        remediation: {
            text: "Attach a DB parameter group that requires TLS (PostgreSQL and SQL Server: rds.force_ssl = 1; MySQL and MariaDB: " +
                "require_secure_transport = ON; Db2: db2comm = SSL). For Oracle, attach an option group with NATIVE_NETWORK_ENCRYPTION " +
                "and SQLNET.ENCRYPTION_SERVER = REQUIRED. Make sure clients connect with TLS (e.g. sslmode=verify-full) before applying.",
            hcl: `resource "aws_db_parameter_group" "postgres" {
  name   = "app-postgres16"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
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
  parameter_group_name        = aws_db_parameter_group.postgres.name
}`,
            pulumi: `const pg = new aws.rds.ParameterGroup("postgres", {
  family: "postgres16",
  parameters: [{ name: "rds.force_ssl", value: "1" }],
});

new aws.rds.Instance("app", {
  engine: "postgres",
  engineVersion: "16.4",
  instanceClass: "db.t4g.medium",
  allocatedStorage: 20,
  username: "app",
  manageMasterUserPassword: true,
  storageEncrypted: true,
  parameterGroupName: pg.name,
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            ...tls_defaults_1.RDS_TLS_SOURCES.filter((s) => !/Aurora/.test(s.title)),
            {
                title: "Oracle native network encryption (use NNE or SSL, not both)",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.Oracle.Options.NetworkEncryption.html",
            },
            {
                title: "NATIVE_NETWORK_ENCRYPTION option settings (SQLNET.ENCRYPTION_SERVER)",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Oracle.Options.NNE.Options.html",
            },
            {
                title: "Terraform AWS provider: aws_db_instance",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
            },
            {
                title: "Terraform AWS provider: aws_db_parameter_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_parameter_group",
            },
            {
                title: "Terraform AWS provider: aws_db_option_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_option_group",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "rds"],
    },
    check(instance, ctx) {
        if (instance.type === PARAMETER_GROUP.type) {
            // Aurora instance-level groups do not hold the TLS setting: the cluster's group does (MOAT-RDS-002).
            const finding = (0, tls_enforcement_1.unusedGroupFinding)(ctx.graph, instance, GROUP_USES, (engine) => engine.startsWith("aurora"));
            if (finding)
                ctx.report({ messageId: finding.messageId, data: finding.data, at: finding.at });
            return;
        }
        const ref = (0, tls_enforcement_1.groupOf)(ctx.graph, instance, PARAMETER_GROUP);
        const facts = (0, tls_enforcement_1.engineFactsOf)(ctx.graph, instance, ref, { sourceAttr: "replicate_source_db" });
        if ((0, values_1.isUnknown)(facts)) {
            // Without the engine, a group that sets exactly one TLS parameter still decides.
            const verdict = ref.kind === "resource" ? (0, tls_enforcement_1.verdictWithoutEngine)(instance, ref.group, PARAMETER_GROUP) : undefined;
            if (verdict === undefined)
                return ctx.unknown(facts, ["engine"]);
            if (verdict.ok === false)
                ctx.report({ messageId: verdict.messageId, data: verdict.data, at: verdict.at, ...(0, tls_enforcement_1.groupDependency)(ref, verdict.data) });
            return;
        }
        // Aurora instances take their TLS setting from the cluster: MOAT-RDS-002 judges it there.
        if (facts.engine.startsWith("aurora"))
            return;
        if ((0, tls_defaults_1.engineFamilyOf)(facts.engine) === "oracle") {
            const verdict = oracleVerdict(ctx.graph, instance);
            if (verdict.ok === false)
                ctx.report({ messageId: verdict.messageId, data: verdict.data, at: [OPTION_GROUP.attr] });
            return;
        }
        const verdict = (0, tls_enforcement_1.tlsVerdict)(instance, ref, facts, PARAMETER_GROUP);
        if (verdict.ok === false)
            ctx.report({ messageId: verdict.messageId, data: verdict.data, at: verdict.at, ...(0, tls_enforcement_1.groupDependency)(ref, verdict.data) });
    },
});
