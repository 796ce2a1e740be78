"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readAtMost = readAtMost;
/**
 * Reading a file bounded by the bytes actually read, not by what stat says (procfs reports 0 for files that read
 * gigabytes, and a file can grow): the one loop behind moat's bounded reads of sources, module manifests and
 * `file()`.
 */
const node_fs_1 = require("node:fs");
/** Read size after the first read, a multiple of 8 as procfs files such as `/proc/self/pagemap` require. */
const READ_CHUNK_BYTES = 64 * 1024;
/**
 * Reads the open file `fd` from its start; undefined as soon as more than `maxBytes` bytes came (at most one chunk
 * more is read). `sizeHint` (stat's size) sizes the first read so that an ordinary file takes one read and one
 * end-of-file. With `scratch`, a file that fits is read into it (no allocation of its own): the bytes returned are
 * then valid only until the caller reuses it. Read errors are thrown.
 */
function readAtMost(fd, maxBytes, sizeHint, scratch) {
    let want = Math.ceil((Math.min(sizeHint, maxBytes) + 1) / 4096) * 4096;
    let buffer = scratch !== undefined && want + READ_CHUNK_BYTES <= scratch.length ? scratch : Buffer.allocUnsafe(want + READ_CHUNK_BYTES);
    let total = 0;
    while (total <= maxBytes) {
        if (total + want > buffer.length) {
            // The file grew past what stat said: a bigger buffer, the bytes so far copied in.
            const bigger = Buffer.allocUnsafe(Math.max(buffer.length * 2, total + want));
            buffer.copy(bigger, 0, 0, total);
            buffer = bigger;
        }
        const bytesRead = (0, node_fs_1.readSync)(fd, buffer, total, want, null);
        if (bytesRead === 0)
            break;
        total += bytesRead;
        want = READ_CHUNK_BYTES;
    }
    if (total > maxBytes)
        return undefined;
    return buffer.subarray(0, total);
}
