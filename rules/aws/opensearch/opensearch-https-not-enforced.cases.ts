import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import rule from "./opensearch-https-not-enforced";

export default defineCases(rule, [
  {
    name: "OpenSearch domain without domain_endpoint_options: AWS does not enforce HTTPS",
    doc: true,
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
}
`,
    expect: [{ resource: "aws_opensearch_domain.search", messageId: "httpAllowed", line: 1 }],
  },
  {
    name: "enforce_https = false with a TLS 1.2 policy",
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.search", messageId: "httpAllowed", line: 6 }],
  },
  {
    name: "HTTPS enforced with the TLS 1.0 policy",
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.search", messageId: "weakTlsPolicy", line: 7 }],
  },
  {
    name: "legacy Elasticsearch domain with HTTP allowed and the TLS 1.0 policy: two findings, one per line",
    hcl: `resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}
`,
    expect: [
      { resource: "aws_elasticsearch_domain.logs", messageId: "httpAllowed", line: 6 },
      { resource: "aws_elasticsearch_domain.logs", messageId: "weakTlsPolicy", line: 7 },
    ],
  },
  {
    name: "enforce_https left to the provider default (true) with the TLS 1.0 policy",
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}
`,
    expect: [{ resource: "aws_opensearch_domain.search", messageId: "weakTlsPolicy", line: 5 }],
  },
  {
    name: "enforce_https false from a variable's default",
    hcl: `variable "enforce_https" {
  type    = bool
  default = false
}

resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https       = var.enforce_https
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
`,
    expect: [{ resource: "aws_elasticsearch_domain.logs", messageId: "httpAllowed", line: 11 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "HTTPS enforced with the TLS 1.2/1.3 forward-secret policy",
    doc: true,
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}
`,
    expect: [],
  },
  {
    name: "enforce_https left to the provider default (true) with the TLS 1.2 policy",
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
`,
    expect: [],
  },
  {
    name: "legacy Elasticsearch domain with the FIPS policy (Trivy flags it)",
    hcl: `resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08"
  }
}
`,
    expect: [],
  },
  {
    name: "HTTPS enforced without a tls_security_policy: the policy depends on when the domain was created",
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  domain_endpoint_options {
    enforce_https = true
  }
}
`,
    plan: planFixture([
      // As a real plan shows it: tls_security_policy is Optional+Computed, so unset it is known only after apply, with no
      // configuration expression (read as absent); the block's other attributes show their schema defaults.
      {
        address: "aws_opensearch_domain.search",
        values: {
          domain_name: "search",
          domain_endpoint_options: [{ enforce_https: true, custom_endpoint_enabled: false, custom_endpoint: null, custom_endpoint_certificate_arn: null }],
        },
        unknown: ["arn", "id", "endpoint", "engine_version", "domain_endpoint_options.0.tls_security_policy", "node_to_node_encryption", "encrypt_at_rest"],
      },
    ]),
    expect: [],
    unknown: ["aws_opensearch_domain.search"],
  },
  {
    name: "a TLS policy name moat does not know is not evaluated, never passed",
    hcl: `resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-3-2030-01"
  }
}
`,
    expect: [],
    unknown: ["aws_opensearch_domain.search"],
  },
  {
    name: "enforce_https from a variable without a value is not evaluated",
    hcl: `variable "enforce_https" {
  type = bool
}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  domain_endpoint_options {
    enforce_https       = var.enforce_https
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
`,
    expect: [],
    unknown: ["aws_opensearch_domain.search"],
  },
]);
