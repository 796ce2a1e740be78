import { type CompiledParser } from "./hcl2json-call";
/** What the parent passes as `workerData`: the compiled WASM, or a module to require that exports `parse`. */
export type WorkerData = {
    wasm: CompiledParser;
    parserModule?: undefined;
} | {
    wasm?: undefined;
    parserModule: string;
};
/** A job, parent → worker. */
export interface WorkerJob {
    id: number;
    file: string;
    text: string;
}
/** An answer, worker → parent. */
export type WorkerMessage = {
    type: "ready";
} | {
    type: "start-failed";
    message: string;
} | {
    type: "result";
    id: number;
    json: Record<string, unknown>;
} | {
    type: "error";
    id: number;
    syntax: boolean;
    message: string;
    messageLength: number;
} | {
    type: "crash";
    id: number;
    message: string;
};
