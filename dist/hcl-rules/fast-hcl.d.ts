/**
 * A pure-JavaScript fast path for hcl2json (`@cdktn/hcl2json`, which is Go compiled to WASM): `fastParse` gives the
 * JSON hcl2json gives for a `.tf` text, or `undefined` when it is not certain, and then hcl2json must parse the text.
 *
 * What it reproduces: hashicorp/hcl v2.23.0's native-syntax scanner and parser (hclsyntax: scan_tokens.rl, parser.go,
 * parser_template.go) as far as the JSON depends on them, and tmccombs/hcl2json v0.6.5's converter
 * (convert/convert.go, called with `Simplify: false`): blocks first, then attributes (an attribute overwrites a block
 * of its name); labels nest objects; each block body is wrapped in an array; literals give JSON values; templates give
 * strings (literal parts re-escaped `${` → `$${`, `%{` → `%%{`); a lone `"${x}"` gives what `x` gives; tuples and
 * objects are converted element by element; `-`/`!` on a literal give its value; a conditional inside a template
 * becomes a `%{if}` directive; every other expression gives `"${" + its source text + "}"` (one `)` more when the
 * byte after it is `)`). The objects are built as JSON.parse builds them from the text Go's json.Marshal writes (object
 * keys sorted by bytes), as hcl2json's bridge reads Go's text, so they come out alike.
 *
 * A security tool must not take a wrong answer for a parse, so this parser answers only where it is certain: it gives
 * up (`undefined`) on any syntax or conversion error hcl2json would report, and on whatever it does not implement:
 * non-ASCII text outside comments and quoted strings (HCL knows Unicode identifiers and counts grapheme clusters in
 * heredocs), quoted strings that NFC normalization would change (cty normalizes them), lone surrogates, a carriage
 * return not followed by a newline, template directives (`%{…}`) and strip markers (`~`), heredocs inside template
 * interpolations, numbers it cannot write exactly as Go does (more than 15 significant digits, exponents beyond
 * ±300), and nesting deeper than MAX_DEPTH. It never throws, and runs in time linear in the text.
 */
/** Deeper nesting (brackets, blocks, templates, unary operators, conditionals) than this is left to hcl2json. */
export declare const MAX_DEPTH = 100;
export type FastParseResult = {
    json: Record<string, unknown>;
} | {
    bail: string;
};
/** `fastParse` with the reason when it gives up (`internal: …` would be a bug: the fast path threw). */
export declare function fastParseDetailed(text: string): FastParseResult;
/** hcl2json's JSON for `text`, exactly, or undefined when this parser is not certain (then hcl2json parses it). */
export declare function fastParse(text: string): Record<string, unknown> | undefined;
