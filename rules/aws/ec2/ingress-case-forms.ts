/**
 * Builders for the plan forms of the security-group cases (MOAT-SG-001, MOAT-SG-002, MOAT-SG-003): each resource as
 * `terraform show -json` prints it with the Terraform AWS provider 5.x/6.x schema, so the cases stay short and every
 * fixture has the same, real shape.
 *
 * Two things a plan does to security groups that `planFixture` alone does not:
 * - `ingress`/`egress` of `aws_security_group` and `aws_default_security_group` are attributes (sets of objects,
 *   written as blocks through Terraform's "attributes as blocks" mode), so the configuration holds ONE expression for
 *   the whole set — `constant_value`, or `references` when anything inside refers to something — not one per block;
 * - a `dynamic "ingress"` block is left out of the configuration entirely (jsonconfig ignores `dynamic` blocks); only
 *   its expansion shows, in the planned values.
 * Attributes the provider defaults (`revoke_rules_on_delete`, a security group's `description`, a rule's `self`) are
 * planned but left out of the configuration too.
 *
 * The Pulumi forms stay in the cases files: this module is compiled into the pack with the rest of rules/, and the
 * pack never loads @pulumi/aws at run time.
 */
import type { PlanFixture } from "../../../core/cases";
import { type PlanFixtureOptions, type PlanResource, planFixture } from "../../../core/plan-fixture";

type Obj = Record<string, unknown>;

/** The inline rule fields a case writes; everything else takes the value the provider plans for an unset field. */
export interface InlineRuleInput {
  /** As planned, after the provider's StateFunc: "all" is "-1", 6/17/1/58 are tcp/udp/icmp/icmpv6. */
  protocol: string;
  from_port: number;
  to_port: number;
  cidr_blocks?: (string | null)[];
  ipv6_cidr_blocks?: (string | null)[];
  prefix_list_ids?: string[];
  security_groups?: string[];
  self?: boolean;
  description?: string;
}

/**
 * One inline `ingress`/`egress` element as planned: every attribute present, unset lists empty, `description` "" and
 * `self` false (the provider's zero values for a set element). An element that is unknown in a list is written `null`
 * here and listed in the resource's `unknown`.
 */
export function inlineRule(rule: InlineRuleInput): Obj {
  return {
    cidr_blocks: [],
    description: "",
    ipv6_cidr_blocks: [],
    prefix_list_ids: [],
    security_groups: [],
    self: false,
    ...rule,
  };
}

export interface SecurityGroupInput {
  name?: string;
  description?: string;
  vpc_id?: string;
  ingress?: Obj[];
  egress?: Obj[];
}

export interface SecurityGroupExtra {
  /** More paths known only after apply (`ingress.0.cidr_blocks.0`). */
  unknown?: string[];
  refs?: Record<string, string[]>;
  /** Attributes written only with `dynamic` blocks: absent from the configuration. */
  dynamic?: ("ingress" | "egress")[];
}

/** A plan resource with what `planSecurityGroups` needs to write its configuration as Terraform would. */
export interface SecurityGroupPlanResource extends PlanResource {
  /** Attributes the configuration writes only with `dynamic` blocks. */
  dynamic?: ("ingress" | "egress")[];
  /** Attributes the provider filled with their default: planned, but not in the configuration. */
  defaulted?: string[];
}

/**
 * `aws_security_group` as planned. Optional+Computed attributes the configuration leaves unset (`name`, `name_prefix`,
 * `vpc_id`, `ingress`, `egress`) are known only after apply and are not in the configuration, so the plan door treats
 * them as absent, as the source door does. `description` defaults to "Managed by Terraform".
 */
export function securityGroupPlan(address: string, sg: SecurityGroupInput, extra: SecurityGroupExtra = {}): SecurityGroupPlanResource {
  const values: Obj = {
    description: sg.description ?? "Managed by Terraform",
    revoke_rules_on_delete: false,
    tags: null,
    timeouts: null,
  };
  const unknown = ["arn", "id", "owner_id", "tags_all", "name_prefix"];
  const defaulted = ["revoke_rules_on_delete"];
  if (sg.description === undefined) defaulted.push("description");
  if (sg.name !== undefined) values.name = sg.name;
  else unknown.push("name");
  for (const attr of ["vpc_id", "ingress", "egress"] as const) {
    if (sg[attr] !== undefined) values[attr] = sg[attr];
    else unknown.push(attr);
  }
  return { address, values, unknown: [...unknown, ...(extra.unknown ?? [])], refs: extra.refs, dynamic: extra.dynamic, defaulted };
}

