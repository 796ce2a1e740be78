"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const search_domains_1 = require("./search-domains");
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-OPENSEARCH-002",
        name: "opensearch-node-to-node-unencrypted",
        title: "An OpenSearch or Elasticsearch domain sends traffic between its nodes unencrypted (node-to-node encryption is off).",
        severity: "high",
        area: "db-encryption",
        resourceTypes: search_domains_1.DOMAIN_TYPES,
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            nodeToNodeOff: "Domain {{domain}} has {{setting}}: documents, queries and replication between its nodes cross the VPC in clear text. Set node_to_node_encryption { enabled = true }.",
            nodeToNodeUnsupported: "Domain {{domain}} runs {{engine}}, which cannot encrypt traffic between its nodes: AWS supports node-to-node encryption from Elasticsearch {{since}} and on every OpenSearch version. Upgrade the domain to OpenSearch, then set node_to_node_encryption { enabled = true }.",
        },
        rationale: "Inside an OpenSearch Service domain, nodes exchange documents, search requests, shard replicas and cluster state over " +
            "the Elasticsearch/OpenSearch transport protocol. Without node-to-node encryption that traffic is plain text inside the VPC: " +
            "anyone who can observe the network path reads the indexed data, whatever the domain's HTTPS endpoint does. AWS adds TLS " +
            "between nodes only when the option is on. It exists on every OpenSearch version and on Elasticsearch 6.0 and later; " +
            "an Elasticsearch domain older than 6.0 cannot turn it on, so the finding then says to upgrade instead of naming a setting " +
            "AWS would refuse. Domains on OpenSearch or Elasticsearch 6.7 and later can enable it in place; once on, it cannot be " +
            "turned off. Both `aws_opensearch_domain` (OpenSearch Service API) and the legacy `aws_elasticsearch_domain` are judged " +
            "the same way. Fine-grained access control (`advanced_security_options`) requires node-to-node encryption: AWS refuses such a " +
            "domain without it, so the finding on it points at a configuration that cannot be applied as written.",
        defaults: "An absent `node_to_node_encryption` block is off: the Terraform provider documents \"If the node_to_node_encryption block is " +
            "not provided then this defaults to false\" for both resources, and the AWS API (NodeToNodeEncryptionOptions) is off unless " +
            "enabled. The engine is read from `engine_version` (`OpenSearch_X.Y` or `Elasticsearch_X.Y`; absent, the provider creates the " +
            "latest OpenSearch) or `elasticsearch_version` (absent: the provider's default `1.5`, which cannot encrypt between nodes). A " +
            "version that is not known only changes the wording of the finding: the option is off either way. An `enabled` that is not " +
            "known is not evaluated.",
        remediation: {
            text: "Turn node-to-node encryption on. On OpenSearch, or Elasticsearch 6.7 and later, it can be enabled on an existing domain; " +
                "older domains must be upgraded first (Elasticsearch before 6.0 cannot use it at all).",
            hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = true
  }
}`,
            pulumi: `new aws.opensearch.Domain("search", {
  domainName: "search",
  engineVersion: "OpenSearch_2.13",
  nodeToNodeEncryption: { enabled: true },
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "Amazon OpenSearch Service: Node-to-node encryption for Amazon OpenSearch Service",
                url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
            },
            {
                title: "Amazon OpenSearch Service API: NodeToNodeEncryptionOptions",
                url: "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_NodeToNodeEncryptionOptions.html",
            },
            {
                title: "Terraform AWS provider: aws_opensearch_domain (node_to_node_encryption: defaults to false when the block is not provided)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain",
            },
            {
                title: "Terraform AWS provider: aws_elasticsearch_domain (node_to_node_encryption requires elasticsearch_version 6.0 or greater; elasticsearch_version defaults to 1.5)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticsearch_domain",
            },
            {
                title: "Terraform AWS provider source: inPlaceEncryptionEnableVersion (encryption can be turned on in place on OpenSearch and on Elasticsearch 6.7 and later)",
                url: "https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/opensearch/domain.go",
            },
            {
                title: "AWS CloudFormation/CDK: NodeToNodeEncryptionOptions (required if you enable fine-grained access control)",
                url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-nodetonodeencryptionoptions.html",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "opensearch", "elasticsearch"],
    },
    check(domain, ctx) {
        const finding = (0, search_domains_1.encryptionOff)(domain, ctx.read(), { block: "node_to_node_encryption", since: { major: 6, minor: 0 } }, {
            off: "nodeToNodeOff",
            unsupported: "nodeToNodeUnsupported",
        });
        if (finding)
            ctx.report(finding);
    },
});
