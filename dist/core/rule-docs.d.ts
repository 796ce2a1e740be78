/**
 * Where moat's documentation lives, and how a rule's page is written. `npm run gen` renders every page to
 * `docs/rules/<ID>.md` (with examples from the rule's cases); `moat explain` prints that page, or renders it here when
 * a rule has none (a rule under development).
 */
import type { AnyRule } from "./rule";
export declare const REPOSITORY_URL = "https://github.com/moat-policy/moat";
/** The schemas moat publishes in `schemas/`. */
export declare const SCHEMA_FILES: readonly ["config.schema.json", "report.schema.json", "rule.schema.json"];
export type SchemaFile = (typeof SCHEMA_FILES)[number];
/**
 * The URL of one of moat's JSON Schemas: the raw file in the repository at the tag of `version` (v0.1.0), so an
 * editor or validator fetches the schema of that release, never a page of HTML or a moving branch. `npm run gen`
 * writes them for package.json's version into core/schema-urls.ts.
 */
export declare function schemaUrl(file: SchemaFile, version: string): string;
export declare function ruleDocUrl(ruleId: string): string;
export interface RuleDocExtras {
    /** A failing and a passing Terraform example (from the rule's cases). */
    bad?: {
        name: string;
        hcl: string;
    };
    good?: {
        name: string;
        hcl: string;
    };
    /** Pulumi type tokens of the rule's resource types. */
    pulumiTypes?: string[];
    /** The last line: where the page comes from. */
    footer?: string;
}
/** A rule's page, in Markdown. */
export declare function renderRuleDoc(rule: AnyRule, extras?: RuleDocExtras): string;
