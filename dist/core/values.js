"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isTrue = exports.Unknown = void 0;
exports.computedFacts = computedFacts;
exports.setAttr = setAttr;
exports.unknown = unknown;
exports.isUnknown = isUnknown;
exports.isAbsent = isAbsent;
exports.containsUnknown = containsUnknown;
exports.firstUnknown = firstUnknown;
exports.get = get;
exports.blocks = blocks;
exports.blockEntries = blockEntries;
exports.asString = asString;
exports.asNumber = asNumber;
exports.asBool = asBool;
exports.asList = asList;
exports.compareVersions = compareVersions;
exports.oneOf = oneOf;
/** The IPv4 CIDR blocks of VPCs and subnets: AWS accepts /16 to /28 (EC2 API CreateVpc, CreateSubnet). */
const NETWORK_CIDR_TYPES = new Set(["aws_vpc", "aws_default_vpc", "aws_subnet", "aws_default_subnet"]);
/**
 * Identifiers the Terraform AWS provider always sets, generating a unique one when the configuration gives none
 * ("If omitted, Terraform will assign a random, unique identifier": aws_db_instance `identifier`, aws_rds_cluster
 * `cluster_identifier`). A read replica names its source by them (`replicate_source_db = aws_db_instance.x.identifier`).
 */
const GENERATED_IDENTIFIERS = { aws_db_instance: "identifier", aws_rds_cluster: "cluster_identifier" };
/** What AWS guarantees about an attribute of a resource or data source that is known only after apply or at plan time. */
function computedFacts(type, attr) {
    if (attr === "id" || attr === "arn" || GENERATED_IDENTIFIERS[type] === attr)
        return { present: true };
    if (attr === "cidr_block" && NETWORK_CIDR_TYPES.has(type))
        return { minPrefix: 16 };
    return {};
}
class Unknown {
    reason;
    facts;
    constructor(reason, facts = {}) {
        this.reason = reason;
        this.facts = facts;
    }
    toString() {
        return `(unknown: ${this.reason})`;
    }
}
exports.Unknown = Unknown;
/**
 * Sets an attribute as an own property, even one named `__proto__` (from JSON input), which plain assignment would
 * turn into the object's prototype: its attributes would then be inherited, not the object's own.
 */
function setAttr(target, key, value) {
    if (key === "__proto__")
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}
function unknown(reason) {
    return new Unknown(reason);
}
function isUnknown(v) {
    return v instanceof Unknown;
}
function isAbsent(v) {
    return v === undefined || v === null;
}
/** True when the value contains an Unknown anywhere. */
function containsUnknown(v) {
    if (isUnknown(v))
        return true;
    if (Array.isArray(v))
        return v.some(containsUnknown);
    if (v && typeof v === "object")
        return Object.values(v).some(containsUnknown);
    return false;
}
/** The first Unknown found in the value (depth first), for its reason. */
function firstUnknown(v) {
    if (isUnknown(v))
        return v;
    if (Array.isArray(v)) {
        for (const x of v) {
            const u = firstUnknown(x);
            if (u)
                return u;
        }
    }
    else if (v && typeof v === "object") {
        for (const x of Object.values(v)) {
            const u = firstUnknown(x);
            if (u)
                return u;
        }
    }
    return undefined;
}
/** Reads a path; stops at the first Unknown or absent step and returns it. */
function get(v, path) {
    let cur = v;
    for (const step of path) {
        if (isUnknown(cur) || cur === undefined || cur === null)
            return cur === null ? undefined : cur;
        if (typeof step === "number") {
            if (!Array.isArray(cur))
                return undefined;
            cur = cur[step];
        }
        else {
            if (typeof cur !== "object" || Array.isArray(cur))
                return undefined;
            cur = cur[step];
        }
    }
    return cur === null ? undefined : cur;
}
/** A nested block list: always an array of objects (a single object is wrapped), or Unknown. */
function blocks(v) {
    if (isUnknown(v))
        return v;
    if (v === undefined || v === null)
        return [];
    const list = Array.isArray(v) ? v : [v];
    const out = [];
    for (const item of list) {
        if (isUnknown(item))
            return item;
        if (item && typeof item === "object" && !Array.isArray(item))
            out.push(item);
    }
    return out;
}
/**
 * The blocks of a nested block list one by one, keeping each block's index, so one unknown block never hides a known
 * sibling: known blocks in `known`, each unknown element (or the whole list, index undefined) in `unknown`.
 */
function blockEntries(v) {
    if (isUnknown(v))
        return { known: [], unknown: [{ value: v }] };
    if (v === undefined || v === null)
        return { known: [], unknown: [] };
    const list = Array.isArray(v) ? v : [v];
    const known = [];
    const unknownBlocks = [];
    list.forEach((item, index) => {
        if (isUnknown(item))
            unknownBlocks.push({ value: item, index });
        else if (item && typeof item === "object" && !Array.isArray(item))
            known.push({ block: item, index });
    });
    return { known, unknown: unknownBlocks };
}
/** A string, if the value is a known string or a number/boolean (HCL converts these freely). */
function asString(v) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    return undefined;
}
/** A number, if the value is a known number or a numeric string. */
function asNumber(v) {
    if (typeof v === "number")
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)))
        return Number(v);
    return undefined;
}
/** A boolean, if the value is a known boolean or the strings "true"/"false" (as Terraform converts). */
function asBool(v) {
    if (typeof v === "boolean")
        return v;
    if (typeof v === "string") {
        if (v === "true")
            return true;
        if (v === "false")
            return false;
    }
    return undefined;
}
/** A list of values: a known array, a single scalar wrapped, or Unknown. */
function asList(v) {
    if (isUnknown(v))
        return v;
    if (v === undefined || v === null)
        return [];
    return Array.isArray(v) ? v : [v];
}
const isTrue = (v) => asBool(v) === true;
exports.isTrue = isTrue;
/** Compares dotted versions numerically ("10.11" > "10.5"; a missing part is 0: "1.0.4" = "1.0.4.0"). */
function compareVersions(a, b) {
    const pa = a.split(".").map(Number);
    const pb = b.split(".").map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Case-insensitive membership; false when the value is not a known string. */
function oneOf(v, expected) {
    const s = asString(v)?.toLowerCase();
    return s !== undefined && expected.some((e) => e.toLowerCase() === s);
}
