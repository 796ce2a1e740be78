/**
 * Values while the Terraform source door evaluates: lazily resolved objects (a resource, `var`, a module's outputs),
 * the recorder of the references an evaluation makes, the scopes of local bindings, sensitive values as
 * pseudo-references, and the guards that keep a bug or an exhausted stack inside one value. What a scope's module
 * instance (evaluate.ts) offers is the `ScopeModule` interface; the expressions themselves are eval-expression.ts.
 */
import { type Value, Unknown } from "../core/values";
import type { Budget, Site } from "./budget";
import type { ScanFiles } from "./file-functions";
import type { SrcRef } from "./module-def";
/** An object whose attributes are resolved on access: a resource, a module's outputs, `var`, `local`… */
export declare class Lazy {
    readonly describe: string;
    readonly getter: (key: string) => EvalValue;
    /** Called when the whole object is used as a value (it then becomes Unknown). */
    readonly onWhole: () => void;
    constructor(describe: string, getter: (key: string) => EvalValue, 
    /** Called when the whole object is used as a value (it then becomes Unknown). */
    onWhole?: () => void);
}
export type EvalValue = Value | Lazy | EvalValue[] | {
    [key: string]: EvalValue;
};
/** Evaluated block bodies and object literals remember where they were written, for line numbers. */
export declare const sourceOf: WeakMap<object, SrcRef>;
/** Reference recorder: the resource instance ids an attribute's evaluation touched. */
export declare class RefCollector {
    /** One entry per open recording: its set, made when it records its first reference. */
    private readonly stack;
    begin(): void;
    end(): Set<string>;
    /** How many recordings are open (to close those an exception left open). */
    get open(): number;
    closeTo(open: number): void;
    add(id: string): void;
    addAll(ids: ReadonlySet<string>): void;
}
export interface Cached {
    value: EvalValue;
    refs: Set<string>;
}
/** What the evaluation of one root module shares with the expressions evaluated in it (evaluate.ts's Evaluation). */
export interface EvalShared {
    readonly refs: RefCollector;
    readonly budget: Budget;
    /** The value behind each sensitive pseudo-reference (see `SENSITIVE_REF`). */
    readonly sensitiveValues: Map<string, EvalValue>;
    readonly files: ScanFiles | undefined;
    readonly workspace: string | undefined;
    readonly rootKey: string;
}
/** What an expression reads of the module instance its scope belongs to (evaluate.ts's ModuleInstance). */
export interface ScopeModule {
    readonly ev: EvalShared;
    readonly def: {
        readonly dir: string;
        readonly resourceTypes: ReadonlySet<string>;
        readonly files: readonly {
            json: Record<string, unknown>;
        }[];
    };
    readonly caller?: {
        readonly instance: ScopeModule;
    };
    readonly scope: Scope;
    variable(name: string): EvalValue;
    local(name: string): EvalValue;
    /** The pseudo-reference of a sensitive value of this module instance (see `SENSITIVE_REF`). */
    markSensitive(what: string, value: EvalValue): string;
    /** `module.NAME`: the outputs of a module call's instances. */
    moduleValue(name: string): EvalValue;
    /** `data.TYPE.NAME`. */
    dataValue(type: string, name: string): EvalValue;
    /** `TYPE.NAME`: the instances of a resource block declared in this module. */
    resourceValue(type: string, name: string): EvalValue;
}
/** Local bindings: count/each, for-expression variables, dynamic-block iterators, the splat item. */
export declare class Scope {
    readonly module: ScopeModule;
    private readonly parent;
    private readonly name1?;
    private readonly value1?;
    private readonly name2?;
    private readonly value2?;
    /**
     * At most two bindings per scope, in fields: a scope is made for every element of every for-expression, so it must
     * be cheap to make. `with` chains scopes for more.
     */
    private constructor();
    static of(module: ScopeModule): Scope;
    with(bindings: Record<string, EvalValue>): Scope;
    /** One binding, or two (`for k, v in …`: keyVar is undefined without a key variable). */
    bind(valVar: string, value: EvalValue, keyVar?: string, key?: EvalValue): Scope;
    lookupBinding(name: string): EvalValue | typeof NOT_BOUND;
    /** A loop, not a recursion: a chain of scopes is as long as the evaluation is deep. */
    private static lookupFrom;
}
export declare const NOT_BOUND: unique symbol;
export declare const SPLAT_ITEM = "\0splat";
/**
 * Sensitive values travel as pseudo-references: reading a `sensitive = true` variable or module output records a
 * reference to `SENSITIVE_REF + <what>`, and the reference recorder already carries references through every
 * expression, local, module input and output, and resource attribute. An attribute whose evaluation touched one is
 * sensitive as a whole, as Terraform marks any value derived from a sensitive one; the adapter turns it into the
 * resource's `secrets`, which every output redacts. Pseudo-references are never graph edges.
 */
export declare const SENSITIVE_REF = "\0sensitive:";
export declare function isSensitiveRef(id: string): boolean;
/**
 * An exception escaped evaluation: a bug, or a stack exhausted despite the depth guards. The value is Unknown and an
 * error entry names what was lost (never a stack trace or a path from the message).
 */
export declare function unexpected(e: unknown, budget: Budget, what: string, site?: Site): Unknown;
/**
 * Runs one evaluation so that an exception cannot escape it: a bug or an exhausted stack makes this value Unknown (with
 * an error entry), and the budget and the reference recorder are as they were before it, so the scan goes on.
 */
export declare function guarded<T>(ev: EvalShared, what: string, site: SrcRef, run: () => T): T | Unknown;
/** Replaces Lazy objects used as whole values by Unknown (recording the reference). */
export declare function sanitize(v: EvalValue, _scope?: Scope): Value;
/**
 * Deep version of sanitize for values that leave the evaluator (resource attributes). A value nested deeper than
 * limits.maxEvaluationDepth (built step by step through cached locals) is cut there, so that no consumer of the model
 * meets a value deep enough to exhaust its stack.
 */
export declare function finalise(v: EvalValue, budget: Budget): Value;
export declare function isPlainObject(v: EvalValue): v is Record<string, EvalValue>;
