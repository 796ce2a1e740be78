import { type Report } from "../report";
import type { RenderContext } from "./context";
export declare const SCAN_ERRORS_SUITE = "moat: files that could not be scanned";
export declare function renderJunit(given: Report, context: RenderContext): string;
/**
 * XML 1.0 cannot carry most control characters or lone surrogates, even escaped: they are shown as visible escapes
 * (`\x01`), as every control character is, so the document stays well-formed; line breaks and tabs are kept for
 * moat's own multi-line text. A CR is a character reference, or a parser would fold CR LF into LF.
 */
export declare function escapeXmlText(text: string): string;
/** In attributes, line breaks and tabs are character references too: a parser would turn them into spaces. */
export declare function escapeXmlAttribute(text: string): string;
