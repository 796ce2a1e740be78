"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ruleListing = ruleListing;
exports.rulesTable = rulesTable;
exports.findRule = findRule;
exports.ruleDoc = ruleDoc;
/**
 * Discovery: `moat rules` (every rule with its severity, default level, doors and area) and `moat explain RULE`
 * (a rule's doc: the generated docs/rules/<ID>.md shipped with moat, or a summary made from the rule's meta).
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const rule_docs_1 = require("../core/rule-docs");
const spelling_1 = require("../core/spelling");
const tool_1 = require("./tool");
const DOOR_NAMES = { hcl: "terraform", plan: "plan", pulumi: "pulumi" };
function ruleListing(rules) {
    return rules.map(({ meta }) => ({
        id: meta.id,
        name: meta.name,
        title: meta.title,
        severity: meta.severity,
        defaultLevel: meta.enforcement,
        area: meta.area,
        doors: meta.doors.map((d) => DOOR_NAMES[d] ?? d),
        options: Object.fromEntries(Object.entries(meta.options.properties).map(([k, p]) => [k, p.default])),
    }));
}
/** `ID  SEVERITY  LEVEL  NAME  AREA  DOORS  TITLE`, one rule a line, columns aligned. */
function rulesTable(rules) {
    const rows = ruleListing(rules).map((r) => [r.id, r.severity, r.defaultLevel, r.name, r.area, r.doors.join(","), r.title]);
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i].length))) ?? [];
    return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join("  ")).join("\n") + (rows.length > 0 ? "\n" : "");
}
/** The rule a user named by id (any case) or name; undefined with a suggestion when there is none. */
function findRule(query, rules) {
    const q = query.trim().toLowerCase();
    const rule = rules.find((r) => r.meta.id.toLowerCase() === q || r.meta.name === q);
    if (rule)
        return { rule };
    return { suggestion: (0, spelling_1.closestMatch)(query.trim(), rules.flatMap((r) => [r.meta.id, r.meta.name])) };
}
/** The rule's doc: docs/rules/<ID>.md from moat's package when it exists there, else a summary of its meta. */
function ruleDoc(rule) {
    const file = (0, node_path_1.join)((0, tool_1.packageRoot)(), "docs", "rules", `${rule.meta.id}.md`);
    if ((0, node_fs_1.existsSync)(file)) {
        const text = (0, node_fs_1.readFileSync)(file, "utf8");
        // The generated doc names the rule in its title; a rule that only shares the id (a test rule) gets its own summary.
        if (text.startsWith(`# ${rule.meta.id} · ${rule.meta.name}`))
            return text.replace(/\n*<!-- Generated[^\n]*-->\s*$/, "\n");
    }
    return (0, rule_docs_1.renderRuleDoc)(rule);
}
