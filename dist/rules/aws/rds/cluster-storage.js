"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkStorage = checkStorage;
exports.checkGlobalStorage = checkGlobalStorage;
/**
 * The storage-encryption verdict of the RDS-family databases (RDS DB instances and clusters, DocumentDB and Neptune
 * clusters, and their global clusters: MOAT-RDS-003, MOAT-DOCDB-002, MOAT-NEPTUNE-001). All are the same RDS API
 * (CreateDBCluster / CreateDBInstance): `storage_encrypted` is fixed at creation, a read replica has its source's
 * encryption, a restore follows what it is restored from unless a KMS key re-encrypts it, and a member of a global
 * cluster follows the global cluster, whose own `storage_encrypted` applies unless it is built from an existing cluster.
 * One spec per resource type says what differs.
 */
const model_1 = require("../../../core/model");
const reader_1 = require("../../../core/reader");
const views_1 = require("../../../core/views");
const values_1 = require("../../../core/values");
const RESTORES = [
    { attr: "snapshot_identifier", what: "is restored from a snapshot", is: (r) => r.present("snapshot_identifier") },
    { attr: "restore_to_point_in_time", what: "is restored to a point in time", is: (r) => r.blocks("restore_to_point_in_time").length > 0 },
];
function settingOf(r, keyAttr, tail = "") {
    const encrypted = r.maybe("storage_encrypted");
    if (!(0, values_1.isAbsent)(encrypted))
        return `storage_encrypted = ${(0, values_1.asString)(encrypted) ?? JSON.stringify(encrypted)}${tail}`;
    const key = r.mayBeSet(keyAttr) ? ` (${keyAttr} alone does not turn encryption on)` : "";
    return `storage_encrypted is not set and defaults to false${key}${tail}`;
}
/** The global cluster a member names: by reference, or by a literal equal to its `global_cluster_identifier`. */
function globalOf(ctx, member, globalType) {
    const linked = ctx.graph.targets(member, "global_cluster_identifier", globalType)[0];
    if (linked)
        return linked;
    const name = (0, values_1.asString)(member.attrs.global_cluster_identifier);
    return name === undefined ? undefined : ctx.graph.ofType(globalType).find((g) => (0, values_1.asString)(g.attrs.global_cluster_identifier) === name);
}
/**
 * What a member of a global cluster follows: "exempt" (its encryption is another cluster's, judged itself, or the
 * verdict is recorded as not evaluated), "encrypted" (an encrypted global cluster), "own" (it is the global cluster's
 * source: its own setting decides), or the unencrypted global cluster it joins. Stops the check when a value it needs
 * is not known.
 */
