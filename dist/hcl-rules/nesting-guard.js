"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_HEREDOC_LINES = void 0;
exports.findExcessiveNesting = findExcessiveNesting;
/**
 * The nesting guard of the parse layer: hcl2json recurses on nesting and overflows its stack (or takes minutes on a
 * long heredoc), so every native-syntax file is scanned for depth before the parser sees it.
 */
const hcl_lexer_1 = require("./hcl-lexer");
/**
 * hcl2json's time grows with the square of a heredoc's length (measured: 20,000 lines 4 s, 40,000 lines 24 s, 80,000
 * lines over 5 minutes and 4 GB), and a parse in the main thread cannot be interrupted: longer heredocs fail the file
 * before the parser sees it. Real heredocs (policies, scripts, user data) are far shorter.
 */
exports.MAX_HEREDOC_LINES = 10_000;
/**
 * Finds the first line where nesting exceeds `max`. A linear, forgiving scan: it skips comments, quoted strings and
 * heredocs (but follows `${…}` and `%{…}` inside them), and it never fails a file for anything but depth, so a
 * syntax error it misreads is left for the parser to report. Depth counts what makes the parser recurse: `{ [ (`,
 * template interpolations, template `if`/`for` directives, chained `a ? b : c ? …` conditionals and runs of unary
 * `!`/`-` (hcl2json overflows on ~1,000–10,000 of any of these).
 */
