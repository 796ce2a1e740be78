"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResourceGraph = exports.TYPE_ALIASES = void 0;
exports.canonicalType = canonicalType;
exports.labelOf = labelOf;
/** Aliases that fold into one canonical type (the Terraform AWS provider keeps both names). */
exports.TYPE_ALIASES = {
    aws_alb: "aws_lb",
    aws_alb_listener: "aws_lb_listener",
    aws_alb_listener_rule: "aws_lb_listener_rule",
    aws_alb_target_group: "aws_lb_target_group",
    aws_alb_target_group_attachment: "aws_lb_target_group_attachment",
    aws_alb_listener_certificate: "aws_lb_listener_certificate",
};
function canonicalType(type) {
    return exports.TYPE_ALIASES[type] ?? type;
}
/** The resources of one scan and the references between them. Rules read it; they never read raw input. */
class ResourceGraph {
    byId = new Map();
    byType = new Map();
    outgoing = new Map();
    incoming = new Map();
    constructor(resources, edges = []) {
        for (const r of resources) {
            if (this.byId.has(r.id))
                throw new Error(`duplicate resource id in graph: ${r.id}`);
            this.byId.set(r.id, r);
            const list = this.byType.get(r.type);
            if (list)
                list.push(r);
            else
                this.byType.set(r.type, [r]);
        }
        const seen = new Set();
        for (const e of edges) {
            const from = this.byId.get(e.from);
            const to = this.byId.get(e.to);
            if (!from || !to || from === to)
                continue;
            const key = `${e.from}\u0000${e.attr}\u0000${e.to}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const edge = { from, attr: e.attr, to };
            push(this.outgoing, from.id, edge);
            push(this.incoming, to.id, edge);
        }
    }
    get size() {
        return this.byId.size;
    }
    all() {
        return [...this.byId.values()];
    }
    get(id) {
        return this.byId.get(id);
    }
    ofType(...types) {
        return types.flatMap((t) => this.byType.get(canonicalType(t)) ?? []);
    }
    /** Resources that `from` refers to through `attr` (optionally only of the given types). */
    targets(from, attr, ...types) {
        return (this.outgoing.get(from.id) ?? [])
            .filter((e) => e.attr === attr && (types.length === 0 || types.includes(e.to.type)))
            .map((e) => e.to);
    }
    /** Resources that refer to `to` through `attr` (optionally only of the given types). */
    sources(to, attr, ...types) {
        return (this.incoming.get(to.id) ?? [])
            .filter((e) => e.attr === attr && (types.length === 0 || types.includes(e.from.type)))
            .map((e) => e.from);
    }
    edges() {
        return [...this.outgoing.values()].flat();
    }
}
exports.ResourceGraph = ResourceGraph;
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/**
 * How a message names a resource: its address (`module.web.aws_lb_listener.http`), or for Pulumi its type token and
 * name (`aws:lb/listener:Listener "http"`) — a URN is too long to read in a sentence.
 */
function labelOf(r) {
    return r.urn ? `${r.sourceType} "${r.name}"` : r.address;
}
