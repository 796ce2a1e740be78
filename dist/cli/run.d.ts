import { type AnyRule } from "../core/rule";
import { type OutputStream } from "./terminal";
export interface CliEnvironment {
    stdout: OutputStream;
    stderr: OutputStream;
    /** Paths on the command line, `--var-file` and `--format x=FILE` are relative to it; so are paths in reports. */
    cwd: string;
    /** NO_COLOR, FORCE_COLOR, TERM. Default: none set. */
    env?: NodeJS.ProcessEnv;
    /** The rules to run. Default: every rule of the registry (rules/index.ts). */
    rules?: readonly AnyRule[];
    /** How long a scan runs before the progress line appears. */
    progressDelayMs?: number;
    /** Reads standard input, for `moat scan -` (default: the process's stdin). */
    readStdin?: () => Promise<string>;
    /** Whether standard input is a terminal: `moat scan -` then stops with a hint instead of waiting for a plan. */
    stdinIsTTY?: boolean;
    /** Today as YYYY-MM-DD (UTC), for the expiry of suppressions and exceptions (default: the real date). */
    today?: string;
}
export declare function run(argv: readonly string[], environment: CliEnvironment): Promise<number>;
/** `--debug` (a global option): read from the arguments themselves, so it works even when parsing them failed. */
export declare function debugWanted(argv: readonly string[]): boolean;
