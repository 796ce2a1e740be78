"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DOMAIN_TYPES = exports.ELASTICSEARCH_DOMAIN = exports.OPENSEARCH_DOMAIN = void 0;
exports.domainLabel = domainLabel;
exports.engineOf = engineOf;
exports.elasticsearchBefore = elasticsearchBefore;
exports.encryptionOff = encryptionOff;
/**
 * What the OpenSearch rules (MOAT-OPENSEARCH-001/002/003) share: the two resource types of one AWS service, the
 * engine a domain runs (with the Terraform provider's defaults when none is written), and the check of an encryption
 * option block (`node_to_node_encryption`, `encrypt_at_rest`) that some old Elasticsearch versions cannot turn on.
 */
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
exports.OPENSEARCH_DOMAIN = "aws_opensearch_domain";
exports.ELASTICSEARCH_DOMAIN = "aws_elasticsearch_domain";
/** Both resources create the same thing: `aws_elasticsearch_domain` calls the legacy Elasticsearch Service API. */
exports.DOMAIN_TYPES = [exports.OPENSEARCH_DOMAIN, exports.ELASTICSEARCH_DOMAIN];
/** The domain's name for a message: `domain_name` when known, else the resource's label. */
function domainLabel(domain) {
    return (0, values_1.asString)(domain.attrs.domain_name) ?? (0, model_1.labelOf)(domain);
}
const VERSIONED = /^(opensearch|elasticsearch)_(\d+)\.(\d+)/i;
const BARE = /^(\d+)\.(\d+)/;
/**
 * The engine of a domain, or `undefined` when it is not known (a variable without a value) or not a version moat can
 * read. `aws_opensearch_domain.engine_version` is `OpenSearch_X.Y` or `Elasticsearch_X.Y`; absent, the provider creates
 * the latest OpenSearch version. `aws_elasticsearch_domain.elasticsearch_version` is a bare `X.Y` (Elasticsearch);
 * absent, the provider's schema default `1.5` applies.
 */
function engineOf(domain) {
    const isOpenSearchResource = domain.type === exports.OPENSEARCH_DOMAIN;
    const raw = isOpenSearchResource ? domain.attrs.engine_version : domain.attrs.elasticsearch_version;
    if ((0, values_1.isUnknown)(raw))
        return undefined;
    const text = (0, values_1.asString)(raw)?.trim();
    if (text === undefined || text === "") {
        if (isOpenSearchResource)
            return { name: "OpenSearch", major: Number.POSITIVE_INFINITY, minor: 0, shown: "OpenSearch (the provider's default, its latest version)" };
        return { name: "Elasticsearch", version: "1.5", major: 1, minor: 5, shown: "Elasticsearch 1.5 (the provider's default elasticsearch_version)" };
    }
    const versioned = VERSIONED.exec(text);
    if (versioned) {
        const name = versioned[1].toLowerCase() === "opensearch" ? "OpenSearch" : "Elasticsearch";
        const [major, minor] = [Number(versioned[2]), Number(versioned[3])];
        return { name, version: `${major}.${minor}`, major, minor, shown: `${name} ${versioned[2]}.${versioned[3]}` };
    }
    const bare = BARE.exec(text);
    if (bare && !isOpenSearchResource) {
        return { name: "Elasticsearch", version: `${bare[1]}.${bare[2]}`, major: Number(bare[1]), minor: Number(bare[2]), shown: `Elasticsearch ${bare[1]}.${bare[2]}` };
    }
    return undefined;
}
/** Whether the engine is an Elasticsearch version older than `major.minor` (every OpenSearch version is newer). */
function elasticsearchBefore(engine, major, minor) {
    return engine.name === "Elasticsearch" && (engine.major < major || (engine.major === major && engine.minor < minor));
}
/**
 * The finding for a domain whose encryption option is off (block absent: the provider documents the default false), or
 * `undefined` when it is on. On an Elasticsearch version that cannot turn it on, the message says so (`unsupported`)
 * instead of naming a setting AWS would refuse. An `enabled` that is not known stops the check (core/reader.ts).
 */
function encryptionOff(domain, r, option, messages) {
    const block = r.block(option.block);
    const enabled = block?.bool("enabled");
    if (enabled === true)
        return undefined;
    const at = block ? [option.block, 0, "enabled"] : [option.block];
    const setting = block ? `${option.block}.enabled = ${String(enabled ?? "not set")}` : `no ${option.block} block (off by default)`;
    const engine = engineOf(domain);
    const data = { domain: domainLabel(domain), setting, since: `${option.since.major}.${option.since.minor}` };
    if (engine && elasticsearchBefore(engine, option.since.major, option.since.minor)) {
        return { messageId: messages.unsupported, data: { ...data, engine: engine.shown }, at };
    }
    return { messageId: messages.off, data, at };
}
