/**
 * Directories never walked into: `.terraform` holds downloaded copies of modules (scanning them would report the
 * same code twice, or someone else's), `.git` and other hidden directories (`.terragrunt-cache`, editor folders)
 * hold no configuration of the user's own, and `node_modules` holds packages. A directory named on the command line
 * is always scanned, hidden or not.
 */
export declare function isSkippedDir(name: string): boolean;
export declare const SKIPPED_DIRS_TEXT = "node_modules and hidden directories such as .terraform and .git";
/** The directories under `repository` that call one of `modules` (absolute), transitively; `modules` themselves excluded. */
export declare function callersOf(modules: readonly string[], repository: string): string[];
/**
 * HCL native syntax with its comments (`#`, `//`, `/* … *\/`) taken out, strings and heredocs kept, so that a module
 * call commented out is no call. Quotes pair up even in nested templates (`"${x == "a"}"`), which is all this needs.
 */
export declare function withoutComments(text: string): string;
