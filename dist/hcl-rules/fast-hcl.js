"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_DEPTH = void 0;
exports.fastParseDetailed = fastParseDetailed;
exports.fastParse = fastParse;
const hcl_lexer_1 = require("./hcl-lexer");
/** Deeper nesting (brackets, blocks, templates, unary operators, conditionals) than this is left to hcl2json. */
exports.MAX_DEPTH = 100;
/** Why the fast path gave up; thrown inside, caught by `fastParseDetailed`. */
class Bail extends Error {
}
function bail(reason) {
    throw new Bail(reason);
}
// ---------------------------------------------------------------------------------------------------------------
// Tokens
const EOF = 0;
const NL = 1;
const IDENT = 2;
const NUM = 3;
const OBRACE = 4;
const CBRACE = 5;
const OBRACK = 6;
const CBRACK = 7;
const OPAREN = 8;
const CPAREN = 9;
const DOT = 10;
const COMMA = 11;
const STAR = 12;
const SLASH = 13;
const PERCENT = 14;
const PLUS = 15;
const MINUS = 16;
const EQUAL = 17;
const LT = 18;
const GT = 19;
const BANG = 20;
const QUESTION = 21;
const COLON = 22;
const EQOP = 23;
const NEQ = 24;
const GTE = 25;
const LTE = 26;
const AND = 27;
const OR = 28;
const DCOLON = 29;
const ELLIPSIS = 30;
const FATARROW = 31;
const OQUOTE = 32;
const CQUOTE = 33;
/** A run of template text; its decoded value is in `Tokens.lit`. */
const LIT = 34;
const OHEREDOC = 35;
const CHEREDOC = 36;
const INTERP = 37;
const SEQEND = 38;
/** 1 for the tokens of binary operators (hclsyntax's binaryOps, all precedence levels). */
const BINARY_OP = new Uint8Array(64);
for (const op of [OR, AND, EQOP, NEQ, GT, GTE, LT, LTE, PLUS, MINUS, STAR, SLASH, PERCENT])
    BINARY_OP[op] = 1;
/**
 * The token stream, in parallel typed arrays kept between calls (a parse is synchronous, so one set serves all; they
 * grow to the largest file and are reused, which spares the allocation and the garbage collection per file).
 */
