/**
 * Whether an RDS DB instance or DB cluster forces its clients onto TLS, read from its parameter group and, where the
 * group does not decide, from the engine's default (tls-defaults.ts). A support module (no `.cases.ts` beside it),
 * shared by MOAT-RDS-001 (DB instances, DB parameter groups) and MOAT-RDS-002 (DB clusters, DB cluster parameter
 * groups): the parameters and the defaults are the same; only the resource types and attribute names differ.
 */
import { type Resource, type ResourceGraph, labelOf } from "../../../core/model";
import { type Reader, known, notEvaluated } from "../../../core/reader";
import { type AttrPath, type Unknown, type Value, asString, isUnknown, unknown } from "../../../core/values";
import { type GroupRef, type GroupUse, judgeUnusedGroup, parameterGroupOf, parameterValue, requireCreated } from "../../../core/views";
import { TLS_PARAMETERS, type TlsParameter, defaultTlsEnforcement, majorVersionOf, tlsParameterFor, tlsUnenforceable } from "./tls-defaults";

/** The message ids a TLS verdict can carry; both rules declare them. */
export type TlsMessageId = "parameterOff" | "db2ClearTextListener" | "parameterNotSet" | "engineDefault" | "cannotEnforce";

/** A verdict; what cannot be known stops the check of the resource judged (core/reader.ts), located at its attribute. */
export type TlsVerdict = { ok: true } | { ok: false; messageId: TlsMessageId; at: AttrPath; data: Record<string, string> };

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

/**
 * Parameter group families name their engine: `postgres16`, `aurora-mysql8.0`, `aurora5.6` (engine `aurora`),
 * `sqlserver-se-15.0`, `oracle-ee-cdb-19`, `db2-se-11.5`. An instance that does not write `engine` (a read replica,
 * or a configuration that relies on its group) still has the engine its group is made for.
 */
const FAMILY_ENGINES: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^aurora-postgresql\d/, () => "aurora-postgresql"],
  [/^aurora-mysql\d/, () => "aurora-mysql"],
  [/^aurora\d/, () => "aurora"],
  [/^postgres\d/, () => "postgres"],
  [/^mysql\d/, () => "mysql"],
  [/^mariadb\d/, () => "mariadb"],
  [/^(sqlserver-[a-z]+)-\d/, (m) => m[1]],
  [/^(oracle-[a-z0-9-]+?)-\d/, (m) => m[1]],
  [/^(db2-[a-z]+)-\d/, (m) => m[1]],
];

export function engineOfFamily(family: string): string | undefined {
  const text = family.trim().toLowerCase();
  for (const [pattern, engine] of FAMILY_ENGINES) {
    const m = pattern.exec(text);
    if (m) return engine(m);
  }
  return undefined;
}

/** The group a resource uses; `default:*` is how AWS names default option groups (`default:oracle-ee-19`). */
export function groupOf(graph: ResourceGraph, resource: Resource, link: GroupLink): GroupRef {
  const ref = parameterGroupOf(graph, resource, link.attr, link.type);
  if (ref.kind === "unknown") {
    const name = asString(resource.attrs[link.attr]);
    if (name !== undefined && name.toLowerCase().startsWith("default:")) return { kind: "default", name };
  }
  return ref;
}

function knownString(v: Value): string | undefined {
  const s = asString(v);
  return s === undefined || s.trim() === "" ? undefined : s.trim();
}

/**
 * The engine of a DB instance or cluster and the best version text for its defaults. The resource's own `engine`
 * wins; else (absent, or not known here) the source of a read replica (`sourceAttr`, e.g. `replicate_source_db`); else
 * the group's family, which AWS requires to match the engine. The version is the resource's `engine_version`, else the
 * group's `family` (a group is made for one major version), else the replica source's `engine_version`.
 */
