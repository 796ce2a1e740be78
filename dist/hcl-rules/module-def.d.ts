/**
 * The declarations of one Terraform module directory as hcl2json gives them (variables, locals, outputs, resources,
 * data sources, module calls), and where each piece of configuration was written (`SrcRef`, for line numbers).
 * Nothing here evaluates anything.
 */
import type { SourceLocation } from "../core/model";
import type { LineIndex } from "./locate";
export type Json = string | number | boolean | null | Json[] | {
    [k: string]: Json;
};
export type JsonObject = {
    [k: string]: Json;
};
export type SrcPath = (string | number)[];
/** One parsed `.tf` file. */
export interface HclFile {
    file: string;
    json: JsonObject;
    lines: LineIndex;
}
/** Where a piece of configuration was written. */
export interface SrcRef {
    file: HclFile;
    path: SrcPath;
    /**
     * The places below this one that `at` made, by key: kept on the place itself rather than in a WeakMap (one entry
     * per place evaluated cost a scan more time, and its garbage collections more, than the lookups they saved).
     */
    children?: Map<string | number, SrcRef>;
}
/**
 * The place of a key (or of two or three keys, one below the other) below `ref`. The same object for the same place,
 * so that instances of one block share their source references (values keep theirs in `sourceOf`: one per place, not
 * one per instance). Fixed parameters rather than a rest parameter: it is called for every value evaluated.
 */
export declare function at(ref: SrcRef, key: string | number, key2?: string | number, key3?: string | number): SrcRef;
export declare function locationOf(ref: SrcRef): SourceLocation;
interface Decl {
    body: JsonObject;
    src: SrcRef;
}
export interface ResourceBlock extends Decl {
    type: string;
    name: string;
}
export interface ModuleCallBlock extends Decl {
    name: string;
    source: string | undefined;
}
/** The declarations of one module directory. */
export declare class ModuleDef {
    readonly dir: string;
    readonly files: HclFile[];
    readonly variables: Map<string, Decl>;
    readonly locals: Map<string, {
        expr: Json;
        src: SrcRef;
    }>;
    readonly outputs: Map<string, {
        expr: Json;
        src: SrcRef;
        sensitive: boolean;
    }>;
    readonly resources: ResourceBlock[];
    readonly resourcesByKey: Map<string, ResourceBlock>;
    readonly moduleCalls: Map<string, ModuleCallBlock>;
    readonly resourceTypes: Set<string>;
    /** `data` blocks by `type.name` (the first of duplicates); only some types are evaluated (see dataValue). */
    readonly dataSources: Map<string, ResourceBlock>;
    constructor(dir: string, files: HclFile[]);
    private add;
}
export declare function objectEntries(v: Json | undefined): [string, Json][];
export declare function asBodies(v: Json | undefined): JsonObject[];
export declare function isLocalSource(source: string | undefined): source is string;
/** A remote module call's source address and literal `version` constraint, as the module manifest is matched with. */
export declare function callSourceOf(call: ModuleCallBlock): {
    source: string;
    version?: string;
} | undefined;
/** `sensitive = true` as hcl2json gives it: a literal bool, or the string forms Terraform converts. */
export declare function isSensitiveFlag(v: Json | undefined): boolean;
export {};
