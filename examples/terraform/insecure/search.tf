# Product search: the endpoint answers plain HTTP, its nodes talk in clear text and its disks are not encrypted.
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
    enforce_https = false
  }

  node_to_node_encryption {
    enabled = false
  }

  tags = local.tags
}
