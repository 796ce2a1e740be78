import { type Report } from "../report";
import type { RenderContext } from "./context";
/** A GitHub comment (and a job summary) holds at most 65,536 characters. */
export declare const GITHUB_COMMENT_LIMIT = 65536;
/**
 * What the tables and lists may take together: the limit less room for the headings, counts and notes around them.
 * Rows are added, findings first, until the next would not fit; the rest are counted in a note that points at the
 * SARIF and JSON reports, which hold every finding.
 */
export declare const MARKDOWN_TABLE_BUDGET = 58000;
/** Text longer than this in one cell is cut with `…` (in code points, before escaping): a row stays readable. */
export declare const MAX_MESSAGE_CHARS = 300;
export declare const MAX_NAME_CHARS = 160;
export declare function renderMarkdown(report: Report, context: RenderContext): string;
/** At most `max` code points, the last one `…` when cut. */
export declare function clip(value: string, max: number): string;
/**
 * Text from the scan, safe in a table cell: Markdown and HTML characters are escaped, `|` cannot end the cell, `@`
 * cannot mention anyone. Line breaks were shown as `\n` already (`displayable`); one left would become <br>, never
 * the end of a row.
 */
export declare function text(value: string): string;
/**
 * A code span that holds any text: its fence is longer than any backtick run inside, line breaks become spaces,
 * and `|` is escaped (in a GitHub table, `\|` stays a `|` even inside code).
 */
export declare function code(value: string): string;
