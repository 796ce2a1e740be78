/**
 * The benchmark corpus: a deterministic monorepo of realistic Terraform, built from a seed so every run of
 * `npm run bench` scans the same bytes (its digest is printed, so a reader can tell two runs measured the same input).
 *
 * Layout, as platform teams lay out a Terraform monorepo:
 *   modules/<name>/                      shared modules (alb, nlb, web-sg, postgres, mysql, aurora, redis, …)
 *   teams/<team>/modules/<name>/         a team's forks of shared modules, drifted in their own ways
 *   teams/<team>/<service>/<env>/        root modules: provider, backend, variables, tfvars, module calls, resources
 *
 * Secure and insecure settings are mixed with fixed probabilities so every rule area fires, and the code uses what
 * real repositories use: count/for_each, dynamic blocks fed by variables, local module calls, tfvars, heredocs and
 * all three comment styles.
 */
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** "moat" in ASCII. Change it and the corpus (and its digest) changes. */
export const DEFAULT_SEED = 0x6d6f6174;

/** Bump when the generator changes what it writes, so old numbers are not compared with new ones unknowingly. */
export const CORPUS_VERSION = 1;

export interface CorpusFile {
  /** Relative, with `/` separators. */
  path: string;
  text: string;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `n` distinct items, in their original order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const indexes = items.map((_, i) => i);
    for (let i = indexes.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
    }
    return indexes
      .slice(0, Math.min(n, items.length))
      .sort((a, b) => a - b)
      .map((i) => items[i]);
  }

  hex(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += "0123456789abcdef"[this.int(0, 15)];
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

const TEAMS = ["payments", "identity", "search", "catalog", "checkout", "platform", "data", "growth", "media", "support"];
const SERVICE_NAMES = [
  "api", "web", "gateway", "billing", "ledger", "auth", "sessions", "profile", "indexer", "query", "pricing",
  "inventory", "orders", "cart", "notifications", "reports", "ingest", "events", "uploads", "thumbnails", "tickets",
  "chat", "admin", "partners", "webhooks", "exports", "ranking", "recommend", "feeds", "audit",
];
const ENVS = ["dev", "staging", "prod"];
const REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2"];

/** Real ELB security policy names: modern, FIPS, PQ, and the old ones a drifted fork still carries. */
const STRONG_TLS_POLICIES = [
  "ELBSecurityPolicy-TLS13-1-2-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  "ELBSecurityPolicy-TLS13-1-3-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
  "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
  "ELBSecurityPolicy-FS-1-2-Res-2020-10",
  "ELBSecurityPolicy-TLS-1-2-2017-01",
];
const WEAK_TLS_POLICIES = [
  "ELBSecurityPolicy-2016-08",
  "ELBSecurityPolicy-TLS-1-1-2017-01",
  "ELBSecurityPolicy-FS-2018-06",
  "ELBSecurityPolicy-TLS13-1-0-2021-06",
  "ELBSecurityPolicy-2015-05",
];

const POSTGRES_VERSIONS = [
  { version: "11.22", family: "postgres11" },
  { version: "13.15", family: "postgres13" },
  { version: "14.12", family: "postgres14" },
  { version: "15.7", family: "postgres15" },
  { version: "16.3", family: "postgres16" },
];
const MYSQL_VERSIONS = [
  { version: "5.7.44", family: "mysql5.7" },
  { version: "8.0.36", family: "mysql8.0" },
  { version: "8.4.3", family: "mysql8.4" },
];
const AURORA_ENGINES = [
  { engine: "aurora-postgresql", version: "15.4", family: "aurora-postgresql15", param: "rds.force_ssl", on: "1" },
  { engine: "aurora-postgresql", version: "16.2", family: "aurora-postgresql16", param: "rds.force_ssl", on: "1" },
  { engine: "aurora-mysql", version: "8.0.mysql_aurora.3.05.2", family: "aurora-mysql8.0", param: "require_secure_transport", on: "ON" },
];

const APP_PORTS = [3000, 8000, 8080, 8443, 9000, 5000];

const HEADER_COMMENTS = [
  "Managed by the platform team. Changes need a review from #infra-reviews.",
  "DO NOT EDIT the tags by hand: they are merged from locals.tf.",
  "See the runbook in the service README before changing capacity.",
  "Imported from the old CloudFormation stack in 2023; names are kept for continuity.",
  "Keep resource names stable: renaming destroys and recreates them.",
];

// ---------------------------------------------------------------------------------------------------------------
// HCL helpers

/** A `#####` banner, as terraform-aws-modules and most monorepos section their files. */
function banner(title: string): string {
  const rule = "#".repeat(80);
  return `${rule}\n# ${title}\n${rule}\n`;
}

function hclString(s: string): string {
  return JSON.stringify(s);
}

function hclList(items: readonly (string | number)[]): string {
  return `[${items.map((i) => (typeof i === "number" ? String(i) : hclString(i))).join(", ")}]`;
}

function privateCidr(rng: SeededRandom): string {
  return rng.pick([`10.${rng.int(0, 255)}.0.0/16`, `10.${rng.int(0, 255)}.${rng.int(0, 15) * 16}.0/20`, `172.${rng.int(16, 31)}.0.0/16`]);
}

function publicCidr(rng: SeededRandom): string {
  return `${rng.pick([52, 54, 18, 34, 35, 3, 13])}.${rng.int(0, 255)}.${rng.int(0, 255)}.0/${rng.pick([24, 26, 28])}`;
}

function awsId(rng: SeededRandom, prefix: string): string {
  return `${prefix}-${rng.hex(17)}`;
}

function accountId(rng: SeededRandom): string {
  let out = "";
  for (let i = 0; i < 12; i++) out += String(rng.int(0, 9));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared and forked modules

/** How a module copy differs from the shared one. Shared modules are the secure baseline. */
interface ModuleFlavour {
  /** Default of `ssl_policy`; forks keep an old one. */
  sslPolicy: string;
  /** The HTTP listener forwards to the default target group instead of redirecting (a fork "for health checks"). */
  httpForwards: boolean;
  /** The redirect omits `protocol` (stays HTTP). */
  redirectWithoutProtocol: boolean;
  /** The load balancer's security group lets the world in on every port (a debugging leftover). */
  sgOpenToWorld: boolean;
  /** Default of `storage_encrypted`. */
  storageEncrypted: boolean;
  /** Whether the parameter group turns TLS enforcement on. */
  enforceTls: boolean;
  /** Default of `transit_encryption_enabled`. */
  transitEncryption: boolean;
}

const SECURE_FLAVOUR: ModuleFlavour = {
  sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
  httpForwards: false,
  redirectWithoutProtocol: false,
  sgOpenToWorld: false,
  storageEncrypted: true,
  enforceTls: true,
  transitEncryption: true,
};

function forkFlavour(rng: SeededRandom): ModuleFlavour {
  return {
    sslPolicy: rng.chance(0.4) ? rng.pick(WEAK_TLS_POLICIES) : rng.pick(STRONG_TLS_POLICIES),
    httpForwards: rng.chance(0.25),
    redirectWithoutProtocol: rng.chance(0.15),
    sgOpenToWorld: rng.chance(0.15),
    storageEncrypted: rng.chance(0.7),
    enforceTls: rng.chance(0.6),
    transitEncryption: rng.chance(0.6),
  };
}

/** The files every shared module has: main, variables, outputs, locals and versions. */
function standardModuleFiles(rng: SeededRandom, kind: string, main: string, variables: string, outputs: string): CorpusFile[] {
  return [
    { path: "main.tf", text: main },
    { path: "variables.tf", text: variables },
    { path: "outputs.tf", text: outputs },
    { path: "locals.tf", text: moduleLocals(kind) },
    { path: "versions.tf", text: versionsTf(rng) },
  ];
}

function versionsTf(rng: SeededRandom): string {
  const aws = rng.pick(["~> 5.0", ">= 5.46", "~> 5.80", ">= 6.0"]);
  return `terraform {
  required_version = "${rng.pick([">= 1.5.0", ">= 1.6", "~> 1.9"])}"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "${aws}"
    }
  }
}
`;
}

function tagsVariable(): string {
  return `variable "tags" {
  description = "Tags applied to every resource of this module."
  type        = map(string)
  default     = {}
}
`;
}

function moduleLocals(kind: string): string {
  return `locals {
  # Every resource carries the module name, so cost reports can be split by component.
  tags = merge(var.tags, {
    Module    = "${kind}"
    Component = var.name
  })
}
`;
}

function albModule(rng: SeededRandom, f: ModuleFlavour): CorpusFile[] {
  const variables = `variable "name" {
  description = "Name of the load balancer and prefix of everything it owns."
  type        = string
}

variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "vpc_id" {
  description = "VPC the load balancer and its target groups live in."
  type        = string
}

variable "subnet_ids" {
  description = "Public subnets for an internet-facing load balancer, private ones for an internal one."
  type        = list(string)
}

variable "internal" {
  description = "Whether the load balancer is internal."
  type        = bool
  default     = false
}

variable "certificate_arn" {
  description = "ACM certificate of the HTTPS listener."
  type        = string
  default     = null
}

variable "ssl_policy" {
  description = "TLS negotiation policy of the HTTPS listener."
  type        = string
  default     = ${hclString(f.sslPolicy)}
}

variable "enable_http_listener" {
  description = "Create the port-80 listener (it redirects to HTTPS)."
  type        = bool
  default     = true
}

variable "ingress_cidr_blocks" {
  description = "Who may reach the listeners."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "listener_ports" {
  description = "Ports opened on the load balancer's security group."
  type        = list(number)
  default     = [80, 443]
}

variable "target_groups" {
  description = "Target groups, each with its routing rule on the HTTPS listener."
  type = map(object({
    port              = number
    protocol          = optional(string, "HTTP")
    health_check_path = optional(string, "/health")
    priority          = number
    host_headers      = optional(list(string), [])
    path_patterns     = optional(list(string), ["/*"])
  }))
  default = {}
}

variable "access_logs_bucket" {
  description = "S3 bucket for access logs; null disables them."
  type        = string
  default     = null
}

variable "idle_timeout" {
  type    = number
  default = ${rng.pick([60, 120, 300])}
}

${tagsVariable()}`;

  const redirectProtocol = f.redirectWithoutProtocol ? "" : `      protocol    = "HTTPS"\n`;
  const httpAction = f.httpForwards
    ? `  # Forward instead of redirecting: the old health checker cannot follow redirects (INFRA-${rng.int(100, 999)}).
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[keys(var.target_groups)[0]].arn
  }`
    : `  default_action {
    type = "redirect"

    redirect {
      port        = "443"
${redirectProtocol}      status_code = "HTTP_301"
    }
  }`;

  const sgIngress = f.sgOpenToWorld
    ? `  # Temporary: wide open while debugging the health checks. Remove before go-live!
  ingress {
    description = "debug"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

`
    : "";

  const main = `${banner("Security group")}
resource "aws_security_group" "this" {
  name_prefix = "\${var.name}-alb-"
  description = "Load balancer \${var.name}"
  vpc_id      = var.vpc_id

${sgIngress}  dynamic "ingress" {
    for_each = toset(var.listener_ports)

    content {
      description = "Listener port \${ingress.value}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = var.ingress_cidr_blocks
    }
  }

  egress {
    description = "To the targets"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = merge(local.tags, { Name = "\${var.name}-alb" })

  lifecycle {
    create_before_destroy = true
  }
}

${banner("Load balancer")}
resource "aws_lb" "this" {
  name               = var.name
  internal           = var.internal
  load_balancer_type = "application"
  security_groups    = [aws_security_group.this.id]
  subnets            = var.subnet_ids

  idle_timeout               = var.idle_timeout
  enable_deletion_protection = var.environment == "prod"
  drop_invalid_header_fields = true
  enable_http2               = true

  dynamic "access_logs" {
    for_each = var.access_logs_bucket != null ? [var.access_logs_bucket] : []

    content {
      bucket  = access_logs.value
      prefix  = var.name
      enabled = true
    }
  }

  tags = local.tags
}

resource "aws_lb_target_group" "this" {
  for_each = var.target_groups

  name                 = substr("\${var.name}-\${each.key}", 0, 32)
  port                 = each.value.port
  protocol             = each.value.protocol
  vpc_id               = var.vpc_id
  target_type          = "ip"
  deregistration_delay = ${rng.pick([10, 30, 60, 300])}

  health_check {
    enabled             = true
    path                = each.value.health_check_path
    matcher             = "200-399"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }

  tags = merge(local.tags, { TargetGroup = each.key })
}

${banner("Listeners")}
resource "aws_lb_listener" "http" {
  count = var.enable_http_listener ? 1 : 0

  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"

${httpAction}

  tags = local.tags
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy
  certificate_arn   = var.certificate_arn

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      message_body = "Not found"
      status_code  = "404"
    }
  }

  tags = local.tags
}

resource "aws_lb_listener_rule" "this" {
  for_each = var.target_groups

  listener_arn = aws_lb_listener.https.arn
  priority     = each.value.priority

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[each.key].arn
  }

  condition {
    path_pattern {
      values = each.value.path_patterns
    }
  }

  dynamic "condition" {
    for_each = length(each.value.host_headers) > 0 ? [each.value.host_headers] : []

    content {
      host_header {
        values = condition.value
      }
    }
  }

  tags = local.tags
}
`;

  const outputs = `output "lb_arn" {
  description = "ARN of the load balancer."
  value       = aws_lb.this.arn
}

output "lb_dns_name" {
  description = "DNS name of the load balancer."
  value       = aws_lb.this.dns_name
}

output "security_group_id" {
  description = "Security group of the load balancer; targets allow traffic from it."
  value       = aws_security_group.this.id
}

output "https_listener_arn" {
  value = aws_lb_listener.https.arn
}

output "target_group_arns" {
  description = "Target group ARNs by key."
  value       = { for k, tg in aws_lb_target_group.this : k => tg.arn }
}
`;
  return standardModuleFiles(rng, "alb", main, variables, outputs);
}

function nlbModule(rng: SeededRandom, f: ModuleFlavour): CorpusFile[] {
  const variables = `variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "internal" {
  type    = bool
  default = true
}

variable "certificate_arn" {
  type    = string
  default = null
}

variable "ssl_policy" {
  type    = string
  default = ${hclString(f.sslPolicy)}
}

variable "listeners" {
  description = "Listeners by name: port, protocol (TCP, TLS, UDP) and target port."
  type = map(object({
    port        = number
    protocol    = string
    target_port = number
  }))
}

${tagsVariable()}`;

  const main = `# Network load balancer: layer 4, no security group of its own in older accounts.

resource "aws_lb" "this" {
  name                             = var.name
  internal                         = var.internal
  load_balancer_type               = "network"
  subnets                          = var.subnet_ids
  enable_cross_zone_load_balancing = true

  tags = local.tags
}

resource "aws_lb_target_group" "this" {
  for_each = var.listeners

  name        = substr("\${var.name}-\${each.key}", 0, 32)
  port        = each.value.target_port
  protocol    = each.value.protocol == "TLS" ? "TCP" : each.value.protocol
  vpc_id      = var.vpc_id
  target_type = "ip"

  health_check {
    protocol = "TCP"
    interval = ${rng.pick([10, 30])}
  }

  tags = local.tags
}

resource "aws_lb_listener" "this" {
  for_each = var.listeners

  load_balancer_arn = aws_lb.this.arn
  port              = each.value.port
  protocol          = each.value.protocol
  # ssl_policy and certificate only apply to TLS listeners.
  ssl_policy      = each.value.protocol == "TLS" ? var.ssl_policy : null
  certificate_arn = each.value.protocol == "TLS" ? var.certificate_arn : null

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[each.key].arn
  }
}
`;
  const outputs = `output "lb_arn" {
  value = aws_lb.this.arn
}

output "dns_name" {
  value = aws_lb.this.dns_name
}
`;
  return standardModuleFiles(rng, "nlb", main, variables, outputs);
}

function webSgModule(rng: SeededRandom, f: ModuleFlavour): CorpusFile[] {
  const variables = `variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "app_port" {
  description = "Port the application listens on."
  type        = number
  default     = 8080
}

variable "source_security_group_ids" {
  description = "Security groups allowed to reach the application port (usually the load balancer's)."
  type        = list(string)
  default     = []
}

variable "ingress_rules" {
  description = "Extra ingress rules, one standalone rule each."
  type = list(object({
    description = string
    from_port   = number
    to_port     = number
    protocol    = optional(string, "tcp")
    cidr_blocks = list(string)
  }))
  default = []
}

variable "ssh_cidr_blocks" {
  description = "Who may SSH in; empty disables the rule."
  type        = list(string)
  default     = []
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/8"
}

${tagsVariable()}`;

  const main = `/*
 * Security group of the application tier.
 * Inline rules hold what never changes; standalone rules are added by callers.
 */
resource "aws_security_group" "this" {
  name        = "\${var.name}-app"
  description = "Application tier of \${var.name}"
  vpc_id      = var.vpc_id

  ingress {
    description = "Health checks from inside the VPC"
    from_port   = var.app_port
    to_port     = var.app_port
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr]
  }

  ingress {
    description = "Pods talking to each other"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }
${
  f.sgOpenToWorld
    ? `
  ingress {
    description = "Metrics scraper (TODO: restrict)"
    from_port   = 9100
    to_port     = 9200
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
`
    : ""
}
  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = merge(local.tags, { Name = "\${var.name}-app" })
}

resource "aws_vpc_security_group_ingress_rule" "from_sources" {
  for_each = toset(var.source_security_group_ids)

  security_group_id            = aws_security_group.this.id
  description                  = "App port from \${each.value}"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = var.app_port
  to_port                      = var.app_port
}

resource "aws_security_group_rule" "extra" {
  count = length(var.ingress_rules)

  type              = "ingress"
  security_group_id = aws_security_group.this.id
  description       = var.ingress_rules[count.index].description
  from_port         = var.ingress_rules[count.index].from_port
  to_port           = var.ingress_rules[count.index].to_port
  protocol          = var.ingress_rules[count.index].protocol
  cidr_blocks       = var.ingress_rules[count.index].cidr_blocks
}

resource "aws_security_group_rule" "ssh" {
  count = length(var.ssh_cidr_blocks) > 0 ? 1 : 0

  type              = "ingress"
  security_group_id = aws_security_group.this.id
  description       = "SSH for break-glass access"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = var.ssh_cidr_blocks
}
`;
  const outputs = `output "security_group_id" {
  value = aws_security_group.this.id
}

output "security_group_arn" {
  value = aws_security_group.this.arn
}
`;
  return [
    { path: "main.tf", text: main },
    { path: "variables.tf", text: variables },
    { path: "outputs.tf", text: outputs },
    { path: "locals.tf", text: moduleLocals(`web-sg-${rng.int(1, 3)}`) },
    { path: "versions.tf", text: versionsTf(rng) },
  ];
}

function dbVariables(engineDefault: string, versionDefault: string, familyDefault: string, f: ModuleFlavour): string {
  return `variable "name" {
  type = string
}

variable "environment" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "engine" {
  type    = string
  default = ${hclString(engineDefault)}
}

variable "engine_version" {
  type    = string
  default = ${hclString(versionDefault)}
}

variable "parameter_group_family" {
  type    = string
  default = ${hclString(familyDefault)}
}

variable "instance_class" {
  type    = string
  default = "db.t4g.medium"
}

variable "allocated_storage" {
  type    = number
  default = 50
}

variable "storage_encrypted" {
  type    = bool
  default = ${f.storageEncrypted}
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "enforce_tls" {
  description = "Reject connections that do not use TLS."
  type        = bool
  default     = ${f.enforceTls}
}

variable "allowed_security_group_ids" {
  description = "Application security groups that may connect."
  type        = list(string)
  default     = []
}

variable "extra_parameters" {
  description = "More parameters for the parameter group."
  type = list(object({
    name         = string
    value        = string
    apply_method = optional(string, "pending-reboot")
  }))
  default = []
}

variable "backup_retention_period" {
  type    = number
  default = 7
}

${tagsVariable()}`;
}

function dbSecurityGroup(port: string): string {
  return `resource "aws_security_group" "db" {
  name_prefix = "\${var.name}-db-"
  description = "Database \${var.name}"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = var.allowed_security_group_ids

    content {
      description     = "From the application"
      from_port       = ${port}
      to_port         = ${port}
      protocol        = "tcp"
      security_groups = [ingress.value]
    }
  }

  tags = local.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
  tags       = local.tags
}
`;
}

function rdsModule(rng: SeededRandom, f: ModuleFlavour, engine: "postgres" | "mysql"): CorpusFile[] {
  const v = engine === "postgres" ? rng.pick(POSTGRES_VERSIONS) : rng.pick(MYSQL_VERSIONS);
  const port = engine === "postgres" ? "5432" : "3306";
  const tlsParam =
    engine === "postgres"
      ? `  parameter {
    name         = "rds.force_ssl"
    value        = var.enforce_tls ? "1" : "0"
    apply_method = "pending-reboot"
  }`
      : `  parameter {
    name  = "require_secure_transport"
    value = var.enforce_tls ? "ON" : "OFF"
  }`;
  const logParam =
    engine === "postgres"
      ? `  parameter {
    name  = "log_min_duration_statement"
    value = "${rng.pick([250, 500, 1000, 2000])}"
  }

  parameter {
    name  = "log_connections"
    value = "1"
  }`
      : `  parameter {
    name  = "slow_query_log"
    value = "1"
  }

  parameter {
    name  = "long_query_time"
    value = "${rng.pick([1, 2, 5])}"
  }`;

  const main = `${banner(`RDS for ${engine === "postgres" ? "PostgreSQL" : "MySQL"}`)}
${dbSecurityGroup(port)}
resource "aws_db_parameter_group" "this" {
  name_prefix = "\${var.name}-"
  family      = var.parameter_group_family
  description = "Parameters of \${var.name}"

${tlsParam}

${logParam}

  dynamic "parameter" {
    for_each = var.extra_parameters

    content {
      name         = parameter.value.name
      value        = parameter.value.value
      apply_method = parameter.value.apply_method
    }
  }

  tags = local.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_instance" "this" {
  identifier     = var.name
  engine         = var.engine
  engine_version = var.engine_version
  instance_class = var.instance_class

  allocated_storage     = var.allocated_storage
  max_allocated_storage = var.allocated_storage * 4
  storage_type          = "gp3"
  storage_encrypted     = var.storage_encrypted
  kms_key_id            = var.kms_key_arn

  db_name                     = replace(var.name, "-", "_")
  username                    = "${engine === "postgres" ? "postgres" : "admin"}"
  manage_master_user_password = true
  port                        = ${port}

  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.db.id]
  parameter_group_name   = aws_db_parameter_group.this.name

  multi_az                  = var.environment == "prod"
  backup_retention_period   = var.backup_retention_period
  backup_window             = "03:00-04:00"
  maintenance_window        = "sun:04:30-sun:05:30"
  deletion_protection       = var.environment == "prod"
  skip_final_snapshot       = var.environment != "prod"
  final_snapshot_identifier = "\${var.name}-final"
  copy_tags_to_snapshot     = true

  performance_insights_enabled    = true
  enabled_cloudwatch_logs_exports = ${engine === "postgres" ? `["postgresql", "upgrade"]` : `["error", "slowquery"]`}

  tags = local.tags
}
`;
  const outputs = `output "endpoint" {
  value = aws_db_instance.this.endpoint
}

output "security_group_id" {
  value = aws_security_group.db.id
}

output "parameter_group_name" {
  value = aws_db_parameter_group.this.name
}
`;
  return [
    { path: "main.tf", text: main },
    { path: "variables.tf", text: dbVariables(engine, v.version, v.family, f) },
    { path: "outputs.tf", text: outputs },
    { path: "locals.tf", text: moduleLocals(engine) },
    { path: "versions.tf", text: versionsTf(rng) },
  ];
}

function auroraModule(rng: SeededRandom, f: ModuleFlavour): CorpusFile[] {
  const a = rng.pick(AURORA_ENGINES);
  const port = a.engine === "aurora-postgresql" ? "5432" : "3306";
  const main = `${banner("Aurora cluster")}
${dbSecurityGroup(port)}
resource "aws_rds_cluster_parameter_group" "this" {
  name_prefix = "\${var.name}-"
  family      = var.parameter_group_family
  description = "Cluster parameters of \${var.name}"

  parameter {
    name         = "${a.param}"
    value        = var.enforce_tls ? "${a.on}" : "0"
    apply_method = "pending-reboot"
  }

  dynamic "parameter" {
    for_each = var.extra_parameters

    content {
      name         = parameter.value.name
      value        = parameter.value.value
      apply_method = parameter.value.apply_method
    }
  }

  tags = local.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_parameter_group" "instance" {
  name_prefix = "\${var.name}-instance-"
  family      = var.parameter_group_family

  tags = local.tags
}

resource "aws_rds_cluster" "this" {
  cluster_identifier = var.name
  engine             = var.engine
  engine_version     = var.engine_version
  database_name      = replace(var.name, "-", "_")
  master_username    = "root_admin"

  manage_master_user_password = true

  db_subnet_group_name            = aws_db_subnet_group.this.name
  vpc_security_group_ids          = [aws_security_group.db.id]
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.this.name

  storage_encrypted = var.storage_encrypted
  kms_key_id        = var.kms_key_arn

  backup_retention_period      = var.backup_retention_period
  preferred_backup_window      = "02:00-03:00"
  preferred_maintenance_window = "sun:05:00-sun:06:00"
  deletion_protection          = var.environment == "prod"
  skip_final_snapshot          = var.environment != "prod"
  copy_tags_to_snapshot        = true

  enabled_cloudwatch_logs_exports = ${a.engine === "aurora-postgresql" ? `["postgresql"]` : `["audit", "error", "slowquery"]`}

  tags = local.tags
}

resource "aws_rds_cluster_instance" "this" {
  count = var.instance_count

  identifier              = "\${var.name}-\${count.index + 1}"
  cluster_identifier      = aws_rds_cluster.this.id
  engine                  = aws_rds_cluster.this.engine
  engine_version          = aws_rds_cluster.this.engine_version
  instance_class          = var.instance_class
  db_parameter_group_name = aws_db_parameter_group.instance.name
  db_subnet_group_name    = aws_db_subnet_group.this.name

  performance_insights_enabled = true
  auto_minor_version_upgrade   = true

  tags = local.tags
}
`;
  const variables =
    dbVariables(a.engine, a.version, a.family, f) +
    `
variable "instance_count" {
  description = "Writer plus readers."
  type        = number
  default     = 2
}
`;
  const outputs = `output "endpoint" {
  value = aws_rds_cluster.this.endpoint
}

output "reader_endpoint" {
  value = aws_rds_cluster.this.reader_endpoint
}

output "security_group_id" {
  value = aws_security_group.db.id
}
`;
  return standardModuleFiles(rng, "aurora", main, variables, outputs);
}

function redisModule(rng: SeededRandom, f: ModuleFlavour): CorpusFile[] {
  const variables = `variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "node_type" {
  type    = string
  default = "cache.t4g.small"
}

variable "num_cache_clusters" {
  type    = number
  default = 2
}

variable "engine_version" {
  type    = string
  default = "${rng.pick(["6.2", "7.0", "7.1"])}"
}

variable "transit_encryption_enabled" {
  type    = bool
  default = ${f.transitEncryption}
}

variable "allowed_security_group_ids" {
  type    = list(string)
  default = []
}

variable "auth_token" {
  type      = string
  default   = null
  sensitive = true
}

${tagsVariable()}`;
  const main = `resource "aws_elasticache_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

resource "aws_security_group" "redis" {
  name_prefix = "\${var.name}-redis-"
  vpc_id      = var.vpc_id

  ingress {
    from_port       = 6379
    to_port         = 6379
    protocol        = "tcp"
    security_groups = var.allowed_security_group_ids
  }

  tags = local.tags
}

resource "aws_elasticache_parameter_group" "this" {
  name   = var.name
  family = "redis\${split(".", var.engine_version)[0]}"

  parameter {
    name  = "maxmemory-policy"
    value = "${rng.pick(["allkeys-lru", "volatile-lru", "noeviction"])}"
  }
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.name
  description          = "Cache of \${var.name}"
  engine               = "redis"
  engine_version       = var.engine_version
  node_type            = var.node_type
  num_cache_clusters   = var.num_cache_clusters
  port                 = 6379
  parameter_group_name = aws_elasticache_parameter_group.this.name
  subnet_group_name    = aws_elasticache_subnet_group.this.name
  security_group_ids   = [aws_security_group.redis.id]

  automatic_failover_enabled = var.num_cache_clusters > 1
  multi_az_enabled           = var.num_cache_clusters > 1
  at_rest_encryption_enabled = true
  transit_encryption_enabled = var.transit_encryption_enabled
  auth_token                 = var.transit_encryption_enabled ? var.auth_token : null

  snapshot_retention_limit = 5
  snapshot_window          = "01:00-02:00"

  tags = local.tags
}
`;
  const outputs = `output "primary_endpoint" {
  value = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "security_group_id" {
  value = aws_security_group.redis.id
}
`;
  return standardModuleFiles(rng, "redis", main, variables, outputs);
}

/** A composite module, as platform teams write them: one call gives a service its ALB and app security group. */
function serviceModule(rng: SeededRandom): CorpusFile[] {
  const variables = `variable "name" {
  type = string
}

variable "environment" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "public_subnet_ids" {
  type = list(string)
}

variable "certificate_arn" {
  type = string
}

variable "app_port" {
  type    = number
  default = 8080
}

variable "routes" {
  description = "Routes by name: host headers and path patterns forwarded to the service."
  type = map(object({
    priority      = number
    host_headers  = optional(list(string), [])
    path_patterns = optional(list(string), ["/*"])
  }))
}

variable "ingress_cidr_blocks" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

${tagsVariable()}`;
  const main = `module "alb" {
  source = "../alb"

  name                = var.name
  environment         = var.environment
  vpc_id              = var.vpc_id
  subnet_ids          = var.public_subnet_ids
  certificate_arn     = var.certificate_arn
  ingress_cidr_blocks = var.ingress_cidr_blocks

  target_groups = {
    for name, route in var.routes : name => {
      port          = var.app_port
      priority      = route.priority
      host_headers  = route.host_headers
      path_patterns = route.path_patterns
    }
  }

  tags = local.tags
}

module "app_sg" {
  source = "../web-sg"

  name                      = var.name
  vpc_id                    = var.vpc_id
  app_port                  = var.app_port
  source_security_group_ids = [module.alb.security_group_id]
  tags                      = local.tags
}
`;
  const outputs = `output "lb_dns_name" {
  value = module.alb.lb_dns_name
}

output "app_security_group_id" {
  value = module.app_sg.security_group_id
}

output "target_group_arns" {
  value = module.alb.target_group_arns
}
`;
  return standardModuleFiles(rng, "service", main, variables, outputs);
}

type ModuleKind = "alb" | "nlb" | "web-sg" | "postgres" | "mysql" | "aurora" | "redis" | "service";

function moduleFiles(kind: ModuleKind, rng: SeededRandom, f: ModuleFlavour): CorpusFile[] {
  switch (kind) {
    case "alb":
      return albModule(rng, f);
    case "nlb":
      return nlbModule(rng, f);
    case "web-sg":
      return webSgModule(rng, f);
    case "postgres":
      return rdsModule(rng, f, "postgres");
    case "mysql":
      return rdsModule(rng, f, "mysql");
    case "aurora":
      return auroraModule(rng, f);
    case "redis":
      return redisModule(rng, f);
    case "service":
      return serviceModule(rng);
  }
}

const SHARED_MODULES: ModuleKind[] = ["alb", "nlb", "web-sg", "postgres", "mysql", "aurora", "redis", "service"];
/** Teams fork these; `service` is always forked together with `alb` and `web-sg`, which it calls by `../`. */
const FORKABLE: ModuleKind[] = ["alb", "web-sg", "postgres", "aurora", "redis"];

// ---------------------------------------------------------------------------------------------------------------
// Root modules (one per service and environment)

type Database = "postgres" | "mysql" | "aurora" | "none";

interface ServicePlan {
  team: string;
  service: string;
  env: string;
  region: string;
  /** `front`: ALB (through the service module or direct), `edge`: NLB, `legacy`: classic ELB, `worker`: no LB. */
  kind: "front" | "edge" | "legacy" | "worker";
  /** A `front` service that gets its ALB and app security group through the composite `service` module. */
  viaServiceModule: boolean;
  database: Database;
  cache: boolean;
  /** Where each module comes from: the shared copy or the team's fork. */
  moduleSource: (kind: ModuleKind) => string;
  /** Insecure choices made in this root (its tfvars and direct resources). */
  sloppy: boolean;
}

function rootFiles(rng: SeededRandom, plan: ServicePlan): CorpusFile[] {
  const files: CorpusFile[] = [];
  const name = `${plan.team}-${plan.service}-${plan.env}`;
  const appPort = rng.pick(APP_PORTS);
  const routes = rng.sample(["api", "web", "admin", "static", "v1", "v2", "internal", "graphql", "ws", "docs"], rng.int(2, 7));

  files.push({
    path: "versions.tf",
    text: `${versionsTf(rng).replace(/\n}\n$/, "")}
  backend "s3" {
    bucket         = "tfstate-${plan.team}-${accountId(rng)}"
    key            = "${plan.service}/${plan.env}/terraform.tfstate"
    region         = "${plan.region}"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}
`,
  });

  files.push({
    path: "providers.tf",
    text: `provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Team        = var.team
      Service     = var.service
      Environment = var.environment
      ManagedBy   = "terraform"
      Repository  = "github.com/example/infrastructure"
    }
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}
`,
  });

  const ingressDefault = [
    `    {
      description = "Office VPN"
      from_port   = ${appPort}
      to_port     = ${appPort}
      cidr_blocks = [${hclString(privateCidr(rng))}]
    },`,
  ];
  files.push({
    path: "variables.tf",
    text: `variable "region" {
  description = "AWS region of this stack."
  type        = string
  default     = ${hclString(plan.region)}
}

variable "team" {
  type = string
}

variable "service" {
  type = string
}

variable "environment" {
  description = "dev, staging or prod."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be dev, staging or prod."
  }
}

variable "vpc_id" {
  type = string
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/8"
}

variable "public_subnet_ids" {
  type    = list(string)
  default = []
}

variable "private_subnet_ids" {
  type = list(string)
}

variable "certificate_arn" {
  description = "ACM certificate for the public hostnames."
  type        = string
  default     = null
}

variable "allowed_cidrs" {
  description = "Who may reach the public endpoints."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "app_port" {
  type    = number
  default = ${appPort}
}

variable "extra_ingress_rules" {
  description = "Extra ingress rules on the application security group."
  type = list(object({
    description = string
    from_port   = number
    to_port     = number
    protocol    = optional(string, "tcp")
    cidr_blocks = list(string)
  }))
  default = [
${ingressDefault.join("\n")}
  ]
}

variable "admin_ports" {
  description = "Management ports opened to the admin network."
  type        = map(number)
  default = {
    ssh = 22
  }
}

variable "db_instance_class" {
  type    = string
  default = "db.t4g.medium"
}

variable "db_enforce_tls" {
  type    = bool
  default = true
}

variable "db_storage_encrypted" {
  type    = bool
  default = true
}

variable "cache_transit_encryption" {
  type    = bool
  default = true
}

variable "alarm_email" {
  type    = string
  default = null
}

variable "tags" {
  type    = map(string)
  default = {}
}
`,
  });

  files.push({
    path: "locals.tf",
    text: `locals {
  name    = "\${var.team}-\${var.service}-\${var.environment}"
  is_prod = var.environment == "prod"

  # Prod gets more of everything; the rest stays small to keep the bill down.
  instance_count = local.is_prod ? ${rng.int(2, 4)} : 1
  node_type      = local.is_prod ? "cache.r7g.large" : "cache.t4g.small"

  routes = {
${routes.map((r, i) => `    ${r} = {\n      priority      = ${(i + 1) * 10}\n      path_patterns = ["/${r}/*"]\n    }`).join("\n")}
  }

  tags = merge(var.tags, {
    CostCenter = "${rng.int(1000, 9999)}"
    Owner      = "${plan.team}@example.com"
  })
}
`,
  });

  files.push({ path: "data.tf", text: dataTf(plan) });
  files.push({ path: "main.tf", text: mainTf(rng, plan, name, routes) });
  if (plan.database !== "none" || plan.cache) files.push({ path: "database.tf", text: databaseTf(rng, plan) });
  files.push({ path: "security.tf", text: securityTf(rng, plan) });
  if (plan.kind !== "worker" || rng.chance(0.5)) files.push({ path: "iam.tf", text: iamTf(rng, plan) });
  if (plan.team === "data" || rng.chance(0.06)) files.push({ path: "analytics.tf", text: analyticsTf(rng, plan) });
  if (plan.kind !== "legacy" && rng.chance(0.12)) files.push({ path: "tools.tf", text: internalToolsTf(rng) });
  files.push({ path: "outputs.tf", text: outputsTf(plan) });
  files.push({ path: "terraform.tfvars", text: tfvars(rng, plan) });
  if (rng.chance(0.3)) {
    files.push({
      path: `${plan.env}.auto.tfvars`,
      text: `# Overrides for ${plan.env}; terraform.tfvars holds the shared values.
db_instance_class = "${plan.env === "prod" ? "db.r6g.xlarge" : "db.t4g.small"}"
`,
    });
  }
  return files;
}

function dataTf(plan: ServicePlan): string {
  return `data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

data "aws_vpc" "this" {
  id = var.vpc_id
}

data "aws_route53_zone" "public" {
  name         = "${plan.team}.example.com"
  private_zone = false
}
`;
}

function mainTf(rng: SeededRandom, plan: ServicePlan, name: string, routes: string[]): string {
  const header = `# ${rng.pick(HEADER_COMMENTS)}\n// Owner: ${plan.team}. On call: https://oncall.example.com/${plan.team}\n\n`;
  if (plan.viaServiceModule) {
    return `${header}module "service" {
  source = ${hclString(plan.moduleSource("service"))}

  name              = local.name
  environment       = var.environment
  vpc_id            = var.vpc_id
  public_subnet_ids = var.public_subnet_ids
  certificate_arn   = var.certificate_arn
  app_port          = var.app_port
  routes            = local.routes

  ingress_cidr_blocks = var.allowed_cidrs
  tags                = local.tags
}

resource "aws_route53_record" "this" {
  for_each = local.routes

  zone_id = data.aws_route53_zone.public.zone_id
  name    = "\${each.key}.\${var.service}.${plan.team}.example.com"
  type    = "CNAME"
  ttl     = 300
  records = [module.service.lb_dns_name]
}
`;
  }
  if (plan.kind === "front") {
    const legacyListener = plan.sloppy
      ? `
# Legacy port for the partner integration; they cannot do TLS yet (${rng.pick(["JIRA", "OPS", "SEC"])}-${rng.int(100, 9999)}).
resource "aws_alb_listener" "partner" {
  load_balancer_arn = module.alb.lb_arn
  port              = ${rng.pick([8080, 8081, 8000])}
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = module.alb.target_group_arns[${hclString(routes[0])}]
  }
}
`
      : "";
    return `${header}module "alb" {
  source = ${hclString(plan.moduleSource("alb"))}

  name                = substr(local.name, 0, 32)
  environment         = var.environment
  vpc_id              = var.vpc_id
  subnet_ids          = var.public_subnet_ids
  certificate_arn     = var.certificate_arn
  ingress_cidr_blocks = var.allowed_cidrs
  access_logs_bucket  = local.is_prod ? "alb-logs-${plan.team}" : null

  target_groups = {
    for name, route in local.routes : name => {
      port              = var.app_port
      priority          = route.priority
      path_patterns     = route.path_patterns
      health_check_path = "/\${name}/health"
    }
  }

  tags = local.tags
}

module "app_sg" {
  source = ${hclString(plan.moduleSource("web-sg"))}

  name                      = local.name
  vpc_id                    = var.vpc_id
  vpc_cidr                  = var.vpc_cidr
  app_port                  = var.app_port
  source_security_group_ids = [module.alb.security_group_id]
  ingress_rules             = var.extra_ingress_rules
  tags                      = local.tags
}

resource "aws_lb_listener_certificate" "extra" {
  count = var.certificate_arn != null && local.is_prod ? 1 : 0

  listener_arn    = module.alb.https_listener_arn
  certificate_arn = var.certificate_arn
}
${legacyListener}`;
  }
  if (plan.kind === "edge") {
    const tcpTls = plan.sloppy ? "TCP" : "TLS";
    return `${header}module "nlb" {
  source = ${hclString(plan.moduleSource("nlb"))}

  name            = substr(local.name, 0, 32)
  vpc_id          = var.vpc_id
  subnet_ids      = var.private_subnet_ids
  internal        = ${rng.chance(0.7)}
  certificate_arn = var.certificate_arn

  listeners = {
    tls = {
      port        = 443
      protocol    = "${tcpTls}"
      target_port = var.app_port
    }
    plain = {
      port        = 80
      protocol    = "TCP"
      target_port = var.app_port
    }
    dns = {
      port        = 53
      protocol    = "UDP"
      target_port = 53
    }
  }

  tags = local.tags
}

module "app_sg" {
  source = ${hclString(plan.moduleSource("web-sg"))}

  name          = local.name
  vpc_id        = var.vpc_id
  app_port      = var.app_port
  ingress_rules = var.extra_ingress_rules
  tags          = local.tags
}
`;
  }
  if (plan.kind === "legacy") {
    const listeners = plan.sloppy
      ? `  listener {
    instance_port     = var.app_port
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
`
      : "";
    return `${header}# Classic ELB: scheduled for migration to an ALB (see the platform roadmap).
resource "aws_elb" "this" {
  name            = substr(local.name, 0, 32)
  subnets         = var.public_subnet_ids
  security_groups = [module.app_sg.security_group_id]
  internal        = false

${listeners}  listener {
    instance_port      = var.app_port
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = var.certificate_arn
  }

  health_check {
    healthy_threshold   = 2
    unhealthy_threshold = 2
    timeout             = 3
    target              = "HTTP:\${var.app_port}/health"
    interval            = 30
  }

  cross_zone_load_balancing   = true
  idle_timeout                = 400
  connection_draining         = true
  connection_draining_timeout = 400

  tags = local.tags
}

resource "aws_lb_ssl_negotiation_policy" "this" {
  name          = "\${local.name}-tls"
  load_balancer = aws_elb.this.id
  lb_port       = 443

  attribute {
    name  = "Reference-Security-Policy"
    value = ${hclString(plan.sloppy ? "ELBSecurityPolicy-2016-08" : "ELBSecurityPolicy-TLS-1-2-2017-01")}
  }
}

module "app_sg" {
  source = ${hclString(plan.moduleSource("web-sg"))}

  name          = local.name
  vpc_id        = var.vpc_id
  app_port      = var.app_port
  ingress_rules = var.extra_ingress_rules
  tags          = local.tags
}
`;
  }
  return `${header}# A queue worker: no load balancer, only an application security group.
module "app_sg" {
  source = ${hclString(plan.moduleSource("web-sg"))}

  name          = local.name
  vpc_id        = var.vpc_id
  vpc_cidr      = var.vpc_cidr
  app_port      = var.app_port
  ingress_rules = var.extra_ingress_rules
  tags          = local.tags
}

resource "aws_sqs_queue" "jobs" {
  name                       = "\${local.name}-jobs"
  visibility_timeout_seconds = ${rng.pick([30, 60, 300, 900])}
  message_retention_seconds  = 1209600
  sqs_managed_sse_enabled    = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = ${rng.int(3, 10)}
  })

  tags = local.tags
}

resource "aws_sqs_queue" "dead_letters" {
  name                      = "\${local.name}-dlq"
  message_retention_seconds = 1209600
  tags                      = local.tags
}
`;
}

function databaseTf(rng: SeededRandom, plan: ServicePlan): string {
  const parts: string[] = [];
  const sgRef = plan.viaServiceModule ? "module.service.app_security_group_id" : "module.app_sg.security_group_id";
  if (plan.database === "postgres" || plan.database === "mysql") {
    const extra =
      plan.database === "postgres"
        ? `    {
      name  = "idle_in_transaction_session_timeout"
      value = "${rng.pick([60000, 300000, 600000])}"
    },
    {
      name         = "shared_preload_libraries"
      value        = "pg_stat_statements"
      apply_method = "pending-reboot"
    },`
        : `    {
      name  = "max_connections"
      value = "${rng.pick([200, 500, 1000])}"
    },`;
    parts.push(`module "db" {
  source = ${hclString(plan.moduleSource(plan.database))}

  name              = local.name
  environment       = var.environment
  vpc_id            = var.vpc_id
  subnet_ids        = var.private_subnet_ids
  instance_class    = var.db_instance_class
  allocated_storage = local.is_prod ? ${rng.pick([200, 500, 1000])} : 20
  storage_encrypted = var.db_storage_encrypted
  enforce_tls       = var.db_enforce_tls

  allowed_security_group_ids = [${sgRef}]

  extra_parameters = [
${extra}
  ]

  tags = local.tags
}
`);
  } else if (plan.database === "aurora") {
    parts.push(`module "db" {
  source = ${hclString(plan.moduleSource("aurora"))}

  name              = local.name
  environment       = var.environment
  vpc_id            = var.vpc_id
  subnet_ids        = var.private_subnet_ids
  instance_class    = local.is_prod ? "db.r6g.large" : "db.t4g.medium"
  instance_count    = local.instance_count
  storage_encrypted = var.db_storage_encrypted
  enforce_tls       = var.db_enforce_tls

  allowed_security_group_ids = [${sgRef}]

  tags = local.tags
}
`);
  }
  if (plan.cache) {
    parts.push(`module "cache" {
  source = ${hclString(plan.moduleSource("redis"))}

  name                       = local.name
  vpc_id                     = var.vpc_id
  subnet_ids                 = var.private_subnet_ids
  node_type                  = local.node_type
  num_cache_clusters         = local.is_prod ? 3 : 1
  transit_encryption_enabled = var.cache_transit_encryption

  allowed_security_group_ids = [${sgRef}]

  tags = local.tags
}
`);
    if (rng.chance(0.25)) {
      parts.push(`# Session store kept on memcached until the ${plan.service} rewrite lands.
resource "aws_elasticache_cluster" "sessions" {
  cluster_id           = substr("\${local.name}-sess", 0, 40)
  engine               = "memcached"
  node_type            = "cache.t4g.micro"
  num_cache_nodes      = local.is_prod ? 2 : 1
  port                 = 11211
  parameter_group_name = "default.memcached1.6"

  transit_encryption_enabled = ${!plan.sloppy}

  tags = local.tags
}
`);
    }
  }
  if (plan.database !== "none" && rng.chance(0.2)) {
    // A hand-written replica in the root, next to the module: typical of stacks that grew over time.
    parts.push(`resource "aws_db_instance" "reporting" {
  count = local.is_prod ? 1 : 0

  identifier          = "\${local.name}-reporting"
  instance_class      = "db.t4g.large"
  engine              = "postgres"
  engine_version      = "${rng.pick(POSTGRES_VERSIONS).version}"
  allocated_storage   = 100
  storage_encrypted   = ${!plan.sloppy}
  username            = "reporting"
  password            = var.reporting_password
  skip_final_snapshot = true

  vpc_security_group_ids = [module.db.security_group_id]

  tags = local.tags
}

variable "reporting_password" {
  type      = string
  sensitive = true
  default   = null
}
`);
  }
  return parts.join("\n");
}

function securityTf(rng: SeededRandom, plan: ServicePlan): string {
  const bastionCidr = plan.sloppy && rng.chance(0.6) ? "0.0.0.0/0" : privateCidr(rng);
  const parts = [
    `${banner("Administrative access")}
resource "aws_security_group" "admin" {
  name        = "\${local.name}-admin"
  description = "Management access for \${local.name}"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = var.admin_ports
    iterator = port

    content {
      description = "\${port.key} from the admin network"
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = [${hclString(bastionCidr)}]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = local.tags
}
`,
  ];
  if (plan.sloppy && rng.chance(0.5)) {
    parts.push(`resource "aws_vpc_security_group_ingress_rule" "monitoring" {
  security_group_id = aws_security_group.admin.id
  description       = "Monitoring vendor"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = ${rng.pick([80, 1024, 8000])}
  to_port           = ${rng.pick([443, 9999, 65535])}
}
`);
  } else {
    parts.push(`resource "aws_vpc_security_group_ingress_rule" "monitoring" {
  security_group_id = aws_security_group.admin.id
  description       = "Monitoring from the observability VPC"
  cidr_ipv4         = ${hclString(privateCidr(rng))}
  ip_protocol       = "tcp"
  from_port         = 9100
  to_port           = 9100
}
`);
  }
  if (rng.chance(0.35)) {
    parts.push(`resource "aws_security_group_rule" "partner_ips" {
  for_each = toset(${hclList([publicCidr(rng), publicCidr(rng)])})

  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  description       = "Partner egress IP \${each.value}"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = [each.value]
}
`);
  }
  if (plan.sloppy && rng.chance(0.3)) {
    parts.push(`resource "aws_security_group_rule" "ipv6_all" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
}
`);
  }
  return parts.join("\n");
}

function iamTf(rng: SeededRandom, plan: ServicePlan): string {
  const actions = rng.sample(
    ["s3:GetObject", "s3:PutObject", "sqs:SendMessage", "sqs:ReceiveMessage", "kms:Decrypt", "secretsmanager:GetSecretValue", "ssm:GetParameter"],
    rng.int(2, 5),
  );
  return `resource "aws_iam_role" "task" {
  name = "\${local.name}-task"

  assume_role_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": { "Service": "ecs-tasks.amazonaws.com" },
          "Action": "sts:AssumeRole"
        }
      ]
    }
  EOT

  tags = local.tags
}

resource "aws_iam_role_policy" "task" {
  name = "runtime"
  role = aws_iam_role.task.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ${hclList(actions)}
        Resource = ["arn:aws:s3:::${plan.team}-${plan.service}-\${var.environment}/*"]
      }
    ]
  })
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/ecs/\${local.name}"
  retention_in_days = local.is_prod ? 90 : 14
  tags              = local.tags
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  count = var.alarm_email != null ? 1 : 0

  alarm_name          = "\${local.name}-5xx"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "HTTPCode_Target_5XX_Count"
  namespace           = "AWS/ApplicationELB"
  period              = 60
  statistic           = "Sum"
  threshold           = ${rng.pick([5, 10, 25, 50])}
  alarm_description   = <<EOF
More than the usual number of 5xx answers from \${local.name}.
Check the dashboard first, then the deploy log.
EOF
}
`;
}

/** Redshift and DocumentDB, as the data team and a few services run them next to their main database. */
function analyticsTf(rng: SeededRandom, plan: ServicePlan): string {
  const requireSsl = !(plan.sloppy && rng.chance(0.6));
  const docdbTls = plan.sloppy && rng.chance(0.5) ? "disabled" : "enabled";
  return `${banner("Analytics")}
resource "aws_redshift_parameter_group" "this" {
  name   = "\${local.name}-redshift"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "${requireSsl}"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "this" {
  count = local.is_prod || ${rng.chance(0.5)} ? 1 : 0

  cluster_identifier           = "\${local.name}-dw"
  database_name                = "analytics"
  master_username              = "dwadmin"
  manage_master_password       = true
  node_type                    = "${rng.pick(["ra3.xlplus", "ra3.4xlarge", "dc2.large"])}"
  number_of_nodes              = local.is_prod ? ${rng.int(2, 8)} : 1
  cluster_parameter_group_name = aws_redshift_parameter_group.this.name
  encrypted                    = true
  publicly_accessible          = false
  skip_final_snapshot          = !local.is_prod

  tags = local.tags
}

resource "aws_docdb_cluster_parameter_group" "this" {
  family      = "docdb5.0"
  name        = "\${local.name}-docdb"
  description = "TLS and audit settings"

  parameter {
    name  = "tls"
    value = "${docdbTls}"
  }

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "this" {
  cluster_identifier              = "\${local.name}-docs"
  engine                          = "docdb"
  master_username                 = "docdbadmin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.this.name
  storage_encrypted               = true
  backup_retention_period         = 7
  skip_final_snapshot             = true
}
`;
}

/** A small internal ALB someone added by hand: port 80 only, "it is internal anyway". */
function internalToolsTf(rng: SeededRandom): string {
  return `resource "aws_lb" "tools" {
  name               = substr("\${local.name}-tools", 0, 32)
  internal           = true
  load_balancer_type = "application"
  subnets            = var.private_subnet_ids

  tags = local.tags
}

resource "aws_lb_target_group" "tools" {
  name     = substr("\${local.name}-tools", 0, 32)
  port     = ${rng.pick([3000, 8080, 9090])}
  protocol = "HTTP"
  vpc_id   = var.vpc_id
}

resource "aws_lb_listener" "tools" {
  load_balancer_arn = aws_lb.tools.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tools.arn
  }
}
`;
}

function outputsTf(plan: ServicePlan): string {
  const parts: string[] = [];
  if (plan.database !== "none") parts.push(`output "db_endpoint" {\n  value = module.db.endpoint\n}\n`);
  if (plan.cache) parts.push(`output "cache_endpoint" {\n  value = module.cache.primary_endpoint\n}\n`);
  parts.push(`output "admin_security_group_id" {\n  description = "Add bastion hosts to this group."\n  value       = aws_security_group.admin.id\n}\n`);
  parts.push(`output "account_id" {\n  value = data.aws_caller_identity.current.account_id\n}\n`);
  return parts.join("\n");
}

function tfvars(rng: SeededRandom, plan: ServicePlan): string {
  const subnets = (n: number) => `[${Array.from({ length: n }, () => hclString(awsId(rng, "subnet"))).join(", ")}]`;
  const lines = [
    `team        = ${hclString(plan.team)}`,
    `service     = ${hclString(plan.service)}`,
    `environment = ${hclString(plan.env)}`,
    `region      = ${hclString(plan.region)}`,
    "",
    `vpc_id             = ${hclString(awsId(rng, "vpc"))}`,
    `vpc_cidr           = ${hclString(privateCidr(rng))}`,
    `public_subnet_ids  = ${subnets(3)}`,
    `private_subnet_ids = ${subnets(3)}`,
  ];
  // A sloppy dev stack often runs without its certificate: the HTTPS listener then has none.
  if (plan.kind !== "worker" && !(plan.sloppy && plan.env === "dev" && rng.chance(0.5))) {
    lines.push("", `certificate_arn = "arn:aws:acm:${plan.region}:${accountId(rng)}:certificate/${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}"`);
  }
  if (plan.kind === "front" && rng.chance(0.3)) {
    lines.push("", "# Internal tool: office and VPN only.", `allowed_cidrs = ${hclList([privateCidr(rng), privateCidr(rng)])}`);
  }
  const rules: string[] = [];
  for (let i = 0, n = rng.int(1, 4); i < n; i++) {
    const port = plan.sloppy && i === 0 ? rng.pick([22, 3389, 5432, 6379, 9200, 8080]) : rng.pick([443, 8443, 9090, 4317]);
    const cidr = plan.sloppy && i === 0 ? "0.0.0.0/0" : privateCidr(rng);
    rules.push(`  {
    description = "${rng.pick(["VPN", "CI runners", "Peered VPC", "Data platform", "Support tools"])}"
    from_port   = ${port}
    to_port     = ${port}
    cidr_blocks = [${hclString(cidr)}]
  },`);
  }
  lines.push("", "extra_ingress_rules = [", ...rules, "]");
  if (rng.chance(0.4)) lines.push("", "admin_ports = {", "  ssh = 22", `  rdp = 3389`, "}");
  if (plan.sloppy && plan.database !== "none") {
    lines.push("", "# TODO(security): the legacy reporting client cannot do TLS yet.", "db_enforce_tls = false");
    if (rng.chance(0.5)) lines.push("db_storage_encrypted = false");
  }
  if (plan.sloppy && plan.cache && rng.chance(0.5)) lines.push("", "cache_transit_encryption = false");
  if (rng.chance(0.5)) lines.push("", `alarm_email = "${plan.team}-oncall@example.com"`);
  lines.push("", "tags = {", `  Project = ${hclString(plan.service)}`, `  Tier    = ${hclString(rng.pick(["gold", "silver", "bronze"]))}`, "}");
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------------------------
// The whole tree

/** Builds the corpus in memory, files sorted by path. Same seed, same bytes. */
export function buildCorpus(seed: number = DEFAULT_SEED): CorpusFile[] {
  const rng = new SeededRandom(seed);
  const out: CorpusFile[] = [];
  const add = (dir: string, files: CorpusFile[]) => {
    for (const f of files) out.push({ path: `${dir}/${f.path}`, text: f.text });
  };

  for (const kind of SHARED_MODULES) add(`modules/${kind}`, moduleFiles(kind, rng, SECURE_FLAVOUR));

  for (const team of TEAMS) {
    // A team forks a few shared modules and lets them drift.
    const forks = new Set<ModuleKind>(rng.sample(FORKABLE, rng.int(1, 4)));
    const flavour = forkFlavour(rng);
    if (forks.has("alb") || forks.has("web-sg")) {
      forks.add("alb");
      forks.add("web-sg");
      forks.add("service");
    }
    for (const kind of forks) add(`teams/${team}/modules/${kind}`, moduleFiles(kind, rng, flavour));

    const services = rng.sample(SERVICE_NAMES, rng.int(4, 7));
    for (const service of services) {
      const kind = rng.pick(["front", "front", "front", "front", "edge", "legacy", "worker", "worker"] as const);
      const database = rng.pick(["postgres", "postgres", "mysql", "aurora", "aurora", "none"] as const);
      const viaServiceModule = kind === "front" && rng.chance(0.6);
      const cache = rng.chance(0.45);
      const envs = rng.chance(0.75) ? ENVS : ["dev", "prod"];
      const region = rng.pick(REGIONS);
      for (const env of envs) {
        const plan: ServicePlan = {
          team,
          service,
          env,
          region,
          kind,
          viaServiceModule,
          database,
          cache,
          sloppy: rng.chance(env === "prod" ? 0.15 : 0.3),
          moduleSource: (m) => (forks.has(m) ? `../../modules/${m}` : `../../../../modules/${m}`),
        };
        add(`teams/${team}/${service}/${env}`, rootFiles(rng, plan));
      }
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** sha256 over every path and text: two corpora with the same digest are the same bytes. */
export function corpusDigest(files: readonly CorpusFile[]): string {
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.path).update("\0").update(f.text).update("\0");
  return hash.digest("hex");
}

/** Replaces `dir` with the corpus (the directory is removed first, so no stale file survives). */
export function writeCorpus(dir: string, files: readonly CorpusFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
}
