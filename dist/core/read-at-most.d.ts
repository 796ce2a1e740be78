/**
 * Reads the open file `fd` from its start; undefined as soon as more than `maxBytes` bytes came (at most one chunk
 * more is read). `sizeHint` (stat's size) sizes the first read so that an ordinary file takes one read and one
 * end-of-file. With `scratch`, a file that fits is read into it (no allocation of its own): the bytes returned are
 * then valid only until the caller reuses it. Read errors are thrown.
 */
export declare function readAtMost(fd: number, maxBytes: number, sizeHint: number, scratch?: Buffer): Buffer | undefined;
