import type { OutputStream } from "./terminal";
export declare function installExitGuard(pendingParses: () => number, stderr: OutputStream): void;
