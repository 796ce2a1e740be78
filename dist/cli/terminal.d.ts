/** What the terminal gets: colour when it can show it, and a progress line while a long scan runs. */
import pc from "picocolors";
export type Colors = ReturnType<typeof pc.createColors>;
/** A stream the CLI writes to; `isTTY` and `columns` as on `process.stdout`. */
export interface OutputStream {
    write(text: string): unknown;
    isTTY?: boolean;
    columns?: number;
}
/**
 * `--color`/`--no-color` win; then NO_COLOR (any non-empty value, no-color.org), then FORCE_COLOR (except "0" or
 * "false", as Node reads it); otherwise colour only on a terminal that is not `TERM=dumb`.
 */
export declare function colorsWanted(flag: boolean | undefined, env: NodeJS.ProcessEnv, stream: OutputStream): boolean;
export declare function colors(enabled: boolean): Colors;
/** Scans that end sooner than this show no progress at all. */
export declare const PROGRESS_DELAY_MS = 1000;
/**
 * One line on a terminal's stderr, redrawn in place, shown only once the work has taken `delayMs`, and erased at
 * the end so it never mixes with the report. Off when stderr is not a terminal.
 */
export declare class ProgressLine {
    private readonly stream;
    private readonly enabled;
    private readonly delayMs;
    private text;
    private shown;
    private lastDraw;
    private timer;
    constructor(stream: OutputStream, enabled: boolean, delayMs?: number);
    start(text: string): void;
    update(text: string): void;
    stop(): void;
    private draw;
}
/**
 * A message for standard error that may quote the scanned repository (a key of its moat.config.yaml, an entry of a
 * baseline, an error's text): its control characters shown (`\n`, `\x1b`), and nothing in it a GitHub Actions
 * runner would take as a workflow command, as in the reports (reporters/escape.ts).
 */
export declare function safeMessage(text: string): string;
