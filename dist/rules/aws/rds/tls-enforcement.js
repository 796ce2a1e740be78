"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.engineOfFamily = engineOfFamily;
exports.groupOf = groupOf;
exports.engineFactsOf = engineFactsOf;
exports.engineText = engineText;
exports.tlsVerdict = tlsVerdict;
exports.verdictWithoutEngine = verdictWithoutEngine;
exports.unusedGroupFinding = unusedGroupFinding;
exports.groupDependency = groupDependency;
exports.vouchedBy = vouchedBy;
exports.optionsNamed = optionsNamed;
/**
 * Whether an RDS DB instance or DB cluster forces its clients onto TLS, read from its parameter group and, where the
 * group does not decide, from the engine's default (tls-defaults.ts). A support module (no `.cases.ts` beside it),
 * shared by MOAT-RDS-001 (DB instances, DB parameter groups) and MOAT-RDS-002 (DB clusters, DB cluster parameter
 * groups): the parameters and the defaults are the same; only the resource types and attribute names differ.
 */
const model_1 = require("../../../core/model");
const reader_1 = require("../../../core/reader");
const values_1 = require("../../../core/values");
const views_1 = require("../../../core/views");
const tls_defaults_1 = require("./tls-defaults");
/**
 * Parameter group families name their engine: `postgres16`, `aurora-mysql8.0`, `aurora5.6` (engine `aurora`),
 * `sqlserver-se-15.0`, `oracle-ee-cdb-19`, `db2-se-11.5`. An instance that does not write `engine` (a read replica,
 * or a configuration that relies on its group) still has the engine its group is made for.
 */
