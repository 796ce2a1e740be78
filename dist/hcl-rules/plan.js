"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PLAN_BYTES = exports.SUPPORTED_PLAN_MAJOR_VERSIONS = exports.jsonErrorOffset = void 0;
exports.isPlanJson = isPlanJson;
exports.parseJsonWithLocation = parseJsonWithLocation;
exports.parseAddress = parseAddress;
exports.instanceAddress = instanceAddress;
exports.readPlanFile = readPlanFile;
exports.defaultSourceRoot = defaultSourceRoot;
exports.scanPlanText = scanPlanText;
exports.scanPlanDocument = scanPlanDocument;
/**
 * The Terraform plan door: `terraform show -json` output → the shared model.
 *
 * Values come from `resource_changes[].change.after` (Terraform resolved them); what is known only after apply is
 * marked in `after_unknown` and becomes Unknown — except where the configuration never set the attribute, where the
 * provider default applies exactly as in the source door. Sensitive values are read but never printed. Edges come from
 * the `configuration` references, resolved to instance addresses through module calls, variables and outputs, because
 * ARNs and names are unknown at plan time.
 *
 * Hostile or damaged plans: every entry that cannot be read (no address or type, a change or values of the wrong
 * kind, malformed actions, modules nested deeper than `limits.maxModuleDepth`) is an error naming the entry, and the
 * rest of the plan is still read. A value nested deeper than MAX_VALUE_NESTING is read as Unknown and reported. Every
 * walk over the document is iterative or bounded by those limits, and locating addresses is one pass over the text,
 * so the time is linear in the size of the plan. Messages never quote values from the plan.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const model_1 = require("../core/model");
const limits_1 = require("../core/limits");
const values_1 = require("../core/values");
const json_config_1 = require("./json-config");
const json_text_1 = require("./json-text");
const locate_1 = require("./locate");
const module_manifest_1 = require("./module-manifest");
const override_1 = require("./override");
var json_text_2 = require("./json-text");
Object.defineProperty(exports, "jsonErrorOffset", { enumerable: true, get: function () { return json_text_2.jsonErrorOffset; } });
exports.SUPPORTED_PLAN_MAJOR_VERSIONS = ["0", "1"];
const isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
/** A plan is recognised by content: `format_version` and `planned_values` or `resource_changes`. */
function isPlanJson(doc) {
    return isObject(doc) && typeof doc.format_version === "string" && ("planned_values" in doc || "resource_changes" in doc);
}
const REGENERATE = "make the plan again with `terraform show -json tfplan > plan.json`";
/**
 * Parses JSON and, on failure, says where and what kind of mistake it is. V8's own message quotes the text around the
 * error (a password, say), so it is never used: the message names the line and column only.
 */
