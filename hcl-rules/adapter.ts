/**
 * Turns evaluated resource instances of the Terraform source door into the shared model: canonical types,
 * attributes, locations (file:line of each attribute) and reference edges.
 */
import { type EdgeInput, type Resource, type SourceLocation, canonicalType } from "../core/model";
import { type AttrPath, type Attrs, type Value, isUnknown, unknown } from "../core/values";
import { type Evaluation, type ResourceInstance, type SrcRef, isSensitiveRef, locationOf, sourceOf } from "./evaluate";
import { overrideBlocksOf } from "./override";

export function resourcesOf(ev: Evaluation): { resources: Resource[]; edges: EdgeInput[] } {
  const resources: Resource[] = [];
  const edges: EdgeInput[] = [];
  const seen = new Set<string>();
  for (const inst of ev.instances) {
    if (seen.has(inst.id)) continue;
    seen.add(inst.id);
    const attrs: Attrs = {};
    // Made only for an attribute that read a sensitive value: most attributes read none, and most read nothing.
    let secrets: Set<string> | undefined;
    for (const name of ev.attributeNames(inst)) {
      const { value, refs } = ev.attribute(inst, name);
      attrs[name] = value as Value;
      if (refs.size === 0) continue;
      let sources: Set<string> | undefined;
      for (const to of refs) {
        if (!isSensitiveRef(to)) edges.push({ from: inst.id, attr: name, to });
        else secretStrings(ev.sensitiveValues.get(to), (sources ??= new Set<string>()));
      }
      if (sources === undefined) continue;
      secrets ??= new Set<string>();
      if (sources.size > 0) derivedSecrets(value as Value, sources, secrets);
      for (const s of sources) secrets.add(s);
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
function secretStrings(v: unknown, out: Set<string>): void {
  const stack: unknown[] = [v];
  let budget = 100_000; // values are bounded by the evaluation budget; this only guards against cycles of objects
  while (stack.length > 0 && budget-- > 0) {
    const x = stack.pop();
    if (typeof x === "string") {
      if (x.length > 0) out.add(x);
    } else if (typeof x === "number") {
      out.add(String(x));
    } else if (Array.isArray(x)) {
      for (const y of x) stack.push(y);
    } else if (x !== null && typeof x === "object" && !isUnknown(x) && Object.getPrototypeOf(x) === Object.prototype) {
      for (const y of Object.values(x)) stack.push(y);
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
function derivedSecrets(value: Value, sources: ReadonlySet<string>, out: Set<string>): void {
  if (typeof value === "string" || typeof value === "number") {
    out.add(String(value));
    return;
  }
  const needles = [...sources].map((s) => s.toLowerCase()).filter((s) => s.length > 0);
  const leaves = new Set<string>();
  secretStrings(value, leaves);
  for (const leaf of leaves) {
    const folded = leaf.toLowerCase();
    if (needles.some((n) => folded.includes(n))) out.add(leaf);
  }
}

function toResource(inst: ResourceInstance, attrs: Attrs, root: string, secrets: ReadonlySet<string> | undefined): Resource {
  const block = inst.block;
  return {
    id: inst.id,
    type: canonicalType(block.type),
    sourceType: block.type,
    name: block.name,
    address: inst.address,
    door: "hcl",
    root,
    attrs,
    location: locationOf(block.src),
    overrideLocations: overrideBlocksOf(block.body),
    moduleChain: inst.module.chain.length > 0 ? inst.module.chain : undefined,
    secrets: secrets !== undefined && secrets.size > 0 ? [...secrets] : undefined,
    ...(inst.existence
      ? {
          existence: unknown(inst.existence.reason),
          ...(inst.existence.conditions.length > 0 ? { existenceConditions: inst.existence.conditions } : {}),
        }
      : {}),
    locate: (path: AttrPath) => locateAttribute(block.src, attrs, path),
  };
}

/**
 * The line of an attribute: follow the path through the evaluated values; the deepest block written inside this
 * resource (a nested block, a dynamic block's content) anchors the rest of the path. Values that flowed in from
 * elsewhere (a variable's default, tfvars, a module input, a local) are located where the resource uses them, so a
 * finding always points into the resource's own block, where a reader (and an inline suppression) expects it.
 */
export function locateAttribute(blockSrc: SrcRef, attrs: Attrs, path: AttrPath): SourceLocation {
  let anchor: SrcRef = blockSrc;
  let rest = 0;
  let cur: unknown = attrs;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== "object") break;
    cur = (cur as Record<string | number, unknown>)[path[i]];
    if (cur !== null && typeof cur === "object") {
      const src = sourceOf.get(cur);
      if (src && src.file === blockSrc.file && isWithin(src.path, blockSrc.path)) {
        anchor = src;
        rest = i + 1;
      }
    }
  }
  return locationOf({ file: anchor.file, path: [...anchor.path, ...path.slice(rest)] });
}

function isWithin(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return path.length >= prefix.length && prefix.every((step, i) => path[i] === step);
}
