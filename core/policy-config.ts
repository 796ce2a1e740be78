import { type AnyRule, ENFORCEMENT_LEVELS, type EnforcementLevel, RuleDefinitionError, resolveOptions } from "./rule";
import { didYouMean } from "./spelling";

/**
 * Policy configuration, in the shape of Pulumi policy-pack config so one file drives every door:
 * `{ "all": "mandatory", "<rule-name>": "advisory" | { "enforcementLevel": "…", ...options } }`.
 * Rule ids (`MOAT-SG-002`) are accepted as keys too. A rule's `exceptions` (accepted findings, see core/config.ts) are
 * not options: they are left out here and applied to the findings.
 */
/** What Pulumi and moat accept as a level; `remediate` acts as mandatory (moat never changes resources). */
export const POLICY_LEVELS = [...ENFORCEMENT_LEVELS, "remediate"] as const;
export type PolicyLevelSetting = (typeof POLICY_LEVELS)[number];
export type PolicyConfig = Record<string, PolicyLevelSetting | ({ enforcementLevel?: PolicyLevelSetting } & Record<string, unknown>)>;

export interface ResolvedRule {
  rule: AnyRule;
  level: EnforcementLevel;
  options: Record<string, unknown>;
}

const LEVELS = new Set<string>(POLICY_LEVELS);
const ALLOWED = `allowed: ${POLICY_LEVELS.join(", ")}`;

/** `remediate` is a Pulumi level; moat never changes resources, so it acts as mandatory. */
function normalise(level: PolicyLevelSetting): EnforcementLevel {
  return level === "remediate" ? "mandatory" : level;
}

export function resolvePolicy(rules: readonly AnyRule[], config: PolicyConfig = {}): ResolvedRule[] {
  const byKey = new Map<string, AnyRule>();
  for (const r of rules) {
    byKey.set(r.meta.name, r);
    byKey.set(r.meta.id, r);
  }
  for (const key of Object.keys(config)) {
    if (key !== "all" && !byKey.has(key)) {
      const names = rules.flatMap((r) => [r.meta.name, r.meta.id]);
      throw new RuleDefinitionError(`policy: unknown rule '${key}'${didYouMean(key, names)}; use a rule name or id listed by \`moat rules\`, or 'all'`);
    }
  }
  const all = config.all;
  if (all !== undefined && (typeof all !== "string" || !LEVELS.has(all))) {
    throw new RuleDefinitionError(`policy.all: '${typeof all === "string" ? all : JSON.stringify(all)}' is not an enforcement level; ${ALLOWED}`);
  }
  return rules.map((rule) => {
    const setting = config[rule.meta.name] ?? config[rule.meta.id];
    let level: EnforcementLevel = all !== undefined ? normalise(all) : rule.meta.enforcement;
    let userOptions: Record<string, unknown> | undefined;
    if (typeof setting === "string") {
      if (!LEVELS.has(setting)) {
        throw new RuleDefinitionError(`policy.${rule.meta.name}: '${setting}' is not an enforcement level; ${ALLOWED}`);
      }
      level = normalise(setting);
    } else if (setting && typeof setting === "object") {
      const { enforcementLevel, exceptions: _exceptions, ...rest } = setting;
      if (enforcementLevel !== undefined) {
        if (!LEVELS.has(enforcementLevel)) {
          throw new RuleDefinitionError(
            `policy.${rule.meta.name}.enforcementLevel: '${String(enforcementLevel)}' is not an enforcement level; ${ALLOWED}`,
          );
        }
        level = normalise(enforcementLevel);
      }
      userOptions = rest;
    }
    return { rule, level, options: resolveOptions(rule, userOptions) as Record<string, unknown> };
  });
}