export function engineFactsOf(
  graph: ResourceGraph,
  resource: Resource,
  ref: GroupRef,
  options: { sourceAttr?: string } = {},
): EngineFacts | Unknown {
  const ownEngine = resource.attrs.engine;
  const source = options.sourceAttr ? graph.targets(resource, options.sourceAttr, resource.type)[0] : undefined;
  const family = ref.kind === "resource" ? knownString(ref.group.attrs.family) : undefined;

  const engine =
    knownString(ownEngine) ??
    (source ? knownString(source.attrs.engine) : undefined) ??
    (family ? engineOfFamily(family) : undefined);
  if (engine === undefined) {
    if (isUnknown(ownEngine)) return ownEngine;
    return unknown(`${labelOf(resource)} sets no engine, and neither a replication source nor a parameter group family in the input names one`);
  }
  const lower = engine.toLowerCase();

  const ownVersion = resource.attrs.engine_version;
  const written = knownString(ownVersion);
  if (written !== undefined) return { engine: lower, version: written, versionAt: "engine_version" };
  if (family !== undefined && majorVersionOf(lower, family) !== undefined) return { engine: lower, version: family, versionAt: "group" };
  const sourceVersion = source ? knownString(source.attrs.engine_version) : undefined;
  if (sourceVersion !== undefined && options.sourceAttr) return { engine: lower, version: sourceVersion, versionAt: options.sourceAttr };
  // `aurora` is only ever Aurora MySQL version 1, which is MySQL 5.6 compatible.
  if (lower === "aurora") return { engine: lower, version: "5.6", versionAt: "engine" };
  return { engine: lower, version: undefined, versionUnknown: isUnknown(ownVersion) ? ownVersion : undefined, versionAt: "engine_version" };
}

/** `postgres 16`, `aurora-mysql 8.0`, or the bare engine when the version is not known or does not matter. */
export function engineText(facts: EngineFacts): string {
  const major = facts.version === undefined ? undefined : majorVersionOf(facts.engine, facts.version);
  return major === undefined ? facts.engine : `${facts.engine} ${major}`;
}

/**
 * The verdict for every engine that enforces TLS through a parameter (not Oracle, whose encryption is an option
 * group's business: see MOAT-RDS-001). `ref` is the resource's group, `link.attr` the attribute findings point at.
 */
export function tlsVerdict(resource: Resource, ref: GroupRef, facts: EngineFacts, link: GroupLink): TlsVerdict {
  const parameter = tlsParameterFor(facts.engine);
  if (!parameter) notEvaluated(unknown(`moat does not know which parameter forces TLS for engine "${facts.engine}"`), ["engine"], resource);
  // Versions whose parameter groups have no TLS parameter: nothing the group says can help, so the upgrade is the fix,
  // whatever the group (even one not in the input) holds.
  const missing = tlsUnenforceable(facts.engine, facts.version);
  if (missing) {
    return {
      ok: false,
      messageId: "cannotEnforce",
      at: [facts.versionAt === "group" ? link.attr : facts.versionAt],
      data: { engine: engineText(facts), why: missing.why, upgrade: missing.upgrade, parameter: missing.parameter },
    };
  }
  if (ref.kind === "unknown") notEvaluated(ref.reason, [link.attr], resource);

  if (ref.kind === "resource") {
    const group = ref.group;
    const set = known(parameterValue(group, parameter.name), [link.attr], resource);
    if (set !== undefined) return valueVerdict(resource, group, parameter, set.value, engineText(facts), link);
  }

  const fallback = defaultTlsEnforcement(facts.engine, facts.version);
  if ("unknown" in fallback) notEvaluated(facts.versionUnknown ?? unknown(fallback.unknown), ["engine_version"], resource);
  if (fallback.enforced) return { ok: true };
  const data = { parameter: fallback.parameter, engine: engineText(facts) };
  if (ref.kind === "resource") {
    return { ok: false, messageId: "parameterNotSet", at: [link.attr], data: { ...data, group: labelOf(ref.group) } };
  }
  const groupText =
    ref.kind === "default" ? `the default parameter group "${ref.name}"` : `the engine's default parameter group (no ${link.attr})`;
  return { ok: false, messageId: "engineDefault", at: [link.attr], data: { ...data, group: groupText } };
}

/**
 * When the engine is not known, a group that sets one of the TLS parameters still decides: each parameter means the
 * same to every engine that has it (rds.force_ssl: PostgreSQL and SQL Server; require_secure_transport: MySQL and
 * MariaDB; db2comm: Db2 only). Undefined when the group sets none of them, or more than one, which only the engine could
 * settle.
 */
