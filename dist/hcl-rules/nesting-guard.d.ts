/**
 * hcl2json's time grows with the square of a heredoc's length (measured: 20,000 lines 4 s, 40,000 lines 24 s, 80,000
 * lines over 5 minutes and 4 GB), and a parse in the main thread cannot be interrupted: longer heredocs fail the file
 * before the parser sees it. Real heredocs (policies, scripts, user data) are far shorter.
 */
export declare const MAX_HEREDOC_LINES = 10000;
/**
 * Finds the first line where nesting exceeds `max`. A linear, forgiving scan: it skips comments, quoted strings and
 * heredocs (but follows `${…}` and `%{…}` inside them), and it never fails a file for anything but depth, so a
 * syntax error it misreads is left for the parser to report. Depth counts what makes the parser recurse: `{ [ (`,
 * template interpolations, template `if`/`for` directives, chained `a ? b : c ? …` conditionals and runs of unary
 * `!`/`-` (hcl2json overflows on ~1,000–10,000 of any of these).
 */
export declare function findExcessiveNesting(text: string, max: number): {
    line: number;
    heredocLines?: number;
} | undefined;
