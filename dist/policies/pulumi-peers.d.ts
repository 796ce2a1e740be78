export declare const PULUMI_PEERS: string[];
/** The peers `resolve` cannot find (from this file, as the pack's own imports resolve them). */
export declare function missingPulumiPeers(resolve?: (id: string) => string): string[];
/**
 * The message for missing peers, for moat installed in `root`. Installed as a package (`root` under node_modules), the
 * SDKs go in the project that installed it: the pack finds them by Node's resolution from its directory, as Pulumi
 * finds `@pulumi/pulumi/cmd/run-policy-pack`. In a clone they are devDependencies: `npm ci`.
 */
export declare function missingPulumiPeersMessage(missing: string[], root: string): string;
