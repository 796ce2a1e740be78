"use strict";
/**
 * JSON text positions and syntax errors that never quote the text (a plan or a .tf.json may hold a password): shared by
 * the plan door and the JSON configuration reader.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.positionAt = positionAt;
exports.jsonErrorOffset = jsonErrorOffset;
exports.jsonSyntaxError = jsonSyntaxError;
/** Line and column (1-based, in UTF-16 units) of a character offset: one pass up to it. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/** The offset of the first syntax error in a JSON text, or undefined when it is valid. */
function jsonErrorOffset(s) {
    return jsonSyntaxError(s)?.offset;
}
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_LITERAL = /true|false|null/y;
const JSON_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
/**
 * The first syntax error in a JSON text: its offset and what is wrong, in words that never quote the text. Iterative
 * (an explicit stack of open brackets), so no nesting depth can overflow the call stack; linear in the text.
 */
function jsonSyntaxError(s) {
    let i = 0;
    const open = []; // 123 `{` or 91 `[`
    const ws = () => {
        for (let c = s.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = s.charCodeAt(++i))
            ;
    };
    const err = (what) => ({ offset: Math.min(i, s.length), what: i >= s.length ? "the text ends too early" : what });
    /** Reads a string at i; returns an error or undefined. */
    const str = () => {
        if (s.charCodeAt(i) !== 34)
            return err("a quoted string was expected here");
        i++;
        for (;;) {
            if (i >= s.length)
                return err("");
            const c = s.charCodeAt(i);
            if (c === 34) {
                i++;
                return undefined;
            }
            if (c < 0x20)
                return err("a string holds a raw control character or line break");
            if (c === 92) {
                JSON_ESCAPE.lastIndex = i;
                if (!JSON_ESCAPE.test(s))
                    return err("a string holds an invalid escape sequence");
                i = JSON_ESCAPE.lastIndex;
            }
            else
                i++;
        }
    };
    const sticky = (re) => {
        re.lastIndex = i;
        if (!re.test(s))
            return false;
        i = re.lastIndex;
        return true;
    };
    let expectValue = true;
    for (;;) {
        ws();
        if (expectValue) {
            const c = s.charCodeAt(i);
            if (c === 123 || c === 91) {
                open.push(c);
                i++;
                ws();
                if (s.charCodeAt(i) === (c === 123 ? 125 : 93)) {
                    open.pop();
                    i++;
                    expectValue = false;
                    continue;
                }
                if (c === 123) {
                    const e = str();
                    if (e)
                        return e.what === "a quoted string was expected here" ? err("an object key (a quoted string) was expected here") : e;
                    ws();
                    if (s.charCodeAt(i) !== 58)
                        return err("a colon was expected after the object key");
                    i++;
                }
                continue;
            }
            if (c === 34) {
                const e = str();
                if (e)
                    return e;
            }
            else if (!sticky(JSON_NUMBER) && !sticky(JSON_LITERAL))
                return err("a value was expected here");
            expectValue = false;
            continue;
        }
        if (open.length === 0)
            return i < s.length ? err("there is more text after the JSON value") : undefined;
        const top = open[open.length - 1];
        const c = s.charCodeAt(i);
        if (c === 44) {
            i++;
            expectValue = true;
            if (top === 123) {
                ws();
                const e = str();
                if (e)
                    return e.what === "a quoted string was expected here" ? err("an object key (a quoted string) was expected after the comma") : e;
                ws();
                if (s.charCodeAt(i) !== 58)
                    return err("a colon was expected after the object key");
                i++;
            }
        }
        else if (c === (top === 123 ? 125 : 93)) {
            open.pop();
            i++;
        }
        else
            return err(top === 123 ? "a comma or `}` was expected here" : "a comma or `]` was expected here");
    }
}
