import type { ScanError, SourceLocation } from "../core/model";
import { type HclFile, type JsonObject } from "./evaluate";
/**
 * Where override files changed this block (a resource body as the module definition holds it): a reader, and an
 * inline suppression, may stand at any of them as well as at the primary block.
 */
export declare function overrideBlocksOf(body: JsonObject): readonly SourceLocation[] | undefined;
/** `override.tf`, `override.tf.json`, `*_override.tf` or `*_override.tf.json`. */
export declare function isOverrideFile(path: string): boolean;
export interface MergedModule {
    /** The module's files as Terraform reads them: primary files with the overrides merged in. */
    files: HclFile[];
    /** Override blocks Terraform rejects (nothing to override, `depends_on`, `moved`), each at its file and line. */
    errors: ScanError[];
}
/**
 * Applies the module's override files to its primary files. Without override files, the files are returned as given.
 * `primaryIncomplete`: a primary file of the module could not be read, so an override block without a base may have
 * its base there; it is not used, and not reported (the unreadable file is, and Terraform would stop at it).
 */
export declare function mergeOverrides(files: readonly HclFile[], options?: {
    primaryIncomplete?: boolean;
}): MergedModule;
/** `mergeOverrides` for the module loader: the merged files, with the errors added to the scan's. */
export declare function mergeModuleOverrides(files: readonly HclFile[], errors: ScanError[]): HclFile[];
