#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** The `moat` bin: runs the command line on this process's streams and exits with its code. */
const v8_1 = require("v8");
const tool_1 = require("./tool");
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    // The flags run.ts gives commander, answered the same way before the command line, the rules and the parser load,
    // so a version check costs little more than starting Node.
    process.stdout.write(`${(0, tool_1.toolVersion)()}\n`);
}
else {
    start(argv);
}
/** Everything else: loads the command line (and with it the rules and the parse layer) and runs it. */
function start(argv) {
    const { pendingParses } = require("../hcl-rules/parse-hcl");
    const { installExitGuard } = require("./exit-guard");
    const { EXIT_INCOMPLETE } = require("./report");
    const { debugWanted, run } = require("./run");
    // The HCL parser is 8 MB of WebAssembly (hcl2json's Go runtime). By default V8 runs it with baseline code (Liftoff)
    // and recompiles the hot functions with TurboFan on background threads, and Node waits for every such compilation to
    // finish before the process exits: 0.8–5 s after the report on two busy cores (measured), whether the parser ran in
    // this thread or in worker threads.
    // A one-shot scan does not gain it back: on examples/ the baseline code alone takes the same main-thread time and half
    // the CPU in total, and only batches of several MB parse faster optimised (≈1.5× less main-thread time, the same CPU).
    // So the CLI keeps WebAssembly on baseline code. Nothing has compiled WebAssembly yet here: the parser loads on first
    // use. (These flags, and --wasm-lazy-validation below, are in Node 20's V8 and in V8's current flag list (its 2024–25
    // tests use them); V8 would print an error for an unknown one.)
    (0, v8_1.setFlagsFromString)("--no-wasm-dynamic-tiering");
    (0, v8_1.setFlagsFromString)("--no-wasm-tier-up");
    // And V8 validates each WebAssembly function when it first compiles it (functions compile lazily, on first call)
    // rather than all 7 MB up front: a small scan calls a fraction of the parser, and this saves ~20–30 ms of CPU at
    // start (measured). The module is hcl2json's own, shipped in node_modules, never input.
    (0, v8_1.setFlagsFromString)("--wasm-lazy-validation");
    installExitGuard(pendingParses, process.stderr);
    // `moat scan | head` closes the pipe early: the rest of the report has nowhere to go, and that is no error.
    process.stdout.on("error", (error) => {
        if (error.code === "EPIPE")
            return;
        process.stderr.write(`moat: cannot write to standard output: ${error.message}\n`);
        process.exitCode = EXIT_INCOMPLETE;
    });
    run(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, stdinIsTTY: process.stdin.isTTY === true }).then((code) => {
        // Not process.exit(): output still buffered for a pipe must drain first, and nothing else holds the process
        // (the parse layer stops its worker threads and keeps its in-thread Go runtime from holding it), so it ends as
        // soon as the report is out.
        process.exitCode = code;
    }, (error) => {
        // run() reports its own internal errors; this is the last resort. No stack (it holds absolute paths) unless asked.
        const detail = debugWanted(argv)
            ? `:\n${error?.stack ?? String(error)}`
            : "; run again with --debug for the stack trace to include in the report";
        process.stderr.write(`moat: internal error (a bug in moat, please report it)${detail}\n`);
        process.exitCode = EXIT_INCOMPLETE;
    });
}
