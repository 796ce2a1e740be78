import { type ParseResult, type SourceText } from "./parse-result";
/** The limits a file's text is checked against (parse-hcl.ts's ParseOptions). */
export interface SourceLimits {
    /** Files bigger than this fail without being read. Default 5 MiB. */
    maxFileBytes?: number;
    /** Deeper brace/bracket/paren/template/conditional nesting fails before reaching the parser. Default 256. */
    maxNesting?: number;
}
export declare const DEFAULT_MAX_FILE_BYTES: number;
export declare const DEFAULT_MAX_NESTING = 256;
/**
 * Reads with synchronous calls: for the small files Terraform is made of, one open, stat, read and close on this
 * thread cost a fraction of what the same calls cost through the thread pool (each a promise, a hop to the pool and
 * back). The caller reads in slices and yields between them so that parser workers are kept busy.
 */
export declare function readSource(file: string, options: SourceLimits): SourceText | ParseResult;
export declare function checkText(file: string, rawText: string, bytes: number, options: SourceLimits): SourceText | ParseResult;