class Tokens {
    type = new Uint8Array(1024);
    start = new Int32Array(1024);
    end = new Int32Array(1024);
    /** LIT: index of its decoded text in `strs`; OHEREDOC: 1 for a `<<-` heredoc. */
    aux = new Int32Array(1024);
    strs = [];
    count = 0;
    reset() {
        this.count = 0;
        this.strs.length = 0;
    }
    push(type, start, end) {
        if (this.count === this.type.length)
            this.grow();
        const i = this.count++;
        this.type[i] = type;
        this.start[i] = start;
        this.end[i] = end;
        return i;
    }
    pushLit(start, end, value) {
        const i = this.push(LIT, start, end);
        this.aux[i] = this.strs.length;
        this.strs.push(value);
    }
    lit(i) {
        return this.strs[this.aux[i]];
    }
    grow() {
        const size = this.count * 2;
        this.type = widen(this.type, new Uint8Array(size));
        this.start = widen(this.start, new Int32Array(size));
        this.end = widen(this.end, new Int32Array(size));
        this.aux = widen(this.aux, new Int32Array(size));
    }
}
/** `to`, a larger array, holding `from`'s contents. */
function widen(from, to) {
    to.set(from);
    return to;
}
/** Larger token buffers than this are dropped after the parse instead of being kept for the next. */
const KEEP_TOKENS = 1 << 17;
let shared;
const MODE_MAIN = 0;
const MODE_QUOTED = 1;
const MODE_HEREDOC = 2;
function isHex(c) {
    return (0, hcl_lexer_1.isDigit)(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
/** Go's unicode.IsSpace for ASCII (the text is ASCII wherever this is asked). */
function isSpace(c) {
    return c === 32 || (c >= 9 && c <= 13);
}
/** One-character tokens with no longer token starting with the same character, by character code. */
const SINGLE = new Uint8Array(128);
SINGLE[91] = OBRACK;
SINGLE[93] = CBRACK;
SINGLE[40] = OPAREN;
SINGLE[41] = CPAREN;
SINGLE[44] = COMMA;
SINGLE[42] = STAR;
SINGLE[37] = PERCENT;
SINGLE[43] = PLUS;
SINGLE[45] = MINUS;
SINGLE[63] = QUESTION;
/**
 * Character classes for the scanner's loops, looked up rather than computed: until V8 optimizes the scanner (which on
 * a cold start takes the first megabyte or two), each function call and comparison per character costs.
 */
const C_SPACE = 1;
const C_IDENT = 2; // may start an identifier
const C_IDENT_CONTINUE = 3; // may continue one (digits and "-")
const CLASS = new Uint8Array(128);
CLASS[32] = C_SPACE;
CLASS[9] = C_SPACE;
for (let c = 65; c <= 90; c++)
    CLASS[c] = C_IDENT;
for (let c = 97; c <= 122; c++)
    CLASS[c] = C_IDENT;
CLASS[95] = C_IDENT;
for (let c = 48; c <= 57; c++)
    CLASS[c] = C_IDENT_CONTINUE;
CLASS[45] = C_IDENT_CONTINUE;
/** 1 for the characters a template's text run must look at: `$ % \n \r " \\` (others: >= 128). */
const LIT_SPECIAL = new Uint8Array(128);
for (const c of [36, 37, 10, 13, 34, 92])
    LIT_SPECIAL[c] = 1;
/**
 * The scanner's state besides its position. The mode stack: main at the bottom; a string or heredoc template above
 * the main mode that opened it; a main mode above the template whose `${` opened it. `retBraces` holds, for each open
 * interpolation, the brace depth at which its closing `}` ends it.
 */
class ScanState {
    text;
    toks;
    modes = [MODE_MAIN];
    retBraces = [];
    markers = [];
    braces = 0;
    /** Heredoc mode: at the start of a line. */
    lineStart = true;
    constructor(text, toks) {
        this.text = text;
        this.toks = toks;
    }
}
/**
 * Scans `text` as hclsyntax's scanner does (scan_tokens.rl). Comments are not kept: a `#` or `//` comment, which
 * ends with its newline, becomes that newline (the parser's peeker treats it so), the others vanish. The loop here
 * handles the common characters of the main mode; the rest is in functions of their own, which keeps this one small
 * and quick for V8 to optimize.
 */
function scan(text, toks) {
    const n = text.length;
    const st = new ScanState(text, toks);
    const modes = st.modes;
    // hclsyntax skips a byte order mark; ranges still count from the start of the text, as here.
    let p = text.charCodeAt(0) === hcl_lexer_1.CH_BOM ? 1 : 0;
    while (p < n) {
        if (modes.length > 1 && modes[modes.length - 1] !== MODE_MAIN) {
            p = scanTemplateStep(st, p);
            continue;
        }
        const c = text.charCodeAt(p);
        if (c < 128) {
            const cls = CLASS[c];
            if (cls === C_SPACE) {
                p++;
                continue;
            }
            if (cls === C_IDENT) {
                const s = p;
                let d = text.charCodeAt(++p);
                while (d < 128 && CLASS[d] >= C_IDENT)
                    d = text.charCodeAt(++p); // NaN at the end stops it
                if (d >= 128)
                    bail("non-ASCII identifier");
                toks.push(IDENT, s, p);
                continue;
            }
            const single = SINGLE[c];
            if (single !== 0) {
                toks.push(single, p, p + 1);
                p++;
                continue;
            }
            if (c === 10) {
                toks.push(NL, p, p + 1);
                p++;
                continue;
            }
        }
        p = scanOther(st, p, c);
    }
    if (modes.length > 1)
        bail("unterminated string, heredoc or interpolation");
    toks.push(EOF, n, n);
}
/** One step in a quoted or heredoc template: a closing quote or marker, a `${`, or a run of text. */
function scanTemplateStep(st, p) {
    const { text, toks, modes } = st;
    if (modes[modes.length - 1] === MODE_QUOTED) {
        const c = text.charCodeAt(p);
        if (c === 34) {
            toks.push(CQUOTE, p, p + 1);
            modes.pop();
            return p + 1;
        }
        if (c === 36 && text.charCodeAt(p + 1) === 123) {
            openInterp(text, p, toks, modes, st.retBraces, ++st.braces);
            st.lineStart = false;
            return p + 2;
        }
        return scanLiteral(text, p, true, toks);
    }
    if (st.lineStart) {
        const e = text.indexOf("\n", p);
        if (e < 0)
            bail("unterminated heredoc");
        // The line ends with "\n" or "\r\n" (the closing marker's range leaves out either).
        const eol = text.charCodeAt(e - 1) === 13 && e - 1 >= p ? e - 1 : e;
        // hclsyntax trims the line's white space, but a carriage return elsewhere than before the newline is an error
        // (the text is then scanned as a literal, which gives up on it).
        let a = p;
        let b = eol;
        while (a < b && isSpace(text.charCodeAt(a)) && text.charCodeAt(a) !== 13)
            a++;
        while (b > a && isSpace(text.charCodeAt(b - 1)) && text.charCodeAt(b - 1) !== 13)
            b--;
        const marker = st.markers[st.markers.length - 1];
        if (b - a === marker.length && text.startsWith(marker, a)) {
            toks.push(CHEREDOC, p, eol);
            toks.push(NL, eol, e + 1);
            modes.pop();
            st.markers.pop();
            return e + 1;
        }
    }
    if (text.charCodeAt(p) === 36 && text.charCodeAt(p + 1) === 123) {
        openInterp(text, p, toks, modes, st.retBraces, ++st.braces);
        st.lineStart = false;
        return p + 2;
    }
    const next = scanLiteral(text, p, false, toks);
    st.lineStart = text.charCodeAt(next - 1) === 10;
    return next;
}
/** A token of the main mode that the hot loop leaves: punctuation, comments, strings, heredocs, numbers, errors. */
function scanOther(st, p, c) {
    const { text, toks, modes } = st;
    switch (c) {
        case 13: // "\r\n" is a newline; a lone carriage return is an error
            if (text.charCodeAt(p + 1) !== 10)
                bail("carriage return");
            toks.push(NL, p, p + 2);
            return p + 2;
        case 35: // #
            return lineComment(text, p, toks);
        case 47: // /
            if (text.charCodeAt(p + 1) === 47)
                return lineComment(text, p, toks);
            if (text.charCodeAt(p + 1) === 42) {
                const e = text.indexOf("*/", p + 2);
                if (e < 0)
                    bail("unterminated comment");
                return e + 2;
            }
            toks.push(SLASH, p, p + 1);
            return p + 1;
        case 34: // "
            toks.push(OQUOTE, p, p + 1);
            modes.push(MODE_QUOTED);
            if (modes.length > exports.MAX_DEPTH)
                bail("nesting too deep");
            return p + 1;
        case 123: // {
            toks.push(OBRACE, p, p + 1);
            st.braces++;
            return p + 1;
        case 125: // }
            if (st.retBraces.length > 0 && st.retBraces[st.retBraces.length - 1] === st.braces) {
                toks.push(SEQEND, p, p + 1);
                st.retBraces.pop();
                modes.pop();
            }
            else
                toks.push(CBRACE, p, p + 1);
            st.braces--;
            return p + 1;
        case 60: // <
            if (text.charCodeAt(p + 1) === 60)
                return heredocOrLess(st, p);
            return two(toks, text, p, 61, LTE, LT);
        case 61: // =
            if (text.charCodeAt(p + 1) === 62) {
                toks.push(FATARROW, p, p + 2);
                return p + 2;
            }
            return two(toks, text, p, 61, EQOP, EQUAL);
        case 33: // !
            return two(toks, text, p, 61, NEQ, BANG);
        case 62: // >
            return two(toks, text, p, 61, GTE, GT);
        case 58: // :
            return two(toks, text, p, 58, DCOLON, COLON);
        case 38: // &
            if (text.charCodeAt(p + 1) !== 38)
                bail("invalid character &");
            toks.push(AND, p, p + 2);
            return p + 2;
        case 124: // |
            if (text.charCodeAt(p + 1) !== 124)
                bail("invalid character |");
            toks.push(OR, p, p + 2);
            return p + 2;
        case 46: // .
            if (text.charCodeAt(p + 1) === 46 && text.charCodeAt(p + 2) === 46) {
                toks.push(ELLIPSIS, p, p + 3);
                return p + 3;
            }
            toks.push(DOT, p, p + 1);
            return p + 1;
        default:
            break;
    }
    if ((0, hcl_lexer_1.isDigit)(c))
        return scanNumber(text, p, toks);
    if (c >= 128)
        bail("non-ASCII character");
    return bail(`invalid character ${JSON.stringify(text[p])}`);
}
/** `<<` at `p`: a heredoc's opener (`<<EOT` or `<<-EOT` and a newline), else a `<` token. */
function heredocOrLess(st, p) {
    const { text, toks } = st;
    const n = text.length;
    let q = p + 2;
    const isFlush = text.charCodeAt(q) === 45;
    if (isFlush)
        q++;
    if ((0, hcl_lexer_1.isAsciiIdentStart)(text.charCodeAt(q))) {
        const m = q;
        while (q < n && (0, hcl_lexer_1.isAsciiIdentContinue)(text.charCodeAt(q)))
            q++;
        const crlf = text.charCodeAt(q) === 13 && text.charCodeAt(q + 1) === 10 ? 1 : 0;
        if (text.charCodeAt(q + crlf) === 10) {
            if (st.modes.length > 1)
                bail("heredoc inside a template");
            const i = toks.push(OHEREDOC, p, q + crlf + 1);
            toks.aux[i] = isFlush ? 1 : 0;
            st.markers.push(text.slice(m, q));
            st.modes.push(MODE_HEREDOC);
            st.lineStart = true;
            return q + crlf + 1;
        }
    }
    toks.push(LT, p, p + 1);
    return p + 1;
}
/** NumberLit = digit (digit | "." | [eE] [+-]? digit)*, not ending with "." (the longest match). */
function scanNumber(text, p, toks) {
    const n = text.length;
    const s = p;
    let q = p + 1;
    let last = q;
    while (q < n) {
        const d = text.charCodeAt(q);
        if ((0, hcl_lexer_1.isDigit)(d)) {
            q++;
            last = q;
        }
        else if (d === 46)
            q++;
        else if (d === 101 || d === 69) {
            let r = q + 1;
            const sign = text.charCodeAt(r);
            if (sign === 43 || sign === 45)
                r++;
            if (!(0, hcl_lexer_1.isDigit)(text.charCodeAt(r)))
                break;
            q = r + 1;
            last = q;
        }
        else
            break;
    }
    toks.push(NUM, s, last);
    return last;
}
/**
 * Template text from `p`, in quoted or heredoc mode, up to the next `${`, the end of the string or of the line (which
 * it includes): one LIT token with the text decoded. Returns where scanning goes on.
 */
function scanLiteral(text, p, quoted, toks) {
    const n = text.length;
    const from = p;
    let out = "";
    let runStart = p;
    let nonAscii = false;
    while (p < n) {
        const c = text.charCodeAt(p);
        if (c < 128 && LIT_SPECIAL[c] === 0) {
            p++;
            continue;
        }
        if (c === 36 /* $ */ || c === 37 /* % */) {
            const c1 = text.charCodeAt(p + 1);
            if (c1 === 123) {
                if (c === 37)
                    bail("template directive %{");
                break; // ${
            }
            if (c1 === c && text.charCodeAt(p + 2) === 123) {
                out += text.slice(runStart, p) + (c === 36 ? "${" : "%{");
                p += 3;
                runStart = p;
                continue;
            }
            p++;
            continue;
        }
        if (c === 10) {
            if (quoted)
                bail("newline in a quoted string");
            p++;
            break; // a heredoc line ends with its newline
        }
        if (c === 13) {
            // A heredoc line may end with "\r\n"; a carriage return anywhere else is an error.
            if (quoted || text.charCodeAt(p + 1) !== 10)
                bail("carriage return");
            p += 2;
            break;
        }
        if (c >= 128) {
            if (!quoted)
                bail("non-ASCII text in a heredoc");
            nonAscii = true;
        }
        if (quoted) {
            if (c === 34)
                break;
            if (c === 92) {
                out += text.slice(runStart, p);
                const e = text.charCodeAt(p + 1);
                if (e === 110)
                    out += "\n";
                else if (e === 114)
                    out += "\r";
                else if (e === 116)
                    out += "\t";
                else if (e === 34)
                    out += '"';
                else if (e === 92)
                    out += "\\";
                else if (e === 117 || e === 85) {
                    const len = e === 117 ? 4 : 8;
                    let code = 0;
                    for (let k = 0; k < len; k++) {
                        const h = text.charCodeAt(p + 2 + k);
                        if (!isHex(h))
                            bail("short \\u escape");
                        code = code * 16 + parseInt(text[p + 2 + k], 16);
                    }
                    if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
                        bail("escape of no character");
                    if (code >= 128)
                        nonAscii = true;
                    if (code > 0xffff)
                        astral = true;
                    out += String.fromCodePoint(code);
                    p += len;
                }
                else
                    bail("invalid escape");
                p += 2;
                runStart = p;
                continue;
            }
        }
        p++;
    }
    out += text.slice(runStart, p);
    // cty normalizes each literal part to NFC: a part is taken only when that changes nothing (Node's ICU and Go's
    // x/text tables agree on every character assigned before their latest Unicode versions, and normalization leaves
    // unassigned ones alone).
    if (nonAscii && out.normalize("NFC") !== out)
        bail("string that NFC normalization changes");
    toks.pushLit(from, p, out);
    return p;
}
/** `${` at `at`: its token, and a main mode above the template until the `}` that closes it at depth `braces`. */
function openInterp(text, at, toks, modes, retBraces, braces) {
    if (text.charCodeAt(at + 2) === 126)
        bail("template strip marker ~");
    toks.push(INTERP, at, at + 2);
    retBraces.push(braces);
    modes.push(MODE_MAIN);
    if (modes.length > exports.MAX_DEPTH)
        bail("nesting too deep");
}
/** A `#` or `//` comment from `p`: a newline token if it ends with one. Returns where scanning goes on. */
function lineComment(text, p, toks) {
    const e = text.indexOf("\n", p);
    if (e < 0)
        return text.length;
    toks.push(NL, e, e + 1);
    return e + 1;
}
/** A token of two characters when the next one is `second`, else the one-character token. */
function two(toks, text, p, second, double, single) {
    if (text.charCodeAt(p + 1) === second) {
        toks.push(double, p, p + 2);
        return p + 2;
    }
    toks.push(single, p, p + 1);
    return p + 1;
}
// ---------------------------------------------------------------------------------------------------------------
// Expressions: as much of hclsyntax's AST as the conversion depends on.
const K_LIT = 0; // LiteralValueExpr: number, bool or null
const K_STR = 1; // LiteralValueExpr of a string: a template's literal part
const K_TMPL = 2; // TemplateExpr
const K_WRAP = 3; // TemplateWrapExpr
const K_TUPLE = 4;
const K_OBJECT = 5;
const K_UNARY = 6;
const K_TRAV = 7; // ScopeTraversalExpr
const K_COND = 8; // ConditionalExpr
const K_OTHER = 9; // anything hcl2json wraps as "${…}"
/** Every node has the same fields, in the same order, so V8 keeps one hidden class for them all. */
function node(k, s, e, v, items, raw) {
    return { k, s, e, v, raw, items };
}
class Parser {
    text;
    toks;
    i = 0;
    include = [true];
    /** The top of `include`, negated. */
    skipNewlines = false;
    depth = 0;
    type;
    start;
    end;
    constructor(text, toks) {
        this.text = text;
        this.toks = toks;
        this.type = toks.type;
        this.start = toks.start;
        this.end = toks.end;
    }
    /** Index of the next token, skipping newlines where they do not count. */
    peekIndex() {
        let i = this.i;
        if (this.skipNewlines) {
            const type = this.type;
            while (type[i] === NL)
                i++;
        }
        return i;
    }
    /** hclsyntax's PushIncludeNewlines: whether newlines count as tokens until the matching pop. */
    pushNewlines(include) {
        this.include.push(include);
        this.skipNewlines = !include;
    }
    popNewlines() {
        this.include.pop();
        this.skipNewlines = !this.include[this.include.length - 1];
    }
    peek() {
        return this.type[this.peekIndex()];
    }
    /** Reads the next token; returns its index. At EOF it stays at EOF. */
    read() {
        const i = this.peekIndex();
        if (this.type[i] !== EOF)
            this.i = i + 1;
        else
            this.i = i;
        return i;
    }
    expect(type, what) {
        const i = this.read();
        if (this.type[i] !== type)
            bail(`expected ${what}`);
        return i;
    }
    tokText(i) {
        return this.text.slice(this.start[i], this.end[i]);
    }
    isKeyword(i, word) {
        return this.type[i] === IDENT && this.end[i] - this.start[i] === word.length && this.text.startsWith(word, this.start[i]);
    }
    enter() {
        if (++this.depth > exports.MAX_DEPTH)
            bail("nesting too deep");
    }
    parseFile() {
        const body = this.parseBody(EOF);
        return body;
    }
    parseBody(endType) {
        this.enter();
        const attrs = [];
        const blocks = [];
        let names;
        for (;;) {
            const t = this.peek();
            if (t === endType) {
                this.read();
                break;
            }
            if (t === NL) {
                this.read();
                continue;
            }
            if (t !== IDENT)
                bail("argument or block definition required");
            const item = this.parseBodyItem();
            if ("expr" in item) {
                names = checkUnique(attrs, item.name, names);
                attrs.push(item);
            }
            else
                blocks.push(item);
        }
        this.depth--;
        return { attrs, blocks };
    }
    parseBodyItem() {
        const ident = this.read();
        const t = this.peek();
        if (t === EQUAL) {
            const attr = this.finishAttribute(ident);
            const e = this.peek();
            if (e !== NL && e !== EOF)
                bail("missing newline after argument");
            this.read();
            return attr;
        }
        if (t === OQUOTE || t === OBRACE || t === IDENT)
            return this.finishBlock(ident);
        return bail("argument or block definition required");
    }
    finishAttribute(ident) {
        this.read(); // =
        const expr = this.parseExpression();
        return { name: this.tokText(ident), expr };
    }
    finishBlock(ident) {
        const labels = [];
        for (;;) {
            const t = this.peek();
            if (t === OBRACE) {
                this.read();
                break;
            }
            if (t === OQUOTE) {
                this.read();
                let label = "";
                for (;;) {
                    const i = this.read();
                    const tt = this.type[i];
                    if (tt === CQUOTE)
                        break;
                    if (tt !== LIT)
                        bail("invalid block label");
                    label += this.toks.lit(i);
                }
                labels.push(label);
            }
            else if (t === IDENT) {
                labels.push(this.tokText(this.read()));
            }
            else
                bail("invalid block definition");
        }
        let body;
        const t = this.peek();
        if (t === NL || t === EOF || t === CBRACE) {
            body = this.parseBody(CBRACE);
        }
        else {
            // One-line block with a single argument: `name { a = b }`.
            const ident = this.read();
            if (this.type[ident] !== IDENT || this.peek() !== EQUAL)
                bail("invalid single-argument block");
            const attr = this.finishAttribute(ident);
            this.expect(CBRACE, "} after a single-argument block");
            body = { attrs: [attr], blocks: [] };
        }
        const eol = this.peek();
        if (eol !== NL && eol !== EOF)
            bail("missing newline after block definition");
        this.read();
        return { type: this.tokText(ident), labels, body };
    }
    parseExpression() {
        this.enter();
        const cond = this.parseBinary();
        if (this.peek() !== QUESTION) {
            this.depth--;
            return cond;
        }
        this.read();
        const t = this.parseExpression();
        this.expect(COLON, ": in a conditional");
        const f = this.parseExpression();
        this.depth--;
        return node(K_COND, cond.s, f.e, undefined, [cond, t, f]);
    }
    /**
     * hclsyntax's parseBinaryOps. Precedence shapes the tree, but hcl2json only ever copies a binary operation's source
     * text, which runs from its first operand to its last however they group, and every sequence of operands and
     * binary operators parses: so the chain is read flat.
     */
    parseBinary() {
        const first = this.parseWithTraversals();
        let last = first;
        while (BINARY_OP[this.peek()] === 1) {
            this.read();
            last = this.parseWithTraversals();
        }
        return last === first ? first : node(K_OTHER, first.s, last.e);
    }
    parseWithTraversals() {
        return this.parseTraversals(this.parseTerm());
    }
    /** hclsyntax's parseExpressionTraversals: `.attr`, `.0`, `.*`, `[key]`, `[*]` after `from`. */
    parseTraversals(from) {
        let ret = from;
        for (;;) {
            const t = this.peek();
            if (t === DOT) {
                this.read();
                const a = this.read();
                const at = this.type[a];
                if (at === IDENT) {
                    ret = this.step(ret, this.end[a]);
                }
                else if (at === NUM) {
                    this.legacyIndex(a);
                    ret = this.step(ret, this.end[a]);
                }
                else if (at === STAR) {
                    let last = this.end[a];
                    while (this.peek() === DOT) {
                        this.read();
                        const b = this.read();
                        if (this.type[b] === NUM)
                            this.legacyIndex(b);
                        else if (this.type[b] !== IDENT)
                            bail("invalid attribute name in a splat");
                        last = this.end[b];
                    }
                    ret = node(K_OTHER, from.s, last);
                }
                else
                    bail("invalid attribute name");
            }
            else if (t === OBRACK) {
                this.read();
                if (this.peek() === STAR) {
                    this.read();
                    const close = this.read();
                    if (this.type[close] !== CBRACK)
                        bail("missing ] on a splat");
                    this.enter();
                    const each = this.parseTraversals(node(K_OTHER, this.start[close], this.end[close]));
                    this.depth--;
                    ret = node(K_OTHER, from.s, each.e);
                }
                else {
                    this.pushNewlines(false);
                    const key = this.parseExpression();
                    const close = this.read();
                    if (this.type[close] !== CBRACK)
                        bail("missing ] on an index");
                    this.popNewlines();
                    const literalKey = key.k === K_LIT || (key.k === K_TMPL && isStringLiteral(key));
                    ret = literalKey ? this.step(ret, this.end[close]) : node(K_OTHER, from.s, this.end[close]);
                }
            }
            else
                return ret;
        }
    }
    /** A traverser after `expr` ending at `e`: a scope traversal stays one, anything else becomes a relative one. */
    step(expr, e) {
        if (expr.k === K_TRAV) {
            expr.e = e;
            return expr;
        }
        return node(K_OTHER, expr.s, e);
    }
    /** `.0` after an expression: only whole numbers (hclsyntax rejects `.0.1`; the rest is left to hcl2json). */
    legacyIndex(i) {
        for (let p = this.start[i]; p < this.end[i]; p++) {
            if (!(0, hcl_lexer_1.isDigit)(this.text.charCodeAt(p)))
                bail("legacy index that is not a whole number");
        }
    }
    parseTerm() {
        const i = this.peekIndex();
        const t = this.type[i];
        switch (t) {
            case OPAREN: {
                this.read();
                this.enter();
                this.pushNewlines(false);
                this.parseExpression();
                const close = this.read();
                if (this.type[close] !== CPAREN)
                    bail("unbalanced parentheses");
                this.popNewlines();
                this.depth--;
                return node(K_OTHER, this.start[i], this.end[close]);
            }
            case NUM:
                this.read();
                return this.numberLiteral(i);
            case IDENT: {
                this.read();
                const next = this.peek();
                if (next === OPAREN || next === DCOLON)
                    return this.finishFunctionCall(i);
                const s = this.start[i];
                const e = this.end[i];
                // Only a name of 4 or 5 characters can be a keyword: the others skip the three comparisons.
                if (e - s === 4 || e - s === 5) {
                    if (this.isKeyword(i, "true"))
                        return node(K_LIT, s, e, true);
                    if (this.isKeyword(i, "false"))
                        return node(K_LIT, s, e, false);
                    if (this.isKeyword(i, "null"))
                        return node(K_LIT, s, e, null);
                }
                return node(K_TRAV, s, e);
            }
            case OQUOTE:
            case OHEREDOC:
                this.read();
                return this.parseTemplate(i);
            case MINUS:
            case BANG: {
                this.read();
                this.enter();
                const operand = this.parseWithTraversals();
                this.depth--;
                return node(K_UNARY, this.start[i], operand.e, t, [operand]);
            }
            case OBRACK:
                return this.parseTuple();
            case OBRACE:
                return this.parseObject();
            default:
                return bail("invalid expression");
        }
    }
    numberLiteral(i) {
        const raw = this.tokText(i);
        return node(K_LIT, this.start[i], this.end[i], numberValue(raw), undefined, raw);
    }
    finishFunctionCall(name) {
        let open = this.read();
        while (this.type[open] === DCOLON) {
            if (this.type[this.read()] !== IDENT)
                bail("missing function name after ::");
            open = this.read();
        }
        if (this.type[open] !== OPAREN)
            bail("missing ( after a function name");
        this.enter();
        this.pushNewlines(false);
        let close;
        for (;;) {
            if (this.peek() === CPAREN) {
                close = this.read();
                break;
            }
            this.parseExpression();
            const sep = this.read();
            const st = this.type[sep];
            if (st === CPAREN) {
                close = sep;
                break;
            }
            if (st === ELLIPSIS) {
                close = this.expect(CPAREN, ") after ...");
                break;
            }
            if (st !== COMMA)
                bail("missing argument separator");
            if (this.peek() === CPAREN) {
                close = this.read();
                break;
            }
        }
        this.popNewlines();
        this.depth--;
        return node(K_OTHER, this.start[name], this.end[close]);
    }
    parseTuple() {
        const open = this.read();
        this.enter();
        this.pushNewlines(false);
        if (this.isKeyword(this.peekIndex(), "for")) {
            const e = this.finishFor(open, CBRACK);
            this.popNewlines();
            this.depth--;
            return e;
        }
        const items = [];
        let close;
        for (;;) {
            if (this.peek() === CBRACK) {
                close = this.read();
                break;
            }
            items.push(this.parseExpression());
            const next = this.peek();
            if (next === CBRACK) {
                close = this.read();
                break;
            }
            if (next !== COMMA)
                bail("missing item separator");
            this.read();
        }
        this.popNewlines();
        this.depth--;
        return node(K_TUPLE, this.start[open], this.end[close], undefined, items);
    }
    parseObject() {
        const open = this.read();
        this.enter();
        this.pushNewlines(false);
        const isFor = this.isKeyword(this.peekIndex(), "for");
        this.popNewlines();
        if (isFor) {
            this.pushNewlines(false);
            const e = this.finishFor(open, CBRACE);
            this.popNewlines();
            this.depth--;
            return e;
        }
        this.pushNewlines(true);
        const items = [];
        let close;
        for (;;) {
            const t = this.peek();
            if (t === NL) {
                this.read();
                continue;
            }
            if (t === CBRACE) {
                close = this.read();
                break;
            }
            const key = this.parseExpression();
            const sep = this.peek();
            if (sep !== EQUAL && sep !== COLON)
                bail("missing key/value separator");
            this.read();
            const value = this.parseExpression();
            items.push(key, value);
            const next = this.peek();
            if (next === CBRACE) {
                close = this.read();
                break;
            }
            if (next !== COMMA && next !== NL)
                bail("missing attribute separator");
            this.read();
        }
        this.popNewlines();
        this.depth--;
        return node(K_OBJECT, this.start[open], this.end[close], undefined, items);
    }
    /** The rest of `[for …]` or `{for …}` after its opening bracket (newlines already ignored). */
    finishFor(open, closeType) {
        this.read(); // for
        if (this.type[this.read()] !== IDENT)
            bail("for expression without a variable name");
        if (this.peek() === COMMA) {
            this.read();
            if (this.type[this.read()] !== IDENT)
                bail("for expression without a value variable name");
        }
        if (!this.isKeyword(this.read(), "in"))
            bail("for expression without in");
        this.parseExpression();
        this.expect(COLON, ": in a for expression");
        this.parseExpression();
        let hasKey = false;
        if (this.peek() === FATARROW) {
            this.read();
            hasKey = true;
            this.parseExpression();
        }
        let group = false;
        if (this.peek() === ELLIPSIS) {
            this.read();
            group = true;
        }
        if (this.isKeyword(this.peekIndex(), "if")) {
            this.read();
            this.parseExpression();
        }
        const close = this.expect(closeType, "end of the for expression");
        if (closeType === CBRACK ? hasKey || group : !hasKey)
            bail("invalid for expression");
        return node(K_OTHER, this.start[open], this.end[close]);
    }
    /** A quoted string or heredoc after its opener `open`: TemplateExpr, or TemplateWrapExpr for a lone `${…}`. */
    parseTemplate(open) {
        this.enter();
        const heredoc = this.type[open] === OHEREDOC;
        const closeType = heredoc ? CHEREDOC : CQUOTE;
        const parts = [];
        let close;
        for (;;) {
            const i = this.read();
            const t = this.type[i];
            if (t === closeType) {
                close = i;
                break;
            }
            if (t === LIT) {
                parts.push(node(K_STR, this.start[i], this.end[i], this.toks.lit(i)));
            }
            else if (t === INTERP) {
                this.pushNewlines(false);
                const expr = this.parseExpression();
                if (this.type[this.read()] !== SEQEND)
                    bail("extra characters after an interpolation");
                this.popNewlines();
                parts.push(expr);
            }
            else
                bail("unterminated template");
        }
        if (heredoc && this.toks.aux[open] === 1)
            flushHeredoc(parts);
        const melded = meld(parts);
        this.depth--;
        const s = this.start[open];
        const e = this.end[close];
        if (melded.length === 1 && parts.length === 1 && parts[0].k !== K_STR)
            return node(K_WRAP, s, e, undefined, melded);
        if (melded.length === 0)
            melded.push(node(K_STR, e, e, ""));
        return node(K_TMPL, s, e, undefined, melded);
    }
}
/**
 * Gives up when a body has two attributes of one name (hclsyntax: "Attribute redefined"): a linear search while the
 * body is small (a Set per body costs more on a cold start than it saves), a Set of the names from LINEAR_NAMES on.
 */
function checkUnique(attrs, name, names) {
    const n = attrs.length;
    if (names === undefined && n < LINEAR_NAMES) {
        for (let k = 0; k < n; k++)
            if (attrs[k].name === name)
                bail("attribute redefined");
        return undefined;
    }
    if (names === undefined)
        names = new Set(attrs.map((a) => a.name));
    if (names.has(name))
        bail("attribute redefined");
    names.add(name);
    return names;
}
const LINEAR_NAMES = 16;
function isStringLiteral(t) {
    const parts = t.items;
    return parts.length === 1 && parts[0].k === K_STR;
}
/** Merges consecutive literal parts (hclsyntax's meldConsecutiveStringLiterals). */
function meld(parts) {
    let adjacent = false;
    for (let k = 1; k < parts.length; k++) {
        if (parts[k].k === K_STR && parts[k - 1].k === K_STR) {
            adjacent = true;
            break;
        }
    }
    if (!adjacent)
        return parts; // the usual case: nothing to merge
    const out = [];
    for (const part of parts) {
        const prev = out[out.length - 1];
        if (part.k === K_STR && prev !== undefined && prev.k === K_STR) {
            out[out.length - 1] = node(K_STR, prev.s, part.e, prev.v + part.v);
        }
        else
            out.push(part);
    }
    return out;
}
/**
 * `<<-` heredocs: hclsyntax's flushHeredocTemplateParts. Each line's first part, when it is text that is not blank,
 * counts its leading spaces; the fewest counted are removed from each such part. (ASCII only: a space is one
 * grapheme cluster.) Literal parts here end at each newline, as hclsyntax's heredoc tokens do.
 */
function flushHeredoc(parts) {
    let min = Number.MAX_SAFE_INTEGER;
    let newline = true;
    const adjust = [];
    for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        if (newline) {
            newline = false;
            let spaces = 0;
            if (part.k === K_STR) {
                const v = part.v;
                let lead = 0;
                while (lead < v.length && isSpace(v.charCodeAt(lead)))
                    lead++;
                if (lead === v.length && v.endsWith("\n"))
                    spaces = Number.MAX_SAFE_INTEGER;
                else {
                    spaces = lead;
                    adjust.push(k);
                }
            }
            if (spaces < min)
                min = spaces;
        }
        if (part.k === K_STR && part.v.endsWith("\n"))
            newline = true;
    }
    for (const k of adjust) {
        const part = parts[k];
        parts[k] = node(K_STR, part.s + min, part.e, part.v.slice(min));
    }
}
/**
 * A number literal's JSON value, when Go prints it so that JSON.parse gives exactly `Number(raw)`: cty parses it
 * at 512 bits and prints the shortest decimal that reads back, which for up to 15 significant digits is the literal's
 * own value.
 */
function numberValue(raw) {
    let p = 0;
    const n = raw.length;
    while (p < n && (0, hcl_lexer_1.isDigit)(raw.charCodeAt(p)))
        p++;
    if (p === n && n <= 15)
        return Number(raw); // a whole number of up to 15 digits: the usual case
    const intDigits = raw.slice(0, p);
    let frac = "";
    if (raw.charCodeAt(p) === 46) {
        const f = ++p;
        while (p < n && (0, hcl_lexer_1.isDigit)(raw.charCodeAt(p)))
            p++;
        if (p === f)
            bail("invalid number");
        frac = raw.slice(f, p);
    }
    if (p < n && (raw.charCodeAt(p) === 101 || raw.charCodeAt(p) === 69)) {
        p++;
        if (raw.charCodeAt(p) === 43 || raw.charCodeAt(p) === 45)
            p++;
        const f = p;
        while (p < n && (0, hcl_lexer_1.isDigit)(raw.charCodeAt(p)))
            p++;
        if (p === f || p - f > 3)
            bail("number exponent");
    }
    if (p !== n)
        bail("invalid number");
    const digits = (intDigits + frac).replace(/^0+/, "").replace(/0+$/, "");
    if (digits.length > 15)
        bail("number with more than 15 significant digits");
    const value = Number(raw);
    const size = Math.abs(value);
    if (digits.length > 0 && !(size > 1e-300 && size < 1e300))
        bail("number out of range");
    return value;
}
/**
 * A number literal as a string, as cty converts it (big.Float's Text('f', -1): the shortest decimal that reads back
 * at 512 bits, without exponent), which for up to 15 significant digits is the literal's own digits.
 */
function numberText(raw) {
    numberValue(raw); // the same limits as for JSON numbers
    const m = /^([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(raw);
    let digits = m[1] + (m[2] ?? "");
    let point = m[1].length + Number(m[3] ?? 0);
    const lead = /^0*/.exec(digits)[0].length;
    digits = digits.slice(lead);
    point -= lead;
    digits = digits.replace(/0+$/, "");
    if (digits === "")
        return "0";
    if (point > 30 || point < -30)
        bail("number too long to write");
    if (point <= 0)
        return `0.${"0".repeat(-point)}${digits}`;
    if (point >= digits.length)
        return digits + "0".repeat(point - digits.length);
    return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
// ---------------------------------------------------------------------------------------------------------------
// Conversion: hcl2json's convert.go
/**
 * hcl2json's converter, building the values JSON.parse would give for the text Go's json.Marshal writes (object keys
 * sorted, a repeated key keeping its last value), as hcl2json's bridge reads Go's text: objects with their keys in
 * that order (`__proto__` an own property), -0 kept. Built directly rather than written as JSON text and parsed:
 * on a cold start the text's concatenation, joining and parsing cost more than the objects themselves.
 */
class Converter {
    text;
    constructor(text) {
        this.text = text;
    }
    body(body) {
        const keys = [];
        const values = [];
        if (body.blocks.length > 0) {
            const out = new Map();
            const blocks = body.blocks;
            for (let k = 0; k < blocks.length; k++)
                this.block(blocks[k], out);
            labelEntries(out, keys, values);
        }
        const attrs = body.attrs;
        for (let k = 0; k < attrs.length; k++) {
            keys.push(attrs[k].name);
            values.push(this.expr(attrs[k].expr));
        }
        return objectOf(keys, values);
    }
    block(block, root) {
        let out = root;
        let key = block.type;
        if (block.labels.length > exports.MAX_DEPTH)
            bail("too many labels");
        const labels = block.labels;
        for (let k = 0; k < labels.length; k++) {
            const label = labels[k];
            const existing = out.get(key);
            if (existing === undefined) {
                const next = new Map();
                out.set(key, next);
                out = next;
            }
            else if (existing instanceof Map) {
                out = existing;
            }
            else
                bail("block with and without labels");
            key = label;
        }
        const value = this.body(block.body);
        const existing = out.get(key);
        if (existing === undefined)
            out.set(key, [value]);
        else if (Array.isArray(existing))
            existing.push(value);
        else
            bail("block with and without labels");
    }
    expr(e) {
        switch (e.k) {
            case K_LIT:
                return e.v;
            case K_UNARY: {
                const operand = e.items[0];
                if (operand.k !== K_LIT)
                    return this.wrap(e);
                if (e.v === MINUS && typeof operand.v === "number")
                    return -operand.v;
                if (e.v === BANG && typeof operand.v === "boolean")
                    return !operand.v;
                return bail("invalid unary operand");
            }
            case K_TMPL:
                return this.template(e);
            case K_WRAP:
                return this.expr(e.items[0]);
            case K_TUPLE: {
                const items = e.items;
                const out = new Array(items.length);
                for (let k = 0; k < items.length; k++)
                    out[k] = this.expr(items[k]);
                return out;
            }
            case K_OBJECT: {
                const items = e.items;
                const keys = [];
                const values = [];
                for (let k = 0; k < items.length; k += 2) {
                    keys.push(this.key(items[k]));
                    values.push(this.expr(items[k + 1]));
                }
                return objectOf(keys, values);
            }
            default:
                return this.wrap(e);
        }
    }
    template(t) {
        const parts = t.items;
        let s = "";
        for (let k = 0; k < parts.length; k++)
            s += this.stringPart(parts[k]);
        return s;
    }
    stringPart(e) {
        switch (e.k) {
            case K_STR:
                return escapeLiteral(e.v);
            case K_LIT:
                if (e.v === null)
                    return "null";
                if (typeof e.v === "boolean")
                    return String(e.v);
                return numberText(e.raw);
            case K_TMPL:
                return this.template(e);
            case K_WRAP:
                return this.stringPart(e.items[0]);
            case K_COND: {
                // hcl2json writes a conditional inside a template (or key) as a template directive.
                const [cond, t, f] = e.items;
                const falseText = this.stringPart(f);
                return `%{if ${this.rangeSource(cond)}}${this.stringPart(t)}${falseText === "" ? "" : `%{else}${falseText}`}%{endif}`;
            }
            default:
                return this.wrap(e);
        }
    }
    key(e) {
        return e.k === K_TRAV ? this.rangeSource(e) : this.stringPart(e);
    }
    rangeSource(e) {
        let end = e.e;
        if (this.text.charCodeAt(end) === 41)
            end++;
        return this.text.slice(e.s, end);
    }
    wrap(e) {
        return "${" + this.rangeSource(e) + "}";
    }
}
function escapeLiteral(s) {
    if (!s.includes("{"))
        return s;
    return s.replace(/\$\{/g, "$$${").replace(/%\{/g, "%%{");
}
/** The entries of a label map: nested label maps as objects, lists of bodies as arrays. */
function labelEntries(map, keys, values) {
    // Keys and values as two iterations, not entries: an entry is an array allocated per key.
    for (const key of map.keys())
        keys.push(key);
    for (const value of map.values()) {
        if (value instanceof Map) {
            const innerKeys = [];
            const innerValues = [];
            labelEntries(value, innerKeys, innerValues);
            values.push(objectOf(innerKeys, innerValues));
        }
        else
            values.push(value);
    }
}
/**
 * The object JSON.parse gives for the text Go's json.Marshal writes for a map: keys in byte order (UTF-16 order is
 * UTF-8 order but for characters beyond U+FFFF: when the text has some, the keys are compared as UTF-8 bytes), a
 * repeated key keeping its last value (as a Go map assignment does). Keys are added in that order, so the object
 * lists them as JSON.parse's would (integer-like keys first, as for any object); `__proto__` is defined as an own
 * property, as JSON.parse defines it, not assigned (which would set the prototype).
 */
function objectOf(keys, values) {
    const n = keys.length;
    const out = {};
    if (n === 0)
        return out;
    const order = new Array(n);
    for (let k = 0; k < n; k++)
        order[k] = k;
    // A stable sort of the indices by key: insertion sort for the usual small objects.
    if (astral)
        order.sort((a, b) => Buffer.compare(Buffer.from(keys[a]), Buffer.from(keys[b])) || a - b);
    else if (n <= 24) {
        for (let k = 1; k < n; k++) {
            const idx = order[k];
            const key = keys[idx];
            let j = k - 1;
            while (j >= 0 && keys[order[j]] > key) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = idx;
        }
    }
    else
        order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    for (let k = 0; k < n; k++) {
        const idx = order[k];
        const key = keys[idx];
        if (k + 1 < n && keys[order[k + 1]] === key)
            continue; // a later value of the same key wins
        if (key === "__proto__")
            Object.defineProperty(out, key, { value: values[idx], writable: true, enumerable: true, configurable: true });
        else
            out[key] = values[idx];
    }
    return out;
}
/**
 * Whether this parse may have a key with a character beyond U+FFFF (the text has one, or a string escape made one):
 * Go sorts keys by UTF-8 bytes, which for those is not the order of UTF-16 code units, so objects then sort their
 * keys as bytes.
 */
let astral = false;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Whether `text` has no lone surrogate: String.prototype.isWellFormed (Node 20) where there is one. */
function wellFormed(text) {
    const native = text.isWellFormed;
    return native !== undefined ? native.call(text) : !LONE_SURROGATE.test(text);
}
/** `fastParse` with the reason when it gives up (`internal: …` would be a bug: the fast path threw). */
function fastParseDetailed(text) {
    try {
        // hcl2json gets the text as UTF-8, where a lone surrogate becomes U+FFFD: the source text it copies would differ.
        if (!wellFormed(text))
            return { bail: "lone surrogate" };
        // Any character beyond U+FFFF anywhere (a key copied from source text keeps its comments, so one in a comment can
        // be in a key): keys then sort as UTF-8 bytes, as Go's do. The UTF-16 order is only a shortcut for the rest.
        astral = SURROGATE.test(text);
        return parseAndConvert(text);
    }
    catch (e) {
        if (e instanceof Bail)
            return { bail: e.message };
        return { bail: `internal: ${String(e)}` };
    }
}
function parseAndConvert(text) {
    const toks = shared ?? new Tokens();
    shared = undefined; // not shared while in use
    toks.reset();
    try {
        scan(text, toks);
        const body = new Parser(text, toks).parseFile();
        return { json: new Converter(text).body(body) };
    }
    finally {
        toks.strs.length = 0;
        if (toks.type.length <= KEEP_TOKENS)
            shared = toks;
    }
}
/** hcl2json's JSON for `text`, exactly, or undefined when this parser is not certain (then hcl2json parses it). */
function fastParse(text) {
    const r = fastParseDetailed(text);
    return "json" in r ? r.json : undefined;
}
