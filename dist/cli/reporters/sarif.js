"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECURITY_SEVERITY = exports.FINGERPRINT_KEY = exports.SRCROOT = exports.SARIF_SCHEMA_URI = exports.SARIF_VERSION = void 0;
exports.sarifLevel = sarifLevel;
exports.renderSarif = renderSarif;
exports.sarifLog = sarifLog;
exports.isLabel = isLabel;
exports.relativeUri = relativeUri;
/**
 * SARIF 2.1.0, the format code scanning services read (GitHub code scanning, Azure DevOps, GitLab, SonarQube).
 *
 * - `tool.driver.rules` describes every rule that ran, not only those that fired, so a viewer can show the help of a
 *   rule and a service can close an alert once its rule stops firing.
 * - Levels: a finding of a mandatory rule is an `error` (it fails the run, exit code 1); one of an advisory rule is a
 *   `warning` (shown, never failing). A suppressed or baseline-unchanged finding keeps its level: SARIF says what
 *   happened to it in `suppressions` and `baselineState`, and viewers hide or dim it from those.
 * - Severity goes to `properties["security-severity"]` on each rule, the CVSS-like score GitHub code scanning turns
 *   into Critical/High/Medium/Low (it reads it only when the rule is tagged `security`).
 * - Every `uri` is relative to `%SRCROOT%`, the directory moat ran in, with `/` separators and percent-encoding.
 * - Files that could not be scanned are error `toolExecutionNotifications` (and `executionSuccessful` is false when
 *   the exit code is 2), remote modules left out are notes there; problems with suppressions and exceptions are
 *   `toolConfigurationNotifications`.
 * - Nothing that changes from run to run (times, durations) is written: the same scan gives the same bytes.
 * - Values are exact, and the bytes hold no control character and no workflow command (escape.ts).
 */
const rule_docs_1 = require("../../core/rule-docs");
const report_1 = require("../report");
const report_2 = require("../report");
const escape_1 = require("./escape");
exports.SARIF_VERSION = "2.1.0";
/**
 * The official SARIF 2.1.0 schema: the `id` that OASIS's own schema declares (SARIF 2.1.0 Errata 01, an OASIS Standard
 * since 2023-08-28; the same file as Schemata/sarif-schema-2.1.0.json in github.com/oasis-tcs/sarif-spec).
 */
exports.SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
exports.SRCROOT = "%SRCROOT%";
exports.FINGERPRINT_KEY = "moatFingerprint/v1";
/**
 * GitHub code scanning maps `security-severity` to its levels: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium,
 * 0.1–3.9 low. One fixed score per moat severity, inside its band.
 */
exports.SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
/**
 * How sure a finding is, as GitHub reads `precision`: rules read declared configuration, not heuristics, and stay
 * silent where a value is unknown, so a finding is rarely wrong; but they cannot see what happens outside the
 * configuration (a WAF, a proxy in front), hence "high" rather than "very-high".
 */
const PRECISION = "high";
/** A mandatory finding fails the run, so it is an error; an advisory one is shown and passes, so it is a warning. */
function sarifLevel(enforcement) {
    return enforcement === "mandatory" ? "error" : "warning";
}
/**
 * The SARIF renderer takes the directory the scan ran in, when the caller knows it, to state `%SRCROOT%` as an
 * absolute `file:` URI; without it `%SRCROOT%` is only described, and consumers resolve the relative URIs against
 * their own checkout (as GitHub code scanning does).
 */
