"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXCEPTIONS_SCHEMA = void 0;
exports.ruleDocUrl = ruleDocUrl;
exports.pulumiRules = pulumiRules;
exports.moatPolicyPackArgs = moatPolicyPackArgs;
exports.policyOf = policyOf;
/**
 * Rules → CrossGuard policies. Every rule whose doors include "pulumi" becomes one policy with the rule's name: a
 * resource policy when its verdict depends on the resource alone, a stack policy when it needs the graph. The policy
 * builds the model through the adapter, runs the rule with the shared engine and reports each finding on the URN of
 * the resource it is about.
 *
 * Exceptions: CrossGuard hands a policy only its own config (an `exceptions` list under `all` never reaches a policy),
 * so every policy's config schema has an `exceptions` property — accepted findings of that rule, each a resource glob
 * (URN, or `type.name` such as `aws_security_group.bastion`), a reason and an optional expiry. `moat pulumi-config`
 * writes them from moat.config.yaml. A finding covered by an unexpired exception is not reported: CrossGuard fixes a
 * policy's enforcement level for all its violations, so it cannot be shown as advisory inside a mandatory policy, and
 * an approved exception must let the preview pass. An expired exception covers nothing, and the violation says so.
 */
const rule_docs_1 = require("../core/rule-docs");
const engine_1 = require("../core/engine");
const rule_1 = require("../core/rule");
const dates_1 = require("../core/dates");
const exception_schema_1 = require("../core/exception-schema");
const suppressions_1 = require("../core/suppressions");
const adapter_1 = require("./adapter");
const secrets_1 = require("./secrets");
/** The rule's page (docs/rules/<ID>.md), the policy's `url`. */
function ruleDocUrl(rule) {
    return (0, rule_docs_1.ruleDocUrl)(rule.meta.id);
}
/** The rules that have a Pulumi form, in registry order. */
function pulumiRules(rules) {
    return rules.filter((r) => r.meta.doors.includes("pulumi"));
}
/** What the policy pack is made of: `policies/index.ts` passes this to `new PolicyPack("moat", …)`. */
function moatPolicyPackArgs(rules) {
    (0, secrets_1.trackSecrets)();
    return {
        displayName: "moat: the network edge of AWS",
        description: "Plain-HTTP load balancer listeners, missing or weak TLS on load balancers, unencrypted database connections and storage, and overly broad security groups: the same rules moat enforces on Terraform source and plans.",
        provider: "aws",
        tags: ["aws", "security", "network"],
        repository: rule_docs_1.REPOSITORY_URL,
        policies: pulumiRules(rules).map(policyOf),
    };
}
/** The `exceptions` property of every policy's config schema (the engine validates it before a preview starts). */
exports.EXCEPTIONS_SCHEMA = {
    type: "array",
    description: "Accepted findings of this rule: not reported while the exception holds. resource is a glob on the URN or on type.name (aws_security_group.bastion), * matching any characters; reason is required; expires (YYYY-MM-DD) ends it after that day.",
    // The policy engine keeps no description below a property's top level, so the items carry none.
    items: {
        ...exception_schema_1.RULE_EXCEPTION_SCHEMA,
        required: [...exception_schema_1.RULE_EXCEPTION_SCHEMA.required],
        properties: Object.fromEntries(Object.entries(exception_schema_1.EXCEPTION_PROPERTIES).map(([key, { description: _description, ...schema }]) => [key, schema])),
    },
};
function policyOf(rule) {
    const m = rule.meta;
    const common = {
        name: m.name,
        description: m.deprecated ? `Deprecated (${m.deprecated.reason}): ${m.title}` : m.title,
        // A deprecated rule is kept so that configs naming it stay valid, but it no longer runs unless asked to.
        enforcementLevel: m.deprecated ? "disabled" : m.enforcement,
        severity: m.severity,
        remediationSteps: `${m.remediation.text}\n\n${m.remediation.pulumi}`,
        url: ruleDocUrl(rule),
        tags: [m.area, ...(m.tags ?? [])],
        ...(m.framework ? { framework: m.framework } : {}),
        configSchema: {
            properties: { ...structuredClone(m.options.properties), exceptions: exports.EXCEPTIONS_SCHEMA },
        },
    };
    const types = new Set(m.resourceTypes);
    if (m.scope === "resource") {
        const notReadHere = `${m.name} reads ${m.resourceTypes.join(", ")} only`;
        return {
            ...common,
            validateResource: (args, report) => {
                const canonical = (0, adapter_1.canonicalTypeOfToken)(args.type);
                if (canonical === undefined || !types.has(canonical))
                    return notApplicable(args, notReadHere);
                const graph = resourceGraph(args);
                const config = args.getConfig();
                reportFindings(rule, graph, run(rule, graph, config), exceptionsOf(rule, config), report);
            },
        };
    }
    const noneInStack = `the stack has no ${m.resourceTypes.join(", ")}`;
    return {
        ...common,
        validateStack: (args, report) => {
            const graph = stackGraph(args.resources);
            if (graph.ofType(...m.resourceTypes).length === 0)
                return notApplicable(args, noneInStack);
            const config = args.getConfig();
            reportFindings(rule, graph, run(rule, graph, config), exceptionsOf(rule, config), report);
        },
    };
}
/**
 * CrossGuard's `notApplicable` throws an Error, which captures a stack trace that nobody reads; most Analyze calls are
 * not applicable to most policies, so the capture is skipped.
 */
