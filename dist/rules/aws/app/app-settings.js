"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BEANSTALK_ENVIRONMENT = exports.SETTING_TYPES = exports.SECRET_VERSION = exports.SSM_PARAMETER = exports.BEANSTALK = exports.APP_RUNNER = exports.ECS_TASK = exports.LAMBDA = void 0;
exports.appSettings = appSettings;
const values_1 = require("../../../core/values");
exports.LAMBDA = "aws_lambda_function";
exports.ECS_TASK = "aws_ecs_task_definition";
exports.APP_RUNNER = "aws_apprunner_service";
exports.BEANSTALK = "aws_elastic_beanstalk_environment";
exports.SSM_PARAMETER = "aws_ssm_parameter";
exports.SECRET_VERSION = "aws_secretsmanager_secret_version";
exports.SETTING_TYPES = [exports.LAMBDA, exports.ECS_TASK, exports.APP_RUNNER, exports.BEANSTALK, exports.SSM_PARAMETER, exports.SECRET_VERSION];
/** Elastic Beanstalk's namespace of environment properties (the application's environment variables). */
exports.BEANSTALK_ENVIRONMENT = "aws:elasticbeanstalk:application:environment";
const APP_RUNNER_MAPS = [
    ["source_configuration", 0, "image_repository", 0, "image_configuration", 0, "runtime_environment_variables"],
    ["source_configuration", 0, "code_repository", 0, "code_configuration", 0, "code_configuration_values", 0, "runtime_environment_variables"],
];
const isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v) && !(0, values_1.isUnknown)(v);
/** The settings of a resource of one of SETTING_TYPES. */
function appSettings(resource) {
    const out = { settings: [], unread: [] };
    const a = resource.attrs;
    const map = (path, where, group) => {
        const v = (0, values_1.get)(a, path);
        if ((0, values_1.isUnknown)(v))
            out.unread.push({ value: v, at: path });
        else if (isObject(v))
            for (const [name, value] of Object.entries(v))
                out.settings.push({ name, value, at: [...path, name], where: where(name), group });
    };
    switch (resource.type) {
        case exports.LAMBDA:
            map(["environment", 0, "variables"], (n) => `environment variable ${n}`, "function");
            break;
        case exports.APP_RUNNER:
            APP_RUNNER_MAPS.forEach((path, i) => map(path, (n) => `runtime environment variable ${n}`, `source${i}`));
            break;
        case exports.ECS_TASK:
            containerSettings((0, values_1.get)(a, ["container_definitions"]), out);
            break;
        case exports.BEANSTALK:
            beanstalkSettings((0, values_1.get)(a, ["setting"]), out);
            break;
        case exports.SSM_PARAMETER: {
            const name = (0, values_1.get)(a, ["name"]);
            const short = typeof name === "string" ? name.split("/").pop() : undefined;
            const label = (attr) => (typeof name === "string" ? `${attr} of SSM parameter ${name}` : `${attr} of the SSM parameter`);
            for (const attr of ["value", "insecure_value", "value_wo"]) {
                const value = (0, values_1.get)(a, [attr]);
                if (value !== undefined)
                    out.settings.push({ name: short, value, at: [attr], where: label(attr), group: attr });
            }
            break;
        }
        case exports.SECRET_VERSION:
            for (const attr of ["secret_string", "secret_string_wo"])
                secretSettings((0, values_1.get)(a, [attr]), attr, out);
            break;
    }
    return out;
}
/** The value JSON text holds, or the value a `jsonencode` would have encoded (`UnknownFacts.encodes`). */
function decoded(v) {
    if ((0, values_1.isUnknown)(v))
        return v.facts.encodes !== undefined ? { ok: true, value: v.facts.encodes } : undefined;
    if (Array.isArray(v) || isObject(v))
        return { ok: true, value: v }; // a program that passes the definitions as objects
    if (typeof v !== "string")
        return undefined;
    try {
        return { ok: true, value: JSON.parse(v) };
    }
    catch {
        return { ok: false, why: "it is not valid JSON" };
    }
}
function containerSettings(defs, out) {
    const at = ["container_definitions"];
    if (defs === undefined)
        return;
    const d = decoded(defs);
    if (d === undefined) {
        out.unread.push({ value: (0, values_1.isUnknown)(defs) ? defs : new values_1.Unknown("container_definitions is not a JSON string"), at });
        return;
    }
    if (!d.ok || !Array.isArray(d.value)) {
        out.unread.push({ value: new values_1.Unknown(`container_definitions could not be read: ${d.ok ? "it is not a JSON array" : d.why}`), at });
        return;
    }
    d.value.forEach((container, i) => {
        if ((0, values_1.isUnknown)(container))
            return void out.unread.push({ value: container, at: [...at, i] });
        if (!isObject(container))
            return;
        const name = typeof container.name === "string" ? `container "${container.name}"` : `container ${i + 1}`;
        const env = container.environment;
        if ((0, values_1.isUnknown)(env))
            return void out.unread.push({ value: env, at: [...at, i, "environment"] });
        if (!Array.isArray(env))
            return;
        env.forEach((entry, j) => {
            const path = [...at, i, "environment", j];
            if ((0, values_1.isUnknown)(entry))
                return void out.unread.push({ value: entry, at: path });
            if (!isObject(entry))
                return;
            const n = entry.name;
            const label = typeof n === "string" ? n : "(a name not known)";
            out.settings.push({ name: typeof n === "string" ? n : undefined, value: entry.value, at: path, where: `environment variable ${label} of ${name}`, group: `container${i}` });
        });
    });
}
function beanstalkSettings(settings, out) {
    if ((0, values_1.isUnknown)(settings))
        return void out.unread.push({ value: settings, at: ["setting"] });
    if (!Array.isArray(settings))
        return;
    settings.forEach((s, i) => {
        if (!isObject(s))
            return;
        const namespace = s.namespace;
        const name = s.name;
        const known = typeof namespace === "string";
        if (known && namespace.trim().toLowerCase() !== exports.BEANSTALK_ENVIRONMENT)
            return;
        const label = typeof name === "string" ? name : "(a name not known)";
        // A setting whose namespace is not known may or may not be an environment property: its value is read all the same,
        // and only a verdict that the value decides on its own is given (see the rule).
        out.settings.push({
            name: typeof name === "string" ? name : undefined,
            value: known ? s.value : new values_1.Unknown(`the namespace of setting ${label} is not known`),
            at: ["setting", i, "value"],
            where: `environment property ${label}`,
            group: "environment",
        });
    });
}
function secretSettings(secret, attr, out) {
    if (secret === undefined || secret === null)
        return;
    const d = decoded(secret);
    if (d?.ok && isObject(d.value))
        return jsonSettings(d.value, [attr], attr, out);
    out.settings.push({ name: undefined, value: secret, at: [attr], where: attr.replace(/_/g, " "), group: attr });
}
/** The string values of a JSON object, nested objects included, each named by its key. */
function jsonSettings(obj, at, group, out) {
    for (const [key, value] of Object.entries(obj)) {
        if (isObject(value))
            jsonSettings(value, [...at, key], `${group}.${key}`, out);
        else
            out.settings.push({ name: key, value, at: [...at, key], where: `key "${key}" of the ${String(at[0]).replace(/_/g, " ")}`, group });
    }
}
