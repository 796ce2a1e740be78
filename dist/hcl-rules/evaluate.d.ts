/**
 * The evaluator of the Terraform source door: variables (defaults, tfvars, --var), locals, expressions,
 * functions, references between resources, count/for_each, dynamic blocks and local modules.
 *
 * Anything that cannot be evaluated becomes `Unknown` with a reason; evaluation never throws on user input.
 * Everything it does is paid from the scan's budget (hcl-rules/budget.ts, core/limits.ts): one step per expression
 * node, configuration value and element walked, instances per block and per scan, module and evaluation depth. A
 * limit reached makes the value Unknown naming the limit, with one error entry at the place, so the run exits 2.
 * While an attribute is evaluated, every resource instance it refers to is recorded: those are the graph's edges,
 * so a listener links to its load balancer even when the ARN is only known after apply.
 *
 * This module holds the evaluation of a root module and of its module instances: variables, locals, outputs, module
 * calls (local, or downloaded by `terraform init`), and the resource and data instances references read. The
 * declarations of a module directory are module-def.ts, count/for_each expansion is expansion.ts, values and scopes
 * during evaluation are eval-values.ts, and expressions are evaluated by eval-expression.ts; this module re-exports
 * what the rest of the door uses of them.
 */
import type { ExistenceCondition, ModuleCall, SourceLocation } from "../core/model";
import { type Value, Unknown } from "../core/values";
import { Budget } from "./budget";
import type { ScanFiles } from "./file-functions";
import type { Download } from "./module-manifest";
import { type Cached, type EvalValue, RefCollector, Scope } from "./eval-values";
import { type Expansion } from "./expansion";
import { type HclFile, type Json, type ModuleCallBlock, type ModuleDef, type ResourceBlock, type SrcPath } from "./module-def";
export { type HclFile, type Json, type JsonObject, type ModuleCallBlock, type ResourceBlock, type SrcPath, type SrcRef, ModuleDef, asBodies, at, callSourceOf, isLocalSource, locationOf, objectEntries, } from "./module-def";
export { evalJson, evalNode, parseCliVarValue } from "./eval-expression";
export { SENSITIVE_REF, finalise as finaliseValue, isSensitiveRef, sourceOf, unexpected } from "./eval-values";
export interface ResourceInstance {
    /** Unique id in the scan (root key + address). */
    id: string;
    address: string;
    block: ResourceBlock;
    module: ModuleInstance;
    scope: Scope;
    /** True when the instance stands for every instance of an unknown count/for_each. */
    symbolic: boolean;
    /** Set when whether the instance is created is unknown: why, and what its creation requires (existence.ts). */
    existence?: {
        reason: string;
        conditions: ExistenceCondition[];
    };
}
export interface RemoteModule {
    address: string;
    source: string;
    location: SourceLocation;
    /** Why a module `terraform init` downloaded was not scanned all the same (its source changed since, say). */
    reason?: string;
}
/** Things shared by every module instance of one root module. */
export declare class Evaluation {
    /** Prefix of every id, so two roots with the same addresses stay apart. */
    readonly rootKey: string;
    /** Module definitions by directory (already parsed). */
    readonly modules: (dir: string) => ModuleDef | undefined;
    readonly resolveDir: (fromDir: string, source: string) => string;
    /** The scan's evaluation budget, shared by every root module. */
    readonly budget: Budget;
    /** Where `terraform init` downloaded a remote module call, by its key (`a.b`): see module-manifest.ts. */
    readonly downloaded: (key: string, call: {
        source: string;
        version?: string;
    }) => Download;
    readonly refs: RefCollector;
    readonly remoteModules: RemoteModule[];
    readonly instances: ResourceInstance[];
    /** The value behind each sensitive pseudo-reference (see `SENSITIVE_REF`), so that its own text is redacted too. */
    readonly sensitiveValues: Map<string, EvalValue>;
    private readonly attrCache;
    /** Reads files for file(), templatefile() and the like, inside the scanned directories; unset, none are read. */
    files: ScanFiles | undefined;
    /** The selected workspace (`terraform.workspace`), when the scan knows it: see `selectedWorkspace` in project.ts. */
    workspace: string | undefined;
    constructor(
    /** Prefix of every id, so two roots with the same addresses stay apart. */
    rootKey: string, 
    /** Module definitions by directory (already parsed). */
    modules: (dir: string) => ModuleDef | undefined, resolveDir: (fromDir: string, source: string) => string, 
    /** The scan's evaluation budget, shared by every root module. */
    budget?: Budget, 
    /** Where `terraform init` downloaded a remote module call, by its key (`a.b`): see module-manifest.ts. */
    downloaded?: (key: string, call: {
        source: string;
        version?: string;
    }) => Download);
    /** Evaluates one top-level attribute (or block type) of a resource instance, with the references it makes. */
    attribute(inst: ResourceInstance, key: string): Cached;
    /** Top-level attribute names of a resource instance (meta-arguments excluded, dynamic blocks included). */
    attributeNames(inst: ResourceInstance): string[];
}
export declare class ModuleInstance {
    readonly ev: Evaluation;
    readonly def: ModuleDef;
    /** `""` for the root, `module.web.` / `module.web["a"].` below it. */
    readonly prefix: string;
    readonly chain: ModuleCall[];
    /** Input values: a module call's arguments (evaluated in the caller), or the root's variable values. */
    readonly inputs: (name: string) => Cached | undefined;
    readonly depth: number;
    /** The module instance and the call that created this one (none for a root). */
    readonly caller?: {
        instance: ModuleInstance;
        call: ModuleCallBlock;
    } | undefined;
    private readonly localCache;
    private readonly outputCache;
    private readonly varCache;
    private readonly resourceExpansions;
    private readonly moduleExpansions;
    /** Why a local module call was not evaluated (a cycle, the depth limit), for the values that read it. */
    readonly notLoaded: Map<string, Unknown>;
    readonly scope: Scope;
    constructor(ev: Evaluation, def: ModuleDef, 
    /** `""` for the root, `module.web.` / `module.web["a"].` below it. */
    prefix: string, chain: ModuleCall[], 
    /** Input values: a module call's arguments (evaluated in the caller), or the root's variable values. */
    inputs: (name: string) => Cached | undefined, depth: number, 
    /** The module instance and the call that created this one (none for a root). */
    caller?: {
        instance: ModuleInstance;
        call: ModuleCallBlock;
    } | undefined);
    variable(name: string): EvalValue;
    local(name: string): EvalValue;
    output(name: string): EvalValue;
    /** The pseudo-reference of a sensitive value of this module instance (see `SENSITIVE_REF`). */
    markSensitive(what: string, value: EvalValue): string;
    private cached;
    /** The instances of a resource block (count/for_each expanded). */
    resourceExpansion(block: ResourceBlock): Expansion<ResourceInstance> | undefined;
    /** The instances of a data block (count/for_each expanded); unlike resources, they are not resources of the model. */
    dataExpansion(block: ResourceBlock): Expansion<ResourceInstance> | undefined;
    private blockExpansion;
    /** The instances of a module call (count/for_each expanded); undefined for remote or missing modules. */
    moduleExpansion(call: ModuleCallBlock): Expansion<ModuleInstance> | undefined;
    /** The key of a module call of this instance in Terraform's module manifest: the call names from the root, joined by ".". */
    moduleKey(name: string): string;
    /**
     * The module calls (address and source) from the instance of `dir` on this instance's chain down to this instance,
     * when `dir` is this module or one of its callers: calling it again would be a cycle.
     */
    private callsInto;
    /** `m`, its caller, the caller's caller… up to the root module's instance. */
    private static upFrom;
    /** Expands every resource and module call of this instance, recursively. */
    expandAll(): void;
    /** `TYPE.NAME`: the instances of a resource block of this module, as objects. */
    resourceValue(type: string, name: string): EvalValue;
    /**
     * The data sources whose result the configuration decides: `null_data_source` (its `outputs` are its `inputs`, as
     * strings: registry.terraform.io/providers/hashicorp/null/latest/docs/data-sources/data_source) and `template_file`
     * (`rendered` is `template` rendered with `vars`: registry.terraform.io/providers/hashicorp/template/latest/docs/
     * data-sources/file). Any other data source is read at plan time, so Unknown. Their instances follow count and
     * for_each like resources, are not resources of the model, and pass on the references their arguments make.
     */
    dataValue(type: string, name: string): EvalValue;
    /** `module.NAME`: the outputs of each instance of a module call. */
    moduleValue(name: string): EvalValue;
}
export declare function evalTfvarsValue(v: Json, file: HclFile, path: SrcPath, module: ModuleInstance): Value;
