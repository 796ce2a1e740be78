/**
 * The settings an application receives from the infrastructure that deploys it: Lambda environment variables, the
 * `environment` of every container of an ECS task definition, App Runner runtime environment variables, Elastic
 * Beanstalk environment properties, SSM parameter values and Secrets Manager secret strings (a JSON object's keys are
 * settings too). Values are read raw, three-state: a rule decides what an unknown means.
 */
import type { Resource } from "../../../core/model";
import { type AttrPath, type Value, Unknown } from "../../../core/values";
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
export declare const LAMBDA = "aws_lambda_function";
export declare const ECS_TASK = "aws_ecs_task_definition";
export declare const APP_RUNNER = "aws_apprunner_service";
export declare const BEANSTALK = "aws_elastic_beanstalk_environment";
export declare const SSM_PARAMETER = "aws_ssm_parameter";
export declare const SECRET_VERSION = "aws_secretsmanager_secret_version";
export declare const SETTING_TYPES: string[];
/** Elastic Beanstalk's namespace of environment properties (the application's environment variables). */
export declare const BEANSTALK_ENVIRONMENT = "aws:elasticbeanstalk:application:environment";
export interface Settings {
    settings: AppSetting[];
    unread: UnreadSettings[];
}
/** The settings of a resource of one of SETTING_TYPES. */
export declare function appSettings(resource: Resource): Settings;
