"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CACHE_CLUSTER = exports.REPLICATION_GROUP = void 0;
exports.standaloneEngine = standaloneEngine;
const reader_1 = require("../../../core/reader");
const values_1 = require("../../../core/values");
exports.REPLICATION_GROUP = "aws_elasticache_replication_group";
exports.CACHE_CLUSTER = "aws_elasticache_cluster";
const ENGINES = ["memcached", "redis", "valkey"];
/**
 * The engine of an `aws_elasticache_cluster` that is not in a replication group, or `undefined` for a member of one (it
 * is judged through its group; a group id known only after apply, `aws_elasticache_replication_group.x.id`, still names
 * one). An engine that is not set, not known or not one moat knows stops the check: not evaluated.
 */
function standaloneEngine(cluster, r) {
    const groupId = cluster.attrs.replication_group_id;
    if (groupId !== undefined && groupId !== null && (0, values_1.asString)(groupId) !== "")
        return undefined;
    const engine = r.string("engine")?.trim().toLowerCase();
    if (engine === undefined)
        (0, reader_1.notEvaluated)((0, values_1.unknown)("engine is not set and the cluster is not in a replication group"), ["engine"], cluster);
    if (!ENGINES.includes(engine))
        (0, reader_1.notEvaluated)((0, values_1.unknown)(`engine "${engine}" is not one moat knows (memcached, redis, valkey)`), ["engine"], cluster);
    return engine;
}
