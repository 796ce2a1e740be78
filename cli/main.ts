#!/usr/bin/env node
/** The `moat` bin: runs the command line on this process's streams and exits with its code. */
import { pendingParses } from "../hcl-rules/parse-hcl";
import { installExitGuard } from "./exit-guard";
import { EXIT_INCOMPLETE } from "./report";
import { run } from "./run";

installExitGuard(pendingParses, process.stderr);

const LINGER_MS = 3000;

// `moat scan | head` closes the pipe early: the rest of the report has nowhere to go, and that is no error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(`moat: cannot write to standard output: ${error.message}\n`);
  process.exitCode = EXIT_INCOMPLETE;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    // Not process.exit() at once: output still buffered for a pipe must drain first.
    process.exitCode = code;
    // But a handle left open (a parser thread that did not stop) must never keep a CI job waiting: once the report is
    // written, moat is done. The timer is unref'd, so a process that ends by itself is not delayed by it.
    setTimeout(() => process.exit(), LINGER_MS).unref();
  },
  (error: unknown) => {
    process.stderr.write(`moat: internal error (a bug in moat, please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT_INCOMPLETE;
  },
);
