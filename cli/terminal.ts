/** What the terminal gets: colour when it can show it, and a progress line while a long scan runs. */
import pc from "picocolors";
import { TEXT_ESCAPES, neutraliseCommands, showControls } from "./reporters/escape";

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
export function colorsWanted(flag: boolean | undefined, env: NodeJS.ProcessEnv, stream: OutputStream): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}

export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

/** Scans that end sooner than this show no progress at all. */
export const PROGRESS_DELAY_MS = 1000;
const REDRAW_EVERY_MS = 100;
const CLEAR_LINE = "\r\x1b[K";

/**
 * One line on a terminal's stderr, redrawn in place, shown only once the work has taken `delayMs`, and erased at
 * the end so it never mixes with the report. Off when stderr is not a terminal.
 */
export class ProgressLine {
  private text = "";
  private shown = false;
  private lastDraw = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: OutputStream,
    private readonly enabled: boolean,
    private readonly delayMs: number = PROGRESS_DELAY_MS,
  ) {}

  start(text: string): void {
    if (!this.enabled) return;
    this.text = text;
    if (this.delayMs <= 0) {
      this.draw();
      return;
    }
    this.timer = setTimeout(() => this.draw(), this.delayMs);
    this.timer.unref();
  }

  update(text: string): void {
    if (!this.enabled) return;
    this.text = text;
    if (this.shown && Date.now() - this.lastDraw >= REDRAW_EVERY_MS) this.draw();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }

  private draw(): void {
    // A line longer than the terminal wraps, and `\r` would then clear only its last part.
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    const text = this.text.length > width ? `${this.text.slice(0, width - 1)}…` : this.text;
    this.stream.write(`${CLEAR_LINE}${text}`);
    this.shown = true;
    this.lastDraw = Date.now();
  }
}

/**
 * A message for standard error that may quote the scanned repository (a key of its moat.config.yaml, an entry of a
 * baseline, an error's text): its control characters shown (`\n`, `\x1b`), and nothing in it a GitHub Actions
 * runner would take as a workflow command, as in the reports (reporters/escape.ts).
 */
export function safeMessage(text: string): string {
  return neutraliseCommands(showControls(text), TEXT_ESCAPES);
}
