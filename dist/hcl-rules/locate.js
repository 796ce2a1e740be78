"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lazyLineIndex = lazyLineIndex;
exports.locateLines = locateLines;
/**
 * Line index of one Terraform (.tf) file.
 *
 * hcl2json keeps no positions, yet every finding must point at `file:line`. This scanner reads the same text and
 * records the line span of every block, attribute, tuple element and object key under the path hcl2json gives it:
 * a block's keyword, then each label, then its index among blocks with the same keyword and labels in that body,
 * then its body (`resource.aws_lb.main[0].listener[1].port`).
 *
 * It is a tolerant lexer plus a shallow parser, not a second HCL parser: it only needs to know where strings,
 * heredocs, comments and brackets begin and end, so that nothing inside them is taken for structure. It never throws
 * and stays linear on malformed input (an unclosed bracket or string runs to the end of the file), and it nests
 * through explicit stacks or capped recursion so that hostile nesting cannot overflow the call stack.
 */
const hcl_lexer_1 = require("./hcl-lexer");
// Token kinds. Plain numbers rather than an enum: the token stream lives in parallel number arrays.
const NEWLINE = 0;
const IDENT = 1;
const NUMBER = 2;
const STRING = 3; // a quoted template or a heredoc, interpolations included
const LBRACE = 4;
const RBRACE = 5;
const LBRACK = 6;
const RBRACK = 7;
const LPAREN = 8;
const RPAREN = 9;
const COMMA = 10;
const EQUALS = 11; // a lone `=`; `==`, `=>`, `<=`, `>=`, `!=` are OTHER
const COLON = 12;
const OTHER = 13;
const EOF = 14;
/** Hostile nesting is skipped (bracket-matched) past these depths instead of recursed into. */
const MAX_BLOCK_DEPTH = 200;
const MAX_VALUE_DEPTH = 100;
// Template frames, kept on an explicit stack while scanning a string: `"a${ f("}") }b"` nests QUOTED > CODE > QUOTED.
const FRAME_QUOTED = 0;
const FRAME_CODE = 1; // inside `${ }` or `%{ }`; `braces` counts object braces so the right `}` closes it
const FRAME_HEREDOC = 2;
/**
 * The token stream: parallel typed arrays, one entry per token (the first `count`), ending with one EOF token. The
 * arrays are shared by every file and grow by doubling: a file's tokens are read only while its line index is built,
 * before the next file is lexed, so reusing them spares an allocation (and its garbage) per token per file.
 */
