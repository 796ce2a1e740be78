/**
 * The settings an application receives from the infrastructure that deploys it: Lambda environment variables, the
 * `environment` of every container of an ECS task definition, App Runner runtime environment variables, Elastic
 * Beanstalk environment properties, SSM parameter values and Secrets Manager secret strings (a JSON object's keys are
 * settings too). Values are read raw, three-state: a rule decides what an unknown means.
 */
import type { Resource } from "../../../core/model";
import { type AttrPath, type Value, Unknown, get, isUnknown } from "../../../core/values";

export interface AppSetting {
  /** The variable's name (`DATABASE_URL`); `undefined` for a value that has none (a plain secret string). */
  name: string | undefined;
  value: Value;
  /** Where it is, for the finding: the attribute path (below an attribute, the finding points at the attribute). */
  at: AttrPath;
  /** How a message names it: `environment variable DATABASE_URL of container "api"`. */
  where: string;
  /** Settings that one process sees together (one container, one function): PGSSLMODE applies to its neighbours. */
  group: string;
}

/** A whole block of settings that is not known (an unknown map, unparseable container definitions). */
export interface UnreadSettings {
  value: Unknown;
  at: AttrPath;
}

export const LAMBDA = "aws_lambda_function";
export const ECS_TASK = "aws_ecs_task_definition";
export const APP_RUNNER = "aws_apprunner_service";
export const BEANSTALK = "aws_elastic_beanstalk_environment";
export const SSM_PARAMETER = "aws_ssm_parameter";
export const SECRET_VERSION = "aws_secretsmanager_secret_version";
export const SETTING_TYPES = [LAMBDA, ECS_TASK, APP_RUNNER, BEANSTALK, SSM_PARAMETER, SECRET_VERSION];

/** Elastic Beanstalk's namespace of environment properties (the application's environment variables). */
export const BEANSTALK_ENVIRONMENT = "aws:elasticbeanstalk:application:environment";

const APP_RUNNER_MAPS: readonly AttrPath[] = [
  ["source_configuration", 0, "image_repository", 0, "image_configuration", 0, "runtime_environment_variables"],
  ["source_configuration", 0, "code_repository", 0, "code_configuration", 0, "code_configuration_values", 0, "runtime_environment_variables"],
];

const isObject = (v: Value): v is { [key: string]: Value } => !!v && typeof v === "object" && !Array.isArray(v) && !isUnknown(v);

export interface Settings {
  settings: AppSetting[];
  unread: UnreadSettings[];
}

/** The settings of a resource of one of SETTING_TYPES. */
export function appSettings(resource: Resource): Settings {
  const out: Settings = { settings: [], unread: [] };
  const a = resource.attrs;
  const map = (path: AttrPath, where: (name: string) => string, group: string) => {
    const v = get(a, path);
    if (isUnknown(v)) out.unread.push({ value: v, at: path });
    else if (isObject(v)) for (const [name, value] of Object.entries(v)) out.settings.push({ name, value, at: [...path, name], where: where(name), group });
  };
  switch (resource.type) {
    case LAMBDA:
      map(["environment", 0, "variables"], (n) => `environment variable ${n}`, "function");
      break;
    case APP_RUNNER:
      APP_RUNNER_MAPS.forEach((path, i) => map(path, (n) => `runtime environment variable ${n}`, `source${i}`));
      break;
    case ECS_TASK:
      containerSettings(get(a, ["container_definitions"]), out);
      break;
    case BEANSTALK:
      beanstalkSettings(get(a, ["setting"]), out);
      break;
    case SSM_PARAMETER: {
      const name = get(a, ["name"]);
      const short = typeof name === "string" ? name.split("/").pop() : undefined;
      const label = (attr: string) => (typeof name === "string" ? `${attr} of SSM parameter ${name}` : `${attr} of the SSM parameter`);
      for (const attr of ["value", "insecure_value", "value_wo"]) {
        const value = get(a, [attr]);
        if (value !== undefined) out.settings.push({ name: short, value, at: [attr], where: label(attr), group: attr });
      }
      break;
    }
    case SECRET_VERSION:
      for (const attr of ["secret_string", "secret_string_wo"]) secretSettings(get(a, [attr]), attr, out);
      break;
  }
  return out;
}

