import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { defineCases } from "../../../core/cases";
import rule from "./db-connection-string-without-tls";

// Every password in these cases starts with "Hunter2": test/rules/db-connection-string-leak.test.ts checks that none reaches any output.
/** A PostgreSQL instance whose address is known only after apply. */
const ordersDbHcl = `resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "orders_admin"
  manage_master_user_password = true
}
`;

/** A Lambda function whose environment variables are `variables` (HCL lines). */
export const lambdaHcl = (variables: string) => `resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "orders.zip"

  environment {
    variables = {
${variables}
    }
  }
}
`;

/** An ECS task definition (Fargate) with `definitions` (its container_definitions line(s)). */
const ecsTaskHcl = (definitions: string) => `resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
${definitions}
}
`;

export default defineCases(rule, [
  {
    name: "PostgreSQL URL with sslmode=disable in a Lambda environment",
    doc: true,
    hcl: lambdaHcl(`      LOG_LEVEL    = "info"
      DATABASE_URL = "postgresql://orders_app@orders.cluster-abc.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=disable"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 11 }],
  },
  {
    name: "PostgreSQL URL to a remote host without sslmode (libpq's default is prefer)",
    hcl: lambdaHcl(`      DATABASE_URL = "postgres://orders_app:Hunter2-orders@orders.internal/orders"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "missingSslmode", line: 10 }],
  },
  {
    name: "sslmode=allow and prefer in JDBC and key/value forms, MySQL useSSL=false and Go tls=false",
    hcl: lambdaHcl(`      ORDERS_JDBC  = "jdbc:postgresql://orders.internal:5432/orders?user=app&password=Hunter2-orders&sslmode=allow"
      REPORTS_DSN  = "host=reports.internal port=5432 dbname=reports user=app password='Hunter2 reports' sslmode=prefer"
      LEGACY_JDBC  = "jdbc:mysql://legacy.internal:3306/legacy?user=app&password=Hunter2-legacy&useSSL=false"
      GO_MYSQL_DSN = "app:Hunter2-go@tcp(billing.internal:3306)/billing?tls=false"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 10 }, { resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 11 }, { resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 12 }, { resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 13 }],
  },
  {
    name: "MySQL, MariaDB, MongoDB and SQL Server URLs that turn TLS off",
    hcl: lambdaHcl(`      MYSQL_URL   = "mysql://app:Hunter2-mysql@shop.internal:3306/shop?ssl-mode=DISABLED"
      MARIADB_URL = "mariadb://app:Hunter2-maria@catalog.internal/catalog?ssl-mode=PREFERRED"
      MONGO_URL   = "mongodb+srv://app:Hunter2-mongo@cluster0.example.mongodb.net/orders?tls=false"
      MSSQL_JDBC  = "jdbc:sqlserver://ledger.internal:1433;databaseName=ledger;user=app;password=Hunter2-mssql;encrypt=false"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 10 }, { resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 11 }, { resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 12 }, { resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 13 }],
  },
  {
    name: "Redis and AMQP URLs without TLS schemes to remote hosts",
    hcl: lambdaHcl(`      REDIS_URL  = "redis://:Hunter2-redis@sessions.abc.euw1.cache.amazonaws.com:6379/0"
      BROKER_URL = "amqp://app:Hunter2-amqp@b-1234.mq.eu-west-1.amazonaws.com:5672/"
      CACHE_URL  = "rediss://cache.internal:6379?ssl=false"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "plainScheme", line: 10 }, { resource: "aws_lambda_function.orders", messageId: "plainScheme", line: 11 }, { resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 12 }],
  },
  {
    name: "separate variables that turn TLS off: PGSSLMODE=disable, DATABASE_SSL=false",
    hcl: lambdaHcl(`      PGHOST       = "orders.internal"
      PGSSLMODE    = "disable"
      DATABASE_SSL = "false"
      DATABASE_URL = "postgresql://app@orders.internal/orders"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "weakVariable", line: 11 }, { resource: "aws_lambda_function.orders", messageId: "weakVariable", line: 12 }],
  },
  {
    name: "sslmode=disable is known although the password is known only after apply",
    noPlan: "a plan shows a string with a part known only after apply as unknown as a whole",
    noPulumi: "a preview shows an interpolated output with an unknown part as unknown as a whole",
    hcl: `resource "random_password" "db" {
  length = 24
}

` + lambdaHcl(`      DATABASE_URL = "postgresql://app:\${random_password.db.result}@orders.internal:5432/orders?sslmode=disable"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 14 }],
  },
  {
    name: "ECS task: jsonencode container definitions, one container with MySQL ssl-mode=DISABLED and one with redis://",
    hcl: ecsTaskHcl(`  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
      essential = true
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "DATABASE_URL", value = "mysql://api:Hunter2-api@shop.internal:3306/shop?ssl-mode=DISABLED" },
      ]
    },
    {
      name      = "worker"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:1.4.2"
      essential = false
      environment = [
        { name = "REDIS_URL", value = "redis://sessions.internal:6379" },
      ]
    },
  ])`),
    expect: [{ resource: "aws_ecs_task_definition.api", messageId: "weakParameter", line: 7 }, { resource: "aws_ecs_task_definition.api", messageId: "plainScheme", line: 7 }],
  },
  {
    name: "ECS task: container definitions as a JSON string with an ADO.NET Encrypt=False connection string",
    hcl: ecsTaskHcl(`  container_definitions = <<-JSON
    [
      {
        "name": "ledger",
        "image": "mcr.microsoft.com/dotnet/aspnet:8.0",
        "essential": true,
        "environment": [
          {"name": "ConnectionStrings__Ledger", "value": "Server=tcp:ledger.internal,1433;Database=ledger;User Id=app;Password=Hunter2-ado;Encrypt=False;"}
        ]
      }
    ]
  JSON`),
    expect: [{ resource: "aws_ecs_task_definition.api", messageId: "weakParameter", line: 7 }],
  },
  {
    name: "ECS task: an image known only after apply does not hide a known sslmode=disable",
    noPlan: "a plan shows container_definitions with a part known only after apply as unknown as a whole",
    noPulumi: "a preview shows a JSON string built from an unknown output as unknown as a whole",
    hcl: `resource "aws_ecr_repository" "api" {
  name = "api"
}

