import type { AttrPath, Attrs, Unknown } from "./values";
export type Door = "hcl" | "plan" | "pulumi";
/** Where something is in the user's input. `line` is 1-based. */
export interface SourceLocation {
    file: string;
    line?: number;
    endLine?: number;
}
/** One step of a module call chain: the `module "name"` block that led here. */
export interface ModuleCall {
    /** The call's address part, e.g. `module.web` or `module.web["a"]`. */
    address: string;
    location: SourceLocation;
}
/** Aliases that fold into one canonical type (the Terraform AWS provider keeps both names). */
export declare const TYPE_ALIASES: Readonly<Record<string, string>>;
export declare function canonicalType(type: string): string;
/**
 * One resource instance in the model, whatever door it came from. Attribute names and nesting follow the
 * Terraform AWS provider schema: nested blocks are arrays of objects.
 */
export interface Resource {
    /** Unique within a graph. */
    readonly id: string;
    /** Canonical Terraform type (`aws_lb_listener`, never `aws_alb_listener`). */
    readonly type: string;
    /** The type as written by the user (`aws_alb_listener`, `aws:alb/listener:Listener`). */
    readonly sourceType: string;
    /** The logical name (`http` in `aws_lb_listener.http`, the Pulumi resource name). */
    readonly name: string;
    /** Full address: `module.web.aws_lb_listener.http["api"]`; for Pulumi the URN. */
    readonly address: string;
    readonly door: Door;
    readonly attrs: Attrs;
    /** Where the resource is defined (for a plan, the HCL source when it could be found, else the plan file). */
    readonly location: SourceLocation;
    /** HCL: the blocks of override files (`*_override.tf`) merged into this resource, where comments about it may stand too. */
    readonly overrideLocations?: readonly SourceLocation[];
    /** The input the resource was read from when that is not its source: the plan file and the address's line. */
    readonly origin?: SourceLocation;
    /**
     * The root the resource belongs to: the root module directory (source door), the plan file (plan door), the stack
     * (Pulumi). Two roots may hold the same address; fingerprints include the root so they stay apart.
     */
    readonly root?: string;
    /** The module calls that led to this resource, outermost first (HCL and plan doors). */
    readonly moduleChain?: readonly ModuleCall[];
    /** Pulumi URN, when the resource came from Pulumi. */
    readonly urn?: string;
    /**
     * Set when whether the resource exists is unknown (its `count` or `for_each` is unknown), with the reason. Rules judge
     * such a resource as if it were created; it never satisfies another resource's requirement (an HTTPS listener that
     * may not exist does not give its load balancer HTTPS).
     */
    readonly existence?: Unknown;
    /**
     * With `existence`: what the resource's creation requires, as far as its `count` or `for_each` expression tells
     * (`count = var.x ? 1 : 0` requires `var.x` to be true). All of them hold wherever the resource is created; none may
     * be known. `mayCoexist` (core/views.ts) reads them to tell resources that are never created together.
     */
    readonly existenceConditions?: readonly ExistenceCondition[];
    /** String forms of secret/sensitive values: they are read, but never printed. */
    readonly secrets?: readonly string[];
    /** Where an attribute is written; falls back to the nearest enclosing block, then the resource. */
    locate(path: AttrPath): SourceLocation;
}
/**
 * A necessary condition of a resource's creation: `subject == value` is `holds`. `subject` names the expression read
 * (e.g. `var.enabled`) together with the module instance it is read in, so two conditions with the same subject read
 * the same value. Booleans are written with `value: true` (`!var.x ? 1 : 0` is `{subject: var.x, value: true, holds:
 * false}`); equality is Terraform's, without conversion (`1` is not `"1"`).
 */
export interface ExistenceCondition {
    readonly subject: string;
    readonly value: string | number | boolean | null;
    readonly holds: boolean;
}
/** A reference from one resource's attribute to another resource. */
export interface Edge {
    readonly from: Resource;
    /** Top-level attribute holding the reference (`load_balancer_arn`, `ingress`, …). */
    readonly attr: string;
    readonly to: Resource;
}
export interface EdgeInput {
    from: string;
    attr: string;
    to: string;
}
/** The resources of one scan and the references between them. Rules read it; they never read raw input. */
export declare class ResourceGraph {
    private readonly byId;
    private readonly byType;
    private readonly outgoing;
    private readonly incoming;
    constructor(resources: Iterable<Resource>, edges?: Iterable<EdgeInput>);
    get size(): number;
    all(): Resource[];
    get(id: string): Resource | undefined;
    ofType(...types: string[]): Resource[];
    /** Resources that `from` refers to through `attr` (optionally only of the given types). */
    targets(from: Resource, attr: string, ...types: string[]): Resource[];
    /** Resources that refer to `to` through `attr` (optionally only of the given types). */
    sources(to: Resource, attr: string, ...types: string[]): Resource[];
    edges(): Edge[];
}
/** Input that could not be read or understood. It never passes silently: a scan with errors exits 2. */
export interface ScanError {
    file: string;
    line?: number;
    column?: number;
    message: string;
}
/**
 * How a message names a resource: its address (`module.web.aws_lb_listener.http`), or for Pulumi its type token and
 * name (`aws:lb/listener:Listener "http"`) — a URN is too long to read in a sentence.
 */
export declare function labelOf(r: Resource): string;
