"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPORTERS = void 0;
// Each format's module is loaded when a report in it is rendered, so a scan loads only the formats it writes.
exports.REPORTERS = {
    text: {
        description: "findings grouped by file, then a summary (default)",
        render: (report, context) => require("./text").renderText(report, context),
    },
    json: {
        description: "the whole report as JSON (schemas/report.schema.json)",
        render: (report) => require("./json").renderJson(report),
    },
    sarif: {
        description: "SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, GitLab)",
        render: (report, context) => require("./sarif").renderSarif(report, context),
    },
    junit: {
        description: "JUnit XML for CI test reports: one test suite per rule",
        render: (report, context) => require("./junit").renderJunit(report, context),
    },
    github: {
        description: "GitHub Actions annotations (::error/::warning workflow commands)",
        render: (report, context) => require("./github").renderGithub(report, context),
    },
    markdown: {
        description: "Markdown for $GITHUB_STEP_SUMMARY or a pull-request comment",
        render: (report, context) => require("./markdown").renderMarkdown(report, context),
    },
};
