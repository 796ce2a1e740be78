/**
 * Turns evaluated resource instances of the Terraform source door into the shared model: canonical types,
 * attributes, locations (file:line of each attribute) and reference edges.
 */
import { type EdgeInput, type Resource, type SourceLocation, canonicalType } from "../core/model";
import type { AttrPath, Attrs, Value } from "../core/values";
import { type Evaluation, type ResourceInstance, type SrcRef, locationOf, sourceOf } from "./evaluate";

export function resourcesOf(ev: Evaluation): { resources: Resource[]; edges: EdgeInput[] } {
  const resources: Resource[] = [];
  const edges: EdgeInput[] = [];
  const seen = new Set<string>();
  for (const inst of ev.instances) {
    if (seen.has(inst.id)) continue;
    seen.add(inst.id);
    const attrs: Attrs = {};
    for (const name of ev.attributeNames(inst)) {
      const { value, refs } = ev.attribute(inst, name);
      attrs[name] = value as Value;
      for (const to of refs) edges.push({ from: inst.id, attr: name, to });
    }
    resources.push(toResource(inst, attrs, ev.rootKey));
  }
  return { resources, edges };
}

function toResource(inst: ResourceInstance, attrs: Attrs, root: string): Resource {
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
    moduleChain: inst.module.chain.length > 0 ? inst.module.chain : undefined,
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
