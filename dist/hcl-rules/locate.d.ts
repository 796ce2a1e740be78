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
    comments: ReadonlyArray<{
        line: number;
        text: string;
    }>;
}
/** Indexes the blocks, attributes, tuple elements and object keys of one .tf file by their hcl2json paths. */
export declare function locateLines(text: string): LineIndex;
