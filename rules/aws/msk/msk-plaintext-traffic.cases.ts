import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import rule from "./msk-plaintext-traffic";

/** The parts of an MSK cluster every case shares, in HCL (indented for the resource body). */
const BROKERS = `  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0abc", "subnet-0def", "subnet-0123"]
    security_groups = ["sg-0abc"]
  }
`;

const brokerNodeGroupInfo = {
  instanceType: "kafka.m5.large",
  clientSubnets: ["subnet-0abc", "subnet-0def", "subnet-0123"],
  securityGroups: ["sg-0abc"],
};

/**
 * The plan of an MSK cluster whose client_broker is read only at apply time (a plan always has variable values: this is
 * its counterpart of a variable without one).
 */
function clientBrokerReadAtApply(inCluster: boolean) {
  return planFixture([
    {
      address: "aws_msk_cluster.events",
      values: {
        cluster_name: "events",
        kafka_version: "3.6.0",
        number_of_broker_nodes: 3,
        broker_node_group_info: [
          { instance_type: "kafka.m5.large", client_subnets: ["subnet-0abc", "subnet-0def", "subnet-0123"], security_groups: ["sg-0abc"] },
        ],
        encryption_info: [{ encryption_in_transit: [{ client_broker: null, in_cluster: inCluster }] }],
      },
      unknown: ["arn", "id", "bootstrap_brokers_tls", "encryption_info.0.encryption_in_transit.0.client_broker"],
    },
  ]);
}

export default defineCases(rule, [
  {
    name: "clients served in plain text only",
    doc: true,
    hcl: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
${BROKERS}
  encryption_info {
    encryption_in_transit {
      client_broker = "PLAINTEXT"
    }
  }
}
`,
    expect: [{ resource: "aws_msk_cluster.events", messageId: "clientPlaintextOnly", line: 14 }],
  },
  {
    name: "TLS_PLAINTEXT still accepts plain-text clients",
    hcl: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
${BROKERS}
  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"

    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT"
      in_cluster    = true
    }
  }
}
`,
    expect: [{ resource: "aws_msk_cluster.events", messageId: "clientPlaintextAccepted", line: 16 }],
  },
  {
    name: "replication between brokers in plain text (client_broker absent is TLS)",
    hcl: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
${BROKERS}
  encryption_info {
    encryption_in_transit {
      in_cluster = false
    }
  }
}
`,
    expect: [{ resource: "aws_msk_cluster.events", messageId: "brokersPlaintext", line: 14 }],
  },
  {
    name: "both legs in plain text: one finding at each attribute",
    hcl: `resource "aws_msk_cluster" "legacy" {
  cluster_name           = "legacy"
${BROKERS}
  encryption_info {
    encryption_in_transit {
      client_broker = "PLAINTEXT"
      in_cluster    = false
    }
  }
}
`,
    expect: [
      { resource: "aws_msk_cluster.legacy", messageId: "clientPlaintextOnly", line: 14 },
      { resource: "aws_msk_cluster.legacy", messageId: "brokersPlaintext", line: 15 },
    ],
  },
  {
    name: "plain-text clients per environment in a module with for_each",
    hcl: {
      "main.tf": `module "kafka" {
  source = "./modules/kafka"
  modes  = { prod = "TLS", dev = "TLS_PLAINTEXT" }
}
`,
      "modules/kafka/main.tf": `variable "modes" {
  type = map(string)
}

resource "aws_msk_cluster" "this" {
  for_each               = var.modes
  cluster_name           = "events-\${each.key}"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0abc", "subnet-0def", "subnet-0123"]
    security_groups = ["sg-0abc"]
  }

  encryption_info {
    encryption_in_transit {
      client_broker = each.value
    }
  }
}
`,
    },
    expect: [
      {
        resource: 'module.kafka.aws_msk_cluster.this["dev"]',
        messageId: "clientPlaintextAccepted",
        line: 19,
        file: "modules/kafka/main.tf",
      },
    ],
  },
  {
    name: "a known plain-text broker leg is reported even when client_broker is not known",
    hcl: `variable "client_broker" {
  type = string
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
${BROKERS}
  encryption_info {
    encryption_in_transit {
      client_broker = var.client_broker
      in_cluster    = false
    }
  }
}
`,
    pulumi: () => {
      const key = new aws.kms.Key("msk", {});
      new aws.msk.Cluster("events", {
        clusterName: "events",
        kafkaVersion: "3.6.0",
        numberOfBrokerNodes: 3,
        brokerNodeGroupInfo,
        encryptionInfo: { encryptionInTransit: { clientBroker: key.arn.apply(() => "TLS"), inCluster: false } },
      });
    },
    plan: clientBrokerReadAtApply(false),
    expect: [{ resource: "aws_msk_cluster.events", messageId: "brokersPlaintext", line: 19 }],
    unknown: ["aws_msk_cluster.events"],
  },
  // ---------------------------------------------------------------- good
  {
    name: "TLS only between clients and brokers and between brokers",
    doc: true,
    hcl: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
${BROKERS}
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
}
`,
    expect: [],
  },
  {
    name: "no encryption_info block: MSK's default is TLS on both legs",
    hcl: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
${BROKERS}}
`,
    expect: [],
  },
  {
    name: "encryption_info with only a KMS key: in-transit defaults apply",
    hcl: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
${BROKERS}
  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}
`,
    expect: [],
  },
  {
    name: "serverless clusters always use TLS and are not judged",
    hcl: `resource "aws_msk_serverless_cluster" "events" {
  cluster_name = "events"

  vpc_config {
    subnet_ids         = ["subnet-0abc", "subnet-0def"]
    security_group_ids = ["sg-0abc"]
  }

  client_authentication {
    sasl {
      iam {
        enabled = true
      }
    }
  }
}
`,
    expect: [],
  },
  {
    name: "client_broker from a variable without a value is not evaluated",
    hcl: `variable "client_broker" {
  type = string
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
${BROKERS}
  encryption_info {
    encryption_in_transit {
      client_broker = var.client_broker
    }
  }
}
`,
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply, unknown in a preview.
      const key = new aws.kms.Key("msk", {});
      new aws.msk.Cluster("events", {
        clusterName: "events",
        kafkaVersion: "3.6.0",
        numberOfBrokerNodes: 3,
        brokerNodeGroupInfo,
        encryptionInfo: { encryptionInTransit: { clientBroker: key.arn.apply(() => "PLAINTEXT") } },
      });
    },
    plan: clientBrokerReadAtApply(true),
    expect: [],
    unknown: ["aws_msk_cluster.events"],
  },
  {
    name: "plain-text cluster disabled with count = 0",
    hcl: `resource "aws_msk_cluster" "old" {
  count                  = 0
  cluster_name           = "old"
${BROKERS}
  encryption_info {
    encryption_in_transit {
      client_broker = "PLAINTEXT"
    }
  }
}
`,
    expect: [],
  },
  {
    name: "in_cluster = \"yes\" is not a boolean: not evaluated, not passed as TLS",
    hcl: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
${BROKERS}
  encryption_info {
    encryption_in_transit {
      in_cluster = "yes"
    }
  }
}
`,
    noPlan: "Terraform rejects a string that is not a boolean for a bool argument and writes no plan",
    noPulumi: "Pulumi's inCluster is typed boolean: the string form exists only in HCL",
    expect: [],
    unknown: ["aws_msk_cluster.events"],
  },
]);
