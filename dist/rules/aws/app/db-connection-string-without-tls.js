"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const engine_1 = require("../../../core/engine");
const rule_1 = require("../../../core/rule");
const values_1 = require("../../../core/values");
const app_settings_1 = require("./app-settings");
const connection_strings_1 = require("./connection-strings");
/** What each client's connection string should say instead (the rule's page shows the full forms). */
const FIX = {
    PostgreSQL: "Use sslmode=verify-full (or at least require).",
    "MySQL/MariaDB": "Use ssl-mode=VERIFY_IDENTITY or REQUIRED (sslMode=VERIFY_IDENTITY with Connector/J, tls=true with Go's driver).",
    "SQL Server": "Use Encrypt=True (or Strict).",
    MongoDB: "Use tls=true.",
    Redis: "Use rediss:// and leave TLS on.",
    AMQP: "Use amqps://.",
};
/** The sslmode words of libpq, MySQL and their kin, for a variable that sets the mode apart from the string. */
const MODE_TABLE = {
    fail: ["disable", "allow", "prefer", "disabled", "preferred", "none"],
    pass: ["require", "verifyca", "verifyfull", "required", "verifyidentity"],
};
const SWITCH_TABLE = { fail: ["false", "0", "no", "off", "disable", "disabled"] };
/** The words of a setting's name: `SQLALCHEMY_DATABASE_URI` → SQLALCHEMY, DATABASE, URI; `ConnectionStrings__Ledger` → CONNECTION, STRINGS, LEDGER. */
function words(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter((w) => w !== "");
}
const DATA_STORE_WORDS = new Set([
    "DATABASE", "DATASOURCE", "DB", "POSTGRES", "POSTGRESQL", "PG", "MYSQL", "MARIADB", "MSSQL", "SQLSERVER", "SQL", "SQLALCHEMY",
    "MONGO", "MONGODB", "DOCDB", "REDIS", "VALKEY", "CACHE", "AMQP", "RABBIT", "RABBITMQ", "BROKER", "CELERY",
]);
/**
 * Whether a setting's name says it holds a connection string (`DATABASE_URL`, `REDIS_URI`, `DB_DSN`, `JDBC_URL`,
 * `ConnectionStrings__Ledger`): an unknown value under such a name is counted as not evaluated. `DB_HOST`, `DB_PORT` or
 * `API_URL` are not: their unknown values (another resource's address) are everyday and say nothing about TLS.
 */
