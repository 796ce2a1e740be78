import { type ReporterName } from "./reporters";
import { type Shard } from "./shard";
/** One `--format` value: `json` (standard output) or `json=report.json` (a file). */
export interface FormatTarget {
    format: ReporterName;
    /** As given, relative to the working directory; absent = standard output. */
    file?: string;
}
export declare function parseFormat(value: string): FormatTarget;
/** `--var name=value`, checked here so a typo fails before the scan rather than as an unknown value later. */
export declare function parseVar(value: string): string;
/** A size in bytes: `1048576`, `512KB`, `5MB`, `1GiB` (units are powers of 1024). */
export declare function parseSize(value: string): number;
/** `--shard K/N`: this job scans shard K of N (1 ≤ K ≤ N). */
export declare function parseShardOption(value: string): Shard;
/** For repeatable options: commander calls it once per occurrence. */
export declare function collect<T>(parse: (value: string) => T): (value: string, previous: T[] | undefined) => T[];
