"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONFIG_AJV_OPTIONS = exports.MAX_CONFIG_ALIASES = exports.MAX_CONFIG_DEPTH = exports.MAX_CONFIG_BYTES = exports.ConfigError = exports.CONFIG_FILE_NAMES = void 0;
exports.emptyConfig = emptyConfig;
exports.findConfigFile = findConfigFile;
exports.configSchemaFor = configSchemaFor;
exports.loadConfig = loadConfig;
exports.parseConfig = parseConfig;
exports.keyPath = keyPath;
exports.pathGlob = pathGlob;
exports.excludedBy = excludedBy;
exports.pulumiPolicyConfig = pulumiPolicyConfig;
/**
 * `moat.config.yaml`: one file a platform team owns, read by the CLI and convertible into the Pulumi pack's policy
 * config. Its `policy:` section has the shape of Pulumi policy-pack config (`all`, then per rule a level or
 * `{ enforcementLevel, ...options }`); beside it: `severityThreshold`, `exclude` (paths not scanned), `exceptions`
 * (accepted findings, each with a reason and an optional expiry), `inlineSuppressions` and `limits` (the evaluation
 * budget, core/limits.ts). The file is read with bounds (size, nesting, YAML aliases): a hostile config is an error
 * of the config, never a hang or a crash.
 *
 * The file is validated against a JSON Schema made from the rules themselves (`configSchemaFor`), so a rule's options
 * are checked with the rule's own schema; `npm run gen` writes the same schema to `schemas/config.schema.json` for
 * editors. Every problem names the file, the line, the key, the value and what is allowed.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const limits_1 = require("./limits");
const policy_config_1 = require("./policy-config");
const rule_1 = require("./rule");
const spelling_1 = require("./spelling");
const dates_1 = require("./dates");
const paths_1 = require("./paths");
const read_at_most_1 = require("./read-at-most");
const exception_schema_1 = require("./exception-schema");
const schema_urls_1 = require("./schema-urls");
/** The YAML parser, loaded when a config file is read (most scans have none). */
function yaml() {
    return require("yaml");
}
exports.CONFIG_FILE_NAMES = ["moat.config.yaml", "moat.config.yml", "moat.config.json"];
/** A config file that cannot be used: every problem, each naming the file, the line and the key. Exit code 2. */
class ConfigError extends Error {
    problems;
    label;
    constructor(problems, 
    /** The config file as messages name it. */
    label) {
        super(problems.join("\n"));
        this.problems = problems;
        this.label = label;
    }
}
exports.ConfigError = ConfigError;
function emptyConfig(dir) {
    return { dir, policy: {}, exclude: [], exceptions: [] };
}
// ---------------------------------------------------------------------------------------------- discovery
/**
 * The config file for a scan rooted at `startDir`: the first `moat.config.yaml` (`.yml`, `.json`) in it or a directory
 * above it. The search stops at the directory that holds `.git` (the repository root) or at the filesystem root,
 * so a config outside the repository never applies by accident.
 */
function findConfigFile(startDir) {
    for (let dir = (0, node_path_1.resolve)(startDir);; dir = (0, node_path_1.dirname)(dir)) {
        for (const name of exports.CONFIG_FILE_NAMES) {
            const file = (0, node_path_1.join)(dir, name);
            if (isFile(file))
                return file;
        }
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, ".git")) || (0, node_path_1.dirname)(dir) === dir)
            return undefined;
    }
}
/**
 * A config in a repository is read only when it is really in it: a `moat.config.yaml` that is a symbolic link out of it
 * (to /proc/self/environ, say) would have moat read, and quote in its messages, a file of the machine that runs it.
 * That holds for a config found by discovery, and for one named with --config that lies in a repository (a pull
 * request can turn the file a CI job names into such a link); a --config file outside every repository is the
 * administrator's own. Throws ConfigError.
 */
