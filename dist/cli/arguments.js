"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseFormat = parseFormat;
exports.parseVar = parseVar;
exports.parseSize = parseSize;
exports.parseShardOption = parseShardOption;
exports.collect = collect;
/**
 * Parsers for option values. Each throws commander's InvalidArgumentError with what was expected, so a bad value
 * is a usage error (exit 2) that says how to fix it.
 */
const commander_1 = require("commander");
const reporters_1 = require("./reporters");
const shard_1 = require("./shard");
function parseFormat(value) {
    const eq = value.indexOf("=");
    const name = (eq < 0 ? value : value.slice(0, eq)).trim();
    const file = eq < 0 ? undefined : value.slice(eq + 1);
    if (!Object.hasOwn(reporters_1.REPORTERS, name)) {
        throw new commander_1.InvalidArgumentError(`unknown format '${name}'; choose one of: ${Object.keys(reporters_1.REPORTERS).join(", ")}`);
    }
    if (file !== undefined && file.trim() === "") {
        throw new commander_1.InvalidArgumentError(`'${value}' names no file; write ${name}=FILE, or just ${name} for standard output`);
    }
    return { format: name, file };
}
/** `--var name=value`, checked here so a typo fails before the scan rather than as an unknown value later. */
function parseVar(value) {
    const eq = value.indexOf("=");
    const name = eq < 0 ? "" : value.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
        throw new commander_1.InvalidArgumentError(`'${value}' is not name=value (e.g. --var environment=prod)`);
    }
    return value;
}
const SIZE_UNITS = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
/** A size in bytes: `1048576`, `512KB`, `5MB`, `1GiB` (units are powers of 1024). */
function parseSize(value) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
    const unit = match ? SIZE_UNITS[match[2].toLowerCase()] : undefined;
    if (!match || unit === undefined || Number(match[1]) * unit < 1) {
        throw new commander_1.InvalidArgumentError(`'${value}' is not a size; write e.g. 5MB, 512KB or 1048576 (bytes)`);
    }
    return Math.floor(Number(match[1]) * unit);
}
/** `--shard K/N`: this job scans shard K of N (1 ≤ K ≤ N). */
function parseShardOption(value) {
    const shard = (0, shard_1.parseShard)(value);
    if (!shard)
        throw new commander_1.InvalidArgumentError(`'${value}' is not K/N with 1 ≤ K ≤ N; write e.g. --shard 2/4 for the second of four jobs`);
    return shard;
}
/** For repeatable options: commander calls it once per occurrence. */
function collect(parse) {
    return (value, previous) => [...(previous ?? []), parse(value)];
}
