"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MAX_NESTING = exports.DEFAULT_MAX_FILE_BYTES = void 0;
exports.readSource = readSource;
exports.checkText = checkText;
/**
 * Reading and checking the bytes of a file before the parser sees them: a size cap enforced on the bytes read (not
 * on what stat says), no blocking on a FIFO, and clear failures for directories, devices, UTF-16, git-crypt,
 * binary and invalid UTF-8 input, for JSON syntax (read here without hcl2json), and for nesting or heredocs the
 * parser cannot take (nesting-guard.ts).
 */
const fs_1 = require("fs");
const buffer_1 = require("buffer");
const read_at_most_1 = require("../core/read-at-most");
const json_config_1 = require("./json-config");
const nesting_guard_1 = require("./nesting-guard");
const parse_result_1 = require("./parse-result");
exports.DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
exports.DEFAULT_MAX_NESTING = 256;
/**
 * Reads with synchronous calls: for the small files Terraform is made of, one open, stat, read and close on this
 * thread cost a fraction of what the same calls cost through the thread pool (each a promise, a hop to the pool and
 * back). The caller reads in slices and yields between them so that parser workers are kept busy.
 */
function readSource(file, options) {
    const maxBytes = options.maxFileBytes ?? exports.DEFAULT_MAX_FILE_BYTES;
    let buffer;
    try {
        // O_NONBLOCK: opening a FIFO that slipped into the file list must not block.
        const fd = (0, fs_1.openSync)(file, fs_1.constants.O_RDONLY | fs_1.constants.O_NONBLOCK);
        try {
            const stat = (0, fs_1.fstatSync)(fd);
            if (stat.isDirectory()) {
                return fail(file, "is a directory, not a file; pass the directory itself to `moat scan`, or the .tf files in it");
            }
            if (!stat.isFile()) {
                return fail(file, "is not a regular file (a device, socket or pipe); moat reads Terraform files only, so leave it out of the scan");
            }
            // The size stat reports spares reading a file that is plainly too big; the limit itself is enforced on the
            // bytes read, since stat can be wrong (procfs reports 0 for files that read gigabytes) or the file can grow.
            if (stat.size > maxBytes)
                return tooBig(file, stat.size, maxBytes);
            buffer = (0, read_at_most_1.readAtMost)(fd, maxBytes, stat.size, (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)));
        }
        finally {
            (0, fs_1.closeSync)(fd);
        }
    }
    catch (error) {
        return fail(file, describeReadError(error));
    }
    if (buffer === undefined)
        return tooBig(file, undefined, maxBytes);
    return checkBytes(file, buffer, options);
}
/**
 * Bytes of the buffer every read goes into first: files that fit take no allocation of their own (one per file
 * cost a large scan's main thread more than the reads themselves). Bigger files get a buffer of their own. The bytes
 * read into it are used (checkBytes copies them into the text) before the next file is read.
 */
const SCRATCH_BYTES = 256 * 1024;
let scratch;
const GIT_CRYPT_MAGIC = Buffer.from("\0GITCRYPT\0", "latin1");
function checkBytes(file, buffer, options) {
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
    if (!(0, buffer_1.isUtf8)(buffer)) {
        const offset = firstInvalidUtf8Byte(buffer);
        const line = countLines(buffer, offset);
        return { ok: false, file, line, message: `is not valid UTF-8 at byte ${offset}; Terraform requires UTF-8: re-save the file as UTF-8` };
    }
    return checkText(file, buffer.toString("utf8"), buffer.length, options);
}
function checkText(file, rawText, bytes, options) {
    const maxBytes = options.maxFileBytes ?? exports.DEFAULT_MAX_FILE_BYTES;
    if (bytes > maxBytes)
        return tooBig(file, bytes, maxBytes);
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    if (text.includes("\0")) {
        return fail(file, "looks like binary data (it contains NUL characters); moat reads Terraform text only");
    }
    if (text.length === 0)
        return { ok: true, file, text, json: {}, bytes };
    // JSON syntax (`.tf.json`, and JSON variable files) never reaches hcl2json: JSON.parse reads it without recursion.
    if (/\.json$/i.test(file)) {
        const parsed = /\.tf\.json$/i.test(file) ? (0, json_config_1.parseJsonConfig)(text) : (0, json_config_1.parseJsonVariables)(text);
        if (!parsed.ok)
            return { ok: false, file, line: parsed.line, column: parsed.column, message: parsed.message };
        return { ok: true, file, text, json: parsed.json, bytes, lines: parsed.lines };
    }
    const maxNesting = options.maxNesting ?? exports.DEFAULT_MAX_NESTING;
    const tooDeep = (0, nesting_guard_1.findExcessiveNesting)(text, maxNesting);
    if (tooDeep?.heredocLines !== undefined) {
        return {
            ok: false,
            file,
            line: tooDeep.line,
            message: `has a heredoc of more than ${nesting_guard_1.MAX_HEREDOC_LINES} lines; the HCL parser takes time that grows with the square ` +
                "of a heredoc's length (minutes for 80,000 lines), so moat does not parse it: move the text into a file read with file(), or split it up",
        };
    }
    if (tooDeep !== undefined) {
        return {
            ok: false,
            file,
            line: tooDeep.line,
            message: `nests brackets, blocks, templates or conditionals more than ${maxNesting} levels deep; ` +
                "the HCL parser can crash on such input, so moat does not parse it: flatten the expression or split it up",
        };
    }
    return { file, text, bytes };
}
function fail(file, message) {
    return { ok: false, file, message };
}
/** `size` undefined: the file gave more bytes than the limit while being read, whatever its size said. */
function tooBig(file, size, maxBytes) {
    const what = size === undefined ? "is bigger than" : `is ${formatBytes(size)}, over`;
    return fail(file, `${what} the ${formatBytes(maxBytes)} limit for one file; ` +
        "raise the limit with --max-file-size, or leave the file out of the scan");
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    if (bytes < 1024 * 1024)
        return `${(0, parse_result_1.trimNumber)(bytes / 1024)} KiB`;
    return `${(0, parse_result_1.trimNumber)(bytes / (1024 * 1024))} MiB`;
}
function describeReadError(error) {
    const code = error?.code;
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
            const reason = typeof code === "string" ? `system error ${code}` : (0, parse_result_1.oneLine)(String(error), parse_result_1.MESSAGE_LIMIT - 40);
            return `cannot be read (${reason}); check the file and scan again`;
        }
    }
}
/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8Byte(buffer) {
    let i = 0;
    while (i < buffer.length) {
        const b = buffer[i];
        let length;
        let min = 0x80;
        let max = 0xbf;
        if (b < 0x80) {
            i++;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b === 0xe0)
                min = 0xa0;
            if (b === 0xed)
                max = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b === 0xf0)
                min = 0x90;
            if (b === 0xf4)
                max = 0x8f;
        }
        else {
            return i;
        }
        if (i + length > buffer.length)
            return i;
        const second = buffer[i + 1];
        if (second < min || second > max)
            return i;
        for (let k = 2; k < length; k++) {
            const c = buffer[i + k];
            if (c < 0x80 || c > 0xbf)
                return i;
        }
        i += length;
    }
    return buffer.length;
}
function countLines(buffer, endOffset) {
    let line = 1;
    for (let i = 0; i < endOffset; i++)
        if (buffer[i] === 0x0a)
            line++;
    return line;
}
