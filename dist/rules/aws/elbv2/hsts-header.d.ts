/**
 * A `Strict-Transport-Security` header value read as a browser reads it (RFC 6797, section 6.1): directives separated
 * by `;`, names compared case-insensitively, values a token or a quoted string, optional whitespace around `;` and
 * `=`. A browser ignores the whole header when it has no `max-age`, a `max-age` that is not a number of seconds, or a
 * directive twice (6.1, rules 2 and 4; 6.1.1); it ignores directives it does not know (rule 5). A support module (no
 * `.cases.ts` beside it) for MOAT-LB-006.
 */
export type HstsHeader = {
    valid: true;
    maxAge: number;
    includeSubDomains: boolean;
    preload: boolean;
} | {
    valid: false;
    reason: string;
};
export declare function parseHsts(header: string): HstsHeader;
/** "31536000 s (365 days)": how long a max-age is, for a message. */
export declare function describeSeconds(seconds: number): string;
