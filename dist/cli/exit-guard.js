"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installExitGuard = installExitGuard;
/**
 * The last line of defence of "a scan that could not read a file never exits 0". When the HCL parser's runtime
 * dies mid-parse, the promise of that parse never settles: nothing is left for the event loop to do, Node exits
 * with code 0, and a CI job would pass having checked nothing. At exit, any parse still pending turns the exit
 * code into 2, with a message saying why.
 */
const report_1 = require("./report");
function installExitGuard(pendingParses, stderr) {
    process.on("exit", () => {
        const pending = pendingParses();
        if (pending === 0)
            return;
        stderr.write(`moat: ${pending === 1 ? "1 file was" : `${pending} files were`} still being parsed when moat stopped ` +
            "(the HCL parser stopped without an answer), so the scan is incomplete and exits 2. " +
            "Scan the files in smaller groups to find the one that stops it, and report it as a moat bug.\n");
        // Listeners of "exit" may still change the code the process exits with.
        process.exitCode = report_1.EXIT_INCOMPLETE;
    });
}
