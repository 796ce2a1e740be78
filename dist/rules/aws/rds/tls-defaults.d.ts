import type { Switch } from "../../../core/views";
export type TlsDefault = {
    enforced: boolean;
    parameter: string;
    source: string;
} | {
    unknown: string;
};
/** The engine families as this module reasons about them; Terraform's `engine` values map onto these. */
export type RdsEngineFamily = "postgres" | "aurora-postgresql" | "mysql" | "aurora-mysql" | "mariadb" | "sqlserver" | "oracle" | "db2";
export declare const RDS_TLS_SOURCES: readonly {
    title: string;
    url: string;
}[];
/**
 * The Aurora MySQL generations by the MySQL version they are compatible with, for messages: engine_version
 * "8.0.mysql_aurora.3.05.2" is Aurora MySQL version 3, MySQL 8.0. Aurora MySQL 8.4 is named after its MySQL version.
 * Engine `aurora` (Aurora MySQL version 1, MySQL 5.6) is the legacy engine name.
 */
export declare const AURORA_MYSQL_VERSION_NAMES: ReadonlyMap<string, string>;
/**
 * Oracle has no TLS parameter: TLS is the `SSL` option of an option group, and AWS says it opens a second port
 * "This approach allows both clear text and SSL-encrypted communication to occur at the same time". So an SSL option
 * enables TLS but never forces it; only the security groups (the clear-text port closed) can. Native network
 * encryption (option NATIVE_NETWORK_ENCRYPTION with SQLNET.ENCRYPTION_SERVER = REQUIRED) forces encryption, but it is
 * not TLS, and AWS says SSL and NNE cannot be used together.
 */
export declare const ORACLE_TLS_OPTION: Readonly<{
    optionName: "SSL";
    enforcesTls: false;
    source: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.Oracle.Options.SSL.html";
}>;
/** Terraform's `engine` (any case) → the family; undefined for engines this module knows nothing about (RDS Custom). */
export declare function engineFamilyOf(engine: string): RdsEngineFamily | undefined;
/**
 * The major version from an `engine_version` ("15.4" → "15", "8.0.mysql_aurora.3.05.2" → "8.0", "10.11.6" → "10.11",
 * "15.00.4345.5.v1" → "15.0", "19.0.0.0.ru-2024-01.rur-2024-01.r1" → "19", "11.5.9.0.sb00000000.r1" → "11.5") or from
 * a parameter group `family` ("postgres16", "aurora-mysql8.0", "aurora5.6", "sqlserver-se-15.0", "oracle-ee-cdb-19",
 * "db2-se-11.5"). Majors are what AWS calls them: one number for PostgreSQL 10+ and Oracle, "major.minor" for
 * PostgreSQL 9.x, MySQL, MariaDB, Aurora MySQL, SQL Server and Db2. Undefined when the text says nothing certain
 * (e.g. MySQL "8", which could be 8.0 or 8.4) or the family belongs to another engine.
 */
export declare function majorVersionOf(engine: string, engineVersionOrFamily: string): string | undefined;
/**
 * Does the engine's default configuration force TLS? `version` is an `engine_version`, a parameter group family or an
 * already-derived major; undefined when the configuration sets none.
 */
export declare function defaultTlsEnforcement(engine: string, version: string | undefined): TlsDefault;
/** A major version whose parameter groups have no parameter that forces TLS: what is missing, and where to go. */
export interface TlsUnenforceable {
    /** Why nothing can force TLS, for the message ("MySQL 5.6 has no require_secure_transport ..."). */
    why: string;
    /** The oldest version that can, for the message. */
    upgrade: string;
    /** The parameter to set after the upgrade. */
    parameter: string;
    source: string;
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
export declare function tlsUnenforceable(engine: string, version: string | undefined): TlsUnenforceable | undefined;
export interface TlsParameter {
    /** The parameter's name as AWS documents it (lower case in parameter groups). */
    name: string;
    /** Whether this value forces every client connection onto TLS (`classify` says "on"). */
    enforcing: (value: string) => boolean;
    /** What the value does: "on" forces TLS, "off" does not; undefined for a value that is neither (not documented). */
    classify: (value: string) => Switch;
    /** The values AWS documents, for the reason of a value that is neither. */
    documented: string;
    /** The value that forces TLS, for a message's fix ("1", "ON", "SSL"). */
    on: string;
    /** Whether a parameter name written in a configuration is this one (AWS parameter names are compared without case). */
    matchesName: (name: string) => boolean;
}
/** Every parameter that forces TLS on some RDS engine, one each. */
export declare const TLS_PARAMETERS: readonly TlsParameter[];
/** The parameter that forces TLS for this engine; undefined for Oracle (an option group option, see ORACLE_TLS_OPTION). */
export declare function tlsParameterFor(engine: string): TlsParameter | undefined;
