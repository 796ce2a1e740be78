/**
 * Pulumi forms of the situations rule cases share. Test data only: like `*.cases.ts`, `*-fixtures.ts` files are left
 * out of the build, so @pulumi/aws (a dev dependency) never reaches the compiled pack.
 */
import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";

/**
 * A value known only after apply — Pulumi's form of a Terraform variable without a value: it is read from a resource
 * the program creates (an SSM parameter), so a preview sees it as unknown, as it would in a real `pulumi preview`.
 */
export function knownAfterApply<T>(name: string, value: T): pulumi.Output<T> {
  return new aws.ssm.Parameter(name, { type: "String", value: typeof value === "string" ? value : JSON.stringify(value) }).arn.apply(() => value);
}
