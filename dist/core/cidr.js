"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseCidr = parseCidr;
exports.contains = contains;
exports.includesPublic = includesPublic;
exports.isInternet = isInternet;
function parseCidr(text) {
    const s = text.trim();
    const slash = s.indexOf("/");
    const addr = slash < 0 ? s : s.slice(0, slash);
    const prefixText = slash < 0 ? undefined : s.slice(slash + 1);
    const v4 = parseIPv4(addr);
    const v6 = v4 === undefined ? parseIPv6(addr) : undefined;
    if (v4 === undefined && v6 === undefined)
        return undefined;
    const version = v4 !== undefined ? 4 : 6;
    const bits = version === 4 ? 32 : 128;
    let prefix = bits;
    if (prefixText !== undefined) {
        if (!/^\d{1,3}$/.test(prefixText))
            return undefined;
        prefix = Number(prefixText);
        if (prefix > bits)
            return undefined;
    }
    const value = (v4 ?? v6);
    const hostBits = BigInt(bits - prefix);
    const network = (value >> hostBits) << hostBits;
    return { version, network, prefix, text: s };
}
function parseIPv4(s) {
    const parts = s.split(".");
    if (parts.length !== 4)
        return undefined;
    let v = 0n;
    for (const p of parts) {
        if (!/^\d{1,3}$/.test(p))
            return undefined;
        const n = Number(p);
        if (n > 255)
            return undefined;
        v = (v << 8n) | BigInt(n);
    }
    return v;
}
function parseIPv6(s) {
    if (!/^[0-9a-fA-F:.]+$/.test(s) || !s.includes(":"))
        return undefined;
    let head = s;
    let tailV4;
    const lastColon = s.lastIndexOf(":");
    if (s.slice(lastColon + 1).includes(".")) {
        tailV4 = parseIPv4(s.slice(lastColon + 1));
        if (tailV4 === undefined)
            return undefined;
        head = s.slice(0, lastColon + 1) + "0:0";
    }
    const halves = head.split("::");
    if (halves.length > 2)
        return undefined;
    const parseGroups = (h) => {
        if (h === "")
            return [];
        const groups = h.split(":");
        const out = [];
        for (const g of groups) {
            if (!/^[0-9a-fA-F]{1,4}$/.test(g))
                return undefined;
            out.push(parseInt(g, 16));
        }
        return out;
    };
    const left = parseGroups(halves[0]);
    const right = halves.length === 2 ? parseGroups(halves[1]) : [];
    if (!left || !right)
        return undefined;
    let groups;
    if (halves.length === 2) {
        const missing = 8 - left.length - right.length;
        if (missing < 1)
            return undefined;
        groups = [...left, ...new Array(missing).fill(0), ...right];
    }
    else {
        groups = left;
    }
    if (groups.length !== 8)
        return undefined;
    let v = 0n;
    for (const g of groups)
        v = (v << 16n) | BigInt(g);
    if (tailV4 !== undefined)
        v = (v & ~0xffffffffn) | tailV4;
    return v;
}
/** Private, loopback, link-local and other non-internet ranges: a network wholly inside one is not public. */
const NON_PUBLIC = [
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "100.64.0.0/10",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "fc00::/7",
    "fe80::/10",
    "::1/128",
].map((c) => parseCidr(c));
/** True when `inner` lies wholly inside `outer`. */
function contains(outer, inner) {
    if (outer.version !== inner.version || inner.prefix < outer.prefix)
        return false;
    const bits = BigInt((outer.version === 4 ? 32 : 128) - outer.prefix);
    return inner.network >> bits === outer.network >> bits;
}
/** True when the network holds at least one public address. */
function includesPublic(c) {
    return !NON_PUBLIC.some((p) => contains(p, c));
}
/**
 * "The internet": every address (prefix 0), or — with `publicPrefixMax` N > 0 — any network of prefix length
 * at most N that holds public addresses.
 */
function isInternet(c, publicPrefixMax = 0) {
    if (c.prefix === 0)
        return true;
    return c.prefix <= publicPrefixMax && includesPublic(c);
}
