"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Budget = exports.LimitReached = void 0;
exports.limitHint = limitHint;
/**
 * The evaluation budget of one Terraform source scan (core/limits.ts), shared by every root module, module
 * instance and expression of the scan. Each limit, when reached, yields a `LimitReached` Unknown naming the limit (so
 * the checks that meet it are "not evaluated") and records one error entry at the place where it was reached, naming
 * the limit and how to raise it, so the run exits 2.
 */
const limits_1 = require("../core/limits");
const values_1 = require("../core/values");
/** An Unknown caused by a limit of the budget. Not an evaluation error: `try()` and `can()` do not swallow it. */
class LimitReached extends values_1.Unknown {
    limit;
    constructor(reason, limit) {
        super(reason);
        this.limit = limit;
    }
}
exports.LimitReached = LimitReached;
/** Errors listed per scan: a hostile file must not turn one limit into a million-line report. */
const MAX_ERRORS = 200;
function limitHint(limit) {
    return `raise limits.${limit} in moat.config.yaml if this is intended`;
}
class Budget {
    limits;
    errors = [];
    steps = 0;
    instances = 0;
    depth = 0;
    /** The configuration being evaluated, for the location of errors. */
    site;
    /** What errors name when there is no site (a `--var` value is "(command line)"). */
    label = "(evaluation)";
    stepsExhausted;
    unlisted = 0;
    reported = new Set();
    constructor(limits) {
        this.limits = (0, limits_1.resolveLimits)(limits);
    }
    /** Records an error at `site` (default: the current site), once per place and message; at most MAX_ERRORS. */
    error(message, site = this.site) {
        const place = site ? placeOf(site) : undefined;
        const file = place?.file ?? site?.file.file ?? this.label;
        const line = place?.line;
        const key = `${file}\u0000${line ?? ""}\u0000${message}`;
        if (this.reported.has(key))
            return;
        this.reported.add(key);
        if (this.errors.length >= MAX_ERRORS)
            this.unlisted++;
        else
            this.errors.push(line === undefined ? { file, message } : { file, line, message });
    }
    /** The errors of the scan's evaluation, with a last entry counting those not listed. */
    report() {
        if (this.unlisted === 0)
            return this.errors;
        return [...this.errors, { file: this.label, message: `${this.unlisted} more evaluation errors are not listed (the first ${MAX_ERRORS} are)` }];
    }
    /**
     * A limit was reached: the value is Unknown with `reason`, and an error entry says what was cut short here.
     * `what` completes "… exceeds limits.X (N)"; the entry names the limit and how to raise it.
     */
    reached(limit, what, site, consequence = "so it was not evaluated") {
        const reason = `${what} exceeds limits.${limit} (${this.limits[limit]})`;
        this.error(`${reason}, ${consequence}; ${limitHint(limit)}`, site);
        return new LimitReached(reason, limit);
    }
    /** Counts `n` evaluation steps; once the scan's steps are spent, every further evaluation is Unknown. */
    step(n = 1) {
        if (this.stepsExhausted)
            return this.stepsExhausted;
        this.steps += n;
        if (this.steps <= this.limits.maxSteps)
            return undefined;
        const reason = `evaluation stopped after limits.maxSteps (${this.limits.maxSteps}) steps`;
        this.error(`the scan's evaluation took more than limits.maxSteps (${this.limits.maxSteps}) steps, so values evaluated from here on are unknown and their checks not evaluated; ${limitHint("maxSteps")}`);
        this.stepsExhausted = new LimitReached(reason, "maxSteps");
        return this.stepsExhausted;
    }
    /** Charges the cost of a value produced in one go (a function result): its elements, or its characters / 16. */
    charge(v) {
        if (typeof v === "string")
            return v.length > 64 ? this.step(v.length >> 4) : undefined;
        if (Array.isArray(v))
            return v.length > 0 ? this.step(v.length) : undefined;
        if (v && typeof v === "object" && !(v instanceof values_1.Unknown)) {
            const n = Object.keys(v).length;
            return n > 0 ? this.step(n) : undefined;
        }
        return undefined;
    }
    /** Checks the size of a collection about to be built: Unknown (and an error) when it is over the limit. */
    collection(size, what) {
        return size > this.limits.maxCollectionSize ? this.reached("maxCollectionSize", `${what} with ${size} elements`) : undefined;
    }
    /** Checks the length of a string about to be built. */
    string(length, what) {
        return length > this.limits.maxStringLength ? this.reached("maxStringLength", `${what} of ${length} characters`) : undefined;
    }
    /** Checks a value's size after it was built (for values whose size is only known then). */
    size(v, what) {
        if (typeof v === "string")
            return this.string(v.length, what);
        if (Array.isArray(v))
            return this.collection(v.length, what);
        if (v && typeof v === "object" && !(v instanceof values_1.Unknown))
            return this.collection(Object.keys(v).length, what);
        return undefined;
    }
    /** The stack ran out before limits.maxEvaluationDepth was reached (it was raised past what the stack holds). */
    stackExhausted() {
        const reason = `evaluation nested deeper than the stack holds (limits.maxEvaluationDepth is ${this.limits.maxEvaluationDepth})`;
        this.error(`${reason}, so it was not evaluated; lower limits.maxEvaluationDepth in moat.config.yaml so that the limit stops such input first`);
        return new LimitReached(reason, "maxEvaluationDepth");
    }
    /** The Unknown for evaluation nested deeper than maxEvaluationDepth. */
    tooDeep(what = "evaluation") {
        const reason = `${what} nested deeper than limits.maxEvaluationDepth (${this.limits.maxEvaluationDepth})`;
        this.error(`${reason}, so it was not evaluated; ${limitHint("maxEvaluationDepth")}`);
        return new LimitReached(reason, "maxEvaluationDepth");
    }
}
exports.Budget = Budget;
function placeOf(site) {
    // The deepest prefix of the path that the line index knows (in an override file, for what one replaced).
    for (let n = site.path.length; n >= 0; n--) {
        const span = site.file.lines.lookup(site.path.slice(0, n));
        if (span)
            return span;
    }
    return undefined;
}
