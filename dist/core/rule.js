"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RuleDefinitionError = exports.RULE_OPTIONS_AJV_OPTIONS = exports.RULE_META_AJV_OPTIONS = exports.AREAS = exports.SEVERITIES = exports.ENFORCEMENT_LEVELS = void 0;
exports.severityRank = severityRank;
exports.formatAjvErrors = formatAjvErrors;
exports.ruleProblems = ruleProblems;
exports.defineRule = defineRule;
exports.defaultsOf = defaultsOf;
exports.resolveOptions = resolveOptions;
exports.formatMessage = formatMessage;
const rule_metas_1 = require("./rule-metas");
/** The levels a rule runs at: the one list every reader of levels uses (the config adds Pulumi's `remediate`). */
exports.ENFORCEMENT_LEVELS = ["mandatory", "advisory", "disabled"];
exports.SEVERITIES = ["critical", "high", "medium", "low"];
exports.AREAS = ["listener-http", "lb-tls", "db-encryption", "sg-broad"];
/** Higher is more severe. */
function severityRank(s) {
    return exports.SEVERITIES.length - exports.SEVERITIES.indexOf(s);
}
/**
 * How rule metas and rule options are validated. `npm run gen` checks every built-in rule (`ruleProblems`) and records
 * its meta (core/rule-metas.ts, loaded at start), and compiles the rule schema and each built-in rule's options schema
 * with these options into standalone validators (core/schema-validators.ts, loaded when options are given): a start
 * compiles no schema and, without options in a config, loads no validator. Any other rule (a third-party rule, a test's,
 * one changed since the last `npm run gen`) is checked in full, its options schema compiled with ajv, loaded then.
 */
exports.RULE_META_AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true };
exports.RULE_OPTIONS_AJV_OPTIONS = { allErrors: true, strict: false, useDefaults: false, allowUnionTypes: true };
let optionsAjv;
/** Compiles an options schema with ajv (loaded on first use). Throws when the schema is not a valid JSON Schema. */
function compileOptions(schema) {
    if (optionsAjv === undefined) {
        const Ajv = require("ajv").default;
        optionsAjv = new Ajv(exports.RULE_OPTIONS_AJV_OPTIONS);
    }
    return optionsAjv.compile(schema);
}
/** The generated validators (core/schema-validators.ts), loaded on first use. */
function generated() {
    return require("./schema-validators");
}
/** The validator of each options schema seen, so a schema is looked up or compiled once. */
const optionValidators = new WeakMap();
/** The options schemas of built-in rules exactly as `npm run gen` checked them, by rule id. */
const builtInOptions = new WeakMap();
/** Whether this meta is exactly (as JSON) the one of a built-in rule that `npm run gen` checked with `ruleProblems`. */
function isBuiltIn(meta) {
    return typeof meta?.id === "string" && Object.hasOwn(rule_metas_1.BUILT_IN_METAS, meta.id) && rule_metas_1.BUILT_IN_METAS[meta.id] === JSON.stringify(meta);
}
function optionsValidator(rule) {
    let validate = optionValidators.get(rule.meta.options);
    if (validate === undefined) {
        const id = builtInOptions.get(rule.meta.options);
        validate = id !== undefined ? generated().builtIn.options[id] : compileOptions(rule.meta.options);
        optionValidators.set(rule.meta.options, validate);
    }
    return validate;
}
class RuleDefinitionError extends Error {
}
exports.RuleDefinitionError = RuleDefinitionError;
function formatAjvErrors(errors, root = "") {
    return (errors ?? [])
        .map((e) => {
        const where = `${root}${e.instancePath}` || "(root)";
        const allowed = e.params && "allowedValues" in e.params ? `: ${e.params.allowedValues.join(", ")}` : "";
        const extra = e.params && "additionalProperty" in e.params ? ` '${e.params.additionalProperty}'` : "";
        return `${where} ${e.message}${extra}${allowed}`;
    })
        .join("; ");
}
/**
 * Everything wrong with a rule's meta: checked against `schemas/rule.schema.json` (with `validateMeta`, by default the
 * generated validator), and its options schema compiled with ajv, whose defaults must satisfy it.
 */
function ruleProblems(meta, validateMeta = generated().builtIn.ruleMeta) {
    const problems = [];
    if (!validateMeta(meta))
        problems.push(formatAjvErrors(validateMeta.errors, "meta"));
    let validate;
    try {
        validate = compileOptions(meta.options);
    }
    catch (e) {
        problems.push(`meta/options is not a valid JSON Schema: ${e.message}`);
    }
    if (validate !== undefined)
        optionValidators.set(meta.options, validate);
    if (validate !== undefined && meta.options.properties) {
        const defaults = defaultsOf(meta.options);
        if (!validate(defaults))
            problems.push(`meta/options defaults do not satisfy the schema: ${formatAjvErrors(validate.errors)}`);
    }
    return problems;
}
/**
 * Declares a rule. Its meta is validated against `schemas/rule.schema.json` now, when the rule loads, so a bad rule
 * fails loudly with its id, its name and the schema error instead of misbehaving at scan time. A built-in rule exactly
 * as `npm run gen` last checked it (core/rule-metas.ts) is not checked again on every start.
 */
function defineRule(def) {
    const meta = def.meta;
    if (isBuiltIn(meta)) {
        builtInOptions.set(meta.options, meta.id);
    }
    else {
        const problems = ruleProblems(meta);
        if (problems.length > 0) {
            throw new RuleDefinitionError(`invalid rule ${meta?.id ?? "(no id)"} (${meta?.name ?? "no name"}): ${problems.join("; ")}`);
        }
    }
    return Object.freeze({ ...def, defaultOptions: defaultsOf(meta.options) });
}
function defaultsOf(schema) {
    const out = {};
    for (const [k, p] of Object.entries(schema?.properties ?? {}))
        out[k] = structuredClone(p.default);
    return out;
}
/** Validates user options for a rule and merges them over the defaults. Throws with the schema error. */
function resolveOptions(rule, user) {
    const merged = { ...rule.defaultOptions, ...(user ?? {}) };
    // A built-in rule's defaults satisfied its schema when `npm run gen` checked it: without options there is no more to check.
    const none = user === undefined || Object.keys(user).length === 0;
    if (none && builtInOptions.has(rule.meta.options) && rule.meta.options.properties)
        return merged;
    const validate = optionsValidator(rule);
    if (!validate(merged)) {
        throw new RuleDefinitionError(`invalid options for ${rule.meta.name}: ${formatAjvErrors(validate.errors, rule.meta.name)}`);
    }
    return merged;
}
/** Replaces `{{key}}` in a message template. A missing key is a bug in the rule: throw. */
function formatMessage(template, data = {}, ruleId = "") {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, key) => {
        if (!(key in data))
            throw new Error(`${ruleId}: message placeholder {{${key}}} has no data`);
        return String(data[key]);
    });
}
