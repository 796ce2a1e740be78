# The configuration the applications get: how they connect to the databases and caches above.

# Orders API: connects to PostgreSQL with sslmode=disable, so queries and credentials cross the network in clear text
# whatever the server allows.
resource "aws_lambda_function" "orders_api" {
  function_name = "${local.name}-orders-api"
  role          = "arn:aws:iam::123456789012:role/orders-api"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "orders-api.zip"
  tags          = local.tags

  environment {
    variables = {
      LOG_LEVEL    = "info"
      DATABASE_URL = "postgresql://orders_app@orders.db.internal:5432/orders?sslmode=disable"
    }
  }
}

# Worker: talks to Redis with redis:// (no TLS) and to PostgreSQL without sslmode (libpq's default, prefer, falls back
# to clear text).
resource "aws_ecs_task_definition" "worker" {
  family                   = "${local.name}-worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  tags                     = local.tags

  container_definitions = jsonencode([
    {
      name      = "worker"
      image     = "public.ecr.aws/docker/library/python:3.12-slim"
      essential = true
      environment = [
        { name = "REDIS_URL", value = "redis://sessions.cache.internal:6379/0" },
        { name = "DATABASE_URL", value = "postgresql://worker@orders.db.internal:5432/orders" },
      ]
    },
  ])
}
