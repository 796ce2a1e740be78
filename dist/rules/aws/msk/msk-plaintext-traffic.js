"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
/** The client_broker values AWS accepts (MSK API EncryptionInTransit.ClientBroker). */
const CLIENT_BROKER = ["TLS", "TLS_PLAINTEXT", "PLAINTEXT"];
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-MSK-001",
        name: "msk-plaintext-traffic",
        title: "An MSK cluster accepts plain-text Kafka traffic from clients or between its brokers.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_msk_cluster"],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            clientPlaintextOnly: "MSK cluster {{cluster}} has client_broker = \"{{value}}\": clients produce and consume in clear text only, and messages, " +
                "SASL/SCRAM credentials and consumer offsets cross the network unencrypted. Set client_broker = \"TLS\".",
            clientPlaintextAccepted: "MSK cluster {{cluster}} has client_broker = \"{{value}}\": TLS is offered, but plain-text connections are still accepted " +
                "(the plaintext listener on port 9092 stays open), so any client can skip encryption. Once every client uses TLS, set " +
                "client_broker = \"TLS\".",
            brokersPlaintext: "MSK cluster {{cluster}} has in_cluster = false: replication between its brokers runs in clear text. Set in_cluster = true " +
                "(this replaces the cluster).",
        },
        rationale: "Amazon MSK encrypts traffic with TLS by default, both between clients and brokers and between the brokers themselves, but " +
            "both can be turned off when the cluster is created (`encryption_info.encryption_in_transit`). `client_broker = " +
            "\"PLAINTEXT\"` serves clients in clear text only; `\"TLS_PLAINTEXT\"` serves both, so a client (or an attacker replaying " +
            "one) can always use the unencrypted listener: it fails too, with a message that says plain text is still accepted. " +
            "`in_cluster = false` leaves replication traffic between brokers unencrypted (AWS Config rule " +
            "msk-in-cluster-node-require-tls and Security Hub MSK.1 fail the same clusters). Each leg is reported at its own attribute. " +
            "`aws_msk_serverless_cluster` is not in this rule's resource types: the MSK API's serverless cluster has no " +
            "encryption-in-transit setting, and its only client authentication, IAM access control, runs over TLS (port 9098). " +
            "MSK Connect (`aws_mskconnect_connector`) encryption is configured against the cluster it connects to and is out of scope.",
        defaults: "An absent `encryption_info` or `encryption_in_transit` block, or an absent `client_broker`, means TLS only; an absent " +
            "`in_cluster` means true. Sources: the Terraform provider's schema (`client_broker` Default `TLS`, `in_cluster` Default " +
            "`true`, internal/service/kafka/cluster.go; Pulumi: \"Default value is `TLS`\", \"Default value: `true`\"), AWS " +
            "CloudFormation AWS::MSK::Cluster EncryptionInTransit (\"The default value is TLS\", InCluster \"The default value is " +
            "true\"), and the MSK Developer Guide, Amazon MSK encryption in transit (\"Only allow TLS encrypted data. This is the " +
            "default setting.\"). The provider's documentation once gave TLS_PLAINTEXT as the default (corrected in " +
            "hashicorp/terraform-provider-aws#12177, see #10673); moat follows the current schema and AWS. A value known only after " +
            "apply is not evaluated; a client_broker value that is none of TLS, TLS_PLAINTEXT, PLAINTEXT is not evaluated either.",
        remediation: {
            text: "Set `client_broker = \"TLS\"` and leave `in_cluster` true. MSK can move an existing cluster from TLS_PLAINTEXT to TLS " +
                "(UpdateSecurity) once clients use the TLS bootstrap brokers; `in_cluster` can only be chosen when the cluster is created.",
            hcl: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0abc", "subnet-0def", "subnet-0123"]
    security_groups = ["sg-0abc"]
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
}`,
            pulumi: `new aws.msk.Cluster("events", {
  clusterName: "events",
  kafkaVersion: "3.6.0",
  numberOfBrokerNodes: 3,
  brokerNodeGroupInfo: {
    instanceType: "kafka.m5.large",
    clientSubnets: ["subnet-0abc", "subnet-0def", "subnet-0123"],
    securityGroups: ["sg-0abc"],
  },
  encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } },
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS: Amazon MSK encryption in transit (TLS only is the default)",
                url: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
            },
            {
                title: "AWS CloudFormation: AWS::MSK::Cluster EncryptionInTransit (ClientBroker default TLS, InCluster default true)",
                url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-cluster-encryptionintransit.html",
            },
            {
                title: "AWS Config: msk-in-cluster-node-require-tls",
                url: "https://docs.aws.amazon.com/config/latest/developerguide/msk-in-cluster-node-require-tls.html",
            },
            {
                title: "AWS: What is MSK Serverless? (IAM access control only)",
                url: "https://docs.aws.amazon.com/msk/latest/developerguide/serverless.html",
            },
            {
                title: "Terraform AWS provider: aws_msk_cluster (encryption_in_transit)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit",
            },
            {
                title: "hashicorp/terraform-provider-aws#10673: client_broker default is TLS",
                url: "https://github.com/hashicorp/terraform-provider-aws/issues/10673",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "streaming", "msk"],
    },
    check(cluster, ctx) {
        const name = (0, values_1.asString)(cluster.attrs.cluster_name) ?? (0, model_1.labelOf)(cluster);
        const transit = ctx.read().block("encryption_info")?.block("encryption_in_transit");
        if (!transit)
            return;
        // The two legs are separate settings: an unknown in one does not hide a known problem in the other.
        ctx.attempt(() => {
            const raw = transit.string("client_broker");
            if (raw === undefined)
                return;
            const value = raw.trim().toUpperCase();
            if (!CLIENT_BROKER.includes(value)) {
                return ctx.unknown((0, values_1.unknown)(`client_broker "${raw}" is not one of ${CLIENT_BROKER.join(", ")}`), transit.at("client_broker"));
            }
            if (value === "TLS")
                return;
            ctx.report({
                messageId: value === "PLAINTEXT" ? "clientPlaintextOnly" : "clientPlaintextAccepted",
                data: { cluster: name, value: raw },
                at: transit.at("client_broker"),
            });
        });
        ctx.attempt(() => {
            // Absent is true; a value that is not a boolean stops this part, not evaluated (core/reader.ts flag).
            if (transit.flag("in_cluster") !== false)
                return;
            ctx.report({ messageId: "brokersPlaintext", data: { cluster: name }, at: transit.at("in_cluster") });
        });
    },
});
