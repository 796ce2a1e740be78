/**
 * The storage-encryption verdict of the RDS-family databases (RDS DB instances and clusters, DocumentDB and Neptune
 * clusters, and their global clusters: MOAT-RDS-003, MOAT-DOCDB-002, MOAT-NEPTUNE-001). All are the same RDS API
 * (CreateDBCluster / CreateDBInstance): `storage_encrypted` is fixed at creation, a read replica has its source's
 * encryption, a restore follows what it is restored from unless a KMS key re-encrypts it, and a member of a global
 * cluster follows the global cluster, whose own `storage_encrypted` applies unless it is built from an existing cluster.
 * One spec per resource type says what differs.
 */
import { type Resource, labelOf } from "../../../core/model";
import { Doubt, type Reader } from "../../../core/reader";
import type { RuleContext } from "../../../core/rule";
import { requireCreated } from "../../../core/views";
import { asBool, asString, isAbsent, unknown } from "../../../core/values";

export type StorageMessage = "notEncrypted" | "globalNotEncrypted";

type RestoreAttr = "snapshot_identifier" | "restore_to_point_in_time";

/** How one resource type says what its storage follows. `K` is the rule's extra message id for a key set alone. */
export interface StorageSpec<K extends string = never> {
  /** The resource in messages ("DocumentDB cluster", "DB instance"). */
  what: string;
  /** The attribute that names a KMS key (`kms_key_id`, `kms_key_arn`). */
  keyAttr: string;
  /** The attribute that makes the resource a read replica of another, when it has one. */
  replicaAttr?: string;
  /** The restores a KMS key encrypts whatever they restore from: the provider passes the key to that restore call. */
  keyedRestores: readonly RestoreAttr[];
  /** The global cluster type a member joins through `global_cluster_identifier`, when the resource has one. */
  globalType?: string;
  /** Whether the storage is always encrypted whatever the setting (may stop the check on an unknown). */
  alwaysEncrypted?: (r: Reader, encryptedTrue: boolean) => boolean;
  /** Reads that must be known before the resource fails (an instance whose engine may be Aurora is exempt). */
  beforeFail?: (r: Reader) => void;
  /** The message for a key set without `storage_encrypted`; without it, `notEncrypted` says the key alone does not encrypt. */
  keyAloneMessage?: K;
}

const RESTORES: readonly { attr: RestoreAttr; what: string; is: (r: Reader) => boolean }[] = [
  { attr: "snapshot_identifier", what: "is restored from a snapshot", is: (r) => r.present("snapshot_identifier") },
  { attr: "restore_to_point_in_time", what: "is restored to a point in time", is: (r) => r.blocks("restore_to_point_in_time").length > 0 },
];

function settingOf(r: Reader, keyAttr: string, tail = ""): string {
  const encrypted = r.maybe("storage_encrypted");
  if (!isAbsent(encrypted)) return `storage_encrypted = ${asString(encrypted) ?? JSON.stringify(encrypted)}${tail}`;
  const key = r.mayBeSet(keyAttr) ? ` (${keyAttr} alone does not turn encryption on)` : "";
  return `storage_encrypted is not set and defaults to false${key}${tail}`;
}

/** The global cluster a member names: by reference, or by a literal equal to its `global_cluster_identifier`. */
function globalOf(ctx: RuleContext<unknown, string>, member: Resource, globalType: string): Resource | undefined {
  const linked = ctx.graph.targets(member, "global_cluster_identifier", globalType)[0];
  if (linked) return linked;
  const name = asString(member.attrs.global_cluster_identifier);
  return name === undefined ? undefined : ctx.graph.ofType(globalType).find((g) => asString(g.attrs.global_cluster_identifier) === name);
}

/**
 * What a member of a global cluster follows: "exempt" (its encryption is another cluster's, judged itself, or the
 * verdict is recorded as not evaluated), "encrypted" (an encrypted global cluster), "own" (it is the global cluster's
 * source: its own setting decides), or the unencrypted global cluster it joins. Stops the check when a value it needs
 * is not known.
 */
function memberVerdict(ctx: RuleContext<unknown, string>, db: Resource, r: Reader, globalType: string): "exempt" | "encrypted" | "own" | { global: Resource } {
  const at = ["global_cluster_identifier"];
  const global = globalOf(ctx, db, globalType);
  if (!global) {
    ctx.unknown(
      unknown(`${labelOf(db)} joins a global cluster that is not in the scanned input without storage_encrypted = true: its encryption follows the global cluster`),
      at,
    );
    return "exempt";
  }
  requireCreated(global, "the global cluster ", at, db);
  const g = ctx.read(global).onBehalfOf(db, at);
  if (g.present("source_db_cluster_identifier")) {
    // Built from an existing cluster: the global cluster has that cluster's encryption. The source is judged itself,
    // unless it is this cluster, whose own setting then decides.
    return ctx.graph.targets(global, "source_db_cluster_identifier").includes(db) ? "own" : "exempt";
  }
  if (g.flag("storage_encrypted") !== true) return { global };
  // An encrypted global cluster: a member that does not set storage_encrypted follows it; one that asks for false
  // contradicts it, and AWS documents no outcome.
  if (!isAbsent(r.value("storage_encrypted"))) {
    ctx.unknown(unknown(`${labelOf(db)} sets storage_encrypted = false but joins the encrypted ${labelOf(global)}: AWS documents no outcome`), ["storage_encrypted"]);
    return "exempt";
  }
  return "encrypted";
}

