import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import rule from "./opensearch-storage-unencrypted";

export default defineCases(rule, [
  {
    name: "OpenSearch domain without a encrypt_at_rest block (defaults to off)",
    doc: true,
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.search", messageId: "atRestOff", line: 1 }],
  },
  {
    name: "OpenSearch domain with encrypt_at_rest enabled = false",
    hcl: `resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "Elasticsearch_7.10"

  encrypt_at_rest {
    enabled = false
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.logs", messageId: "atRestOff", line: 6 }],
  },
  {
    name: "Elasticsearch 5.0 cannot encrypt at rest: the finding says to upgrade",
    hcl: `resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "5.0"
}
`,
    expect: [{ resource: "aws_elasticsearch_domain.legacy", messageId: "atRestUnsupported", line: 1 }],
  },
  {
    name: "aws_elasticsearch_domain without elasticsearch_version is Elasticsearch 1.5 (the provider default)",
    hcl: `resource "aws_elasticsearch_domain" "old" {
  domain_name = "old"
}
`,
    plan: planFixture([
      // As a real plan shows it: elasticsearch_version has the schema default 1.5, and the encryption and endpoint option
      // blocks are Optional+Computed, so unset they are known only after apply (no configuration expression: absent).
      {
        address: "aws_elasticsearch_domain.old",
        values: { domain_name: "old", elasticsearch_version: "1.5" },
        unknown: ["arn", "id", "domain_id", "endpoint", "domain_endpoint_options", "node_to_node_encryption", "encrypt_at_rest"],
      },
    ]),
    expect: [{ resource: "aws_elasticsearch_domain.old", messageId: "atRestUnsupported", line: 1 }],
  },
  {
    name: "OpenSearch resource running Elasticsearch_5.0 with encrypt_at_rest off",
    hcl: `resource "aws_opensearch_domain" "es5" {
  domain_name    = "es5"
  engine_version = "Elasticsearch_5.0"

  encrypt_at_rest {
    enabled = false
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.es5", messageId: "atRestUnsupported", line: 6 }],
  },
  {
    name: "encryption off and an engine version not known: still a finding, in the general wording",
    hcl: `variable "engine_version" {
  type = string
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = var.engine_version

  encrypt_at_rest {
    enabled = false
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.search", messageId: "atRestOff", line: 10 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "OpenSearch domain with encryption at rest on",
    doc: true,
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
}
`,
    expect: [],
  },
  {
    name: "Elasticsearch 7.10 domain (legacy resource) with encryption at rest on",
    hcl: `resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = true
  }
}
`,
    expect: [],
  },
  {
    name: "OpenSearch domain without engine_version (the provider creates the latest OpenSearch) and encryption on",
    hcl: `resource "aws_opensearch_domain" "latest" {
  domain_name = "latest"

  encrypt_at_rest {
    enabled = true
  }
}
`,
    expect: [],
  },
  {
    name: "enabled from a variable without a value is not evaluated",
    hcl: `variable "at_rest" {
  type = bool
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = var.at_rest
  }
}
`,
    expect: [],
    unknown: ["aws_opensearch_domain.search"],
  },
  {
    name: "a domain with count = 0 is not created",
    hcl: `resource "aws_opensearch_domain" "unused" {
  count       = 0
  domain_name = "unused"
}
`,
    expect: [],
  },
]);
