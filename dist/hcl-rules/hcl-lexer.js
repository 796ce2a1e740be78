"use strict";
/**
 * HCL's lexical rules, for the two scanners that read Terraform text before (or beside) hcl2json: the nesting guard
 * (nesting-guard.ts), which measures depth before the parser sees a file, and the line index (locate.ts), which finds
 * the line of every block, attribute and element. Both must agree with HCL on where strings, templates (`${…}`,
 * `%{…}` and their `$${` / `%%{` escapes), heredocs and comments begin and end, or one of them takes text for code:
 * so each rule is written once, here. Every function is total: on malformed input it answers something and never
 * throws, and each runs in time linear in what it reads.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CH_BOM = exports.CH_RBRACE = exports.CH_PIPE = exports.CH_LBRACE = exports.CH_UNDERSCORE = exports.CH_RBRACK = exports.CH_BACKSLASH = exports.CH_LBRACK = exports.CH_QUESTION = exports.CH_GT = exports.CH_EQ = exports.CH_LT = exports.CH_COLON = exports.CH_9 = exports.CH_0 = exports.CH_SLASH = exports.CH_DOT = exports.CH_MINUS = exports.CH_COMMA = exports.CH_STAR = exports.CH_RPAREN = exports.CH_LPAREN = exports.CH_AMP = exports.CH_PERCENT = exports.CH_DOLLAR = exports.CH_HASH = exports.CH_QUOTE = exports.CH_BANG = exports.CH_SPACE = exports.CH_CR = exports.CH_LF = exports.CH_TAB = void 0;
exports.isAsciiIdentStart = isAsciiIdentStart;
exports.isAsciiIdentContinue = isAsciiIdentContinue;
exports.isDigit = isDigit;
exports.isIdentStartAt = isIdentStartAt;
exports.identStartLength = identStartLength;
exports.identEnd = identEnd;
exports.heredocOpener = heredocOpener;
exports.heredocCloserEnd = heredocCloserEnd;
exports.lineCommentEnd = lineCommentEnd;
exports.blockCommentTextEnd = blockCommentTextEnd;
exports.blockCommentEnd = blockCommentEnd;
exports.countNewlines = countNewlines;
exports.stringEscapeEnd = stringEscapeEnd;
exports.templateMarkAt = templateMarkAt;
exports.CH_TAB = 9;
exports.CH_LF = 10;
exports.CH_CR = 13;
exports.CH_SPACE = 32;
exports.CH_BANG = 33;
exports.CH_QUOTE = 34;
exports.CH_HASH = 35;
exports.CH_DOLLAR = 36;
exports.CH_PERCENT = 37;
exports.CH_AMP = 38;
exports.CH_LPAREN = 40;
exports.CH_RPAREN = 41;
exports.CH_STAR = 42;
exports.CH_COMMA = 44;
exports.CH_MINUS = 45;
exports.CH_DOT = 46;
exports.CH_SLASH = 47;
exports.CH_0 = 48;
exports.CH_9 = 57;
exports.CH_COLON = 58;
exports.CH_LT = 60;
exports.CH_EQ = 61;
exports.CH_GT = 62;
exports.CH_QUESTION = 63;
exports.CH_LBRACK = 91;
exports.CH_BACKSLASH = 92;
exports.CH_RBRACK = 93;
exports.CH_UNDERSCORE = 95;
exports.CH_LBRACE = 123;
exports.CH_PIPE = 124;
exports.CH_RBRACE = 125;
exports.CH_BOM = 0xfeff;
const UNICODE_IDENT_START = /[\p{ID_Start}_]/uy;
const UNICODE_IDENT_CONTINUE = /(?:[\p{ID_Continue}-]|\u200c|\u200d)+/uy;
function isAsciiIdentStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === exports.CH_UNDERSCORE;
}
function isAsciiIdentContinue(c) {
    return isAsciiIdentStart(c) || (c >= exports.CH_0 && c <= exports.CH_9) || c === exports.CH_MINUS;
}
function isDigit(c) {
    return c >= exports.CH_0 && c <= exports.CH_9;
}
/** Whether an identifier starts at `i` (HCL identifiers are Unicode: ID_Start or `_`, then ID_Continue or `-`). */
function isIdentStartAt(text, i) {
    const c = text.charCodeAt(i);
    if (isAsciiIdentStart(c))
        return true;
    if (!(c >= 128))
        return false;
    UNICODE_IDENT_START.lastIndex = i;
    return UNICODE_IDENT_START.test(text);
}
/** Length in UTF-16 units of the identifier-start character at `i` (2 for a surrogate pair). */
function identStartLength(text, i) {
    const c = text.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}
