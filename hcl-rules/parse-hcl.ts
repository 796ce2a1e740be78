/**
 * The robust parse layer of the Terraform source door: reads `.tf` files and turns them into hcl2json's JSON.
 * This is the only module that imports `@cdktn/hcl2json`.
 *
 * hcl2json is Go compiled to WASM. Its `parse()` is synchronous work behind a Promise; very deep nesting overflows
 * the stack and corrupts the Go runtime, a huge file exhausts WASM memory, and after either the runtime can die
 * without answering: a pending parse then never settles and Node exits 0 as if the scan had passed. So every file
 * goes through a size cap and a nesting pre-check before the parser sees it; big batches parse in worker threads
 * with a per-file timeout, and a worker is replaced after any failure that is not an ordinary syntax error; small
 * batches parse in-process and move to a worker as soon as the in-process parser misbehaves; and `pendingParses()`
 * lets the CLI refuse to exit 0 while a parse is unsettled.
 */

import { constants as fsConstants, promises as fsPromises } from "fs";
import { availableParallelism } from "os";
import { dirname, join } from "path";
import { Worker } from "worker_threads";
import { isUtf8 } from "buffer";
import { parseJsonConfig, parseJsonVariables } from "./json-config";
import type { LineIndex } from "./locate";
import { PARSE_WORKER_SOURCE } from "./parse-worker-source";

export interface ParsedHcl {
  ok: true;
  file: string;
  /** The file's text (a UTF-8 BOM removed); line numbers in `text` are the file's line numbers. */
  text: string;
  /** hcl2json's output: blocks are arrays of objects, non-literal values are `"${…}"` template strings. */
  json: Record<string, unknown>;
  /** Size of the input in bytes. */
  bytes: number;
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

export interface ParseOptions {
  /** Files bigger than this fail without being read. Default 5 MiB. */
  maxFileBytes?: number;
  /** Deeper brace/bracket/paren/template/conditional nesting fails before reaching the parser. Default 256. */
  maxNesting?: number;
  /** Per-file parse budget in a worker. Default 10 s + 1 s per 100 KB. */
  timeoutMs?: number;
  /**
   * `"auto"` (default): worker threads when the batch is big enough to pay for them (see `WORKERS_PAY_FROM_*`).
   * A number n ≥ 1: at most n worker threads, whatever the batch. 0: parse in this thread (a misbehaving parser
   * still moves the rest of the batch to a worker).
   */
  workers?: number | "auto";
  /** Called after each file's result is known. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_NESTING = 256;

/**
 * `"auto"` starts workers for a batch of this many files or bytes. Measured on 2 cores: a worker costs ~250 ms to
 * start (thread + its own WASM instance, whose JIT warms up again) against ~110 ms for the in-process parser,
 * realistic Terraform parses at ~1.2 MB/s per thread, and two workers gain at most ~1.7×; batches of 8–256 small
 * files (up to ~400 KB) were faster in-process. Bytes decide: the per-file overhead is ~0.1 ms, so the file count
 * only stands in for bytes when files are tiny.
 */
export const WORKERS_PAY_FROM_FILES = 512;
export const WORKERS_PAY_FROM_BYTES = 512 * 1024;

/** How long a worker may take to load the WASM parser before it counts as a failed start. */
const WORKER_START_TIMEOUT_MS = 30_000;
/** Failed worker starts in a row after which the pool gives up instead of trying forever. */
const MAX_FAILED_STARTS_IN_A_ROW = 2;
/** How many files are read from disk at the same time. */
const READ_CONCURRENCY = 16;
/** Longest message a failure carries: binary input makes multi-megabyte parser diagnostics. */
const MESSAGE_LIMIT = 300;

export function defaultTimeoutMs(bytes: number): number {
  return 10_000 + Math.ceil(bytes / 100_000) * 1_000;
}

let pendingCount = 0;

/** Number of parses started and not settled; the CLI checks it at exit (a pending parse must never exit 0). */
export function pendingParses(): number {
  return pendingCount;
}

/** Reads and parses each file (path). Never throws for bad input: every file yields exactly one result, in order. */
export async function parseHclFiles(paths: string[], options: ParseOptions = {}): Promise<ParseResult[]> {
  const total = paths.length;
  pendingCount += total;
  let settledCount = 0;
  const results: ParseResult[] = new Array(total);
  const settle = (index: number, result: ParseResult): void => {
    results[index] = result;
    settledCount++;
    pendingCount--;
    options.onProgress?.(settledCount, total);
  };
  try {
    const sources = await mapWithConcurrency(paths, READ_CONCURRENCY, (path) => readSource(path, options));
    const toParse: { index: number; source: SourceText }[] = [];
    sources.forEach((source, index) => {
      if ("ok" in source) settle(index, source);
      else toParse.push({ index, source });
    });
    await parseSources(toParse, options, settle);
  } finally {
    // Only reachable with unsettled files if this module itself has a bug; keep the count honest anyway.
    for (let i = 0; i < total; i++) {
      if (results[i] === undefined) {
        settle(i, { ok: false, file: paths[i], message: "internal error: the parse of this file was abandoned" });
      }
    }
  }
  return results;
}

/** Parses text already in memory (used for tfvars given on the command line and for tests). */
export async function parseHclText(file: string, text: string, options: ParseOptions = {}): Promise<ParseResult> {
  pendingCount++;
  let result: ParseResult | undefined;
  try {
    const bytes = Buffer.byteLength(text, "utf8");
    const source = checkText(file, text, bytes, options);
    if ("ok" in source) {
      result = source;
    } else {
      await parseSources([{ index: 0, source }], options, (_, r) => {
        result = r;
      });
    }
  } finally {
    pendingCount--;
  }
  return result ?? { ok: false, file, message: "internal error: the parse of this text was abandoned" };
}

/** Stops worker threads so the process can exit. Files still queued fail with a message saying so. */
export async function shutdownParsers(): Promise<void> {
  await pool.shutdown();
}

// ---------------------------------------------------------------------------------------------------------------
// Reading and checking the text

/** A file whose text passed every check and now needs the parser. */
export interface SourceText {
  file: string;
  text: string;
  bytes: number;
}

async function readSource(file: string, options: ParseOptions): Promise<SourceText | ParseResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let buffer: Buffer | undefined;
  try {
    // O_NONBLOCK: opening a FIFO that slipped into the file list must not block a thread forever.
    const handle = await fsPromises.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) {
        return fail(file, "is a directory, not a file; pass the directory itself to `moat scan`, or the .tf files in it");
      }
      if (!stat.isFile()) {
        return fail(file, "is not a regular file (a device, socket or pipe); moat reads Terraform files only, so leave it out of the scan");
      }
      // The size stat reports spares reading a file that is plainly too big; the limit itself is enforced on the
      // bytes read, since stat can be wrong (procfs reports 0 for files that read gigabytes) or the file can grow.
      if (stat.size > maxBytes) return tooBig(file, stat.size, maxBytes);
      buffer = await readAtMost(handle, maxBytes, stat.size);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fail(file, describeReadError(error));
  }
  if (buffer === undefined) return tooBig(file, undefined, maxBytes);
  return checkBytes(file, buffer, options);
}

