import { type Report } from "../report";
import type { RenderContext } from "./context";
export declare function renderGithub(given: Report, context: RenderContext): string;
/**
 * `::command key=value,key=value::data`; properties without a value are left out. The runner reads a line as this
 * command before it looks for a legacy `##[command]` in it; `##[` in the data is broken all the same, in case a
 * runner ever looks for both.
 */
export declare function workflowCommand(command: string, properties: Record<string, string | number | undefined>, data: string): string;
/** GitHub's escaping for a command's message: `%`, CR and LF (so a message can never start a command of its own). */
export declare function escapeData(text: string): string;
/** For a property value, also `:` and `,`, which would end the value. */
export declare function escapeProperty(text: string): string;
