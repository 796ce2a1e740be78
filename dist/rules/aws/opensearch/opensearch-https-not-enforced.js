"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const values_1 = require("../../../core/values");
const search_domains_1 = require("./search-domains");
/**
 * Every TLSSecurityPolicy value of the OpenSearch Service API (DomainEndpointOptions) and the TLS versions it allows, as
 * AWS's API reference describes them. The legacy Elasticsearch Service API has the same four values.
 */
const TLS_POLICIES = {
    "Policy-Min-TLS-1-0-2019-07": { oldest: "1.0", allows: "TLS 1.0 to 1.2" },
    "Policy-Min-TLS-1-2-2019-07": { oldest: "1.2", allows: "TLS 1.2 only" },
    "Policy-Min-TLS-1-2-PFS-2023-10": { oldest: "1.2", allows: "TLS 1.2 and 1.3 with forward-secret ciphers" },
    "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08": { oldest: "1.2", allows: "TLS 1.2 and later with FIPS (RFC 9151) ciphers" },
};
const RECOMMENDED = "Policy-Min-TLS-1-2-PFS-2023-10";
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-OPENSEARCH-001",
        name: "opensearch-https-not-enforced",
        title: "An OpenSearch or Elasticsearch domain accepts plain HTTP, or a TLS security policy that allows TLS 1.0 and 1.1.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: search_domains_1.DOMAIN_TYPES,
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            httpAllowed: "Domain {{domain}} {{setting}}: clients can send queries, documents and credentials to its endpoint over plain HTTP. Set domain_endpoint_options { enforce_https = true }.",
            weakTlsPolicy: "Domain {{domain}} uses tls_security_policy = \"{{policy}}\", which allows {{allows}}: TLS 1.0 and 1.1 are deprecated (RFC 8996) and have known weaknesses. Set tls_security_policy = \"{{recommended}}\".",
        },
        rationale: "An OpenSearch Service domain's endpoint answers HTTP as well as HTTPS unless `enforce_https` is on; then queries, indexed " +
            "documents, HTTP basic-auth credentials (fine-grained access control) and signed requests cross the network readable and " +
            "alterable. The domain's TLS security policy decides which TLS versions the HTTPS endpoint negotiates: " +
            "`Policy-Min-TLS-1-0-2019-07` allows TLS 1.0 and 1.1, which the IETF deprecated (RFC 8996). The verdict on a policy comes " +
            "from the table of " +
            "the four values the API accepts, not from its name: `Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10` and " +
            "`Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08` pass. A policy name moat does not know is not evaluated, never passed. A domain " +
            "that does not enforce HTTPS is reported once, for that; its TLS policy is reported as well only when it explicitly allows " +
            "TLS 1.0. Both `aws_opensearch_domain` and the legacy `aws_elasticsearch_domain` are judged the same way. Checkov's " +
            "CKV_AWS_228 fails a domain without a `tls_security_policy`, which was TLS 1.0 before 2025; Trivy's AWS-0126 fails the FIPS " +
            "policy, which allows nothing below TLS 1.2 (trivy-checks#598, #618).",
        defaults: "An absent `domain_endpoint_options` block fails, and that verdict rests on two things only: the provider sends no " +
            "endpoint options to CreateDomain when the block is absent, and AWS Config's opensearch-https-required rule treats every " +
            "domain whose EnforceHTTPS is not true as non-compliant. The API reference gives EnforceHTTPS no default, so no AWS page " +
            "states what the service does with the option absent (AWS CDK's `enforceHttps` \"Default: false\" is CDK's own default). " +
            "Inside the block, an absent `enforce_https` is true (the provider's schema default: \"Defaults to " +
            "true\"). An absent `tls_security_policy` is not evaluated: AWS changed the policy it applies when none is given from " +
            "`Policy-Min-TLS-1-0-2019-07` to `Policy-Min-TLS-1-2-2019-07` in 2025 (aws-cdk#34658, aws-cdk#34660), and the provider " +
            "only detects drift on a policy that is written, so a domain created earlier may still allow TLS 1.0; set the policy " +
            "explicitly. Values that are not known (a variable without a value) are not evaluated.",
        remediation: {
            text: "Enforce HTTPS and pin a TLS 1.2+ security policy in the domain's endpoint options. Both change in place; clients that " +
                "still speak HTTP or TLS 1.0/1.1 stop connecting.",
            hcl: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}`,
            pulumi: `new aws.opensearch.Domain("search", {
  domainName: "search",
  engineVersion: "OpenSearch_2.13",
  domainEndpointOptions: {
    enforceHttps: true,
    tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10",
  },
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            { title: "RFC 8996: Deprecating TLS 1.0 and TLS 1.1", url: "https://www.rfc-editor.org/rfc/rfc8996" },
            {
                title: "Amazon OpenSearch Service API: DomainEndpointOptions (EnforceHTTPS; TLSSecurityPolicy, its four valid values and the TLS versions each supports)",
                url: "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html",
            },
            {
                title: "Amazon OpenSearch Service: Infrastructure security (configuring the minimum TLS version with TLSSecurityPolicy)",
                url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html",
            },
            {
                title: "AWS Config: opensearch-https-required (non-compliant when EnforceHTTPS is not true)",
                url: "https://docs.aws.amazon.com/config/latest/developerguide/opensearch-https-required.html",
            },
            {
                title: "AWS CDK: aws_opensearchservice DomainProps (enforceHttps, Default: false)",
                url: "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_opensearchservice.DomainProps.html",
            },
            {
                title: "aws-cdk#34658: OpenSearch Service updated the default TLSSecurityPolicy to Policy-Min-TLS-1-2-2019-07 (2025)",
                url: "https://github.com/aws/aws-cdk/issues/34658",
            },
            {
                title: "Terraform AWS provider: aws_opensearch_domain (domain_endpoint_options: enforce_https defaults to true; tls_security_policy)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain",
            },
            {
                title: "Terraform AWS provider: aws_elasticsearch_domain (domain_endpoint_options)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticsearch_domain",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "tls", "database", "opensearch", "elasticsearch"],
    },
    check(domain, ctx) {
        const r = ctx.read();
        const label = (0, search_domains_1.domainLabel)(domain);
        const options = r.block("domain_endpoint_options");
        if (!options) {
            return ctx.report({
                messageId: "httpAllowed",
                data: { domain: label, setting: "has no domain_endpoint_options block, so the provider sends no EnforceHTTPS and nothing says the domain enforces HTTPS (AWS Config's opensearch-https-required counts it as not enforcing)" },
                at: ["domain_endpoint_options"],
            });
        }
        const httpAllowed = options.bool("enforce_https") === false;
        if (httpAllowed) {
            ctx.report({ messageId: "httpAllowed", data: { domain: label, setting: "sets enforce_https = false" }, at: options.at("enforce_https") });
        }
        const at = options.at("tls_security_policy");
        const policy = options.string("tls_security_policy")?.trim();
        if (policy === undefined || policy === "") {
            // The finding above is the root cause; an unset policy is only a question when HTTPS is enforced.
            if (httpAllowed)
                return;
            return ctx.unknown((0, values_1.unknown)("tls_security_policy is not set: AWS applies Policy-Min-TLS-1-2-2019-07 to domains created since 2025, but a domain created " +
                "earlier may still allow TLS 1.0; set the policy explicitly"), at);
        }
        const known = TLS_POLICIES[policy];
        if (known === undefined) {
            if (httpAllowed)
                return;
            return ctx.unknown((0, values_1.unknown)(`tls_security_policy "${policy}" is not a TLS security policy moat knows`), at);
        }
        if (known.oldest !== "1.2") {
            ctx.report({ messageId: "weakTlsPolicy", data: { domain: label, policy, allows: known.allows, recommended: RECOMMENDED }, at });
        }
    },
});
