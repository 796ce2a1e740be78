/**
 * Whether an RDS DB instance or DB cluster forces its clients onto TLS, read from its parameter group and, where the
 * group does not decide, from the engine's default (tls-defaults.ts). A support module (no `.cases.ts` beside it),
 * shared by MOAT-RDS-001 (DB instances, DB parameter groups) and MOAT-RDS-002 (DB clusters, DB cluster parameter
 * groups): the parameters and the defaults are the same; only the resource types and attribute names differ.
 */
import { type Resource, type ResourceGraph } from "../../../core/model";
import { type Reader } from "../../../core/reader";
import { type AttrPath, type Unknown } from "../../../core/values";
import { type GroupRef, type GroupUse } from "../../../core/views";
/** The message ids a TLS verdict can carry; both rules declare them. */
export type TlsMessageId = "parameterOff" | "db2ClearTextListener" | "parameterNotSet" | "engineDefault" | "cannotEnforce";
/** A verdict; what cannot be known stops the check of the resource judged (core/reader.ts), located at its attribute. */
export type TlsVerdict = {
    ok: true;
} | {
    ok: false;
    messageId: TlsMessageId;
    at: AttrPath;
    data: Record<string, string>;
};
/** How a rule names the attributes that lead to the group, so one verdict serves instances and clusters. */
export interface GroupLink {
    /** `parameter_group_name` (instance) or `db_cluster_parameter_group_name` (cluster). */
    attr: string;
    /** `aws_db_parameter_group` or `aws_rds_cluster_parameter_group`. */
    type: string;
}
/** The engine and the version text the defaults are looked up with, and where each came from (for messages). */
export interface EngineFacts {
    /** Terraform's `engine` value, lower case. */
    engine: string;
    /** An engine version, a parameter group family or a major; undefined when nothing in the input says. */
    version: string | undefined;
    /** The engine_version was written but is not known here: a version-dependent default is then unknown. */
    versionUnknown?: Unknown;
    /**
     * Where the version comes from, for findings about it: an attribute of the resource judged, or "group" for the
     * family of its parameter group (the finding then points at the attribute that names the group).
     */
    versionAt: string;
}
export declare function engineOfFamily(family: string): string | undefined;
/** The group a resource uses; `default:*` is how AWS names default option groups (`default:oracle-ee-19`). */
export declare function groupOf(graph: ResourceGraph, resource: Resource, link: GroupLink): GroupRef;
/**
 * The engine of a DB instance or cluster and the best version text for its defaults. The resource's own `engine`
 * wins; else (absent, or not known here) the source of a read replica (`sourceAttr`, e.g. `replicate_source_db`); else
 * the group's family, which AWS requires to match the engine. The version is the resource's `engine_version`, else the
 * group's `family` (a group is made for one major version), else the replica source's `engine_version`.
 */
export declare function engineFactsOf(graph: ResourceGraph, resource: Resource, ref: GroupRef, options?: {
    sourceAttr?: string;
}): EngineFacts | Unknown;
/** `postgres 16`, `aurora-mysql 8.0`, or the bare engine when the version is not known or does not matter. */
export declare function engineText(facts: EngineFacts): string;
/**
 * The verdict for every engine that enforces TLS through a parameter (not Oracle, whose encryption is an option
 * group's business: see MOAT-RDS-001). `ref` is the resource's group, `link.attr` the attribute findings point at.
 */
export declare function tlsVerdict(resource: Resource, ref: GroupRef, facts: EngineFacts, link: GroupLink): TlsVerdict;
/**
 * When the engine is not known, a group that sets one of the TLS parameters still decides: each parameter means the
 * same to every engine that has it (rds.force_ssl: PostgreSQL and SQL Server; require_secure_transport: MySQL and
 * MariaDB; db2comm: Db2 only). Undefined when the group sets none of them, or more than one, which only the engine could
 * settle.
 */
export declare function verdictWithoutEngine(resource: Resource, group: Resource, link: GroupLink): TlsVerdict | undefined;
/** A finding on a parameter group that nothing in the input uses: where its TLS value is written, and the message data. */
export interface UnusedGroupTlsFinding {
    messageId: "unusedGroupOff" | "unusedGroupCannotEnforce";
    at: AttrPath;
    data: Record<string, string>;
}
/**
 * A parameter group that no DB instance or cluster in the input uses (`uses`) is judged on its own, through
 * `judgeUnusedGroup` (core/views.ts), when it explicitly sets its engine's TLS parameter to a value that does not force
 * TLS: platform teams keep shared groups in modules of their own, and whatever uses them later accepts clear text. A
 * value that is neither on nor off is not evaluated. A group that something in the input uses is judged through that
 * resource (MOAT-RDS-001/002 report there, once). A group that does not set the parameter is not judged alone: its
 * default depends on the engine version of whatever uses it. The engine is the group family's; with a family moat cannot
 * read, a group that sets exactly one TLS parameter still decides (as `verdictWithoutEngine`). A family whose versions
 * have no TLS parameter at all (`tlsUnenforceable`: MySQL 5.6, MariaDB before 10.5, Aurora MySQL version 1) gets the
 * cannot-enforce wording: the fix is the upgrade, not the value. `skip` leaves out engines whose TLS setting such a
 * group does not hold (Aurora instance-level groups: the cluster's group decides). Unknowns stop the group's own check.
 */
export declare function unusedGroupFinding(graph: ResourceGraph, group: Resource, uses: readonly GroupUse[], skip: (engine: string) => boolean): UnusedGroupTlsFinding | undefined;
/** A finding that names the group holds only if the group is created: the engine says so when that is unknown. */
export declare function groupDependency(ref: GroupRef, data: Record<string, string>): {
    dependsOn?: Resource[];
};
/** A pass that rests on `group`: not evaluated when the group may not be created (unknown count or for_each). */
export declare function vouchedBy(resource: Resource, group: Resource, link: GroupLink): {
    ok: true;
};
/** The option blocks of an option group whose `option_name` matches (names compare without case). */
export declare function optionsNamed(group: Reader, name: string): Reader[];