` + ecsTaskHcl(`  container_definitions = jsonencode([
    {
      name  = "api"
      image = "\${aws_ecr_repository.api.repository_url}:1.4.2"
      environment = [
        { name = "DATABASE_URL", value = "postgresql://api@orders.internal/orders?sslmode=disable" },
      ]
    },
  ])`),
    expect: [{ resource: "aws_ecs_task_definition.api", messageId: "weakParameter", line: 11 }],
  },
  {
    name: "App Runner service: MongoDB tls=false in runtime environment variables",
    hcl: `resource "aws_apprunner_service" "web" {
  service_name = "web"

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/aws-containers/hello-app-runner:latest"
      image_repository_type = "ECR_PUBLIC"
      image_configuration {
        port = "8000"
        runtime_environment_variables = {
          MONGODB_URI = "mongodb://web:Hunter2-web@docs.internal:27017/web?tls=false"
        }
      }
    }
  }
}
`,
    expect: [{ resource: "aws_apprunner_service.web", messageId: "weakParameter", line: 11 }],
  },
  {
    name: "Elastic Beanstalk environment properties: PGSSLMODE=prefer and an amqp:// broker URL",
    hcl: `resource "aws_elastic_beanstalk_environment" "shop" {
  name                = "shop"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "PGSSLMODE"
    value     = "prefer"
  }

  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "CELERY_BROKER_URL"
    value     = "amqp://shop:Hunter2-celery@rabbit.internal:5672/shop"
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = "aws-elasticbeanstalk-ec2-role"
  }
}
`,
    expect: [{ resource: "aws_elastic_beanstalk_environment.shop", messageId: "weakVariable", line: 9 }, { resource: "aws_elastic_beanstalk_environment.shop", messageId: "plainScheme", line: 15 }],
  },
  {
    name: "SSM parameter and Secrets Manager secrets: a plain DSN and a JSON secret with sslmode=allow",
    hcl: `resource "aws_ssm_parameter" "ledger" {
  name  = "/ledger/ConnectionString"
  type  = "SecureString"
  value = "Server=ledger.internal;Database=ledger;User Id=app;Password=Hunter2-ssm;Encrypt=No"
}

resource "aws_secretsmanager_secret_version" "orders" {
  secret_id = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-AbCdEf"
  secret_string = jsonencode({
    username = "orders_app"
    password = "Hunter2-secret"
    url      = "postgresql://orders_app:Hunter2-secret@orders.internal/orders?sslmode=allow"
  })
}

