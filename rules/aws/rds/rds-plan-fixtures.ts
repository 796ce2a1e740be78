/**
 * Plan fixtures for the RDS rules' cases (MOAT-RDS-001/002/003): DB instances, DB clusters, parameter groups and
 * option groups as `terraform show -json` prints them under the Terraform AWS provider's schema. What the schema says
 * decides what a plan shows for an attribute the configuration leaves unset, and the rules depend on it:
 * - Optional+Computed (`engine_version`, `parameter_group_name`, `option_group_name`, `db_cluster_parameter_group_name`,
 *   `kms_key_id`, a cluster's `storage_encrypted`, an instance's `engine` and `snapshot_identifier`) is unknown until
 *   apply, with no configuration expression: the plan door then reads it as absent (the provider default applies);
 * - Optional only (an instance's `storage_encrypted`, `replicate_source_db`, a cluster's `replication_source_identifier`
 *   and `snapshot_identifier`) is null; blocks left out are empty lists;
 * - an attribute with a schema default shows the default (`engine_mode = "provisioned"`, `apply_method = "immediate"`).
 * Only the builders live here (no @pulumi/aws import: this module is part of the compiled rules folder).
 */
import type { PlanResource } from "../../../core/plan-fixture";

type Values = Record<string, unknown>;

/** What a case adds to a builder's shape: unknown paths, configuration references, sensitive paths. */
export type PlanExtras = Pick<PlanResource, "unknown" | "refs" | "sensitive">;

/** The references Terraform records for `<address>.<attr>` in a configuration expression. */
export function referenceTo(address: string, attr: string): string[] {
  return [`${address}.${attr}`, address];
}

/**
 * Builds one resource of the given schema shape: computed attributes are unknown; Optional+Computed attributes the
 * case does not set (in `values` or as an explicit unknown) are unknown without a reference; Optional ones default.
 */
function shaped(
  address: string,
  values: Values,
  extra: PlanExtras,
  schema: { computed: readonly string[]; optionalComputed: readonly string[]; defaults: Values },
): PlanResource {
  const explicitUnknown = new Set((extra.unknown ?? []).map((p) => p.split(".")[0]));
  const unsetComputed = schema.optionalComputed.filter((a) => !(a in values) && !explicitUnknown.has(a));
  const defaults = Object.fromEntries(Object.entries(schema.defaults).filter(([a]) => !(a in values) && !explicitUnknown.has(a)));
  return {
    address,
    values: { ...defaults, ...values },
    unknown: [...schema.computed, ...unsetComputed, ...(extra.unknown ?? [])],
    ...(extra.refs ? { refs: extra.refs } : {}),
    ...(extra.sensitive ? { sensitive: extra.sensitive } : {}),
  };
}

const DB_INSTANCE = {
  computed: ["arn", "id", "address", "endpoint", "hosted_zone_id", "resource_id", "status", "engine_version_actual"],
  optionalComputed: ["engine", "engine_version", "identifier", "parameter_group_name", "option_group_name", "kms_key_id", "snapshot_identifier", "license_model", "username"],
  defaults: {
    storage_encrypted: null,
    replicate_source_db: null,
    restore_to_point_in_time: [],
    password: null,
    manage_master_user_password: null,
    publicly_accessible: false,
    skip_final_snapshot: false,
  },
} as const;

/** An `aws_db_instance`; a `password` in `values` is marked sensitive, as the provider's schema does. */
export function dbInstancePlan(address: string, values: Values, extra: PlanExtras = {}): PlanResource {
  const sensitive = typeof values.password === "string" ? ["password", ...(extra.sensitive ?? [])] : extra.sensitive;
  return shaped(address, values, { ...extra, sensitive }, DB_INSTANCE);
}

const RDS_CLUSTER = {
  computed: ["arn", "id", "endpoint", "reader_endpoint", "cluster_resource_id", "hosted_zone_id", "engine_version_actual"],
  optionalComputed: ["engine_version", "cluster_identifier", "db_cluster_parameter_group_name", "storage_encrypted", "kms_key_id", "master_username", "allocated_storage", "storage_type"],
  defaults: {
    engine_mode: "provisioned",
    replication_source_identifier: null,
    snapshot_identifier: null,
    restore_to_point_in_time: [],
    scaling_configuration: [],
    serverlessv2_scaling_configuration: [],
    db_instance_parameter_group_name: null,
    master_password: null,
    manage_master_user_password: null,
    skip_final_snapshot: false,
  },
} as const;

/** An `aws_rds_cluster`; a `master_password` in `values` is marked sensitive. */
export function rdsClusterPlan(address: string, values: Values, extra: PlanExtras = {}): PlanResource {
  const sensitive = typeof values.master_password === "string" ? ["master_password", ...(extra.sensitive ?? [])] : extra.sensitive;
  return shaped(address, values, { ...extra, sensitive }, RDS_CLUSTER);
}

/** One `parameter` block as the plan shows it (`apply_method` defaults to "immediate"). */
export function parameter(name: string, value: string | null, applyMethod = "immediate"): Values {
  return { name, value, apply_method: applyMethod };
}

const PARAMETER_GROUP = {
  computed: ["arn", "id"],
  optionalComputed: ["name", "name_prefix"],
  defaults: { description: "Managed by Terraform", parameter: [] },
} as const;

/** An `aws_db_parameter_group` or `aws_rds_cluster_parameter_group` (the same shape). */
export function parameterGroupPlan(address: string, values: Values, extra: PlanExtras = {}): PlanResource {
  return shaped(address, values, extra, PARAMETER_GROUP);
}

/** One `option` block of an option group, with the nested lists the provider always shows. */
export function option(optionName: string, rest: Values = {}): Values {
  return {
    option_name: optionName,
    port: null,
    version: null,
    db_security_group_memberships: [],
    vpc_security_group_memberships: [],
    option_settings: [],
    ...rest,
  };
}

const OPTION_GROUP = {
  computed: ["arn", "id"],
  optionalComputed: ["name", "name_prefix"],
  defaults: { option_group_description: "Managed by Terraform", option: [] },
} as const;

/** An `aws_db_option_group`. */
export function optionGroupPlan(address: string, values: Values, extra: PlanExtras = {}): PlanResource {
  return shaped(address, values, extra, OPTION_GROUP);
}