function findExcessiveNesting(text, max) {
    if (cannotExceed(text, max))
        return undefined;
    const stack = [{ kind: "{", conditionals: 0, directives: 0 }]; // the file body, which behaves like a block
    let depth = 0;
    let unaryRun = 0;
    let line = 1;
    let atLineStart = true;
    const n = text.length;
    const push = (kind, marker) => {
        stack.push({ kind, marker, conditionals: 0, directives: 0 });
        depth++;
        return depth > max;
    };
    const pop = () => {
        if (stack.length <= 1)
            return;
        const frame = stack.pop();
        depth -= 1 + frame.conditionals + frame.directives;
    };
    const endConditionals = (frame) => {
        depth -= frame.conditionals;
        frame.conditionals = 0;
    };
    let i = 0;
    while (i < n) {
        const frame = stack[stack.length - 1];
        const c = text.charCodeAt(i);
        if (frame.kind === '"' || frame.kind === "heredoc") {
            if (frame.kind === "heredoc" && atLineStart) {
                const closerEnd = (0, hcl_lexer_1.heredocCloserEnd)(text, i, frame.marker ?? "");
                if (closerEnd >= 0) {
                    pop();
                    i = closerEnd; // the newline ends the attribute in the enclosing frame
                    atLineStart = false;
                    continue;
                }
            }
            atLineStart = false;
            if (c === 0x0a) {
                line++;
                atLineStart = true;
                if (frame.kind === "heredoc" && line - (frame.startLine ?? line) > exports.MAX_HEREDOC_LINES) {
                    return { line: frame.startLine ?? line, heredocLines: line - (frame.startLine ?? line) };
                }
                // A quoted string cannot span lines; ending it here keeps one stray quote from inverting the rest of the file.
                if (frame.kind === '"')
                    pop();
                i++;
                continue;
            }
            if (frame.kind === '"' && c === 0x5c /* \ */) {
                i = (0, hcl_lexer_1.stringEscapeEnd)(text, i);
                continue;
            }
            if (frame.kind === '"' && c === 0x22 /* " */) {
                pop();
                i++;
                continue;
            }
            const mark = (0, hcl_lexer_1.templateMarkAt)(text, i);
            if (mark === "escape") {
                i += 3; // `$${` and `%%{` are literal
                continue;
            }
            if (mark !== undefined) {
                if (mark === "directive") {
                    const keyword = /^\s*~?\s*(if|for|endif|endfor)\b/.exec(text.slice(i + 2, i + 20));
                    if (keyword?.[1] === "if" || keyword?.[1] === "for") {
                        frame.directives++;
                        depth++;
                    }
                    else if (keyword !== null && frame.directives > 0) {
                        frame.directives--;
                        depth--;
                    }
                    if (push("%{"))
                        return { line };
                }
                else if (push("${")) {
                    return { line };
                }
                unaryRun = 0;
                i += 2;
                continue;
            }
            i++;
            continue;
        }
        // Code.
        atLineStart = false;
        if (c === 0x0a) {
            line++;
            atLineStart = true;
            unaryRun = 0;
            if (frame.kind === "{")
                endConditionals(frame); // a newline ends an attribute or object item
            i++;
            continue;
        }
        if (c === 0x20 || c === 0x09 || c === 0x0d) {
            i++;
            continue;
        }
        if (c === 0x23 /* # */ || (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f)) {
            i = (0, hcl_lexer_1.lineCommentEnd)(text, i);
            continue;
        }
        if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
            const end = (0, hcl_lexer_1.blockCommentEnd)(text, i);
            line += (0, hcl_lexer_1.countNewlines)(text, i, end);
            i = end;
            continue;
        }
        if (c === 0x21 /* ! */ || c === 0x2d /* - */) {
            if (c === 0x21 && text.charCodeAt(i + 1) === 0x3d /* = */) {
                unaryRun = 0;
                i += 2;
                continue;
            }
            unaryRun++;
            if (depth + unaryRun > max)
                return { line };
            i++;
            continue;
        }
        unaryRun = 0;
        switch (c) {
            case 0x7b /* { */:
                if (push("{"))
                    return { line };
                break;
            case 0x5b /* [ */:
                if (push("["))
                    return { line };
                break;
            case 0x28 /* ( */:
                if (push("("))
                    return { line };
                break;
            case 0x7d /* } */:
            case 0x5d /* ] */:
            case 0x29 /* ) */:
                pop();
                break;
            case 0x2c /* , */:
                endConditionals(frame);
                break;
            case 0x3f /* ? */:
                frame.conditionals++;
                depth++;
                if (depth > max)
                    return { line };
                break;
            case 0x22 /* " */:
                if (push('"'))
                    return { line };
                break;
            case 0x3c /* < */: {
                const heredoc = text.charCodeAt(i + 1) === 0x3c ? (0, hcl_lexer_1.heredocOpener)(text, i) : undefined;
                if (heredoc !== undefined) {
                    if (push("heredoc", heredoc.marker))
                        return { line };
                    stack[stack.length - 1].startLine = line;
                    i = heredoc.bodyStart;
                    line++;
                    atLineStart = true;
                    continue;
                }
                break;
            }
        }
        i++;
    }
    return undefined;
}
/**
 * Whether the text is plainly too shallow for the scan above to fail it: every step of its depth is taken at one of
 * `{ [ ( " $ < ? ! -` (one each) or `%` (two: the directive and its frame), so when those characters number at most
 * `max` the depth never exceeds it, and a heredoc of more than MAX_HEREDOC_LINES lines needs more newlines than that.
 * One tight loop that stops as soon as the bound is passed: most files are decided here, at a fraction of the scan's
 * cost (the bench corpus's files count 28 such characters at the median), and the rest pay only the prefix read.
 */
function cannotExceed(text, max) {
    let steps = 0;
    let newlines = 0;
    for (let i = 0; i < text.length; i++) {
        switch (text.charCodeAt(i)) {
            case 0x0a:
                if (++newlines > exports.MAX_HEREDOC_LINES)
                    return false;
                break;
            case 0x7b /* { */:
            case 0x5b /* [ */:
            case 0x28 /* ( */:
            case 0x22 /* " */:
            case 0x24 /* $ */:
            case 0x3c /* < */:
            case 0x3f /* ? */:
            case 0x21 /* ! */:
            case 0x2d /* - */:
                if (++steps > max)
                    return false;
                break;
            case 0x25 /* % */:
                steps += 2;
                if (steps > max)
                    return false;
                break;
        }
    }
    return true;
}
