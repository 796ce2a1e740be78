"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseJsonConfig = parseJsonConfig;
exports.parseJsonVariables = parseJsonVariables;
const json_text_1 = require("./json-text");
/** Block types whose labels are nested keys: how many labels each has. */
const LABELS = {
    resource: 2,
    data: 2,
    variable: 1,
    output: 1,
    module: 1,
    provider: 1,
    locals: 0,
    terraform: 0,
};
/** Deeper than this, `"//"` comments are no longer stripped and lines no longer indexed (nothing is lost but lines). */
const MAX_STRUCTURE_DEPTH = 128;
/** A `.tf.json` file as hcl2json would give the same configuration in native syntax. */
function parseJsonConfig(text) {
    const parsed = parseJsonText(text);
    if (!parsed.ok)
        return parsed;
    const { value, index } = parsed;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        return { ok: false, line: 1, column: 1, message: "is not Terraform JSON configuration: its top level must be an object of block types (resource, variable, module, …)" };
    }
    const json = {};
    for (const [blockType, content] of Object.entries(value)) {
        if (blockType === "//")
            continue;
        const labels = LABELS[blockType];
        json[blockType] = labels === undefined ? stripComments(content) : normaliseLabelled(content, labels, blockType);
    }
    return { ok: true, json, lines: index };
}
/** A `.tfvars.json` file: variable values, which are literal (no template is evaluated in a variable file). */
function parseJsonVariables(text) {
    const parsed = parseJsonText(text);
    if (!parsed.ok)
        return parsed;
    const { value, index } = parsed;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        return { ok: false, line: 1, column: 1, message: "is not a JSON variable file: its top level must be an object of variable names and values" };
    }
    const json = {};
    for (const [name, v] of Object.entries(value))
        json[name] = escapeTemplates(v);
    return { ok: true, json, lines: index };
}
/** `labels` levels of object keys, then a body or an array of bodies, always returned as an array of bodies. */
function normaliseLabelled(content, labels, blockType) {
    if (labels === 0)
        return bodies(content).map((b) => normaliseBody(b, blockType));
    if (content === null || typeof content !== "object" || Array.isArray(content))
        return content;
    const out = {};
    for (const [label, inner] of Object.entries(content)) {
        if (label === "//")
            continue;
        out[label] = normaliseLabelled(inner, labels - 1, blockType);
    }
    return out;
}
function bodies(v) {
    const list = Array.isArray(v) ? v : [v];
    return list.filter((x) => x !== null && typeof x === "object" && !Array.isArray(x));
}
function normaliseBody(body, blockType) {
    const out = stripComments(body);
    // A variable's type is an expression written as a plain string; hcl2json renders expressions as `${…}`.
    if (blockType === "variable" && typeof out.type === "string" && !out.type.startsWith("${"))
        out.type = "${" + out.type + "}";
    return out;
}
/** Drops `"//"` properties from objects (block bodies and the objects below them), without recursion. */
function stripComments(v) {
    if (v === null || typeof v !== "object")
        return v;
    const root = Array.isArray(v) ? [...v] : { ...v };
    const stack = [{ node: root, depth: 0 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (depth >= MAX_STRUCTURE_DEPTH)
            continue;
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) {
                const x = node[i];
                if (x !== null && typeof x === "object") {
                    const copy = Array.isArray(x) ? [...x] : { ...x };
                    node[i] = copy;
                    stack.push({ node: copy, depth: depth + 1 });
                }
            }
        }
        else {
            delete node["//"];
            for (const key of Object.keys(node)) {
                const x = node[key];
                if (x !== null && typeof x === "object") {
                    const copy = Array.isArray(x) ? [...x] : { ...x };
                    node[key] = copy;
                    stack.push({ node: copy, depth: depth + 1 });
                }
            }
        }
    }
    return root;
}
/** Literal strings as the evaluator reads templates: `${` and `%{` escaped, so they stay literal. */
function escapeTemplates(v) {
    const esc = (s) => s.replace(/([$%])\{/g, "$1$1{");
    if (typeof v === "string")
        return esc(v);
    if (v === null || typeof v !== "object")
        return v;
    const root = Array.isArray(v) ? [...v] : { ...v };
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        for (const key of Object.keys(node)) {
            const x = node[key];
            if (typeof x === "string")
                node[key] = esc(x);
            else if (x !== null && typeof x === "object") {
                const copy = Array.isArray(x) ? [...x] : { ...x };
                node[key] = copy;
                stack.push(copy);
            }
        }
    }
    return root;
}
/** JSON.parse for the value (V8's parser does not recurse), then one linear scan for the lines of every node. */
function parseJsonText(text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value;
    try {
        value = JSON.parse(source);
    }
    catch {
        const at = errorPosition(source);
        return { ok: false, ...at, message: "is not valid JSON; fix the syntax at this position (a missing comma, quote or bracket is the usual cause)" };
    }
    return { ok: true, value, index: indexLines(source) };
}
/** The line and column of the first syntax error; V8's message (which quotes the text) is never used. */
function errorPosition(text) {
    const offset = (0, json_text_1.jsonErrorOffset)(text);
    return offset === undefined ? {} : (0, json_text_1.positionAt)(text, offset);
}
/** Spans of every object property and array element of valid JSON text, by path (arrays by index). */
function indexLines(text) {
    const root = { line: 1, endLine: 1 };
    let top;
    const stack = [];
    const comments = [];
    let line = 1;
    const n = text.length;
    const place = (node, startLine) => {
        const frame = stack[stack.length - 1];
        if (frame === undefined) {
            top = node;
            return;
        }
        if (frame.detached)
            return;
        if (frame.isObject) {
            const key = frame.key ?? "";
            node.line = frame.keyLine ?? startLine;
            if (!frame.node.named.has(key))
                frame.node.named.set(key, node);
            frame.key = undefined;
        }
        else {
            frame.node.items.push(node);
        }
    };
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            i++;
            continue;
        }
        if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            const isObject = c === 0x7b;
            const node = isObject ? { line, endLine: line, named: new Map() } : { line, endLine: line, items: [] };
            const parent = stack[stack.length - 1];
            place(node, line);
            stack.push({ node, isObject, detached: (parent?.detached ?? false) || stack.length >= MAX_STRUCTURE_DEPTH });
            i++;
            continue;
        }
        if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            const frame = stack.pop();
            if (frame)
                frame.node.endLine = line;
            i++;
            continue;
        }
        if (c === 0x22 /* " */) {
            const start = i;
            const startLine = line;
            i++;
            while (i < n) {
                const d = text.charCodeAt(i);
                if (d === 0x5c /* \ */)
                    i += 2;
                else if (d === 0x22)
                    break;
                else
                    i++;
            }
            const end = i;
            i++;
            // A string is a key when the next significant character is a colon.
            let j = i;
            while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 10))
                j++;
            const frame = stack[stack.length - 1];
            if (frame?.isObject && frame.key === undefined && text.charCodeAt(j) === 0x3a /* : */) {
                frame.key = JSON.parse(text.slice(start, end + 1));
                frame.keyLine = startLine;
            }
            else {
                if (frame?.isObject && frame.key === "//" && !frame.detached) {
                    comments.push({ line: startLine, text: JSON.parse(text.slice(start, end + 1)) });
                }
                place({ line: startLine, endLine: startLine }, startLine);
            }
            continue;
        }
        if (c === 0x2c /* , */ || c === 0x3a /* : */ || c === 32 || c === 9 || c === 13) {
            i++;
            continue;
        }
        // A number, true, false or null.
        const startLine = line;
        while (i < n) {
            const d = text.charCodeAt(i);
            if (d === 0x2c || d === 0x7d || d === 0x5d || d === 32 || d === 9 || d === 13 || d === 10)
                break;
            i++;
        }
        place({ line: startLine, endLine: startLine }, startLine);
    }
    const located = top ?? root;
    return {
        lookup(path) {
            let node = located;
            let found;
            for (const step of path) {
                let child;
                if (typeof step === "number")
                    child = node.items ? node.items[step] : step === 0 && node.named ? node : undefined;
                else
                    child = node.named?.get(step);
                if (!child)
                    return found && { line: found.line, endLine: found.endLine, exact: false };
                node = found = child;
            }
            return found && { line: found.line, endLine: found.endLine, exact: true };
        },
        comments,
    };
}
