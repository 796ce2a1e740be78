"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resourcesOf = resourcesOf;
exports.locateAttribute = locateAttribute;
/**
 * Turns evaluated resource instances of the Terraform source door into the shared model: canonical types,
 * attributes, locations (file:line of each attribute) and reference edges.
 */
const model_1 = require("../core/model");
const values_1 = require("../core/values");
const evaluate_1 = require("./evaluate");
const override_1 = require("./override");
function resourcesOf(ev) {
    const resources = [];
    const edges = [];
    const seen = new Set();
    for (const inst of ev.instances) {
        if (seen.has(inst.id))
            continue;
        seen.add(inst.id);
        const attrs = {};
        // Made only for an attribute that read a sensitive value: most attributes read none, and most read nothing.
        let secrets;
        for (const name of ev.attributeNames(inst)) {
            const { value, refs } = ev.attribute(inst, name);
            attrs[name] = value;
            if (refs.size === 0)
                continue;
            let sources;
            for (const to of refs) {
                if (!(0, evaluate_1.isSensitiveRef)(to))
                    edges.push({ from: inst.id, attr: name, to });
                else
                    secretStrings(ev.sensitiveValues.get(to), (sources ??= new Set()));
            }
            if (sources === undefined)
                continue;
            secrets ??= new Set();
            if (sources.size > 0)
                derivedSecrets(value, sources, secrets);
            for (const s of sources)
                secrets.add(s);
        }
        resources.push(toResource(inst, attrs, ev.rootKey, secrets));
    }
    return { resources, edges };
}
/**
 * The text forms of a sensitive value, as messages could show them: strings and numbers, at any depth. Booleans and
 * null are left out: redacting every "true" and "false" of a report would hide what findings say, and a finding on a
 * boolean attribute already tells its value.
 */
function secretStrings(v, out) {
    const stack = [v];
    let budget = 100_000; // values are bounded by the evaluation budget; this only guards against cycles of objects
    while (stack.length > 0 && budget-- > 0) {
        const x = stack.pop();
        if (typeof x === "string") {
            if (x.length > 0)
                out.add(x);
        }
        else if (typeof x === "number") {
            out.add(String(x));
        }
        else if (Array.isArray(x)) {
            for (const y of x)
                stack.push(y);
        }
        else if (x !== null && typeof x === "object" && !(0, values_1.isUnknown)(x) && Object.getPrototypeOf(x) === Object.prototype) {
            for (const y of Object.values(x))
                stack.push(y);
        }
    }
}
/**
 * What of an attribute derived from sensitive values (`sources`) is secret. Terraform marks the whole value; moat
 * redacts text, and an attribute is often a list of blocks (`ingress`) of which one field came from the sensitive
 * value: marking every port and CIDR of every block would redact those numbers in every message of the scan. So: a
 * scalar attribute is secret as a whole (`port = var.secret + 1`), and in a collection each string that contains a
 * source's text, in any case (`"${var.secret}-db"`, `upper(var.secret)`), is secret; the sources themselves always are.
 */
function derivedSecrets(value, sources, out) {
    if (typeof value === "string" || typeof value === "number") {
        out.add(String(value));
        return;
    }
    const needles = [...sources].map((s) => s.toLowerCase()).filter((s) => s.length > 0);
    const leaves = new Set();
    secretStrings(value, leaves);
    for (const leaf of leaves) {
        const folded = leaf.toLowerCase();
        if (needles.some((n) => folded.includes(n)))
            out.add(leaf);
    }
}
function toResource(inst, attrs, root, secrets) {
    const block = inst.block;
    return {
        id: inst.id,
        type: (0, model_1.canonicalType)(block.type),
        sourceType: block.type,
        name: block.name,
        address: inst.address,
        door: "hcl",
        root,
        attrs,
        location: (0, evaluate_1.locationOf)(block.src),
        overrideLocations: (0, override_1.overrideBlocksOf)(block.body),
        moduleChain: inst.module.chain.length > 0 ? inst.module.chain : undefined,
        secrets: secrets !== undefined && secrets.size > 0 ? [...secrets] : undefined,
        ...(inst.existence
            ? {
                existence: (0, values_1.unknown)(inst.existence.reason),
                ...(inst.existence.conditions.length > 0 ? { existenceConditions: inst.existence.conditions } : {}),
            }
            : {}),
        locate: (path) => locateAttribute(block.src, attrs, path),
    };
}
/**
 * The line of an attribute: follow the path through the evaluated values; the deepest block written inside this
 * resource (a nested block, a dynamic block's content) anchors the rest of the path. Values that flowed in from
 * elsewhere (a variable's default, tfvars, a module input, a local) are located where the resource uses them, so a
 * finding always points into the resource's own block, where a reader (and an inline suppression) expects it.
 */
function locateAttribute(blockSrc, attrs, path) {
    let anchor = blockSrc;
    let rest = 0;
    let cur = attrs;
    for (let i = 0; i < path.length; i++) {
        if (cur === null || typeof cur !== "object")
            break;
        cur = cur[path[i]];
        if (cur !== null && typeof cur === "object") {
            const src = evaluate_1.sourceOf.get(cur);
            if (src && src.file === blockSrc.file && isWithin(src.path, blockSrc.path)) {
                anchor = src;
                rest = i + 1;
            }
        }
    }
    return (0, evaluate_1.locationOf)({ file: anchor.file, path: [...anchor.path, ...path.slice(rest)] });
}
function isWithin(path, prefix) {
    return path.length >= prefix.length && prefix.every((step, i) => path[i] === step);
}
