/** Stands for a piece of text that is not known. A private-use character: valid inside JSON strings, absent from URLs. */
export declare const HOLE = "\uE000";
export type Client = "PostgreSQL" | "MySQL/MariaDB" | "SQL Server" | "MongoDB" | "Redis" | "AMQP";
/** A connection string, taken apart. Keys are normalised (lower case, no `-`, `_` or space); values are as written. */
export interface Connection {
    client: Client;
    /** `postgresql://`, `jdbc:sqlserver://`, `key/value`, `Server=…;`: how the finding names the form. */
    scheme: string;
    hosts: string[];
    params: {
        key: string;
        raw: string;
        value: string;
    }[];
    /** A piece that is not known stands where a parameter name could be. */
    paramsOpen: boolean;
    /** The string with user info, passwords and parameters left out. */
    shown: string;
    /** Redis, AMQP: the scheme itself says TLS or not; the secure scheme to use. */
    plainScheme?: string;
}
/** The connection a string holds, or `undefined` when it holds none moat reads. */
export declare function parseConnection(text: string): Connection | undefined;
/** How a parameter's value reads: `fail` turns TLS off or lets it fall back, `pass` asks for it, `other` is not known. */
type ValueTable = {
    fail: readonly string[];
    pass?: readonly string[];
};
export type Verdict = {
    kind: "pass";
} | {
    kind: "unknown";
    why: string;
} | {
    kind: "weakParameter";
    parameter: string;
} | {
    kind: "plainScheme";
    secure: string;
} | {
    kind: "missingSslmode";
};
export interface JudgeOptions {
    isLocal(host: string): boolean;
    missingSslmodeFails: boolean;
    /** What the same environment sets apart from the string (PGSSLMODE and the like): it decides a PostgreSQL string without sslmode. */
    modeElsewhere: "pass" | "fail" | "unknown" | undefined;
}
/** Whether a value of `table` fails, passes, or is a word moat does not know. */
export declare function classify(value: string, table: ValueTable): "fail" | "pass" | "other";
export declare function judge(c: Connection, o: JudgeOptions): Verdict;
/** A host pattern with `*` wildcards, compared ignoring case. */
export declare function hostMatcher(patterns: readonly string[]): (host: string) => boolean;
/** Hosts that never leave the machine: loopback names and addresses, Unix sockets. */
export declare function isLoopback(host: string): boolean;
export {};
