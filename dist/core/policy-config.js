"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.POLICY_LEVELS = void 0;
exports.resolvePolicy = resolvePolicy;
const rule_1 = require("./rule");
const spelling_1 = require("./spelling");
/**
 * Policy configuration, in the shape of Pulumi policy-pack config so one file drives every door:
 * `{ "all": "mandatory", "<rule-name>": "advisory" | { "enforcementLevel": "…", ...options } }`.
 * Rule ids (`MOAT-SG-002`) are accepted as keys too. A rule's `exceptions` (accepted findings, see core/config.ts) are
 * not options: they are left out here and applied to the findings.
 */
/** What Pulumi and moat accept as a level; `remediate` acts as mandatory (moat never changes resources). */
exports.POLICY_LEVELS = [...rule_1.ENFORCEMENT_LEVELS, "remediate"];
const LEVELS = new Set(exports.POLICY_LEVELS);
const ALLOWED = `allowed: ${exports.POLICY_LEVELS.join(", ")}`;
/** `remediate` is a Pulumi level; moat never changes resources, so it acts as mandatory. */
function normalise(level) {
    return level === "remediate" ? "mandatory" : level;
}
function resolvePolicy(rules, config = {}) {
    const byKey = new Map();
    for (const r of rules) {
        byKey.set(r.meta.name, r);
        byKey.set(r.meta.id, r);
    }
    for (const key of Object.keys(config)) {
        if (key !== "all" && !byKey.has(key)) {
            const names = rules.flatMap((r) => [r.meta.name, r.meta.id]);
            throw new rule_1.RuleDefinitionError(`policy: unknown rule '${key}'${(0, spelling_1.didYouMean)(key, names)}; use a rule name or id listed by \`moat rules\`, or 'all'`);
        }
    }
    const all = config.all;
    if (all !== undefined && (typeof all !== "string" || !LEVELS.has(all))) {
        throw new rule_1.RuleDefinitionError(`policy.all: '${typeof all === "string" ? all : JSON.stringify(all)}' is not an enforcement level; ${ALLOWED}`);
    }
    return rules.map((rule) => {
        const setting = config[rule.meta.name] ?? config[rule.meta.id];
        let level = all !== undefined ? normalise(all) : rule.meta.enforcement;
        let userOptions;
        if (typeof setting === "string") {
            if (!LEVELS.has(setting)) {
                throw new rule_1.RuleDefinitionError(`policy.${rule.meta.name}: '${setting}' is not an enforcement level; ${ALLOWED}`);
            }
            level = normalise(setting);
        }
        else if (setting && typeof setting === "object") {
            const { enforcementLevel, exceptions: _exceptions, ...rest } = setting;
            if (enforcementLevel !== undefined) {
                if (!LEVELS.has(enforcementLevel)) {
                    throw new rule_1.RuleDefinitionError(`policy.${rule.meta.name}.enforcementLevel: '${String(enforcementLevel)}' is not an enforcement level; ${ALLOWED}`);
                }
                level = normalise(enforcementLevel);
            }
            userOptions = rest;
        }
        return { rule, level, options: (0, rule_1.resolveOptions)(rule, userOptions) };
    });
}
