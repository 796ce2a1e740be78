import type { EdgeInput, Resource } from "../core/model";
import { ResourceGraph } from "../core/model";
import { type AttrPath } from "../core/values";
/**
 * How one Pulumi property maps to Terraform: a plain rename (the value is kept as it is, maps included), or a nested
 * block converted with its own table. Pulumi names a repeated block in the plural (`defaultActions`) where Terraform
 * uses the singular (`default_action`), and writes a MaxItems=1 block as one object where Terraform (and the model)
 * has a one-element list (`single`).
 */
export type PropertyMap = string | BlockMap;
export interface BlockMap {
    readonly tf: string;
    readonly fields: Fields;
    readonly single?: true;
}
export type Fields = {
    readonly [pulumiName: string]: PropertyMap;
};
/** The Pulumi type tokens of a canonical Terraform type (the rule docs list them); `[]` when Pulumi has none here. */
export declare function pulumiTokensFor(canonicalType: string): string[];
/** The canonical Terraform type of a Pulumi type token, or undefined when no rule reads that type. */
export declare function canonicalTypeOfToken(token: string): string | undefined;
/** The property table of a Pulumi type token (Pulumi name → Terraform name), or undefined when no rule reads that type. */
export declare function pulumiFieldsOf(token: string): Fields | undefined;
/** Every canonical type the Pulumi door can build. */
export declare function pulumiCanonicalTypes(): string[];
/**
 * Pulumi's wire protocol constants (sdk/go/common/resource/plugin/rpc.go; @pulumi/policy's proxy.ts): an unknown value
 * is a sentinel string (one per type), a secret is an object tagged with the special signature key.
 * test/pulumi/adapter.test.ts checks these against the installed @pulumi/policy and @pulumi/pulumi.
 */
export declare const UNKNOWN_SENTINELS: ReadonlySet<string>;
export declare const SPECIAL_SIG_KEY = "4dabf18193072939515e22adb298388d";
export declare const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/**
 * Adds the string forms of every leaf of a secret value: the engine replaces them in messages. Iterative, and each
 * object is walked once (`walked`), so neither deep nesting nor secrets nested in secrets can overflow the stack or
 * cost more than one pass.
 */
export declare function addSecretStrings(v: unknown, into: Set<string>, walked?: WeakSet<object>): void;
/** `defaultActions` → `default_actions`: the name of a property no table lists (pulumi-aws derives its names so). */
export declare function snakeCase(name: string): string;
/** One Pulumi resource as the engine hands it to a policy (or as a program registers it under mocks). */
export interface PulumiResourceInput {
    /** The type token, `aws:lb/listener:Listener`. */
    type: string;
    urn: string;
    /** The Pulumi resource name. */
    name: string;
    /**
     * Properties as sent on the wire: unknowns are sentinel strings; secrets are either still wrapped (`{ [sig]: secret,
     * value }`) or already unwrapped and listed in `secretValues`. Never the policy's props Proxy, which throws on unknowns.
     */
    props: Readonly<Record<string, unknown>>;
    /** Values that were secrets before they were unwrapped. */
    secretValues?: readonly unknown[];
    /** Top-level properties the resource declares secret (`additionalSecretOutputs`, Pulumi names). */
    secretProperties?: readonly string[];
    /** Pulumi property name → URNs it depends on. */
    propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}
/** The model of one Pulumi resource, or undefined when no rule reads its type. */
export declare function pulumiResource(input: PulumiResourceInput): Resource | undefined;
/**
 * References as edges, from property dependencies: during a preview ARNs, ids and generated names are unknown, so the
 * value cannot say what it points at; the dependency can. The edge carries the Terraform attribute name
 * (`loadBalancerArn` → `load_balancer_arn`), as the other doors' edges do. A resource's plain `dependencies` (which
 * add `dependsOn`) name no attribute, so they make no edge.
 */
export declare function pulumiEdges(input: PulumiResourceInput): EdgeInput[];
/** The graph of a stack: every resource a rule can read, and the references between them. */
export declare function pulumiGraph(inputs: readonly PulumiResourceInput[]): ResourceGraph;
/**
 * A model attribute path in the words of the Pulumi program: `["default_action", 0, "redirect", 0, "protocol"]` on
 * `aws:lb/listener:Listener` → `defaultActions[0].redirect.protocol`.
 */
export declare function pulumiPropertyPath(token: string, path: AttrPath): string;