function checkInsideRepository(file, label, discovered) {
    if (!(0, node_fs_1.lstatSync)(file).isSymbolicLink())
        return;
    const boundary = (0, paths_1.scanBoundary)((0, node_fs_1.realpathSync)((0, node_path_1.dirname)(file)));
    if (!discovered && !boundary.repository)
        return;
    if (!(0, paths_1.isOutside)((0, node_fs_1.realpathSync)(file), boundary.dir))
        return;
    const where = boundary.repository ? "the repository" : "its directory";
    throw new ConfigError([`${label}: is a symbolic link to a file outside ${where}, so it was not read; keep the config in ${where}, or name a config elsewhere with --config`], label);
}
function isFile(path) {
    try {
        return (0, node_fs_1.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
// ---------------------------------------------------------------------------------------------- schema
/**
 * The JSON Schema of `moat.config.yaml` for these rules: each rule's name and id is a `policy` key whose value is a
 * level or an object with `enforcementLevel`, `exceptions` and the rule's own options (its options schema, defaults
 * and descriptions included). Its `$id` is where it is published for this version (core/schema-urls.ts); `npm run gen`
 * passes the one it computes from package.json.
 */
function configSchemaFor(rules, id = schema_urls_1.CONFIG_SCHEMA_URL) {
    const definitions = {
        enforcementLevel: {
            description: "mandatory findings fail the run; advisory ones are shown but pass; disabled rules do not run. remediate (a Pulumi level) acts as mandatory.",
            enum: [...policy_config_1.POLICY_LEVELS],
        },
        exception: {
            description: "An accepted finding: it is still reported, marked suppressed, and never fails the run.",
            type: "object",
            additionalProperties: false,
            required: ["rule", "resource", "reason"],
            properties: {
                rule: { description: "The rule: its id (MOAT-SG-002), its name (sg-public-ingress-restricted-port), or * for every rule.", enum: ["*", ...rules.flatMap((r) => [r.meta.id, r.meta.name])] },
                ...exceptionProperties(),
            },
        },
        ruleException: {
            description: "An accepted finding of this rule (the Pulumi policy config form): still reported by moat scan, marked suppressed; not reported by the Pulumi pack.",
            ...structuredClone(exception_schema_1.RULE_EXCEPTION_SCHEMA),
        },
    };
    const policyProperties = {
        all: { $ref: "#/definitions/enforcementLevel", description: "The level of every rule not named below." },
    };
    for (const rule of rules) {
        const m = rule.meta;
        definitions[m.id] = {
            description: `${m.id} · ${m.name}: ${m.title} (default: ${m.enforcement})`,
            // if/then/else rather than oneOf: a wrong value gets the errors of the form it was written in, not of both.
            if: { type: "string" },
            then: { $ref: "#/definitions/enforcementLevel" },
            else: {
                type: "object",
                additionalProperties: false,
                properties: {
                    enforcementLevel: { $ref: "#/definitions/enforcementLevel" },
                    exceptions: { type: "array", items: { $ref: "#/definitions/ruleException" } },
                    ...structuredClone(m.options.properties),
                },
            },
        };
        policyProperties[m.name] = { $ref: `#/definitions/${m.id}` };
        policyProperties[m.id] = { $ref: `#/definitions/${m.id}` };
    }
    return {
        $schema: "http://json-schema.org/draft-07/schema#",
        $id: id,
        title: "moat.config.yaml",
        description: "moat's configuration: rule levels and options (the shape of Pulumi policy config), exclusions, exceptions and the severity threshold. Generated by `npm run gen` from the rules; do not edit.",
        type: "object",
        additionalProperties: false,
        properties: {
            $schema: { type: "string", description: "The schema this file follows, for editors." },
            policy: {
                description: "Rule levels and options, in the shape of Pulumi policy-pack config: all, then a rule's name or id.",
                type: "object",
                additionalProperties: false,
                properties: policyProperties,
            },
            severityThreshold: { description: "Findings below this severity are left out of the report (--severity-threshold overrides it).", enum: [...rule_1.SEVERITIES] },
            exclude: {
                description: "Paths not scanned, as globs relative to this file: * and ? stay within a directory, ** crosses directories, a pattern without / matches a name at any depth, and a matching directory excludes everything below it.",
                type: "array",
                items: { type: "string", minLength: 1 },
            },
            exceptions: { description: "Accepted findings, each with a reason and an optional expiry date.", type: "array", items: { $ref: "#/definitions/exception" } },
            inlineSuppressions: {
                description: "Honour `# moat:ignore` comments in .tf files (default true; --no-inline-suppressions overrides it).",
                type: "boolean",
            },
            limits: {
                description: "The evaluation budget of one scan, which keeps hostile or runaway Terraform from hanging moat or exhausting its memory. What a limit cuts short is reported as not evaluated (with the limit's name) or as an error, and the run exits 2.",
                type: "object",
                additionalProperties: false,
                properties: Object.fromEntries(Object.keys(limits_1.DEFAULT_LIMITS).map((key) => [
                    key,
                    { description: `The most ${limits_1.LIMIT_DESCRIPTIONS[key]}. Default: ${limits_1.DEFAULT_LIMITS[key]}.`, type: "integer", minimum: 1, default: limits_1.DEFAULT_LIMITS[key] },
                ])),
            },
            cacheDir: {
                description: "Where moat caches parsed files, relative to this file (--cache-dir overrides it; --no-cache turns the cache off). Default: moat under the user's cache directory.",
                type: "string",
                minLength: 1,
            },
        },
        definitions,
    };
}
/** What an exception says (resource, reason, expires): core/exception-schema.ts, shared with the Pulumi pack. */
function exceptionProperties() {
    return structuredClone(exception_schema_1.EXCEPTION_PROPERTIES);
}
/** A config file is a page of settings: more than this is not one (and is never read whole into memory). */
exports.MAX_CONFIG_BYTES = 1024 * 1024;
/** How deeply a config's values may nest: the deepest real config is 5 levels (policy.rule.option.tcp[0]). */
exports.MAX_CONFIG_DEPTH = 64;
/** YAML aliases (`*name`) a config may use: a few are convenient, an "alias bomb" expands to gigabytes. */
exports.MAX_CONFIG_ALIASES = 100;
/** Reads, parses and validates a config file. Throws ConfigError with every problem. */
function loadConfig(file, rules, options = {}) {
    const label = options.label ?? (0, node_path_1.basename)(file);
    let text;
    try {
        checkInsideRepository(file, label, options.discovered === true);
        text = readAtMost(file, exports.MAX_CONFIG_BYTES);
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw error;
        const code = error.code;
        const why = code === "ENOENT"
            ? "does not exist; check the path given with --config"
            : code === "EISDIR"
                ? "is a directory; give the config file itself"
                : code === "ETOOLARGE"
                    ? tooLarge()
                    : `cannot be read (${code === "EACCES" || code === "EPERM" ? "permission denied; give the user running moat read access" : (code ?? "unknown error")})`;
        throw new ConfigError([`${label}: ${why}`], label);
    }
    return parseConfig(text, file, rules, label);
}
/** The file's text, read up to `max` bytes (core/read-at-most.ts); a longer file is a ConfigError. */
function readAtMost(file, max) {
    const fd = (0, node_fs_1.openSync)(file, "r");
    try {
        const bytes = (0, read_at_most_1.readAtMost)(fd, max, 0);
        if (bytes === undefined)
            throw Object.assign(new Error("too large"), { code: "ETOOLARGE" });
        return bytes.toString("utf8");
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
function tooLarge() {
    return `is larger than ${exports.MAX_CONFIG_BYTES / 1024 / 1024} MB, more than any config file needs; check that this is the right file`;
}
/** Parses and validates a config file's text (YAML, or JSON for a `.json` file). Throws ConfigError. */
function parseConfig(text, file, rules, label = (0, node_path_1.basename)(file)) {
    if (Buffer.byteLength(text, "utf8") > exports.MAX_CONFIG_BYTES)
        throw new ConfigError([`${label}: ${tooLarge()}`], label);
    if (file.endsWith(".json")) {
        try {
            JSON.parse(text);
        }
        catch (error) {
            throw new ConfigError([`${label}: not valid JSON: ${error.message}`], label);
        }
    }
    const { LineCounter, parseDocument } = yaml();
    const lineCounter = new LineCounter();
    let doc;
    try {
        doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    }
    catch (error) {
        if (error instanceof RangeError)
            throw new ConfigError([`${label}: ${tooDeep()}`], label);
        throw error;
    }
    if (doc.errors.length > 0) {
        // The YAML parser turns a stack overflow into parse errors (one per level it unwinds): that is nesting, said once.
        const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
        throw new ConfigError((overflow ? [overflow] : doc.errors).map((e) => {
            const pos = e.linePos?.[0];
            const message = e === overflow ? tooDeep() : e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
            return `${label}${pos ? `:${pos.line}:${pos.col}` : ""}: ${message}`;
        }), label);
    }
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: exports.MAX_CONFIG_ALIASES }) ?? {};
    }
    catch (error) {
        const aliases = error instanceof ReferenceError && /alias/i.test(error.message);
        const message = aliases
            ? `its YAML aliases (*name) expand to far more data than the file holds (an "alias bomb"); write the values out instead of repeating aliases`
            : error instanceof RangeError
                ? tooDeep()
                : `cannot be read as YAML (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
        throw new ConfigError([`${label}: ${message}`], label);
    }
    if (depthOf(raw) > exports.MAX_CONFIG_DEPTH)
        throw new ConfigError([`${label}: ${tooDeep()}`], label);
    const lineOf = (path, key) => {
        const node = key === undefined ? doc.getIn(path, true) : keyNode(doc.getIn(path, true), key);
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : undefined;
    };
    const at = (path, key) => {
        const line = lineOf(path, key) ?? (path.length > 0 ? lineOf(path.slice(0, -1), String(path[path.length - 1])) : undefined);
        return line !== undefined ? `${label}:${line}` : label;
    };
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
        throw new ConfigError([`${label}: must be a mapping with keys such as policy, exceptions, exclude and severityThreshold (it is ${describeValue(raw)})`], label);
    }
    const validate = validatorFor(rules);
    const schemaProblems = validate(raw) ? [] : explainErrors(validate.errors ?? [], raw, rules, at);
    const config = raw;
    const problems = [...schemaProblems];
    const exceptions = [];
    const checkDate = (value, path) => {
        if (typeof value === "string" && new RegExp(dates_1.DATE_PATTERN).test(value) && !(0, dates_1.isCalendarDate)(value))
            problems.push(`${at(path)}: ${keyPath(path)}: ${JSON.stringify(value)} is not a date in the calendar; write YYYY-MM-DD, e.g. 2027-03-31`);
    };
    (Array.isArray(config.exceptions) ? config.exceptions : []).forEach((e, i) => {
        checkDate(e?.expires, ["exceptions", i, "expires"]);
        exceptions.push({ ...e, by: `${label}: exceptions[${i}]`, key: `exceptions[${i}]`, file, line: lineOf(["exceptions", i]) });
    });
    const policy = {};
    const byRule = new Map();
    const ruleOf = new Map(rules.flatMap((r) => [[r.meta.id, r], [r.meta.name, r]]));
    const policySection = config.policy !== null && typeof config.policy === "object" && !Array.isArray(config.policy) ? config.policy : {};
    for (const [key, value] of Object.entries(policySection)) {
        const rule = ruleOf.get(key);
        if (rule) {
            const other = byRule.get(rule);
            if (other !== undefined)
                problems.push(`${at(["policy", key])}: policy.${key}: names the same rule as policy.${other} (${rule.meta.id} is ${rule.meta.name}); keep one of them`);
            byRule.set(rule, key);
        }
        if (value !== null && typeof value === "object" && !Array.isArray(value)) {
            const { exceptions: ruleExceptions, ...rest } = value;
            (Array.isArray(ruleExceptions) ? ruleExceptions : []).forEach((e, i) => {
                checkDate(e?.expires, ["policy", key, "exceptions", i, "expires"]);
                exceptions.push({
                    ...e,
                    rule: key,
                    by: `${label}: policy.${key}.exceptions[${i}]`,
                    key: `policy.${key}.exceptions[${i}]`,
                    file,
                    line: lineOf(["policy", key, "exceptions", i]),
                });
            });
            policy[key] = rest;
        }
        else {
            policy[key] = value;
        }
    }
    if (problems.length > 0)
        throw new ConfigError(byLine(problems), label);
    return {
        file,
        dir: (0, node_path_1.dirname)(file),
        policy,
        severityThreshold: config.severityThreshold,
        exclude: config.exclude ?? [],
        exceptions,
        inlineSuppressions: config.inlineSuppressions,
        ...(config.limits !== undefined ? { limits: config.limits } : {}),
        ...(config.cacheDir !== undefined ? { cacheDir: (0, node_path_1.resolve)((0, node_path_1.dirname)(file), config.cacheDir) } : {}),
    };
}
function tooDeep() {
    return `nests more than ${exports.MAX_CONFIG_DEPTH} levels deep, far more than any setting needs; check that this is the right file`;
}
/** How deeply a value nests (a scalar is 0), without recursion; it stops counting past MAX_CONFIG_DEPTH. */
function depthOf(value) {
    let deepest = 0;
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [v, depth] = stack.pop();
        if (v === null || typeof v !== "object")
            continue;
        deepest = Math.max(deepest, depth + 1);
        if (deepest > exports.MAX_CONFIG_DEPTH)
            return deepest;
        for (const child of Object.values(v))
            stack.push([child, depth + 1]);
    }
    return deepest;
}
/** Problems in the order of the file: `label:12: …` by its line number. */
function byLine(problems) {
    const lineOf = (p) => Number(/^[^:]*:(\d+)/.exec(p)?.[1] ?? 0);
    return problems.map((p, i) => ({ p, i })).sort((a, b) => lineOf(a.p) - lineOf(b.p) || a.i - b.i).map((x) => x.p);
}
function keyNode(parent, key) {
    const { isMap, isPair, isScalar } = yaml();
    if (!isMap(parent))
        return undefined;
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    return pair && isPair(pair) ? pair.key : undefined;
}
/** Not strict: rule option schemas carry descriptions and defaults that strict mode would question. */
exports.CONFIG_AJV_OPTIONS = { allErrors: true, strict: false, verbose: true, allowUnionTypes: true };
const validators = new WeakMap();
/**
 * The validator of configs for these rules: the one `npm run gen` made (core/config-validator.ts) when their schema is
 * the one it was made from (the built-in rules'), else compiled with ajv, loaded then.
 */
function validatorFor(rules) {
    let validate = validators.get(rules);
    if (!validate) {
        const schema = configSchemaFor(rules);
        const { builtInConfig } = require("./config-validator");
        if (JSON.stringify(schema) === builtInConfig.schema) {
            validate = builtInConfig.validate;
        }
        else {
            const Ajv = require("ajv").default;
            validate = new Ajv(exports.CONFIG_AJV_OPTIONS).compile(schema);
        }
        validators.set(rules, validate);
    }
    return validate;
}
// ---------------------------------------------------------------------------------------------- error messages
/** `/policy/sg-wide-port-range/maxPortRange` → ["policy", "sg-wide-port-range", "maxPortRange"]. */
function pathOf(instancePath) {
    if (instancePath === "")
        return [];
    return instancePath
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** ["exceptions", 0, "reason"] → `exceptions[0].reason`. */
function keyPath(path) {
    let out = "";
    for (const step of path)
        out += typeof step === "number" ? `[${step}]` : out === "" ? step : `.${step}`;
    return out || "(the file)";
}
function describeValue(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
const TYPE_WORDS = {
    integer: "an integer",
    number: "a number",
    string: "a string",
    boolean: "true or false",
    array: "a list",
    object: "a mapping (key: value)",
    null: "null",
};
function typeWords(type) {
    const types = Array.isArray(type) ? type : [type];
    return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(" or ");
}
/** What a schema accepts, in words: for the branches of a oneOf/anyOf. */
function schemaWords(schema) {
    if (Array.isArray(schema.enum))
        return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
    let words = schema.type !== undefined ? typeWords(schema.type) : "a value";
    if (typeof schema.minimum === "number" && typeof schema.maximum === "number")
        words += ` from ${schema.minimum} to ${schema.maximum}`;
    if (typeof schema.pattern === "string")
        words += ` matching ${schema.pattern}`;
    return words;
}
function explainErrors(errors, config, rules, at) {
    // The branches of a oneOf/anyOf report their own errors at the same place: say once what the place accepts.
    const unions = new Set(errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").map((e) => e.instancePath));
    const out = [];
    const seen = new Set();
    for (const e of errors) {
        if (e.keyword === "if")
            continue;
        if (unions.has(e.instancePath) && e.keyword !== "oneOf" && e.keyword !== "anyOf")
            continue;
        const path = pathOf(e.instancePath);
        const value = valueAt(config, path);
        let message;
        let where = at(path);
        let key = keyPath(path);
        switch (e.keyword) {
            case "additionalProperties": {
                const extra = String(e.params.additionalProperty);
                where = at(path, extra);
                key = keyPath([...path, extra]);
                const allowed = Object.keys((e.parentSchema ?? {}).properties ?? {});
                if (path.length === 1 && path[0] === "policy") {
                    message = `unknown rule${(0, spelling_1.didYouMean)(extra, allowed)}; name a rule by its name or id (\`moat rules\` lists them), or use all`;
                }
                else if (path.length === 2 && path[0] === "policy") {
                    const rule = rules.find((r) => r.meta.id === path[1] || r.meta.name === path[1]);
                    message = `${rule?.meta.name ?? String(path[1])} has no option '${extra}'${(0, spelling_1.didYouMean)(extra, allowed)}; allowed: ${allowed.join(", ")}`;
                }
                else {
                    message = `unknown key${(0, spelling_1.didYouMean)(extra, allowed)}; allowed: ${allowed.join(", ")}`;
                }
                break;
            }
            case "required": {
                const missing = String(e.params.missingProperty);
                key = keyPath([...path, missing]);
                message =
                    missing === "reason"
                        ? "is missing: every exception needs a reason that says why the finding is acceptable (e.g. reason: \"bastion host, OPS-123\")"
                        : `is missing (an exception needs rule, resource and reason)`;
                break;
            }
            case "type": {
                const isRuleEntry = path.length === 2 && path[0] === "policy";
                message = isRuleEntry
                    ? `${describeValue(value)} must be a level (${policy_config_1.POLICY_LEVELS.join(", ")}) or a mapping with enforcementLevel and the rule's options`
                    : `${describeValue(value)} must be ${typeWords(e.params.type)}`;
                break;
            }
            case "enum": {
                const allowed = (e.params.allowedValues ?? []).map(String);
                const list = allowed.length > 12 ? "a rule id or name listed by `moat rules`, or *" : allowed.join(", ");
                message = `${describeValue(value)} is not allowed${typeof value === "string" ? (0, spelling_1.didYouMean)(value, allowed) : ""}; allowed: ${list}`;
                break;
            }
            case "minimum":
            case "exclusiveMinimum":
                message = `${describeValue(value)} must be at least ${e.params.limit}${e.keyword === "exclusiveMinimum" ? " (exclusive)" : ""}`;
                break;
            case "maximum":
            case "exclusiveMaximum":
                message = `${describeValue(value)} must be at most ${e.params.limit}${e.keyword === "exclusiveMaximum" ? " (exclusive)" : ""}`;
                break;
            case "pattern": {
                const pattern = e.params.pattern;
                message =
                    pattern === dates_1.DATE_PATTERN
                        ? `${describeValue(value)} must be a date written YYYY-MM-DD, e.g. 2027-03-31`
                        : pattern === "\\S"
                            ? "must not be blank: say why the finding is acceptable"
                            : `${describeValue(value)} must match ${pattern}`;
                break;
            }
            case "minLength":
                message = "must not be empty";
                break;
            case "uniqueItems": {
                const { i, j } = e.params;
                message = `must not repeat a value (items ${j} and ${i} are the same)`;
                break;
            }
            case "oneOf":
            case "anyOf": {
                const branches = (e.schema ?? []).map(schemaWords);
                message = `${describeValue(value)} must be ${branches.join(", or ")}`;
                break;
            }
            default:
                message = `${describeValue(value)} ${e.message ?? "is not valid"}`;
        }
        const line = `${where}: ${key}: ${message}`;
        if (!seen.has(line)) {
            seen.add(line);
            out.push(line);
        }
    }
    return out;
}
function valueAt(root, path) {
    let cur = root;
    for (const step of path) {
        if (cur === null || typeof cur !== "object")
            return undefined;
        cur = cur[step];
    }
    return cur;
}
// ---------------------------------------------------------------------------------------------- globs
/**
 * A path glob of `exclude`, relative to the config's directory: `*` and `?` stay within one directory, `**` crosses
 * directories, `{a,b}` is either; a pattern without `/` matches a file or directory name at any depth; a matching
 * directory excludes everything below it.
 */
