import type { AnyRule, Area, Severity } from "../core/rule";
/** One rule as `moat rules --format json` lists it. */
export interface RuleListing {
    /** Stable, e.g. MOAT-SG-002. */
    id: string;
    /** kebab-case, e.g. sg-public-ingress-restricted-port (the Pulumi policy's name). */
    name: string;
    title: string;
    severity: Severity;
    /** The level it runs at unless configured: mandatory findings fail a run, advisory ones do not. */
    defaultLevel: "mandatory" | "advisory";
    area: Area;
    /** terraform (source), plan, pulumi. */
    doors: string[];
    /** Each option with its default. */
    options: Record<string, unknown>;
}
export declare function ruleListing(rules: readonly AnyRule[]): RuleListing[];
/** `ID  SEVERITY  LEVEL  NAME  AREA  DOORS  TITLE`, one rule a line, columns aligned. */
export declare function rulesTable(rules: readonly AnyRule[]): string;
/** The rule a user named by id (any case) or name; undefined with a suggestion when there is none. */
export declare function findRule(query: string, rules: readonly AnyRule[]): {
    rule?: AnyRule;
    suggestion?: string;
};
/** The rule's doc: docs/rules/<ID>.md from moat's package when it exists there, else a summary of its meta. */
export declare function ruleDoc(rule: AnyRule): string;
