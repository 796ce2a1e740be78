import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { planFixture } from "../../../core/plan-fixture";
import rule from "./rds-proxy-tls-not-required";

export default defineCases(rule, [
  {
    name: "proxy without require_tls (the default is false)",
    doc: true,
    hcl: `resource "aws_db_proxy" "app" {
  name           = "app"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc", "subnet-0def"]

  auth {
    auth_scheme = "SECRETS"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf"
  }
}
`,
    expect: [{ resource: "aws_db_proxy.app", messageId: "tlsNotRequired", line: 1 }],
  },
  {
    name: "MySQL proxy with require_tls = false",
    hcl: `resource "aws_db_proxy" "orders" {
  name           = "orders"
  engine_family  = "MYSQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc"]
  require_tls    = false
}
`,
    expect: [{ resource: "aws_db_proxy.orders", messageId: "tlsNotRequired", line: 6 }],
  },
  {
    name: "SQL Server proxy in a module with require_tls from a variable set to false",
    hcl: {
      "main.tf": `module "proxy" {
  source = "./modules/proxy"
  tls    = false
}
`,
      "modules/proxy/main.tf": `variable "tls" {
  type = bool
}

resource "aws_db_proxy" "this" {
  name           = "reports"
  engine_family  = "SQLSERVER"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc"]
  require_tls    = var.tls
}
`,
    },
    expect: [{ resource: "module.proxy.aws_db_proxy.this", messageId: "tlsNotRequired", line: 10, file: "modules/proxy/main.tf" }],
  },
  {
    name: "require_tls written as the string \"false\"",
    hcl: `resource "aws_db_proxy" "app" {
  name           = "app"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc"]
  require_tls    = "false"
}
`,
    noPulumi: "Pulumi's requireTls is typed boolean: the string form exists only in HCL",
    expect: [{ resource: "aws_db_proxy.app", messageId: "tlsNotRequired", line: 6 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "proxy that requires TLS",
    doc: true,
    hcl: `resource "aws_db_proxy" "app" {
  name           = "app"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc", "subnet-0def"]
  require_tls    = true

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf"
  }
}
`,
    expect: [],
  },
  {
    name: "SQL Server proxy that requires TLS, with Secrets Manager authentication only",
    hcl: `resource "aws_db_proxy" "reports" {
  name           = "reports"
  engine_family  = "SQLSERVER"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc"]
  require_tls    = true
}
`,
    expect: [],
  },
  {
    name: "proxies created with for_each, each requiring TLS",
    hcl: `resource "aws_db_proxy" "this" {
  for_each       = toset(["MYSQL", "SQLSERVER"])
  name           = lower(each.key)
  engine_family  = each.key
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc"]
  require_tls    = true
}
`,
    expect: [],
  },
  {
    name: "proxy without TLS disabled with count = 0",
    hcl: `resource "aws_db_proxy" "old" {
  count          = 0
  name           = "old"
  engine_family  = "MYSQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc"]
}
`,
    expect: [],
  },
  {
    name: "require_tls from a variable without a value is not evaluated",
    hcl: `variable "require_tls" {
  type = bool
}

resource "aws_db_proxy" "app" {
  name           = "app"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc"]
  require_tls    = var.require_tls
}
`,
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply, unknown in a preview.
      const role = new aws.iam.Role("proxy", { assumeRolePolicy: "{}" });
      new aws.rds.Proxy("app", {
        name: "app",
        engineFamily: "POSTGRESQL",
        roleArn: role.arn,
        vpcSubnetIds: ["subnet-0abc"],
        requireTls: role.arn.apply(() => true),
      });
    },
    plan: planFixture([
      // A plan always has variable values; the same situation is a value read only at apply time.
      {
        address: "aws_db_proxy.app",
        values: {
          name: "app",
          engine_family: "POSTGRESQL",
          role_arn: "arn:aws:iam::123456789012:role/rds-proxy",
          vpc_subnet_ids: ["subnet-0abc"],
          require_tls: null,
        },
        unknown: ["arn", "id", "endpoint", "require_tls"],
        refs: { require_tls: ["data.aws_ssm_parameter.require_tls.value", "data.aws_ssm_parameter.require_tls"] },
      },
    ]),
    expect: [],
    unknown: ["aws_db_proxy.app"],
  },
  {
    name: "require_tls = \"yes\" is not a boolean: not evaluated, not reported as unset",
    hcl: `resource "aws_db_proxy" "app" {
  name           = "app"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc"]
  require_tls    = "yes"
}
`,
    noPlan: "Terraform rejects a string that is not a boolean for a bool argument and writes no plan",
    noPulumi: "Pulumi's requireTls is typed boolean: the string form exists only in HCL",
    expect: [],
    unknown: ["aws_db_proxy.app"],
  },
  {
    name: "every auth block requires IAM: still fails without require_tls, with the IAM wording",
    hcl: `resource "aws_db_proxy" "iam" {
  name           = "iam"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc", "subnet-0def"]
  require_tls    = false

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app-AbCdEf"
  }

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "required"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ops-AbCdEf"
  }
}
`,
    expect: [{ resource: "aws_db_proxy.iam", messageId: "tlsNotRequiredIamOnly", line: 6 }],
  },
  {
    name: "one auth block requires IAM and one does not: the password wording",
    hcl: `resource "aws_db_proxy" "mixed" {
  name           = "mixed"
  engine_family  = "MYSQL"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc", "subnet-0def"]

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app-AbCdEf"
  }

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "DISABLED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:legacy-AbCdEf"
  }
}
`,
    expect: [{ resource: "aws_db_proxy.mixed", messageId: "tlsNotRequired", line: 1 }],
  },
  {
    name: "every auth block requires IAM and the proxy requires TLS: passes",
    hcl: `resource "aws_db_proxy" "iam" {
  name           = "iam"
  engine_family  = "SQLSERVER"
  role_arn       = "arn:aws:iam::123456789012:role/rds-proxy"
  vpc_subnet_ids = ["subnet-0abc", "subnet-0def"]
  require_tls    = true

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app-AbCdEf"
  }
}
`,
    expect: [],
  },
]);