/** Read size after the first read, a multiple of 8 as procfs files such as `/proc/self/pagemap` require. */
const READ_CHUNK_BYTES = 64 * 1024;

/**
 * Reads the file from its start; undefined as soon as more than `maxBytes` bytes came (at most one chunk more is
 * read). `sizeHint` (stat's size) sizes the first read so that an ordinary file takes one read and one end-of-file.
 */
async function readAtMost(handle: fsPromises.FileHandle, maxBytes: number, sizeHint: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.ceil((Math.min(sizeHint, maxBytes) + 1) / 4096) * 4096;
  while (total <= maxBytes) {
    const chunk = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(chunk, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    want = READ_CHUNK_BYTES;
  }
  if (total > maxBytes) return undefined;
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

const GIT_CRYPT_MAGIC = Buffer.from("\0GITCRYPT\0", "latin1");

function checkBytes(file: string, buffer: Buffer, options: ParseOptions): SourceText | ParseResult {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    return fail(file, "is UTF-16 encoded; Terraform requires UTF-8: re-save the file as UTF-8");
  }
  if (buffer.subarray(0, GIT_CRYPT_MAGIC.length).equals(GIT_CRYPT_MAGIC)) {
    // git-crypt writes "\0GITCRYPT\0" before the ciphertext of a file it keeps encrypted in the repository.
    return fail(file, "is encrypted with git-crypt, so its values cannot be read: run `git-crypt unlock` before the scan, pass the values with --var-file, or exclude the file");
  }
  if (buffer.indexOf(0) !== -1) {
    return fail(file, "looks like a binary file (it contains NUL bytes); moat reads Terraform text files only, so leave it out of the scan");
  }
  if (!isUtf8(buffer)) {
    const offset = firstInvalidUtf8Byte(buffer);
    const line = countLines(buffer, offset);
    return { ok: false, file, line, message: `is not valid UTF-8 at byte ${offset}; Terraform requires UTF-8: re-save the file as UTF-8` };
  }
  return checkText(file, buffer.toString("utf8"), buffer.length, options);
}

function checkText(file: string, rawText: string, bytes: number, options: ParseOptions): SourceText | ParseResult {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes > maxBytes) return tooBig(file, bytes, maxBytes);
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.includes("\0")) {
    return fail(file, "looks like binary data (it contains NUL characters); moat reads Terraform text only");
  }
  if (text.length === 0) return { ok: true, file, text, json: {}, bytes };
  // JSON syntax (`.tf.json`, and JSON variable files) never reaches hcl2json: JSON.parse reads it without recursion.
  if (/\.json$/i.test(file)) {
    const parsed = /\.tf\.json$/i.test(file) ? parseJsonConfig(text) : parseJsonVariables(text);
    if (!parsed.ok) return { ok: false, file, line: parsed.line, column: parsed.column, message: parsed.message };
    return { ok: true, file, text, json: parsed.json, bytes, lines: parsed.lines };
  }
  const maxNesting = options.maxNesting ?? DEFAULT_MAX_NESTING;
  const tooDeep = findExcessiveNesting(text, maxNesting);
  if (tooDeep?.heredocLines !== undefined) {
    return {
      ok: false,
      file,
      line: tooDeep.line,
      message:
        `has a heredoc of more than ${MAX_HEREDOC_LINES} lines; the HCL parser takes time that grows with the square ` +
        "of a heredoc's length (minutes for 80,000 lines), so moat does not parse it: move the text into a file read with file(), or split it up",
    };
  }
  if (tooDeep !== undefined) {
    return {
      ok: false,
      file,
      line: tooDeep.line,
      message:
        `nests brackets, blocks, templates or conditionals more than ${maxNesting} levels deep; ` +
        "the HCL parser can crash on such input, so moat does not parse it: flatten the expression or split it up",
    };
  }
  return { file, text, bytes };
}

