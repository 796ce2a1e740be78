# Product search: HTTPS only with a TLS 1.2+ forward-secret policy, encrypted between nodes and at rest.
resource "aws_opensearch_domain" "products" {
  domain_name    = "${local.name}-products"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 20
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }

  node_to_node_encryption {
    enabled = true
  }

  encrypt_at_rest {
    enabled = true
  }

  tags = local.tags
}