/** Judges a DB instance or cluster (`aws_db_instance`, `aws_rds_cluster`, `aws_docdb_cluster`, `aws_neptune_cluster`). */
export function checkStorage<K extends string = never>(db: Resource, ctx: RuleContext<unknown, StorageMessage | K>, spec: StorageSpec<K>): void {
  const r = ctx.read(db);
  const encrypted = r.maybe("storage_encrypted");
  const encryptedTrue = asBool(encrypted) === true;
  if (spec.alwaysEncrypted?.(r, encryptedTrue)) return;

  // A replica's storage is its source's; the source, when in the input, is judged itself. Another resource's id or ARN
  // is known after apply but set (core/values.ts computedFacts): exempt. A value that may still be null or "" (a
  // variable without a value) may mean "no replica": it stops the check only if what follows fails.
  const replicaAttr = spec.replicaAttr;
  const replicaDoubt = new Doubt(db, replicaAttr ? [replicaAttr] : []);
  if (replicaAttr && replicaDoubt.test(() => r.present(replicaAttr)) === true) return;

  // A restore ignores storage_encrypted: its storage follows the snapshot or source, unless a key re-encrypts it (only
  // for the restores the provider passes the key to). A restore that may or may not happen passes only when both
  // outcomes are encrypted.
  const keyed = new Doubt(db).test(() => r.present(spec.keyAttr)) === true;
  const reEncrypts = (attr: RestoreAttr) => keyed && spec.keyedRestores.includes(attr);
  const restoreDoubt = new Doubt(db, ["snapshot_identifier"]);
  const possible: RestoreAttr[] = [];
  for (const restore of RESTORES) {
    const is = restoreDoubt.test(() => restore.is(r));
    if (is === undefined) possible.push(restore.attr);
    if (is !== true) continue;
    if (reEncrypts(restore.attr) && possible.every(reEncrypts)) return;
    return ctx.unknown(unknown(`${labelOf(db)} ${restore.what}: its storage is encrypted only if what it is restored from is`), [restore.attr]);
  }
  if (restoreDoubt.open) {
    if (encryptedTrue && possible.every(reEncrypts)) return;
    restoreDoubt.settle();
  }

  // Reads from here on stop the check when the value is not known, or is not a boolean (core/reader.ts flag).
  if (r.flag("storage_encrypted") === true) return;
  // What follows is a fail, but a replica would be exempt: when that is not known, neither is the verdict.
  replicaDoubt.settle();
  spec.beforeFail?.(r);

  let tail = "";
  if (spec.globalType && r.present("global_cluster_identifier")) {
    const verdict = memberVerdict(ctx, db, r, spec.globalType);
    if (verdict === "exempt" || verdict === "encrypted") return;
    if (verdict !== "own") tail = `, and it joins ${labelOf(verdict.global)}, which is not encrypted either`;
  }

  // A key written as a reference is "known after apply" here, but it is still a key the author meant to use.
  if (spec.keyAloneMessage !== undefined && isAbsent(encrypted) && r.mayBeSet(spec.keyAttr) && tail === "") {
    return ctx.report({ messageId: spec.keyAloneMessage, data: { what: spec.what }, at: [spec.keyAttr] });
  }
  ctx.report({ messageId: "notEncrypted", data: { what: spec.what, setting: settingOf(r, spec.keyAttr, tail) }, at: ["storage_encrypted"] });
}

/** Judges a global cluster (`aws_rds_global_cluster`, `aws_docdb_global_cluster`, `aws_neptune_global_cluster`). */
export function checkGlobalStorage<K extends string = never>(
  global: Resource,
  ctx: RuleContext<unknown, StorageMessage | K>,
  what: string,
  keyAttr: string,
): void {
  const r = ctx.read(global);
  // Built from an existing cluster, the global cluster takes that cluster's encryption; the source is judged itself.
  if (r.present("source_db_cluster_identifier")) return;
  if (r.flag("storage_encrypted") === true) return;
  ctx.report({ messageId: "globalNotEncrypted", data: { what, setting: settingOf(r, keyAttr) }, at: ["storage_encrypted"] });
}
