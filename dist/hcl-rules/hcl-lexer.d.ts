/**
 * HCL's lexical rules, for the two scanners that read Terraform text before (or beside) hcl2json: the nesting guard
 * (nesting-guard.ts), which measures depth before the parser sees a file, and the line index (locate.ts), which finds
 * the line of every block, attribute and element. Both must agree with HCL on where strings, templates (`${…}`,
 * `%{…}` and their `$${` / `%%{` escapes), heredocs and comments begin and end, or one of them takes text for code:
 * so each rule is written once, here. Every function is total: on malformed input it answers something and never
 * throws, and each runs in time linear in what it reads.
 */
export declare const CH_TAB = 9;
export declare const CH_LF = 10;
export declare const CH_CR = 13;
export declare const CH_SPACE = 32;
export declare const CH_BANG = 33;
export declare const CH_QUOTE = 34;
export declare const CH_HASH = 35;
export declare const CH_DOLLAR = 36;
export declare const CH_PERCENT = 37;
export declare const CH_AMP = 38;
export declare const CH_LPAREN = 40;
export declare const CH_RPAREN = 41;
export declare const CH_STAR = 42;
export declare const CH_COMMA = 44;
export declare const CH_MINUS = 45;
export declare const CH_DOT = 46;
export declare const CH_SLASH = 47;
export declare const CH_0 = 48;
export declare const CH_9 = 57;
export declare const CH_COLON = 58;
export declare const CH_LT = 60;
export declare const CH_EQ = 61;
export declare const CH_GT = 62;
export declare const CH_QUESTION = 63;
export declare const CH_LBRACK = 91;
export declare const CH_BACKSLASH = 92;
export declare const CH_RBRACK = 93;
export declare const CH_UNDERSCORE = 95;
export declare const CH_LBRACE = 123;
export declare const CH_PIPE = 124;
export declare const CH_RBRACE = 125;
export declare const CH_BOM = 65279;
export declare function isAsciiIdentStart(c: number): boolean;
export declare function isAsciiIdentContinue(c: number): boolean;
export declare function isDigit(c: number): boolean;
/** Whether an identifier starts at `i` (HCL identifiers are Unicode: ID_Start or `_`, then ID_Continue or `-`). */
export declare function isIdentStartAt(text: string, i: number): boolean;
/** Length in UTF-16 units of the identifier-start character at `i` (2 for a surrogate pair). */
export declare function identStartLength(text: string, i: number): number;
/** End of an identifier whose first character ends before `j`. */
export declare function identEnd(text: string, j: number): number;
/**
 * A heredoc opener at `i` (which holds `<<`): `<<EOT` or `<<-EOT` followed by the end of the line (blanks and
 * carriage returns allowed before it). Its marker and where its body starts (after the newline); anything else is
 * not a heredoc.
 */
export declare function heredocOpener(text: string, i: number): {
    marker: string;
    bodyStart: number;
} | undefined;
/**
 * Whether the line that starts at `i` closes a heredoc: the marker alone on it, with any white space around it (as
 * HCL accepts). Returns the end of that line (the index of its newline, or the end of the text), or -1.
 */
export declare function heredocCloserEnd(text: string, i: number, marker: string): number;
/** Where a `#` or `//` comment starting at `i` ends: at its newline (which is not part of it), or the end of the text. */
export declare function lineCommentEnd(text: string, i: number): number;
/** Where the text of a `/* … *\/` comment that starts at `i` ends: at its `*\/`, or the end of the text when unclosed. */
export declare function blockCommentTextEnd(text: string, i: number): number;
/** Where a `/* … *\/` comment that starts at `i` ends: after its `*\/`, or the end of the text when unclosed. */
export declare function blockCommentEnd(text: string, i: number): number;
/** Number of newlines in `text` from `start` to before `end`. */
export declare function countNewlines(text: string, start: number, end: number): number;
/**
 * Where the escape sequence at `i` (a backslash) in a quoted string ends. A backslash before a newline leaves the
 * newline alone, to end the (unterminated) string.
 */
export declare function stringEscapeEnd(text: string, i: number): number;
/**
 * What starts at `i` in template text (a quoted string or a heredoc): `"interpolation"` for `${`, `"directive"` for
 * `%{` (both 2 characters), `"escape"` for the literal `$${` and `%%{` (3 characters), or undefined.
 */
export declare function templateMarkAt(text: string, i: number): "interpolation" | "directive" | "escape" | undefined;
