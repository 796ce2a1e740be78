import { type Door, type ModuleCall, type Resource, type ResourceGraph, type SourceLocation } from "./model";
import type { ResolvedRule } from "./policy-config";
import { type Area, type Severity } from "./rule";
import type { AttrPath } from "./values";
export interface Finding {
    ruleId: string;
    ruleName: string;
    area: Area;
    severity: Severity;
    /** The rule's enforcement level in this run: advisory findings are shown but never fail a run. */
    enforcement: "mandatory" | "advisory";
    messageId: string;
    message: string;
    resourceType: string;
    address: string;
    door: Door;
    location: SourceLocation;
    /** For plan findings: the plan file and line of the resource's address. */
    origin?: SourceLocation;
    /** The attribute the finding is about, e.g. `default_action[0].redirect[0].protocol` ("" = the resource). */
    path: string;
    /** The same attribute as steps (`["default_action", 0, "redirect", 0, "protocol"]`), for doors that name it their way. */
    steps: AttrPath;
    moduleChain?: readonly ModuleCall[];
    urn?: string;
    /** The root (module directory, plan file, stack) of the resource; see Resource.root. */
    root?: string;
    /** Stable across line shifts and moves between files of one module: rule id + address + attribute path. */
    fingerprint: string;
    /**
     * The resources whose creation the finding assumes, when that is unknown (a `count` or `for_each` moat cannot know):
     * the finding holds if they are created, and its message begins with "If created". Absent when every one is known.
     */
    ifCreated?: string[];
    /** Set when an inline suppression or a configured exception covers the finding: shown, but it never fails a run. */
    suppressed?: Suppression;
    /** With a baseline: "unchanged" findings were already in it and never fail a run; "new" ones are judged as usual. */
    baselineState?: "new" | "unchanged";
}
export interface Suppression {
    kind: "inline" | "exception";
    reason: string;
    /** ISO date (YYYY-MM-DD) after which the suppression stops applying. */
    expires?: string;
    /** Where it is written: `main.tf:12` for an inline comment, `moat.config.yaml: exceptions[2]` for an exception. */
    by: string;
}
/** A check that met a value it could not know, so it neither passed nor failed. */
export interface Unevaluated {
    ruleId: string;
    ruleName: string;
    severity: Severity;
    resourceType: string;
    address: string;
    door: Door;
    location: SourceLocation;
    path: string;
    reason: string;
    moduleChain?: readonly ModuleCall[];
    urn?: string;
}
/** A rule that threw on one resource: a bug in moat, reported as an error of that resource; the rest still ran. */
export interface RuleFailure {
    ruleId: string;
    address: string;
    location: SourceLocation;
    /** What was thrown, its message redacted. */
    message: string;
    error: unknown;
}
export interface EngineResult {
    findings: Finding[];
    unevaluated: Unevaluated[];
    /** Rules that ran (not disabled). */
    rulesRun: number;
    /** Checks that threw: the other resources and rules still ran, but the scan is incomplete. */
    failures: RuleFailure[];
    /** The graph's secrets, as the engine redacted them: reporters redact what else can show a value with the same one. */
    redactor: Redactor;
}
export declare function pathString(path: AttrPath | undefined): string;
export declare function fingerprintOf(ruleId: string, address: string, path: string): string;
/** What a redacted value reads as. */
export declare const REDACTED = "[secret]";
/** Every secret of the graph, longest first (the plan's sensitive values, Pulumi secrets, sensitive variables). */
export declare function secretsOf(graph: ResourceGraph): string[];
/**
 * Replaces the text of secret values, so a secret never reaches output. A message rarely shows a value exactly as
 * it was written, so each secret is matched in the forms a rule or the evaluator can give it:
 * - in any letter case (rules lower- or upper-case protocols, engines and names before quoting them),
 * - trimmed (rules trim before they display),
 * - JSON-escaped (the evaluator's reasons quote values with JSON.stringify: `"a\"b"`),
 * - as a number in canonical form when it is numeric (`"0443"` read as a port prints `443`).
 * Quoting needs no form of its own: the quoted text contains the secret.
 *
 * Empty and blank secrets are skipped (redacting every space would destroy the report and hide nothing). A secret of
 * one or two characters ("1", "80") is replaced only where it stands alone, not inside a longer run of letters,
 * digits, dots and slashes: replacing every "1" of "10.0.0.1/32" or "443" would hide nothing more (the value shown is
 * another one)
 * and make every message unreadable, while wherever such a secret is itself displayed — `port 1`, `1-1024`, `"1"`
 * — it is a token of its own and is replaced. From three characters on, every occurrence is replaced, inside words
 * too: ugly when a secret is a common word, but never a leak.
 */
export declare class Redactor {
    /** Folded forms of three characters or more, by their first two code units: the lengths to try, longest first. */
    private readonly long;
    /** Folded forms of one or two characters, by their first code unit. */
    private readonly short;
    constructor(secrets: readonly string[] | undefined);
    redact(text: string): string;
    /** The length of the longest secret form at `i`, or 0. */
    private matchAt;
}
/** Replaces every secret value's text in a message, so a secret never reaches output (see Redactor). */
export declare function redact(message: string, secrets: readonly string[] | undefined): string;
/**
 * Runs every enabled rule over the graph: each rule's `check` is called once for each resource of the types it
 * declares. A rule that throws is a bug in moat, not in the user's input. With `keepGoing` (the CLI), the throw is
 * returned as a failure of that rule on that resource (what it reported before throwing is kept) and every other check
 * still runs; without it, the error propagates with the rule id and the address.
 */
export declare function runRules(graph: ResourceGraph, resolved: readonly ResolvedRule[], settings?: {
    keepGoing?: boolean;
}): EngineResult;
/**
 * How a message says that it holds only if resources of unknown `count` or `for_each` are created, in every output
 * format: "If created (its count is unknown (var.on has no value)): …" for the resource itself, "If
 * aws_lb_listener.http is created (…): …" for another. Fingerprints do not read it, so a baseline still matches.
 */
export declare function ifCreatedPrefix(target: Resource, assumed: readonly Resource[], redactor: Redactor): string;