class TokenStream {
    kind;
    start;
    end;
    line;
    endLine;
    count = 0;
    comments = [];
    constructor() {
        this.kind = sharedKind;
        this.start = sharedStart;
        this.end = sharedEnd;
        this.line = sharedLine;
        this.endLine = sharedEndLine;
    }
    push(kind, start, end, line, endLine) {
        const i = this.count;
        if (i === this.kind.length)
            this.grow();
        this.kind[i] = kind;
        this.start[i] = start;
        this.end[i] = end;
        this.line[i] = line;
        this.endLine[i] = endLine;
        this.count = i + 1;
    }
    grow() {
        const size = this.kind.length * 2;
        const kind = new Uint8Array(size);
        kind.set(this.kind);
        this.kind = sharedKind = kind;
        this.start = sharedStart = grown(this.start, size);
        this.end = sharedEnd = grown(this.end, size);
        this.line = sharedLine = grown(this.line, size);
        this.endLine = sharedEndLine = grown(this.endLine, size);
    }
}
function grown(old, size) {
    const bigger = new Int32Array(size);
    bigger.set(old);
    return bigger;
}
const FIRST_TOKENS = 4096;
let sharedKind = new Uint8Array(FIRST_TOKENS);
let sharedStart = new Int32Array(FIRST_TOKENS);
let sharedEnd = new Int32Array(FIRST_TOKENS);
let sharedLine = new Int32Array(FIRST_TOKENS);
let sharedEndLine = new Int32Array(FIRST_TOKENS);
let sharedMatch = new Int32Array(FIRST_TOKENS);
class Lexer {
    text;
    pos;
    line = 1;
    length;
    tokens = new TokenStream();
    constructor(text) {
        this.text = text;
        this.length = text.length;
        this.pos = text.charCodeAt(0) === hcl_lexer_1.CH_BOM ? 1 : 0;
    }
    run() {
        const text = this.text;
        const n = this.length;
        const tokens = this.tokens;
        while (this.pos < n) {
            const i = this.pos;
            const c = text.charCodeAt(i);
            const line = this.line;
            switch (c) {
                case hcl_lexer_1.CH_SPACE:
                case hcl_lexer_1.CH_TAB:
                case hcl_lexer_1.CH_CR:
                    this.pos++;
                    break;
                case hcl_lexer_1.CH_LF:
                    tokens.push(NEWLINE, i, i + 1, line, line);
                    this.line++;
                    this.pos++;
                    break;
                case hcl_lexer_1.CH_HASH:
                    this.lineComment(i + 1);
                    break;
                case hcl_lexer_1.CH_SLASH: {
                    const next = text.charCodeAt(i + 1);
                    if (next === hcl_lexer_1.CH_SLASH)
                        this.lineComment(i + 2);
                    else if (next === hcl_lexer_1.CH_STAR)
                        this.blockComment();
                    else
                        this.single(OTHER);
                    break;
                }
                case hcl_lexer_1.CH_QUOTE:
                    this.scanTemplate([{ kind: FRAME_QUOTED, braces: 0, marker: "", atLineStart: false }], i + 1);
                    tokens.push(STRING, i, this.pos, line, this.line);
                    break;
                case hcl_lexer_1.CH_LBRACE:
                    this.single(LBRACE);
                    break;
                case hcl_lexer_1.CH_RBRACE:
                    this.single(RBRACE);
                    break;
                case hcl_lexer_1.CH_LBRACK:
                    this.single(LBRACK);
                    break;
                case hcl_lexer_1.CH_RBRACK:
                    this.single(RBRACK);
                    break;
                case hcl_lexer_1.CH_LPAREN:
                    this.single(LPAREN);
                    break;
                case hcl_lexer_1.CH_RPAREN:
                    this.single(RPAREN);
                    break;
                case hcl_lexer_1.CH_COMMA:
                    this.single(COMMA);
                    break;
                case hcl_lexer_1.CH_COLON:
                    this.single(COLON);
                    break;
                case hcl_lexer_1.CH_EQ: {
                    const next = text.charCodeAt(i + 1);
                    if (next === hcl_lexer_1.CH_EQ || next === hcl_lexer_1.CH_GT)
                        this.double(OTHER);
                    else
                        this.single(EQUALS);
                    break;
                }
                case hcl_lexer_1.CH_BANG:
                case hcl_lexer_1.CH_GT:
                    if (text.charCodeAt(i + 1) === hcl_lexer_1.CH_EQ)
                        this.double(OTHER);
                    else
                        this.single(OTHER);
                    break;
                case hcl_lexer_1.CH_LT: {
                    const next = text.charCodeAt(i + 1);
                    if (next === hcl_lexer_1.CH_LT) {
                        const heredoc = (0, hcl_lexer_1.heredocOpener)(text, i);
                        if (heredoc) {
                            this.line++;
                            this.scanTemplate([{ kind: FRAME_HEREDOC, braces: 0, marker: heredoc.marker, atLineStart: true }], heredoc.bodyStart);
                            tokens.push(STRING, i, this.pos, line, this.line);
                        }
                        else
                            this.double(OTHER);
                    }
                    else if (next === hcl_lexer_1.CH_EQ)
                        this.double(OTHER);
                    else
                        this.single(OTHER);
                    break;
                }
                case hcl_lexer_1.CH_AMP:
                case hcl_lexer_1.CH_PIPE:
                    if (text.charCodeAt(i + 1) === c)
                        this.double(OTHER);
                    else
                        this.single(OTHER);
                    break;
                default:
                    if ((0, hcl_lexer_1.isDigit)(c))
                        this.number();
                    else if ((0, hcl_lexer_1.isIdentStartAt)(text, i)) {
                        this.pos = (0, hcl_lexer_1.identEnd)(text, i + (0, hcl_lexer_1.identStartLength)(text, i));
                        tokens.push(IDENT, i, this.pos, line, line);
                    }
                    else
                        this.single(OTHER);
            }
        }
        tokens.push(EOF, n, n, this.line, this.line);
        return tokens;
    }
    single(kind) {
        this.tokens.push(kind, this.pos, this.pos + 1, this.line, this.line);
        this.pos++;
    }
    double(kind) {
        this.tokens.push(kind, this.pos, this.pos + 2, this.line, this.line);
        this.pos += 2;
    }
    number() {
        const text = this.text;
        let j = this.pos + 1;
        while ((0, hcl_lexer_1.isDigit)(text.charCodeAt(j)))
            j++;
        if (text.charCodeAt(j) === hcl_lexer_1.CH_DOT && (0, hcl_lexer_1.isDigit)(text.charCodeAt(j + 1))) {
            j += 2;
            while ((0, hcl_lexer_1.isDigit)(text.charCodeAt(j)))
                j++;
        }
        const e = text.charCodeAt(j);
        if (e === 101 || e === 69) {
            let k = j + 1;
            const sign = text.charCodeAt(k);
            if (sign === 43 || sign === hcl_lexer_1.CH_MINUS)
                k++;
            if ((0, hcl_lexer_1.isDigit)(text.charCodeAt(k))) {
                j = k + 1;
                while ((0, hcl_lexer_1.isDigit)(text.charCodeAt(j)))
                    j++;
            }
        }
        this.tokens.push(NUMBER, this.pos, j, this.line, this.line);
        this.pos = j;
    }
    lineComment(textStart) {
        const text = this.text;
        const eol = (0, hcl_lexer_1.lineCommentEnd)(text, textStart);
        const textEnd = eol > textStart && text.charCodeAt(eol - 1) === hcl_lexer_1.CH_CR ? eol - 1 : eol;
        this.tokens.comments.push({ line: this.line, text: text.slice(textStart, textEnd) });
        this.pos = eol; // the newline itself stays a token: it ends the attribute before the comment
    }
    blockComment() {
        const text = this.text;
        const textStart = this.pos + 2;
        const textEnd = (0, hcl_lexer_1.blockCommentTextEnd)(text, this.pos);
        this.tokens.comments.push({ line: this.line, text: text.slice(textStart, textEnd) });
        this.line += (0, hcl_lexer_1.countNewlines)(text, textStart, textEnd);
        this.pos = (0, hcl_lexer_1.blockCommentEnd)(text, this.pos);
    }
    /** One step through template text at `i`: an interpolation or directive opens, an escape or a character passes. */
    templateText(stack, i) {
        const mark = (0, hcl_lexer_1.templateMarkAt)(this.text, i);
        if (mark === "interpolation" || mark === "directive") {
            stack.push({ kind: FRAME_CODE, braces: 0, marker: "", atLineStart: false });
            return i + 2;
        }
        return mark === "escape" ? i + 3 : i + 1; // `$${` and `%%{` are literal text
    }
    /**
     * Scans a quoted template or heredoc body from `i` to just past its end, through nested interpolations, their
     * strings, comments and heredocs, counting lines. A raw newline ends a quoted string (HCL forbids it there), so an
     * unclosed `"` costs one line, not the rest of the file.
     */
    scanTemplate(stack, i) {
        const text = this.text;
        const n = this.length;
        while (stack.length > 0 && i < n) {
            const frame = stack[stack.length - 1];
            const c = text.charCodeAt(i);
            if (frame.kind === FRAME_QUOTED) {
                if (c === hcl_lexer_1.CH_QUOTE) {
                    stack.pop();
                    i++;
                }
                else if (c === hcl_lexer_1.CH_BACKSLASH) {
                    i = (0, hcl_lexer_1.stringEscapeEnd)(text, i);
                }
                else if (c === hcl_lexer_1.CH_LF) {
                    stack.pop(); // unterminated: leave the newline to whoever encloses the string
                }
                else
                    i = this.templateText(stack, i);
            }
            else if (frame.kind === FRAME_HEREDOC) {
                if (frame.atLineStart) {
                    frame.atLineStart = false;
                    const closerEnd = (0, hcl_lexer_1.heredocCloserEnd)(text, i, frame.marker);
                    if (closerEnd >= 0) {
                        stack.pop();
                        i = closerEnd;
                        continue;
                    }
                }
                if (c === hcl_lexer_1.CH_LF) {
                    this.line++;
                    frame.atLineStart = true;
                    i++;
                }
                else
                    i = this.templateText(stack, i);
            }
            else {
                switch (c) {
                    case hcl_lexer_1.CH_QUOTE:
                        stack.push({ kind: FRAME_QUOTED, braces: 0, marker: "", atLineStart: false });
                        i++;
                        break;
                    case hcl_lexer_1.CH_LBRACE:
                        frame.braces++;
                        i++;
                        break;
                    case hcl_lexer_1.CH_RBRACE:
                        if (frame.braces === 0)
                            stack.pop();
                        else
                            frame.braces--;
                        i++;
                        break;
                    case hcl_lexer_1.CH_LF:
                        this.line++;
                        i++;
                        break;
                    case hcl_lexer_1.CH_HASH:
                        this.pos = i;
                        this.lineComment(i + 1);
                        i = this.pos;
                        break;
                    case hcl_lexer_1.CH_SLASH: {
                        const next = text.charCodeAt(i + 1);
                        this.pos = i;
                        if (next === hcl_lexer_1.CH_SLASH)
                            this.lineComment(i + 2);
                        else if (next === hcl_lexer_1.CH_STAR)
                            this.blockComment();
                        else
                            this.pos = i + 1;
                        i = this.pos;
                        break;
                    }
                    case hcl_lexer_1.CH_LT: {
                        const heredoc = text.charCodeAt(i + 1) === hcl_lexer_1.CH_LT ? (0, hcl_lexer_1.heredocOpener)(text, i) : undefined;
                        if (heredoc) {
                            this.line++;
                            stack.push({ kind: FRAME_HEREDOC, braces: 0, marker: heredoc.marker, atLineStart: true });
                            i = heredoc.bodyStart;
                        }
                        else
                            i++;
                        break;
                    }
                    default:
                        i++;
                }
            }
        }
        this.pos = Math.min(i, n);
    }
}
function isOpen(kind) {
    return kind === LBRACE || kind === LBRACK || kind === LPAREN;
}
/** Which kind of open bracket a close bracket closes, or -1. */
function openerOf(kind) {
    return kind === RBRACE ? LBRACE : kind === RBRACK ? LBRACK : kind === RPAREN ? LPAREN : -1;
}
/**
 * For every open bracket, the index of its close bracket (or of EOF when unclosed), found in one pass with a stack.
 * A close that skips over other open brackets closes them too; a close with no opener of its kind is left alone.
 */
