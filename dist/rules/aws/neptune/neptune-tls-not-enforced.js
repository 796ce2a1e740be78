"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const views_1 = require("../../../core/views");
const GROUP_TYPE = "aws_neptune_cluster_parameter_group";
const GROUP_ATTR = "neptune_cluster_parameter_group_name";
const PARAMETER = "neptune_enforce_ssl";
/** From this engine release Neptune accepts only HTTPS, whatever `neptune_enforce_ssl` says (engine release notes 1.0.4.0). */
const HTTPS_ONLY_FROM = "1.0.4.0";
/**
 * 1.0.4.0 and 1.0.4.1 still honoured a group that turned enforcement off until their patches R2, which AWS reverted to a
 * manual install (engine release notes 1.0.4.0): the configuration does not say which patch a cluster runs.
 */
const PATCH_DEPENDENT = new Set(["1.0.4.0", "1.0.4.1"]);
/** An engine version's four numbers, dotted (`1.2.1.0`, also from `1.2.1.0.R3`), or undefined when it is not in Neptune's format. */
function versionOf(v) {
    const m = /^(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?/.exec(v.trim());
    return m ? [m[1], m[2], m[3], m[4] ?? "0"].map(Number).join(".") : undefined;
}
/** The clusters of the input that use `group` and write an engine_version older than 1.0.4.0, in input order. */
function olderUsers(graph, group) {
    return (0, views_1.groupUsers)(graph, group, GROUP_ATTR, "aws_neptune_cluster").users.filter((c) => {
        const version = (0, values_1.asString)(c.attrs.engine_version);
        const parsed = version === undefined ? undefined : versionOf(version);
        return parsed !== undefined && (0, values_1.compareVersions)(parsed, HTTPS_ONLY_FROM) < 0;
    });
}
/** What a `neptune_enforce_ssl` value means: "0" lets HTTP in, "1" enforces TLS (API_Parameter: a boolean 0/1 parameter). */
function enforcementOf(value) {
    const v = value.trim().toLowerCase();
    if (v === "0" || v === "false")
        return "off";
    if (v === "1" || v === "true")
        return "on";
    return undefined;
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-NEPTUNE-002",
        name: "neptune-tls-not-enforced",
        title: "A Neptune cluster parameter group turns TLS enforcement off, so clusters on older engines accept plain HTTP.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_neptune_cluster", GROUP_TYPE],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            enforcementOff: "Cluster parameter group {{group}} sets neptune_enforce_ssl = {{value}}, and it is used by {{clusters}}, on engines older " +
                "than 1.0.4.0, where that lets clients connect over plain HTTP in the Regions that allowed HTTP at all (moat cannot tell " +
                "the Region): Gremlin, SPARQL and openCypher queries, results and IAM-signed requests cross the network unencrypted. " +
                "Remove the parameter (or set it to 1), and upgrade the engine to 1.0.4.0 or later, which accepts only HTTPS.",
            unusedGroupEnforcementOff: "Cluster parameter group {{group}} (family {{family}}) sets neptune_enforce_ssl = {{value}}: no Neptune cluster in the " +
                "scanned input is known to use it{{unsure}}, but any cluster on an engine older than 1.0.4.0 that does accepts plain " +
                "HTTP, in the Regions that allowed HTTP at all (moat cannot tell the Region). Remove the parameter or set it to 1.",
        },
        rationale: "Beginning with engine version 1.0.4.0 (October 2020), Amazon Neptune only accepts TLS (HTTPS, TLS 1.2 or later) on every " +
            "instance and cluster endpoint, whatever the cluster parameter group says. Before it, the cluster parameter " +
            "`neptune_enforce_ssl` decided: new DB cluster parameter groups require TLS by default (1), the default group cannot be " +
            "edited, and a custom group that sets it to 0 lets clients connect over plain HTTP, in the Regions that allowed HTTP at all. " +
            "So a cluster fails when its group (followed from `neptune_cluster_parameter_group_name`, a reference or a literal name " +
            "matching a group in the input) sets `neptune_enforce_ssl = 0` and its `engine_version` is older than 1.0.4.0; the finding " +
            "points at the parameter in the group, once per group. Engine 1.0.4.0 and 1.0.4.1 still honoured 0 until their patch R2, " +
            "which AWS made a manual install: such a cluster is not evaluated. A group that no cluster in the input uses is still " +
            "judged when it explicitly sets 0 in family `neptune1` (engines before 1.2.0.0, the only family that can run an engine " +
            "before 1.0.4.0), since platform teams keep shared parameter groups in their own modules; in the `neptune1.2` family and " +
            "later the parameter has no effect.",
        defaults: "No group or a `default.*` group: TLS is required (\"any DB cluster that uses a new DB cluster parameter group is required " +
            "to use SSL by default\"; default groups cannot be modified), so it passes; a custom group without `neptune_enforce_ssl` " +
            "keeps that default. An absent `engine_version` is the default engine version AWS picks, 1.0.4.0 or later since October " +
            "2020 (\"Engine version 1.0.4.0 is now the default version for newly created Neptune clusters\"), so it passes; a version " +
            "moat cannot parse, or one not known yet, is not evaluated when the group turns enforcement off. A group named by a literal " +
            "that matches no group in the input is not evaluated, and so is a `neptune_enforce_ssl` value other than 0 or 1 (or " +
            "true/false), in a used group and an unused one alike.",
        remediation: {
            text: "Remove neptune_enforce_ssl from the cluster parameter group (or set it to 1) and upgrade the cluster to engine 1.0.4.0 or " +
                "later (the neptune1.2 family or later for new groups), where Neptune accepts only HTTPS. Clients must connect with https:// " +
                "and wss:// URLs.",
            hcl: `resource "aws_neptune_cluster_parameter_group" "graph" {
  name   = "graph"
  family = "neptune1.3"

  parameter {
    name  = "neptune_enable_audit_log"
    value = "1"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine                               = "neptune"
  engine_version                       = "1.3.2.1"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.graph.name
}`,
            pulumi: `const graphParams = new aws.neptune.ClusterParameterGroup("graph", {
  family: "neptune1.3",
  parameters: [{ name: "neptune_enable_audit_log", value: "1" }],
});

new aws.neptune.Cluster("graph", {
  clusterIdentifier: "graph",
  engine: "neptune",
  engineVersion: "1.3.2.1",
  storageEncrypted: true,
  neptuneClusterParameterGroupName: graphParams.name,
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "Amazon Neptune: Encrypting connections to your Amazon Neptune database with SSL/HTTPS",
                url: "https://docs.aws.amazon.com/neptune/latest/userguide/security-ssl.html",
            },
            {
                title: "Amazon Neptune Engine Version 1.0.4.0 (2020-10-12): TLS 1.2 and HTTPS required; the R2 patch note",
                url: "https://docs.aws.amazon.com/neptune/latest/userguide/engine-releases-1.0.4.0.html",
            },
            {
                title: "What's New (2020-10-28): Neptune engine release enforces TLS 1.2 and SSL client connections; default for new clusters",
                url: "https://aws.amazon.com/about-aws/whats-new/2020/10/new_amazon_neptune_engine_release_now_enforces_a_minimum_version_of_tls_1_2_and_ssl_client_connections/",
            },
            {
                title: "AWS CloudFormation: AWS::Neptune::DBClusterParameterGroup (family neptune1 before 1.2.0.0, neptune1.2 from 1.2.0.0)",
                url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-neptune-dbclusterparametergroup.html",
            },
            {
                title: "Terraform AWS provider: aws_neptune_cluster_parameter_group",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster_parameter_group",
            },
            {
                title: "Terraform AWS provider: aws_neptune_cluster (neptune_cluster_parameter_group_name, engine_version)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "neptune"],
    },
    check(resource, ctx) {
        /** The group's neptune_enforce_ssl when it turns enforcement off: its value and where it is written. */
        const enforcementOff = (group) => {
            const found = ctx.known((0, views_1.parameterValue)(group, PARAMETER), ["parameter"], group);
            if (found === undefined)
                return undefined;
            const value = ctx.read(group).string(found.at)?.trim();
            if (value === undefined)
                return undefined;
            const state = enforcementOf(value);
            if (state === undefined) {
                ctx.unknown((0, values_1.unknown)(`${PARAMETER} = "${value}" is not a value AWS documents (0 or 1)`), found.at, group);
                return undefined;
            }
            return state === "off" ? { value, at: found.at } : undefined;
        };
        if (resource.type === GROUP_TYPE) {
            // A group some cluster in the input uses is judged with that cluster's engine version, below.
            const off = (0, views_1.judgeUnusedGroup)(ctx, resource, {
                uses: [{ attr: GROUP_ATTR, types: ["aws_neptune_cluster"] }],
                parameter: PARAMETER,
                classify: enforcementOf,
                documented: "0 or 1",
            });
            if (off === undefined)
                return;
            const family = ctx.read().string("family")?.trim().toLowerCase() ?? "";
            if (/^neptune1\.\d+$/.test(family))
                return;
            if (family !== "neptune1")
                return ctx.unknown((0, values_1.unknown)(`family "${family}" is not a Neptune family moat knows`), ["family"]);
            ctx.report({
                messageId: "unusedGroupEnforcementOff",
                data: { group: (0, values_1.asString)(resource.attrs.name) ?? (0, model_1.labelOf)(resource), family, value: off.value, unsure: off.unsure },
                at: off.at,
            });
            return;
        }
        const cluster = resource;
        const ref = (0, views_1.parameterGroupOf)(ctx.graph, cluster, GROUP_ATTR, GROUP_TYPE);
        if (ref.kind === "unknown")
            return ctx.unknown(ref.reason, [GROUP_ATTR]);
        if (ref.kind !== "resource")
            return;
        const group = ref.group;
        const off = enforcementOff(group);
        if (off === undefined)
            return (0, views_1.requireCreated)(group, "parameter group ", [GROUP_ATTR], cluster);
        const version = ctx.read().string("engine_version");
        if (version === undefined)
            return;
        const parsed = versionOf(version);
        if (parsed === undefined)
            return ctx.unknown((0, values_1.unknown)(`engine_version "${version}" is not a Neptune version moat can compare`), ["engine_version"]);
        if (PATCH_DEPENDENT.has(parsed)) {
            return ctx.unknown((0, values_1.unknown)(`engine ${version} honours ${PARAMETER} = ${off.value} until patch R2, which is installed manually: the configuration does not say which patch runs`), ["engine_version"]);
        }
        if ((0, values_1.compareVersions)(parsed, HTTPS_ONLY_FROM) >= 0)
            return;
        // One finding per group: it names every cluster of the input on an engine older than 1.0.4.0 that uses the group.
        const names = olderUsers(ctx.graph, group).map((c) => `${(0, values_1.asString)(c.attrs.cluster_identifier) ?? (0, model_1.labelOf)(c)} (engine ${(0, values_1.asString)(c.attrs.engine_version)})`);
        ctx.report({
            messageId: "enforcementOff",
            data: {
                group: (0, values_1.asString)(group.attrs.name) ?? (0, model_1.labelOf)(group),
                value: off.value,
                clusters: `Neptune cluster${names.length > 1 ? "s" : ""} ${names.join(", ")}`,
            },
            at: off.at,
            resource: group,
        });
    },
});