function renderSarif(report, context) {
    return (0, escape_1.jsonText)(sarifLog(report, context));
}
function sarifLog(report, context) {
    const rules = context.rules;
    const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
    const { durationMs: _duration, exitCode: _exitCode, ...summary } = report.summary;
    return {
        $schema: exports.SARIF_SCHEMA_URI,
        version: exports.SARIF_VERSION,
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: rule_docs_1.REPOSITORY_URL,
                        rules: rules.map(ruleDescriptor),
                    },
                },
                invocations: [
                    {
                        executionSuccessful: report.summary.exitCode !== report_2.EXIT_INCOMPLETE,
                        exitCode: report.summary.exitCode,
                        toolExecutionNotifications: [...report.errors.map(errorNotification), ...report.remoteModules.map(remoteModuleNotification)],
                        toolConfigurationNotifications: report.notices.map(configurationNotification),
                    },
                ],
                // No uri: the checkout's absolute path would leak into a shared report and differ between machines. SARIF
                // lets a base id go without one (the consumer resolves it); GitHub code scanning resolves relative uris
                // against the repository root, where moat runs in CI.
                originalUriBaseIds: {
                    [exports.SRCROOT]: { description: { text: "The directory moat scan ran in; every relative uri is relative to it." } },
                },
                results: report.findings.map((finding) => result(finding, ruleIndex.get(finding.ruleId))),
                columnKind: "utf16CodeUnits",
                properties: { summary },
            },
        ],
    };
}
function ruleDescriptor(rule) {
    const m = rule.meta;
    return {
        id: m.id,
        name: m.name,
        shortDescription: { text: m.title },
        fullDescription: { text: m.rationale },
        help: { text: helpText(rule), markdown: helpMarkdown(rule) },
        helpUri: (0, rule_docs_1.ruleDocUrl)(m.id),
        defaultConfiguration: { level: sarifLevel(m.enforcement) },
        properties: {
            tags: [...new Set(["security", m.area, ...(m.tags ?? [])])],
            "security-severity": exports.SECURITY_SEVERITY[m.severity],
            precision: PRECISION,
            severity: m.severity,
            enforcement: m.enforcement,
            ...(m.deprecated ? { deprecated: m.deprecated.reason } : {}),
        },
    };
}
function result(f, ruleIndex) {
    const related = [
        ...f.moduleChain.map((call) => ({ message: `via ${call.address}`, place: call })),
        ...(f.origin && f.origin.file !== f.file ? [{ message: `planned in ${f.origin.file}`, place: f.origin }] : []),
    ];
    const physical = physicalLocation(f);
    return {
        ruleId: f.ruleId,
        // A finding of a rule missing from context.rules keeps its ruleId; an index would point at the wrong rule.
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: sarifLevel(f.enforcement),
        message: { text: f.message },
        locations: [
            {
                ...(physical ? { physicalLocation: physical } : {}),
                logicalLocations: [{ fullyQualifiedName: f.address, kind: "resource" }],
            },
        ],
        partialFingerprints: { [exports.FINGERPRINT_KEY]: f.fingerprint },
        ...(related.length > 0
            ? {
                relatedLocations: related.map((r, i) => {
                    const where = physicalLocation(r.place);
                    return { id: i + 1, message: { text: r.message }, ...(where ? { physicalLocation: where } : {}) };
                }),
            }
            : {}),
        ...(f.suppressed
            ? {
                suppressions: [
                    {
                        kind: f.suppressed.kind === "inline" ? "inSource" : "external",
                        status: "accepted",
                        justification: f.suppressed.reason,
                        properties: { by: f.suppressed.by, ...(f.suppressed.expires !== undefined ? { expires: f.suppressed.expires } : {}) },
                    },
                ],
            }
            : {}),
        ...(f.baselineState ? { baselineState: f.baselineState } : {}),
        properties: {
            severity: f.severity,
            enforcement: f.enforcement,
            door: f.door,
            resourceType: f.resourceType,
            ...(f.path !== "" ? { attribute: f.path } : {}),
        },
    };
}
function errorNotification(e) {
    const physical = physicalLocation(e);
    return {
        level: "error",
        message: { text: isLabel(e.file) ? `${e.file}: ${e.message}` : `Could not scan ${e.file}: ${e.message}` },
        ...(physical ? { locations: [{ physicalLocation: physical }] } : {}),
    };
}
/**
 * A problem with the scan's own guardrails (a suppression without a reason, an expired or unused one, an exception
 * that matched nothing): a configuration notification, a warning; a path the configuration excluded is a note.
 */
