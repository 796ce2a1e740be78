import type { Severity } from "../../core/rule";
import { type Report } from "../report";
import type { RenderContext } from "./context";
export declare const SARIF_VERSION = "2.1.0";
/**
 * The official SARIF 2.1.0 schema: the `id` that OASIS's own schema declares (SARIF 2.1.0 Errata 01, an OASIS Standard
 * since 2023-08-28; the same file as Schemata/sarif-schema-2.1.0.json in github.com/oasis-tcs/sarif-spec).
 */
export declare const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
export declare const SRCROOT = "%SRCROOT%";
export declare const FINGERPRINT_KEY = "moatFingerprint/v1";
/**
 * GitHub code scanning maps `security-severity` to its levels: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium,
 * 0.1–3.9 low. One fixed score per moat severity, inside its band.
 */
export declare const SECURITY_SEVERITY: Record<Severity, string>;
export type SarifLevel = "error" | "warning" | "note";
/** A mandatory finding fails the run, so it is an error; an advisory one is shown and passes, so it is a warning. */
export declare function sarifLevel(enforcement: "mandatory" | "advisory"): SarifLevel;
/**
 * The SARIF renderer takes the directory the scan ran in, when the caller knows it, to state `%SRCROOT%` as an
 * absolute `file:` URI; without it `%SRCROOT%` is only described, and consumers resolve the relative URIs against
 * their own checkout (as GitHub code scanning does).
 */
export declare function renderSarif(report: Report, context: RenderContext): string;
export declare function sarifLog(report: Report, context: RenderContext): Record<string, unknown>;
/** Report paths that name no file: "(standard input)", "(command line)", "(parser)". */
export declare function isLabel(file: string): boolean;
/**
 * A report path (relative, `/`-separated) as a relative URI reference: each segment percent-encoded, so spaces,
 * `#`, `%` and a `:` that would read as a scheme cannot change its meaning.
 */
export declare function relativeUri(path: string): string;
