/**
 * The storage-encryption verdict shared by DocumentDB and Neptune (MOAT-DOCDB-002, MOAT-NEPTUNE-001): both are
 * RDS-family cluster APIs where `storage_encrypted` is fixed at creation, restores follow what they restore from, and a
 * global cluster's own `storage_encrypted` applies unless it is built from an existing source cluster.
 */
import { type Resource, labelOf } from "../../../core/model";
import { Doubt, type Reader } from "../../../core/reader";
import type { RuleContext } from "../../../core/rule";
import { asBool, asString, isAbsent, unknown } from "../../../core/values";

export type StorageMessage = "notEncrypted" | "globalNotEncrypted";

/** How one service's cluster resource says what its storage follows. */
export interface ClusterStorageSpec {
  /** The service's name in messages ("DocumentDB", "Neptune"). */
  service: string;
  /** The type of the global cluster resource. */
  globalType: string;
  /** The attribute that names a KMS key (`kms_key_id`, `kms_key_arn`). */
  keyAttr: string;
  /** The attribute that makes the cluster a read replica of another, when the service has one. */
  replicaAttr?: string;
  /** Whether a snapshot restore that names a KMS key is encrypted with it whatever the snapshot is. */
  keyedSnapshotRestoreEncrypts: boolean;
}

/** Why a restore's encryption is not known from the configuration, or undefined when the cluster is not a restore. */
function restoreOf(r: Reader): { attr: string; what: string } | undefined {
  if (r.present("snapshot_identifier")) return { attr: "snapshot_identifier", what: "is restored from a snapshot" };
  if (r.blocks("restore_to_point_in_time").length > 0) return { attr: "restore_to_point_in_time", what: "is restored to a point in time" };
  return undefined;
}

function settingOf(r: Reader, keyAttr: string): string {
  const encrypted = r.maybe("storage_encrypted");
  if (!isAbsent(encrypted)) return `storage_encrypted = ${asString(encrypted) ?? JSON.stringify(encrypted)}`;
  const key = r.mayBeSet(keyAttr) ? ` (${keyAttr} alone does not turn encryption on)` : "";
  return `storage_encrypted is not set and defaults to false${key}`;
}

/** Judges an `aws_<service>_cluster`. */
export function checkClusterStorage(cluster: Resource, ctx: RuleContext<unknown, StorageMessage>, spec: ClusterStorageSpec): void {
  const r = ctx.read(cluster);
  const what = `${spec.service} cluster`;

  // A replica's storage is its source's; the source, when in the input, is judged itself.
  const replicaDoubt = new Doubt(cluster, spec.replicaAttr ? [spec.replicaAttr] : []);
  if (spec.replicaAttr) {
    const attr = spec.replicaAttr;
    if (replicaDoubt.test(() => r.present(attr)) === true) return;
  }

  // A restore ignores storage_encrypted: its storage follows the snapshot or source cluster, unless a key re-encrypts it.
  const restoreDoubt = new Doubt(cluster, ["snapshot_identifier"]);
  const restore = restoreDoubt.test(() => restoreOf(r));
  restoreDoubt.settle();
  if (restore !== undefined) {
    if (restore.attr === "snapshot_identifier" && spec.keyedSnapshotRestoreEncrypts && r.present(spec.keyAttr)) return;
    return ctx.unknown(unknown(`${labelOf(cluster)} ${restore.what}: its storage is encrypted only if what it is restored from is`), [restore.attr]);
  }

  if (r.bool("storage_encrypted") === true) return;
  replicaDoubt.settle();

  // A member of a global cluster: AWS documents no default for a member that does not ask for encryption.
  if (r.present("global_cluster_identifier")) {
    return ctx.unknown(
      unknown(`${labelOf(cluster)} joins a global cluster without storage_encrypted = true: its encryption follows the global cluster, which the configuration does not settle`),
      ["global_cluster_identifier"],
    );
  }
  ctx.report({ messageId: "notEncrypted", data: { what, setting: settingOf(r, spec.keyAttr) }, at: ["storage_encrypted"] });
}

/** Judges an `aws_<service>_global_cluster`. */
export function checkGlobalClusterStorage(global: Resource, ctx: RuleContext<unknown, StorageMessage>, spec: ClusterStorageSpec): void {
  const r = ctx.read(global);
  // Built from an existing cluster, the global cluster takes that cluster's encryption; the source is judged itself.
  if (r.present("source_db_cluster_identifier")) return;
  if (asBool(r.value("storage_encrypted")) === true) return;
  ctx.report({
    messageId: "globalNotEncrypted",
    data: { what: `${spec.service} global cluster`, setting: settingOf(r, spec.keyAttr) },
    at: ["storage_encrypted"],
  });
}
