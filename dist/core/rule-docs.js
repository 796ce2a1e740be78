"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCHEMA_FILES = exports.REPOSITORY_URL = void 0;
exports.schemaUrl = schemaUrl;
exports.ruleDocUrl = ruleDocUrl;
exports.renderRuleDoc = renderRuleDoc;
exports.REPOSITORY_URL = "https://github.com/moat-policy/moat";
/** The schemas moat publishes in `schemas/`. */
exports.SCHEMA_FILES = ["config.schema.json", "report.schema.json", "rule.schema.json"];
/**
 * The URL of one of moat's JSON Schemas: the raw file in the repository at the tag of `version` (v0.1.0), so an
 * editor or validator fetches the schema of that release, never a page of HTML or a moving branch. `npm run gen`
 * writes them for package.json's version into core/schema-urls.ts.
 */
function schemaUrl(file, version) {
    return `${exports.REPOSITORY_URL.replace(/^https:\/\/github\.com\//, "https://raw.githubusercontent.com/")}/v${version}/schemas/${file}`;
}
function ruleDocUrl(ruleId) {
    return `${exports.REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
const DOORS = { hcl: "Terraform source", plan: "Terraform plan", pulumi: "Pulumi" };
function optionsTable(rule) {
    const props = Object.entries(rule.meta.options.properties);
    if (props.length === 0)
        return "This rule has no options.\n";
    const rows = props.map(([name, p]) => {
        const type = Array.isArray(p.type) ? p.type.join(" \\| ") : typeof p.type === "string" ? p.type : "object";
        return `| \`${name}\` | ${type} | \`${JSON.stringify(p.default)}\` | ${String(p.description).replace(/\|/g, "\\|")} |`;
    });
    const first = props[0];
    return [
        "| option | type | default | description |",
        "|---|---|---|---|",
        ...rows,
        "",
        "Set options in `moat.config.yaml` (or Pulumi policy config) under the rule's name:",
        "",
        "```yaml",
        "policy:",
        `  ${rule.meta.name}:`,
        `    enforcementLevel: ${rule.meta.enforcement}`,
        `    ${first[0]}: ${JSON.stringify(first[1].default)}`,
        "```",
        "",
    ].join("\n");
}
/** A rule's page, in Markdown. */
function renderRuleDoc(rule, extras = {}) {
    const m = rule.meta;
    const tokens = extras.pulumiTypes ?? [];
    const out = [
        `# ${m.id} · ${m.name}`,
        "",
        `> ${m.title}`,
        "",
        "| | |",
        "|---|---|",
        `| Severity | ${m.severity} |`,
        `| Default enforcement | ${m.enforcement} |`,
        `| Area | \`${m.area}\` |`,
        `| Terraform resource types | ${m.resourceTypes.map((t) => `\`${t}\``).join(", ")} |`,
        ...(tokens.length > 0 ? [`| Pulumi resource types | ${tokens.map((t) => `\`${t}\``).join(", ")} |`] : []),
        `| Doors | ${m.doors.map((d) => DOORS[d]).join(", ")} |`,
        `| Needs other resources | ${m.scope === "stack" ? "yes (Pulumi stack policy)" : "no (Pulumi resource policy)"} |`,
        "",
        "## Why it matters",
        "",
        m.rationale,
        "",
        "## What is assumed when an attribute is absent",
        "",
        m.defaults,
        "",
        "## Options",
        "",
        optionsTable(rule),
    ];
    if (extras.bad || extras.good)
        out.push("## Examples", "");
    if (extras.bad)
        out.push(`Fails — ${extras.bad.name}:`, "", "```hcl", extras.bad.hcl.trimEnd(), "```", "");
    if (extras.good)
        out.push(`Passes — ${extras.good.name}:`, "", "```hcl", extras.good.hcl.trimEnd(), "```", "");
    out.push("## How to fix", "", m.remediation.text, "", "Terraform:", "", "```hcl", m.remediation.hcl.trimEnd(), "```", "", "Pulumi (TypeScript):", "", "```ts", m.remediation.pulumi.trimEnd(), "```", "", "## Messages", "", ...Object.entries(m.messages).map(([id, text]) => `- \`${id}\`: ${text}`), "", "## References", "", ...m.references.map((ref) => `- [${ref.title}](${ref.url})`), "");
    if (extras.footer)
        out.push(extras.footer, "");
    return out.join("\n");
}
