import { type Report } from "../report";
import type { RenderContext } from "./context";
export declare function renderText(report: Report, context: RenderContext): string;
