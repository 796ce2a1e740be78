/**
 * What the OpenSearch rules (MOAT-OPENSEARCH-001/002/003) share: the two resource types of one AWS service, the
 * engine a domain runs (with the Terraform provider's defaults when none is written), and the check of an encryption
 * option block (`node_to_node_encryption`, `encrypt_at_rest`) that some old Elasticsearch versions cannot turn on.
 */
import { type Resource } from "../../../core/model";
import type { Reader } from "../../../core/reader";
import type { ReportDescriptor } from "../../../core/rule";
export declare const OPENSEARCH_DOMAIN = "aws_opensearch_domain";
export declare const ELASTICSEARCH_DOMAIN = "aws_elasticsearch_domain";
/** Both resources create the same thing: `aws_elasticsearch_domain` calls the legacy Elasticsearch Service API. */
export declare const DOMAIN_TYPES: string[];
/** The domain's name for a message: `domain_name` when known, else the resource's label. */
export declare function domainLabel(domain: Resource): string;
export interface Engine {
    name: "OpenSearch" | "Elasticsearch";
    /** `major.minor` as written, e.g. `7.10`; `undefined` for the provider's "latest OpenSearch". */
    version?: string;
    major: number;
    minor: number;
    /** How a message names it: "Elasticsearch 5.6", "OpenSearch 2.13". */
    shown: string;
}
/**
 * The engine of a domain, or `undefined` when it is not known (a variable without a value) or not a version moat can
 * read. `aws_opensearch_domain.engine_version` is `OpenSearch_X.Y` or `Elasticsearch_X.Y`; absent, the provider creates
 * the latest OpenSearch version. `aws_elasticsearch_domain.elasticsearch_version` is a bare `X.Y` (Elasticsearch);
 * absent, the provider's schema default `1.5` applies.
 */
export declare function engineOf(domain: Resource): Engine | undefined;
/** Whether the engine is an Elasticsearch version older than `major.minor` (every OpenSearch version is newer). */
export declare function elasticsearchBefore(engine: Engine, major: number, minor: number): boolean;
/** An encryption option a domain turns on with a `{ enabled = true }` block, and the oldest Elasticsearch that has it. */
export interface EncryptionOption {
    block: "node_to_node_encryption" | "encrypt_at_rest";
    since: {
        major: number;
        minor: number;
    };
}
/**
 * The finding for a domain whose encryption option is off (block absent: the provider documents the default false), or
 * `undefined` when it is on. On an Elasticsearch version that cannot turn it on, the message says so (`unsupported`)
 * instead of naming a setting AWS would refuse. An `enabled` that is not known stops the check (core/reader.ts).
 */
export declare function encryptionOff<M extends string>(domain: Resource, r: Reader, option: EncryptionOption, messages: {
    off: M;
    unsupported: M;
}): ReportDescriptor<M> | undefined;
