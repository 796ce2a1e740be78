import { type AnyRule, type EnforcementLevel } from "./rule";
/**
 * Policy configuration, in the shape of Pulumi policy-pack config so one file drives every door:
 * `{ "all": "mandatory", "<rule-name>": "advisory" | { "enforcementLevel": "…", ...options } }`.
 * Rule ids (`MOAT-SG-002`) are accepted as keys too. A rule's `exceptions` (accepted findings, see core/config.ts) are
 * not options: they are left out here and applied to the findings.
 */
/** What Pulumi and moat accept as a level; `remediate` acts as mandatory (moat never changes resources). */
export declare const POLICY_LEVELS: readonly ["mandatory", "advisory", "disabled", "remediate"];
export type PolicyLevelSetting = (typeof POLICY_LEVELS)[number];
export type PolicyConfig = Record<string, PolicyLevelSetting | ({
    enforcementLevel?: PolicyLevelSetting;
} & Record<string, unknown>)>;
export interface ResolvedRule {
    rule: AnyRule;
    level: EnforcementLevel;
    options: Record<string, unknown>;
}
export declare function resolvePolicy(rules: readonly AnyRule[], config?: PolicyConfig): ResolvedRule[];
