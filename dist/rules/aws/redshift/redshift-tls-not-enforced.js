"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const views_1 = require("../../../core/views");
const CLUSTER_TYPE = "aws_redshift_cluster";
const GROUP_TYPE = "aws_redshift_parameter_group";
const GROUP_ATTR = "cluster_parameter_group_name";
/**
 * require_ssl in each parameter group family's defaults. redshift-1.0: false (the Management Guide's table as AWS
 * archived it in 2023). redshift-2.0: true (the current table; AWS introduced the family and its default group
 * default.redshift-2.0 on 10 January 2025 for new and restored clusters). A custom group starts with its family's
 * defaults ("Initially, the parameter values in a custom parameter group are the same as in the default parameter group").
 */
const FAMILY_REQUIRES_SSL = { "redshift-1.0": false, "redshift-2.0": true };
/** require_ssl is a boolean parameter: "true" requires SSL; see the body for the other spellings. */
function requireSslSwitch(value) {
    const v = value.trim().toLowerCase();
    // AWS documents true and false; the other spellings of a false boolean ("0", "off", "no") are off either way (AWS
    // Config's redshift-require-tls-ssl fails anything but true), while "1", "on" or "yes" may or may not turn TLS on.
    if (v === "true")
        return "on";
    return ["false", "0", "off", "no"].includes(v) ? "off" : undefined;
}
function familyOfDefaultGroup(name) {
    return name.toLowerCase().replace(/^default\./, "");
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-REDSHIFT-001",
        name: "redshift-tls-not-enforced",
        title: "A Redshift cluster's parameter group does not require SSL, so clients may connect without encryption.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: [CLUSTER_TYPE, GROUP_TYPE],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            requireSslOff: "Parameter group {{group}} sets require_ssl = \"{{value}}\": Redshift clusters that use it accept unencrypted connections, so " +
                "queries, results and credentials can cross the network in clear text. Set require_ssl to \"true\".",
            unusedGroupOff: "Parameter group {{group}} sets require_ssl = \"{{value}}\": no Redshift cluster in the scanned input is known to use it" +
                "{{unsure}}, but any cluster that does accepts unencrypted connections. Set require_ssl to \"true\".",
            familyDefaultOff: "Parameter group {{group}} does not set require_ssl, and the default of its family {{family}} is false: clusters that use it " +
                "accept unencrypted connections. Add a parameter block with name = \"require_ssl\" and value = \"true\".",
            defaultGroupOff: "Cluster {{cluster}} uses the default parameter group {{name}}, where require_ssl is false and cannot be changed: it accepts " +
                "unencrypted connections. Use a parameter group that sets require_ssl = \"true\" (or default.redshift-2.0).",
        },
        rationale: "A Redshift cluster accepts both SSL and plain-text client connections unless its parameter group sets `require_ssl` to true; " +
            "without it, a client that does not ask for TLS (or an attacker who strips it) sends queries, result sets and database " +
            "credentials in clear text. The parameter group is followed from `cluster_parameter_group_name` (a reference, or a literal " +
            "name matching an `aws_redshift_parameter_group` in the input). A group that sets `require_ssl` to \"false\" is " +
            "reported at that value, once per group however many clusters use it; a group that does not set it inherits its family's " +
            "default (false for redshift-1.0, true for redshift-2.0). AWS changed the default on 10 January 2025: clusters created or " +
            "restored since then without a parameter group get default.redshift-2.0, which requires SSL, while clusters created earlier keep " +
            "default.redshift-1.0, which does not. Terraform code without `cluster_parameter_group_name` cannot say which applies (the same " +
            "code manages both), so the check is not evaluated and the reason says exactly this (it is counted, and listed with " +
            "--unknown=warn): naming the group makes the code, not the cluster's age, decide. A new cluster created from such code " +
            "today requires SSL, so failing it would be a false alarm. A parameter group that no cluster in the input uses is still judged " +
            "when it sets `require_ssl` to \"false\": platform teams keep shared parameter groups in their own modules, and " +
            "the clusters that use them live elsewhere. Such a group that does not set `require_ssl` is not judged: only an explicit value " +
            "says the group turns TLS off, and its family's default is judged on the clusters that use it. A group that a cluster in the " +
            "input uses is reported once, through that cluster, never again on its own. Checkov " +
            "(CKV_AWS_105) judges `aws_redshift_parameter_group` alone, so it also fails groups no cluster uses that only leave " +
            "`require_ssl` unset, and never sees a cluster that uses a default group; CloudSploit's check covers only non-default groups.",
        defaults: "No `cluster_parameter_group_name`: AWS picks the default group, default.redshift-2.0 (require_ssl = true) for clusters created " +
            "or restored since 10 January 2025 and default.redshift-1.0 (require_ssl = false) before; since code cannot tell which, the " +
            "check is not evaluated (an unknown, with that reason). `default.redshift-1.0` named explicitly fails, `default.redshift-2.0` passes " +
            "(AWS Management Guide, Amazon Redshift parameter groups; AWS Security Blog, January 2025). A custom group that does not set " +
            "`require_ssl` takes its family's default. A group named by a literal that matches no `aws_redshift_parameter_group` in the " +
            "input, or whose family moat does not know, is not evaluated. `require_ssl` compares case-insensitively; a value other than \"true\" or \"false\" is not evaluated, with the value in the reason.",
        remediation: {
            text: "Attach a parameter group that sets `require_ssl = \"true\"` (or name `default.redshift-2.0`), then reboot the cluster so the " +
                "static parameter applies. Connect clients with sslmode=verify-full.",
            hcl: `resource "aws_redshift_parameter_group" "tls" {
  name   = "warehouse-tls"
  family = "redshift-2.0"

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
}`,
            pulumi: `const tls = new aws.redshift.ParameterGroup("tls", {
  family: "redshift-2.0",
  parameters: [{ name: "require_ssl", value: "true" }],
});

new aws.redshift.Cluster("warehouse", {
  clusterIdentifier: "warehouse",
  nodeType: "ra3.xlplus",
  masterUsername: "warehouse_admin",
  manageMasterPassword: true,
  clusterParameterGroupName: tls.name,
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS: Amazon Redshift parameter groups (default values; require_ssl true since 10 January 2025)",
                url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-parameter-groups.html",
            },
            {
                title: "AWS Security Blog: Amazon Redshift enhances security by changing default behavior in 2025",
                url: "https://aws.amazon.com/blogs/security/amazon-redshift-enhances-security-by-changing-default-behavior-in-2025/",
            },
            {
                title: "AWS: Configuring security options for connections (Redshift)",
                url: "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html",
            },
            {
                title: "AWS Config: redshift-require-tls-ssl",
                url: "https://docs.aws.amazon.com/config/latest/developerguide/redshift-require-tls-ssl.html",
            },
            {
                title: "Terraform AWS provider: aws_redshift_parameter_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_parameter_group",
            },
            {
                title: "Terraform AWS provider: aws_redshift_cluster",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "redshift"],
    },
    check(resource, ctx) {
        /** Judges the require_ssl value a group sets: "true" calls `whenRequired`, "false" is the finding, anything else unknown. */
        const judgeSetting = (group, at, whenRequired) => {
            const value = ctx.read(group).string(at)?.trim() ?? "";
            const state = requireSslSwitch(value);
            if (state === undefined)
                return ctx.unknown((0, values_1.unknown)(`require_ssl = "${value}" is neither on nor off: AWS documents true or false`), at, group);
            if (state === "on")
                return whenRequired();
            ctx.report({ messageId: "requireSslOff", data: { group: (0, values_1.asString)(group.attrs.name) ?? (0, model_1.labelOf)(group), value }, at, resource: group });
        };
        if (resource.type === GROUP_TYPE) {
            // A group that a cluster in the input uses is judged through that cluster, once; one no cluster uses only on what it sets.
            const finding = (0, views_1.judgeUnusedGroup)(ctx, resource, {
                uses: [{ attr: GROUP_ATTR, types: [CLUSTER_TYPE] }],
                parameter: "require_ssl",
                classify: requireSslSwitch,
                documented: "true or false",
            });
            if (finding === undefined)
                return;
            ctx.report({
                messageId: "unusedGroupOff",
                data: { group: (0, values_1.asString)(resource.attrs.name) ?? (0, model_1.labelOf)(resource), value: finding.value, unsure: finding.unsure },
                at: finding.at,
            });
            return;
        }
        const cluster = resource;
        const clusterName = (0, values_1.asString)(cluster.attrs.cluster_identifier) ?? (0, model_1.labelOf)(cluster);
        const ref = (0, views_1.parameterGroupOf)(ctx.graph, cluster, GROUP_ATTR, GROUP_TYPE);
        switch (ref.kind) {
            case "unknown":
                return ctx.unknown(ref.reason, [GROUP_ATTR]);
            case "none":
                return ctx.unknown((0, values_1.unknown)(`${clusterName} sets no cluster_parameter_group_name, so whether it requires SSL depends on when it was created: clusters ` +
                    "created or restored since 10 January 2025 get default.redshift-2.0 (require_ssl = true), older ones keep " +
                    "default.redshift-1.0 (require_ssl = false); name a parameter group that sets require_ssl = \"true\" so the code decides"), [GROUP_ATTR]);
            case "default": {
                const requires = FAMILY_REQUIRES_SSL[familyOfDefaultGroup(ref.name)];
                if (requires === undefined)
                    return ctx.unknown((0, values_1.unknown)(`moat does not know the require_ssl default of ${ref.name}`), [GROUP_ATTR]);
                if (!requires)
                    ctx.report({ messageId: "defaultGroupOff", data: { cluster: clusterName, name: ref.name }, at: [GROUP_ATTR] });
                return;
            }
            case "resource":
                break;
        }
        const group = ref.group;
        const groupName = (0, values_1.asString)(group.attrs.name) ?? (0, model_1.labelOf)(group);
        const groupReader = ctx.read(group);
        const setting = ctx.known((0, views_1.parameterValue)(group, "require_ssl"), ["parameter"], group);
        if (setting === undefined) {
            const family = groupReader.string("family")?.trim() ?? "(not set)";
            const requires = FAMILY_REQUIRES_SSL[family.toLowerCase()];
            if (requires === undefined) {
                return ctx.unknown((0, values_1.unknown)(`moat does not know the require_ssl default of parameter group family "${family}"`), ["family"], group);
            }
            if (!requires)
                ctx.report({ messageId: "familyDefaultOff", data: { group: groupName, family }, at: ["family"], resource: group });
            return;
        }
        // A group that may not be created (unknown count or for_each) cannot vouch for the cluster.
        judgeSetting(group, setting.at, () => (0, views_1.requireCreated)(group, "parameter group ", [GROUP_ATTR], cluster));
    },
});
