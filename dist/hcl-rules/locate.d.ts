export interface Span {
    line: number;
    endLine: number;
}
export interface LineIndex {
    /** Location of the deepest node on `path` that exists: the attribute itself, or else its nearest enclosing block.
     *  `exact` tells whether the whole path was found. undefined only if not even the first step exists. `file` is set
     *  when the node was written in another file (an override file merged into this one: hcl-rules/override.ts). */
    lookup(path: ReadonlyArray<string | number>): (Span & {
        exact: boolean;
        file?: string;
    }) | undefined;
    /** Every comment in the file with its line (text without the leading `#`, `//` or `/*`), for inline suppressions. */
    readonly comments: ReadonlyArray<{
        line: number;
        text: string;
    }>;
    /**
     * Whether the file's text contains `needle`, answered without indexing the file: false means no comment holds it.
     * Only where every comment is a plain substring of the text (native syntax; not JSON, whose strings have escapes).
     */
    mentions?(needle: string): boolean;
}
/**
 * The line index of one .tf file, built on its first use. Most files of a scan are never looked up (a scan locates
 * resources, module calls and what went wrong; variables, outputs and provider files rarely), so building every
 * index up front cost the main thread a third of a large scan's locating for nothing. `mentions` answers from the
 * text without building it.
 */
export declare function lazyLineIndex(text: string): LineIndex;
/** Indexes the blocks, attributes, tuple elements and object keys of one .tf file by their hcl2json paths. */
export declare function locateLines(text: string): LineIndex;
