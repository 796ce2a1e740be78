"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scanBoundary = scanBoundary;
exports.isOutside = isOutside;
exports.realPath = realPath;
exports.isDirectory = isDirectory;
exports.isFile = isFile;
/** Where a scan may read: the repository that holds a path, and whether a path lies outside a directory. */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
/**
 * How far a scan that starts in `dir` reaches: the repository holding it (the nearest directory above with `.git`, as
 * for config discovery), or `dir` itself outside a repository. Symbolic links are followed only inside it.
 */
function scanBoundary(dir) {
    for (let d = dir;; d = (0, node_path_1.dirname)(d)) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(d, ".git")))
            return { dir: d, repository: true };
        if ((0, node_path_1.dirname)(d) === d)
            return { dir, repository: false };
    }
}
/** Whether `path` (a real path) lies outside the directory `dir` (a real path). */
function isOutside(path, dir) {
    const rel = (0, node_path_1.relative)(dir, path);
    return rel === ".." || rel.startsWith(`..${node_path_1.sep}`) || (0, node_path_1.isAbsolute)(rel);
}
/** The real path, following links; the path itself when it cannot be resolved (it does not exist, a link loop). */
function realPath(path) {
    try {
        return (0, node_fs_1.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/** Whether the path is a directory (following links); false when it cannot be read. */
function isDirectory(path) {
    try {
        return (0, node_fs_1.statSync)(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
    }
    catch {
        return false;
    }
}
function isFile(path) {
    try {
        return (0, node_fs_1.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
