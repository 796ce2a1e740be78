/**
 * Type-level tests of the rule contract, checked by the compiler (`npx tsc -p tsconfig.check.json`, part of `npm test`,
 * and by test/meta.test.ts, which fails when an `@ts-expect-error` below is no longer an error). Nothing here runs.
 */
import { defineCases } from "../../core/cases";
import { type Rule, defineRule } from "../../core/rule";
import type { FromSchema, OptionsOf } from "../../core/schema-type";
import docdbTlsDisabled from "../../rules/aws/docdb/docdb-tls-disabled";
import sgPublicIngressAllTraffic from "../../rules/aws/ec2/sg-public-ingress-all-traffic";
import elasticacheTransit from "../../rules/aws/elasticache/elasticache-transit-encryption-disabled";
import elbListenerPlaintext from "../../rules/aws/elb/elb-listener-plaintext";
import lbListenerNoCertificate from "../../rules/aws/elbv2/lb-listener-no-certificate";
import lbListenerPlainHttp from "../../rules/aws/elbv2/lb-listener-plain-http";
import lbListenerWeakTlsPolicy from "../../rules/aws/elbv2/lb-listener-weak-tls-policy";
import lbNoHttpsListener from "../../rules/aws/elbv2/lb-no-https-listener";
import nlbTcpOnTlsPort from "../../rules/aws/elbv2/nlb-tcp-on-tls-port";
import rdsClusterTls from "../../rules/aws/rds/rds-cluster-tls-not-enforced";
import rdsInstanceTls from "../../rules/aws/rds/rds-instance-tls-not-enforced";
import rdsStorageUnencrypted from "../../rules/aws/rds/rds-storage-unencrypted";
import redshiftTls from "../../rules/aws/redshift/redshift-tls-not-enforced";
import sgWidePortRange from "../../rules/aws/ec2/sg-wide-port-range";
import sgRestrictedPort from "../../rules/aws/ec2/sg-public-ingress-restricted-port";
import elbWeakTls from "../../rules/aws/elb/elb-weak-tls";
import dbConnectionStringWithoutTls from "../../rules/aws/app/db-connection-string-without-tls";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

// FromSchema: each keyword the option schemas use.
assertType<Equal<FromSchema<{ type: "string" }>, string>>();
assertType<Equal<FromSchema<{ type: "integer"; minimum: 0 }>, number>>();
assertType<Equal<FromSchema<{ type: "boolean" }>, boolean>>();
assertType<Equal<FromSchema<{ type: "string"; enum: readonly ["1.2", "1.3"] }>, "1.2" | "1.3">>();
assertType<Equal<FromSchema<{ const: "tcp" }>, "tcp">>();
assertType<Equal<FromSchema<{ type: readonly ["string", "integer"] }>, string | number>>();
assertType<Equal<FromSchema<{ type: "array"; items: { type: "integer" } }>, number[]>>();
assertType<Equal<FromSchema<{ oneOf: readonly [{ type: "integer" }, { type: "string" }] }>, number | string>>();
assertType<
  Equal<
    FromSchema<{
      type: "object";
      additionalProperties: false;
      required: readonly ["service"];
      properties: { port: { type: "integer" }; service: { type: "string" } };
      oneOf: readonly [{ required: readonly ["port"] }];
    }>,
    { service: string; port?: number }
  >
>();
assertType<Equal<FromSchema<{ type: "object"; properties: { a: { type: "string" } } }>, { [k: string]: unknown; a?: string }>>();
// Top-level options: every property has a default, so every property is present.
assertType<Equal<OptionsOf<{ type: "object"; properties: { n: { type: "integer"; default: 1 } } }>, { n: number }>>();

// The rules' options are read from their schemas.
assertType<Equal<(typeof sgWidePortRange)["defaultOptions"], { maxPortRange: number; publicPrefixMax: number }>>();
assertType<Equal<(typeof elbWeakTls)["defaultOptions"], { minTlsVersion: "1.0" | "1.1" | "1.2" | "1.3" }>>();
assertType<Equal<(typeof sgRestrictedPort)["defaultOptions"]["allowedPublicPorts"], { tcp?: (number | string)[]; udp?: (number | string)[] }>>();
assertType<
  Equal<(typeof sgRestrictedPort)["defaultOptions"]["sensitivePorts"], { service: string; port?: number; from?: number; to?: number }[]>
>();

/** True when a rule's message ids are literal (not `string`) and none of its options is typed `unknown` or `any`. */
type Inferred<R> =
  R extends Rule<infer O, infer M> ? (string extends M ? false : { [K in keyof O]: unknown extends O[K] ? K : never }[keyof O] extends never ? true : false) : false;
type EveryRule = typeof docdbTlsDisabled | typeof sgPublicIngressAllTraffic | typeof sgRestrictedPort |
  typeof sgWidePortRange | typeof elasticacheTransit | typeof elbListenerPlaintext | typeof elbWeakTls |
  typeof lbListenerNoCertificate | typeof lbListenerPlainHttp | typeof lbListenerWeakTlsPolicy |
  typeof lbNoHttpsListener | typeof nlbTcpOnTlsPort | typeof rdsClusterTls | typeof rdsInstanceTls |
  typeof rdsStorageUnencrypted | typeof redshiftTls | typeof dbConnectionStringWithoutTls;
assertType<Inferred<EveryRule>>();
assertType<Equal<Inferred<Rule<{ a: unknown }, "x">>, false>>();
assertType<Equal<Inferred<Rule<{ a: number }, string>>, false>>();

const example = defineRule({
  meta: {
    ...sgWidePortRange.meta,
    messages: { first: "first {{x}}", second: "second" },
    options: {
      type: "object",
      properties: {
        limit: { type: "integer", default: 3, description: "A limit." },
        mode: { type: "string", enum: ["strict", "lax"], default: "strict", description: "A mode." },
      },
      additionalProperties: false,
    },
  },
  check(_resource, ctx) {
    const limit: number = ctx.options.limit;
    const mode: "strict" | "lax" = ctx.options.mode;
    // @ts-expect-error: an option the schema does not declare
    void ctx.options.other;
    // @ts-expect-error: the option is a number, not a string
    const wrong: string = ctx.options.limit;
    void [limit, mode, wrong];
    ctx.report({ messageId: "first", data: { x: 1 } });
    ctx.report({ messageId: "second" });
    // @ts-expect-error: a message id the rule does not declare
    ctx.report({ messageId: "third" });
  },
});

// Message ids are the rule's own: known ones pass, an unknown one is a compile error in the expected findings.
assertType<Equal<Parameters<(typeof example)["check"]>[1]["report"], (d: import("../../core/rule").ReportDescriptor<"first" | "second">) => void>>();
defineCases(example, [
  { name: "bad", hcl: "", expect: [{ resource: "aws_security_group.x", messageId: "first", line: 1 }] },
  // @ts-expect-error: "third" is not a message id of this rule
  { name: "typo", hcl: "", expect: [{ resource: "aws_security_group.x", messageId: "third", line: 1 }] },
]);
defineCases(sgWidePortRange, [
  { name: "ok", hcl: "", expect: [{ resource: "aws_security_group.x", messageId: "wideRange", line: 1 }] },
  // @ts-expect-error: a message id of another rule (MOAT-SG-002)
  { name: "other rule", hcl: "", expect: [{ resource: "aws_security_group.x", messageId: "sensitivePort", line: 1 }] },
]);
