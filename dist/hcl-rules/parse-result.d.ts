/**
 * What the parse layer of the Terraform source door (parse-hcl.ts) gives for a file: its parsed JSON, or a failure
 * with a one-line message; and how the parser's own errors and crashes are worded for the user, without any text of
 * the file in them.
 */
import type { LineIndex } from "./locate";
export interface ParsedHcl {
    ok: true;
    file: string;
    /** The file's text (a UTF-8 BOM removed); line numbers in `text` are the file's line numbers. */
    text: string;
    /** hcl2json's output: blocks are arrays of objects, non-literal values are `"${…}"` template strings. */
    json: Record<string, unknown>;
    /** Size of the input in bytes. */
    bytes: number;
    /** The SHA-256 of `text` (as UTF-8, hex), when the parse cache computed it: taken from here, not computed again. */
    sha256?: string;
    /** The line index, when the parse made it (JSON syntax); for native syntax the caller indexes `text`. */
    lines?: LineIndex;
}
export interface ParseFailure {
    ok: false;
    file: string;
    /** 1-based, when the failure has a position. */
    line?: number;
    /** 1-based, when the failure has a position. */
    column?: number;
    /** One line: what is wrong and what to do. It does not repeat the file name or position. */
    message: string;
}
export type ParseResult = ParsedHcl | ParseFailure;
/** A file whose text passed every check and now needs the parser. */
export interface SourceText {
    file: string;
    text: string;
    bytes: number;
}
/** Longest message a failure carries: binary input makes multi-megabyte parser diagnostics. */
export declare const MESSAGE_LIMIT = 300;
/**
 * hcl2json errors look like `parse config: [b.tf:2,6-3,1: Invalid expression; Expected …. b.tf:4,1-2: …]`: every
 * diagnostic starts with the file name we passed and a position. Keep the first one, on one line, capped, and
 * without any text of the file (see `withoutSourceText`).
 */
export declare function syntaxFailure(file: string, rawMessage: string, truncated: boolean): ParseFailure;
export declare function crashFailure(file: string, what: string, detail: string): ParseFailure;
export declare function oneLine(text: string, limit: number): string;
export declare function trimNumber(n: number): string;
