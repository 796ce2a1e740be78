"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXTRA_FUNCTIONS = void 0;
const cidr_1 = require("../core/cidr");
const values_1 = require("../core/values");
/** A prefix in CIDR notation, masked (core/cidr.ts parses it); Terraform requires the `/length`. */
function parseNetwork(v, fn) {
    if (typeof v !== "string")
        throw new Error(`${fn}: the prefix must be a string in CIDR notation`);
    if (!v.includes("/"))
        throw new Error(`${fn}: invalid CIDR expression: missing prefix length`);
    const cidr = (0, cidr_1.parseCidr)(v);
    if (cidr === undefined)
        throw new Error(`${fn}: invalid CIDR expression`);
    return { base: cidr.network, prefix: cidr.prefix, bits: cidr.version === 4 ? 32 : 128 };
}
function formatIPv4(n) {
    return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 0xffn)).join(".");
}
/** RFC 5952 text, as Go's net.IP.String() writes it: lower case, the longest run of two or more zero groups as `::`. */
function formatIPv6(n) {
    const groups = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt(112 - 16 * i)) & 0xffffn));
    let bestStart = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(":");
    return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
function formatAddress(n, bits) {
    return bits === 32 ? formatIPv4(n) : formatIPv6(n);
}
function formatNetwork(net) {
    return `${formatAddress(net.base, net.bits)}/${net.prefix}`;
}
function wholeNumber(v, fn, what) {
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    if (!Number.isInteger(n))
        throw new Error(`${fn}: ${what} must be a whole number`);
    return BigInt(n);
}
function cidrhost([prefix, hostnum]) {
    const net = parseNetwork(prefix, "cidrhost");
    const hostBits = BigInt(net.bits - net.prefix);
    const max = (1n << hostBits) - 1n;
    const requested = wholeNumber(hostnum, "cidrhost", "the host number");
    const num = requested < 0n ? max - (-requested - 1n) : requested;
    if (num < 0n || num > max)
        throw new Error(`cidrhost: prefix of ${net.prefix} does not accommodate a host numbered ${String(requested)}`);
    return formatAddress(net.base + num, net.bits);
}
function cidrnetmask([prefix]) {
    const net = parseNetwork(prefix, "cidrnetmask");
    if (net.bits !== 32)
        throw new Error("cidrnetmask: only works with IPv4 prefixes");
    return formatIPv4(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - net.prefix)) - 1n));
}
function cidrsubnet([prefix, newbits, netnum]) {
    const net = parseNetwork(prefix, "cidrsubnet");
    const extra = wholeNumber(newbits, "cidrsubnet", "newbits");
    const num = wholeNumber(netnum, "cidrsubnet", "netnum");
    const length = net.prefix + Number(extra);
    if (extra < 0n)
        throw new Error("cidrsubnet: newbits must not be negative");
    if (length > net.bits)
        throw new Error(`cidrsubnet: insufficient address space to extend prefix of ${net.prefix} by ${extra}`);
    if (num < 0n || num >= 1n << extra)
        throw new Error(`cidrsubnet: prefix extension of ${extra} does not accommodate a subnet numbered ${num}`);
    return formatNetwork({ base: net.base + (num << BigInt(net.bits - length)), prefix: length, bits: net.bits });
}
function lastAddress(net) {
    return net.base + (1n << BigInt(net.bits - net.prefix)) - 1n;
}
function cidrsubnets([prefix, ...newbits]) {
    const net = parseNetwork(prefix, "cidrsubnets");
    const size = 1n << BigInt(net.bits);
    // go-cidr's PreviousSubnet(network, prefix): the block of the same size just before the network.
    let current = { base: (net.base - (1n << BigInt(net.bits - net.prefix)) + size) % size, prefix: net.prefix, bits: net.bits };
    const out = [];
    for (const nb of newbits) {
        const extra = Number(wholeNumber(nb, "cidrsubnets", "each newbits"));
        if (extra < 1)
            throw new Error("cidrsubnets: must extend prefix by at least one bit");
        const length = net.prefix + extra;
        if (length > net.bits)
            throw new Error(`cidrsubnets: would extend prefix to ${length} bits, which is too long for an IPv${net.bits === 32 ? 4 : 6} address`);
        // go-cidr's NextSubnet(current, length): the block of the new size after the one holding current's last address.
        const hostBits = BigInt(net.bits - length);
        const holding = (lastAddress(current) >> hostBits) << hostBits;
        const after = holding + (1n << hostBits);
        const next = { base: ((after % size) >> hostBits) << hostBits, prefix: length, bits: net.bits };
        if (after >= size || next.base < net.base || next.base > lastAddress(net)) {
            throw new Error(`cidrsubnets: not enough remaining address space for a subnet with a prefix of ${length} bits after ${formatNetwork(current)}`);
        }
        current = next;
        out.push(formatNetwork(current));
    }
    return out;
}
const ARN = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.+)$/s;
function arnParse([arn]) {
    const m = typeof arn === "string" ? ARN.exec(arn) : null;
    if (!m || m[1] === "" || m[2] === "")
        throw new Error("provider::aws::arn_parse: the value is not a valid ARN");
    return { partition: m[1], service: m[2], region: m[3], account_id: m[4], resource: m[5] };
}
function arnBuild(args) {
    const parts = args.filter((a) => typeof a === "string");
    if (args.length !== 5 || parts.length !== 5) {
        throw new Error("provider::aws::arn_build: takes five strings: partition, service, region, account_id, resource");
    }
    return `arn:${parts.join(":")}`;
}
/** An IAM role ARN without its path: `arn:aws:iam::123456789012:role/a/b/name` → `arn:aws:iam::123456789012:role/name`. */
function trimIamRolePath([arn]) {
    const parsed = arnParse([arn]);
    if (parsed.service !== "iam" || !parsed.resource.startsWith("role/")) {
        throw new Error("provider::aws::trim_iam_role_path: the value is not an IAM role ARN");
    }
    const name = parsed.resource.slice(parsed.resource.lastIndexOf("/") + 1);
    return `arn:${parsed.partition}:iam::${parsed.account_id}:role/${name}`;
}
/** Terraform 0.11's `map(k1, v1, k2, v2, …)`. */
function legacyMap(args) {
    if (args.length % 2 !== 0)
        throw new Error("map: takes an even number of arguments (key, value, …)");
    const out = {};
    for (let i = 0; i < args.length; i += 2) {
        const key = args[i];
        if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean")
            throw new Error("map: keys must be strings");
        out[String(key)] = args[i + 1];
    }
    return out;
}
// ------------------------------------------------------------------ strings, encodings and hashes
function str(v, fn) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    throw new Error(`${fn}: the argument must be a string`);
}
function num(v, fn) {
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    if (Number.isNaN(n))
        throw new Error(`${fn}: the argument must be a number`);
    return n;
}
function list(v, fn) {
    if (Array.isArray(v))
        return v;
    throw new Error(`${fn}: the argument must be a list`);
}
/** node:crypto, loaded by the first hash function a configuration calls, not by every start. */
function createHash(algorithm) {
    return require("node:crypto").createHash(algorithm);
}
const hash = (algorithm, encoding) => (args) => createHash(algorithm).update(str(args[0], algorithm), "utf8").digest(encoding);
/** Strict base64 (Go's StdEncoding): padding required, nothing but the alphabet. */
function base64Bytes(v, fn) {
    const s = str(v, fn);
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s))
        throw new Error(`${fn}: the argument is not valid base64`);
    return Buffer.from(s, "base64");
}
function utf8(bytes, fn) {
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        throw new Error(`${fn}: the decoded bytes are not valid UTF-8`);
    }
}
/** The character encodings moat converts (Node's own); another IANA name Terraform knows is Unknown here. */
function nodeEncoding(name) {
    const n = name.toLowerCase().replace(/[^a-z0-9]/g, "");
    if (n === "utf8")
        return "utf8";
    if (n === "utf16le")
        return "utf16le";
    if (n === "iso88591" || n === "latin1")
        return "latin1";
    if (n === "usascii" || n === "ascii")
        return "ascii";
    return undefined;
}
/** Go's path/filepath Clean for slash paths. */
function cleanPath(p) {
    if (p === "")
        return ".";
    const rooted = p.startsWith("/");
    const out = [];
    for (const part of p.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (out.length > 0 && out[out.length - 1] !== "..")
                out.pop();
            else if (!rooted)
                out.push("..");
        }
        else
            out.push(part);
    }
    const joined = out.join("/");
    return rooted ? `/${joined}` : joined || ".";
}
function basename([p]) {
    let s = str(p, "basename");
    if (s === "")
        return ".";
    while (s.length > 0 && s.endsWith("/"))
        s = s.slice(0, -1);
    if (s === "")
        return "/";
    return s.slice(s.lastIndexOf("/") + 1);
}
function dirname([p]) {
    const s = str(p, "dirname");
    return cleanPath(s.slice(0, s.lastIndexOf("/") + 1));
}
/** Go's url.QueryEscape: unreserved characters kept, a space as `+`, every other byte as `%XX`. */
function urlencode([s]) {
    let out = "";
    for (const byte of Buffer.from(str(s, "urlencode"), "utf8")) {
        const c = String.fromCharCode(byte);
        if (/[A-Za-z0-9\-_.~]/.test(c))
            out += c;
        else if (c === " ")
            out += "+";
        else
            out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out;
}
/** RFC 4180 CSV as Go's encoding/csv reads it; the first line names the attributes. */
function csvdecode([s]) {
    const text = str(s, "csvdecode");
    const rows = [];
    let row = [];
    let field = "";
    let quoted = false;
    let i = 0;
    const endField = () => {
        row.push(field);
        field = "";
    };
    while (i < text.length) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i += 2;
                continue;
            }
            if (c === '"')
                quoted = false;
            else
                field += c;
            i++;
            continue;
        }
        if (c === '"' && field === "")
            quoted = true;
        else if (c === ",")
            endField();
        else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
            if (c === "\r")
                i++;
            endField();
            rows.push(row);
            row = [];
        }
        else
            field += c;
        i++;
    }
    if (quoted)
        throw new Error("csvdecode: a quoted field is not closed");
    if (field !== "" || row.length > 0) {
        endField();
        rows.push(row);
    }
    if (rows.length === 0)
        throw new Error("csvdecode: missing header line");
    const [header, ...records] = rows;
    return records.map((r, n) => {
        if (r.length !== header.length)
            throw new Error(`csvdecode: record ${n + 1} has ${r.length} fields, the header ${header.length}`);
        return Object.fromEntries(header.map((h, j) => [h, r[j]]));
    });
}
/** cty's ParseInt: digits of the base (0-9, a-z, then A-Z above base 36), an optional sign. */
function parseint([s, b]) {
    const text = str(s, "parseint");
    const base = num(b, "parseint");
    if (!Number.isInteger(base) || base < 2 || base > 62)
        throw new Error("parseint: base must be a whole number between 2 and 62");
    const m = /^([+-]?)(.+)$/.exec(text);
    if (!m)
        throw new Error(`parseint: cannot parse the string as a base ${base} integer`);
    let n = 0n;
    for (const ch of m[2]) {
        const code = ch.charCodeAt(0);
        let d = 99;
        if (code >= 48 && code <= 57)
            d = code - 48;
        else if (code >= 97 && code <= 122)
            d = code - 87;
        else if (code >= 65 && code <= 90)
            d = base <= 36 ? code - 55 : code - 29;
        if (d >= base)
            throw new Error(`parseint: cannot parse the string as a base ${base} integer`);
        n = n * BigInt(base) + BigInt(d);
    }
    return Number(m[1] === "-" ? -n : n);
}
function chunklist([l, size]) {
    const items = list(l, "chunklist");
    const n = num(size, "chunklist");
    if (!Number.isInteger(n) || n < 0)
        throw new Error("chunklist: the size must be a whole number of 0 or more");
    if (n === 0)
        return [items];
    const out = [];
    for (let i = 0; i < items.length; i += n)
        out.push(items.slice(i, i + n));
    return out;
}
function matchkeys([values, keys, search]) {
    const vs = list(values, "matchkeys");
    const ks = list(keys, "matchkeys");
    if (vs.length !== ks.length)
        throw new Error("matchkeys: the values and keys lists must have the same length");
    const wanted = new Set(list(search, "matchkeys").map((x) => JSON.stringify(x)));
    return vs.filter((_, i) => wanted.has(JSON.stringify(ks[i])));
}
function transpose([m]) {
    if (!m || typeof m !== "object" || Array.isArray(m))
        throw new Error("transpose: the argument must be a map of lists of strings");
    const out = {};
    const obj = m;
    for (const key of Object.keys(obj).sort()) {
        for (const v of list(obj[key], "transpose"))
            (out[str(v, "transpose")] ??= []).push(key);
    }
    return out;
}
const UUID_NAMESPACES = {
    dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
    url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
    oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
    x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
};
/** RFC 4122 version 5: SHA-1 of the namespace's bytes and the name. */
function uuidv5([ns, name]) {
    const namespace = UUID_NAMESPACES[str(ns, "uuidv5")] ?? str(ns, "uuidv5");
    const hex = namespace.replace(/-/g, "");
    if (!/^[0-9a-fA-F]{32}$/.test(hex))
        throw new Error("uuidv5: the namespace must be dns, url, oid, x500 or a UUID");
    const h = createHash("sha1").update(Buffer.from(hex, "hex")).update(str(name, "uuidv5"), "utf8").digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const s = h.subarray(0, 16).toString("hex");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
function yamldecode([s]) {
    // The YAML parser is loaded by the first yamldecode, not by every start.
    const { parse: parseYaml } = require("yaml");
    try {
        return parseYaml(str(s, "yamldecode"), { maxAliasCount: 100, uniqueKeys: true });
    }
    catch {
        throw new Error("yamldecode: the string is not valid YAML (or holds more than one document)");
    }
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function parseTimestamp(v, fn) {
    const m = typeof v === "string" ? RFC3339.exec(v) : null;
    if (!m)
        throw new Error(`${fn}: the timestamp must be in RFC 3339 format, like "2006-01-02T15:04:05Z"`);
    const offset = /^[Zz]$/.test(m[8]) ? 0 : (m[8][0] === "-" ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)));
    const local = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
    const frac = m[7] ? Number(`0${m[7]}`) * 1000 : 0;
    return { ms: local - offset * 60_000 + frac, offset };
}
/** Go's time.Format(time.RFC3339) in the instant's own offset: whole seconds, `Z` for UTC. */
function formatTimestamp({ ms, offset }) {
    const d = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000);
    const base = d.toISOString().slice(0, 19);
    if (offset === 0)
        return `${base}Z`;
    const a = Math.abs(offset);
    return `${base}${offset < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}
const DURATION_UNITS = { ns: 1e-6, us: 1e-3, "µs": 1e-3, "μs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Go's time.ParseDuration, in milliseconds. */
function parseDuration(v) {
    const s = str(v, "timeadd");
    const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.exec(s);
    if (!m && s !== "0")
        throw new Error("timeadd: the duration must be like \"1h30m\" (units ns, us, ms, s, m, h)");
    let total = 0;
    for (const part of s.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
        total += Number(part[1]) * DURATION_UNITS[part[2]];
    return s.startsWith("-") ? -total : total;
}
function timeadd([ts, duration]) {
    const t = parseTimestamp(ts, "timeadd");
    return formatTimestamp({ ms: t.ms + parseDuration(duration), offset: t.offset });
}
function timecmp([a, b]) {
    const x = parseTimestamp(a, "timecmp").ms;
    const y = parseTimestamp(b, "timecmp").ms;
    return x < y ? -1 : x > y ? 1 : 0;
}
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** The offset as Go writes it with "-0700" (colon false) or "-07:00" (colon true). */
function offsetText(offset, colon) {
    const a = Math.abs(offset);
    const hh = String(Math.floor(a / 60)).padStart(2, "0");
    const mm = String(a % 60).padStart(2, "0");
    return `${offset < 0 ? "-" : "+"}${hh}${colon ? ":" : ""}${mm}`;
}
/** cty's FormatDate: letter runs are verbs (YYYY, MMM, DD, EEE, hh, HH, AA, mm, ss, Z…), 'quoted' text is literal. */
function formatdate([spec, ts]) {
    const format = str(spec, "formatdate");
    const t = parseTimestamp(ts, "formatdate");
    const d = new Date(Math.floor(t.ms / 1000) * 1000 + t.offset * 60_000);
    const pad = (n, width) => String(n).padStart(width, "0");
    const hour = d.getUTCHours();
    const verbs = {
        YY: () => pad(d.getUTCFullYear() % 100, 2),
        YYYY: () => pad(d.getUTCFullYear(), 4),
        M: () => String(d.getUTCMonth() + 1),
        MM: () => pad(d.getUTCMonth() + 1, 2),
        MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
        MMMM: () => MONTHS[d.getUTCMonth()],
        D: () => String(d.getUTCDate()),
        DD: () => pad(d.getUTCDate(), 2),
        EEE: () => WEEKDAYS[d.getUTCDay()].slice(0, 3),
        EEEE: () => WEEKDAYS[d.getUTCDay()],
        h: () => String(hour),
        hh: () => pad(hour, 2),
        H: () => String(hour % 12 || 12),
        HH: () => pad(hour % 12 || 12, 2),
        AA: () => (hour < 12 ? "AM" : "PM"),
        aa: () => (hour < 12 ? "am" : "pm"),
        m: () => String(d.getUTCMinutes()),
        mm: () => pad(d.getUTCMinutes(), 2),
        s: () => String(d.getUTCSeconds()),
        ss: () => pad(d.getUTCSeconds(), 2),
        Z: () => (t.offset === 0 ? "Z" : offsetText(t.offset, true)),
        ZZZ: () => (t.offset === 0 ? "UTC" : offsetText(t.offset, false)),
        ZZZZ: () => offsetText(t.offset, false),
        ZZZZZ: () => offsetText(t.offset, true),
    };
    let out = "";
    for (const tok of format.match(/'(?:[^']|'')*'?|([A-Za-z])\1*|[^'A-Za-z]+/g) ?? []) {
        if (tok.startsWith("'"))
            out += tok === "''" ? "'" : tok.replace(/^'|'$/g, "").replace(/''/g, "'");
        else if (/^[A-Za-z]/.test(tok)) {
            const verb = verbs[tok];
            if (verb === undefined)
                throw new Error(`formatdate: invalid date format verb ${JSON.stringify(tok.slice(0, 20))}`);
            out += verb();
        }
        else
            out += tok;
    }
    return out;
}
/** Functions of this module by name; each takes known arguments and returns a value or throws a Terraform-like error. */
exports.EXTRA_FUNCTIONS = {
    cidrhost,
    cidrnetmask,
    cidrsubnet,
    cidrsubnets,
    "provider::aws::arn_parse": arnParse,
    "provider::aws::arn_build": arnBuild,
    "provider::aws::trim_iam_role_path": trimIamRolePath,
    map: legacyMap,
    list: (args) => [...args],
    basename,
    dirname,
    base64encode: ([s]) => Buffer.from(str(s, "base64encode"), "utf8").toString("base64"),
    base64decode: ([s]) => utf8(base64Bytes(s, "base64decode"), "base64decode"),
    textencodebase64: ([s, enc]) => {
        const name = str(enc, "textencodebase64");
        const e = nodeEncoding(name);
        return e === undefined ? new values_1.Unknown(`textencodebase64: moat does not convert to the encoding ${JSON.stringify(name)}`) : Buffer.from(str(s, "textencodebase64"), e).toString("base64");
    },
    textdecodebase64: ([s, enc]) => {
        const name = str(enc, "textdecodebase64");
        const e = nodeEncoding(name);
        if (e === undefined)
            return new values_1.Unknown(`textdecodebase64: moat does not convert from the encoding ${JSON.stringify(name)}`);
        const bytes = base64Bytes(s, "textdecodebase64");
        return e === "utf8" ? utf8(bytes, "textdecodebase64") : bytes.toString(e);
    },
    md5: hash("md5", "hex"),
    sha1: hash("sha1", "hex"),
    sha256: hash("sha256", "hex"),
    sha512: hash("sha512", "hex"),
    base64sha256: hash("sha256", "base64"),
    base64sha512: hash("sha512", "base64"),
    urlencode,
    csvdecode,
    indent: ([n, s]) => {
        const spaces = num(n, "indent");
        if (!Number.isInteger(spaces) || spaces < 0 || spaces > 1_000)
            throw new Error("indent: the number of spaces must be a whole number from 0 to 1000");
        return str(s, "indent").replace(/\n/g, `\n${" ".repeat(spaces)}`);
    },
    log: ([n, b]) => Math.log(num(n, "log")) / Math.log(num(b, "log")),
    pow: ([a, b]) => num(a, "pow") ** num(b, "pow"),
    signum: ([a]) => Math.sign(num(a, "signum")),
    parseint,
    chunklist,
    matchkeys,
    transpose,
    uuidv5,
    yamldecode,
    timeadd,
    timecmp,
    formatdate,
};