export function verdictWithoutEngine(resource: Resource, group: Resource, link: GroupLink): TlsVerdict | undefined {
  const set = tlsSettingsOf(group, [link.attr], resource);
  if (set.length !== 1) return undefined;
  return valueVerdict(resource, group, set[0].parameter, set[0].value, "DB", link);
}

/**
 * The TLS parameters a group sets, one per parameter (rds.force_ssl, require_secure_transport, db2comm), with where
 * each value is written. An unknown met stops the check of `resource`, located at `at`.
 */
function tlsSettingsOf(group: Resource, at: AttrPath, resource: Resource): { parameter: TlsParameter; value: Value; at: AttrPath }[] {
  const set: { parameter: TlsParameter; value: Value; at: AttrPath }[] = [];
  for (const parameter of TLS_PARAMETERS) {
    const found = known(parameterValue(group, parameter.name), at, resource);
    if (found !== undefined) set.push({ parameter, value: found.value, at: found.at });
  }
  return set;
}

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
export function unusedGroupFinding(
  graph: ResourceGraph,
  group: Resource,
  uses: readonly GroupUse[],
  skip: (engine: string) => boolean,
): UnusedGroupTlsFinding | undefined {
  const family = knownString(group.attrs.family);
  const engine = family === undefined ? undefined : engineOfFamily(family);
  if (engine !== undefined && skip(engine)) return undefined;
  const expected = engine === undefined ? undefined : tlsParameterFor(engine);
  if (engine !== undefined && !expected) return undefined;
  const settings = tlsSettingsOf(group, ["parameter"], group).filter((s) => !expected || s.parameter === expected);
  if (settings.length !== 1) return undefined;
  const { parameter } = settings[0];
  const off = judgeUnusedGroup({ graph }, group, {
    uses,
    parameter: parameter.name,
    classify: parameter.classify,
    documented: parameter.documented,
  });
  if (off === undefined) return undefined;
  const data = { group: labelOf(group), parameter: parameter.name, value: off.value, unsure: off.unsure };
  if (engine === undefined || family === undefined) {
    return { messageId: "unusedGroupOff", at: off.at, data: { ...data, engine: "DB", on: parameter.on } };
  }
  const facts: EngineFacts = { engine, version: family, versionAt: "group" };
  const missing = tlsUnenforceable(engine, family);
  if (missing) {
    return { messageId: "unusedGroupCannotEnforce", at: off.at, data: { ...data, engine: engineText(facts), why: missing.why, upgrade: missing.upgrade } };
  }
  return { messageId: "unusedGroupOff", at: off.at, data: { ...data, engine: engineText(facts), on: parameter.on } };
}

/** A finding that names the group holds only if the group is created: the engine says so when that is unknown. */
export function groupDependency(ref: GroupRef, data: Record<string, string>): { dependsOn?: Resource[] } {
  return ref.kind === "resource" && "group" in data ? { dependsOn: [ref.group] } : {};
}

/** A pass that rests on `group`: not evaluated when the group may not be created (unknown count or for_each). */
export function vouchedBy(resource: Resource, group: Resource, link: GroupLink): { ok: true } {
  requireCreated(group, "parameter group ", [link.attr], resource);
  return { ok: true };
}

/** The verdict on a TLS parameter a group sets. */
function valueVerdict(resource: Resource, group: Resource, parameter: TlsParameter, value: Value, engine: string, link: GroupLink): TlsVerdict {
  const text = asString(known(value, [link.attr], resource)) ?? "";
  if (parameter.enforcing(text)) return vouchedBy(resource, group, link);
  // "TCPIP,SSL" turns TLS on but keeps the clear-text listener: a different fix than a plain "off".
  const db2Both = parameter.name === "db2comm" && /\bssl\b/i.test(text);
  return {
    ok: false,
    messageId: db2Both ? "db2ClearTextListener" : "parameterOff",
    at: [link.attr],
    data: { group: labelOf(group), parameter: parameter.name, value: text, engine },
  };
}

/** The option blocks of an option group whose `option_name` matches (names compare without case). */
export function optionsNamed(group: Reader, name: string): Reader[] {
  return group.blocks("option").filter((option) => option.string("option_name")?.toLowerCase() === name.toLowerCase());
}
