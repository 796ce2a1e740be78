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

/**
 * Pulumi's form of a CIDR variable without a value: the office's address, allocated only at apply (the plan's form is
 * `officeEipPlan` in ec2/ingress-case-forms.ts).
 */
export function officeCidr(): pulumi.Output<string> {
  const office = new aws.ec2.Eip("office", { domain: "vpc" });
  return office.publicIp.apply((ip) => `${ip}/32`);
}
