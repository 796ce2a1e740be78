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
/** Every control and hiding character of `text` as a visible escape (`\x1b`, `\n`, `\u{202e}`). */
export declare function showControls(text: string, options?: {
    keepLineBreaks?: boolean;
}): string;
/**
 * A report (or any part of one) with every string shown safely (`showControls`): what the human formats render.
 * Every string is mapped, so a field added to the report later is covered without a change here; moat's own strings
 * (rule ids, severities) hold no control characters and come out the same.
 */
export declare function displayable<T>(value: T): T;
/** How a format writes the two characters that break a workflow command, without changing what it means. */
export interface CommandEscapes {
    /** Replaces the first `:` of a line that would start with `::`. */
    colon: string;
    /** Replaces the `[` of `##[`. */
    bracket: string;
}
export declare const TEXT_ESCAPES: CommandEscapes;
export declare const XML_ESCAPES: CommandEscapes;
export declare const JSON_ESCAPES: CommandEscapes;
/**
 * A whole rendered output with no line a GitHub Actions runner would take as a workflow command: `##[` anywhere and a
 * `::` that starts a line are written with the format's escapes. moat writes neither itself outside the `github`
 * format's own annotations, so this changes nothing unless a scanned value produced one.
 */
export declare function neutraliseCommands(output: string, escapes: CommandEscapes): string;
/**
 * JSON for a report: exactly the values (a parser reads the same strings), with every byte safe to print: the
 * characters JSON.stringify leaves raw are `\u` escapes, and `##[` is `##\u005b` (a line of JSON never starts with
 * `::`: every line opens with indentation and a quote, brace, bracket or literal).
 */
export declare function jsonText(value: unknown): string;
