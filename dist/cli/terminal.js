"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProgressLine = exports.PROGRESS_DELAY_MS = void 0;
exports.colorsWanted = colorsWanted;
exports.colors = colors;
exports.safeMessage = safeMessage;
/** What the terminal gets: colour when it can show it, and a progress line while a long scan runs. */
const picocolors_1 = __importDefault(require("picocolors"));
const escape_1 = require("./reporters/escape");
/**
 * `--color`/`--no-color` win; then NO_COLOR (any non-empty value, no-color.org), then FORCE_COLOR (except "0" or
 * "false", as Node reads it); otherwise colour only on a terminal that is not `TERM=dumb`.
 */
function colorsWanted(flag, env, stream) {
    if (flag !== undefined)
        return flag;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "")
        return false;
    if (env.FORCE_COLOR !== undefined)
        return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
    return stream.isTTY === true && env.TERM !== "dumb";
}
function colors(enabled) {
    return picocolors_1.default.createColors(enabled);
}
/** Scans that end sooner than this show no progress at all. */
exports.PROGRESS_DELAY_MS = 1000;
const REDRAW_EVERY_MS = 100;
const CLEAR_LINE = "\r\x1b[K";
/**
 * One line on a terminal's stderr, redrawn in place, shown only once the work has taken `delayMs`, and erased at
 * the end so it never mixes with the report. Off when stderr is not a terminal.
 */
class ProgressLine {
    stream;
    enabled;
    delayMs;
    text = "";
    shown = false;
    lastDraw = 0;
    timer;
    constructor(stream, enabled, delayMs = exports.PROGRESS_DELAY_MS) {
        this.stream = stream;
        this.enabled = enabled;
        this.delayMs = delayMs;
    }
    start(text) {
        if (!this.enabled)
            return;
        this.text = text;
        if (this.delayMs <= 0) {
            this.draw();
            return;
        }
        this.timer = setTimeout(() => this.draw(), this.delayMs);
        this.timer.unref();
    }
    update(text) {
        if (!this.enabled)
            return;
        this.text = text;
        if (this.shown && Date.now() - this.lastDraw >= REDRAW_EVERY_MS)
            this.draw();
    }
    stop() {
        clearTimeout(this.timer);
        this.timer = undefined;
        if (this.shown)
            this.stream.write(CLEAR_LINE);
        this.shown = false;
    }
    draw() {
        // A line longer than the terminal wraps, and `\r` would then clear only its last part.
        const width = Math.max(20, (this.stream.columns || 80) - 1);
        const text = this.text.length > width ? `${this.text.slice(0, width - 1)}…` : this.text;
        this.stream.write(`${CLEAR_LINE}${text}`);
        this.shown = true;
        this.lastDraw = Date.now();
    }
}
exports.ProgressLine = ProgressLine;
/**
 * A message for standard error that may quote the scanned repository (a key of its moat.config.yaml, an entry of a
 * baseline, an error's text): its control characters shown (`\n`, `\x1b`), and nothing in it a GitHub Actions
 * runner would take as a workflow command, as in the reports (reporters/escape.ts).
 */
function safeMessage(text) {
    return (0, escape_1.neutraliseCommands)((0, escape_1.showControls)(text), escape_1.TEXT_ESCAPES);
}