function configurationNotification(n) {
    const physical = n.file !== undefined ? physicalLocation({ file: n.file, line: n.line }) : undefined;
    return {
        level: n.kind === "excluded" || n.kind === "config" ? "note" : "warning",
        message: { text: n.message },
        descriptor: { id: n.kind },
        ...(physical ? { locations: [{ physicalLocation: physical }] } : {}),
    };
}
function remoteModuleNotification(m) {
    const physical = physicalLocation(m);
    return {
        level: "note",
        message: { text: `Remote module ${m.address} (source "${m.source}") was not scanned: ${m.reason ?? "terraform init has not downloaded it"}. ${report_1.REMOTE_MODULES_HINT}` },
        ...(physical ? { locations: [{ physicalLocation: physical }] } : {}),
    };
}
/**
 * A place in a file, or nothing for a label such as "(standard input)" or "(command line)", which is no file a
 * viewer could open. A plan finding without an HCL location is at its line in the plan file.
 */
function physicalLocation(p) {
    if (isLabel(p.file))
        return undefined;
    const region = p.line !== undefined
        ? {
            startLine: p.line,
            ...(p.column !== undefined ? { startColumn: p.column } : {}),
            ...(p.endLine !== undefined && p.endLine > p.line ? { endLine: p.endLine } : {}),
        }
        : undefined;
    return { artifactLocation: { uri: relativeUri(p.file), uriBaseId: exports.SRCROOT }, ...(region ? { region } : {}) };
}
/** Report paths that name no file: "(standard input)", "(command line)", "(parser)". */
function isLabel(file) {
    return file.startsWith("(") && file.endsWith(")");
}
/**
 * A report path (relative, `/`-separated) as a relative URI reference: each segment percent-encoded, so spaces,
 * `#`, `%` and a `:` that would read as a scheme cannot change its meaning.
 */
function relativeUri(path) {
    return path.split("/").map(encodeURIComponent).join("/");
}
/** A directory as a `file:` URI ending in `/`, as SARIF requires of a uriBaseId. */
function helpText(rule) {
    const m = rule.meta;
    const options = optionLines(rule);
    return [
        m.title,
        m.rationale,
        `Assumed when an attribute is absent: ${m.defaults}`,
        `How to fix: ${m.remediation.text}`,
        `Terraform:\n${m.remediation.hcl}`,
        `Pulumi (TypeScript):\n${m.remediation.pulumi}`,
        options.length > 0 ? `Options:\n${options.map((o) => `- ${o.name} (default ${o.default}): ${o.description}`).join("\n")}` : "This rule has no options.",
        ...(m.references.length > 0 ? [`References:\n${m.references.map((r) => `- ${r.title}: ${r.url}`).join("\n")}`] : []),
        `Documentation: ${(0, rule_docs_1.ruleDocUrl)(m.id)}`,
    ].join("\n\n");
}
function helpMarkdown(rule) {
    const m = rule.meta;
    const options = optionLines(rule);
    return [
        `**${m.title}**`,
        m.rationale,
        `**Assumed when an attribute is absent:** ${m.defaults}`,
        "## How to fix",
        m.remediation.text,
        `Terraform:\n\n${fenced("hcl", m.remediation.hcl)}`,
        `Pulumi (TypeScript):\n\n${fenced("ts", m.remediation.pulumi)}`,
        "## Options",
        options.length > 0
            ? options.map((o) => `- \`${o.name}\` (default \`${o.default}\`): ${o.description}`).join("\n")
            : "This rule has no options.",
        ...(m.references.length > 0 ? ["## References", m.references.map((r) => `- [${r.title}](${r.url})`).join("\n")] : []),
        `[Full documentation](${(0, rule_docs_1.ruleDocUrl)(m.id)})`,
    ].join("\n\n");
}
function optionLines(rule) {
    return Object.entries(rule.meta.options.properties ?? {}).map(([name, schema]) => ({
        name,
        default: JSON.stringify(schema.default),
        description: schema.description,
    }));
}
/** A code block whose fence is longer than any backtick run inside it. */
function fenced(language, code) {
    const longest = (code.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 2);
    const fence = "`".repeat(longest + 1);
    return `${fence}${language}\n${code}\n${fence}`;
}
