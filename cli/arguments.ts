/**
 * Parsers for option values. Each throws commander's InvalidArgumentError with what was expected, so a bad value
 * is a usage error (exit 2) that says how to fix it.
 */
import { InvalidArgumentError } from "commander";
import { REPORTERS, type ReporterName } from "./reporters";
import { type Shard, parseShard } from "./shard";

/** One `--format` value: `json` (standard output) or `json=report.json` (a file). */
export interface FormatTarget {
  format: ReporterName;
  /** As given, relative to the working directory; absent = standard output. */
  file?: string;
}

export function parseFormat(value: string): FormatTarget {
  const eq = value.indexOf("=");
  const name = (eq < 0 ? value : value.slice(0, eq)).trim();
  const file = eq < 0 ? undefined : value.slice(eq + 1);
  if (!Object.hasOwn(REPORTERS, name)) {
    throw new InvalidArgumentError(`unknown format '${name}'; choose one of: ${Object.keys(REPORTERS).join(", ")}`);
  }
  if (file !== undefined && file.trim() === "") {
    throw new InvalidArgumentError(`'${value}' names no file; write ${name}=FILE, or just ${name} for standard output`);
  }
  return { format: name as ReporterName, file };
}

/** `--var name=value`, checked here so a typo fails before the scan rather than as an unknown value later. */
export function parseVar(value: string): string {
  const eq = value.indexOf("=");
  const name = eq < 0 ? "" : value.slice(0, eq).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    throw new InvalidArgumentError(`'${value}' is not name=value (e.g. --var environment=prod)`);
  }
  return value;
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** A size in bytes: `1048576`, `512KB`, `5MB`, `1GiB` (units are powers of 1024). */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? SIZE_UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) * unit < 1) {
    throw new InvalidArgumentError(`'${value}' is not a size; write e.g. 5MB, 512KB or 1048576 (bytes)`);
  }
  return Math.floor(Number(match[1]) * unit);
}

/** `--shard K/N`: this job scans shard K of N (1 ≤ K ≤ N). */
export function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError(`'${value}' is not K/N with 1 ≤ K ≤ N; write e.g. --shard 2/4 for the second of four jobs`);
  return shard;
}

/** For repeatable options: commander calls it once per occurrence. */
export function collect<T>(parse: (value: string) => T): (value: string, previous: T[] | undefined) => T[] {
  return (value, previous) => [...(previous ?? []), parse(value)];
}