/** End of an identifier whose first character ends before `j`. */
function identEnd(text, j) {
    for (;;) {
        const c = text.charCodeAt(j);
        if (isAsciiIdentContinue(c))
            j++;
        else if (c >= 128) {
            UNICODE_IDENT_CONTINUE.lastIndex = j;
            if (!UNICODE_IDENT_CONTINUE.test(text))
                return j;
            j = UNICODE_IDENT_CONTINUE.lastIndex;
        }
        else
            return j;
    }
}
/**
 * A heredoc opener at `i` (which holds `<<`): `<<EOT` or `<<-EOT` followed by the end of the line (blanks and
 * carriage returns allowed before it). Its marker and where its body starts (after the newline); anything else is
 * not a heredoc.
 */
function heredocOpener(text, i) {
    let j = i + 2;
    if (text.charCodeAt(j) === exports.CH_MINUS)
        j++;
    if (!isIdentStartAt(text, j))
        return undefined;
    const markerEnd = identEnd(text, j + 1);
    let k = markerEnd;
    while (text.charCodeAt(k) === exports.CH_SPACE || text.charCodeAt(k) === exports.CH_TAB || text.charCodeAt(k) === exports.CH_CR)
        k++;
    if (text.charCodeAt(k) !== exports.CH_LF)
        return undefined;
    return { marker: text.slice(j, markerEnd), bodyStart: k + 1 };
}
/**
 * Whether the line that starts at `i` closes a heredoc: the marker alone on it, with any white space around it (as
 * HCL accepts). Returns the end of that line (the index of its newline, or the end of the text), or -1.
 */
function heredocCloserEnd(text, i, marker) {
    const newline = text.indexOf("\n", i);
    const lineEnd = newline === -1 ? text.length : newline;
    return text.slice(i, lineEnd).trim() === marker ? lineEnd : -1;
}
/** Where a `#` or `//` comment starting at `i` ends: at its newline (which is not part of it), or the end of the text. */
function lineCommentEnd(text, i) {
    const eol = text.indexOf("\n", i);
    return eol < 0 ? text.length : eol;
}
/** Where the text of a `/* … *\/` comment that starts at `i` ends: at its `*\/`, or the end of the text when unclosed. */
function blockCommentTextEnd(text, i) {
    const close = text.indexOf("*/", i + 2);
    return close < 0 ? text.length : close;
}
/** Where a `/* … *\/` comment that starts at `i` ends: after its `*\/`, or the end of the text when unclosed. */
function blockCommentEnd(text, i) {
    const textEnd = blockCommentTextEnd(text, i);
    return textEnd === text.length ? textEnd : textEnd + 2;
}
/** Number of newlines in `text` from `start` to before `end`. */
function countNewlines(text, start, end) {
    let lines = 0;
    for (let k = start; k < end; k++)
        if (text.charCodeAt(k) === exports.CH_LF)
            lines++;
    return lines;
}
/**
 * Where the escape sequence at `i` (a backslash) in a quoted string ends. A backslash before a newline leaves the
 * newline alone, to end the (unterminated) string.
 */
function stringEscapeEnd(text, i) {
    return i + (text.charCodeAt(i + 1) === exports.CH_LF ? 1 : 2);
}
/**
 * What starts at `i` in template text (a quoted string or a heredoc): `"interpolation"` for `${`, `"directive"` for
 * `%{` (both 2 characters), `"escape"` for the literal `$${` and `%%{` (3 characters), or undefined.
 */
function templateMarkAt(text, i) {
    const c = text.charCodeAt(i);
    if (c !== exports.CH_DOLLAR && c !== exports.CH_PERCENT)
        return undefined;
    const next = text.charCodeAt(i + 1);
    if (next === exports.CH_LBRACE)
        return c === exports.CH_DOLLAR ? "interpolation" : "directive";
    if (next === c && text.charCodeAt(i + 2) === exports.CH_LBRACE)
        return "escape";
    return undefined;
}
