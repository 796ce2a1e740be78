"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
/**
 * Whether every auth block requires IAM authentication (`iam_auth = "REQUIRED"`): clients then send a short-lived IAM token
 * instead of a password. Only the message depends on it, so a value not known here counts as "not every block".
 */
function iamOnly(proxy) {
    const auth = (0, values_1.blocks)(proxy.attrs.auth);
    if ((0, values_1.isUnknown)(auth) || auth.length === 0)
        return false;
    return auth.every((a) => (0, values_1.asString)(a.iam_auth)?.trim().toUpperCase() === "REQUIRED");
}
/** How a require_tls value reads in a message. */
function shown(v) {
    return v === undefined ? "is not set (the default is false)" : `= ${String(v)}`;
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-RDS-004",
        name: "rds-proxy-tls-not-required",
        title: "An RDS Proxy accepts unencrypted client connections (require_tls is not true).",
        severity: "high",
        area: "db-encryption",
        resourceTypes: ["aws_db_proxy"],
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            tlsNotRequired: "RDS Proxy {{proxy}} require_tls {{value}}: clients may connect to the proxy without TLS, and their credentials and " +
                "queries then cross the network in clear text. Set require_tls = true.",
            tlsNotRequiredIamOnly: "RDS Proxy {{proxy}} require_tls {{value}}: clients may connect to the proxy without TLS. Every auth block requires IAM " +
                "authentication, so clients send a short-lived IAM token rather than a password, but the token (reusable until it " +
                "expires), queries and results then cross the network in clear text. Set require_tls = true.",
        },
        rationale: "An RDS Proxy terminates the client's connection and opens its own to the database, so the proxy has a TLS setting of its " +
            "own, separate from the database's parameter group (MOAT-RDS-001/002): a database that enforces TLS can still be reached in " +
            "clear text through a proxy in front of it. Unless `require_tls` is true, the proxy accepts both TLS and plain-text " +
            "connections from clients (AWS RDS API, CreateDBProxy `RequireTLS`: \"By enabling this setting, you can enforce encrypted " +
            "TLS connections to the proxy\"; ModifyDBProxy adds \"even if the associated database doesn't use TLS\"), and " +
            "passwords sent by clients that do not ask for TLS travel unencrypted. The AWS Config managed rule " +
            "rds-proxy-tls-encryption and Security Hub control RDS.43 fail the same proxies. The rule applies " +
            "to every engine family (MYSQL, POSTGRESQL, SQLSERVER): the setting and its default are the same for all of them. The " +
            "connection from the proxy to its target database is not judged by this rule. IAM authentication does not change the " +
            "verdict: only `RequireTLS` makes the proxy refuse plain-text clients (CreateDBProxy), whatever the auth blocks say. When " +
            "every `auth` block sets `iam_auth = \"REQUIRED\"`, the message says that clients send a short-lived IAM token rather " +
            "than a password; the token, usable until it expires, still travels in clear text with the queries and results.",
        defaults: "`require_tls` absent means false. The Terraform provider declares it an optional boolean with no default and sends " +
            "`RequireTLS` to CreateDBProxy only when it is true (internal/service/rds/proxy.go). Without the flag AWS does not enforce " +
            "TLS: the RDS API describes `RequireTLS` as the setting that enforces it (CreateDBProxy, ModifyDBProxy), and AWS Config " +
            "rds-proxy-tls-encryption reports proxies without it as NON_COMPLIANT. Pulumi's " +
            "`requireTls` is the same provider attribute. A `require_tls` known only after apply is not evaluated.",
        remediation: {
            text: "Set `require_tls = true` on the proxy once every client connects with TLS (the setting can be changed in place; the proxy " +
                "is briefly in the modifying state).",
            hcl: `resource "aws_db_proxy" "app" {
  name                   = "app"
  engine_family          = "POSTGRESQL"
  role_arn               = aws_iam_role.proxy.arn
  vpc_subnet_ids         = ["subnet-0abc", "subnet-0def"]
  require_tls            = true

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = aws_secretsmanager_secret.db.arn
  }
}`,
            pulumi: `new aws.rds.Proxy("app", {
  name: "app",
  engineFamily: "POSTGRESQL",
  roleArn: proxyRole.arn,
  vpcSubnetIds: ["subnet-0abc", "subnet-0def"],
  requireTls: true,
  auths: [{ authScheme: "SECRETS", iamAuth: "REQUIRED", secretArn: dbSecret.arn }],
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS RDS API: CreateDBProxy (RequireTLS)",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBProxy.html",
            },
            {
                title: "AWS: RDS Proxy concepts, TLS/SSL between clients and the proxy",
                url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.howitworks.html",
            },
            {
                title: "AWS Config: rds-proxy-tls-encryption",
                url: "https://docs.aws.amazon.com/config/latest/developerguide/rds-proxy-tls-encryption.html",
            },
            {
                title: "AWS Security Hub: [RDS.43] RDS DB proxies should require TLS encryption for connections",
                url: "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html",
            },
            {
                title: "Terraform AWS provider: aws_db_proxy (require_tls)",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_proxy",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "rds"],
    },
    check(proxy, ctx) {
        // A value that is not a boolean ("yes") stops the check, not evaluated: it is neither "not set" nor false.
        const required = ctx.read().flag("require_tls");
        if (required === true)
            return;
        ctx.report({
            messageId: iamOnly(proxy) ? "tlsNotRequiredIamOnly" : "tlsNotRequired",
            data: { proxy: (0, values_1.asString)(proxy.attrs.name) ?? (0, model_1.labelOf)(proxy), value: shown(required) },
            at: ["require_tls"],
        });
    },
});