function matchBrackets(kinds, count) {
    if (sharedMatch.length < kinds.length)
        sharedMatch = new Int32Array(kinds.length);
    const match = sharedMatch.fill(-1, 0, count);
    const stack = [];
    const openCount = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (let i = 0; i < count; i++) {
        const k = kinds[i];
        if (isOpen(k)) {
            stack.push(i);
            openCount[k]++;
            continue;
        }
        const opener = openerOf(k);
        if (opener < 0 || openCount[opener] === 0)
            continue;
        for (;;) {
            const j = stack.pop();
            match[j] = i;
            openCount[kinds[j]]--;
            if (kinds[j] === opener)
                break;
        }
    }
    const eof = count - 1;
    for (const j of stack)
        match[j] = eof;
    return match;
}
const SIMPLE_ESCAPES = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
/** The value hcl2json gives a quoted label or key: escapes decoded; a template with interpolations stays as written. */
function unquote(raw) {
    if (raw.indexOf("\\") < 0 && raw.indexOf("$${") < 0 && raw.indexOf("%%{") < 0)
        return raw;
    let out = "";
    for (let i = 0; i < raw.length; i++) {
        const ch = raw[i];
        if (ch === "\\" && i + 1 < raw.length) {
            const e = raw[i + 1];
            if (SIMPLE_ESCAPES[e] !== undefined) {
                out += SIMPLE_ESCAPES[e];
                i++;
                continue;
            }
            const width = e === "u" ? 4 : e === "U" ? 8 : 0;
            const hex = raw.slice(i + 2, i + 2 + width);
            if (width > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === width) {
                const code = parseInt(hex, 16);
                out += code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
                i += 1 + width;
                continue;
            }
            out += ch;
        }
        else if ((ch === "$" || ch === "%") && raw[i + 1] === ch && raw[i + 2] === "{") {
            out += ch + "{";
            i += 2;
        }
        else
            out += ch;
    }
    return out;
}
class StructureParser {
    text;
    tokens;
    kind;
    match;
    constructor(text, tokens) {
        this.text = text;
        this.tokens = tokens;
        this.kind = tokens.kind;
        this.match = matchBrackets(tokens.kind, tokens.count);
    }
    parseFile() {
        const root = { line: 1, endLine: 1, named: new Map() };
        this.parseBody(root, 0, false, 0);
        return root;
    }
    tokenText(t) {
        return this.text.slice(this.tokens.start[t], this.tokens.end[t]);
    }
    stringValue(t) {
        const raw = this.tokenText(t);
        if (raw.charCodeAt(0) !== hcl_lexer_1.CH_QUOTE)
            return raw; // a heredoc: never a label or key in valid HCL
        const closed = raw.length > 1 && raw.charCodeAt(raw.length - 1) === hcl_lexer_1.CH_QUOTE;
        return unquote(raw.slice(1, closed ? -1 : undefined));
    }
    /** Parses attributes and blocks up to the `}` that closes this body (or EOF); returns that token's index. */
    parseBody(body, p, nested, depth) {
        const kind = this.kind;
        for (;;) {
            const k = kind[p];
            if (k === NEWLINE || k === COMMA) {
                p++;
            }
            else if (k === EOF) {
                return p;
            }
            else if (k === RBRACE) {
                if (nested)
                    return p;
                p++; // a stray `}` at the top level
            }
            else {
                if (k === IDENT) {
                    if (kind[p + 1] === EQUALS) {
                        p = this.attribute(body, p);
                        continue;
                    }
                    let q = p + 1;
                    while (kind[q] === IDENT || kind[q] === STRING)
                        q++;
                    if (kind[q] === LBRACE) {
                        p = this.block(body, p, q, depth);
                        continue;
                    }
                }
                p = this.skipStatement(p); // not HCL structure: resynchronise at the next line of this body
            }
        }
    }
    /** Index of the token that ends the expression starting at `p`: a newline, a `}` closing the body, or EOF. */
    skipStatement(p) {
        const kind = this.kind;
        for (;;) {
            const k = kind[p];
            if (k === NEWLINE || k === EOF || k === RBRACE)
                return p;
            if (isOpen(k)) {
                p = this.match[p];
                if (kind[p] === EOF)
                    return p;
            }
            p++;
        }
    }
    attribute(body, nameToken) {
        const tokens = this.tokens;
        const valueStart = nameToken + 2;
        const valueEnd = this.skipStatement(valueStart);
        const last = valueEnd > valueStart ? valueEnd - 1 : nameToken + 1;
        const node = { line: tokens.line[nameToken], endLine: tokens.endLine[last] };
        const name = this.tokenText(nameToken);
        if (!body.named.has(name))
            body.named.set(name, node); // HCL rejects duplicates; keep the first
        if (valueEnd > valueStart)
            this.indexValue(node, valueStart, valueEnd - 1, 0);
        return valueEnd;
    }
    block(body, keywordToken, braceToken, depth) {
        const tokens = this.tokens;
        const line = tokens.line[keywordToken];
        const groups = [];
        let group = this.childGroup(body, this.tokenText(keywordToken), line);
        groups.push(group);
        for (let t = keywordToken + 1; t < braceToken; t++) {
            const label = this.kind[t] === STRING ? this.stringValue(t) : this.tokenText(t);
            group = this.childGroup(group, label, line);
            groups.push(group);
        }
        const block = { line, endLine: line, named: new Map() };
        (group.items ??= []).push(block);
        const close = depth < MAX_BLOCK_DEPTH ? this.parseBody(block, braceToken + 1, true, depth + 1) : this.match[braceToken];
        block.endLine = tokens.endLine[close];
        for (const g of groups)
            if (g.endLine < block.endLine)
                g.endLine = block.endLine;
        return this.kind[close] === EOF ? close : close + 1;
    }
    childGroup(parent, name, line) {
        const named = (parent.named ??= new Map());
        let group = named.get(name);
        if (!group) {
            group = { line, endLine: line };
            named.set(name, group);
        }
        return group;
    }
    /** Indexes the elements of a tuple literal or the keys of an object literal spanning tokens first..last. */
    indexValue(node, first, last, depth) {
        if (depth >= MAX_VALUE_DEPTH || this.match[first] !== last)
            return;
        const k = this.kind[first];
        if (k === LBRACK && !this.isForExpression(first + 1))
            this.indexTuple(node, first, last, depth);
        else if (k === LBRACE && !this.isForExpression(first + 1))
            this.indexObject(node, first, last, depth);
    }
    isForExpression(p) {
        const kind = this.kind;
        while (kind[p] === NEWLINE)
            p++;
        if (kind[p] !== IDENT || this.tokenText(p) !== "for")
            return false;
        p++;
        while (kind[p] === NEWLINE)
            p++;
        return kind[p] === IDENT;
    }
    /** Scans one item from `p` until a comma, a newline (if `newlineEnds`) or `close`; returns [stop, lastToken]. */
    scanItem(p, close, newlineEnds) {
        const kind = this.kind;
        let last = -1;
        while (p < close) {
            const k = kind[p];
            if (k === COMMA || (k === NEWLINE && newlineEnds))
                break;
            if (k === NEWLINE) {
                p++;
                continue;
            }
            if (isOpen(k)) {
                const m = this.match[p];
                if (m >= close)
                    return [close, close - 1]; // mismatched brackets: the item runs to the end
                last = m;
                p = m + 1;
                continue;
            }
            last = p;
            p++;
        }
        return [p, last];
    }
    indexTuple(node, open, close, depth) {
        const tokens = this.tokens;
        const kind = this.kind;
        const items = [];
        let p = open + 1;
        while (p < close) {
            const k = kind[p];
            if (k === NEWLINE || k === COMMA) {
                p++;
                continue;
            }
            const [stop, last] = this.scanItem(p, close, false);
            const element = { line: tokens.line[p], endLine: tokens.endLine[last] };
            items.push(element);
            this.indexValue(element, p, last, depth + 1);
            p = stop;
        }
        node.items = items;
    }
    indexObject(node, open, close, depth) {
        const tokens = this.tokens;
        const kind = this.kind;
        const named = new Map();
        let p = open + 1;
        while (p < close) {
            const k = kind[p];
            if (k === NEWLINE || k === COMMA) {
                p++;
                continue;
            }
            const keyStart = p;
            while (p < close && kind[p] !== EQUALS && kind[p] !== COLON && kind[p] !== NEWLINE && kind[p] !== COMMA) {
                if (isOpen(kind[p]))
                    p = Math.min(this.match[p], close);
                p++;
            }
            if (p >= close || (kind[p] !== EQUALS && kind[p] !== COLON))
                continue; // not `key = value`: skip it
            const keyEnd = p;
            const separator = p;
            const [stop, last] = this.scanItem(p + 1, close, true);
            const valueEnd = last >= 0 ? last : separator;
            const entry = { line: tokens.line[keyStart], endLine: tokens.endLine[valueEnd] };
            const key = this.objectKey(keyStart, keyEnd);
            if (!named.has(key))
                named.set(key, entry);
            if (last >= 0)
                this.indexValue(entry, separator + 1, last, depth + 1);
            p = stop;
        }
        node.named = named;
    }
    /** The key hcl2json writes for an object-literal key: a name or literal as is, an expression as `${expr}`. */
    objectKey(start, end) {
        const kind = this.kind;
        if (end - start === 1) {
            if (kind[start] === STRING)
                return this.stringValue(start);
            if (kind[start] === IDENT || kind[start] === NUMBER)
                return this.tokenText(start);
        }
        const raw = this.text.slice(this.tokens.start[start], this.tokens.end[end - 1]);
        for (let t = start; t < end; t++) {
            if (kind[t] !== IDENT && !(kind[t] === OTHER && this.tokenText(t) === "."))
                return "${" + raw + "}";
        }
        return raw; // a bare traversal such as `var.k`, which hcl2json keeps as written
    }
}
function toResult(node, exact) {
    return { line: node.line, endLine: node.endLine, exact };
}
/**
 * Line indexes already built, by text: a line index depends on the text alone and is never modified, so files with the
 * same text share one (a monorepo repeats files: the bench corpus has 1,207 texts in 1,922 files), and a second scan
 * in the same process (an editor, a library host) builds none again for files that did not change. Bounded by the
 * length of the texts kept; past it the cache starts afresh.
 */
