/**
 * HCL's lexical rules, for the two scanners that read Terraform text before (or beside) hcl2json: the nesting guard
 * (nesting-guard.ts), which measures depth before the parser sees a file, and the line index (locate.ts), which finds
 * the line of every block, attribute and element. Both must agree with HCL on where strings, templates (`${…}`,
 * `%{…}` and their `$${` / `%%{` escapes), heredocs and comments begin and end, or one of them takes text for code:
 * so each rule is written once, here. Every function is total: on malformed input it answers something and never
 * throws, and each runs in time linear in what it reads.
 */

export const CH_TAB = 9;
export const CH_LF = 10;
export const CH_CR = 13;
export const CH_SPACE = 32;
export const CH_BANG = 33;
export const CH_QUOTE = 34;
export const CH_HASH = 35;
export const CH_DOLLAR = 36;
export const CH_PERCENT = 37;
export const CH_AMP = 38;
export const CH_LPAREN = 40;
export const CH_RPAREN = 41;
export const CH_STAR = 42;
export const CH_COMMA = 44;
export const CH_MINUS = 45;
export const CH_DOT = 46;
export const CH_SLASH = 47;
export const CH_0 = 48;
export const CH_9 = 57;
export const CH_COLON = 58;
export const CH_LT = 60;
export const CH_EQ = 61;
export const CH_GT = 62;
export const CH_QUESTION = 63;
export const CH_LBRACK = 91;
export const CH_BACKSLASH = 92;
export const CH_RBRACK = 93;
export const CH_UNDERSCORE = 95;
export const CH_LBRACE = 123;
export const CH_PIPE = 124;
export const CH_RBRACE = 125;
export const CH_BOM = 0xfeff;

const UNICODE_IDENT_START = /[\p{ID_Start}_]/uy;
const UNICODE_IDENT_CONTINUE = /(?:[\p{ID_Continue}-]|\u200c|\u200d)+/uy;

export function isAsciiIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === CH_UNDERSCORE;
}

export function isAsciiIdentContinue(c: number): boolean {
  return isAsciiIdentStart(c) || (c >= CH_0 && c <= CH_9) || c === CH_MINUS;
}

export function isDigit(c: number): boolean {
  return c >= CH_0 && c <= CH_9;
}

/** Whether an identifier starts at `i` (HCL identifiers are Unicode: ID_Start or `_`, then ID_Continue or `-`). */
export function isIdentStartAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiIdentStart(c)) return true;
  if (!(c >= 128)) return false;
  UNICODE_IDENT_START.lastIndex = i;
  return UNICODE_IDENT_START.test(text);
}

/** Length in UTF-16 units of the identifier-start character at `i` (2 for a surrogate pair). */
export function identStartLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

/** End of an identifier whose first character ends before `j`. */
export function identEnd(text: string, j: number): number {
  for (;;) {
    const c = text.charCodeAt(j);
    if (isAsciiIdentContinue(c)) j++;
    else if (c >= 128) {
      UNICODE_IDENT_CONTINUE.lastIndex = j;
      if (!UNICODE_IDENT_CONTINUE.test(text)) return j;
      j = UNICODE_IDENT_CONTINUE.lastIndex;
    } else return j;
  }
}

/**
 * A heredoc opener at `i` (which holds `<<`): `<<EOT` or `<<-EOT` followed by the end of the line (blanks and
 * carriage returns allowed before it). Its marker and where its body starts (after the newline); anything else is
 * not a heredoc.
 */
export function heredocOpener(text: string, i: number): { marker: string; bodyStart: number } | undefined {
  let j = i + 2;
  if (text.charCodeAt(j) === CH_MINUS) j++;
  if (!isIdentStartAt(text, j)) return undefined;
  const markerEnd = identEnd(text, j + 1);
  let k = markerEnd;
  while (text.charCodeAt(k) === CH_SPACE || text.charCodeAt(k) === CH_TAB || text.charCodeAt(k) === CH_CR) k++;
  if (text.charCodeAt(k) !== CH_LF) return undefined;
  return { marker: text.slice(j, markerEnd), bodyStart: k + 1 };
}

/**
 * Whether the line that starts at `i` closes a heredoc: the marker alone on it, with any white space around it (as
 * HCL accepts). Returns the end of that line (the index of its newline, or the end of the text), or -1.
 */
export function heredocCloserEnd(text: string, i: number, marker: string): number {
  const newline = text.indexOf("\n", i);
  const lineEnd = newline === -1 ? text.length : newline;
  return text.slice(i, lineEnd).trim() === marker ? lineEnd : -1;
}

/** Where a `#` or `//` comment starting at `i` ends: at its newline (which is not part of it), or the end of the text. */
export function lineCommentEnd(text: string, i: number): number {
  const eol = text.indexOf("\n", i);
  return eol < 0 ? text.length : eol;
}

/** Where the text of a `/* … *\/` comment that starts at `i` ends: at its `*\/`, or the end of the text when unclosed. */
export function blockCommentTextEnd(text: string, i: number): number {
  const close = text.indexOf("*/", i + 2);
  return close < 0 ? text.length : close;
}

/** Where a `/* … *\/` comment that starts at `i` ends: after its `*\/`, or the end of the text when unclosed. */
export function blockCommentEnd(text: string, i: number): number {
  const textEnd = blockCommentTextEnd(text, i);
  return textEnd === text.length ? textEnd : textEnd + 2;
}

/** Number of newlines in `text` from `start` to before `end`. */
export function countNewlines(text: string, start: number, end: number): number {
  let lines = 0;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === CH_LF) lines++;
  return lines;
}

/**
 * Where the escape sequence at `i` (a backslash) in a quoted string ends. A backslash before a newline leaves the
 * newline alone, to end the (unterminated) string.
 */
export function stringEscapeEnd(text: string, i: number): number {
  return i + (text.charCodeAt(i + 1) === CH_LF ? 1 : 2);
}

/**
 * What starts at `i` in template text (a quoted string or a heredoc): `"interpolation"` for `${`, `"directive"` for
 * `%{` (both 2 characters), `"escape"` for the literal `$${` and `%%{` (3 characters), or undefined.
 */
export function templateMarkAt(text: string, i: number): "interpolation" | "directive" | "escape" | undefined {
  const c = text.charCodeAt(i);
  if (c !== CH_DOLLAR && c !== CH_PERCENT) return undefined;
  const next = text.charCodeAt(i + 1);
  if (next === CH_LBRACE) return c === CH_DOLLAR ? "interpolation" : "directive";
  if (next === c && text.charCodeAt(i + 2) === CH_LBRACE) return "escape";
  return undefined;
}
