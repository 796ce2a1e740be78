/**
 * Suppressions: inline `moat:ignore` comments and configured exceptions. Both mark a finding `suppressed` (it stays
 * in every report, it never fails a run) and both are checked themselves: a suppression without a reason does not
 * suppress, an expired one stops suppressing, and one that matches nothing is reported as unused — each as a notice,
 * so a stale or careless suppression is seen rather than trusted.
 *
 * Door-agnostic: a finding is described by where its resource, its attribute and its module calls are written
 * (`FindingPlace`), and comments arrive as text with line numbers, whatever parsed them.
 */
import type { ConfigException } from "./config";
import type { Finding } from "./engine";
import type { AnyRule } from "./rule";
export type NoticeKind = "suppression-invalid" | "suppression-no-reason" | "suppression-expired" | "suppression-unused" | "exception-expired" | "exception-unused" | "excluded"
/** An input scanned once though given twice, or a symbolic link leading out of the scanned repository, not followed. */
 | "input"
/** The config file a scan used, or one in the repository that it did not use (--no-repo-config). */
 | "config";
/** Something about the scan's own guardrails a user should fix. It never changes the exit code by itself. */
export interface Notice {
    kind: NoticeKind;
    /** Absolute path (or a label) of the file the notice is about. */
    file?: string;
    line?: number;
    message: string;
}
/** A resource glob of an exception (and a host pattern of MOAT-DB-010, ignoring case): `*` matches any characters (dots, brackets and `::` included); the rest is literal. */
export declare function addressGlob(pattern: string, options?: {
    ignoreCase?: boolean;
}): (address: string) => boolean;
export declare const DIRECTIVE = "moat:ignore";
/** One `moat:ignore` comment. */
export interface InlineSuppression {
    file: string;
    /** The line the comment starts on. */
    line: number;
    /** The line the comment ends on (block comments may span lines). */
    endLine: number;
    /** The code line it applies to: its own line for a trailing comment, else the next line that is not a comment. */
    targetLine: number;
    /** Rule ids or names, as written. */
    rules: string[];
    reason?: string;
    expires?: string;
    /** Why the comment cannot be used; a directive with problems suppresses nothing. */
    problems: string[];
    /** How reports name it: `main.tf:12`. */
    by: string;
}
interface ParsedDirective {
    rules: string[];
    reason?: string;
    expires?: string;
    problems: string[];
}
/**
 * Parses a comment's text (without `#`, `//` or `/*`): `moat:ignore RULE[,RULE…] reason="…" expires=YYYY-MM-DD`.
 * Returns undefined when the comment is not a directive.
 */
export declare function parseDirective(text: string): ParsedDirective | undefined;
/**
 * The `moat:ignore` directives among a file's comments. `source` is the file's text: it tells a trailing comment
 * (code before it on its line) from a comment on its own line, and which lines hold only comments, so that several
 * comments may stand above one resource.
 */
export declare function inlineSuppressionsOf(file: string, comments: ReadonlyArray<{
    line: number;
    text: string;
}>, source: string, label: (line: number) => string): InlineSuppression[];
/** Where a finding is written, for matching inline suppressions. Files are absolute paths, lines 1-based. */
export interface FindingPlace {
    /** The resource block. */
    resource?: {
        file: string;
        line: number;
        endLine: number;
    };
    /** Lines where the finding's attribute and each nested block enclosing it start (same file as the resource). */
    anchors: number[];
    /** The module calls that led to the resource, outermost first. */
    moduleCalls: {
        file: string;
        line: number;
        endLine: number;
    }[];
    /** The resource's other blocks (Terraform override files merge several into one): a directive above or in one covers it. */
    otherBlocks?: {
        file: string;
        line: number;
        endLine: number;
    }[];
}
export interface SuppressionOptions {
    /** YYYY-MM-DD (UTC): suppressions that expired before this day no longer apply. */
    today: string;
    /** The rules of the run, to resolve names to ids and to tell an unknown rule from a typo. */
    rules: readonly AnyRule[];
    /** Rule ids that ran; a suppression of a disabled rule matches nothing, and its notice says why. */
    rulesRun?: ReadonlySet<string>;
}
type Suppressible = Pick<Finding, "ruleId" | "ruleName" | "address" | "urn" | "resourceType" | "suppressed">;
/**
 * Applies inline suppressions to the findings (setting `suppressed` on those covered by a valid, unexpired
 * directive) and returns the notices. A directive covers:
 * - above a resource or module call block (or trailing on its first line): the whole resource, or every resource
 *   reached through the call;
 * - above an attribute or nested block inside a resource (or trailing on its line): the findings at that attribute
 *   or inside that nested block;
 * - anywhere else inside a resource block, or above an attribute that has no finding of its rules: the whole
 *   resource;
 * - anywhere else inside a module call block: every resource reached through the call.
 */
export declare function applyInlineSuppressions<F extends Suppressible>(findings: readonly F[], placeOf: (finding: F) => FindingPlace | undefined, directives: readonly InlineSuppression[], options: SuppressionOptions): Notice[];
/**
 * The names an exception's resource glob is tried against: the address, and for Pulumi the URN and
 * `type.name` (the Terraform type and the Pulumi resource name), so one exception can serve every door.
 */
export declare function resourceNamesOf(f: Pick<Finding, "address" | "urn" | "resourceType">): string[];
export interface ExceptionMatch {
    exception: ConfigException;
    expired: boolean;
}
export interface CompiledException {
    exception: ConfigException;
    /** Whether a resource name matches the exception's glob. */
    test: (name: string) => boolean;
}
export declare function compileExceptions(exceptions: readonly ConfigException[]): CompiledException[];
/** The first unexpired exception that covers the finding (rule and resource), else the first expired one. */
export declare function matchException(f: Pick<Finding, "ruleId" | "ruleName" | "address" | "urn" | "resourceType">, exceptions: readonly CompiledException[], today: string): ExceptionMatch | undefined;
/**
 * Applies configured exceptions: a finding whose rule and resource match an unexpired exception is marked
 * suppressed. Returns notices for expired exceptions (the findings they matched fail again) and unused ones.
 */
export declare function applyExceptions<F extends Suppressible>(findings: readonly F[], exceptions: readonly ConfigException[], options: SuppressionOptions): Notice[];
export {};
