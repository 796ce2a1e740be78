/**
 * Rule cases are data: one situation, expressed for each door that can express it, with one expectation.
 * The generic suite (test/rules.test.ts) runs every rule × every case × every door, so a rule has no
 * hand-written test code of its own, and the same expectation at every door is the parity proof.
 */
import type { AnyRule, Rule, Severity } from "./rule";

export interface ExpectedFinding<M extends string = string> {
  /** Address without module path for Pulumi (`aws_lb_listener.http` = canonical type + Pulumi name). */
  resource: string;
  /** One of the rule's own message ids (checked by the compiler through `defineCases`). */
  messageId: M;
  /** HCL door only: the line the finding must point at, in the case's main file. */
  line?: number;
  /** The file the line is in, when not main.tf. */
  file?: string;
  severity?: Severity;
}

/** A plan fixture: the JSON text or object of `terraform show -json` output. */
export type PlanFixture = Record<string, unknown>;

export interface RuleCase<M extends string = string> {
  /** Unique within the rule; says what the situation is. */
  name: string;
  /** Terraform source: main.tf text, or several files by relative path (`modules/web/main.tf`). */
  hcl?: string | Record<string, string>;
  /** `--var name=value` for the HCL door. */
  vars?: string[];
  /**
   * A Pulumi program using the real @pulumi/aws classes; it runs under mocks. Hand-written only where a preview differs
   * from what the adapter's tables make of the HCL, with a comment saying why; without it, the Pulumi form is derived
   * from the HCL (test/support/derive-pulumi.ts).
   */
  pulumi?: () => void | Promise<void>;
  /** Why the case has no Pulumi form at all (a preview cannot express the situation); none is derived then. */
  noPulumi?: string;
  /**
   * The same situation as a `terraform show -json` plan, hand-written only where a real plan differs from what the
   * source door sees (a data source's value, a provider default, a computed attribute): with a comment saying why.
   * Without it, the plan form is derived from the HCL (test/support/derive-plan.ts).
   */
  plan?: PlanFixture;
  /** Why the case has no plan form at all (the plan door cannot express the situation); no plan is derived then. */
  noPlan?: string;
  /** Rule options for this case (validated against the rule's options schema). */
  options?: Record<string, unknown>;
  /** Findings the case must produce, exactly. Empty: a good case. */
  expect: ExpectedFinding<M>[];
  /** Addresses whose check must meet an Unknown: silent, but counted as not evaluated. */
  unknown?: string[];
  /** Use this case as the bad or good example in the rule's generated doc. */
  doc?: boolean;
}

export interface RuleCases {
  rule: AnyRule;
  cases: RuleCase[];
}

/** The cases of one rule; an expected finding may name only a message id of that rule. */
export function defineCases<M extends string>(rule: Rule<unknown, M>, cases: RuleCase<NoInfer<M>>[]): RuleCases {
  return { rule, cases };
}