function notApplicable(args, reason) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return args.notApplicable(reason);
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}
/**
 * The model of the resource of an Analyze call. Every resource policy of the pack is called with the same properties
 * (secrets.ts), so the model built for the first is kept, beside the request's properties, for the others.
 */
const resourceGraphs = new WeakMap();
function resourceGraph(args) {
    const { props, secretValues } = (0, secrets_1.rawProps)(args.props);
    const secretProperties = args.opts.additionalSecretOutputs;
    const cached = (0, secrets_1.fromWire)(props) ? resourceGraphs.get(props) : undefined;
    if (cached && cached.type === args.type && cached.urn === args.urn && cached.name === args.name && sameList(cached.secretProperties, secretProperties)) {
        return cached.graph;
    }
    const input = { type: args.type, urn: args.urn, name: args.name, props, secretValues, secretProperties };
    const graph = (0, adapter_1.pulumiGraph)([input]);
    if ((0, secrets_1.fromWire)(props))
        resourceGraphs.set(props, { type: args.type, urn: args.urn, name: args.name, secretProperties, graph });
    return graph;
}
/**
 * The graph of an AnalyzeStack call: every stack policy is called with the same resources, so the graph built for the
 * first is kept for the others. It is the same stack when every resource's properties are the very objects the
 * request's messages were converted to (secrets.ts): then type, URN and dependencies come from the same messages too.
 * Only the last stack's graph is kept.
 */
let lastStack;
function stackGraph(resources) {
    const props = resources.map((r) => (0, secrets_1.rawProps)(r.props).props);
    if (lastStack && sameList(lastStack.props, props))
        return lastStack.graph;
    const graph = (0, adapter_1.pulumiGraph)(resources.map(inputOf));
    lastStack = props.every(secrets_1.fromWire) ? { props, graph } : undefined;
    return graph;
}
function sameList(a, b) {
    if (a === b)
        return true;
    if (a === undefined || b === undefined || a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function inputOf(r) {
    const { props, secretValues } = (0, secrets_1.rawProps)(r.props);
    const propertyDependencies = {};
    for (const [prop, deps] of Object.entries(r.propertyDependencies ?? {}))
        propertyDependencies[prop] = deps.map((d) => d.urn);
    return {
        type: r.type,
        urn: r.urn,
        name: r.name,
        props,
        secretValues,
        secretProperties: r.opts?.additionalSecretOutputs,
        propertyDependencies,
    };
}
/**
 * The engine applies the policy's config (its schema defaults included) before Configure; a pack started without
 * Configure gets `{}`, so the rule's own defaults fill in. Invalid options throw with the rule name and the schema
 * error, and the Pulumi CLI shows that error.
 */
function run(rule, graph, config) {
    const { exceptions: _exceptions, ...rest } = config;
    const options = (0, rule_1.resolveOptions)(rule, rest);
    return (0, engine_1.runRules)(graph, [{ rule, level: "mandatory", options }]);
}
/** The policy's `exceptions` (already validated by the engine against EXCEPTIONS_SCHEMA), as moat's exceptions. */
function exceptionsOf(rule, config) {
    const list = Array.isArray(config.exceptions) ? config.exceptions : [];
    return list.map((e, i) => ({
        rule: rule.meta.id,
        resource: e.resource,
        reason: e.reason,
        ...(e.expires ? { expires: e.expires } : {}),
        by: `${rule.meta.name}.exceptions[${i}]`,
    }));
}
function reportFindings(rule, graph, result, exceptions, report) {
    // A message can quote another resource's value (a parameter group's setting in an instance's finding): redact the
    // secrets of every resource, not only those of the one reported.
    const redactor = result.redactor;
    const compiled = (0, suppressions_1.compileExceptions)(exceptions);
    const today = compiled.length > 0 ? (0, dates_1.todayUtc)() : "";
    for (const f of result.findings) {
        const exception = compiled.length > 0 ? (0, suppressions_1.matchException)(f, compiled, today) : undefined;
        if (exception && !exception.expired)
            continue;
        const target = graph.get(f.address);
        const path = target ? (0, adapter_1.pulumiPropertyPath)(target.sourceType, f.steps) : "";
        const where = path ? ` at ${path}` : "";
        const severity = f.severity !== rule.meta.severity ? ` (${f.severity})` : "";
        const expired = exception ? ` (the exception ${exception.exception.by} expired on ${exception.exception.expires}: ${exception.exception.reason})` : "";
        report(redactor.redact(`${f.ruleId}${severity}${where}: ${f.message}${expired}`), f.urn);
    }
}
