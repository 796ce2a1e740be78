# Streaming and migration: TLS on every leg of the MSK cluster, a DMS endpoint that verifies the database's
# certificate, and an RDS Proxy that refuses clients without TLS.
resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-0e5f6a7b", "subnet-0c9d8e7f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
}

resource "aws_dms_endpoint" "orders_source" {
  endpoint_id     = "orders-source"
  endpoint_type   = "source"
  engine_name     = "postgres"
  server_name     = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port            = 5432
  database_name   = "orders"
  username        = "dms"
  password        = "example-only"
  ssl_mode        = "verify-full"
  certificate_arn = "arn:aws:dms:eu-west-1:123456789012:cert:RDSCABUNDLE"
}

resource "aws_db_proxy" "orders" {
  name           = "orders"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  require_tls    = true

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-AbCdEf"
  }
}
