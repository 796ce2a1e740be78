"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const search_domains_1 = require("./search-domains");
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-OPENSEARCH-003",
        name: "opensearch-storage-unencrypted",
        title: "An OpenSearch or Elasticsearch domain stores its indices, logs and snapshots unencrypted (encryption at rest is off).",
        severity: "high",
        area: "db-encryption",
        resourceTypes: search_domains_1.DOMAIN_TYPES,
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            atRestOff: "Domain {{domain}} has {{setting}}: its indices, swap files, logs and automated snapshots are stored in clear text. Set encrypt_at_rest { enabled = true }.",
            atRestUnsupported: "Domain {{domain}} runs {{engine}}, which cannot encrypt its storage: AWS supports encryption at rest from Elasticsearch {{since}} and on every OpenSearch version. Create the domain on OpenSearch with encrypt_at_rest { enabled = true } and move the data.",
        },
        rationale: "OpenSearch Service encrypts a domain's indices, OpenSearch/Elasticsearch logs, swap files, the application directory and " +
            "automated snapshots with AWS KMS only when encryption at rest is on. AWS's own CDK constructs document the default as " +
            "\"encryption at rest is disabled\", and the Terraform provider documents the same for an absent block. The option exists on " +
            "every OpenSearch version and on Elasticsearch 5.1 and later; an older Elasticsearch domain cannot encrypt its storage at " +
            "all, so the finding then says so instead of naming a setting AWS would refuse. Domains on OpenSearch or Elasticsearch 6.7 " +
            "and later can turn it on in place; older ones must be recreated. Without a `kms_key_id` AWS uses the `aws/es` AWS managed " +
            "key, which this rule accepts (whether a customer-managed key is required is a different question). Both " +
            "`aws_opensearch_domain` and the legacy `aws_elasticsearch_domain` are judged the same way. Fine-grained access control " +
            "requires encryption at rest: AWS refuses such a domain without it.",
        defaults: "An absent `encrypt_at_rest` block is off: the Terraform provider documents \"If the encrypt_at_rest block is not provided then " +
            "this defaults to false\" (both resources), and AWS's CDK documents EncryptionAtRestOptions `enabled` as \"Default: encryption " +
            "at rest is disabled\" for the service API. No AWS announcement of a changed default for new domains was found, so none is " +
            "assumed. The engine is read as in MOAT-OPENSEARCH-002 (`aws_elasticsearch_domain` without `elasticsearch_version` is " +
            "Elasticsearch 1.5, which cannot encrypt at rest); a version that is not known only changes the wording. An `enabled` that is " +
            "not known is not evaluated.",
        remediation: {
            text: "Turn encryption at rest on, optionally with a customer-managed KMS key. On OpenSearch, or Elasticsearch 6.7 and later, it " +
                "can be enabled on an existing domain; older domains must be recreated (Elasticsearch before 5.1 cannot encrypt at all).",
            hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
}`,
            pulumi: `new aws.opensearch.Domain("search", {
  domainName: "search",
  engineVersion: "OpenSearch_2.13",
  encryptAtRest: { enabled: true, kmsKeyId: searchKey.arn },
});`,
        },
        references: [
            { title: "CWE-311: Missing Encryption of Sensitive Data", url: "https://cwe.mitre.org/data/definitions/311.html" },
            {
                title: "Amazon OpenSearch Service: Encryption of data at rest for Amazon OpenSearch Service",
                url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
            },
            {
                title: "Amazon OpenSearch Service API: EncryptionAtRestOptions",
                url: "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_EncryptionAtRestOptions.html",
            },
            {
                title: "AWS CDK: aws_opensearchservice EncryptionAtRestOptions (Default: encryption at rest is disabled; Elasticsearch 5.1 or OpenSearch 1.0 and later)",
                url: "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_opensearchservice.EncryptionAtRestOptions.html",
            },
            {
                title: "Terraform AWS provider: aws_opensearch_domain (encrypt_at_rest: defaults to false when the block is not provided)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain",
            },
            {
                title: "Terraform AWS provider: aws_elasticsearch_domain (encrypt_at_rest requires elasticsearch_version 5.1 or greater)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticsearch_domain",
            },
            {
                title: "Terraform AWS provider source: inPlaceEncryptionEnableVersion (encryption can be turned on in place on OpenSearch and on Elasticsearch 6.7 and later)",
                url: "https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/opensearch/domain.go",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-at-rest", "database", "opensearch", "elasticsearch"],
    },
    check(domain, ctx) {
        const finding = (0, search_domains_1.encryptionOff)(domain, ctx.read(), { block: "encrypt_at_rest", since: { major: 5, minor: 1 } }, {
            off: "atRestOff",
            unsupported: "atRestUnsupported",
        });
        if (finding)
            ctx.report(finding);
    },
});
