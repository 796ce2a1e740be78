/**
 * CIDR parsing. Rules compare parsed networks, never strings: `0.0.0.0/0`, `::/0`, `0000:0000::/0` and
 * `1.0.0.0/0` all mean "every address".
 */
export interface Cidr {
    version: 4 | 6;
    /** The network address as a big integer (host bits masked off). */
    network: bigint;
    prefix: number;
    text: string;
}
export declare function parseCidr(text: string): Cidr | undefined;
/** True when `inner` lies wholly inside `outer`. */
export declare function contains(outer: Cidr, inner: Cidr): boolean;
/** True when the network holds at least one public address. */
export declare function includesPublic(c: Cidr): boolean;
/**
 * "The internet": every address (prefix 0), or — with `publicPrefixMax` N > 0 — any network of prefix length
 * at most N that holds public addresses.
 */
export declare function isInternet(c: Cidr, publicPrefixMax?: number): boolean;
