"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ModuleDef = void 0;
exports.at = at;
exports.locationOf = locationOf;
exports.objectEntries = objectEntries;
exports.asBodies = asBodies;
exports.isLocalSource = isLocalSource;
exports.callSourceOf = callSourceOf;
exports.isSensitiveFlag = isSensitiveFlag;
/**
 * The place of a key (or of two or three keys, one below the other) below `ref`. The same object for the same place,
 * so that instances of one block share their source references (values keep theirs in `sourceOf`: one per place, not
 * one per instance). Fixed parameters rather than a rest parameter: it is called for every value evaluated.
 */
function at(ref, key, key2, key3) {
    let cur = childRef(ref, key);
    if (key2 !== undefined)
        cur = childRef(cur, key2);
    if (key3 !== undefined)
        cur = childRef(cur, key3);
    return cur;
}
function childRef(ref, key) {
    let children = ref.children;
    if (children === undefined)
        ref.children = children = new Map();
    let next = children.get(key);
    if (next === undefined)
        children.set(key, (next = { file: ref.file, path: [...ref.path, key], children: undefined }));
    return next;
}
function locationOf(ref) {
    const span = ref.file.lines.lookup(ref.path);
    // A merged file's line index names the override file for what an override file replaced (hcl-rules/override.ts).
    return span ? { file: span.file ?? ref.file.file, line: span.line, endLine: span.endLine } : { file: ref.file.file };
}
/** The declarations of one module directory. */
class ModuleDef {
    dir;
    files;
    variables = new Map();
    locals = new Map();
    outputs = new Map();
    resources = [];
    resourcesByKey = new Map();
    moduleCalls = new Map();
    resourceTypes = new Set();
    /** `data` blocks by `type.name` (the first of duplicates); only some types are evaluated (see dataValue). */
    dataSources = new Map();
    constructor(dir, files) {
        this.dir = dir;
        this.files = files;
        for (const f of files)
            this.add(f);
    }
    add(f) {
        const j = f.json;
        for (const [name, list] of objectEntries(j.variable)) {
            asBodies(list).forEach((body, i) => this.variables.set(name, { body, src: { file: f, path: ["variable", name, i] } }));
        }
        asBodies(j.locals).forEach((body, i) => {
            for (const [name, expr] of Object.entries(body))
                this.locals.set(name, { expr, src: { file: f, path: ["locals", i, name] } });
        });
        for (const [name, list] of objectEntries(j.output)) {
            asBodies(list).forEach((body, i) => this.outputs.set(name, {
                expr: body.value ?? null,
                src: { file: f, path: ["output", name, i, "value"] },
                sensitive: isSensitiveFlag(body.sensitive),
            }));
        }
        for (const [type, byName] of objectEntries(j.resource)) {
            for (const [name, list] of objectEntries(byName)) {
                asBodies(list).forEach((body, i) => {
                    const block = { type, name, body, src: { file: f, path: ["resource", type, name, i] } };
                    // Terraform rejects duplicates; keep the first so addresses stay unique.
                    if (this.resourcesByKey.has(`${type}.${name}`))
                        return;
                    this.resources.push(block);
                    this.resourcesByKey.set(`${type}.${name}`, block);
                    this.resourceTypes.add(type);
                });
            }
        }
        for (const [type, byName] of objectEntries(j.data)) {
            for (const [name, list] of objectEntries(byName)) {
                asBodies(list).forEach((body, i) => {
                    if (!this.dataSources.has(`${type}.${name}`))
                        this.dataSources.set(`${type}.${name}`, { type, name, body, src: { file: f, path: ["data", type, name, i] } });
                });
            }
        }
        for (const [name, list] of objectEntries(j.module)) {
            asBodies(list).forEach((body, i) => {
                if (this.moduleCalls.has(name))
                    return;
                const source = typeof body.source === "string" && !body.source.includes("${") ? body.source : undefined;
                this.moduleCalls.set(name, { name, body, source, src: { file: f, path: ["module", name, i] } });
            });
        }
    }
}
exports.ModuleDef = ModuleDef;
function objectEntries(v) {
    return v && typeof v === "object" && !Array.isArray(v) ? Object.entries(v) : [];
}
function asBodies(v) {
    if (!v)
        return [];
    const list = Array.isArray(v) ? v : [v];
    return list.filter((x) => !!x && typeof x === "object" && !Array.isArray(x));
}
function isLocalSource(source) {
    return !!source && (source.startsWith("./") || source.startsWith("../") || source === "." || source === "..");
}
/** A remote module call's source address and literal `version` constraint, as the module manifest is matched with. */
function callSourceOf(call) {
    if (call.source === undefined || isLocalSource(call.source))
        return undefined;
    const version = call.body.version;
    return { source: call.source, ...(typeof version === "string" && !version.includes("${") ? { version } : {}) };
}
/** `sensitive = true` as hcl2json gives it: a literal bool, or the string forms Terraform converts. */
function isSensitiveFlag(v) {
    return v === true || v === "true" || v === "${true}";
}
