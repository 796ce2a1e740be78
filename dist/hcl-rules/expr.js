"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setExpressionDepthLimit = setExpressionDepthLimit;
exports.parseTemplate = parseTemplate;
exports.parseExpression = parseExpression;
/**
 * A parser for HCL native-syntax expressions and templates, as hcl2json leaves them: every non-literal
 * value is a string template such as `"${var.enabled ? 1 : 0}"` or `"web-${var.env}"`.
 *
 * It never throws on bad input: `parseTemplate` returns an `error` node, which evaluates to Unknown. Its recursion is
 * bounded: an expression nested deeper than the evaluation depth limit is an `error` node marked `tooDeep`.
 */
const limits_1 = require("../core/limits");
const PRECEDENCE = {
    "||": 1,
    "&&": 2,
    "==": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "/": 6,
    "%": 6,
};
class ParseError extends Error {
}
/** The expression is nested deeper than the depth limit (or exhausted the stack). */
class TooDeep extends ParseError {
}
const cache = new Map();
const CACHE_LIMIT = 50_000;
/** The nesting limit of the cached parses (limits.maxEvaluationDepth); a scan with another limit starts afresh. */
let maxDepth = limits_1.DEFAULT_LIMITS.maxEvaluationDepth;
/** Nesting of the parse under way, across nested parses (a heredoc inside a template). */
let depth = 0;
/** Sets the nesting limit of expressions (the scan's limits.maxEvaluationDepth); parses under another limit are forgotten. */
function setExpressionDepthLimit(limit) {
    if (limit === maxDepth)
        return;
    cache.clear();
    maxDepth = limit;
}
/** Parses a string value from hcl2json as a template (memoised: the same text recurs across instances). */
function parseTemplate(text) {
    const hit = cache.get(text);
    if (hit)
        return hit;
    let node;
    const outer = depth;
    try {
        const p = new Parser(text);
        const parts = p.templateParts(undefined);
        node = simplifyTemplate(parts);
    }
    catch (e) {
        node = errorNode(e);
    }
    finally {
        depth = outer;
    }
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(text, node);
    return node;
}
/** Parses a bare expression (no surrounding `${}`), e.g. a `--var` value or a test input. */
function parseExpression(text) {
    const outer = depth;
    try {
        const p = new Parser(text);
        const e = p.expression();
        p.ws();
        if (p.pos < text.length)
            throw new ParseError(`unexpected "${text.slice(p.pos, p.pos + 10)}"`);
        return e;
    }
    catch (e) {
        return errorNode(e);
    }
    finally {
        depth = outer;
    }
}
function errorNode(e) {
    if (e instanceof TooDeep || e instanceof RangeError) {
        return { k: "error", message: `expression nested deeper than limits.maxEvaluationDepth (${maxDepth})`, tooDeep: true };
    }
    return { k: "error", message: e instanceof ParseError ? e.message : `cannot parse expression: ${e.message}` };
}
/** Runs one level of recursive parsing within the depth limit. */
function nested(parse) {
    if (++depth > maxDepth)
        throw new TooDeep("too deep");
    try {
        return parse();
    }
    finally {
        depth--;
    }
}
/** A template that is a single interpolation yields the value itself, not a string (as in Terraform). */
function simplifyTemplate(parts) {
    if (parts.length === 0)
        return { k: "lit", v: "" };
    if (parts.length === 1 && parts[0].t === "expr")
        return parts[0].e;
    if (parts.every((p) => p.t === "str"))
        return { k: "lit", v: parts.map((p) => p.s).join("") };
    return { k: "tmpl", parts };
}
const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_-]/;
class Parser {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    // ------------------------------------------------------------------ templates
    /**
     * Template parts until the end of input (quote === undefined) or the closing quote of a quoted template.
     * In a quoted template, backslash escapes apply; in a top-level hcl2json string they were already decoded.
     */
    templateParts(quote, stopAtDirective = false) {
        return nested(() => this.templatePartsHere(quote, stopAtDirective));
    }
    templatePartsHere(quote, stopAtDirective) {
        const parts = [];
        let buf = "";
        const flush = () => {
            if (buf)
                parts.push({ t: "str", s: buf });
            buf = "";
        };
        const s = this.src;
        while (this.pos < s.length) {
            const ch = s[this.pos];
            if (quote && ch === quote)
                break;
            if (quote && ch === "\\") {
                buf += this.escape();
                continue;
            }
            if ((ch === "$" || ch === "%") && s[this.pos + 1] === ch && s[this.pos + 2] === "{") {
                buf += ch + "{";
                this.pos += 3;
                continue;
            }
            if (ch === "$" && s[this.pos + 1] === "{") {
                this.pos += 2;
                if (s[this.pos] === "~") {
                    this.pos++;
                    buf = buf.trimEnd();
                }
                flush();
                const e = this.expression();
                this.ws();
                let strip = false;
                if (s[this.pos] === "~") {
                    strip = true;
                    this.pos++;
                }
                this.expect("}");
                parts.push({ t: "expr", e });
                if (strip)
                    this.skipSpaceAfterStrip();
                continue;
            }
            if (ch === "%" && s[this.pos + 1] === "{") {
                const save = this.pos;
                const word = this.peekDirectiveWord();
                if (stopAtDirective && (word === "else" || word === "endif" || word === "endfor")) {
                    this.pos = save;
                    break;
                }
                if (word === "else" || word === "endif" || word === "endfor")
                    throw new ParseError(`unexpected %{${word}}`);
                buf = this.directiveOpen(buf);
                flush();
                parts.push(this.directive(quote));
                continue;
            }
            buf += ch;
            this.pos++;
        }
        flush();
        return parts;
    }
    skipSpaceAfterStrip() {
        while (this.pos < this.src.length && /\s/.test(this.src[this.pos]))
            this.pos++;
    }
    peekDirectiveWord() {
        let p = this.pos + 2;
        while (p < this.src.length && /[\s~]/.test(this.src[p]))
            p++;
        const m = /^[a-z]+/.exec(this.src.slice(p, p + 10));
        return m ? m[0] : "";
    }
    /** Consumes `%{` and an optional strip marker; returns the buffer, trimmed if `~` asked for it. */
    directiveOpen(buf) {
        this.pos += 2;
        if (this.src[this.pos] === "~") {
            this.pos++;
            return buf.trimEnd();
        }
        return buf;
    }
    directiveClose() {
        this.ws();
        let strip = false;
        if (this.src[this.pos] === "~") {
            strip = true;
            this.pos++;
        }
        this.expect("}");
        if (strip)
            this.skipSpaceAfterStrip();
    }
    directive(quote) {
        this.ws();
        const word = this.ident();
        if (word === "if") {
            const c = this.expression();
            this.directiveClose();
            const thenParts = this.templateParts(quote, true);
            let elseParts = [];
            let next = this.peekDirectiveWord();
            if (next === "else") {
                this.directiveOpen("");
                this.ws();
                this.ident();
                this.directiveClose();
                elseParts = this.templateParts(quote, true);
                next = this.peekDirectiveWord();
            }
            if (next !== "endif")
                throw new ParseError("missing %{endif}");
            this.directiveOpen("");
            this.ws();
            this.ident();
            this.directiveClose();
            return { t: "if", c, then: thenParts, else: elseParts };
        }
        if (word === "for") {
            this.ws();
            let keyVar;
            let valVar = this.ident();
            this.ws();
            if (this.src[this.pos] === ",") {
                this.pos++;
                this.ws();
                keyVar = valVar;
                valVar = this.ident();
            }
            this.ws();
            if (this.ident() !== "in")
                throw new ParseError("expected 'in' in %{for}");
            const coll = this.expression();
            this.directiveClose();
            const body = this.templateParts(quote, true);
            if (this.peekDirectiveWord() !== "endfor")
                throw new ParseError("missing %{endfor}");
            this.directiveOpen("");
            this.ws();
            this.ident();
            this.directiveClose();
            return { t: "for", keyVar, valVar, coll, body };
        }
        throw new ParseError(`unknown template directive %{${word}}`);
    }
    escape() {
        const s = this.src;
        const next = s[this.pos + 1];
        this.pos += 2;
        switch (next) {
            case "n":
                return "\n";
            case "r":
                return "\r";
            case "t":
                return "\t";
            case '"':
                return '"';
            case "\\":
                return "\\";
            case "u": {
                const hex = s.slice(this.pos, this.pos + 4);
                this.pos += 4;
                return String.fromCodePoint(parseInt(hex, 16) || 0xfffd);
            }
            case "U": {
                const hex = s.slice(this.pos, this.pos + 8);
                this.pos += 8;
                return String.fromCodePoint(Math.min(parseInt(hex, 16) || 0xfffd, 0x10ffff));
            }
            default:
                return next ?? "";
        }
    }
    // ------------------------------------------------------------------ expressions
    ws() {
        const s = this.src;
        while (this.pos < s.length) {
            const ch = s[this.pos];
            if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r")
                this.pos++;
            else if (ch === "#" || (ch === "/" && s[this.pos + 1] === "/")) {
                while (this.pos < s.length && s[this.pos] !== "\n")
                    this.pos++;
            }
            else if (ch === "/" && s[this.pos + 1] === "*") {
                const end = s.indexOf("*/", this.pos + 2);
                this.pos = end < 0 ? s.length : end + 2;
            }
            else
                break;
        }
    }
    expect(tok) {
        this.ws();
        if (!this.src.startsWith(tok, this.pos)) {
            const got = this.pos >= this.src.length ? "end of expression" : `"${this.src.slice(this.pos, this.pos + 12)}"`;
            throw new ParseError(`expected "${tok}" but found ${got}`);
        }
        this.pos += tok.length;
    }
    accept(tok) {
        this.ws();
        if (this.src.startsWith(tok, this.pos)) {
            this.pos += tok.length;
            return true;
        }
        return false;
    }
    ident() {
        const s = this.src;
        if (!IDENT_START.test(s[this.pos] ?? "")) {
            throw new ParseError(`expected a name but found "${s.slice(this.pos, this.pos + 10)}"`);
        }
        const start = this.pos;
        while (this.pos < s.length && IDENT_CHAR.test(s[this.pos]))
            this.pos++;
        return s.slice(start, this.pos);
    }
    /** Is the keyword at pos a whole word? */
    atWord(word) {
        this.ws();
        return this.src.startsWith(word, this.pos) && !IDENT_CHAR.test(this.src[this.pos + word.length] ?? "");
    }
    expression() {
        return nested(() => this.expressionHere());
    }
    expressionHere() {
        const c = this.binary(0);
        this.ws();
        if (this.src[this.pos] === "?") {
            this.pos++;
            const t = this.expression();
            this.expect(":");
            const f = this.expression();
            return { k: "cond", c, t, f };
        }
        return c;
    }
    binaryOp() {
        this.ws();
        const s = this.src;
        const two = s.slice(this.pos, this.pos + 2);
        if (two === "||" || two === "&&" || two === "==" || two === "!=" || two === "<=" || two === ">=")
            return two;
        const one = s[this.pos];
        if (one === "=" || one === "!")
            return undefined;
        if (one === "<" && s[this.pos + 1] === "<")
            return undefined;
        if (one === "<" || one === ">" || one === "+" || one === "*" || one === "/" || one === "%")
            return one;
        if (one === "-" && s[this.pos + 1] !== ">")
            return "-";
        return undefined;
    }
    binary(minPrec) {
        let left = this.unary();
        for (;;) {
            const op = this.binaryOp();
            if (!op || PRECEDENCE[op] <= minPrec)
                return left;
            this.pos += op.length;
            const right = this.binary(PRECEDENCE[op]);
            left = { k: "bin", op, l: left, r: right };
        }
    }
    unary() {
        this.ws();
        const ch = this.src[this.pos];
        if (ch === "!" && this.src[this.pos + 1] !== "=") {
            this.pos++;
            return { k: "un", op: "!", x: nested(() => this.unary()) };
        }
        if (ch === "-") {
            this.pos++;
            const x = nested(() => this.unary());
            if (x.k === "lit" && typeof x.v === "number")
                return { k: "lit", v: -x.v };
            return { k: "un", op: "-", x };
        }
        return this.postfix(this.primary());
    }
    postfix(node) {
        for (;;) {
            this.ws();
            const s = this.src;
            if (s.startsWith(".*", this.pos)) {
                this.pos += 2;
                return this.splat(node, true);
            }
            if (s.startsWith("[*]", this.pos) || /^\[\s*\*\s*\]/.test(s.slice(this.pos, this.pos + 8))) {
                this.pos = s.indexOf("]", this.pos) + 1;
                return this.splat(node, false);
            }
            if (s[this.pos] === "." && s[this.pos + 1] !== ".") {
                this.pos++;
                this.ws();
                if (/[0-9]/.test(s[this.pos] ?? "")) {
                    const start = this.pos;
                    while (/[0-9]/.test(s[this.pos] ?? ""))
                        this.pos++;
                    node = { k: "index", obj: node, key: { k: "lit", v: Number(s.slice(start, this.pos)) } };
                }
                else {
                    node = { k: "attr", obj: node, name: this.ident() };
                }
                continue;
            }
            if (s[this.pos] === "[") {
                this.pos++;
                const key = this.expression();
                this.expect("]");
                node = { k: "index", obj: node, key };
                continue;
            }
            return node;
        }
    }
    /** `src[*].a.b[0]` / `src.*.a.b`: the traversal after the splat applies to each element. */
    splat(src, attrOnly) {
        let body = { k: "splatItem" };
        for (;;) {
            this.ws();
            const s = this.src;
            if (s[this.pos] === "." && IDENT_START.test(s[this.pos + 1] ?? "")) {
                this.pos++;
                body = { k: "attr", obj: body, name: this.ident() };
                continue;
            }
            if (!attrOnly && s[this.pos] === "[" && s[this.pos + 1] !== "*") {
                this.pos++;
                const key = this.expression();
                this.expect("]");
                body = { k: "index", obj: body, key };
                continue;
            }
            break;
        }
        return this.postfix({ k: "splat", src, body });
    }
    primary() {
        this.ws();
        const s = this.src;
        const ch = s[this.pos];
        if (ch === undefined)
            throw new ParseError("unexpected end of expression");
        if (ch === "(") {
            this.pos++;
            const e = this.expression();
            this.expect(")");
            return e;
        }
        if (ch === '"') {
            this.pos++;
            const parts = this.templateParts('"');
            this.expect('"');
            return simplifyQuoted(parts);
        }
        if (ch === "<" && s[this.pos + 1] === "<")
            return this.heredoc();
        if (/[0-9]/.test(ch))
            return this.number();
        if (ch === "[")
            return this.tupleOrFor();
        if (ch === "{")
            return this.objectOrFor();
        if (IDENT_START.test(ch)) {
            let name = this.ident();
            // provider-defined functions: provider::aws::arn_parse(...)
            while (s.startsWith("::", this.pos)) {
                this.pos += 2;
                name += "::" + this.ident();
            }
            if (name === "true")
                return { k: "lit", v: true };
            if (name === "false")
                return { k: "lit", v: false };
            if (name === "null")
                return { k: "lit", v: null };
            this.ws();
            if (s[this.pos] === "(") {
                this.pos++;
                const args = [];
                let expand = false;
                this.ws();
                if (s[this.pos] !== ")") {
                    for (;;) {
                        args.push(this.expression());
                        if (this.accept("...")) {
                            expand = true;
                        }
                        if (!this.accept(","))
                            break;
                        this.ws();
                        if (s[this.pos] === ")")
                            break;
                    }
                }
                this.expect(")");
                return { k: "call", name, args, expand };
            }
            return { k: "root", name };
        }
        throw new ParseError(`unexpected "${s.slice(this.pos, this.pos + 10)}"`);
    }
    number() {
        const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.src.slice(this.pos, this.pos + 64));
        if (!m)
            throw new ParseError("bad number");
        this.pos += m[0].length;
        return { k: "lit", v: Number(m[0]) };
    }
    heredoc() {
        const s = this.src;
        const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(s.slice(this.pos, this.pos + 200));
        if (!m)
            throw new ParseError("bad heredoc");
        this.pos += m[0].length;
        const marker = m[2];
        const lines = [];
        for (;;) {
            if (this.pos >= s.length)
                throw new ParseError(`heredoc ${marker} is not closed`);
            const nl = s.indexOf("\n", this.pos);
            const line = s.slice(this.pos, nl < 0 ? s.length : nl).replace(/\r$/, "");
            this.pos = nl < 0 ? s.length : nl + 1;
            if (line.trim() === marker)
                break;
            lines.push(line);
        }
        let body = lines;
        if (m[1] === "-") {
            const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length));
            body = lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
        }
        return parseTemplate(body.join("\n") + "\n");
    }
    tupleOrFor() {
        this.pos++;
        if (this.atWord("for"))
            return this.forExpr("tuple");
        const items = [];
        for (;;) {
            this.ws();
            if (this.src[this.pos] === "]")
                break;
            items.push(this.expression());
            if (!this.accept(","))
                break;
        }
        this.expect("]");
        return { k: "tuple", items };
    }
    objectOrFor() {
        this.pos++;
        if (this.atWord("for"))
            return this.forExpr("object");
        const items = [];
        for (;;) {
            this.ws();
            if (this.src[this.pos] === "}")
                break;
            const key = this.objectKey();
            this.ws();
            if (this.src[this.pos] === "=" || this.src[this.pos] === ":")
                this.pos++;
            else
                throw new ParseError(`expected "=" after object key`);
            const value = this.expression();
            items.push({ key, value });
            this.ws();
            if (this.src[this.pos] === ",")
                this.pos++;
        }
        this.expect("}");
        return { k: "object", items };
    }
    /** A bare name as an object key is a literal string, not a variable. */
    objectKey() {
        const s = this.src;
        if (IDENT_START.test(s[this.pos] ?? "")) {
            const save = this.pos;
            const name = this.ident();
            this.ws();
            if (s[this.pos] === "=" || s[this.pos] === ":") {
                if (s[this.pos + 1] !== "=")
                    return { k: "lit", v: name };
            }
            this.pos = save;
        }
        return this.expression();
    }
    forExpr(kind) {
        this.ws();
        this.ident(); // "for"
        this.ws();
        let keyVar;
        let valVar = this.ident();
        if (this.accept(",")) {
            this.ws();
            keyVar = valVar;
            valVar = this.ident();
        }
        this.ws();
        if (this.ident() !== "in")
            throw new ParseError("expected 'in' in for expression");
        const coll = this.expression();
        this.expect(":");
        let keyExpr;
        let valExpr;
        let group = false;
        if (kind === "object") {
            keyExpr = this.expression();
            this.expect("=>");
            valExpr = this.expression();
            if (this.accept("..."))
                group = true;
        }
        else {
            valExpr = this.expression();
        }
        let cond;
        if (this.atWord("if")) {
            this.pos += 2;
            cond = this.expression();
        }
        this.expect(kind === "tuple" ? "]" : "}");
        return { k: "for", kind, keyVar, valVar, coll, keyExpr, valExpr, cond, group };
    }
}
function simplifyQuoted(parts) {
    if (parts.length === 0)
        return { k: "lit", v: "" };
    if (parts.every((p) => p.t === "str"))
        return { k: "lit", v: parts.map((p) => p.s).join("") };
    // A quoted template with a single interpolation still yields a string in Terraform ("${1}" is "1"),
    // but for checks the unwrapped value is equivalent and keeps types usable.
    if (parts.length === 1 && parts[0].t === "expr")
        return parts[0].e;
    return { k: "tmpl", parts };
}