const indexes = new Map();
let indexedChars = 0;
/** The texts kept are held as long as the process lives (a library host's too): 16 Mi characters, ten bench corpora. */
const MAX_INDEXED_CHARS = 16 * 1024 * 1024;
function sharedLineIndex(text) {
    const hit = indexes.get(text);
    if (hit !== undefined)
        return hit;
    const index = locateLines(text);
    if (indexedChars + text.length > MAX_INDEXED_CHARS) {
        indexes.clear();
        indexedChars = 0;
    }
    indexes.set(text, index);
    indexedChars += text.length;
    return index;
}
/**
 * The line index of one .tf file, built on its first use. Most files of a scan are never looked up (a scan locates
 * resources, module calls and what went wrong; variables, outputs and provider files rarely), so building every
 * index up front cost the main thread a third of a large scan's locating for nothing. `mentions` answers from the
 * text without building it.
 */
function lazyLineIndex(text) {
    let index;
    const built = () => (index ??= sharedLineIndex(text));
    return {
        lookup: (path) => built().lookup(path),
        get comments() {
            return built().comments;
        },
        mentions: (needle) => text.includes(needle),
    };
}
/** Indexes the blocks, attributes, tuple elements and object keys of one .tf file by their hcl2json paths. */
function locateLines(text) {
    const tokens = new Lexer(text).run();
    const root = new StructureParser(text, tokens).parseFile();
    return {
        lookup(path) {
            let node = root;
            let found;
            for (const step of path) {
                const child = typeof step === "number" ? node.items?.[step] : node.named?.get(step);
                if (!child)
                    return found && toResult(found, false);
                node = found = child;
            }
            return found && toResult(found, true);
        },
        comments: tokens.comments,
        mentions: (needle) => text.includes(needle),
    };
}
