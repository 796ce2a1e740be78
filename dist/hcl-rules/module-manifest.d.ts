import type { ScanError } from "../core/model";
/** Where `terraform init` downloads modules, in the root module (without TF_DATA_DIR). */
export declare const MODULES_DIR: string;
/** The manifest's place in a root module. */
export declare const MANIFEST_PATH: string;
/** Larger manifests are an error: one record is ~150 bytes, so this holds tens of thousands of modules. */
export declare const MAX_MANIFEST_BYTES: number;
interface Entry {
    key: string;
    source: string;
    version?: string;
    /** As written in the manifest. */
    dir: string;
}
export interface ModuleManifest {
    /** The manifest file (absolute). */
    file: string;
    /** The root module's directory (absolute). */
    root: string;
    entries: Map<string, Entry>;
    /** Every key and every prefix of a key (`a.b.c` → `a`, `a.b`, `a.b.c`): the calls below which a download can be. */
    prefixes: Set<string>;
    /** Where each key's directory checked out: memoised, so the loader and the evaluator agree and check once. */
    checked: Map<string, Checked>;
}
export type ManifestRead = {
    kind: "none";
}
/** Written by Terraform 0.11 (its records have a `Root`, and keys of another form): not read. */
 | {
    kind: "legacy";
    file: string;
} | {
    kind: "error";
    error: ScanError;
} | {
    kind: "ok";
    manifest: ModuleManifest;
};
/** Reads a root module's manifest; none when it has none (the modules were never downloaded). */
export declare function readModuleManifest(root: string): ManifestRead;
/** A remote module call's download: its directory, or why there is none (`error` when that costs coverage). */
export type Download = {
    ok: true;
    dir: string;
} | {
    ok: false;
    reason?: string;
    error?: string;
};
/**
 * The directory `terraform init` downloaded a remote module call into, found by its key (`a.b`), when the download
 * still fits the call (same source address, a version its constraint allows) and lies inside the root module.
 */
export declare function downloadedModule(manifest: ModuleManifest | undefined, key: string, call: {
    source: string;
    version?: string;
}): Download;
/** A recorded directory: usable, refused (outside the root module: an error), or missing (as if not downloaded). */
type Checked = {
    dir: string;
} | {
    refused: string;
} | {
    missing: string;
};
/**
 * Whether the manifest's Source is the call's source. Terraform records the source address in its normalised form
 * (`addrs.ModuleSource.String()`); moat normalises the common shorthands the same way: a registry address without a
 * host gets `registry.terraform.io/` (hosts compare without case), `github.com/o/r` becomes
 * `git::https://github.com/o/r.git` and `git@github.com:o/r.git` becomes `git::ssh://git@github.com/o/r.git`. Any
 * other form compares as written, which is what `terraform init` records for explicit `git::`, `s3::`, `https://`
 * addresses.
 */
export declare function sameSource(recorded: string, source: string): boolean;
export {};