function memberVerdict(ctx, db, r, globalType) {
    const at = ["global_cluster_identifier"];
    const global = globalOf(ctx, db, globalType);
    if (!global) {
        ctx.unknown((0, values_1.unknown)(`${(0, model_1.labelOf)(db)} joins a global cluster that is not in the scanned input without storage_encrypted = true: its encryption follows the global cluster`), at);
        return "exempt";
    }
    (0, views_1.requireCreated)(global, "the global cluster ", at, db);
    const g = ctx.read(global).onBehalfOf(db, at);
    if (g.present("source_db_cluster_identifier")) {
        // Built from an existing cluster: the global cluster has that cluster's encryption. The source is judged itself,
        // unless it is this cluster, whose own setting then decides.
        return ctx.graph.targets(global, "source_db_cluster_identifier").includes(db) ? "own" : "exempt";
    }
    if (g.flag("storage_encrypted") !== true)
        return { global };
    // An encrypted global cluster: a member that does not set storage_encrypted follows it; one that asks for false
    // contradicts it, and AWS documents no outcome.
    if (!(0, values_1.isAbsent)(r.value("storage_encrypted"))) {
        ctx.unknown((0, values_1.unknown)(`${(0, model_1.labelOf)(db)} sets storage_encrypted = false but joins the encrypted ${(0, model_1.labelOf)(global)}: AWS documents no outcome`), ["storage_encrypted"]);
        return "exempt";
    }
    return "encrypted";
}
/** Judges a DB instance or cluster (`aws_db_instance`, `aws_rds_cluster`, `aws_docdb_cluster`, `aws_neptune_cluster`). */
function checkStorage(db, ctx, spec) {
    const r = ctx.read(db);
    const encrypted = r.maybe("storage_encrypted");
    const encryptedTrue = (0, values_1.asBool)(encrypted) === true;
    if (spec.alwaysEncrypted?.(r, encryptedTrue))
        return;
    // A replica's storage is its source's; the source, when in the input, is judged itself. Another resource's id or ARN
    // is known after apply but set (core/values.ts computedFacts): exempt. A value that may still be null or "" (a
    // variable without a value) may mean "no replica": it stops the check only if what follows fails.
    const replicaAttr = spec.replicaAttr;
    const replicaDoubt = new reader_1.Doubt(db, replicaAttr ? [replicaAttr] : []);
    if (replicaAttr && replicaDoubt.test(() => r.present(replicaAttr)) === true)
        return;
    // A restore ignores storage_encrypted: its storage follows the snapshot or source, unless a key re-encrypts it (only
    // for the restores the provider passes the key to). A restore that may or may not happen passes only when both
    // outcomes are encrypted.
    const keyed = new reader_1.Doubt(db).test(() => r.present(spec.keyAttr)) === true;
    const reEncrypts = (attr) => keyed && spec.keyedRestores.includes(attr);
    const restoreDoubt = new reader_1.Doubt(db, ["snapshot_identifier"]);
    const possible = [];
    for (const restore of RESTORES) {
        const is = restoreDoubt.test(() => restore.is(r));
        if (is === undefined)
            possible.push(restore.attr);
        if (is !== true)
            continue;
        if (reEncrypts(restore.attr) && possible.every(reEncrypts))
            return;
        return ctx.unknown((0, values_1.unknown)(`${(0, model_1.labelOf)(db)} ${restore.what}: its storage is encrypted only if what it is restored from is`), [restore.attr]);
    }
    if (restoreDoubt.open) {
        if (encryptedTrue && possible.every(reEncrypts))
            return;
        restoreDoubt.settle();
    }
    // Reads from here on stop the check when the value is not known, or is not a boolean (core/reader.ts flag).
    if (r.flag("storage_encrypted") === true)
        return;
    // What follows is a fail, but a replica would be exempt: when that is not known, neither is the verdict.
    replicaDoubt.settle();
    spec.beforeFail?.(r);
    let tail = "";
    if (spec.globalType && r.present("global_cluster_identifier")) {
        const verdict = memberVerdict(ctx, db, r, spec.globalType);
        if (verdict === "exempt" || verdict === "encrypted")
            return;
        if (verdict !== "own")
            tail = `, and it joins ${(0, model_1.labelOf)(verdict.global)}, which is not encrypted either`;
    }
    // A key written as a reference is "known after apply" here, but it is still a key the author meant to use.
    if (spec.keyAloneMessage !== undefined && (0, values_1.isAbsent)(encrypted) && r.mayBeSet(spec.keyAttr) && tail === "") {
        return ctx.report({ messageId: spec.keyAloneMessage, data: { what: spec.what }, at: [spec.keyAttr] });
    }
    ctx.report({ messageId: "notEncrypted", data: { what: spec.what, setting: settingOf(r, spec.keyAttr, tail) }, at: ["storage_encrypted"] });
}
/** Judges a global cluster (`aws_rds_global_cluster`, `aws_docdb_global_cluster`, `aws_neptune_global_cluster`). */
function checkGlobalStorage(global, ctx, what, keyAttr) {
    const r = ctx.read(global);
    // Built from an existing cluster, the global cluster takes that cluster's encryption; the source is judged itself.
    if (r.present("source_db_cluster_identifier"))
        return;
    if (r.flag("storage_encrypted") === true)
        return;
    ctx.report({ messageId: "globalNotEncrypted", data: { what, setting: settingOf(r, keyAttr) }, at: ["storage_encrypted"] });
}