function namesConnection(name) {
    const w = words(name);
    const last = w[w.length - 1];
    if (w.includes("JDBC") || w.includes("DSN"))
        return true;
    if (w.includes("CONNECTION") && (w.includes("STRING") || w.includes("STRINGS") || w.includes("URL") || w.includes("URI")))
        return true;
    return (last === "URL" || last === "URI") && w.some((x) => DATA_STORE_WORDS.has(x));
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-DB-010",
        name: "db-connection-string-without-tls",
        title: "Application configuration holds a database or broker connection string that turns TLS off or lets it fall back to clear text.",
        severity: "high",
        area: "db-encryption",
        resourceTypes: app_settings_1.SETTING_TYPES,
        scope: "resource",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            weakParameter: "The {{where}} holds a {{client}} connection string to {{host}} ({{shown}}) with {{parameter}}: the client may send queries and " +
                "credentials in clear text whatever the server allows. {{fix}}",
            plainScheme: "The {{where}} holds {{aClient}} URL to {{host}} ({{shown}}) with the plain {{scheme}}:// scheme: the client does not use TLS. {{fix}}",
            missingSslmode: "The {{where}} holds a PostgreSQL connection string to {{host}} ({{shown}}) without sslmode: libpq's default, prefer, silently " +
                "falls back to clear text. Add sslmode=verify-full (or at least require).",
            weakVariable: "The {{where}} sets {{name}}={{value}}: it turns TLS off, or lets it fall back to clear text, for the application's database " +
                "connections. Set it to {{fix}}.",
        },
        rationale: "A database that requires TLS is half of an encrypted connection; the other half is the client, and the configuration that tells " +
            "it how to connect usually lives in the same Terraform or Pulumi code: a Lambda function's environment, the `environment` of an " +
            "ECS task's containers, App Runner runtime variables, Elastic Beanstalk environment properties, SSM parameters and Secrets " +
            "Manager secret strings. A URL such as `postgresql://app@orders.internal/orders?sslmode=disable` sends queries and credentials " +
            "in clear text whatever the server allows. This rule reads those strings the way each client documents them: libpq's " +
            "connection URIs and keyword/value strings and its `sslmode` table (`disable`, `allow` and `prefer` can all end in a " +
            "clear-text connection), pgJDBC and Npgsql (the same modes), node-postgres (`ssl=false`), MySQL's `ssl-mode` " +
            "(`DISABLED`, `PREFERRED`), Connector/J's `sslMode`/`useSSL`, go-sql-driver/mysql's `tls` (`false`, `preferred`), the SQL " +
            "Server drivers' `encrypt`/`Encrypt` (`false`, `no`, `optional`), MongoDB's `tls`/`ssl` options, the `redis://` versus " +
            "`rediss://` schemes (redis-py, ioredis, node-redis; `valkey://`/`valkeys://` alike) and AMQP's `amqp://` versus `amqps://`. " +
            "Variables that set the mode apart from the string (`PGSSLMODE`, libpq's environment variable, and the common conventions " +
            "`DB_SSLMODE`, `DATABASE_SSL`, …) are checked from two configurable lists. Hosts that never leave the machine " +
            "(`localhost`, `127.0.0.0/8`, `::1`, Unix sockets, SQL Server's `.` and `(local)`) pass, as do hosts matching the option " +
            "`localHosts`. A finding names the resource, the setting, the scheme, the host and the offending parameter; user info and " +
            "passwords are never shown (`postgresql://***@orders.internal/orders`), and when the value is a secret (a sensitive " +
            "variable, a plan's sensitive value, a Pulumi secret) its host is not shown either. No other scanner reads the connections " +
            "applications actually make. Out of scope: values the application reads at run time (Secrets Manager references in an ECS " +
            "task's `secrets`, `environmentFiles`), and MySQL or MongoDB strings that do not mention TLS at all (their drivers' " +
            "defaults differ: Connector/NET requires TLS by default, go-sql-driver/mysql does not use it).",
        defaults: "A PostgreSQL connection string (URL, JDBC or keyword/value) to a host that is not local and that sets neither `sslmode` nor " +
            "`ssl` uses the client's default, `prefer` for libpq (libpq \"Connection Strings\" and \"SSL Support\": \"prefer (default)\") " +
            "and pgJDBC: it fails while the option `missingSslmodeFails` is true (the default), unless the same environment sets " +
            "`PGSSLMODE` or another of `sslModeVariables` (those named `MYSQL_…` or `MARIADB_…` do not count for PostgreSQL). The AWS JDBC Driver's `jdbc:aws-wrapper:` prefix and Connector/J's `jdbc:mysql:loadbalance:`, `jdbc:mysql:replication:` and `jdbc:mysql+srv:` (Connector/J, “Connection URL Syntax”) are read like `jdbc:`. `ssl=true` (node-postgres, pgJDBC, where it means `verify-full`) passes. " +
            "`mongodb+srv://` turns TLS on unless `tls=false`/`ssl=false` (MongoDB \"Connection String Options\"). A SQL Server string " +
            "without `encrypt` is not judged: Microsoft.Data.SqlClient 4.0 and later and the Microsoft JDBC Driver 10.2 and later " +
            "encrypt by default, older drivers do not. Values moat cannot know are never guessed: a setting whose value is not known " +
            "is counted as not evaluated when its name says it holds a connection string (`DATABASE_URL`, `REDIS_URL`, `DB_DSN`, " +
            "`JDBC_URL`, `ConnectionStrings__Ledger`, …) and is ignored otherwise (`DB_HOST`, `API_URL`); a connection string whose host, port, path, parameter names or parameter values are not known is not evaluated (an unknown piece there may itself hold `?…&sslmode=…`, and libpq keeps the last value); a string whose " +
            "`sslmode=disable` is known but whose password is known only after apply still fails (the source door keeps the known text " +
            "around an unknown template part; a plan and a Pulumi preview show such a string as unknown as a whole). Container " +
            "definitions that are not valid JSON are not evaluated, with the reason.",
        remediation: {
            text: "Ask every client for TLS, with certificate verification where the driver supports it, and keep the password out of " +
                "the string (an ECS container's `secrets`, a Secrets Manager reference):\n\n" +
                "| client | fails | fixed form |\n" +
                "|---|---|---|\n" +
                "| libpq (psql, psycopg, pgx, node-postgres), URL | `sslmode=disable`, `allow`, `prefer`, none | " +
                "`postgresql://app@db.internal/orders?sslmode=verify-full` |\n" +
                "| libpq keyword/value | the same | `host=db.internal dbname=orders user=app sslmode=verify-full` |\n" +
                "| pgJDBC | `sslmode=disable`, `ssl=false`, none | `jdbc:postgresql://db.internal/orders?sslmode=verify-full` |\n" +
                "| Npgsql (.NET) | `SSL Mode=Disable`, `Prefer` | `Host=db.internal;Database=orders;SSL Mode=VerifyFull` |\n" +
                "| MySQL/MariaDB URL | `ssl-mode=DISABLED`, `PREFERRED` | `mysql://app@db.internal/shop?ssl-mode=VERIFY_IDENTITY` |\n" +
                "| MySQL Connector/J, MariaDB Connector/J | `useSSL=false`, `sslMode=DISABLED`/`disable` | " +
                "`jdbc:mysql://db.internal/shop?sslMode=VERIFY_IDENTITY` |\n" +
                "| go-sql-driver/mysql | `tls=false`, `tls=preferred` | `app@tcp(db.internal:3306)/shop?tls=true` |\n" +
                "| SQL Server JDBC | `encrypt=false` | `jdbc:sqlserver://db.internal:1433;databaseName=ledger;encrypt=true` |\n" +
                "| SqlClient (.NET) | `Encrypt=False`, `No`, `Optional` | `Server=tcp:db.internal,1433;Database=ledger;Encrypt=True` |\n" +
                "| MongoDB | `tls=false`, `ssl=false` | `mongodb+srv://app@cluster0.example.mongodb.net/orders` or `mongodb://…/?tls=true` |\n" +
                "| Redis, Valkey | `redis://`, `valkey://`, `ssl=false` | `rediss://cache.internal:6379/0` |\n" +
                "| AMQP (RabbitMQ, Amazon MQ) | `amqp://` | `amqps://b-1234.mq.eu-west-1.amazonaws.com:5671` |\n" +
                "| PGSSLMODE and the like | `disable`, `allow`, `prefer` | `PGSSLMODE=verify-full` |",
            hcl: `resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = aws_iam_role.orders.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "orders.zip"

  environment {
    variables = {
      DATABASE_URL = "postgresql://orders_app@orders.cluster-abc.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=verify-full"
      REDIS_URL    = "rediss://sessions.abc.euw1.cache.amazonaws.com:6379"
    }
  }
}`,
            pulumi: `new aws.lambda.Function("orders", {
  role: ordersRole.arn,
  runtime: "nodejs20.x",
  handler: "index.handler",
  code: new pulumi.asset.FileArchive("orders.zip"),
  environment: {
    variables: {
      DATABASE_URL: "postgresql://orders_app@orders.cluster-abc.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=verify-full",
      REDIS_URL: "rediss://sessions.abc.euw1.cache.amazonaws.com:6379",
    },
  },
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            { title: "PostgreSQL libpq: Connection Strings (URIs and keyword/value)", url: "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING" },
            { title: "PostgreSQL libpq: SSL Support (the sslmode table; prefer is the default)", url: "https://www.postgresql.org/docs/current/libpq-ssl.html" },
            { title: "PostgreSQL libpq: Environment Variables (PGSSLMODE)", url: "https://www.postgresql.org/docs/current/libpq-envars.html" },
            { title: "pgJDBC: Connecting to the Database (ssl, sslmode)", url: "https://jdbc.postgresql.org/documentation/use/" },
            { title: "Npgsql: SslMode enumeration", url: "https://www.npgsql.org/doc/api/Npgsql.SslMode.html" },
            { title: "node-postgres pg-connection-string (ssl, sslmode)", url: "https://github.com/brianc/node-postgres/tree/master/packages/pg-connection-string" },
            { title: "MySQL: Command Options for Encrypted Connections (--ssl-mode)", url: "https://dev.mysql.com/doc/refman/8.4/en/connection-options.html#option_general_ssl-mode" },
            { title: "MySQL Connector/J: Security (sslMode, useSSL)", url: "https://dev.mysql.com/doc/connector-j/en/connector-j-connp-props-security.html" },
            { title: "MySQL Connector/J: Connection URL Syntax (loadbalance, replication, +srv)", url: "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html" },
            { title: "Amazon RDS: Connecting with the AWS JDBC Driver (jdbc:aws-wrapper:postgresql://)", url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Connecting.JDBCDriver.html" },
            { title: "go-sql-driver/mysql: DSN parameters (tls)", url: "https://github.com/go-sql-driver/mysql#tls" },
            { title: "Microsoft JDBC Driver for SQL Server: Setting the connection properties (encrypt)", url: "https://learn.microsoft.com/en-us/sql/connect/jdbc/setting-the-connection-properties" },
            {
                title: "Microsoft: JDBC Driver 10.2 for SQL Server released (encrypt now defaults to true)",
                url: "https://techcommunity.microsoft.com/t5/sql-server-blog/jdbc-driver-10-2-for-sql-server-released/ba-p/3100754",
            },
            {
                title: "Microsoft.Data.SqlClient: SqlConnectionStringBuilder.Encrypt (default true from 4.0, Mandatory from 5.0)",
                url: "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnectionstringbuilder.encrypt",
            },
            { title: "MongoDB: Connection String Options (tls, ssl; +srv turns TLS on)", url: "https://www.mongodb.com/docs/manual/reference/connection-string-options/" },
            { title: "Redis: Connection URLs (redis:// and rediss://)", url: "https://redis.io/docs/latest/develop/clients/connection-urls/" },
            { title: "RabbitMQ: AMQP URI Specification (amqp and amqps)", url: "https://www.rabbitmq.com/docs/uri-spec" },
            { title: "AWS Lambda: Working with environment variables", url: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html" },
            { title: "Amazon ECS: Passing environment variables to a container", url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/taskdef-envfiles.html" },
            {
                title: "AWS Elastic Beanstalk: aws:elasticbeanstalk:application:environment (environment properties)",
                url: "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-elasticbeanstalkapplicationenvironment",
            },
            { title: "Terraform AWS provider: aws_ecs_task_definition (container_definitions)", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition" },
            { title: "Terraform AWS provider: aws_apprunner_service (runtime_environment_variables)", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apprunner_service" },
        ],
        options: {
            type: "object",
            properties: {
                missingSslmodeFails: {
                    type: "boolean",
                    default: true,
                    description: "Whether a PostgreSQL connection string to a host that is not local, with neither sslmode nor ssl, fails (libpq's default sslmode is prefer, which falls back to clear text).",
                },
                sslModeVariables: {
                    type: "array",
                    items: { type: "string" },
                    default: ["PGSSLMODE", "DB_SSLMODE", "DB_SSL_MODE", "DATABASE_SSLMODE", "DATABASE_SSL_MODE", "POSTGRES_SSLMODE", "MYSQL_SSL_MODE"],
                    description: "Variables (compared ignoring case) that set the TLS mode apart from the connection string: disable, allow, prefer, disabled, preferred and none fail. PGSSLMODE is libpq's own; the others are common conventions.",
                },
                sslSwitchVariables: {
                    type: "array",
                    items: { type: "string" },
                    default: ["DATABASE_SSL", "DATABASE_TLS", "DB_SSL", "DB_TLS", "DB_USE_SSL", "POSTGRES_SSL", "MYSQL_SSL", "REDIS_TLS", "REDIS_SSL"],
                    description: "Variables (compared ignoring case) that switch TLS on or off: false, 0, no, off and disable(d) fail.",
                },
                localHosts: {
                    type: "array",
                    items: { type: "string" },
                    default: [],
                    description: "Further hosts that count as local, as patterns with * (e.g. \"*.sidecar.internal\"); localhost, 127.0.0.0/8, ::1 and Unix sockets always do.",
                },
            },
            additionalProperties: false,
        },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "database", "application-configuration", "lambda", "ecs"],
    },
    check(resource, ctx) {
        const o = ctx.options;
        const extraLocal = (0, connection_strings_1.hostMatcher)(o.localHosts);
        const isLocal = (h) => (0, connection_strings_1.isLoopback)(h) || extraLocal(h);
        const modeNames = new Set(o.sslModeVariables.map((n) => n.toUpperCase()));
        const switchNames = new Set(o.sslSwitchVariables.map((n) => n.toUpperCase()));
        const { settings, unread } = (0, app_settings_1.appSettings)(resource);
        for (const u of unread)
            ctx.unknown(u.value, u.at);
        /** What the variables of a group that set the mode apart from the string say: they decide a string without sslmode. */
        const modeOf = new Map();
        for (const s of settings) {
            // Only PostgreSQL strings are decided by a mode set apart, and a MySQL variable (MYSQL_SSL_MODE) does not set PostgreSQL's.
            if (s.name === undefined || !modeNames.has(s.name.toUpperCase()) || /^(MYSQL|MARIADB)/i.test(s.name))
                continue;
            const v = s.value;
            const prior = modeOf.get(s.group);
            const now = (0, values_1.isUnknown)(v) ? "unknown" : typeof v === "string" ? ((0, connection_strings_1.classify)(v, MODE_TABLE) === "pass" ? "pass" : "fail") : prior;
            if (now && prior !== "unknown")
                modeOf.set(s.group, now);
        }
        for (const s of settings) {
            const name = s.name?.toUpperCase();
            const mode = name !== undefined && modeNames.has(name);
            if (mode || (name !== undefined && switchNames.has(name))) {
                if ((0, values_1.isUnknown)(s.value)) {
                    ctx.unknown((0, values_1.unknown)(`the ${s.where} is not known: ${s.value.reason}`), s.at);
                    continue;
                }
                if (typeof s.value !== "string" && typeof s.value !== "boolean" && typeof s.value !== "number")
                    continue;
                const value = String(s.value);
                const verdict = (0, connection_strings_1.classify)(value, mode ? MODE_TABLE : SWITCH_TABLE);
                if (verdict === "fail") {
                    ctx.report({
                        messageId: "weakVariable",
                        data: { where: s.where, name: s.name ?? "", value: value.trim(), fix: mode ? "verify-full (or require)" : "true" },
                        at: s.at,
                    });
                }
                else if (verdict === "other") {
                    ctx.unknown((0, values_1.unknown)(`the ${s.where} has a value moat does not know as a TLS mode`), s.at);
                }
                continue;
            }
            judgeSetting(resource, s, modeOf.get(s.group), isLocal, o.missingSslmodeFails, ctx);
        }
    },
});
/** The text of a value, with HOLE where a piece is not known; `undefined` when nothing of it is known. */
function textOf(v) {
    if (typeof v === "string")
        return v;
    if ((0, values_1.isUnknown)(v) && v.facts.text)
        return v.facts.text.map((p) => p ?? connection_strings_1.HOLE).join("");
    return undefined;
}
function judgeSetting(resource, s, modeElsewhere, isLocal, missingSslmodeFails, ctx) {
    const named = s.name !== undefined && namesConnection(s.name);
    const text = textOf(s.value);
    if (text === undefined) {
        if ((0, values_1.isUnknown)(s.value) && named)
            ctx.unknown((0, values_1.unknown)(`the ${s.where} is not known: ${s.value.reason}`), s.at);
        return;
    }
    const c = (0, connection_strings_1.parseConnection)(text);
    if (!c) {
        if (named && text.includes(connection_strings_1.HOLE) && (0, values_1.isUnknown)(s.value))
            ctx.unknown((0, values_1.unknown)(`the ${s.where} could not be read: ${s.value.reason}`), s.at);
        return;
    }
    const verdict = (0, connection_strings_1.judge)(c, { isLocal, missingSslmodeFails, modeElsewhere });
    if (verdict.kind === "pass")
        return;
    if (verdict.kind === "unknown") {
        const why = (0, values_1.isUnknown)(s.value) ? `${verdict.why} (${s.value.reason})` : verdict.why;
        return ctx.unknown((0, values_1.unknown)(`the ${s.where}: ${why}`), s.at);
    }
    const { host, shown } = display(resource, c, isLocal);
    const base = { where: s.where, client: c.client, host, shown };
    if (verdict.kind === "weakParameter") {
        ctx.report({ messageId: "weakParameter", data: { ...base, parameter: verdict.parameter, fix: FIX[c.client] }, at: s.at });
    }
    else if (verdict.kind === "plainScheme") {
        const aClient = `${/^[AEIOU]/.test(c.client) ? "an" : "a"} ${c.client}`;
        ctx.report({ messageId: "plainScheme", data: { ...base, aClient, scheme: c.scheme, fix: `Use ${verdict.secure}://.` }, at: s.at });
    }
    else {
        ctx.report({ messageId: "missingSslmode", data: base, at: s.at });
    }
}
/** The host and the redacted string a message shows; neither when the value is a secret the host is part of. */
function display(resource, c, isLocal) {
    const host = c.hosts.find((h) => !isLocal(h)) ?? c.hosts[0] ?? "";
    if (!(resource.secrets ?? []).some((secret) => host !== "" && secret.includes(host)))
        return { host, shown: c.shown };
    return { host: engine_1.REDACTED, shown: c.shown.includes("://") ? `${c.scheme}://…` : `${c.scheme} …` };
}
