/**
 * One measurement in a fresh process, for the bench scripts (bench.ts, door-profile.ts): runs `script --child` under
 * tsx's CommonJS hook with `--expose-gc` (and `nodeArgs`), sends it `request` over IPC (a big tree's file list is longer
 * than one command-line argument may be), and resolves with the one report it sends back before exiting 0.
 */
import { type ChildProcess, spawn } from "node:child_process";

export function runMeasurementChild<Request, Report>(script: string, request: Request, what: string, nodeArgs: string[] = []): Promise<Report> {
  // tsx's CommonJS hook only, for the script itself: the code measured is dist/'s JavaScript, and the parser workers,
  // which inherit these options, start as they do under `moat scan` but for that hook.
  const args = ["--require", require.resolve("tsx/cjs"), "--expose-gc", ...nodeArgs, script, "--child"];
  return new Promise((resolvePromise, reject) => {
    const child: ChildProcess = spawn(process.execPath, args, { stdio: ["ignore", "inherit", "pipe", "ipc"] });
    child.send(request as object);
    let stderr = "";
    let report: Report | undefined;
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("message", (message: Report) => {
      report = message;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (report !== undefined && code === 0) resolvePromise(report);
      else reject(new Error(`the ${what} failed (exit ${code ?? signal}):\n${stderr.trim().slice(-4000)}`));
    });
  });
}
