"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expansionItems = expansionItems;
exports.expand = expand;
exports.expansionValue = expansionValue;
/**
 * Instances of a block: `count` and `for_each` of a resource, data or module block expanded into one instance per
 * index or key, or into one symbolic instance standing for all of them when the collection is unknown. Every
 * instance is paid from the scan's budget (limits.maxInstances, limits.maxInstancesPerBlock).
 */
const values_1 = require("../core/values");
const eval_expression_1 = require("./eval-expression");
const eval_values_1 = require("./eval-values");
const functions_1 = require("./functions");
const module_def_1 = require("./module-def");
const version_constraint_1 = require("./version-constraint");
function expansionItems(exp) {
    switch (exp.kind) {
        case "single":
            return [exp.item];
        case "count":
            return exp.items;
        case "map":
            return [...exp.items.values()];
        case "symbolic":
            return exp.items;
    }
}
/** A count that Terraform before 0.12 read as 1 or 0 (see hcl-rules/version-constraint.ts). */
const BOOLEAN_TEXTS = new Set([true, false, "true", "false"]);
/** count / for_each: known 0 or empty → no instance; each known key → one instance; unknown → one symbolic. */
function expand(body, src, scope, makeInstance) {
    const budget = scope.module.ev.budget;
    const metaSite = (0, module_def_1.at)(src, "count" in body ? "count" : "for_each" in body ? "for_each" : "source");
    let spent;
    /** Every instance counts towards the scan's limits.maxInstances; past it, none is made. */
    const admit = () => {
        if (spent)
            return false;
        if (budget.instances < budget.limits.maxInstances) {
            budget.instances++;
            return true;
        }
        spent = budget.reached("maxInstances", "the number of resource and module instances in the scan", metaSite, "so the remaining instances of this block were not evaluated");
        return false;
    };
    const make = (suffix, bindings, symbolic, why) => admit() ? makeInstance(suffix, bindings, symbolic, why) : undefined;
    const none = () => ({ kind: "symbolic", items: [], known: [], reason: spent });
    /** At most limits.maxInstancesPerBlock instances; the rest are an error at the count or for_each line. */
    const perBlock = (n, what) => {
        const max = budget.limits.maxInstancesPerBlock;
        if (n > max)
            budget.reached("maxInstancesPerBlock", what, metaSite, `so its instances past the first ${max} were not evaluated`);
        return Math.min(n, max);
    };
    const evalMeta = (key) => {
        const site = (0, module_def_1.at)(src, key);
        return (0, eval_values_1.sanitize)((0, eval_values_1.guarded)(scope.module.ev, key, site, () => (0, eval_expression_1.evalJson)(body[key], site, scope)), scope);
    };
    if ("count" in body) {
        const c = evalMeta("count");
        if ((0, values_1.isUnknown)(c)) {
            const item = make("[*]", { count: { index: new values_1.Unknown(`count is unknown: ${c.reason}`) } }, true, c);
            return item === undefined ? none() : { kind: "symbolic", items: [item], known: [], reason: c };
        }
        const number = typeof c === "number" ? c : typeof c === "string" && c.trim() !== "" ? Number(c) : NaN;
        // Terraform before 0.12 turned true and false into "1" and "0", so `count = "${var.on}"` with a boolean worked.
        const n = Number.isNaN(number) && BOOLEAN_TEXTS.has(c) && (0, version_constraint_1.writtenBefore012)(scope.module) ? (c === true || c === "true" ? 1 : 0) : number;
        if (!Number.isInteger(n) || n < 0) {
            // Terraform rejects such a count ("Invalid count argument"): an error, never a guess. The block is still judged
            // once, as if created, so its own findings are not lost.
            scope.module.ev.budget.error(`count = ${(0, functions_1.shown)(c)} is not a whole number of 0 or more, which Terraform rejects ("Invalid count argument"); fix the expression (a bool needs a conditional: var.on ? 1 : 0)`, (0, module_def_1.at)(src, "count"));
            const reason = new values_1.Unknown(`count is not a whole number: ${(0, functions_1.shown)(c)}`);
            const item = make("[*]", { count: { index: reason } }, true, reason);
            return item === undefined ? none() : { kind: "symbolic", items: [item], known: [], reason };
        }
        const items = [];
        const max = perBlock(n, `count = ${n}`);
        for (let i = 0; i < max; i++) {
            const item = make(`[${i}]`, { count: { index: i } }, false);
            if (item === undefined)
                break;
            items.push(item);
        }
        return { kind: "count", items };
    }
    if ("for_each" in body) {
        const fe = evalMeta("for_each");
        const invalid = (reason) => {
            const item = make("[*]", { each: { key: new values_1.Unknown(`each.key: ${reason.reason}`), value: new values_1.Unknown(`each.value: ${reason.reason}`) } }, true, reason);
            return item === undefined ? none() : { kind: "symbolic", items: [item], known: new Map(), reason };
        };
        if ((0, values_1.isUnknown)(fe) || fe === null || fe === undefined || typeof fe !== "object") {
            return invalid((0, values_1.isUnknown)(fe) ? fe : new values_1.Unknown("for_each is not a map or set"));
        }
        const items = new Map();
        let unknownElement;
        let collectionElement = false;
        const entries = Array.isArray(fe)
            ? fe.flatMap((v) => {
                if ((0, values_1.isUnknown)(v)) {
                    unknownElement = v;
                    return [];
                }
                if (v !== null && typeof v === "object") {
                    collectionElement = true;
                    return [];
                }
                return [[String(v), v]];
            })
            : Object.entries(fe);
        // Terraform rejects such a for_each ("must be a map, or set of strings"): its elements give no instance keys.
        if (collectionElement)
            return invalid(new values_1.Unknown("for_each is a set of lists, maps or objects, not of strings"));
        const max = perBlock(entries.length, `for_each over ${entries.length} elements`);
        for (const [k, v] of entries.slice(0, max)) {
            const item = make(`[${JSON.stringify(k)}]`, { each: { key: k, value: v } }, false);
            if (item === undefined)
                break;
            items.set(k, item);
        }
        if (unknownElement) {
            const item = make("[*]", { each: { key: unknownElement, value: unknownElement } }, true, unknownElement);
            if (item !== undefined)
                return { kind: "symbolic", items: [...items.values(), item], known: items, reason: unknownElement };
        }
        return { kind: "map", items };
    }
    const item = make("", {}, false);
    return item === undefined ? none() : { kind: "single", item };
}
function expansionValue(exp, wrap, touchSymbolic) {
    switch (exp.kind) {
        case "single":
            return wrap(exp.item);
        case "count":
            return exp.items.map(wrap);
        case "map": {
            const out = {};
            for (const [k, v] of exp.items)
                out[k] = wrap(v);
            return out;
        }
        case "symbolic":
            for (const item of exp.items)
                touchSymbolic(item);
            return new values_1.Unknown(`the number of instances is unknown: ${exp.reason.reason}`);
    }
}
