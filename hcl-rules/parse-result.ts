/**
 * What the parse layer of the Terraform source door (parse-hcl.ts) gives for a file: its parsed JSON, or a failure
 * with a one-line message; and how the parser's own errors and crashes are worded for the user, without any text of
 * the file in them.
 */
import type { LineIndex } from "./locate";

export interface ParsedHcl {
  ok: true;
  file: string;
  /** The file's text (a UTF-8 BOM removed); line numbers in `text` are the file's line numbers. */
  text: string;
  /** hcl2json's output: blocks are arrays of objects, non-literal values are `"${…}"` template strings. */
  json: Record<string, unknown>;
  /** Size of the input in bytes. */
  bytes: number;
  /** The SHA-256 of `text` (as UTF-8, hex), when the parse cache computed it: taken from here, not computed again. */
  sha256?: string;
  /** The line index, when the parse made it (JSON syntax); for native syntax the caller indexes `text`. */
  lines?: LineIndex;
}

export interface ParseFailure {
  ok: false;
  file: string;
  /** 1-based, when the failure has a position. */
  line?: number;
  /** 1-based, when the failure has a position. */
  column?: number;
  /** One line: what is wrong and what to do. It does not repeat the file name or position. */
  message: string;
}

export type ParseResult = ParsedHcl | ParseFailure;

/** A file whose text passed every check and now needs the parser. */
export interface SourceText {
  file: string;
  text: string;
  bytes: number;
}

/** Longest message a failure carries: binary input makes multi-megabyte parser diagnostics. */
export const MESSAGE_LIMIT = 300;

/**
 * hcl2json errors look like `parse config: [b.tf:2,6-3,1: Invalid expression; Expected …. b.tf:4,1-2: …]`: every
 * diagnostic starts with the file name we passed and a position. Keep the first one, on one line, capped, and
 * without any text of the file (see `withoutSourceText`).
 */
export function syntaxFailure(file: string, rawMessage: string, truncated: boolean): ParseFailure {
  let body = rawMessage.startsWith("parse config: [") ? rawMessage.slice("parse config: [".length) : rawMessage;
  if (!truncated && body.endsWith("]")) body = body.slice(0, -1);
  const position = new RegExp(`(?:^|\\s)${escapeRegExp(file)}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?: `, "g");
  const first = position.exec(body);
  if (first === null || first.index !== 0) {
    return { ok: false, file, message: `has a syntax error: ${oneLine(withoutSourceText(body, file), MESSAGE_LIMIT - 24)}` };
  }
  const start = position.lastIndex;
  const next = position.exec(body);
  const more = next !== null || truncated;
  const text = withoutSourceText(body.slice(start, next === null ? body.length : next.index), file);
  const diagnostic = oneLine(text, MESSAGE_LIMIT - 30);
  return {
    ok: false,
    file,
    line: Number(first[1]),
    column: Number(first[2]),
    message: more ? `${diagnostic} (and more errors)` : diagnostic,
  };
}

/**
 * Quoted text a diagnostic may show as it is: HCL's own words (`Expected an equals sign ("=")`, `the "heredoc"
 * syntax`), never anything the file can choose.
 */
const HCL_QUOTED_WORDS = new Set(["=", "{", "}", "!", "`", ";", "heredoc", "<<EOT", "if", "for", "${", "$${", "%{", "%%{", "$", "$$", "%", "%%", "Curly quotes", "straight quote"]);

/** A lone `(")` in HCL's advice about single quotes, which would otherwise pair with the next quote. */
const LONE_QUOTE = '(")';

/**
 * A diagnostic with no text of the file in it: the text may be a secret (a password with `%{` in it makes HCL quote
 * the rest as a "template control keyword"). HCL quotes what it shows of the source (`The argument "…" was already
 * set`), so every quoted fragment but HCL's own words becomes `"…"`, a quote cut off by truncation ends the text, the
 * legacy-index advice loses the file's indexes, and positions in the file (which name it, maybe by absolute path)
 * become "line L, column C". Summaries and advice are HCL's fixed sentences and stay.
 */
function withoutSourceText(text: string, file: string): string {
  const placeholder = "\u0000";
  const inFile = file === "" ? undefined : new RegExp(`${escapeRegExp(file)}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?`, "g");
  const clean = text.replaceAll(placeholder, "");
  return (inFile === undefined ? clean : clean.replace(inFile, "line $1, column $2"))
    .replaceAll(LONE_QUOTE, placeholder)
    .replace(/"((?:[^"\\]|\\.)*)("|$)/g, (quoted, inner: string, end: string) =>
      end === "" ? '"…' : HCL_QUOTED_WORDS.has(inner) ? quoted : '"…"',
    )
    .replace(/like \[[^\]]*\]\[[^\]]*\]/g, "like [0][1]")
    .replaceAll(placeholder, LONE_QUOTE);
}

export function crashFailure(file: string, what: string, detail: string): ParseFailure {
  const reason = detail.length > 0 ? ` (${oneLine(withoutSourceText(detail, file), 120)})` : "";
  return {
    ok: false,
    file,
    message:
      `the HCL parser ${what} on this file${reason}; it may be too large or too deeply nested: ` +
      "split it up, or leave it out of the scan",
  };
}

export function oneLine(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
