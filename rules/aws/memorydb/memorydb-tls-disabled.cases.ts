import { defineCases } from "../../../core/cases";
import rule from "./memorydb-tls-disabled";

export default defineCases(rule, [
  {
    name: "cluster with TLS turned off (and so the open-access ACL)",
    doc: true,
    hcl: `resource "aws_memorydb_cluster" "orders" {
  name        = "orders"
  engine      = "redis"
  node_type   = "db.t4g.small"
  num_shards  = 1
  acl_name    = "open-access"
  tls_enabled = false
}
`,
    expect: [{ resource: "aws_memorydb_cluster.orders", messageId: "tlsDisabled", line: 7 }],
  },
  {
    name: "Valkey cluster with tls_enabled = \"false\" written as a string",
    hcl: `resource "aws_memorydb_cluster" "sessions" {
  name           = "sessions"
  engine         = "valkey"
  engine_version = "7.3"
  node_type      = "db.r7g.large"
  acl_name       = "open-access"
  tls_enabled    = "false"
}
`,
    expect: [{ resource: "aws_memorydb_cluster.sessions", messageId: "tlsDisabled", line: 7 }],
  },
  {
    name: "Multi-Region cluster with TLS turned off",
    hcl: `resource "aws_memorydb_multi_region_cluster" "global" {
  multi_region_cluster_name_suffix = "global"
  node_type                        = "db.r7g.xlarge"
  engine                           = "valkey"
  tls_enabled                      = false
}
`,
    expect: [{ resource: "aws_memorydb_multi_region_cluster.global", messageId: "tlsDisabled", line: 5 }],
  },
  {
    name: "clusters in a module, TLS turned off by the caller",
    hcl: {
      "main.tf": `module "cache" {
  source = "./modules/memorydb"
  tls    = false
}
`,
      "modules/memorydb/main.tf": `variable "tls" {
  type    = bool
  default = true
}

resource "aws_memorydb_cluster" "this" {
  name        = "cache"
  node_type   = "db.t4g.small"
  acl_name    = var.tls ? "cache-users" : "open-access"
  tls_enabled = var.tls
}
`,
    },
    expect: [{ resource: "module.cache.aws_memorydb_cluster.this", messageId: "tlsDisabled", line: 10, file: "modules/memorydb/main.tf" }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "cluster that leaves tls_enabled unset (the default is true)",
    doc: true,
    hcl: `resource "aws_memorydb_cluster" "orders" {
  name       = "orders"
  engine     = "valkey"
  node_type  = "db.t4g.small"
  num_shards = 1
  acl_name   = "orders-app"
}
`,
    expect: [],
  },
  {
    name: "cluster with tls_enabled = true",
    hcl: `resource "aws_memorydb_cluster" "orders" {
  name        = "orders"
  engine      = "redis"
  node_type   = "db.t4g.small"
  acl_name    = "orders-app"
  tls_enabled = true
}
`,
    expect: [],
  },
  {
    name: "Multi-Region cluster that leaves tls_enabled unset",
    hcl: `resource "aws_memorydb_multi_region_cluster" "global" {
  multi_region_cluster_name_suffix = "global"
  node_type                        = "db.r7g.xlarge"
  engine                           = "valkey"
}
`,
    expect: [],
  },
  {
    name: "tls_enabled from a variable without a value is not evaluated",
    hcl: `variable "tls" {
  type = bool
}

resource "aws_memorydb_cluster" "orders" {
  name        = "orders"
  node_type   = "db.t4g.small"
  acl_name    = "orders-app"
  tls_enabled = var.tls
}
`,
    expect: [],
    unknown: ["aws_memorydb_cluster.orders"],
  },
  {
    name: "tls_enabled = \"yes\" is not a boolean: not evaluated, not passed as unset",
    hcl: `resource "aws_memorydb_cluster" "orders" {
  name        = "orders"
  node_type   = "db.t4g.small"
  acl_name    = "open-access"
  tls_enabled = "yes"
}
`,
    noPlan: "Terraform rejects a string that is not a boolean for a bool argument and writes no plan",
    noPulumi: "Pulumi's tlsEnabled is typed boolean: the string form exists only in HCL",
    expect: [],
    unknown: ["aws_memorydb_cluster.orders"],
  },
]);
