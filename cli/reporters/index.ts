/**
 * Output formats by name. A format renders the whole report to one string; `--format NAME` writes it to standard
 * output and `--format NAME=FILE` to a file, so adding a format (sarif, junit, github, markdown) is adding an entry.
 */
import type { Report } from "../report";
import type { RenderContext } from "./context";
import { renderGithub } from "./github";
import { renderJson } from "./json";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";
import { renderSarif } from "./sarif";
import { renderText } from "./text";

export type { RenderContext, UnknownMode } from "./context";

export interface Reporter {
  description: string;
  render(report: Report, context: RenderContext): string;
}

export const REPORTERS = {
  text: { description: "findings grouped by file, then a summary (default)", render: renderText },
  json: { description: "the whole report as JSON (schemas/report.schema.json)", render: renderJson },
  sarif: { description: "SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, GitLab)", render: renderSarif },
  junit: { description: "JUnit XML for CI test reports: one test suite per rule", render: renderJunit },
  github: { description: "GitHub Actions annotations (::error/::warning workflow commands)", render: renderGithub },
  markdown: { description: "Markdown for $GITHUB_STEP_SUMMARY or a pull-request comment", render: renderMarkdown },
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;
