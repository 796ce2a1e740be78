# The configuration the applications get: every connection asks for TLS and verifies the server.

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
      DATABASE_URL = "postgresql://orders_app@orders.db.internal:5432/orders?sslmode=verify-full"
    }
  }
}

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
        { name = "REDIS_URL", value = "rediss://sessions.cache.internal:6379/0" },
        { name = "DATABASE_URL", value = "postgresql://worker@orders.db.internal:5432/orders?sslmode=verify-full" },
      ]
    },
  ])
}