function pathGlob(pattern) {
    let p = pattern.trim().replace(/\\/g, "/").replace(/^\.\//, "");
    if (p.endsWith("/"))
        p = p.slice(0, -1);
    const anywhere = !p.includes("/");
    let source = "";
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === "*" && p[i + 1] === "*") {
            const slashAfter = p[i + 2] === "/";
            source += slashAfter ? "(?:.*/)?" : ".*";
            i += slashAfter ? 2 : 1;
        }
        else if (c === "*") {
            source += "[^/]*";
        }
        else if (c === "?") {
            source += "[^/]";
        }
        else if (c === "{") {
            const close = p.indexOf("}", i);
            if (close < 0) {
                source += "\\{";
                continue;
            }
            source += `(?:${p
                .slice(i + 1, close)
                .split(",")
                .map(escapeRegExp)
                .join("|")})`;
            i = close;
        }
        else {
            source += escapeRegExp(c);
        }
    }
    const re = new RegExp(`^${anywhere ? "(?:.*/)?" : ""}${source}$`);
    return (relativePath) => {
        // The path itself or any directory above it.
        const parts = relativePath.split("/");
        for (let n = parts.length; n > 0; n--)
            if (re.test(parts.slice(0, n).join("/")))
                return true;
        return false;
    };
}
/** An exclusion test for absolute paths, from a config's `exclude` globs (relative to `dir`). */
function excludedBy(config) {
    if (config.exclude.length === 0)
        return undefined;
    const globs = config.exclude.map((pattern) => ({ pattern, test: pathGlob(pattern) }));
    return (absolutePath) => {
        const rel = (0, node_path_1.relative)(config.dir, absolutePath);
        if (rel === "" || rel.startsWith(".."))
            return undefined;
        const posix = node_path_1.sep === "/" ? rel : rel.split(node_path_1.sep).join("/");
        return globs.find((g) => g.test(posix))?.pattern;
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
// ---------------------------------------------------------------------------------------------- Pulumi
/**
 * The config as Pulumi `--policy-pack-config` JSON: policy entries under rule names (Pulumi names policies by rule
 * name, never by id), and each exception under the policy of its rule (`*`: every policy), because CrossGuard gives a
 * policy only its own config — an `exceptions` list under `all` would never reach a policy. Rules without a Pulumi
 * form are left out; `exclude`, `severityThreshold`, `inlineSuppressions` and `limits` do not apply to Pulumi.
 */
function pulumiPolicyConfig(config, rules) {
    const pulumi = rules.filter((r) => r.meta.doors.includes("pulumi"));
    const out = {};
    if (config.policy.all !== undefined)
        out.all = config.policy.all;
    const entry = (rule) => {
        const current = out[rule.meta.name];
        const object = typeof current === "string" ? { enforcementLevel: current } : (current ?? {});
        out[rule.meta.name] = object;
        return object;
    };
    for (const rule of pulumi) {
        const setting = config.policy[rule.meta.name] ?? config.policy[rule.meta.id];
        if (setting !== undefined)
            out[rule.meta.name] = typeof setting === "string" ? setting : { ...setting };
    }
    for (const e of config.exceptions) {
        const targets = e.rule === "*" ? pulumi : pulumi.filter((r) => r.meta.id === e.rule || r.meta.name === e.rule);
        for (const rule of targets) {
            const object = entry(rule);
            const list = object.exceptions ?? [];
            list.push({ resource: e.resource, reason: e.reason, ...(e.expires ? { expires: e.expires } : {}) });
            object.exceptions = list;
        }
    }
    return out;
}
