"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trackSecrets = trackSecrets;
exports.rawProps = rawProps;
exports.fromWire = fromWire;
/**
 * Which values of a resource were secrets. The engine sends secrets to a policy pack wrapped (`{ [sig]: secret, value }`),
 * but @pulumi/policy unwraps them before a validation sees the properties, and no public API says which values were
 * secret. A rule message can quote a value (a port, a CIDR, a parameter value), and a secret must never reach a
 * message, so the pack needs to know. This module wraps @pulumi/policy's deserializer (the one place that sees the
 * wrapped values): it asks for secrets as `Secret` objects, unwraps them itself and remembers their values per
 * properties object. @pulumi/policy is pinned to an exact version; test/pulumi/engine.test.ts sends secrets through
 * the real gRPC server and fails if this stops working.
 *
 * The server deserializes a request's properties once for every policy (29 times per Analyze, 9 times per resource in
 * AnalyzeStack): the wrapper converts each properties message once and hands every policy the same plain object. No
 * policy of this pack changes it, and `fromWire` says that an object is such a converted message, so the pack may keep
 * what it derived from it (the model) for the other policies of the same request.
 */
const policy_1 = require("@pulumi/policy");
/** @pulumi/policy's proxies hand out their target under this key (proxy.ts `getSpecialProxyTarget`). */
const PROXY_TARGET = "__getSpecialProxyTarget";
const secretsByProps = new WeakMap();
/** A properties message (a protobuf Struct of one request) → its plain properties. */
const propsByMessage = new WeakMap();
/** Properties converted from a request by the wrapper: shared by every policy of the request, never changed. */
const wireProps = new WeakSet();
/** Installs the tracking once. Throws when @pulumi/policy no longer has the deserializer it wraps: better no pack than leaked secrets. */
function trackSecrets() {
    const mod = require("@pulumi/policy/deserialize");
    const original = mod.deserializeProperties;
    if (typeof original !== "function") {
        throw new Error("moat: @pulumi/policy/deserialize.deserializeProperties is missing, so secret values cannot be kept out of messages; install the @pulumi/policy version in moat's package.json");
    }
    if (original.moatTracksSecrets)
        return;
    const tracking = (struct, proxySecrets) => {
        if (proxySecrets)
            return original(struct, proxySecrets);
        const memo = typeof struct === "object" && struct !== null ? propsByMessage.get(struct) : undefined;
        if (memo)
            return memo;
        const wrapped = original(struct, true);
        const props = wrapped[PROXY_TARGET];
        if (!props || typeof props !== "object") {
            throw new Error("moat: @pulumi/policy's secret-preserving proxy changed; install the @pulumi/policy version in moat's package.json");
        }
        const secrets = [];
        for (const key of Object.keys(props))
            props[key] = unwrapSecrets(props[key], secrets);
        if (secrets.length > 0)
            secretsByProps.set(props, secrets);
        if (typeof struct === "object" && struct !== null) {
            propsByMessage.set(struct, props);
            wireProps.add(props);
        }
        return props;
    };
    tracking.moatTracksSecrets = true;
    mod.deserializeProperties = tracking;
}
/** Replaces every Secret below `root` by its value, in place, and lists those values. Iterative: no depth overflows. */
function unwrapSecrets(root, secrets) {
    const unwrap = (v) => {
        if (!(v instanceof policy_1.Secret))
            return v;
        while (v instanceof policy_1.Secret)
            v = v.value;
        secrets.push(v); // its own secrets are unwrapped in place below, so the listed value ends up plain
        return v;
    };
    const top = unwrap(root);
    const stack = [top];
    while (stack.length > 0) {
        const v = stack.pop();
        if (Array.isArray(v)) {
            for (let i = 0; i < v.length; i++)
                stack.push((v[i] = unwrap(v[i])));
        }
        else if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
            const o = v;
            for (const key of Object.keys(o))
                stack.push((o[key] = unwrap(o[key])));
        }
    }
    return top;
}
/**
 * The plain properties behind a policy's props Proxy, read without tripping it (the Proxy throws on unknown values),
 * and the secret values among them.
 */
function rawProps(props) {
    const target = props[PROXY_TARGET];
    const raw = target && typeof target === "object" ? target : props;
    return { props: raw, secretValues: secretsByProps.get(raw) ?? [] };
}
/** Whether `props` (raw, see rawProps) came from a request through the wrapper: then it is never changed. */
function fromWire(props) {
    return wireProps.has(props);
}