function parseJsonWithLocation(file, text) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return { ok: true, value: JSON.parse(body) };
    }
    catch {
        const syntax = (0, json_text_1.jsonSyntaxError)(body);
        if (!syntax)
            return { ok: false, error: { file, message: `is not valid JSON; ${REGENERATE}` } };
        const { line, column } = (0, json_text_1.positionAt)(body, syntax.offset);
        return {
            ok: false,
            error: { file, line, column, message: `is not valid JSON here (${syntax.what}); the file is cut short or was edited: ${REGENERATE}` },
        };
    }
}
/** Splits `module.a["x.y"].aws_lb.web[0].arn` into steps, respecting quoted keys. */
function parseAddress(address) {
    const steps = [];
    let i = 0;
    while (i < address.length) {
        let name = "";
        while (i < address.length && address[i] !== "." && address[i] !== "[")
            name += address[i++];
        const step = { name };
        if (address[i] === "[") {
            i++;
            if (address[i] === '"') {
                let j = i + 1;
                let raw = '"';
                while (j < address.length && address[j] !== '"') {
                    if (address[j] === "\\")
                        raw += address[j++];
                    raw += address[j++];
                }
                raw += '"';
                try {
                    step.key = JSON.parse(raw);
                }
                catch {
                    step.key = raw.slice(1, -1);
                }
                i = j + 1;
            }
            else {
                let num = "";
                while (i < address.length && address[i] !== "]")
                    num += address[i++];
                step.key = /^\d+$/.test(num) ? Number(num) : num;
            }
            i++; // ]
        }
        steps.push(step);
        if (address[i] === ".")
            i++;
    }
    return steps;
}
function keySuffix(key) {
    return key === undefined ? "" : typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
function moduleAddressOf(steps) {
    return steps.map((s) => `module.${s.name}${keySuffix(s.key)}`).join(".");
}
/** A managed resource instance address split into its module path, type, name and key; undefined when malformed. */
function instanceAddress(address) {
    const steps = parseAddress(address);
    const modulePath = [];
    let i = 0;
    while (steps[i]?.name === "module" && steps[i].key === undefined && i + 2 < steps.length) {
        if (steps[i + 1].name === "")
            return undefined;
        modulePath.push({ name: steps[i + 1].name, key: steps[i + 1].key });
        i += 2;
    }
    if (i + 2 !== steps.length)
        return undefined;
    const [type, name] = [steps[i], steps[i + 1]];
    if (type.key !== undefined || type.name === "" || name.name === "")
        return undefined;
    return { modulePath, type: type.name, name: name.name, key: name.key };
}
function moduleConfig(m) {
    const cfg = { resources: new Map(), calls: new Map(), outputs: new Map() };
    if (!isObject(m))
        return cfg;
    for (const r of Array.isArray(m.resources) ? m.resources : []) {
        if (isObject(r) && r.mode !== "data" && typeof r.address === "string")
            cfg.resources.set(r.address, r);
    }
    if (isObject(m.module_calls))
        for (const [k, v] of Object.entries(m.module_calls))
            if (isObject(v))
                cfg.calls.set(k, v);
    if (isObject(m.outputs))
        for (const [k, v] of Object.entries(m.outputs))
            if (isObject(v))
                cfg.outputs.set(k, v);
    return cfg;
}
/**
 * Every reference string inside an expression tree (nested blocks are arrays of expression objects), in document
 * order. Iterative: no nesting depth can overflow the call stack.
 */
function referencesIn(expr) {
    const out = [];
    const stack = [expr];
    while (stack.length > 0) {
        const e = stack.pop();
        if (Array.isArray(e)) {
            for (let i = e.length - 1; i >= 0; i--)
                stack.push(e[i]);
        }
        else if (isObject(e)) {
            if (Array.isArray(e.references))
                for (const r of e.references)
                    if (typeof r === "string")
                        out.push(r);
            const children = Object.entries(e);
            for (let i = children.length - 1; i >= 0; i--) {
                const [k, v] = children[i];
                if (k !== "references" && k !== "constant_value")
                    stack.push(v);
            }
        }
    }
    return out;
}
/**
 * Does the configuration give an expression for this path, so an unknown value there is really unknown? `false` means
 * the configuration does not set it (the provider computes it: its default applies). `configuration` leaves dynamic
 * blocks out, so below a top-level attribute the configuration does not mention, nothing can be said (`undefined`).
 */
function configSets(expressions, path) {
    if (!isObject(expressions))
        return undefined;
    const [top, ...rest] = path;
    if (typeof top !== "string")
        return undefined;
    if (!Object.hasOwn(expressions, top))
        return rest.length === 0 ? false : undefined;
    let cur = expressions[top];
    for (const step of rest) {
        if (cur === undefined || cur === null)
            return false;
        if (isObject(cur) && ("constant_value" in cur || "references" in cur))
            return true;
        if (typeof step === "number") {
            if (!Array.isArray(cur))
                return undefined;
            cur = cur[step];
        }
        else {
            if (Array.isArray(cur))
                cur = cur[0];
            if (!isObject(cur))
                return undefined;
            if (!Object.hasOwn(cur, step))
                return false;
            cur = cur[step];
        }
    }
    return cur !== undefined;
}
/**
 * What is known about an unknown top-level attribute (or an element of it) from its expression in the plan's
 * configuration: when every reference in it is one computed attribute of another resource (`aws_db_instance.primary.id`,
 * `[aws_vpc.main.cidr_block]`), the facts of that attribute (`computedFacts`). The configuration records references,
 * not operations, so an expression that also names anything else, or none, gives no facts.
 */
function referenceFacts(expressions, attr) {
    const expr = isObject(expressions) && Object.hasOwn(expressions, attr) ? expressions[attr] : undefined;
    if (!isObject(expr) || !Array.isArray(expr.references) || expr.references.length === 0)
        return {};
    const refs = expr.references.filter((r) => typeof r === "string");
    if (refs.length !== expr.references.length)
        return {};
    let facts;
    for (const ref of refs) {
        // Terraform also lists the object each reference is in (`aws_vpc.main` beside `aws_vpc.main.cidr_block`).
        if (refs.some((r) => r.startsWith(`${ref}.`) || r.startsWith(`${ref}[`)))
            continue;
        const m = /^(?:data\.)?([a-z0-9_]+)\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.([a-z0-9_]+)$/.exec(ref);
        const f = m ? (0, values_1.computedFacts)(m[1], m[2]) : {};
        if (Object.keys(f).length === 0 || (facts !== undefined && JSON.stringify(facts) !== JSON.stringify(f)))
            return {};
        facts = f;
    }
    return facts ?? {};
}
/**
 * `after` + `after_unknown` → model values. An unknown that the configuration does not set stays absent (the provider
 * default applies, as in the source door) — unless the source shows a `dynamic` block by that name, which the plan's
 * configuration omits: then it is really unknown. A list or object nested deeper than MAX_VALUE_NESTING becomes
 * Unknown (and the door reports it), so that no later walk over the value can overflow the stack.
 */
function toModel(after, unknownMask, ctx) {
    const path = ctx.path;
    if (unknownMask === true) {
        const top = path[0];
        // Whether the source writes a dynamic block is asked last: it is the costly test, and matters only then.
        if (ctx.hasConfig && path.length > 0 && configSets(ctx.expressions, path) === false && !(typeof top === "string" && ctx.dynamicInSource(top)))
            return undefined;
        return new values_1.Unknown("known after apply", typeof top === "string" && path.length <= 2 ? referenceFacts(ctx.expressions, top) : {});
    }
    const nested = Array.isArray(after) || isObject(after);
    if (nested && path.length >= limits_1.MAX_VALUE_NESTING) {
        ctx.tooDeep ??= path[0];
        return new values_1.Unknown(limits_1.TOO_DEEP_REASON);
    }
    if (Array.isArray(after)) {
        const mask = Array.isArray(unknownMask) ? unknownMask : [];
        const out = [];
        for (let i = 0; i < after.length; i++) {
            path.push(i);
            out.push(toModel(after[i], mask[i], ctx));
            path.pop();
        }
        return out;
    }
    if (isObject(after)) {
        const mask = isObject(unknownMask) ? unknownMask : {};
        const out = {};
        for (const [k, v] of Object.entries(after)) {
            path.push(k);
            (0, values_1.setAttr)(out, k, toModel(v, Object.hasOwn(mask, k) ? mask[k] : undefined, ctx));
            path.pop();
        }
        for (const [k, m] of Object.entries(mask)) {
            if (!Object.hasOwn(out, k) && m === true) {
                path.push(k);
                (0, values_1.setAttr)(out, k, toModel(null, true, ctx));
                path.pop();
            }
        }
        return out;
    }
    if (after === undefined && unknownMask !== undefined && unknownMask !== false)
        return new values_1.Unknown("known after apply");
    return after;
}
/**
 * Adds the string forms of every value a sensitivity mask marks (`after_sensitive`, `before_sensitive`,
 * `sensitive_values`): strings, and numbers and booleans as their text, however deep in lists and objects. Iterative,
 * so no nesting depth can overflow the call stack.
 */
function sensitiveStrings(value, mask, out) {
    const marked = [];
    const pairs = [[value, mask]];
    while (pairs.length > 0) {
        const [v, m] = pairs.pop();
        if (m === true)
            marked.push(v);
        else if (Array.isArray(m) && Array.isArray(v))
            for (let i = 0; i < m.length; i++)
                pairs.push([v[i], m[i]]);
        else if (isObject(m) && isObject(v))
            for (const [k, x] of Object.entries(m))
                if (Object.hasOwn(v, k))
                    pairs.push([v[k], x]);
    }
    while (marked.length > 0) {
        const v = marked.pop();
        if (typeof v === "string") {
            if (v !== "")
                out.add(v);
        }
        else if (typeof v === "number" || typeof v === "boolean")
            out.add(String(v));
        else if (Array.isArray(v))
            for (const x of v)
                marked.push(x);
        else if (isObject(v))
            for (const x of Object.values(v))
                marked.push(x);
    }
}
// ------------------------------------------------------------------ source locations
/** Maps plan resources back to HCL lines with the source door's locator (no evaluation needed). */
class SourceIndex {
    root;
    rootConfig;
    dirFiles = new Map();
    constructor(root, rootConfig) {
        this.root = root;
        this.rootConfig = rootConfig;
    }
    files(dir) {
        let list = this.dirFiles.get(dir);
        if (list)
            return list;
        list = [];
        try {
            for (const name of (0, node_fs_1.readdirSync)(dir).sort()) {
                const json = name.endsWith(".tf.json");
                if (!name.endsWith(".tf") && !json)
                    continue;
                const file = (0, node_path_1.join)(dir, name);
                try {
                    const text = (0, node_fs_1.readFileSync)(file, "utf8");
                    if (!json)
                        list.push({ file, lines: (0, locate_1.locateLines)(text) });
                    else {
                        // JSON syntax: the same paths, located by the .tf.json reader (json-config.ts).
                        const parsed = (0, json_config_1.parseJsonConfig)(text);
                        if (parsed.ok)
                            list.push({ file, lines: parsed.lines });
                    }
                }
                catch {
                    // unreadable source files only cost us line numbers
                }
            }
        }
        catch {
            // no such directory: no lines
        }
        this.dirFiles.set(dir, list);
        return list;
    }
    /** The directory of a module path (names of module calls), following local `source` paths. */
    moduleDir(path) {
        // Asked for every located resource and finding: resolved once per module path.
        const key = path.join("\u0000");
        if (this.moduleDirs.has(key))
            return this.moduleDirs.get(key);
        const dir = this.resolveModuleDir(path);
        this.moduleDirs.set(key, dir);
        return dir;
    }
    moduleDirs = new Map();
    resolveModuleDir(path) {
        let dir = this.root;
        let cfg = this.rootConfig;
        for (const [i, name] of path.entries()) {
            const call = isObject(cfg) && isObject(cfg.module_calls) ? cfg.module_calls[name] : undefined;
            if (!isObject(call) || typeof call.source !== "string")
                return undefined;
            if (/^\.\.?(\/|$)/.test(call.source))
                dir = (0, node_path_1.resolve)(dir, call.source);
            else {
                // A registry or Git module: where `terraform init` downloaded it in the source root, if it did (module-manifest.ts).
                const version = typeof call.version_constraint === "string" ? { version: call.version_constraint } : {};
                const download = (0, module_manifest_1.downloadedModule)(this.downloads(), path.slice(0, i + 1).join("."), { source: call.source, ...version });
                if (!download.ok)
                    return undefined;
                dir = download.dir;
            }
            cfg = call.module;
        }
        return dir;
    }
    manifest = null;
    /** The source root's module manifest; none when it cannot be read (that only costs line numbers). */
    downloads() {
        if (this.manifest === null) {
            const read = (0, module_manifest_1.readModuleManifest)(this.root);
            this.manifest = read.kind === "ok" ? read.manifest : undefined;
        }
        return this.manifest;
    }
    locate(modulePath, type, name, attrPath) {
        const dir = this.moduleDir(modulePath);
        if (!dir)
            return undefined;
        // Terraform merged the override files (override.tf, *_override.tf) after the primary files, the last one winning
        // (hcl-rules/override.ts): an argument one of them sets is written there; the resource block in a primary file.
        const files = this.files(dir);
        for (const f of attrPath.length > 0 ? files.filter((f) => (0, override_1.isOverrideFile)(f.file)).reverse() : []) {
            const span = f.lines.lookup(["resource", type, name, 0, ...attrPath]);
            if (span?.exact)
                return { file: f.file, line: span.line, endLine: span.endLine };
        }
        for (const f of files.filter((f) => !(0, override_1.isOverrideFile)(f.file))) {
            const span = f.lines.lookup(["resource", type, name, 0, ...attrPath]);
            if (span && span.line !== undefined && f.lines.lookup(["resource", type, name, 0])?.exact) {
                return { file: f.file, line: span.line, endLine: span.endLine };
            }
        }
        return undefined;
    }
    hasDynamic(modulePath, type, name, attr) {
        const dir = this.moduleDir(modulePath);
        if (!dir)
            return false;
        return this.files(dir).some((f) => f.lines.lookup(["resource", type, name, 0, "dynamic", attr])?.exact === true);
    }
    moduleCallLocation(parentPath, name) {
        const dir = this.moduleDir(parentPath);
        if (!dir)
            return undefined;
        for (const f of this.files(dir)) {
            const span = f.lines.lookup(["module", name, 0]);
            if (span?.exact)
                return { file: f.file, line: span.line, endLine: span.endLine };
        }
        return undefined;
    }
}
/** Plans larger than this are not read (V8's longest string is ~512 M characters; a real plan is far smaller). */
const MIB = 1024 * 1024;
exports.MAX_PLAN_BYTES = 256 * MIB;
/**
 * Reads a plan file, bounded by the bytes actually read (a file under /proc reports size 0 and never ends), and
 * stopping at the first NUL byte, which JSON text never holds. Messages name no path: the caller names the file.
 */
function readPlanFile(path, maxBytes = exports.MAX_PLAN_BYTES) {
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(path, "r");
    }
    catch (error) {
        return { ok: false, message: readErrorText(error) };
    }
    try {
        // One buffer, sized by what stat says and grown while the file keeps giving bytes (files under /proc say 0).
        let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(64 * 1024, (0, node_fs_1.fstatSync)(fd).size + 1)));
        let total = 0;
        for (;;) {
            if (total === buffer.length) {
                const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
                buffer.copy(grown, 0, 0, total);
                buffer = grown;
            }
            const n = (0, node_fs_1.readSync)(fd, buffer, total, buffer.length - total, null);
            if (n === 0)
                break;
            if (buffer.subarray(total, total + n).includes(0)) {
                return { ok: false, message: "is not a Terraform plan: it holds binary data (NUL bytes); make the plan with `terraform show -json tfplan > plan.json`" };
            }
            total += n;
            if (total > maxBytes) {
                const limit = maxBytes % MIB === 0 ? `${maxBytes / MIB} MiB` : `${maxBytes} bytes`;
                return { ok: false, message: `is larger than ${limit}, more than moat reads as a plan; check that it is the plan JSON (\`terraform show -json tfplan > plan.json\`)` };
            }
        }
        return { ok: true, text: buffer.toString("utf8", 0, total) };
    }
    catch (error) {
        return { ok: false, message: readErrorText(error) };
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
function readErrorText(error) {
    const code = error.code;
    if (code === "ENOENT")
        return "does not exist; check the path";
    if (code === "EACCES" || code === "EPERM")
        return "cannot be read (permission denied); give the user running moat read access";
    if (code === "EISDIR")
        return "is a directory, not a plan file";
    return `cannot be read (${typeof code === "string" ? code : "read error"}); check the file`;
}
/** The default source root: the plan's directory, when it holds `.tf` files. */
function defaultSourceRoot(planFile) {
    if (planFile === "-")
        return undefined;
    const dir = (0, node_path_1.dirname)((0, node_path_1.resolve)(planFile));
    try {
        return (0, node_fs_1.readdirSync)(dir).some((n) => n.endsWith(".tf")) ? dir : undefined;
    }
    catch {
        return undefined;
    }
}
/** The kind of a JSON value, for messages: they never quote a value from the plan. */
function jsonType(v) {
    if (v === undefined)
        return "missing";
    if (v === null)
        return "null";
    if (Array.isArray(v))
        return "a list";
    return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
/** An address from the plan as a message shows it: cut short, since the file may hold anything there. */
function shown(text) {
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
/** The actions a resource change may list (`terraform show -json`, format 1.x). */
const ACTIONS = new Set(["no-op", "create", "read", "update", "delete", "forget"]);
/** After these the object is no longer managed by Terraform: the change is not checked. */
const GONE = new Set(["delete", "forget"]);
/** A sensitivity mask: absent, a boolean for the whole value, or an object that mirrors the value. */
const isSensitivityMask = (v) => v === undefined || typeof v === "boolean" || isObject(v);
/**
 * The line of each `"address": "…"` written in the text (decoded): the first occurrence at or after offset `from`
 * (where resource_changes starts), else the first. One pass over the text, counting lines as it goes.
 */
function addressLines(text, from) {
    const found = new Map();
    const late = new Set();
    const re = /"address"\s*:\s*("(?:[^"\\]|\\.)*")/g;
    let line = 1;
    let nextNewline = text.indexOf("\n");
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        while (nextNewline !== -1 && nextNewline < m.index) {
            line++;
            nextNewline = text.indexOf("\n", nextNewline + 1);
        }
        let address;
        try {
            address = JSON.parse(m[1]);
        }
        catch {
            continue;
        }
        if (!found.has(address) || (m.index >= from && !late.has(address)))
            found.set(address, line);
        if (m.index >= from)
            late.add(address);
    }
    return found;
}
function scanPlanText(file, text, options = {}) {
    const parsed = parseJsonWithLocation(file, text);
    if (!parsed.ok)
        return { resources: [], edges: [], errors: [parsed.error] };
    return scanPlanDocument(file, text, parsed.value, options);
}
function scanPlanDocument(file, text, doc, options = {}) {
    const errors = [];
    if (!isPlanJson(doc) || !isObject(doc)) {
        return {
            resources: [],
            edges: [],
            errors: [{ file, message: "not a Terraform plan: expected `format_version` and `planned_values` or `resource_changes` (make it with `terraform show -json tfplan`)" }],
        };
    }
    const formatVersion = doc.format_version;
    const version = typeof formatVersion === "string" || typeof formatVersion === "number" ? String(formatVersion) : "";
    const major = version.split(".")[0];
    if (!exports.SUPPORTED_PLAN_MAJOR_VERSIONS.includes(major)) {
        const at = text.indexOf('"format_version"');
        return {
            resources: [],
            edges: [],
            errors: [
                {
                    file,
                    line: at === -1 ? undefined : (0, json_text_1.positionAt)(text, at).line,
                    message: `plan format_version ${/^\d{1,6}(\.\d{1,6}){0,2}$/.test(version) ? version : "(not a version number)"} is not supported (moat reads ${exports.SUPPORTED_PLAN_MAJOR_VERSIONS.map((m) => `${m}.x`).join(" and ")}); upgrade moat or produce the plan with a Terraform version that writes a supported format`,
                },
            ],
        };
    }
    const limits = (0, limits_1.resolveLimits)(options.limits);
    // Lines of addresses, found in one pass when first needed: resource_changes first, where the values are read.
    let addressLine;
    const lineOf = (address) => (addressLine ??= addressLines(text, Math.max(0, text.indexOf('"resource_changes"')))).get(address);
    const planError = (message) => errors.push({ file, message });
    /** A plan entry that cannot be read: an error naming it, and the entry is not checked. */
    const rejected = new Set();
    const reject = (entry, address, problem, todo = REGENERATE) => {
        if (address !== undefined)
            rejected.add(address);
        const line = address === undefined ? undefined : lineOf(address);
        errors.push({ file, ...(line !== undefined ? { line } : {}), message: `${entry}${address === undefined ? "" : ` (${shown(address)})`}: ${problem}, so it was not checked; ${todo}` });
    };
    /** Checks an entry's address and type (both doors of the plan: resource_changes and planned_values). */
    const readAddress = (entry, r) => {
        const address = typeof r.address === "string" && r.address !== "" ? r.address : undefined;
        if (r.mode !== undefined && typeof r.mode !== "string")
            return void reject(entry, address, `its mode is ${jsonType(r.mode)}, not "managed" or "data"`);
        if (r.mode === "data")
            return "skip";
        if (address === undefined) {
            return void reject(entry, undefined, `its address is ${r.address === "" ? "empty" : jsonType(r.address)}, not a resource address such as "aws_lb.web"`);
        }
        if (typeof r.type !== "string" || r.type === "")
            return void reject(entry, address, `its type is ${jsonType(r.type)}, not a resource type such as "aws_lb"`);
        const at = instanceAddress(address);
        if (!at)
            return void reject(entry, address, "its address is not a resource instance address (`module.NAME.` … `TYPE.NAME[KEY]`)");
        if (at.type !== r.type)
            return void reject(entry, address, "its address names another resource type than its `type`");
        if (at.modulePath.length > limits.maxModuleDepth) {
            return void reject(entry, address, `it is ${at.modulePath.length} modules deep, deeper than limits.maxModuleDepth (${limits.maxModuleDepth})`, "raise limits.maxModuleDepth in moat.config.yaml to check it");
        }
        return { address, at };
    };
    const newInstance = (entry, address, at, after) => ({
        address,
        moduleAddress: moduleAddressOf(at.modulePath),
        modulePath: at.modulePath,
        type: at.type,
        name: at.name,
        key: at.key,
        after,
        afterUnknown: undefined,
        afterSensitive: undefined,
        alsoSensitive: [],
        entry,
    });
    const configuration = doc.configuration;
    if (configuration !== undefined && !isObject(configuration)) {
        planError(`configuration is ${jsonType(configuration)}, not an object: references between resources were not read; ${REGENERATE}`);
    }
    const config = isObject(configuration) ? configuration.root_module : undefined;
    if (config !== undefined && !isObject(config)) {
        planError(`configuration.root_module is ${jsonType(config)}, not an object: references between resources were not read; ${REGENERATE}`);
    }
    const sourceRoot = options.sourceRoot ?? defaultSourceRoot(file);
    const sources = sourceRoot ? new SourceIndex((0, node_path_1.resolve)(sourceRoot), config) : undefined;
    // Instances: resource_changes first (they carry after_unknown); planned_values adds unchanged ones older plans omit.
    const instances = new Map();
    const gone = new Set();
    const changes = doc.resource_changes;
    if (changes !== undefined && !Array.isArray(changes)) {
        planError(`resource_changes is ${jsonType(changes)}, not a list: no resource change was read; ${REGENERATE}`);
    }
    (Array.isArray(changes) ? changes : []).forEach((rc, index) => {
        const entry = `resource_changes[${index}]`;
        if (!isObject(rc))
            return reject(entry, undefined, `it is ${jsonType(rc)}, not an object`);
        const read = readAddress(entry, rc);
        if (read === undefined || read === "skip")
            return;
        const { address, at } = read;
        // A deposed object is an older object of this resource, always destroyed or forgotten; the current one is its own entry.
        if (typeof rc.deposed === "string")
            return;
        const change = rc.change;
        if (!isObject(change))
            return reject(entry, address, `its change is ${jsonType(change)}, not an object`);
        const actions = change.actions;
        if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === "string" && ACTIONS.has(a))) {
            return reject(entry, address, 'its change.actions is not a list of Terraform actions such as ["create"]');
        }
        if (actions.every((a) => GONE.has(a))) {
            gone.add(address);
            return;
        }
        const wrong = [
            ["after", isObject(change.after), "an object (the planned values)"],
            ["after_unknown", change.after_unknown === undefined || change.after_unknown === false || isObject(change.after_unknown), "an object"],
            ["after_sensitive", isSensitivityMask(change.after_sensitive), "an object or a boolean"],
            ["before", change.before === undefined || change.before === null || isObject(change.before), "an object or null"],
            ["before_sensitive", isSensitivityMask(change.before_sensitive), "an object or a boolean"],
        ].find(([, ok]) => !ok);
        if (wrong)
            return reject(entry, address, `its change.${wrong[0]} is ${jsonType(change[wrong[0]])}, not ${wrong[2]}`);
        if (instances.has(address)) {
            errors.push({ file, line: lineOf(address), message: `resource ${shown(address)} appears twice in resource_changes; the second entry (${entry}) was ignored` });
            return;
        }
        const inst = newInstance(entry, address, at, change.after);
        inst.afterUnknown = change.after_unknown;
        inst.afterSensitive = change.after_sensitive;
        inst.alsoSensitive.push([change.before, change.before_sensitive]);
        instances.set(address, inst);
    });
    // planned_values: an explicit stack over the module tree, in document order.
    const planned = new Map();
    const plannedValues = doc.planned_values;
    if (plannedValues !== undefined && !isObject(plannedValues)) {
        planError(`planned_values is ${jsonType(plannedValues)}, not an object: resources only listed there were not checked; ${REGENERATE}`);
    }
    const rootModule = isObject(plannedValues) ? plannedValues.root_module : undefined;
    const modules = rootModule === undefined ? [] : [{ m: rootModule, where: "planned_values.root_module", depth: 0 }];
    while (modules.length > 0) {
        const { m, where, depth } = modules.pop();
        if (!isObject(m)) {
            planError(`${where} is ${jsonType(m)}, not an object: the resources in it were not checked; ${REGENERATE}`);
            continue;
        }
        if (m.resources !== undefined && !Array.isArray(m.resources)) {
            planError(`${where}.resources is ${jsonType(m.resources)}, not a list: the resources in it were not checked; ${REGENERATE}`);
        }
        (Array.isArray(m.resources) ? m.resources : []).forEach((r, index) => {
            const entry = `${where}.resources[${index}]`;
            if (!isObject(r))
                return reject(entry, undefined, `it is ${jsonType(r)}, not an object`);
            const read = readAddress(entry, r);
            if (read === undefined || read === "skip")
                return;
            const { address, at } = read;
            if (!isObject(r.values))
                return reject(entry, address, `its values is ${jsonType(r.values)}, not an object`);
            if (!isSensitivityMask(r.sensitive_values))
                return reject(entry, address, `its sensitive_values is ${jsonType(r.sensitive_values)}, not an object`);
            if (planned.has(address)) {
                errors.push({ file, line: lineOf(address), message: `resource ${shown(address)} appears twice in planned_values; the second entry (${entry}) was ignored` });
                return;
            }
            const inst = newInstance(entry, address, at, r.values);
            inst.afterSensitive = r.sensitive_values;
            planned.set(address, inst);
        });
        if (m.child_modules !== undefined && !Array.isArray(m.child_modules)) {
            planError(`${where}.child_modules is ${jsonType(m.child_modules)}, not a list: the resources in those modules were not checked; ${REGENERATE}`);
        }
        const children = Array.isArray(m.child_modules) ? m.child_modules : [];
        if (children.length > 0 && depth + 1 > limits.maxModuleDepth) {
            planError(`${where}.child_modules: modules nested deeper than limits.maxModuleDepth (${limits.maxModuleDepth}); the resources in them were not checked; raise limits.maxModuleDepth in moat.config.yaml to check them`);
            continue;
        }
        for (let i = children.length - 1; i >= 0; i--)
            modules.push({ m: children[i], where: `${where}.child_modules[${i}]`, depth: depth + 1 });
    }
    for (const [address, p] of planned) {
        const inst = instances.get(address);
        if (inst)
            inst.alsoSensitive.push([p.after, p.afterSensitive]);
        else if (!gone.has(address) && !rejected.has(address))
            instances.set(address, p);
    }
    // Values of root variables declared sensitive: never printed, whichever resource they reach.
    const planSecrets = new Set();
    const declared = isObject(config) && isObject(config.variables) ? config.variables : {};
    if (isObject(doc.variables)) {
        for (const [name, v] of Object.entries(doc.variables)) {
            const declaration = Object.hasOwn(declared, name) ? declared[name] : undefined;
            if (isObject(declaration) && declaration.sensitive === true && isObject(v))
                sensitiveStrings(v.value, true, planSecrets);
        }
    }
    // Configuration lookup per module path (names only; instance keys do not change configuration).
    const configCache = new Map();
    const configOf = (path) => {
        const key = path.join("\u0000");
        let cfg = configCache.get(key);
        if (cfg)
            return cfg;
        let m = config;
        for (const name of path) {
            const call = isObject(m) && isObject(m.module_calls) && Object.hasOwn(m.module_calls, name) ? m.module_calls[name] : undefined;
            m = isObject(call) ? call.module : undefined;
        }
        cfg = moduleConfig(m);
        configCache.set(key, cfg);
        return cfg;
    };
    // Indexes for resolving references: instances by module and configuration address (and by key), and the module
    // instances under each module call.
    const byModuleAndConfig = new Map();
    const childModules = new Map();
    const seenModules = new Set();
    for (const inst of instances.values()) {
        const k = `${inst.moduleAddress}\u0000${inst.type}.${inst.name}`;
        let group = byModuleAndConfig.get(k);
        if (!group)
            byModuleAndConfig.set(k, (group = { all: [], byKey: new Map() }));
        group.all.push(inst);
        if (inst.key !== undefined) {
            const same = group.byKey.get(inst.key);
            if (same)
                same.push(inst);
            else
                group.byKey.set(inst.key, [inst]);
        }
        let moduleAddress = "";
        inst.modulePath.forEach((step, i) => {
            const parent = moduleAddress;
            moduleAddress = `${parent ? `${parent}.` : ""}module.${step.name}${keySuffix(step.key)}`;
            if (seenModules.has(moduleAddress))
                return;
            seenModules.add(moduleAddress);
            const callKey = `${parent}\u0000${step.name}`;
            const list = childModules.get(callKey);
            if (list)
                list.push(inst.modulePath.slice(0, i + 1));
            else
                childModules.set(callKey, [inst.modulePath.slice(0, i + 1)]);
        });
    }
    const resources = [];
    const edges = [];
    const idOf = (address) => `${file}::${address}`;
    const resolved = new Map();
    const resolving = new Set();
    for (const inst of instances.values()) {
        const { type, name } = inst;
        const names = inst.modulePath.map((s) => s.name);
        const cfg = configOf(names).resources.get(`${type}.${name}`);
        const expressions = cfg?.expressions;
        const ctx = {
            expressions,
            hasConfig: cfg !== undefined,
            dynamicInSource: (attr) => sources?.hasDynamic(names, type, name, attr) ?? false,
            path: [],
        };
        const attrsValue = toModel(inst.after, inst.afterUnknown, ctx);
        const attrs = isObject(attrsValue) ? attrsValue : {};
        const secrets = new Set(planSecrets);
        sensitiveStrings(inst.after, inst.afterSensitive, secrets);
        for (const [value, mask] of inst.alsoSensitive)
            sensitiveStrings(value, mask, secrets);
        const origin = { file, line: lineOf(inst.address) };
        if (ctx.tooDeep !== undefined) {
            const attr = typeof ctx.tooDeep === "number" ? `element ${ctx.tooDeep}` : `attribute ${shown(ctx.tooDeep)}`;
            errors.push({
                file,
                ...(origin.line !== undefined ? { line: origin.line } : {}),
                message: `${inst.entry} (${shown(inst.address)}): a value in ${attr} is nested more than ${limits_1.MAX_VALUE_NESTING} levels deep (moat's limit); it was read as unknown, so the checks that need it were not evaluated`,
            });
        }
        let chainAddress = "";
        const chain = inst.modulePath.map((step, i) => {
            chainAddress = `${chainAddress ? `${chainAddress}.` : ""}module.${step.name}${keySuffix(step.key)}`;
            return { address: chainAddress, location: sources?.moduleCallLocation(names.slice(0, i), step.name) ?? origin };
        });
        const hclBlock = sources?.locate(names, type, name, []);
        resources.push({
            id: idOf(inst.address),
            type: (0, model_1.canonicalType)(inst.type),
            sourceType: inst.type,
            name: inst.name,
            address: inst.address,
            door: "plan",
            root: file,
            attrs,
            location: hclBlock ?? origin,
            origin,
            moduleChain: chain.length > 0 ? chain : undefined,
            secrets: secrets.size > 0 ? [...secrets] : undefined,
            locate: planLocator(sources, names, type, name, hclBlock, origin),
        });
        // Edges: every reference in each top-level expression, resolved to instances.
        if (isObject(expressions)) {
            for (const [attr, expr] of Object.entries(expressions)) {
                const targets = new Set();
                for (const ref of mostSpecific(referencesIn(expr))) {
                    for (const target of resolveReference(ref, inst.modulePath, inst.key, 0))
                        if (target !== inst.address)
                            targets.add(target);
                }
                for (const target of targets)
                    edges.push({ from: idOf(inst.address), attr, to: idOf(target) });
            }
        }
    }
    /**
     * Resolves a reference made inside module instance `path` to the resource instance addresses it may reach.
     * Memoised (many instances share references), and a reference met again while it is being resolved (a cycle through
     * module inputs and outputs, which a real plan cannot have) resolves to nothing.
     */
    function resolveReference(ref, path, fromKey, depth) {
        if (depth > 20)
            return [];
        const memoKey = `${ref}\u0000${moduleAddressOf(path)}\u0000${typeof fromKey}:${fromKey ?? ""}`;
        const known = resolved.get(memoKey);
        if (known)
            return known;
        if (resolving.has(memoKey))
            return [];
        resolving.add(memoKey);
        const out = resolveUncached(ref, path, fromKey, depth);
        resolving.delete(memoKey);
        resolved.set(memoKey, out);
        return out;
    }
    function resolveUncached(ref, path, fromKey, depth) {
        const steps = parseAddress(ref);
        if (steps.length === 0)
            return [];
        const head = steps[0].name;
        const names = path.map((s) => s.name);
        if (head === "var" && steps[1] && path.length > 0) {
            const parentPath = path.slice(0, -1);
            const call = configOf(parentPath.map((s) => s.name)).calls.get(path[path.length - 1].name);
            const expr = isObject(call) && isObject(call.expressions) && Object.hasOwn(call.expressions, steps[1].name) ? call.expressions[steps[1].name] : undefined;
            return unique(referencesIn(expr).flatMap((r) => resolveReference(r, parentPath, path[path.length - 1].key, depth + 1)));
        }
        if (head === "module" && steps[1]) {
            const callName = steps[1].name;
            const call = configOf(names).calls.get(callName);
            const module = isObject(call) ? moduleConfig(call.module) : undefined;
            const outputName = steps[2]?.name;
            if (!outputName || !module)
                return [];
            const childPaths = (childModules.get(`${moduleAddressOf(path)}\u0000${callName}`) ?? []).filter((s) => steps[1].key === undefined || s[s.length - 1].key === steps[1].key);
            const out = module.outputs.get(outputName);
            const refs = referencesIn(isObject(out) ? out.expression : undefined);
            return unique(childPaths.flatMap((cp) => refs.flatMap((r) => resolveReference(r, cp, undefined, depth + 1))));
        }
        if (["local", "data", "count", "each", "path", "terraform", "self", "var"].includes(head))
            return [];
        if (!steps[1])
            return [];
        const group = byModuleAndConfig.get(`${moduleAddressOf(path)}\u0000${head}.${steps[1].name}`);
        if (!group)
            return [];
        if (steps[1].key !== undefined)
            return (group.byKey.get(steps[1].key) ?? []).map((c) => c.address);
        if (group.all.length <= 1)
            return group.all.map((c) => c.address);
        // `aws_lb.site[each.value.lb]` is recorded without its key. The instance with the referring instance's own key is
        // the usual pattern; otherwise the target cannot be told, and linking every instance would let one instance's
        // listener vouch for another's: no edge (rules then match known names, or do not judge).
        const same = fromKey === undefined ? [] : (group.byKey.get(fromKey) ?? []);
        return same.length === 1 ? [same[0].address] : [];
    }
    return {
        resources,
        edges,
        errors,
        sourceRoot: sources ? sources.root : undefined,
        terraformVersion: typeof doc.terraform_version === "string" ? doc.terraform_version : undefined,
    };
}
/**
 * A plan resource's `locate`. It is made out here, not inside the door, because a closure keeps its whole scope alive
 * for as long as the resource lives: made in the door it would keep the plan's text and document.
 */
function planLocator(sources, modulePath, type, name, hclBlock, origin) {
    return (path) => (hclBlock && sources?.locate(modulePath, type, name, path)) || hclBlock || origin;
}
/**
 * Terraform lists a reference and its prefixes (`aws_lb.many[1].arn`, `aws_lb.many[1]`, `aws_lb.many`); the bare
 * prefix would reach every instance, so it is dropped when an indexed form of the same resource is present.
 */
function mostSpecific(refs) {
    const all = unique(refs);
    const indexed = new Set();
    for (const r of all) {
        const steps = parseAddress(r);
        let i = 0;
        while (steps[i]?.name === "module" && steps[i].key === undefined && i + 2 < steps.length)
            i += 2;
        const [type, name] = [steps[i], steps[i + 1]];
        if (type && name && type.key === undefined && name.key !== undefined) {
            const modulePath = [];
            for (let j = 0; j < i; j += 2)
                modulePath.push(steps[j + 1]);
            indexed.add(`${modulePath.length > 0 ? `${moduleAddressOf(modulePath)}.` : ""}${type.name}.${name.name}`);
        }
    }
    return all.filter((r) => !indexed.has(r));
}
function unique(list) {
    return [...new Set(list)];
}
