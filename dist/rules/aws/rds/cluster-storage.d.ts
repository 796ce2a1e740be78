/**
 * The storage-encryption verdict of the RDS-family databases (RDS DB instances and clusters, DocumentDB and Neptune
 * clusters, and their global clusters: MOAT-RDS-003, MOAT-DOCDB-002, MOAT-NEPTUNE-001). All are the same RDS API
 * (CreateDBCluster / CreateDBInstance): `storage_encrypted` is fixed at creation, a read replica has its source's
 * encryption, a restore follows what it is restored from unless a KMS key re-encrypts it, and a member of a global
 * cluster follows the global cluster, whose own `storage_encrypted` applies unless it is built from an existing cluster.
 * One spec per resource type says what differs.
 */
import { type Resource } from "../../../core/model";
import { type Reader } from "../../../core/reader";
import type { RuleContext } from "../../../core/rule";
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
/** Judges a DB instance or cluster (`aws_db_instance`, `aws_rds_cluster`, `aws_docdb_cluster`, `aws_neptune_cluster`). */
export declare function checkStorage<K extends string = never>(db: Resource, ctx: RuleContext<unknown, StorageMessage | K>, spec: StorageSpec<K>): void;
/** Judges a global cluster (`aws_rds_global_cluster`, `aws_docdb_global_cluster`, `aws_neptune_global_cluster`). */
export declare function checkGlobalStorage<K extends string = never>(global: Resource, ctx: RuleContext<unknown, StorageMessage | K>, what: string, keyAttr: string): void;
export {};
