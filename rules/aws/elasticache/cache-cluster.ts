/** What the ElastiCache rules share about node-based caches: which engine a standalone cache cluster runs. */
import type { Resource } from "../../../core/model";
import { type Reader, notEvaluated } from "../../../core/reader";
import { asString, unknown } from "../../../core/values";

export const REPLICATION_GROUP = "aws_elasticache_replication_group";
export const CACHE_CLUSTER = "aws_elasticache_cluster";

export type CacheEngine = "memcached" | "redis" | "valkey";
const ENGINES: readonly string[] = ["memcached", "redis", "valkey"];

/**
 * The engine of an `aws_elasticache_cluster` that is not in a replication group, or `undefined` for a member of one (it
 * is judged through its group; a group id known only after apply, `aws_elasticache_replication_group.x.id`, still names
 * one). An engine that is not set, not known or not one moat knows stops the check: not evaluated.
 */
export function standaloneEngine(cluster: Resource, r: Reader): CacheEngine | undefined {
  const groupId = cluster.attrs.replication_group_id;
  if (groupId !== undefined && groupId !== null && asString(groupId) !== "") return undefined;
  const engine = r.string("engine")?.trim().toLowerCase();
  if (engine === undefined) notEvaluated(unknown("engine is not set and the cluster is not in a replication group"), ["engine"], cluster);
  if (!ENGINES.includes(engine)) notEvaluated(unknown(`engine "${engine}" is not one moat knows (memcached, redis, valkey)`), ["engine"], cluster);
  return engine as CacheEngine;
}
