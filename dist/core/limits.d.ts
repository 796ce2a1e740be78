/**
 * The evaluation budget of one scan. Every cap that keeps hostile or runaway input from hanging moat or exhausting
 * its memory is here, with its default, so that it is documented in one place and settable in one place
 * (`limits:` in moat.config.yaml). Reaching a limit is never silent: what it cut short is reported as "not
 * evaluated" with the limit's name, or as an error of the file, and the run exits 2.
 */
export interface EvaluationLimits {
    /** Resource and module instances created by count/for_each in one scan, over every root module. */
    maxInstances: number;
    /** Instances of one resource or module block (its count, or the size of its for_each). */
    maxInstancesPerBlock: number;
    /** Expression evaluation steps in one scan (one step per expression node evaluated). */
    maxSteps: number;
    /** Elements of one collection value (range(), for-expressions, splats, concat(), …). */
    maxCollectionSize: number;
    /** Characters of one string value (templates, join(), format(), strrep-like growth). */
    maxStringLength: number;
    /** Depth of nested local module calls below a root module. */
    maxModuleDepth: number;
    /** Depth of nested evaluation (expression nesting plus chains of locals, variables and outputs). */
    maxEvaluationDepth: number;
}
export declare const DEFAULT_LIMITS: Readonly<EvaluationLimits>;
/** What each limit means, for the config schema, docs and messages. */
export declare const LIMIT_DESCRIPTIONS: Readonly<Record<keyof EvaluationLimits, string>>;
export declare function resolveLimits(overrides: Partial<EvaluationLimits> | undefined): EvaluationLimits;
/**
 * How deeply a value read from a Terraform plan or a Pulumi resource may nest (objects and lists, counted from the
 * resource's attributes). A deeper part is read as Unknown with this reason, so the checks that need it are "not
 * evaluated", and the plan door also reports it as an error of the resource (exit 2). It keeps every walk over model
 * values (rules, views, equality, reports) far from the call stack's limit. Real values nest a few dozen levels at
 * most, and a value Terraform source can write stays well inside it.
 */
export declare const MAX_VALUE_NESTING = 512;
export declare const TOO_DEEP_REASON = "nested more than 512 levels deep (moat's limit for a value), so it was not read";
