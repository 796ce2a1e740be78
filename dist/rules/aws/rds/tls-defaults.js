"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TLS_PARAMETERS = exports.ORACLE_TLS_OPTION = exports.AURORA_MYSQL_VERSION_NAMES = exports.RDS_TLS_SOURCES = void 0;
exports.engineFamilyOf = engineFamilyOf;
exports.majorVersionOf = majorVersionOf;
exports.defaultTlsEnforcement = defaultTlsEnforcement;
exports.tlsUnenforceable = tlsUnenforceable;
exports.tlsParameterFor = tlsParameterFor;
/**
 * Whether each RDS and Aurora engine forces clients onto TLS when nothing says otherwise, and which parameter does it.
 *
 * MOAT-RDS-001/002 need this when an instance or cluster has no parameter group, or a `default.*` one: then the
 * engine default decides. The defaults come from AWS's pages (RDS_TLS_SOURCES) and depend on the major version for
 * RDS for PostgreSQL (on from 15), RDS for MySQL (on for 9.7), RDS for MariaDB (on from 11.8) and Aurora MySQL
 * (on for version 8.4). Everything else defaults to off whatever the version.
 *
 * When the version is not known (no `engine_version`, and the family is not known either) the default is unknown
 * for the engines whose default depends on the version: AWS then picks its current default major version, which
 * the configuration does not show. For the engines whose default is the same for every version it is known.
 */
const values_1 = require("../../../core/values");
const PG_SSL_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html";
const PG_ROTATION_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/ssl-certificate-rotation-postgresql.html";
const MYSQL_REQUIRE_SSL_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.require-ssl.html";
const MARIADB_REQUIRE_SSL_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mariadb-ssl-connections.require-ssl.html";
const MARIADB_FEATURES_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MariaDB.Concepts.FeatureSupport.html";
const SQLSERVER_SSL_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html";
const DB2_SSL_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Db2.Concepts.SSL.html";
const DB2_PARAMETERS_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/db2-supported-parameters.html";
const ORACLE_SSL_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.Oracle.Options.SSL.html";
const AURORA_PG_SECURITY_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Security.html";
const AURORA_PG_KC_URL = "https://repost.aws/knowledge-center/aurora-postgresql-ssl-certificates";
const AURORA_MYSQL_SECURITY_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Security.html";
const AURORA_MYSQL_V3_V84_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Compare-v3-v84.html";
const AURORA_MYSQL_84_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.MySQL84.html";
const IBM_DB2COMM_URL = "https://www.ibm.com/support/knowledgecenter/SSEPGG_9.7.0/com.ibm.db2.luw.qb.server.doc/doc/t0004714.html";
const MYSQL_WL7709_URL = "https://dev.mysql.com/worklog/task/?id=7709";
exports.RDS_TLS_SOURCES = Object.freeze([
    { title: "Using SSL with a PostgreSQL DB instance (rds.force_ssl: 1 from version 15, 0 for 14 and older)", url: PG_SSL_URL },
    { title: "Updating applications to connect to PostgreSQL DB instances using new SSL/TLS certificates", url: PG_ROTATION_URL },
    { title: "Requiring SSL/TLS for all connections to a MySQL DB instance (OFF for 8.4 and lower, ON for 9.7)", url: MYSQL_REQUIRE_SSL_URL },
    { title: "Requiring SSL/TLS for all connections to a MariaDB DB instance (OFF to 11.4, ON from 11.8; 10.5+ only)", url: MARIADB_REQUIRE_SSL_URL },
    { title: "MariaDB feature support on Amazon RDS (11.8 changes the require_secure_transport default to 1)", url: MARIADB_FEATURES_URL },
    { title: "Using SSL with a Microsoft SQL Server DB instance (rds.force_ssl default 0)", url: SQLSERVER_SSL_URL },
    { title: "Using SSL/TLS with an Amazon RDS for Db2 DB instance (DB2COMM = TCPIP,SSL or SSL)", url: DB2_SSL_URL },
    { title: "Amazon RDS for Db2 parameters (parameter group families db2-se-11.5, db2-ae-11.5)", url: DB2_PARAMETERS_URL },
    { title: "Oracle Secure Sockets Layer (SSL option: a second port, clear text stays available)", url: ORACLE_SSL_URL },
    { title: "Security with Amazon Aurora PostgreSQL (rds.force_ssl default 0)", url: AURORA_PG_SECURITY_URL },
    { title: "AWS Knowledge Center: connect to Aurora PostgreSQL with SSL (rds.force_ssl default 0)", url: AURORA_PG_KC_URL },
    { title: "Security with Amazon Aurora MySQL (require_secure_transport default OFF; versions 2 and 3)", url: AURORA_MYSQL_SECURITY_URL },
    { title: "Comparing Aurora MySQL version 3 and Aurora MySQL version 8.4 (require_secure_transport ON by default)", url: AURORA_MYSQL_V3_V84_URL },
    { title: "Aurora MySQL version 8.4 (version numbers like 8.4.7)", url: AURORA_MYSQL_84_URL },
    { title: "IBM Db2: setting communication protocols for a Db2 instance (DB2COMM keywords tcpip, ssl)", url: IBM_DB2COMM_URL },
    { title: "MySQL WL#7709: require_secure_transport added in MySQL Server 5.7 (5.7.8), so MySQL 5.6 has none", url: MYSQL_WL7709_URL },
]);
/**
 * The Aurora MySQL generations by the MySQL version they are compatible with, for messages: engine_version
 * "8.0.mysql_aurora.3.05.2" is Aurora MySQL version 3, MySQL 8.0. Aurora MySQL 8.4 is named after its MySQL version.
 * Engine `aurora` (Aurora MySQL version 1, MySQL 5.6) is the legacy engine name.
 */