function fail(file: string, message: string): ParseFailure {
  return { ok: false, file, message };
}

/** `size` undefined: the file gave more bytes than the limit while being read, whatever its size said. */
function tooBig(file: string, size: number | undefined, maxBytes: number): ParseFailure {
  const what = size === undefined ? "is bigger than" : `is ${formatBytes(size)}, over`;
  return fail(
    file,
    `${what} the ${formatBytes(maxBytes)} limit for one file; ` +
      "raise the limit with --max-file-size, or leave the file out of the scan",
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trimNumber(bytes / 1024)} KiB`;
  return `${trimNumber(bytes / (1024 * 1024))} MiB`;
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "cannot be read: no such file (deleted or moved during the scan, or a broken symlink); check the path";
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied; give the user running moat read access to it (and search access to its directories)";
    case "ELOOP":
      return "cannot be read: too many levels of symbolic links (a symlink loop); fix or remove the symlink";
    case "EISDIR":
      return "is a directory, not a file; pass the directory itself to `moat scan`, or the .tf files in it";
    case "ENOTDIR":
      return "cannot be read: a part of its path is not a directory; check the path";
    case "ENAMETOOLONG":
      return "cannot be read: the path is too long for the operating system; move the file to a shorter path";
    case "EMFILE":
    case "ENFILE":
      return "cannot be read: too many open files; raise the open-file limit (ulimit -n) and scan again";
    case "EIO":
      return "cannot be read: input/output error from the disk or network file system; check the storage and scan again";
    default: {
      // Node's message for a file-system error repeats the path it was given (absolute, here): name the code only.
      const reason = typeof code === "string" ? `system error ${code}` : oneLine(String(error), MESSAGE_LIMIT - 40);
      return `cannot be read (${reason}); check the file and scan again`;
    }
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8Byte(buffer: Buffer): number {
  let i = 0;
  while (i < buffer.length) {
    const b = buffer[i];
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    if (i + length > buffer.length) return i;
    const second = buffer[i + 1];
    if (second < min || second > max) return i;
    for (let k = 2; k < length; k++) {
      const c = buffer[i + k];
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return buffer.length;
}

function countLines(buffer: Buffer, endOffset: number): number {
  let line = 1;
  for (let i = 0; i < endOffset; i++) if (buffer[i] === 0x0a) line++;
  return line;
}

// ---------------------------------------------------------------------------------------------------------------
// Nesting pre-check

/**
 * hcl2json's time grows with the square of a heredoc's length (measured: 20,000 lines 4 s, 40,000 lines 24 s, 80,000
 * lines over 5 minutes and 4 GB), and a parse in the main thread cannot be interrupted: longer heredocs fail the file
 * before the parser sees it. Real heredocs (policies, scripts, user data) are far shorter.
 */
export const MAX_HEREDOC_LINES = 10_000;

type FrameKind = "{" | "[" | "(" | "${" | "%{" | '"' | "heredoc";

interface Frame {
  kind: FrameKind;
  /** Heredoc end marker. */
  marker?: string;
  /** The line a heredoc starts on. */
  startLine?: number;
  /** `?` seen in this frame since its last separator: a conditional chain nests without brackets. */
  conditionals: number;
  /** Open `%{ if }` / `%{ for }` directives in this template. */
  directives: number;
}

/**
 * Finds the first line where nesting exceeds `max`. A linear, forgiving scan: it skips comments, quoted strings and
 * heredocs (but follows `${…}` and `%{…}` inside them), and it never fails a file for anything but depth, so a
 * syntax error it misreads is left for the parser to report. Depth counts what makes the parser recurse: `{ [ (`,
 * template interpolations, template `if`/`for` directives, chained `a ? b : c ? …` conditionals and runs of unary
 * `!`/`-` (hcl2json overflows on ~1,000–10,000 of any of these).
 */
function findExcessiveNesting(text: string, max: number): { line: number; heredocLines?: number } | undefined {
  const stack: Frame[] = [{ kind: "{", conditionals: 0, directives: 0 }]; // the file body, which behaves like a block
  let depth = 0;
  let unaryRun = 0;
  let line = 1;
  let atLineStart = true;
  const n = text.length;

  const push = (kind: FrameKind, marker?: string): boolean => {
    stack.push({ kind, marker, conditionals: 0, directives: 0 });
    depth++;
    return depth > max;
  };
  const pop = (): void => {
    if (stack.length <= 1) return;
    const frame = stack.pop()!;
    depth -= 1 + frame.conditionals + frame.directives;
  };
  const endConditionals = (frame: Frame): void => {
    depth -= frame.conditionals;
    frame.conditionals = 0;
  };

  let i = 0;
  while (i < n) {
    const frame = stack[stack.length - 1];
    const c = text.charCodeAt(i);

    if (frame.kind === '"' || frame.kind === "heredoc") {
      if (frame.kind === "heredoc" && atLineStart) {
        const lineEnd = text.indexOf("\n", i);
        const content = text.slice(i, lineEnd === -1 ? n : lineEnd).trim();
        if (content === frame.marker) {
          pop();
          i = lineEnd === -1 ? n : lineEnd; // the newline ends the attribute in the enclosing frame
          atLineStart = false;
          continue;
        }
      }
      atLineStart = false;
      if (c === 0x0a) {
        line++;
        atLineStart = true;
        if (frame.kind === "heredoc" && line - (frame.startLine ?? line) > MAX_HEREDOC_LINES) {
          return { line: frame.startLine ?? line, heredocLines: line - (frame.startLine ?? line) };
        }
        // A quoted string cannot span lines; ending it here keeps one stray quote from inverting the rest of the file.
        if (frame.kind === '"') pop();
        i++;
        continue;
      }
      if (frame.kind === '"' && c === 0x5c /* \ */) {
        i += text.charCodeAt(i + 1) === 0x0a ? 1 : 2;
        continue;
      }
      if (frame.kind === '"' && c === 0x22 /* " */) {
        pop();
        i++;
        continue;
      }
      if ((c === 0x24 /* $ */ || c === 0x25) /* % */ && text.charCodeAt(i + 1) === c) {
        i += 2; // `$${` and `%%{` are literal
        continue;
      }
      if ((c === 0x24 || c === 0x25) && text.charCodeAt(i + 1) === 0x7b /* { */) {
        if (c === 0x25) {
          const keyword = /^\s*~?\s*(if|for|endif|endfor)\b/.exec(text.slice(i + 2, i + 20));
          if (keyword?.[1] === "if" || keyword?.[1] === "for") {
            frame.directives++;
            depth++;
          } else if (keyword !== null && frame.directives > 0) {
            frame.directives--;
            depth--;
          }
          if (push("%{")) return { line };
        } else if (push("${")) {
          return { line };
        }
        unaryRun = 0;
        i += 2;
        continue;
      }
      i++;
      continue;
    }

    // Code.
    atLineStart = false;
    if (c === 0x0a) {
      line++;
      atLineStart = true;
      unaryRun = 0;
      if (frame.kind === "{") endConditionals(frame); // a newline ends an attribute or object item
      i++;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d) {
      i++;
      continue;
    }
    if (c === 0x23 /* # */ || (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f)) {
      const lineEnd = text.indexOf("\n", i);
      i = lineEnd === -1 ? n : lineEnd;
      continue;
    }
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const commentEnd = text.indexOf("*/", i + 2);
      const end = commentEnd === -1 ? n : commentEnd + 2;
      for (let k = i; k < end; k++) if (text.charCodeAt(k) === 0x0a) line++;
      i = end;
      continue;
    }
    if (c === 0x21 /* ! */ || c === 0x2d /* - */) {
      if (c === 0x21 && text.charCodeAt(i + 1) === 0x3d /* = */) {
        unaryRun = 0;
        i += 2;
        continue;
      }
      unaryRun++;
      if (depth + unaryRun > max) return { line };
      i++;
      continue;
    }
    unaryRun = 0;
    switch (c) {
      case 0x7b /* { */:
        if (push("{")) return { line };
        break;
      case 0x5b /* [ */:
        if (push("[")) return { line };
        break;
      case 0x28 /* ( */:
        if (push("(")) return { line };
        break;
      case 0x7d /* } */:
      case 0x5d /* ] */:
      case 0x29 /* ) */:
        pop();
        break;
      case 0x2c /* , */:
        endConditionals(frame);
        break;
      case 0x3f /* ? */:
        frame.conditionals++;
        depth++;
        if (depth > max) return { line };
        break;
      case 0x22 /* " */:
        if (push('"')) return { line };
        break;
      case 0x3c /* < */: {
        const heredoc = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 300));
        if (heredoc !== null) {
          if (push("heredoc", heredoc[1])) return { line };
          stack[stack.length - 1].startLine = line;
          i += heredoc[0].length;
          line++;
          atLineStart = true;
          continue;
        }
        break;
      }
    }
    i++;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Parser errors

/**
 * hcl2json errors look like `parse config: [b.tf:2,6-3,1: Invalid expression; Expected …. b.tf:4,1-2: …]`: every
 * diagnostic starts with the file name we passed and a position. Keep the first one, on one line, capped, and
 * without any text of the file (see `withoutSourceText`).
 */
function syntaxFailure(file: string, rawMessage: string, truncated: boolean): ParseFailure {
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

function crashFailure(file: string, what: string, detail: string): ParseFailure {
  const reason = detail.length > 0 ? ` (${oneLine(withoutSourceText(detail, file), 120)})` : "";
  return {
    ok: false,
    file,
    message:
      `the HCL parser ${what} on this file${reason}; it may be too large or too deeply nested: ` +
      "split it up, or leave it out of the scan",
  };
}

function oneLine(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------------------------
// Dispatch: in-process or worker threads

interface IndexedSource {
  index: number;
  source: SourceText;
}

type Settle = (index: number, result: ParseResult) => void;

async function parseSources(items: IndexedSource[], options: ParseOptions, settle: Settle): Promise<void> {
  if (items.length === 0) return;
  const maxWorkers = workerCount(items, options);
  let rest = items;
  if (maxWorkers === 0 && !inProcess.broken) {
    rest = [];
    for (let k = 0; k < items.length; k++) {
      const { index, source } = items[k];
      const outcome = await inProcess.parse(source, options.timeoutMs ?? defaultTimeoutMs(source.bytes));
      settle(index, outcome.result);
      if (outcome.broken) {
        rest = items.slice(k + 1);
        break;
      }
    }
  }
  if (rest.length === 0) return;
  const workers = Math.max(1, maxWorkers === 0 ? 1 : maxWorkers);
  await Promise.all(
    rest.map(({ index, source }) =>
      pool.parse(source, options.timeoutMs ?? defaultTimeoutMs(source.bytes), workers).then((r) => settle(index, r)),
    ),
  );
}

/** 0 means in-process. */
function workerCount(items: IndexedSource[], options: ParseOptions): number {
  const requested = options.workers ?? "auto";
  const cores = availableParallelism();
  if (requested !== "auto") return Math.max(0, Math.floor(requested));
  const bytes = items.reduce((sum, item) => sum + item.source.bytes, 0);
  if (items.length < WORKERS_PAY_FROM_FILES && bytes < WORKERS_PAY_FROM_BYTES) return 0;
  return Math.min(cores, items.length);
}

type Hcl2Json = typeof import("@cdktn/hcl2json");

function hcl2jsonPath(): string {
  return require.resolve("@cdktn/hcl2json");
}

/**
 * The parser in this thread. Loaded on first use (loading starts the WASM runtime). It cannot be interrupted, so
 * it only gets small batches, and the first failure that is not an ordinary syntax error retires it for good: that
 * file and the rest of the batch (and of later batches) go to a worker.
 */
const inProcess = {
  broken: false,
  ready: undefined as Promise<Hcl2Json | undefined> | undefined,

  load(): Promise<Hcl2Json | undefined> {
    this.ready ??= (async () => {
      try {
        const main = hcl2jsonPath();
        unrefGoRuntimeTimers(main);
        const hcl = require(main) as Hcl2Json;
        await withTimeout(hcl.parse("moat-warm-up.tf", ""), WORKER_START_TIMEOUT_MS);
        captureGoRuntimeOutput();
        return hcl;
      } catch {
        return undefined;
      }
    })();
    return this.ready;
  },

  async parse(source: SourceText, timeoutMs: number): Promise<{ result: ParseResult; broken: boolean }> {
    const hcl = await this.load();
    if (hcl === undefined || this.broken) {
      this.broken = true;
      return { result: await pool.parse(source, timeoutMs, 1), broken: true };
    }
    let settled = false;
    let json: Record<string, unknown> | undefined;
    let failure: unknown;
    hcl.parse(source.file, source.text).then(
      (value) => {
        settled = true;
        json = value;
      },
      (error: unknown) => {
        settled = true;
        failure = error;
      },
    );
    // The parse runs synchronously inside parse(); still pending after a macrotask means the Go runtime died.
    await new Promise((resolve) => setImmediate(resolve));
    if (settled && failure === undefined) {
      return { result: { ok: true, file: source.file, text: source.text, json: json ?? {}, bytes: source.bytes }, broken: false };
    }
    const message = failure instanceof Error ? failure.message : String(failure);
    if (settled && message.startsWith("parse config:")) {
      const capped = message.slice(0, 4000);
      return { result: syntaxFailure(source.file, capped, capped.length < message.length), broken: false };
    }
    // Anything else (a stack overflow, a dead Go runtime, no answer at all) leaves this runtime unsound. The file
    // gets a second chance in a worker, which has a bigger stack, its own memory and a timeout: whatever happens
    // there is what happens in worker mode, so both modes give the same answer.
    this.broken = true;
    return { result: await pool.parse(source, timeoutMs, 1), broken: true };
  },
};

/** What moat touches of the `Go` class that hcl2json's copy of Go's `wasm_exec.js` defines. */
interface GoRuntime {
  importObject: { gojs?: Record<string, unknown> };
  _scheduledTimeouts?: Map<number, NodeJS.Timeout>;
}

type GoRuntimeClass = new () => GoRuntime;

const TIMERS_UNREFFED = Symbol.for("moat.parse-hcl.go-timers-unreffed");

/**
 * The Go program inside hcl2json never exits. Whenever Go's scheduler goes idle with a Go timer pending (after a
 * garbage collection it plans work a second or more ahead), `wasm_exec.js` asks Node for a wake-up: its
 * `runtime.scheduleTimeoutEvent` import calls `setTimeout`. Such a timer kept `moat scan` alive for up to ~4 s after
 * its report. Nothing moat waits for needs these wake-ups (a parse runs synchronously inside `parse()`), so every
 * wake-up the runtime in this thread asks for is unref'd as it is created: it still fires while the process has
 * other work, the Go runtime stays sound for the next parse, and it never keeps the process alive by itself.
 *
 * hcl2json creates its `Go` instance privately, from the `globalThis.Go` class its `wasm/bridge_wasm_exec.js` sets
 * up, and hands `go.importObject` to `WebAssembly.instantiate` after the constructor. So that file is loaded first
 * (hcl2json's own `require` of it then finds it in the module cache) and `globalThis.Go` becomes a subclass whose
 * constructor wraps the import before instantiation binds it. If hcl2json's layout ever changes, this does nothing
 * (and the test of the CLI's exit says so); parsing is unaffected.
 */
function unrefGoRuntimeTimers(hcl2jsonMain: string): void {
  try {
    require(join(dirname(hcl2jsonMain), "..", "wasm", "bridge_wasm_exec.js"));
  } catch {
    return;
  }
  const scope = globalThis as { Go?: GoRuntimeClass };
  const Go = scope.Go;
  if (typeof Go !== "function" || TIMERS_UNREFFED in Go) return;
  scope.Go = class extends Go {
    static readonly [TIMERS_UNREFFED] = true;
    constructor() {
      super();
      const imports = this.importObject.gojs;
      const schedule = imports?.["runtime.scheduleTimeoutEvent"];
      const timeouts = this._scheduledTimeouts;
      if (imports === undefined || typeof schedule !== "function" || !(timeouts instanceof Map)) return;
      imports["runtime.scheduleTimeoutEvent"] = (sp: number): void => {
        schedule(sp);
        for (const timeout of timeouts.values()) timeout.unref();
      };
    }
  };
}

/**
 * The Go runtime writes fatal errors (tens of KB of stack dump) with `globalThis.fs.writeSync(2, …)`, through the
 * `globalThis.fs` that hcl2json installs. Swap that global for one that drops such output instead of printing it on
 * the user's terminal (the file is retried in a worker, whose report says what happened); everything else still
 * goes to the real `fs`.
 */
function captureGoRuntimeOutput(): void {
  const scope = globalThis as { fs?: typeof import("fs") };
  const realFs = scope.fs;
  if (realFs === undefined || typeof realFs.writeSync !== "function") return;
  const writeSync = (fd: number, data: unknown, ...rest: unknown[]): number => {
    if ((fd === 1 || fd === 2) && data instanceof Uint8Array) return data.byteLength;
    return (realFs.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
  };
  scope.fs = Object.create(realFs, { writeSync: { value: writeSync } }) as typeof import("fs");
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

interface Job {
  id: number;
  source: SourceText;
  timeoutMs: number;
  maxWorkers: number;
  /** Set when the job went back to the queue because its worker's runtime was already dead. */
  retried?: boolean;
  resolve: (result: ParseResult) => void;
}

/** What wasm_exec throws when a call reaches a Go runtime that has exited. */
const GO_EXITED = "Go program has already exited";

interface PoolWorker {
  thread: Worker;
  ready: boolean;
  retired: boolean;
  /** Jobs sent to this worker, oldest first; the first is the one running. */
  inFlight: Job[];
  /** The start-up timer, then the running job's timer. */
  timer?: NodeJS.Timeout;
}

type WorkerMessage =
  | { type: "ready" }
  | { type: "start-failed"; message: string }
  | { type: "result"; id: number; json: Record<string, unknown> }
  | { type: "error"; id: number; syntax: boolean; message: string; messageLength: number }
  | { type: "crash"; id: number; message: string };

/**
 * Jobs sent to a worker before it finishes the current one, so that it never idles waiting for the parent (which
 * matters for many small files on a busy machine). The timeout clock of a job starts only when it starts running.
 */
const JOBS_IN_FLIGHT_PER_WORKER = 2;

/**
 * Worker threads, one WASM parser each, parsing one file at a time. Kept between calls (starting one costs
 * ~250 ms) and unref'd while idle, so they never keep the process alive by themselves.
 *
 * Exported for tests, which give it a stand-in parser module to make a worker hang, die or exit on cue; everything
 * else goes through `parseHclFiles` and `parseHclText`, which share one pool.
 */
export class ParserPool {
  /** `parserModule` resolves the module the workers `require`; it must export hcl2json's `parse`. */
  constructor(private readonly parserModule: () => string = hcl2jsonPath) {}

  private readonly workers: PoolWorker[] = [];
  private readonly queue: Job[] = [];
  private nextJobId = 1;
  private failedStartsInARow = 0;
  private startError: string | undefined;

  parse(source: SourceText, timeoutMs: number, maxWorkers: number): Promise<ParseResult> {
    return new Promise<ParseResult>((resolve) => {
      if (this.startError !== undefined) {
        resolve(this.startFailure(source.file));
        return;
      }
      this.queue.push({ id: this.nextJobId++, source, timeoutMs, maxWorkers, resolve });
      this.pump();
    });
  }

  async shutdown(): Promise<void> {
    const message = "was not parsed: the parser was shut down first";
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, file: job.source.file, message });
    await Promise.all(this.workers.map((w) => this.retire(w, { ok: false, file: "", message }, "fail-all")));
    this.failedStartsInARow = 0;
    this.startError = undefined;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const live = this.workers.filter((w) => w.ready && !w.retired);
      const idle = live.find((w) => w.inFlight.length === 0);
      if (idle !== undefined) {
        this.send(idle, this.queue.shift()!);
        continue;
      }
      const starting = this.workers.filter((w) => !w.ready).length;
      // Start a worker only for jobs that no starting worker will take, within the job's own limit.
      if (starting < this.queue.length && this.workers.length < this.queue[0].maxWorkers) {
        this.spawn();
        continue;
      }
      const busy = live.find((w) => w.inFlight.length < JOBS_IN_FLIGHT_PER_WORKER);
      if (busy !== undefined) {
        this.send(busy, this.queue.shift()!);
        continue;
      }
      break;
    }
    for (const w of this.workers) {
      if (w.ready && w.inFlight.length === 0) w.thread.unref();
    }
  }

  private spawn(): void {
    const thread = new Worker(PARSE_WORKER_SOURCE, { eval: true, workerData: { hcl2jsonPath: this.parserModule() } });
    const w: PoolWorker = { thread, ready: false, retired: false, inFlight: [] };
    this.workers.push(w);
    w.timer = setTimeout(() => {
      void this.startFailed(w, `it did not start within ${WORKER_START_TIMEOUT_MS / 1000} s`);
    }, WORKER_START_TIMEOUT_MS);
    thread.on("message", (message: WorkerMessage) => this.onMessage(w, message));
    thread.on("error", (error: Error) => {
      if (!w.ready) void this.startFailed(w, error.message);
      else void this.retire(w, crashFailure("", "crashed", error.message));
    });
    thread.on("messageerror", (error: Error) => {
      void this.retire(w, crashFailure("", "sent an unreadable answer", error.message));
    });
    thread.on("exit", (code: number) => {
      if (w.retired) return;
      if (!w.ready) void this.startFailed(w, `the worker thread exited with code ${code}`);
      else void this.retire(w, crashFailure("", "crashed", `its worker thread exited with code ${code}`));
    });
  }

  private onMessage(w: PoolWorker, message: WorkerMessage): void {
    if (w.retired) return;
    if (message.type === "ready") {
      clearTimeout(w.timer);
      w.ready = true;
      this.failedStartsInARow = 0;
      this.pump();
      return;
    }
    if (message.type === "start-failed") {
      void this.startFailed(w, message.message);
      return;
    }
    const job = w.inFlight[0];
    if (job === undefined || message.id !== job.id) return;
    const file = job.source.file;
    if (message.type === "result") {
      this.finish(w, { ok: true, file, text: job.source.text, json: message.json, bytes: job.source.bytes });
    } else if (message.type === "error" && message.syntax) {
      this.finish(w, syntaxFailure(file, message.message, message.message.length < message.messageLength));
    } else if (message.type === "error" && message.message.startsWith(GO_EXITED) && !job.retried) {
      // The runtime died before this file reached it (after an earlier file): the file deserves one more try.
      job.retried = true;
      void this.retire(w, undefined, "requeue-all");
    } else if (message.type === "error") {
      // A stack overflow or similar leaves the Go runtime unsound even though it answered: replace the worker.
      void this.retire(w, crashFailure(file, "crashed", message.message));
    } else {
      void this.retire(w, crashFailure(file, "stopped without an answer", message.message));
    }
  }

  private send(w: PoolWorker, job: Job): void {
    w.inFlight.push(job);
    w.thread.ref();
    if (w.inFlight.length === 1) this.startClock(w);
    w.thread.postMessage({ id: job.id, file: job.source.file, text: job.source.text });
  }

  private startClock(w: PoolWorker): void {
    const job = w.inFlight[0];
    w.timer = setTimeout(() => {
      const budget = job.timeoutMs < 1000 ? `${job.timeoutMs} ms` : `${trimNumber(job.timeoutMs / 1000)} s`;
      void this.retire(w, crashFailure(job.source.file, `timed out after ${budget}`, ""));
    }, job.timeoutMs);
  }

  private finish(w: PoolWorker, result: ParseResult): void {
    clearTimeout(w.timer);
    const job = w.inFlight.shift()!;
    if (w.inFlight.length > 0) this.startClock(w);
    job.resolve(result);
    this.pump();
  }

  /**
   * Stops a worker. Its running job fails with `failure`; jobs queued behind it go back to the front of the queue
   * (they did nothing wrong). `requeue-all` puts the running job back too; `fail-all` fails every job with `failure`.
   */
  private async retire(
    w: PoolWorker,
    failure?: ParseFailure,
    mode: "requeue" | "requeue-all" | "fail-all" = "requeue",
  ): Promise<void> {
    if (w.retired) return;
    w.retired = true;
    clearTimeout(w.timer);
    this.workers.splice(this.workers.indexOf(w), 1);
    if (mode === "requeue-all") {
      this.queue.unshift(...w.inFlight.splice(0));
    }
    const [running, ...waiting] = w.inFlight.splice(0);
    const fallback: ParseFailure = { ok: false, file: "", message: "was not parsed: its parser worker stopped" };
    if (running !== undefined) running.resolve({ ...(failure ?? fallback), file: running.source.file });
    if (mode === "fail-all") {
      for (const job of waiting) job.resolve({ ...(failure ?? fallback), file: job.source.file });
    } else {
      this.queue.unshift(...waiting);
    }
    const stopped = w.thread.terminate().catch(() => undefined);
    this.pump();
    await stopped;
  }

  private async startFailed(w: PoolWorker, reason: string): Promise<void> {
    if (w.retired) return;
    this.failedStartsInARow++;
    const othersReady = this.workers.some((other) => other !== w && other.ready && !other.retired);
    if (this.failedStartsInARow >= MAX_FAILED_STARTS_IN_A_ROW && !othersReady) {
      // Give up before retiring, so that retiring does not start yet another worker for the queued files.
      this.startError = oneLine(reason, 150);
      for (const job of this.queue.splice(0)) job.resolve(this.startFailure(job.source.file));
    }
    await this.retire(w);
  }

  private startFailure(file: string): ParseFailure {
    return {
      ok: false,
      file,
      message: `was not parsed: the HCL parser could not start in a worker thread (${this.startError}); check the moat installation`,
    };
  }
}

const pool = new ParserPool();

async function mapWithConcurrency<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}
