import type { RE2JS } from "re2js";
import { type Value, Unknown } from "../core/values";
import type { Budget } from "./budget";
import { type FileAccess } from "./functions";
/**
 * The directories a scan may read files from: each directory the user named; for a named file, the repository holding
 * it (core/config.ts scanBoundary), as a scan of named files evaluates them with the repository's modules, so that
 * `moat scan envs/prod/main.tf` reads what `moat scan .` from the repository's root reads.
 */
export declare function scanBoundaries(targets: {
    dirs: string[];
    files: string[];
    explicit?: string[];
}): string[];
/**
 * A scan's boundaries (`scanBoundaries`), resolved once for every root module of the scan: their real paths only when
 * a file function first needs them (most scans call none, and a monorepo has hundreds of roots).
 */
export declare class Boundaries {
    readonly lexical: string[];
    private realPaths;
    constructor(boundaries: readonly string[]);
    get real(): string[];
}
/** The file functions of one root module: paths resolve against `baseDir`, reads stay inside `boundaries`. */
export declare class ScanFiles implements FileAccess {
    /** The directory Terraform runs in: the root module's. */
    private readonly baseDir;
    private readonly boundaries;
    private readonly budget;
    constructor(
    /** The directory Terraform runs in: the root module's. */
    baseDir: string, boundaries: Boundaries, budget: Budget);
    private outside;
    /** Resolves `path` as Terraform does and says what is there, without opening anything outside the boundaries. */
    private locate;
    /** `fileexists(path)`. */
    exists(path: string): Value;
    /** `file(path)`: the file's text (UTF-8), bounded by limits.maxStringLength. */
    read(path: string, fn?: string): string | Unknown;
    /** `fileset(path, pattern)`: the regular files below `path` whose relative path matches the glob, sorted. */
    fileset(path: string, pattern: string): Value;
}
/**
 * A doublestar glob (Terraform's fileset) as an RE2 pattern, matched against a path relative to the listed directory:
 * `*` and `?` within one path element, `**` across elements, `[…]` classes, `{a,b}` alternatives, `\` escapes.
 */
export declare function globToRegex(glob: string): RE2JS | Unknown;
