/**
 * Instances of a block: `count` and `for_each` of a resource, data or module block expanded into one instance per
 * index or key, or into one symbolic instance standing for all of them when the collection is unknown. Every
 * instance is paid from the scan's budget (limits.maxInstances, limits.maxInstancesPerBlock).
 */
import { type Value, Unknown, isUnknown } from "../core/values";
import type { LimitReached } from "./budget";
import { evalJson } from "./eval-expression";
import { type EvalValue, type Lazy, type Scope, guarded, sanitize } from "./eval-values";
import { shown } from "./functions";
import { type JsonObject, type SrcRef, at } from "./module-def";
import { writtenBefore012 } from "./version-constraint";

export type Expansion<T> =
  | { kind: "single"; item: T }
  | { kind: "count"; items: T[] }
  | { kind: "map"; items: Map<string, T> }
  | { kind: "symbolic"; items: T[]; known: Map<string, T> | T[]; reason: Unknown };

export function expansionItems<T>(exp: Expansion<T>): T[] {
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
const BOOLEAN_TEXTS = new Set<unknown>([true, false, "true", "false"]);

/** count / for_each: known 0 or empty → no instance; each known key → one instance; unknown → one symbolic. */
export function expand<T>(
  body: JsonObject,
  src: SrcRef,
  scope: Scope,
  makeInstance: (suffix: string, bindings: Record<string, EvalValue>, symbolic: boolean, why?: Unknown) => T,
): Expansion<T> {
  const budget = scope.module.ev.budget;
  const metaSite = at(src, "count" in body ? "count" : "for_each" in body ? "for_each" : "source");
  let spent: LimitReached | undefined;
  /** Every instance counts towards the scan's limits.maxInstances; past it, none is made. */
  const admit = (): boolean => {
    if (spent) return false;
    if (budget.instances < budget.limits.maxInstances) {
      budget.instances++;
      return true;
    }
    spent = budget.reached("maxInstances", "the number of resource and module instances in the scan", metaSite, "so the remaining instances of this block were not evaluated");
    return false;
  };
  const make = (suffix: string, bindings: Record<string, EvalValue>, symbolic: boolean, why?: Unknown): T | undefined =>
    admit() ? makeInstance(suffix, bindings, symbolic, why) : undefined;
  const none = (): Expansion<T> => ({ kind: "symbolic", items: [], known: [], reason: spent as LimitReached });
  /** At most limits.maxInstancesPerBlock instances; the rest are an error at the count or for_each line. */
  const perBlock = (n: number, what: string): number => {
    const max = budget.limits.maxInstancesPerBlock;
    if (n > max) budget.reached("maxInstancesPerBlock", what, metaSite, `so its instances past the first ${max} were not evaluated`);
    return Math.min(n, max);
  };
  const evalMeta = (key: "count" | "for_each") => {
    const site = at(src, key);
    return sanitize(guarded(scope.module.ev, key, site, () => evalJson(body[key], site, scope)), scope);
  };
  if ("count" in body) {
    const c = evalMeta("count");
    if (isUnknown(c)) {
      const item = make("[*]", { count: { index: new Unknown(`count is unknown: ${c.reason}`) } }, true, c);
      return item === undefined ? none() : { kind: "symbolic", items: [item], known: [], reason: c };
    }
    const number = typeof c === "number" ? c : typeof c === "string" && c.trim() !== "" ? Number(c) : NaN;
    // Terraform before 0.12 turned true and false into "1" and "0", so `count = "${var.on}"` with a boolean worked.
    const n = Number.isNaN(number) && BOOLEAN_TEXTS.has(c) && writtenBefore012(scope.module) ? (c === true || c === "true" ? 1 : 0) : number;
    if (!Number.isInteger(n) || n < 0) {
      // Terraform rejects such a count ("Invalid count argument"): an error, never a guess. The block is still judged
      // once, as if created, so its own findings are not lost.
      scope.module.ev.budget.error(
        `count = ${shown(c)} is not a whole number of 0 or more, which Terraform rejects ("Invalid count argument"); fix the expression (a bool needs a conditional: var.on ? 1 : 0)`,
        at(src, "count"),
      );
      const reason = new Unknown(`count is not a whole number: ${shown(c)}`);
      const item = make("[*]", { count: { index: reason } }, true, reason);
      return item === undefined ? none() : { kind: "symbolic", items: [item], known: [], reason };
    }
    const items: T[] = [];
    const max = perBlock(n, `count = ${n}`);
    for (let i = 0; i < max; i++) {
      const item = make(`[${i}]`, { count: { index: i } }, false);
      if (item === undefined) break;
      items.push(item);
    }
    return { kind: "count", items };
  }
  if ("for_each" in body) {
    const fe = evalMeta("for_each");
    const invalid = (reason: Unknown): Expansion<T> => {
      const item = make("[*]", { each: { key: new Unknown(`each.key: ${reason.reason}`), value: new Unknown(`each.value: ${reason.reason}`) } }, true, reason);
      return item === undefined ? none() : { kind: "symbolic", items: [item], known: new Map(), reason };
    };
    if (isUnknown(fe) || fe === null || fe === undefined || typeof fe !== "object") {
      return invalid(isUnknown(fe) ? fe : new Unknown("for_each is not a map or set"));
    }
    const items = new Map<string, T>();
    let unknownElement: Unknown | undefined;
    let collectionElement = false;
    const entries: [string, Value][] = Array.isArray(fe)
      ? fe.flatMap((v): [string, Value][] => {
          if (isUnknown(v)) {
            unknownElement = v;
            return [];
          }
          if (v !== null && typeof v === "object") {
            collectionElement = true;
            return [];
          }
          return [[String(v), v]];
        })
      : Object.entries(fe as Record<string, Value>);
    // Terraform rejects such a for_each ("must be a map, or set of strings"): its elements give no instance keys.
    if (collectionElement) return invalid(new Unknown("for_each is a set of lists, maps or objects, not of strings"));
    const max = perBlock(entries.length, `for_each over ${entries.length} elements`);
    for (const [k, v] of entries.slice(0, max)) {
      const item = make(`[${JSON.stringify(k)}]`, { each: { key: k, value: v } }, false);
      if (item === undefined) break;
      items.set(k, item);
    }
    if (unknownElement) {
      const item = make("[*]", { each: { key: unknownElement, value: unknownElement } }, true, unknownElement);
      if (item !== undefined) return { kind: "symbolic", items: [...items.values(), item], known: items, reason: unknownElement };
    }
    return { kind: "map", items };
  }
  const item = make("", {}, false);
  return item === undefined ? none() : { kind: "single", item };
}

export function expansionValue<T>(exp: Expansion<T>, wrap: (t: T) => Lazy, touchSymbolic: (t: T) => void): EvalValue {
  switch (exp.kind) {
    case "single":
      return wrap(exp.item);
    case "count":
      return exp.items.map(wrap);
    case "map": {
      const out: Record<string, EvalValue> = {};
      for (const [k, v] of exp.items) out[k] = wrap(v);
      return out;
    }
    case "symbolic":
      for (const item of exp.items) touchSymbolic(item);
      return new Unknown(`the number of instances is unknown: ${exp.reason.reason}`);
  }
}
