/** Installs the tracking once. Throws when @pulumi/policy no longer has the deserializer it wraps: better no pack than leaked secrets. */
export declare function trackSecrets(): void;
/**
 * The plain properties behind a policy's props Proxy, read without tripping it (the Proxy throws on unknown values),
 * and the secret values among them.
 */
export declare function rawProps(props: Record<string, unknown>): {
    props: Record<string, unknown>;
    secretValues: unknown[];
};
/** Whether `props` (raw, see rawProps) came from a request through the wrapper: then it is never changed. */
export declare function fromWire(props: object): boolean;
