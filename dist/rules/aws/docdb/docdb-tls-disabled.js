"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const views_1 = require("../../../core/views");
const GROUP_TYPE = "aws_docdb_cluster_parameter_group";
const GROUP_ATTR = "db_cluster_parameter_group_name";
const CLUSTER_TYPE = "aws_docdb_cluster";
/** The values AWS accepts for the `tls` cluster parameter, and what each lets clients do (API_Parameter). */
const TLS_VALUES = {
    enabled: "TLS 1.0 through 1.3",
    disabled: "no TLS: connections are unencrypted",
    "fips-140-3": "FIPS 140-3 compliant TLS only",
    "tls1.2+": "TLS 1.2 and later",
    "tls1.3+": "TLS 1.3 only",
};
/** What a cluster without a custom group gets: AWS turns encryption in transit on by default. */
const DEFAULT_TLS = "enabled";
/** "disabled" turns TLS off, every other documented value on; anything else is a value AWS does not document. */
function tlsSwitch(value) {
    const v = value.toLowerCase();
    if (!(v in TLS_VALUES))
        return undefined;
    return v === "disabled" ? "off" : "on";
}
const DOCUMENTED = Object.keys(TLS_VALUES).map((v) => `"${v}"`).join(", ");
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-DOCDB-001",
        name: "docdb-tls-disabled",
        title: "A DocumentDB cluster's parameter group turns TLS off, so clients connect without encryption.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: [CLUSTER_TYPE, GROUP_TYPE],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            tlsDisabled: "Cluster parameter group {{group}} sets tls = \"{{value}}\": DocumentDB clusters that use it accept unencrypted connections, " +
                "so queries, documents and credentials cross the network in clear text. Set tls to \"tls1.2+\" (or \"enabled\") and reboot the " +
                "cluster's instances.",
            tlsValueDisallowed: "Cluster parameter group {{group}} sets tls = \"{{value}}\" ({{meaning}}), a value the disallowedTlsValues option forbids. " +
                "Choose one of: {{allowed}}.",
            groupDefaultTlsDisallowed: "Cluster parameter group {{group}} does not set tls, so it keeps the default \"enabled\" (TLS 1.0 through 1.3), a value the " +
                "disallowedTlsValues option forbids. Set tls to one of: {{allowed}}.",
            unusedGroupTlsDisabled: "Cluster parameter group {{group}} sets tls = \"{{value}}\": no DocumentDB cluster in the scanned input is known to use it, " +
                "but any cluster that does accepts unencrypted connections{{unsure}}. Set tls to \"tls1.2+\" (or \"enabled\").",
            defaultTlsDisallowed: "Cluster {{cluster}} uses {{source}}, whose tls is \"enabled\" (TLS 1.0 through 1.3), a value the disallowedTlsValues option " +
                "forbids. Give it a cluster parameter group that sets tls to one of: {{allowed}}.",
        },
        rationale: "Amazon DocumentDB requires TLS for every connection while the cluster parameter `tls` is on, which is the default for new " +
            "clusters. A cluster parameter group that sets `tls = \"disabled\"` makes the cluster accept plain-text connections: " +
            "documents, queries and the credentials clients send cross the network unencrypted. The parameter group is followed from the " +
            "cluster's `db_cluster_parameter_group_name` (a reference, or a literal name matching a group in the input), and the finding " +
            "points at the `tls` value in the group, once per group however many clusters use it. Any other allowed value (`enabled`, " +
            "`tls1.2+`, `tls1.3+`, `fips-140-3`) encrypts; `enabled` still accepts TLS 1.0 and 1.1, which a stricter policy can forbid with " +
            "the `disallowedTlsValues` option (AWS Config's docdb-cluster-encrypted-in-transit rule has the same knob). A group that no " +
            "cluster in the input uses is still judged when it explicitly sets `tls = \"disabled\"` (platform teams keep shared " +
            "parameter groups in their own modules); the `disallowedTlsValues` option applies only to groups a cluster uses. Checkov " +
            "(CKV_AWS_90) also judges groups alone, but matches only the exact string \"disabled\".",
        defaults: "No `db_cluster_parameter_group_name`, or a `default.*` group, means the engine's default cluster parameter group, where `tls` " +
            "is enabled (\"By default, encryption in transit is enabled for newly created Amazon DocumentDB clusters\"; default groups " +
            "cannot be modified): it passes. A custom group that does not set `tls` keeps that default. A group named by a literal that " +
            "matches no `aws_docdb_cluster_parameter_group` in the input is an existing group moat cannot see: not evaluated. Values " +
            "compare case-insensitively; a value AWS does not document is not evaluated, with the value in the reason, in a used " +
            "group and in an unused one alike.",
        remediation: {
            text: "Set the `tls` parameter of the cluster parameter group to `tls1.2+` (or `enabled`, `tls1.3+`, `fips-140-3`), or remove the " +
                "parameter to get the default. Static parameters apply after the instances reboot.",
            hcl: `resource "aws_docdb_cluster_parameter_group" "tls" {
  name   = "docdb-tls"
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
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.tls.name
}`,
            pulumi: `const tls = new aws.docdb.ClusterParameterGroup("tls", {
  family: "docdb5.0",
  parameters: [{ name: "tls", value: "tls1.2+" }],
});

new aws.docdb.Cluster("orders", {
  clusterIdentifier: "orders",
  masterUsername: "orders_admin",
  manageMasterUserPassword: true,
  dbClusterParameterGroupName: tls.name,
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS: Encrypting data in transit (Amazon DocumentDB)",
                url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html",
            },
            {
                title: "AWS DocumentDB API: Parameter (allowed values of tls)",
                url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/API_Parameter.html",
            },
            {
                title: "AWS Config: docdb-cluster-encrypted-in-transit",
                url: "https://docs.aws.amazon.com/config/latest/developerguide/docdb-cluster-encrypted-in-transit.html",
            },
            {
                title: "Terraform AWS provider: aws_docdb_cluster_parameter_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group",
            },
            {
                title: "Terraform AWS provider: aws_docdb_cluster",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster",
            },
        ],
        options: {
            type: "object",
            properties: {
                disallowedTlsValues: {
                    type: "array",
                    items: { enum: Object.keys(TLS_VALUES) },
                    uniqueItems: true,
                    default: ["disabled"],
                    description: "Values of the tls cluster parameter that fail. Add \"enabled\" to require TLS 1.2 or later (clusters without a custom " +
                        "group then fail too, since their default is \"enabled\").",
                },
            },
            additionalProperties: false,
        },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "documentdb"],
    },
    check(resource, ctx) {
        if (resource.type === GROUP_TYPE) {
            // A group some cluster in the input uses is judged through that cluster, below; an unused one only when it turns TLS off.
            const finding = (0, views_1.judgeUnusedGroup)(ctx, resource, {
                uses: [{ attr: GROUP_ATTR, types: [CLUSTER_TYPE] }],
                parameter: "tls",
                classify: tlsSwitch,
                documented: DOCUMENTED,
            });
            if (finding === undefined)
                return;
            ctx.report({
                messageId: "unusedGroupTlsDisabled",
                data: { group: (0, values_1.asString)(resource.attrs.name) ?? (0, model_1.labelOf)(resource), value: finding.value, unsure: finding.unsure },
                at: finding.at,
            });
            return;
        }
        const cluster = resource;
        const disallowed = new Set(ctx.options.disallowedTlsValues.map((v) => v.toLowerCase()));
        const allowed = Object.keys(TLS_VALUES).filter((v) => !disallowed.has(v)).map((v) => `"${v}"`).join(", ") || "(none)";
        const ref = (0, views_1.parameterGroupOf)(ctx.graph, cluster, GROUP_ATTR, GROUP_TYPE);
        if (ref.kind === "unknown")
            return ctx.unknown(ref.reason, [GROUP_ATTR]);
        const reportDefault = (source) => {
            if (!disallowed.has(DEFAULT_TLS))
                return;
            ctx.report({
                messageId: "defaultTlsDisallowed",
                data: { cluster: (0, values_1.asString)(cluster.attrs.cluster_identifier) ?? (0, model_1.labelOf)(cluster), source, allowed },
                at: [GROUP_ATTR],
            });
        };
        if (ref.kind === "none")
            return reportDefault("the default cluster parameter group");
        if (ref.kind === "default")
            return reportDefault(`the default cluster parameter group ${ref.name}`);
        const group = ref.group;
        const groupName = (0, values_1.asString)(group.attrs.name) ?? (0, model_1.labelOf)(group);
        const tls = ctx.known((0, views_1.parameterValue)(group, "tls"), ["parameter"], group);
        if (tls === undefined) {
            if (disallowed.has(DEFAULT_TLS)) {
                ctx.report({ messageId: "groupDefaultTlsDisallowed", data: { group: groupName, allowed }, resource: group });
            }
            return;
        }
        const value = ctx.read(group).string(tls.at)?.trim();
        if (value === undefined)
            return;
        const v = value.toLowerCase();
        if (tlsSwitch(v) === undefined) {
            return ctx.unknown((0, values_1.unknown)(`tls = "${value}" is neither on nor off: AWS documents ${DOCUMENTED}`), tls.at, group);
        }
        if (!disallowed.has(v)) {
            // A group that may not be created (unknown count or for_each) cannot vouch for the cluster.
            return (0, views_1.requireCreated)(group, "parameter group ", [GROUP_ATTR], cluster);
        }
        ctx.report({
            messageId: v === "disabled" ? "tlsDisabled" : "tlsValueDisallowed",
            data: { group: groupName, value, meaning: TLS_VALUES[v], allowed },
            at: tls.at,
            resource: group,
        });
    },
});
