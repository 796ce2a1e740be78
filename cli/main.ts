#!/usr/bin/env node
/** The `moat` bin: runs the command line on this process's streams and exits with its code. */
import { pendingParses } from "../hcl-rules/parse-hcl";
import { installExitGuard } from "./exit-guard";
import { EXIT_INCOMPLETE } from "./report";
import { debugWanted, run } from "./run";
import { setFlagsFromString } from "v8";

// The HCL parser is 8 MB of WebAssembly (hcl2json's Go runtime). By default V8 runs it with baseline code (Liftoff)
// and recompiles the hot functions with TurboFan on background threads, and Node waits for every such compilation to
// finish before the process exits: 0.8–5 s after the report on two busy cores (measured), whether the parser ran in
// this thread or in worker threads.
// A one-shot scan does not gain it back: on examples/ the baseline code alone takes the same main-thread time and half
// the CPU in total, and only batches of several MB parse faster optimised (≈1.5× less main-thread time, the same CPU).
// So the CLI keeps WebAssembly on baseline code. Nothing has compiled WebAssembly yet here: the parser loads on first
// use. (Both flags are in Node 20's V8 and in V8's current flag list; V8 would print an error for an unknown one.)
setFlagsFromString("--no-wasm-dynamic-tiering");
setFlagsFromString("--no-wasm-tier-up");

installExitGuard(pendingParses, process.stderr);

// `moat scan | head` closes the pipe early: the rest of the report has nowhere to go, and that is no error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(`moat: cannot write to standard output: ${error.message}\n`);
  process.exitCode = EXIT_INCOMPLETE;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    // Not process.exit(): output still buffered for a pipe must drain first, and nothing else holds the process
    // (the parse layer stops its worker threads and keeps its in-thread Go runtime from holding it), so it ends as
    // soon as the report is out.
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() reports its own internal errors; this is the last resort. No stack (it holds absolute paths) unless asked.
    const detail = debugWanted(process.argv.slice(2))
      ? `:\n${(error as Error)?.stack ?? String(error)}`
      : "; run again with --debug for the stack trace to include in the report";
    process.stderr.write(`moat: internal error (a bug in moat, please report it)${detail}\n`);
    process.exitCode = EXIT_INCOMPLETE;
  },
);