exports.AURORA_MYSQL_VERSION_NAMES = new Map([
    ["5.6", "Aurora MySQL version 1 (MySQL 5.6)"],
    ["5.7", "Aurora MySQL version 2 (MySQL 5.7)"],
    ["8.0", "Aurora MySQL version 3 (MySQL 8.0)"],
    ["8.4", "Aurora MySQL version 8.4 (MySQL 8.4)"],
]);
/**
 * Oracle has no TLS parameter: TLS is the `SSL` option of an option group, and AWS says it opens a second port
 * "This approach allows both clear text and SSL-encrypted communication to occur at the same time". So an SSL option
 * enables TLS but never forces it; only the security groups (the clear-text port closed) can. Native network
 * encryption (option NATIVE_NETWORK_ENCRYPTION with SQLNET.ENCRYPTION_SERVER = REQUIRED) forces encryption, but it is
 * not TLS, and AWS says SSL and NNE cannot be used together.
 */
exports.ORACLE_TLS_OPTION = Object.freeze({
    optionName: "SSL",
    enforcesTls: false,
    source: ORACLE_SSL_URL,
});
/** Terraform's `engine` (any case) → the family; undefined for engines this module knows nothing about (RDS Custom). */
function engineFamilyOf(engine) {
    const e = engine.trim().toLowerCase();
    if (e === "postgres")
        return "postgres";
    if (e === "aurora-postgresql")
        return "aurora-postgresql";
    if (e === "mysql")
        return "mysql";
    // `aurora` is Aurora MySQL version 1 (MySQL 5.6), the engine name before `aurora-mysql` existed.
    if (e === "aurora-mysql" || e === "aurora")
        return "aurora-mysql";
    if (e === "mariadb")
        return "mariadb";
    if (/^sqlserver-[a-z-]+$/.test(e))
        return "sqlserver";
    if (/^oracle-[a-z0-9-]+$/.test(e))
        return "oracle";
    if (/^db2-[a-z]+$/.test(e))
        return "db2";
    return undefined;
}
/** Parameter group family prefixes per engine family, with the version part captured (`postgres16`, `sqlserver-se-15.0`). */
const FAMILY_PATTERNS = {
    "postgres": [/^postgres(\d+(?:\.\d+)?)$/],
    "aurora-postgresql": [/^aurora-postgresql(\d+(?:\.\d+)?)$/],
    "mysql": [/^mysql(\d+\.\d+)$/],
    "aurora-mysql": [/^aurora-mysql(\d+\.\d+)$/, /^aurora(5\.6)$/],
    "mariadb": [/^mariadb(\d+\.\d+)$/],
    "sqlserver": [/^sqlserver-[a-z-]+-(\d+\.\d+)$/],
    "oracle": [/^oracle-[a-z0-9-]+?-(\d+)$/],
    "db2": [/^db2-[a-z]+-(\d+\.\d+)$/],
};
/**
 * The major version from an `engine_version` ("15.4" → "15", "8.0.mysql_aurora.3.05.2" → "8.0", "10.11.6" → "10.11",
 * "15.00.4345.5.v1" → "15.0", "19.0.0.0.ru-2024-01.rur-2024-01.r1" → "19", "11.5.9.0.sb00000000.r1" → "11.5") or from
 * a parameter group `family` ("postgres16", "aurora-mysql8.0", "aurora5.6", "sqlserver-se-15.0", "oracle-ee-cdb-19",
 * "db2-se-11.5"). Majors are what AWS calls them: one number for PostgreSQL 10+ and Oracle, "major.minor" for
 * PostgreSQL 9.x, MySQL, MariaDB, Aurora MySQL, SQL Server and Db2. Undefined when the text says nothing certain
 * (e.g. MySQL "8", which could be 8.0 or 8.4) or the family belongs to another engine.
 */