export interface SecurityGroupRuleInput {
  type: "ingress" | "egress";
  /** A literal id; leave it out and give `refs.security_group_id` when it refers to a group in the configuration. */
  security_group_id?: string;
  /** As planned, after the provider's StateFunc (see `securityGroupRulePlan`). */
  protocol: string;
  from_port: number | null;
  to_port: number | null;
  cidr_blocks?: (string | null)[];
  ipv6_cidr_blocks?: (string | null)[];
  prefix_list_ids?: string[];
  self?: boolean;
  source_security_group_id?: string;
  description?: string;
}

/**
 * `aws_security_group_rule` as planned. Unset optional lists and `description` are null, `self` false;
 * `source_security_group_id` is Optional+Computed, so unset it is known only after apply (and absent to the door).
 * `protocol` is planned through the provider's StateFunc: "all" becomes "-1" and 6/17/1/58 become tcp/udp/icmp/icmpv6.
 */
export function securityGroupRulePlan(address: string, rule: SecurityGroupRuleInput, extra: Pick<PlanResource, "unknown" | "refs"> = {}): SecurityGroupPlanResource {
  const values: Obj = {
    cidr_blocks: null,
    description: null,
    ipv6_cidr_blocks: null,
    prefix_list_ids: null,
    self: false,
    ...rule,
    security_group_id: rule.security_group_id ?? null,
  };
  const unknown = ["id", "security_group_rule_id"];
  if (rule.source_security_group_id === undefined) unknown.push("source_security_group_id");
  if (rule.security_group_id === undefined) unknown.push("security_group_id");
  const defaulted = rule.self === undefined ? ["self"] : [];
  return { address, values, unknown: [...unknown, ...(extra.unknown ?? [])], refs: extra.refs, defaulted };
}

const ATTRIBUTE_AS_BLOCKS: Record<string, readonly string[]> = {
  aws_security_group: ["ingress", "egress"],
  aws_default_security_group: ["ingress", "egress"],
};

/** `module.a["k"].module.b.aws_x.y["z"]` → `{ modules: ["a", "b"], local: "aws_x.y", type: "aws_x" }`. */
function splitPlanAddress(address: string): { modules: string[]; local: string; type: string } {
  const modules: string[] = [];
  let rest = address;
  for (let m = /^module\.([^.[]+)(?:\[[^\]]*\])?\./.exec(rest); m; m = /^module\.([^.[]+)(?:\[[^\]]*\])?\./.exec(rest)) {
    modules.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  const local = rest.replace(/\[[^\]]*\]$/, "");
  return { modules, local, type: local.split(".")[0] };
}

/**
 * `planFixture` for security groups: the same document, with each configuration written as Terraform prints it —
 * `ingress`/`egress` of a security group as one attribute expression (see the module comment), `dynamic` ones and
 * attributes the provider defaulted left out.
 */
export function planSecurityGroups(resources: SecurityGroupPlanResource[], options: PlanFixtureOptions = {}): PlanFixture {
  const plan = planFixture(
    resources.map(({ dynamic: _dynamic, defaulted: _defaulted, ...r }) => r),
    options,
  );
  const configuration = plan.configuration as { root_module: Obj };
  for (const r of resources) {
    const { modules, local, type } = splitPlanAddress(r.address);
    let mod: Obj | undefined = configuration.root_module;
    for (const name of modules) mod = ((mod?.module_calls as Obj | undefined)?.[name] as Obj | undefined)?.module as Obj | undefined;
    const config = ((mod?.resources as Obj[] | undefined) ?? []).find((c) => c.address === local);
    const expressions = config?.expressions as Obj | undefined;
    if (!expressions) continue;
    for (const attr of [...(r.dynamic ?? []), ...(r.defaulted ?? [])]) delete expressions[attr];
    for (const attr of ATTRIBUTE_AS_BLOCKS[type] ?? []) {
      if (Array.isArray(expressions[attr])) expressions[attr] = { constant_value: r.values[attr] };
    }
  }
  return plan;
}

/** A VPC whose IPv4 CIDR IPAM allocates at apply: its `cidr_block` is unknown, but AWS makes it /16 to /28. */
export const VPC_FROM_IPAM = `resource "aws_vpc" "main" {
  ipv4_ipam_pool_id   = "ipam-pool-0123456789abcdef0"
  ipv4_netmask_length = 20
}
`;