const FAMILY_ENGINES = [
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
function engineOfFamily(family) {
    const text = family.trim().toLowerCase();
    for (const [pattern, engine] of FAMILY_ENGINES) {
        const m = pattern.exec(text);
        if (m)
            return engine(m);
    }
    return undefined;
}
/** The group a resource uses; `default:*` is how AWS names default option groups (`default:oracle-ee-19`). */
function groupOf(graph, resource, link) {
    const ref = (0, views_1.parameterGroupOf)(graph, resource, link.attr, link.type);
    if (ref.kind === "unknown") {
        const name = (0, values_1.asString)(resource.attrs[link.attr]);
        if (name !== undefined && name.toLowerCase().startsWith("default:"))
            return { kind: "default", name };
    }
    return ref;
}
function knownString(v) {
    const s = (0, values_1.asString)(v);
    return s === undefined || s.trim() === "" ? undefined : s.trim();
}
/**
 * The engine of a DB instance or cluster and the best version text for its defaults. The resource's own `engine`
 * wins; else (absent, or not known here) the source of a read replica (`sourceAttr`, e.g. `replicate_source_db`); else
 * the group's family, which AWS requires to match the engine. The version is the resource's `engine_version`, else the
 * group's `family` (a group is made for one major version), else the replica source's `engine_version`.
 */
function engineFactsOf(graph, resource, ref, options = {}) {
    const ownEngine = resource.attrs.engine;
    const source = options.sourceAttr ? graph.targets(resource, options.sourceAttr, resource.type)[0] : undefined;
    const family = ref.kind === "resource" ? knownString(ref.group.attrs.family) : undefined;
    const engine = knownString(ownEngine) ??
        (source ? knownString(source.attrs.engine) : undefined) ??
        (family ? engineOfFamily(family) : undefined);
    if (engine === undefined) {
        if ((0, values_1.isUnknown)(ownEngine))
            return ownEngine;
        return (0, values_1.unknown)(`${(0, model_1.labelOf)(resource)} sets no engine, and neither a replication source nor a parameter group family in the input names one`);
    }
    const lower = engine.toLowerCase();
    const ownVersion = resource.attrs.engine_version;
    const written = knownString(ownVersion);
    if (written !== undefined)
        return { engine: lower, version: written, versionAt: "engine_version" };
    if (family !== undefined && (0, tls_defaults_1.majorVersionOf)(lower, family) !== undefined)
        return { engine: lower, version: family, versionAt: "group" };
    const sourceVersion = source ? knownString(source.attrs.engine_version) : undefined;
    if (sourceVersion !== undefined && options.sourceAttr)
        return { engine: lower, version: sourceVersion, versionAt: options.sourceAttr };
    // `aurora` is only ever Aurora MySQL version 1, which is MySQL 5.6 compatible.
    if (lower === "aurora")
        return { engine: lower, version: "5.6", versionAt: "engine" };
    return { engine: lower, version: undefined, versionUnknown: (0, values_1.isUnknown)(ownVersion) ? ownVersion : undefined, versionAt: "engine_version" };
}
/** `postgres 16`, `aurora-mysql 8.0`, or the bare engine when the version is not known or does not matter. */
function engineText(facts) {
    const major = facts.version === undefined ? undefined : (0, tls_defaults_1.majorVersionOf)(facts.engine, facts.version);
    return major === undefined ? facts.engine : `${facts.engine} ${major}`;
}
/**
 * The verdict for every engine that enforces TLS through a parameter (not Oracle, whose encryption is an option
 * group's business: see MOAT-RDS-001). `ref` is the resource's group, `link.attr` the attribute findings point at.
 */
function tlsVerdict(resource, ref, facts, link) {
    const parameter = (0, tls_defaults_1.tlsParameterFor)(facts.engine);
    if (!parameter)
        (0, reader_1.notEvaluated)((0, values_1.unknown)(`moat does not know which parameter forces TLS for engine "${facts.engine}"`), ["engine"], resource);
    // Versions whose parameter groups have no TLS parameter: nothing the group says can help, so the upgrade is the fix,
    // whatever the group (even one not in the input) holds.
    const missing = (0, tls_defaults_1.tlsUnenforceable)(facts.engine, facts.version);
    if (missing) {
        return {
            ok: false,
            messageId: "cannotEnforce",
            at: [facts.versionAt === "group" ? link.attr : facts.versionAt],
            data: { engine: engineText(facts), why: missing.why, upgrade: missing.upgrade, parameter: missing.parameter },
        };
    }
    if (ref.kind === "unknown")
        (0, reader_1.notEvaluated)(ref.reason, [link.attr], resource);
    if (ref.kind === "resource") {
        const group = ref.group;
        const set = (0, reader_1.known)((0, views_1.parameterValue)(group, parameter.name), [link.attr], resource);
        if (set !== undefined)
            return valueVerdict(resource, group, parameter, set.value, engineText(facts), link);
    }
    const fallback = (0, tls_defaults_1.defaultTlsEnforcement)(facts.engine, facts.version);
    if ("unknown" in fallback)
        (0, reader_1.notEvaluated)(facts.versionUnknown ?? (0, values_1.unknown)(fallback.unknown), ["engine_version"], resource);
    if (fallback.enforced)
        return { ok: true };
    const data = { parameter: fallback.parameter, engine: engineText(facts) };
    if (ref.kind === "resource") {
        return { ok: false, messageId: "parameterNotSet", at: [link.attr], data: { ...data, group: (0, model_1.labelOf)(ref.group) } };
    }
    const groupText = ref.kind === "default" ? `the default parameter group "${ref.name}"` : `the engine's default parameter group (no ${link.attr})`;
    return { ok: false, messageId: "engineDefault", at: [link.attr], data: { ...data, group: groupText } };
}
/**
 * When the engine is not known, a group that sets one of the TLS parameters still decides: each parameter means the
 * same to every engine that has it (rds.force_ssl: PostgreSQL and SQL Server; require_secure_transport: MySQL and
 * MariaDB; db2comm: Db2 only). Undefined when the group sets none of them, or more than one, which only the engine could
 * settle.
 */
function verdictWithoutEngine(resource, group, link) {
    const set = tlsSettingsOf(group, [link.attr], resource);
    if (set.length !== 1)
        return undefined;
    return valueVerdict(resource, group, set[0].parameter, set[0].value, "DB", link);
}
/**
 * The TLS parameters a group sets, one per parameter (rds.force_ssl, require_secure_transport, db2comm), with where
 * each value is written. An unknown met stops the check of `resource`, located at `at`.
 */
function tlsSettingsOf(group, at, resource) {
    const set = [];
    for (const parameter of tls_defaults_1.TLS_PARAMETERS) {
        const found = (0, reader_1.known)((0, views_1.parameterValue)(group, parameter.name), at, resource);
        if (found !== undefined)
            set.push({ parameter, value: found.value, at: found.at });
    }
    return set;
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
function unusedGroupFinding(graph, group, uses, skip) {
    const family = knownString(group.attrs.family);
    const engine = family === undefined ? undefined : engineOfFamily(family);
    if (engine !== undefined && skip(engine))
        return undefined;
    const expected = engine === undefined ? undefined : (0, tls_defaults_1.tlsParameterFor)(engine);
    if (engine !== undefined && !expected)
        return undefined;
    const settings = tlsSettingsOf(group, ["parameter"], group).filter((s) => !expected || s.parameter === expected);
    if (settings.length !== 1)
        return undefined;
    const { parameter } = settings[0];
    const off = (0, views_1.judgeUnusedGroup)({ graph }, group, {
        uses,
        parameter: parameter.name,
        classify: parameter.classify,
        documented: parameter.documented,
    });
    if (off === undefined)
        return undefined;
    const data = { group: (0, model_1.labelOf)(group), parameter: parameter.name, value: off.value, unsure: off.unsure };
    if (engine === undefined || family === undefined) {
        return { messageId: "unusedGroupOff", at: off.at, data: { ...data, engine: "DB", on: parameter.on } };
    }
    const facts = { engine, version: family, versionAt: "group" };
    const missing = (0, tls_defaults_1.tlsUnenforceable)(engine, family);
    if (missing) {
        return { messageId: "unusedGroupCannotEnforce", at: off.at, data: { ...data, engine: engineText(facts), why: missing.why, upgrade: missing.upgrade } };
    }
    return { messageId: "unusedGroupOff", at: off.at, data: { ...data, engine: engineText(facts), on: parameter.on } };
}
/** A finding that names the group holds only if the group is created: the engine says so when that is unknown. */
function groupDependency(ref, data) {
    return ref.kind === "resource" && "group" in data ? { dependsOn: [ref.group] } : {};
}
/** A pass that rests on `group`: not evaluated when the group may not be created (unknown count or for_each). */
function vouchedBy(resource, group, link) {
    (0, views_1.requireCreated)(group, "parameter group ", [link.attr], resource);
    return { ok: true };
}
/** The verdict on a TLS parameter a group sets. */
function valueVerdict(resource, group, parameter, value, engine, link) {
    const text = (0, values_1.asString)((0, reader_1.known)(value, [link.attr], resource)) ?? "";
    if (parameter.enforcing(text))
        return vouchedBy(resource, group, link);
    // "TCPIP,SSL" turns TLS on but keeps the clear-text listener: a different fix than a plain "off".
    const db2Both = parameter.name === "db2comm" && /\bssl\b/i.test(text);
    return {
        ok: false,
        messageId: db2Both ? "db2ClearTextListener" : "parameterOff",
        at: [link.attr],
        data: { group: (0, model_1.labelOf)(group), parameter: parameter.name, value: text, engine },
    };
}
/** The option blocks of an option group whose `option_name` matches (names compare without case). */
function optionsNamed(group, name) {
    return group.blocks("option").filter((option) => option.string("option_name")?.toLowerCase() === name.toLowerCase());
}