function majorVersionOf(engine, engineVersionOrFamily) {
    const family = engineFamilyOf(engine);
    if (!family)
        return undefined;
    const text = engineVersionOrFamily.trim().toLowerCase();
    if (/^[a-z]/.test(text)) {
        for (const pattern of FAMILY_PATTERNS[family]) {
            const m = pattern.exec(text);
            if (m)
                return normaliseMajor(family, m[1]);
        }
        return undefined;
    }
    const m = /^(\d+)(?:\.(\d+))?/.exec(text);
    if (!m)
        return undefined;
    return normaliseMajor(family, m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`);
}
function normaliseMajor(family, version) {
    const [first, second] = version.split(".");
    const major = Number(first);
    const minor = second === undefined ? undefined : Number(second);
    switch (family) {
        case "postgres":
        case "aurora-postgresql":
            // Since PostgreSQL 10 the first number is the major; 9.x majors have two parts.
            if (major >= 10)
                return String(major);
            return minor === undefined ? undefined : `${major}.${minor}`;
        case "oracle":
            return String(major);
        default:
            // SQL Server writes "15.00"; its families write "15.0".
            return minor === undefined ? undefined : `${major}.${minor}`;
    }
}
/**
 * Does the engine's default configuration force TLS? `version` is an `engine_version`, a parameter group family or an
 * already-derived major; undefined when the configuration sets none.
 */
function defaultTlsEnforcement(engine, version) {
    const family = engineFamilyOf(engine);
    if (!family)
        return { unknown: `moat does not know the TLS defaults of RDS engine "${engine}"` };
    // Defaults that do not depend on the version.
    switch (family) {
        case "sqlserver":
            return { enforced: false, parameter: "rds.force_ssl", source: SQLSERVER_SSL_URL };
        case "oracle":
            return { enforced: false, parameter: "SSL option (option group)", source: ORACLE_SSL_URL };
        case "db2":
            // SSL needs DB2COMM set in a custom parameter group ("You can't modify the default parameter group").
            return { enforced: false, parameter: "db2comm", source: DB2_SSL_URL };
        case "aurora-postgresql":
            // AWS documents one default, 0, with no version split. The current Aurora page's section could not be read;
            // the 2023 guide and the current Knowledge Center article both say 0.
            return { enforced: false, parameter: "rds.force_ssl", source: AURORA_PG_SECURITY_URL };
        default:
            break;
    }
    const major = version === undefined ? undefined : majorVersionOf(engine, version);
    if (major === undefined) {
        return {
            unknown: version === undefined
                ? `the ${family} TLS default depends on the major version, and no engine_version is set (AWS then picks its current default version)`
                : `cannot tell the ${family} major version from "${version}"`,
        };
    }
    switch (family) {
        case "postgres":
            return { enforced: (0, values_1.compareVersions)(major, "15") >= 0, parameter: "rds.force_ssl", source: PG_SSL_URL };
        case "mysql":
            if ((0, values_1.compareVersions)(major, "8.4") <= 0)
                return { enforced: false, parameter: "require_secure_transport", source: MYSQL_REQUIRE_SSL_URL };
            if (major === "9.7")
                return { enforced: true, parameter: "require_secure_transport", source: MYSQL_REQUIRE_SSL_URL };
            return { unknown: `AWS documents the MySQL require_secure_transport default for 8.4 and lower (OFF) and 9.7 (ON), not for ${major}` };
        case "mariadb":
            if ((0, values_1.compareVersions)(major, "11.4") <= 0)
                return { enforced: false, parameter: "require_secure_transport", source: MARIADB_REQUIRE_SSL_URL };
            if ((0, values_1.compareVersions)(major, "11.8") >= 0)
                return { enforced: true, parameter: "require_secure_transport", source: MARIADB_REQUIRE_SSL_URL };
            return { unknown: `AWS documents the MariaDB require_secure_transport default up to 11.4 (OFF) and from 11.8 (ON), not for ${major}` };
        case "aurora-mysql":
            if (major === "5.6" || major === "5.7" || major === "8.0")
                return { enforced: false, parameter: "require_secure_transport", source: AURORA_MYSQL_SECURITY_URL };
            if (major === "8.4")
                return { enforced: true, parameter: "require_secure_transport", source: AURORA_MYSQL_V3_V84_URL };
            return { unknown: `AWS documents Aurora MySQL TLS defaults for MySQL 5.6, 5.7, 8.0 and 8.4 compatibility, not for ${major}` };
        default:
            return { unknown: `moat does not know the TLS defaults of RDS engine "${engine}"` };
    }
}
/**
 * The engine versions where no parameter group can force TLS, because the parameter does not exist there:
 * - MySQL before 5.7: require_secure_transport came with MySQL Server 5.7.8 (MySQL WL#7709), so an RDS for MySQL 5.6
 *   parameter group (family mysql5.6) has no such parameter;
 * - MariaDB before 10.5: AWS, "The require_secure_transport parameter is only supported for MariaDB version 10.5 and
 *   higher" (MARIADB_REQUIRE_SSL_URL; AWS Config's rds-mariadb-instance-encrypted-in-transit also judges 10.5 and later
 *   only);
 * - Aurora MySQL version 1 (MySQL 5.6 compatible, engine `aurora`): AWS lists require_secure_transport for Aurora MySQL
 *   versions 2 and 3 only (AURORA_MYSQL_SECURITY_URL).
 * RDS for PostgreSQL, Aurora PostgreSQL and SQL Server document rds.force_ssl with no version limit (PG_SSL_URL,
 * AURORA_PG_SECURITY_URL, SQLSERVER_SSL_URL), and Db2 documents db2comm for every version it offers (DB2_SSL_URL):
 * none of them is listed here. `version` is an engine_version, a parameter group family or a major.
 */
function tlsUnenforceable(engine, version) {
    const family = engineFamilyOf(engine);
    const major = version === undefined ? undefined : majorVersionOf(engine, version);
    if (!family || major === undefined)
        return undefined;
    const parameter = "require_secure_transport";
    switch (family) {
        case "mysql":
            if ((0, values_1.compareVersions)(major, "5.7") >= 0)
                return undefined;
            return {
                why: `MySQL ${major} has no require_secure_transport (MySQL added it in 5.7.8)`,
                upgrade: "MySQL 5.7 or later",
                parameter,
                source: MYSQL_WL7709_URL,
            };
        case "mariadb":
            if ((0, values_1.compareVersions)(major, "10.5") >= 0)
                return undefined;
            return {
                why: `RDS for MariaDB ${major} has no require_secure_transport (AWS supports it from 10.5)`,
                upgrade: "MariaDB 10.5 or later",
                parameter,
                source: MARIADB_REQUIRE_SSL_URL,
            };
        case "aurora-mysql":
            if (major !== "5.6")
                return undefined;
            return {
                why: "Aurora MySQL version 1 (MySQL 5.6) has no require_secure_transport (AWS offers it from Aurora MySQL version 2)",
                upgrade: "Aurora MySQL version 2 or later (engine aurora-mysql)",
                parameter,
                source: AURORA_MYSQL_SECURITY_URL,
            };
        default:
            return undefined;
    }
}
/** A TLS parameter from its name, what its values mean, what AWS documents and the value that forces TLS. */
function tlsParameter(name, classify, documented, on) {
    return Object.freeze({
        name,
        enforcing: (value) => classify(value) === "on",
        classify,
        documented,
        on,
        matchesName: (written) => written.trim().toLowerCase() === name,
    });
}
/** A boolean parameter: 1/ON/TRUE force TLS, 0/OFF/FALSE do not (any case); anything else is neither. */
function booleanSwitch(value) {
    const v = value.trim().toLowerCase();
    if (["1", "on", "true"].includes(v))
        return "on";
    if (["0", "off", "false"].includes(v))
        return "off";
    return undefined;
}
/**
 * rds.force_ssl: AWS documents 1 (on) and 0 (off); its SQL Server console steps say "set ... to true". "on" is
 * PostgreSQL's own spelling of a boolean. Any of the three forces TLS; RDS rejects values outside its allowed set.
 */
const forceSsl = tlsParameter("rds.force_ssl", booleanSwitch, "0 or 1", "1");
/** require_secure_transport is a MySQL boolean: ON, 1 and TRUE all switch it on, in any case. */
const requireSecureTransport = tlsParameter("require_secure_transport", booleanSwitch, "ON/1 or OFF/0", "ON");
/**
 * DB2COMM lists the protocols Db2 listens on. AWS accepts "TCPIP,SSL" or "SSL"; IBM: "tcpip starts TCP/IP support,
 * ssl starts SSL support". Only a list with SSL and without TCPIP leaves no clear-text listener: "TCPIP,SSL" (in any
 * order) turns TLS on without forcing it.
 */
function db2commSwitch(value) {
    const protocols = value.split(",").map((p) => p.trim().toLowerCase()).filter((p) => p !== "");
    if (protocols.length === 0 || protocols.some((p) => p !== "ssl" && p !== "tcpip"))
        return undefined;
    return protocols.includes("ssl") && !protocols.includes("tcpip") ? "on" : "off";
}
const db2comm = tlsParameter("db2comm", db2commSwitch, "a list of TCPIP and SSL", "SSL");
/** Every parameter that forces TLS on some RDS engine, one each. */
exports.TLS_PARAMETERS = Object.freeze([forceSsl, requireSecureTransport, db2comm]);
/** The parameter that forces TLS for this engine; undefined for Oracle (an option group option, see ORACLE_TLS_OPTION). */
function tlsParameterFor(engine) {
    switch (engineFamilyOf(engine)) {
        case "postgres":
        case "aurora-postgresql":
        case "sqlserver":
            return forceSsl;
        case "mysql":
        case "mariadb":
        case "aurora-mysql":
            return requireSecureTransport;
        case "db2":
            return db2comm;
        default:
            return undefined;
    }
}
