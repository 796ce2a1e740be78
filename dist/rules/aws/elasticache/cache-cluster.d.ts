/** What the ElastiCache rules share about node-based caches: which engine a standalone cache cluster runs. */
import type { Resource } from "../../../core/model";
import { type Reader } from "../../../core/reader";
export declare const REPLICATION_GROUP = "aws_elasticache_replication_group";
export declare const CACHE_CLUSTER = "aws_elasticache_cluster";
export type CacheEngine = "memcached" | "redis" | "valkey";
/**
 * The engine of an `aws_elasticache_cluster` that is not in a replication group, or `undefined` for a member of one (it
 * is judged through its group; a group id known only after apply, `aws_elasticache_replication_group.x.id`, still names
 * one). An engine that is not set, not known or not one moat knows stops the check: not evaluated.
 */
export declare function standaloneEngine(cluster: Resource, r: Reader): CacheEngine | undefined;
