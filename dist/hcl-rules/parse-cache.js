"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ParseCache = void 0;
exports.defaultCacheDir = defaultCacheDir;
/**
 * The parse cache: hcl2json's JSON for a file's text, kept on disk by the text's SHA-256 together with moat's and
 * the parser's versions, so that a second scan parses only the files that changed.
 *
 * An entry is one file, `<dir>/parse-<format>/<moat version>-<parser version>/<sha256[0..2]>/<sha256>.json`, holding
 * `{ format, moat, parser, sha256, json }`. An entry is used only if it is whole JSON of exactly that shape with the
 * versions and hash it is filed under; anything else (corrupt, cut short, written by another version, or by
 * something that is not moat) counts as a miss and is written over. Entries are written to a temporary file and
 * renamed into place, so a reader sees a whole entry or none, and two scans sharing a cache both succeed. Nothing
 * the cache does can fail a scan: a cache that cannot be read or written is a cache that misses.
 */
const crypto_1 = require("crypto");
const fs_1 = require("fs");
const path_1 = require("path");
/** Bumped when the layout or the shape of an entry changes. */
const FORMAT = 1;
const FORMAT_NAME = "moat-parse-cache";
class ParseCache {
    moatVersion;
    parserVersion;
    dir;
    writes = new Set();
    /** `dir`: the cache directory (created when first written); the versions entries must carry. */
    constructor(dir, moatVersion, parserVersion) {
        this.moatVersion = moatVersion;
        this.parserVersion = parserVersion;
        this.dir = (0, path_1.join)(dir, `parse-${FORMAT}`, `${safeName(moatVersion)}-${safeName(parserVersion)}`);
    }
    static key(text) {
        return (0, crypto_1.createHash)("sha256").update(text, "utf8").digest("hex");
    }
    path(key) {
        return (0, path_1.join)(this.dir, key.slice(0, 2), `${key}.json`);
    }
    /**
     * The JSON cached for the text with this key, or undefined on a miss (including any entry that is not sound).
     * Synchronous, like reading the sources (read-source.ts): far cheaper than the thread pool for small files.
     */
    get(key) {
        let raw;
        try {
            raw = (0, fs_1.readFileSync)(this.path(key), "utf8");
        }
        catch {
            return undefined;
        }
        let entry;
        try {
            entry = JSON.parse(raw);
        }
        catch {
            return undefined;
        }
        return this.isEntry(entry, key) ? entry.json : undefined;
    }
    isEntry(value, key) {
        if (!isObject(value))
            return false;
        return (value.format === `${FORMAT_NAME}/${FORMAT}` &&
            value.moat === this.moatVersion &&
            value.parser === this.parserVersion &&
            value.sha256 === key &&
            isObject(value.json) &&
            Object.keys(value).length === 5);
    }
    /** Writes an entry in the background; `flush` waits for every write started. */
    put(key, json) {
        const entry = { format: `${FORMAT_NAME}/${FORMAT}`, moat: this.moatVersion, parser: this.parserVersion, sha256: key, json };
        const write = this.write(key, JSON.stringify(entry)).finally(() => this.writes.delete(write));
        this.writes.add(write);
    }
    async flush() {
        while (this.writes.size > 0)
            await Promise.all([...this.writes]);
    }
    async write(key, text) {
        const target = this.path(key);
        const temporary = `${target}.${process.pid}-${(0, crypto_1.randomBytes)(6).toString("hex")}.tmp`;
        try {
            await fs_1.promises.mkdir((0, path_1.join)(this.dir, key.slice(0, 2)), { recursive: true });
            await fs_1.promises.writeFile(temporary, text, { flag: "wx" });
            await fs_1.promises.rename(temporary, target);
        }
        catch {
            // A cache that cannot be written only misses next time; leave no temporary file behind.
            await fs_1.promises.rm(temporary, { force: true }).catch(() => undefined);
        }
    }
}
exports.ParseCache = ParseCache;
function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
/** A version as a path segment: anything but letters, digits, `.`, `_`, `+` and `-` becomes `_`. */
function safeName(version) {
    return version.replace(/[^A-Za-z0-9._+-]/g, "_").slice(0, 64) || "_";
}
/**
 * The default cache directory, from the environment given: `$XDG_CACHE_HOME/moat` or `~/.cache/moat` (Linux and other
 * Unix), `~/Library/Caches/moat` (macOS), `%LOCALAPPDATA%\moat\Cache` (Windows). Undefined when the environment names
 * no home: then no cache is used.
 */
function defaultCacheDir(env, platform = process.platform) {
    const set = (name) => (env[name] !== undefined && env[name] !== "" ? env[name] : undefined);
    if (platform === "win32") {
        const local = set("LOCALAPPDATA");
        return local === undefined ? undefined : (0, path_1.join)(local, "moat", "Cache");
    }
    const home = set("HOME");
    if (platform === "darwin")
        return home === undefined ? undefined : (0, path_1.join)(home, "Library", "Caches", "moat");
    // The XDG spec ignores a relative XDG_CACHE_HOME.
    const xdg = set("XDG_CACHE_HOME");
    if (xdg !== undefined && (0, path_1.isAbsolute)(xdg))
        return (0, path_1.join)(xdg, "moat");
    return home === undefined ? undefined : (0, path_1.join)(home, ".cache", "moat");
}
