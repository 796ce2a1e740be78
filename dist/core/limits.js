"use strict";
/**
 * The evaluation budget of one scan. Every cap that keeps hostile or runaway input from hanging moat or exhausting
 * its memory is here, with its default, so that it is documented in one place and settable in one place
 * (`limits:` in moat.config.yaml). Reaching a limit is never silent: what it cut short is reported as "not
 * evaluated" with the limit's name, or as an error of the file, and the run exits 2.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOO_DEEP_REASON = exports.MAX_VALUE_NESTING = exports.LIMIT_DESCRIPTIONS = exports.DEFAULT_LIMITS = void 0;
exports.resolveLimits = resolveLimits;
exports.DEFAULT_LIMITS = Object.freeze({
    maxInstances: 50_000,
    maxInstancesPerBlock: 10_000,
    maxSteps: 20_000_000,
    maxCollectionSize: 100_000,
    maxStringLength: 1_000_000,
    maxModuleDepth: 25,
    maxEvaluationDepth: 1_000,
});
/** What each limit means, for the config schema, docs and messages. */
exports.LIMIT_DESCRIPTIONS = {
    maxInstances: "resource and module instances (count/for_each) in one scan, over every root module",
    maxInstancesPerBlock: "instances of one resource or module block (its count, or the size of its for_each)",
    maxSteps: "expression evaluation steps in one scan",
    maxCollectionSize: "elements of one list, set, tuple, map or object value",
    maxStringLength: "characters of one string value",
    maxModuleDepth: "nesting depth of local module calls below a root module",
    maxEvaluationDepth: "nesting depth of one evaluation (nested expressions plus chains of locals, variables and outputs)",
};
function resolveLimits(overrides) {
    return { ...exports.DEFAULT_LIMITS, ...(overrides ?? {}) };
}
/**
 * How deeply a value read from a Terraform plan or a Pulumi resource may nest (objects and lists, counted from the
 * resource's attributes). A deeper part is read as Unknown with this reason, so the checks that need it are "not
 * evaluated", and the plan door also reports it as an error of the resource (exit 2). It keeps every walk over model
 * values (rules, views, equality, reports) far from the call stack's limit. Real values nest a few dozen levels at
 * most, and a value Terraform source can write stays well inside it.
 */
exports.MAX_VALUE_NESTING = 512;
exports.TOO_DEEP_REASON = `nested more than ${exports.MAX_VALUE_NESTING} levels deep (moat's limit for a value), so it was not read`;
