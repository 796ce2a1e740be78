"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ModuleInstance = exports.Evaluation = exports.unexpected = exports.sourceOf = exports.isSensitiveRef = exports.finaliseValue = exports.SENSITIVE_REF = exports.parseCliVarValue = exports.evalNode = exports.evalJson = exports.objectEntries = exports.locationOf = exports.isLocalSource = exports.callSourceOf = exports.at = exports.asBodies = exports.ModuleDef = void 0;
exports.evalTfvarsValue = evalTfvarsValue;
const values_1 = require("../core/values");
const existence_1 = require("./existence");
const budget_1 = require("./budget");
const functions_1 = require("./functions");
const eval_expression_1 = require("./eval-expression");
const eval_values_1 = require("./eval-values");
const expansion_1 = require("./expansion");
const module_def_1 = require("./module-def");
var module_def_2 = require("./module-def");
Object.defineProperty(exports, "ModuleDef", { enumerable: true, get: function () { return module_def_2.ModuleDef; } });
Object.defineProperty(exports, "asBodies", { enumerable: true, get: function () { return module_def_2.asBodies; } });
Object.defineProperty(exports, "at", { enumerable: true, get: function () { return module_def_2.at; } });
Object.defineProperty(exports, "callSourceOf", { enumerable: true, get: function () { return module_def_2.callSourceOf; } });
Object.defineProperty(exports, "isLocalSource", { enumerable: true, get: function () { return module_def_2.isLocalSource; } });
Object.defineProperty(exports, "locationOf", { enumerable: true, get: function () { return module_def_2.locationOf; } });
Object.defineProperty(exports, "objectEntries", { enumerable: true, get: function () { return module_def_2.objectEntries; } });
var eval_expression_2 = require("./eval-expression");
Object.defineProperty(exports, "evalJson", { enumerable: true, get: function () { return eval_expression_2.evalJson; } });
Object.defineProperty(exports, "evalNode", { enumerable: true, get: function () { return eval_expression_2.evalNode; } });
Object.defineProperty(exports, "parseCliVarValue", { enumerable: true, get: function () { return eval_expression_2.parseCliVarValue; } });
var eval_values_2 = require("./eval-values");
Object.defineProperty(exports, "SENSITIVE_REF", { enumerable: true, get: function () { return eval_values_2.SENSITIVE_REF; } });
Object.defineProperty(exports, "finaliseValue", { enumerable: true, get: function () { return eval_values_2.finalise; } });
Object.defineProperty(exports, "isSensitiveRef", { enumerable: true, get: function () { return eval_values_2.isSensitiveRef; } });
Object.defineProperty(exports, "sourceOf", { enumerable: true, get: function () { return eval_values_2.sourceOf; } });
Object.defineProperty(exports, "unexpected", { enumerable: true, get: function () { return eval_values_2.unexpected; } });
/** What `Evaluation.attribute` caches for an attribute while it is being evaluated. */
const IN_PROGRESS = { value: undefined, refs: new Set() };
const META_ARGS = new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);
const MODULE_META = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
/** Things shared by every module instance of one root module. */
class Evaluation {
    rootKey;
    modules;
    resolveDir;
    budget;
    downloaded;
    refs = new eval_values_1.RefCollector();
    remoteModules = [];
    instances = [];
    /** The value behind each sensitive pseudo-reference (see `SENSITIVE_REF`), so that its own text is redacted too. */
    sensitiveValues = new Map();
    attrCache = new Map();
    /** Reads files for file(), templatefile() and the like, inside the scanned directories; unset, none are read. */
    files;
    /** The selected workspace (`terraform.workspace`), when the scan knows it: see `selectedWorkspace` in project.ts. */
    workspace;
    constructor(
    /** Prefix of every id, so two roots with the same addresses stay apart. */
    rootKey, 
    /** Module definitions by directory (already parsed). */
    modules, resolveDir, 
    /** The scan's evaluation budget, shared by every root module. */
    budget = new budget_1.Budget(), 
    /** Where `terraform init` downloaded a remote module call, by its key (`a.b`): see module-manifest.ts. */
    downloaded = () => ({ ok: false })) {
        this.rootKey = rootKey;
        this.modules = modules;
        this.resolveDir = resolveDir;
        this.budget = budget;
        this.downloaded = downloaded;
    }
    /** Evaluates one top-level attribute (or block type) of a resource instance, with the references it makes. */
    attribute(inst, key) {
        let perInst = this.attrCache.get(inst.id);
        if (!perInst)
            this.attrCache.set(inst.id, (perInst = new Map()));
        const hit = perInst.get(key);
        if (hit === IN_PROGRESS)
            return { value: new values_1.Unknown(`${inst.address}.${key} refers to itself`), refs: new Set() };
        if (hit)
            return hit;
        // Marked in the cache while it is evaluated: a reference back to it is a cycle.
        perInst.set(key, IN_PROGRESS);
        this.refs.begin();
        let value;
        try {
            const site = (0, module_def_1.at)(inst.block.src, key);
            value = (0, eval_values_1.guarded)(this, `${inst.address}.${key}`, site, () => (0, eval_values_1.finalise)((0, eval_expression_1.evalBodyKey)(inst.block.body, key, inst.block.src, inst.scope), this.budget));
        }
        finally {
            perInst.delete(key);
        }
        const refs = this.refs.end();
        refs.delete(inst.id);
        const out = { value, refs };
        perInst.set(key, out);
        return out;
    }
    /** Top-level attribute names of a resource instance (meta-arguments excluded, dynamic blocks included). */
    attributeNames(inst) {
        const names = [];
        let dynamic = false;
        for (const k of Object.keys(inst.block.body)) {
            if (META_ARGS.has(k))
                continue;
            if (k === "dynamic") {
                dynamic = true;
                for (const d of Object.keys((0, eval_expression_1.asObject)(inst.block.body.dynamic)))
                    names.push(d);
            }
            else
                names.push(k);
        }
        // Only dynamic blocks can repeat a name (a body's keys are unique): each name once, where it first appears.
        return dynamic ? [...new Set(names)] : names;
    }
}
exports.Evaluation = Evaluation;
class ModuleInstance {
    ev;
    def;
    prefix;
    chain;
    inputs;
    depth;
    caller;
    localCache = new Map();
    outputCache = new Map();
    varCache = new Map();
    resourceExpansions = new Map();
    moduleExpansions = new Map();
    /** Why a local module call was not evaluated (a cycle, the depth limit), for the values that read it. */
    notLoaded = new Map();
    scope;
    constructor(ev, def, 
    /** `""` for the root, `module.web.` / `module.web["a"].` below it. */
    prefix, chain, 
    /** Input values: a module call's arguments (evaluated in the caller), or the root's variable values. */
    inputs, depth, 
    /** The module instance and the call that created this one (none for a root). */
    caller) {
        this.ev = ev;
        this.def = def;
        this.prefix = prefix;
        this.chain = chain;
        this.inputs = inputs;
        this.depth = depth;
        this.caller = caller;
        this.scope = eval_values_1.Scope.of(this);
    }
    variable(name) {
        const hit = this.varCache.get(name);
        if (hit === "pending")
            return new values_1.Unknown(`var.${name} depends on itself`);
        if (hit) {
            this.ev.refs.addAll(hit.refs);
            return hit.value;
        }
        this.varCache.set(name, "pending");
        const decl = this.def.variables.get(name);
        const input = this.inputs(name);
        let out;
        if (!decl) {
            out = { value: new values_1.Unknown(`var.${name} is not declared in the scanned files`), refs: input?.refs ?? new Set() };
        }
        else {
            const hasDefault = "default" in decl.body;
            const nullable = decl.body.nullable !== false;
            if (input && !(input.value === null && !nullable && hasDefault)) {
                out = { value: (0, eval_expression_1.convertToType)(input.value, decl.body.type, this.scope), refs: input.refs };
            }
            else if (hasDefault) {
                this.ev.refs.begin();
                const v = (0, eval_expression_1.evalJson)(decl.body.default, { file: decl.src.file, path: [...decl.src.path, "default"] }, this.scope);
                out = { value: (0, eval_expression_1.convertToType)(v, decl.body.type, this.scope), refs: this.ev.refs.end() };
            }
            else {
                out = { value: new values_1.Unknown(`var.${name} has no value (no default, no tfvars, no --var)`), refs: new Set() };
            }
            if ((0, module_def_1.isSensitiveFlag)(decl.body.sensitive))
                out = { value: out.value, refs: new Set([...out.refs, this.markSensitive(`var.${name}`, out.value)]) };
        }
        this.varCache.set(name, out);
        this.ev.refs.addAll(out.refs);
        return out.value;
    }
    local(name) {
        return this.cached(this.localCache, name, "local", () => {
            const decl = this.def.locals.get(name);
            if (!decl)
                return (0, functions_1.evalError)(`local.${name} is not declared`);
            return (0, eval_expression_1.evalJson)(decl.expr, decl.src, this.scope);
        });
    }
    output(name) {
        return this.cached(this.outputCache, name, "output", () => {
            const decl = this.def.outputs.get(name);
            if (!decl)
                return (0, functions_1.evalError)(`module output "${name}" is not declared in ${this.prefix === "" ? "the root module" : this.prefix.slice(0, -1)}`);
            const value = (0, eval_expression_1.evalJson)(decl.expr, decl.src, this.scope);
            if (decl.sensitive)
                this.ev.refs.add(this.markSensitive(`output.${name}`, value));
            return value;
        });
    }
    /** The pseudo-reference of a sensitive value of this module instance (see `SENSITIVE_REF`). */
    markSensitive(what, value) {
        const id = `${eval_values_1.SENSITIVE_REF}${this.ev.rootKey}::${this.prefix}${what}`;
        this.ev.sensitiveValues.set(id, value);
        return id;
    }
    cached(cache, name, what, compute) {
        const hit = cache.get(name);
        if (hit === "pending")
            return new values_1.Unknown(`${what} ${name} depends on itself`);
        if (hit) {
            this.ev.refs.addAll(hit.refs);
            return hit.value;
        }
        cache.set(name, "pending");
        this.ev.refs.begin();
        let value;
        try {
            value = compute();
        }
        catch (e) {
            this.ev.refs.end();
            cache.delete(name);
            throw e;
        }
        const refs = this.ev.refs.end();
        cache.set(name, { value, refs });
        this.ev.refs.addAll(refs);
        return value;
    }
    /** The instances of a resource block (count/for_each expanded). */
    resourceExpansion(block) {
        return this.blockExpansion(`${block.type}.${block.name}`, block, true);
    }
    /** The instances of a data block (count/for_each expanded); unlike resources, they are not resources of the model. */
    dataExpansion(block) {
        return this.blockExpansion(`data.${block.type}.${block.name}`, block, false);
    }
    blockExpansion(key, block, isResource) {
        if (this.resourceExpansions.has(key))
            return this.resourceExpansions.get(key);
        this.resourceExpansions.set(key, undefined); // cycle guard: count referring to itself
        const base = `${this.prefix}${key}`;
        const make = (suffix, bindings, symbolic, why) => {
            const address = base + suffix;
            const inst = {
                id: `${this.ev.rootKey}::${address}`,
                address,
                block,
                module: this,
                scope: this.scope.with(bindings),
                symbolic,
            };
            if (!isResource)
                return inst;
            inst.existence = (0, existence_1.instanceExistence)(this, block.body, why);
            this.ev.instances.push(inst);
            return inst;
        };
        const exp = (0, expansion_1.expand)(block.body, block.src, this.scope, make);
        this.resourceExpansions.set(key, exp);
        return exp;
    }
    /** The instances of a module call (count/for_each expanded); undefined for remote or missing modules. */
    moduleExpansion(call) {
        if (this.moduleExpansions.has(call.name))
            return this.moduleExpansions.get(call.name);
        this.moduleExpansions.set(call.name, undefined);
        const callAddress = `${this.prefix}module.${call.name}`;
        // A registry or Git module is evaluated like a local one when `terraform init` downloaded it (module-manifest.ts).
        const remote = (0, module_def_1.callSourceOf)(call);
        const download = remote ? this.ev.downloaded(this.moduleKey(call.name), remote) : undefined;
        if (!(0, module_def_1.isLocalSource)(call.source) && !download?.ok) {
            this.ev.remoteModules.push({
                address: callAddress,
                source: call.source ?? "(computed source)",
                location: (0, module_def_1.locationOf)(call.src),
                ...(download?.reason !== undefined ? { reason: download.reason } : {}),
            });
            return undefined;
        }
        const dir = download?.ok ? download.dir : this.ev.resolveDir(this.def.dir, call.source);
        const callSite = (0, module_def_1.at)(call.src, "source");
        const cycle = this.callsInto(dir);
        if (cycle) {
            // Terraform rejects module cycles; following one would recurse until the depth limit.
            const calls = [...cycle, `${callAddress} (source "${call.source}")`].join(" → ");
            this.ev.budget.error(`module "${call.name}" calls a module that is already being evaluated (${calls}): Terraform rejects module cycles, so it was not evaluated; remove the cycle`, callSite);
            this.notLoaded.set(call.name, new values_1.Unknown(`module.${call.name} is part of a module cycle`));
            return undefined;
        }
        if (this.depth >= this.ev.budget.limits.maxModuleDepth) {
            this.notLoaded.set(call.name, this.ev.budget.reached("maxModuleDepth", `module "${call.name}" at nesting depth ${this.depth + 1}`, callSite));
            return undefined;
        }
        const def = this.ev.modules(dir);
        if (!def)
            return undefined;
        const make = (suffix, bindings) => {
            const callScope = this.scope.with(bindings);
            const inputCache = new Map();
            const inputs = (name) => {
                if (MODULE_META.has(name) || !(name in call.body))
                    return undefined;
                const hit = inputCache.get(name);
                if (hit)
                    return hit;
                this.ev.refs.begin();
                const value = (0, eval_expression_1.evalJson)(call.body[name], (0, module_def_1.at)(call.src, name), callScope);
                const c = { value, refs: this.ev.refs.end() };
                inputCache.set(name, c);
                return c;
            };
            const address = callAddress + suffix;
            const chain = [...this.chain, { address, location: (0, module_def_1.locationOf)(call.src) }];
            return new ModuleInstance(this.ev, def, `${address}.`, chain, inputs, this.depth + 1, { instance: this, call });
        };
        const exp = (0, expansion_1.expand)(call.body, call.src, this.scope, make);
        this.moduleExpansions.set(call.name, exp);
        return exp;
    }
    /** The key of a module call of this instance in Terraform's module manifest: the call names from the root, joined by ".". */
    moduleKey(name) {
        const names = [name];
        for (const m of ModuleInstance.upFrom(this))
            if (m.caller)
                names.unshift(m.caller.call.name);
        return names.join(".");
    }
    /**
     * The module calls (address and source) from the instance of `dir` on this instance's chain down to this instance,
     * when `dir` is this module or one of its callers: calling it again would be a cycle.
     */
    callsInto(dir) {
        const calls = [];
        for (const m of ModuleInstance.upFrom(this)) {
            if (m.def.dir === dir)
                return calls;
            if (m.caller)
                calls.unshift(`${m.prefix.slice(0, -1)} (source "${m.caller.call.source}")`);
        }
        return undefined;
    }
    /** `m`, its caller, the caller's caller… up to the root module's instance. */
    static upFrom(m) {
        const chain = [];
        for (let c = m; c; c = c.caller?.instance)
            chain.push(c);
        return chain;
    }
    /** Expands every resource and module call of this instance, recursively. */
    expandAll() {
        for (const block of this.def.resources)
            this.resourceExpansion(block);
        for (const call of this.def.moduleCalls.values()) {
            const exp = this.moduleExpansion(call);
            if (exp)
                for (const child of (0, expansion_1.expansionItems)(exp))
                    child.expandAll();
        }
    }
    /** `TYPE.NAME`: the instances of a resource block of this module, as objects. */
    resourceValue(type, name) {
        const block = this.def.resourcesByKey.get(`${type}.${name}`);
        if (!block)
            return new values_1.Unknown(`${type}.${name} is not declared in the scanned files`);
        const exp = this.resourceExpansion(block);
        if (!exp)
            return new values_1.Unknown(`${type}.${name}: its count or for_each refers to itself`);
        return (0, expansion_1.expansionValue)(exp, instanceObject, (i) => this.ev.refs.add(i.id));
    }
    /**
     * The data sources whose result the configuration decides: `null_data_source` (its `outputs` are its `inputs`, as
     * strings: registry.terraform.io/providers/hashicorp/null/latest/docs/data-sources/data_source) and `template_file`
     * (`rendered` is `template` rendered with `vars`: registry.terraform.io/providers/hashicorp/template/latest/docs/
     * data-sources/file). Any other data source is read at plan time, so Unknown. Their instances follow count and
     * for_each like resources, are not resources of the model, and pass on the references their arguments make.
     */
    dataValue(type, name) {
        const block = this.def.dataSources.get(`${type}.${name}`);
        if (!block || (type !== "null_data_source" && type !== "template_file")) {
            const reason = `data.${type}.${name} is read at plan time`;
            // What AWS guarantees about some of their attributes still holds (a VPC's CIDR is /16 to /28): see computedFacts.
            return NETWORK_DATA_SOURCES.has(type) ? new eval_values_1.Lazy(`data.${type}.${name}`, (attr) => new values_1.Unknown(reason, (0, values_1.computedFacts)(type, attr))) : new values_1.Unknown(reason);
        }
        const exp = this.dataExpansion(block);
        if (!exp)
            return new values_1.Unknown(`data.${type}.${name}: its count or for_each refers to itself`);
        return (0, expansion_1.expansionValue)(exp, (inst) => dataObject(inst), () => { });
    }
    /** `module.NAME`: the outputs of each instance of a module call. */
    moduleValue(name) {
        const call = this.def.moduleCalls.get(name);
        if (!call)
            return new values_1.Unknown(`module.${name} is not declared in the scanned files`);
        const exp = this.moduleExpansion(call);
        if (!exp) {
            const why = this.notLoaded.get(name);
            if (why)
                return why;
            return new values_1.Unknown((0, module_def_1.isLocalSource)(call.source) ? `module.${name} (${call.source}) could not be loaded` : `module.${name} is a remote module (not scanned)`);
        }
        const outputs = (child) => new eval_values_1.Lazy(child.prefix.slice(0, -1), (o) => child.output(o));
        return (0, expansion_1.expansionValue)(exp, outputs, () => { });
    }
}
exports.ModuleInstance = ModuleInstance;
function instanceObject(inst) {
    const ev = inst.module.ev;
    return new eval_values_1.Lazy(inst.address, (attr) => {
        ev.refs.add(inst.id);
        const block = inst.block.body;
        if (!(attr in block) && !(attr in (0, eval_expression_1.asObject)(block.dynamic)))
            return new values_1.Unknown(`${inst.address}.${attr} is known after apply`, (0, values_1.computedFacts)(inst.block.type, attr));
        const { value, refs } = ev.attribute(inst, attr);
        // Another resource's attribute derived from a sensitive value is sensitive where it is used, too.
        for (const ref of refs)
            if ((0, eval_values_1.isSensitiveRef)(ref))
                ev.refs.add(ref);
        return value === undefined || value === null ? new values_1.Unknown(`${inst.address}.${attr} is known after apply`) : value;
    }, () => ev.refs.add(inst.id));
}
// ------------------------------------------------------------------ data sources
/** Data sources read at plan time whose attributes `computedFacts` knows something about. */
const NETWORK_DATA_SOURCES = new Set(["aws_vpc", "aws_subnet"]);
function dataObject(inst) {
    const ev = inst.module.ev;
    const arg = (key) => {
        if (!(key in inst.block.body))
            return null;
        const { value, refs } = ev.attribute(inst, key);
        ev.refs.addAll(refs);
        return value;
    };
    return new eval_values_1.Lazy(inst.address, (attr) => {
        if (inst.block.type === "null_data_source") {
            if (attr === "inputs" || attr === "outputs")
                return (0, eval_expression_1.stringMap)(arg("inputs"), `${inst.address}.inputs`);
            if (attr === "has_computed_default")
                return "has_computed_default" in inst.block.body ? arg("has_computed_default") : "default";
            return new values_1.Unknown(`${inst.address}.${attr} is known after apply`);
        }
        if (attr === "template" || attr === "vars")
            return arg(attr);
        if (attr !== "rendered")
            return new values_1.Unknown(`${inst.address}.${attr} is known after apply`);
        const template = (0, eval_values_1.sanitize)(arg("template"));
        if ((0, values_1.isUnknown)(template))
            return template;
        if (typeof template !== "string")
            return (0, functions_1.evalError)(`${inst.address}: template must be a string`);
        const vars = (0, eval_expression_1.stringMap)(arg("vars") ?? {}, `${inst.address}.vars`);
        return (0, eval_expression_1.renderTemplate)(template, vars, inst.module.scope, `${inst.address}.rendered`, true);
    });
}
function evalTfvarsValue(v, file, path, module) {
    const site = { file, path };
    return (0, eval_values_1.guarded)(module.ev, `variable ${String(path[0])}`, site, () => (0, eval_values_1.finalise)((0, eval_expression_1.evalJson)(v, site, module.scope), module.ev.budget));
}
