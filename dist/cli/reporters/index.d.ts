/**
 * Output formats by name. A format renders the whole report to one string; `--format NAME` writes it to standard
 * output and `--format NAME=FILE` to a file, so adding a format (sarif, junit, github, markdown) is adding an entry.
 */
import type { Report } from "../report";
import type { RenderContext } from "./context";
export type { RenderContext, UnknownMode } from "./context";
export interface Reporter {
    description: string;
    render(report: Report, context: RenderContext): string;
}
export declare const REPORTERS: {
    text: {
        description: string;
        render: (report: Report, context: RenderContext) => string;
    };
    json: {
        description: string;
        render: (report: Report) => string;
    };
    sarif: {
        description: string;
        render: (report: Report, context: RenderContext) => string;
    };
    junit: {
        description: string;
        render: (report: Report, context: RenderContext) => string;
    };
    github: {
        description: string;
        render: (report: Report, context: RenderContext) => string;
    };
    markdown: {
        description: string;
        render: (report: Report, context: RenderContext) => string;
    };
};
export type ReporterName = keyof typeof REPORTERS;