/** The value JSON text holds, or the value a `jsonencode` would have encoded (`UnknownFacts.encodes`). */
function decoded(v: Value): { ok: true; value: Value } | { ok: false; why: string } | undefined {
  if (isUnknown(v)) return v.facts.encodes !== undefined ? { ok: true, value: v.facts.encodes } : undefined;
  if (Array.isArray(v) || isObject(v)) return { ok: true, value: v }; // a program that passes the definitions as objects
  if (typeof v !== "string") return undefined;
  try {
    return { ok: true, value: JSON.parse(v) as Value };
  } catch {
    return { ok: false, why: "it is not valid JSON" };
  }
}

function containerSettings(defs: Value, out: Settings): void {
  const at: AttrPath = ["container_definitions"];
  if (defs === undefined) return;
  const d = decoded(defs);
  if (d === undefined) {
    out.unread.push({ value: isUnknown(defs) ? defs : new Unknown("container_definitions is not a JSON string"), at });
    return;
  }
  if (!d.ok || !Array.isArray(d.value)) {
    out.unread.push({ value: new Unknown(`container_definitions could not be read: ${d.ok ? "it is not a JSON array" : d.why}`), at });
    return;
  }
  d.value.forEach((container, i) => {
    if (isUnknown(container)) return void out.unread.push({ value: container, at: [...at, i] });
    if (!isObject(container)) return;
    const name = typeof container.name === "string" ? `container "${container.name}"` : `container ${i + 1}`;
    const env = container.environment;
    if (isUnknown(env)) return void out.unread.push({ value: env, at: [...at, i, "environment"] });
    if (!Array.isArray(env)) return;
    env.forEach((entry, j) => {
      const path = [...at, i, "environment", j];
      if (isUnknown(entry)) return void out.unread.push({ value: entry, at: path });
      if (!isObject(entry)) return;
      const n = entry.name;
      const label = typeof n === "string" ? n : "(a name not known)";
      out.settings.push({ name: typeof n === "string" ? n : undefined, value: entry.value, at: path, where: `environment variable ${label} of ${name}`, group: `container${i}` });
    });
  });
}

function beanstalkSettings(settings: Value, out: Settings): void {
  if (isUnknown(settings)) return void out.unread.push({ value: settings, at: ["setting"] });
  if (!Array.isArray(settings)) return;
  settings.forEach((s, i) => {
    if (!isObject(s)) return;
    const namespace = s.namespace;
    const name = s.name;
    const known = typeof namespace === "string";
    if (known && namespace.trim().toLowerCase() !== BEANSTALK_ENVIRONMENT) return;
    const label = typeof name === "string" ? name : "(a name not known)";
    // A setting whose namespace is not known may or may not be an environment property: its value is read all the same,
    // and only a verdict that the value decides on its own is given (see the rule).
    out.settings.push({
      name: typeof name === "string" ? name : undefined,
      value: known ? s.value : new Unknown(`the namespace of setting ${label} is not known`),
      at: ["setting", i, "value"],
      where: `environment property ${label}`,
      group: "environment",
    });
  });
}

function secretSettings(secret: Value, attr: string, out: Settings): void {
  if (secret === undefined || secret === null) return;
  const d = decoded(secret);
  if (d?.ok && isObject(d.value)) return jsonSettings(d.value, [attr], attr, out);
  out.settings.push({ name: undefined, value: secret, at: [attr], where: attr.replace(/_/g, " "), group: attr });
}

/** The string values of a JSON object, nested objects included, each named by its key. */
function jsonSettings(obj: { [key: string]: Value }, at: AttrPath, group: string, out: Settings): void {
  for (const [key, value] of Object.entries(obj)) {
    if (isObject(value)) jsonSettings(value, [...at, key], `${group}.${key}`, out);
    else out.settings.push({ name: key, value, at: [...at, key], where: `key "${key}" of the ${String(at[0]).replace(/_/g, " ")}`, group });
  }
}
