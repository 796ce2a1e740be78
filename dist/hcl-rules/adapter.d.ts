/**
 * Turns evaluated resource instances of the Terraform source door into the shared model: canonical types,
 * attributes, locations (file:line of each attribute) and reference edges.
 */
import { type EdgeInput, type Resource, type SourceLocation } from "../core/model";
import { type AttrPath, type Attrs } from "../core/values";
import { type Evaluation, type SrcRef } from "./evaluate";
export declare function resourcesOf(ev: Evaluation): {
    resources: Resource[];
    edges: EdgeInput[];
};
/**
 * The line of an attribute: follow the path through the evaluated values; the deepest block written inside this
 * resource (a nested block, a dynamic block's content) anchors the rest of the path. Values that flowed in from
 * elsewhere (a variable's default, tfvars, a module input, a local) are located where the resource uses them, so a
 * finding always points into the resource's own block, where a reader (and an inline suppression) expects it.
 */
export declare function locateAttribute(blockSrc: SrcRef, attrs: Attrs, path: AttrPath): SourceLocation;
