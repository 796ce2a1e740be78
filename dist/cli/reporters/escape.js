"use strict";
/**
 * What every output format does to text that comes from the scanned files (names, addresses, paths, values in
 * messages, unknown-value reasons, error messages, notices), in one place:
 *
 * 1. **Control characters are shown, never written.** A person reads text, Markdown, JUnit and GitHub annotations,
 *    so in those `displayable(report)` replaces C0 controls (TAB, LF and CR included), DEL, C1 controls, lone
 *    surrogates, U+FFFE/U+FFFF, and the format characters that reorder or hide text (bidirectional embeddings,
 *    overrides and isolates, zero-width characters, the BOM, line and paragraph separators) by a visible escape:
 *    `\n`, `\r`, `\t`, `\x1b`, `\u{202e}`. An ESC sequence can then neither recolour nor rewrite a terminal, and no
 *    value can start a line of its own. A backslash is left as it is, so `\x1b` written in a value reads the same as
 *    an escaped ESC: ambiguous to the eye, harmless to the terminal. Reporters escape the data first and colour it
 *    after, so moat's own colour codes still work.
 * 2. **No workflow command can be injected.** A GitHub Actions runner reads every line a step prints, from any
 *    format sent to standard output or `cat`-ed in a later step, and runs two kinds of command: a line that starts
 *    with `::` after leading white space (`::error file=…::`, `::add-mask::`, `::stop-commands::`), and `##[command]`
 *    anywhere in a line. `neutraliseCommands` breaks both in a format's own syntax (`\x3a`/`\[` in text and Markdown,
 *    character references in XML, `\u` escapes in JSON), where a value produced them; moat's own annotations in the
 *    `github` format are built by `workflowCommand` (github.ts), which escapes as GitHub does.
 * 3. **JSON stays exact and its bytes stay inert.** JSON and SARIF keep every value as it was (JSON.stringify escapes
 *    C0 controls and lone surrogates); `jsonText` also writes DEL, C1 and the hiding format characters as `\u`
 *    escapes, which JSON.stringify leaves raw, so a parser reads the same strings and a terminal sees no control.
 *
 * Each format's own syntax (Markdown tables and HTML, XML entities, GitHub's `%` escapes) stays with its reporter.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.JSON_ESCAPES = exports.XML_ESCAPES = exports.TEXT_ESCAPES = void 0;
exports.showControls = showControls;
exports.displayable = displayable;
exports.neutraliseCommands = neutraliseCommands;
exports.jsonText = jsonText;
/** What a reader must never get raw; see the module comment. With the `u` flag a lone surrogate matches, a pair does not. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufffe\uffff\ud800-\udfff]/gu;
/** The same characters, but line breaks and tabs kept (for text a format escapes itself, such as XML content). */
const UNSAFE_BUT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufffe\uffff\ud800-\udfff]/gu;
const SHORT = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
function visibleEscape(ch) {
    const code = ch.codePointAt(0) ?? 0;
    return SHORT[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`);
}
/** Every control and hiding character of `text` as a visible escape (`\x1b`, `\n`, `\u{202e}`). */
function showControls(text, options = {}) {
    return text.replace(options.keepLineBreaks ? UNSAFE_BUT_BREAKS : UNSAFE, visibleEscape);
}
/**
 * A report (or any part of one) with every string shown safely (`showControls`): what the human formats render.
 * Every string is mapped, so a field added to the report later is covered without a change here; moat's own strings
 * (rule ids, severities) hold no control characters and come out the same.
 */
function displayable(value) {
    if (typeof value === "string")
        return showControls(value);
    if (Array.isArray(value))
        return value.map((item) => displayable(item));
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, displayable(item)]));
    }
    return value;
}
exports.TEXT_ESCAPES = { colon: "\\x3a", bracket: "\\[" };
exports.XML_ESCAPES = { colon: "&#58;", bracket: "&#91;" };
exports.JSON_ESCAPES = { colon: "\\u003a", bracket: "\\u005b" };
/**
 * The runner trims leading white space before it looks for `::` (.NET's `TrimStart`: Unicode white space, NEL
 * included; line breaks end the line first); an SGR colour code is allowed in front too, to be safe with any log
 * viewer that strips colours first.
 */
const COMMAND_LINE = /^((?:\x1b\[[0-9;]*m|[\t\v\f \u0085\u00a0\u1680\u180e\u2000-\u200a\u202f\u205f\u3000\ufeff])*):(?=:)/gm;
const LEGACY_COMMAND = /##\[/g;
/**
 * A whole rendered output with no line a GitHub Actions runner would take as a workflow command: `##[` anywhere and a
 * `::` that starts a line are written with the format's escapes. moat writes neither itself outside the `github`
 * format's own annotations, so this changes nothing unless a scanned value produced one.
 */
function neutraliseCommands(output, escapes) {
    return output.replace(LEGACY_COMMAND, `##${escapes.bracket}`).replace(COMMAND_LINE, (_m, lead) => `${lead}${escapes.colon}`);
}
/** Characters JSON.stringify leaves raw that must not reach a terminal raw: DEL, C1 and the hiding format characters. */
const JSON_RAW = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufffe\uffff]/g;
/**
 * JSON for a report: exactly the values (a parser reads the same strings), with every byte safe to print: the
 * characters JSON.stringify leaves raw are `\u` escapes, and `##[` is `##\u005b` (a line of JSON never starts with
 * `::`: every line opens with indentation and a quote, brace, bracket or literal).
 */
function jsonText(value) {
    const json = JSON.stringify(value, null, 2).replace(JSON_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
    return `${neutraliseCommands(json, exports.JSON_ESCAPES)}\n`;
}
