"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const ENCRYPTED = "encrypted";
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-REDSHIFT-002",
        name: "redshift-storage-unencrypted",
        title: "A Redshift cluster asks for unencrypted storage, so its data blocks and snapshots are stored in clear text.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_redshift_cluster"],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            encryptionOff: "Redshift cluster {{cluster}} sets encrypted = {{value}}: its data blocks, system metadata and snapshots are stored unencrypted " +
                "(on a cluster AWS created encrypted, the provider applies this by modifying the cluster, which decrypts it). Set encrypted = true, " +
                "optionally with kms_key_id for a customer managed key.",
        },
        rationale: "Redshift encrypts a cluster's data blocks, system metadata and snapshots only when the cluster is encrypted. AWS changed the " +
            "default: since 10 January 2025 the CreateCluster API encrypts every new provisioned cluster (with an AWS owned key when no " +
            "`KmsKeyId` is given) and rejects `Encrypted = false`, but a cluster can still be decrypted afterwards (ModifyCluster: \"If the " +
            "value is not encrypted (false), then the cluster is decrypted\"), and clusters created before that date keep whatever they " +
            "were created with. So `encrypted = false` in the code is a request for clear-text storage whatever the date: the Terraform AWS " +
            "provider sends `Encrypted` in ModifyCluster whenever the cluster and the configuration differ, so a cluster AWS created " +
            "encrypted is decrypted on the next apply (the permanent diff of terraform-provider-aws#42598). It fails.\n\n" +
            "An absent `encrypted` depends on the provider version, which the configuration does not show: provider 6.0 and later (Pulumi " +
            "AWS 7 and later) default it to true (terraform-provider-aws#42631, 6.0.0 release notes); provider 5.x defaults it to false, " +
            "creates the cluster without asking for encryption (unencrypted before 10 January 2025, encrypted by AWS since) and then plans " +
            "`encrypted` true → false. The source and Pulumi doors therefore report an absent `encrypted` as not evaluated, with that reason; " +
            "the plan door sees the value the provider filled in (`\"true\"` from 6.0, `false` before) and judges it. Naming " +
            "`encrypted = true` makes the code, not the provider version, decide.\n\n" +
            "A cluster restored from a snapshot (`snapshot_identifier`, `snapshot_arn`) starts with the snapshot's encryption " +
            "(RestoreFromClusterSnapshot encrypts an unencrypted snapshot's restore only when asked to), and the provider then modifies it " +
            "to match `encrypted`: it is judged by `encrypted` like any other cluster. Redshift Serverless namespaces " +
            "(`aws_redshiftserverless_namespace`) are not in this rule's resource types: AWS always encrypts Redshift Serverless data and " +
            "snapshots with a KMS key (an AWS owned one unless `kms_key_id` names another), and the resource has no setting to turn it off. " +
            "KICS (\"Redshift Not Encrypted\") still treats an absent `encrypted` as false (\"default is false\"), which is wrong from " +
            "provider 6.",
        defaults: "`encrypted` absent: true with the Terraform AWS provider 6.0.0 and later (June 2025; the attribute became a string, default " +
            "\"true\") and Pulumi AWS 7; false with provider 5.x and Pulumi AWS 6. Since the configuration does not show the provider " +
            "version, the source and Pulumi doors report it as not evaluated; a plan shows the provider's value and is judged. AWS's own " +
            "default (CreateCluster `Encrypted`): true since 10 January 2025, and `false` makes the request fail (Amazon Redshift API " +
            "Reference; AWS What's New, November 2024). `encrypted` compares as a boolean (`true`, `\"true\"`, `false`, `\"false\"`).",
        remediation: {
            text: "Set `encrypted = true` (optionally with `kms_key_id` for a customer managed key). Encrypting an existing cluster is a " +
                "modification: Redshift migrates the data to an encrypted cluster, which takes time in proportion to the data.",
            hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "warehouse_admin"
  manage_master_password       = true
  cluster_parameter_group_name = "default.redshift-2.0"
  encrypted                    = true
  kms_key_id                   = aws_kms_key.warehouse.arn
}`,
            pulumi: `new aws.redshift.Cluster("warehouse", {
  clusterIdentifier: "warehouse",
  nodeType: "ra3.xlplus",
  masterUsername: "warehouse_admin",
  manageMasterPassword: true,
  clusterParameterGroupName: "default.redshift-2.0",
  encrypted: "true",
  kmsKeyId: warehouseKey.arn,
});`,
        },
        references: [
            { title: "CWE-311: Missing Encryption of Sensitive Data", url: "https://cwe.mitre.org/data/definitions/311.html" },
            {
                title: "Amazon Redshift API: CreateCluster (Encrypted: \"If you set the value on this parameter to false, the request will fail. Default: true\")",
                url: "https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html",
            },
            {
                title: "Amazon Redshift API: ModifyCluster (Encrypted false: \"the cluster is decrypted\")",
                url: "https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyCluster.html",
            },
            {
                title: "Amazon Redshift API: RestoreFromClusterSnapshot (Encrypted: restoring an unencrypted snapshot to an encrypted cluster)",
                url: "https://docs.aws.amazon.com/redshift/latest/APIReference/API_RestoreFromClusterSnapshot.html",
            },
            {
                title: "AWS What's New (November 2024): Amazon Redshift enhances security defaults, new provisioned clusters encrypted from 10 January 2025",
                url: "https://aws.amazon.com/about-aws/whats-new/2024/11/amazon-redshift-enhance-security-default-behavior/",
            },
            {
                title: "AWS: Amazon Redshift database encryption (encrypted by default; a cluster can still be changed to unencrypted)",
                url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
            },
            {
                title: "AWS: Changing the KMS key for a Redshift Serverless namespace (Serverless always encrypts its resources and snapshots)",
                url: "https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-workgroups-and-namespaces-rotate-kms-key.html",
            },
            {
                title: "terraform-provider-aws#42631: the default of encrypted is true from provider 6.0.0",
                url: "https://github.com/hashicorp/terraform-provider-aws/pull/42631",
            },
            {
                title: "terraform-provider-aws#42598: provider 5.x defaults encrypted to false and plans a change against AWS's encrypted default",
                url: "https://github.com/hashicorp/terraform-provider-aws/issues/42598",
            },
            {
                title: "Terraform AWS provider: aws_redshift_cluster (encrypted, kms_key_id, snapshot_identifier)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-at-rest", "database", "redshift"],
    },
    check(cluster, ctx) {
        const r = ctx.read();
        const name = (0, values_1.asString)(cluster.attrs.cluster_identifier) ?? (0, model_1.labelOf)(cluster);
        const encrypted = r.flag(ENCRYPTED);
        if (encrypted === undefined) {
            return ctx.unknown((0, values_1.unknown)(`${name} does not set encrypted, and its default depends on the AWS provider version, which the configuration does not ` +
                "show: provider 6.0 and later (Pulumi AWS 7) encrypt by default; provider 5.x defaults encrypted to false and turns the " +
                "cluster's encryption off on the next apply; set encrypted = true so the code decides"), [ENCRYPTED]);
        }
        if (encrypted)
            return;
        ctx.report({ messageId: "encryptionOff", data: { cluster: name, value: (0, values_1.asString)(r.value(ENCRYPTED)) ?? "false" }, at: [ENCRYPTED] });
    },
});
