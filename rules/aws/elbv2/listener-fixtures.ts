/**
 * Plan-form builders shared by the cases of the ELBv2 listener rules (MOAT-LB-002…005): a load balancer and its
 * listeners as `terraform show -json` prints them for a create, following the Terraform AWS provider's schema
 * (internal/service/elbv2/load_balancer.go and listener.go). A support module for `.cases.ts` files only; it holds
 * data builders and imports nothing at run time.
 *
 * What the schema decides, and why it matters to these rules:
 * - `aws_lb.load_balancer_type` is Optional with Default "application": unset, the plan shows "application".
 * - `aws_lb.internal` and `aws_lb.name` are Optional+Computed: unset, they are known only after apply (no reference),
 *   which the plan door reads as absent, as the source door does.
 * - `aws_lb_listener.protocol` and `ssl_policy` are Optional+Computed (unset: unknown, no reference); `protocol` has a
 *   StateFunc that upper-cases it, so a plan shows `"tcp"` as `"TCP"`. `certificate_arn`, `port` and `alpn_policy` are
 *   Optional only: unset, they are `null`.
 */
import type { PlanResource } from "../../../core/plan-fixture";

type Values = Record<string, unknown>;
export type PlanExtra = Pick<PlanResource, "unknown" | "refs">;

/** The references Terraform records for `aws_lb.web.arn`: the attribute and the resource. */
function arnOf(resource: string): string[] {
  return [`${resource}.arn`, resource];
}

/** `aws_lb.<name>` (or `aws_alb.<name>`) in a plan: ARN, DNS name and zone are known only after apply. */
export function lbPlan(address: string, values: Values, { unknown = [], refs = {} }: PlanExtra = {}): PlanResource {
  const computed = ["arn", "arn_suffix", "id", "dns_name", "vpc_id", "zone_id"];
  if (!("internal" in values)) computed.push("internal");
  if (!("name" in values)) computed.push("name");
  return {
    address,
    values: { load_balancer_type: "application", ...values },
    unknown: [...computed, ...unknown],
    refs,
  };
}

/**
 * A listener in a plan. `loadBalancer` is the configuration address its `load_balancer_arn` refers to (`aws_lb.web`,
 * or `aws_lb.this` inside a module), or the references themselves (`["aws_lb.site", "each.key"]` for
 * `aws_lb.site[each.key].arn`). Unset attributes take the form the schema gives them (see the module comment).
 */
export function listenerPlan(address: string, loadBalancer: string | string[], values: Values, { unknown = [], refs = {} }: PlanExtra = {}): PlanResource {
  const unset: string[] = [];
  for (const computed of ["protocol", "ssl_policy"]) if (!(computed in values) && !refs[computed]) unset.push(computed);
  return {
    address,
    values: { load_balancer_arn: null, port: null, certificate_arn: null, alpn_policy: null, ...values },
    unknown: ["arn", "id", "load_balancer_arn", ...unset, ...unknown],
    refs: { load_balancer_arn: typeof loadBalancer === "string" ? arnOf(loadBalancer) : loadBalancer, ...refs },
  };
}

/** A default action as the plan renders it: every nested block the provider knows, empty when unused. */
function action(type: string, rest: Values): Values {
  return { type, target_group_arn: null, redirect: [], fixed_response: [], forward: [], authenticate_oidc: [], authenticate_cognito: [], ...rest };
}

/** `default_action { type = "forward", target_group_arn = "…" }`. */
export function forwardAction(targetGroupArn: string): Values {
  return action("forward", { target_group_arn: targetGroupArn });
}

/** `default_action { type = "redirect", redirect { port = "443", protocol = "HTTPS", status_code = "HTTP_301" } }`. */
export const redirectToHttpsAction: Values = action("redirect", {
  // host, path and query are Optional with Defaults, so the plan shows them.
  redirect: [{ port: "443", protocol: "HTTPS", status_code: "HTTP_301", host: "#{host}", path: "/#{path}", query: "#{query}" }],
});
