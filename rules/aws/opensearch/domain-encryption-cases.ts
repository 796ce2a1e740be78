/**
 * The cases MOAT-OPENSEARCH-002 (node-to-node) and MOAT-OPENSEARCH-003 (at rest) share, written once: the two rules ask
 * the same question of a different block of the domain (search-domains.ts, encryptionOff), with a different first
 * engine version that can answer it.
 */
import type { RuleCase } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";

export interface DomainEncryptionCaseSpec<M extends string> {
  /** The domain's block: `node_to_node_encryption` or `encrypt_at_rest`. */
  block: string;
  /** How the cases name it when it is on: "node-to-node encryption". */
  onName: string;
  /** What an engine too old cannot do: "encrypt between nodes". */
  cannot: string;
  /** An Elasticsearch version older than the first that supports the block. */
  oldVersion: string;
  /** The variable a case reads `enabled` from. */
  variable: string;
  off: M;
  unsupported: M;
}

export function domainEncryptionCases<M extends string>(s: DomainEncryptionCaseSpec<M>): RuleCase<M>[] {
  return [
  {
    name: `OpenSearch domain without a ${s.block} block (defaults to off)`,
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
    expect: [{ resource: "aws_opensearch_domain.search", messageId: s.off, line: 1 }],
  },
  {
    name: `OpenSearch domain with ${s.block} enabled = false`,
    hcl: `resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "Elasticsearch_7.10"

  ${s.block} {
    enabled = false
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.logs", messageId: s.off, line: 6 }],
  },
  {
    name: `Elasticsearch ${s.oldVersion} cannot ${s.cannot}: the finding says to upgrade`,
    hcl: `resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "${s.oldVersion}"
}
`,
    expect: [{ resource: "aws_elasticsearch_domain.legacy", messageId: s.unsupported, line: 1 }],
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
    expect: [{ resource: "aws_elasticsearch_domain.old", messageId: s.unsupported, line: 1 }],
  },
  {
    name: `OpenSearch resource running Elasticsearch_${s.oldVersion} with ${s.block} off`,
    hcl: `resource "aws_opensearch_domain" "es5" {
  domain_name    = "es5"
  engine_version = "Elasticsearch_${s.oldVersion}"

  ${s.block} {
    enabled = false
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.es5", messageId: s.unsupported, line: 6 }],
  },
  {
    name: "encryption off and an engine version not known: still a finding, in the general wording",
    hcl: `variable "engine_version" {
  type = string
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = var.engine_version

  ${s.block} {
    enabled = false
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.search", messageId: s.off, line: 10 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: `OpenSearch domain with ${s.onName} on`,
    doc: true,
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  ${s.block} {
    enabled = true
  }
}
`,
    expect: [],
  },
  {
    name: `Elasticsearch 7.10 domain (legacy resource) with ${s.onName} on`,
    hcl: `resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"

  ${s.block} {
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

  ${s.block} {
    enabled = true
  }
}
`,
    expect: [],
  },
  {
    name: "enabled from a variable without a value is not evaluated",
    hcl: `variable "${s.variable}" {
  type = bool
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  ${s.block} {
    enabled = var.${s.variable}
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
];
}