resource "aws_secretsmanager_secret_version" "reports" {
  secret_id     = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:reports-AbCdEf"
  secret_string = "host=reports.internal dbname=reports user=app password=Hunter2-kv sslmode=disable"
}
`,
    expect: [{ resource: "aws_ssm_parameter.ledger", messageId: "weakParameter", line: 4 }, { resource: "aws_secretsmanager_secret_version.orders", messageId: "weakParameter", line: 9 }, { resource: "aws_secretsmanager_secret_version.reports", messageId: "weakParameter", line: 18 }],
  },
  {
    name: "a sensitive password: the finding shows neither it nor the host the secret string holds",
    vars: ["db_password=Hunter2-sensitive"],
    hcl: `variable "db_password" {
  type      = string
  sensitive = true
}

` + ecsTaskHcl(`  container_definitions = jsonencode([
    {
      name  = "api"
      image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
      environment = [
        { name = "DATABASE_URL", value = "postgresql://api:\${var.db_password}@vault-only.internal/orders?sslmode=disable" },
      ]
    },
  ])`),
    // A Pulumi secret makes the JSON string a secret (pulumi.jsonStringify keeps it secret), as a sensitive variable does.
    pulumi: () => {
      const password = pulumi.secret("Hunter2-sensitive");
      new aws.ecs.TaskDefinition("api", {
        family: "api",
        requiresCompatibilities: ["FARGATE"],
        networkMode: "awsvpc",
        cpu: "512",
        memory: "1024",
        containerDefinitions: pulumi.jsonStringify([
          {
            name: "api",
            image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2",
            environment: [{ name: "DATABASE_URL", value: pulumi.interpolate`postgresql://api:${password}@vault-only.internal/orders?sslmode=disable` }],
          },
        ]),
      });
    },
    expect: [{ resource: "aws_ecs_task_definition.api", messageId: "weakParameter", line: 12 }],
  },
  {
    name: "TLS asked for in every form: verify-full, require, rediss, amqps, Encrypt=True, tls=true",
    doc: true,
    hcl: lambdaHcl(`      DATABASE_URL = "postgresql://orders_app@orders.internal:5432/orders?sslmode=verify-full"
      REPORTS_DSN  = "host=reports.internal dbname=reports user=app sslmode=require"
      ORDERS_JDBC  = "jdbc:postgresql://orders.internal/orders?ssl=true"
      MYSQL_URL    = "mysql://app@shop.internal/shop?ssl-mode=VERIFY_IDENTITY"
      MSSQL        = "Server=tcp:ledger.internal,1433;Database=ledger;Authentication=Active Directory Managed Identity;Encrypt=True;"
      MONGO_URL    = "mongodb+srv://app@cluster0.example.mongodb.net/orders"
      REDIS_URL    = "rediss://@sessions.internal:6379/0"
      BROKER_URL   = "amqps://app@b-1234.mq.eu-west-1.amazonaws.com:5671/"`),
    expect: [],
  },
  {
    name: "local hosts pass whatever they set: localhost, 127.0.0.1, ::1, a Unix socket",
    hcl: lambdaHcl(`      DATABASE_URL = "postgresql://app:Hunter2-local@localhost:5432/orders?sslmode=disable"
      SIDECAR_URL  = "postgres://app@127.0.0.1:6432/orders"
      IPV6_URL     = "mysql://app@[::1]:3306/shop?ssl-mode=DISABLED"
      SOCKET_URL   = "postgresql://%2Fvar%2Frun%2Fpostgresql/orders?sslmode=disable"
      SOCKET_DSN   = "host=/var/run/postgresql dbname=orders"
      REDIS_URL    = "redis://localhost:6379"`),
    expect: [],
  },
  {
    name: "a PostgreSQL URL without sslmode passes when PGSSLMODE=verify-full is set beside it",
    hcl: lambdaHcl(`      PGSSLMODE    = "verify-full"
      DATABASE_URL = "postgresql://app@orders.internal/orders"
      API_URL      = "https://api.example.com/v1?ssl=false"`),
    expect: [],
  },
  {
    name: "missingSslmodeFails = false: a URL without sslmode passes",
    options: {"missingSslmodeFails": false},
    hcl: lambdaHcl(`      DATABASE_URL = "postgresql://app@orders.internal/orders"`),
    expect: [],
  },
  {
    name: "localHosts: a host matching an extra local pattern passes",
    options: {"localHosts": ["*.sidecar.internal"]},
    hcl: lambdaHcl(`      DATABASE_URL = "postgresql://app@pgbouncer.sidecar.internal/orders?sslmode=disable"`),
    expect: [],
  },
  {
    name: "ECS task and secrets whose connection strings ask for TLS",
    hcl: ecsTaskHcl(`  container_definitions = jsonencode([
    {
      name  = "api"
      image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
      environment = [
        { name = "DATABASE_URL", value = "postgresql://api@orders.internal/orders?sslmode=verify-full" },
        { name = "REDIS_URL", value = "rediss://sessions.internal:6379" },
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-AbCdEf" },
      ]
    },
  ])
}


resource "aws_secretsmanager_secret_version" "orders" {
  secret_id = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-AbCdEf"
  secret_string = jsonencode({
    username = "orders_app"
    password = "Hunter2-secret"
    engine   = "postgres"
    host     = "orders.internal"
  })`),
    expect: [],
  },
  {
    name: "Elastic Beanstalk: a setting outside the environment namespace is not an environment property",
    hcl: `resource "aws_elastic_beanstalk_environment" "shop" {
  name                = "shop"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elasticbeanstalk:customoption"
    name      = "DATABASE_URL"
    value     = "postgresql://app@orders.internal/orders?sslmode=disable"
  }

  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "DATABASE_URL"
    value     = "postgresql://app@orders.internal/orders?sslmode=require"
  }
}
`,
    expect: [],
  },
  {
    name: "a connection variable without a value is not evaluated",
    hcl: `variable "database_url" {
  type = string
}

` + lambdaHcl(`      DATABASE_URL = var.database_url
      QUEUE_NAME   = var.database_url`),
    expect: [],
    unknown: ["aws_lambda_function.orders"],
  },
  {
    name: "a URL whose host is known only after apply is not evaluated",
    hcl: `${ordersDbHcl}
` + lambdaHcl(`      DATABASE_URL = "postgresql://app@\${aws_db_instance.orders.address}/orders?sslmode=disable"`),
    expect: [],
    unknown: ["aws_lambda_function.orders"],
  },
  {
    name: "unknown values under names that hold no connection string (DB_HOST, API_URL) are not counted",
    hcl: `variable "api_url" {
  type = string
}

${ordersDbHcl}
` + lambdaHcl(`      DB_HOST = aws_db_instance.orders.address
      DB_PORT = aws_db_instance.orders.port
      API_URL = var.api_url`),
    expect: [],
  },
  {
    name: "an @ in the query is not user info: the parameters after it are read",
    hcl: lambdaHcl(`      DATABASE_URL = "postgresql://app@db.example.com/orders?password=Hunter2-q@X4yz/Qq9&sslmode=disable"
      MYSQL_URL    = "mysql://app@db.example.com/x?ssl-mode=DISABLED&application_name=a@b"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 10 }, { resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 11 }],
  },
  {
    name: "an @ in the query of a verify-full URL, and a Server=…;Port=… string that names no database, pass",
    hcl: lambdaHcl(`      DATABASE_URL    = "postgresql://app@db.example.com/orders?sslmode=verify-full&application_name=ops@example"
      SMTP_CONNECTION = "Server=smtp.example.com;Port=25;Encrypt=false"`),
    expect: [],
  },
  {
    name: "a URL whose path or options are known only after apply is not evaluated (they may set sslmode)",
    hcl: `variable "opts" {
  type = string
}

` + lambdaHcl(`      DATABASE_URL = "postgresql://app@db.example.com/orders\${var.opts}"
      REPLICA_URL  = "postgresql://app@replica.example.com/orders?application_name=\${var.opts}&sslmode=disable"`),
    expect: [],
    unknown: ["aws_lambda_function.orders"],
  },
  {
    name: "MYSQL_SSL_MODE=REQUIRED does not set the mode of a PostgreSQL URL without sslmode",
    hcl: lambdaHcl(`      DATABASE_URL   = "postgresql://app@orders.internal/orders"
      MYSQL_SSL_MODE = "REQUIRED"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "missingSslmode", line: 10 }],
  },
  {
    name: "the AWS JDBC Driver's and Connector/J's replication prefixes are read",
    hcl: lambdaHcl(`      ORDERS_JDBC = "jdbc:aws-wrapper:postgresql://orders.internal:5432/orders?sslmode=disable"
      SHOP_JDBC   = "jdbc:mysql:replication://source.internal,replica.internal/shop?sslMode=DISABLED"`),
    expect: [{ resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 10 }, { resource: "aws_lambda_function.orders", messageId: "weakParameter", line: 11 }],
  },
  {
    name: "ECS container definitions that are not valid JSON are not evaluated",
    hcl: ecsTaskHcl(`  container_definitions = "[{\\"name\\": \\"api\\", \\"environment\\": ["`),
    expect: [],
    unknown: ["aws_ecs_task_definition.api"],
  },
]);
