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

// Each format's module is loaded when a report in it is rendered, so a scan loads only the formats it writes.
export const REPORTERS = {
  text: {
    description: "findings grouped by file, then a summary (default)",
    render: (report, context) => (require("./text") as typeof import("./text")).renderText(report, context),
  },
  json: {
    description: "the whole report as JSON (schemas/report.schema.json)",
    render: (report) => (require("./json") as typeof import("./json")).renderJson(report),
  },
  sarif: {
    description: "SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, GitLab)",
    render: (report, context) => (require("./sarif") as typeof import("./sarif")).renderSarif(report, context),
  },
  junit: {
    description: "JUnit XML for CI test reports: one test suite per rule",
    render: (report, context) => (require("./junit") as typeof import("./junit")).renderJunit(report, context),
  },
  github: {
    description: "GitHub Actions annotations (::error/::warning workflow commands)",
    render: (report, context) => (require("./github") as typeof import("./github")).renderGithub(report, context),
  },
  markdown: {
    description: "Markdown for $GITHUB_STEP_SUMMARY or a pull-request comment",
    render: (report, context) => (require("./markdown") as typeof import("./markdown")).renderMarkdown(report, context),
  },
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;
