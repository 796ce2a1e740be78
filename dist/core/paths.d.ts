/**
 * How far a scan that starts in `dir` reaches: the repository holding it (the nearest directory above with `.git`, as
 * for config discovery), or `dir` itself outside a repository. Symbolic links are followed only inside it.
 */
export declare function scanBoundary(dir: string): {
    dir: string;
    repository: boolean;
};
/** Whether `path` (a real path) lies outside the directory `dir` (a real path). */
export declare function isOutside(path: string, dir: string): boolean;
/** The real path, following links; the path itself when it cannot be resolved (it does not exist, a link loop). */
export declare function realPath(path: string): string;
/** Whether the path is a directory (following links); false when it cannot be read. */
export declare function isDirectory(path: string): boolean;
export declare function isFile(path: string): boolean;
