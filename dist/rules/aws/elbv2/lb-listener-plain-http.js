"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("../../../core/rule");
const model_1 = require("../../../core/model");
const values_1 = require("../../../core/values");
const views_1 = require("../../../core/views");
/**
 * The action that decides where traffic goes: authenticate-* actions run first, then one terminal action
 * (forward, redirect or fixed-response), the one with the highest `order` (else the last written).
 */
function actionVerdict(resource, field) {
    const actions = resource.blocks(field);
    let terminal;
    for (let i = 0; i < actions.length; i++) {
        const t = actions[i].string("type")?.toLowerCase() ?? (actions[i].maybe("forward") ? "forward" : undefined);
        if (t === undefined || t.startsWith("authenticate-"))
            continue;
        // An unknown order does not stop the check: the action keeps its written place.
        const order = (0, values_1.asNumber)(actions[i].maybe("order")) ?? i;
        const best = terminal ? ((0, values_1.asNumber)(terminal.action.maybe("order")) ?? terminal.index) : -Infinity;
        if (order >= best)
            terminal = { action: actions[i], index: i };
    }
    if (!terminal)
        return { ok: true };
    const { action, index } = terminal;
    const type = action.string("type")?.toLowerCase() ?? "forward";
    if (type === "forward")
        return { ok: false, messageId: "forward", at: [field, index, "type"] };
    if (type === "redirect") {
        const redirect = action.blocks("redirect");
        const at = [field, index, "redirect", 0, "protocol"];
        // Absent protocol is "#{protocol}": the redirect keeps the request's protocol, i.e. HTTP.
        const p = redirect[0]?.string("protocol") ?? "#{protocol}";
        if (p.toUpperCase() === "HTTPS")
            return { ok: true };
        return { ok: false, messageId: "redirectNotHttps", at: redirect.length > 0 ? at : [field, index, "type"], protocol: p };
    }
    return { ok: true, fixedResponse: type === "fixed-response" };
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-LB-001",
        name: "lb-listener-plain-http",
        title: "An application load balancer listener serves plain HTTP instead of redirecting to HTTPS.",
        severity: "high",
        area: "listener-http",
        resourceTypes: ["aws_lb_listener"],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            forward: "Listener on port {{port}} forwards plain HTTP to its targets: traffic and cookies cross the network unencrypted.",
            redirectNotHttps: "Listener on port {{port}} redirects to {{protocol}} instead of HTTPS, so the client stays on plain HTTP.",
            ruleForward: "Listener rule forwards plain HTTP from the port {{port}} listener {{listener}}: the listener redirects to HTTPS by default, but this rule bypasses the redirect.",
            ruleForwardPastFixedResponse: "Listener rule forwards plain HTTP from the port {{port}} listener {{listener}}: the listener answers with a fixed response by default, but this rule sends matching requests to targets unencrypted.",
            ruleRedirectNotHttps: "Listener rule on the port {{port}} listener {{listener}} redirects to {{protocol}} instead of HTTPS.",
        },
        rationale: "A listener with protocol HTTP that forwards requests sends credentials, session cookies and data in clear text between " +
            "clients and the load balancer, where anyone on the path can read or change them. The usual correct design keeps a port-80 " +
            "listener whose default action redirects to HTTPS (status 301), so old links keep working and every request ends up on TLS; " +
            "such a listener passes, as does a `fixed-response`. A redirect without `protocol` keeps the request's protocol (`#{protocol}`) " +
            "and so stays on HTTP: it fails. Listener rules attached to a redirecting listener can still forward plain HTTP for some paths " +
            "or hosts; those rules are reported where they are written. Network load balancer listeners (TCP, UDP, TLS) are never " +
            "judged here: Checkov, Terrascan and Pulumi's compliance policies flag NLB TCP:80 as an HTTP listener without a " +
            "redirect; moat reports TCP on a port where clients speak HTTP as MOAT-ELB-001 (one finding per root cause). They " +
            "also wrongly flag redirect listeners, and Trivy wrongly passes a redirect to HTTP.",
        defaults: "An absent `protocol` on an application load balancer listener is HTTP (Terraform AWS provider and ELBv2 API default); an absent " +
            "redirect `protocol` is `#{protocol}`, i.e. unchanged. When the load balancer is not in the input, a literal `load_balancer_arn` " +
            "still tells its kind (`loadbalancer/app/…` is an application load balancer, `net/` network, `gwy/` gateway); otherwise a " +
            "listener whose protocol is absent is not evaluated.",
        remediation: {
            text: "Make the HTTP listener's default action a redirect to HTTPS (port 443, HTTP_301) and serve traffic from an HTTPS listener.",
            hcl: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}`,
            pulumi: `new aws.lb.Listener("http", {
  loadBalancerArn: web.arn,
  port: 80,
  protocol: "HTTP",
  defaultActions: [{
    type: "redirect",
    redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" },
  }],
});`,
        },
        references: [
            { title: "CWE-319: Cleartext Transmission of Sensitive Information", url: "https://cwe.mitre.org/data/definitions/319.html" },
            {
                title: "AWS: Listeners for your Application Load Balancers (redirect actions)",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
            },
            {
                title: "Terraform AWS provider: aws_lb_listener",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
            },
        ],
        options: { type: "object", properties: {}, additionalProperties: false },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "load-balancer"],
    },
    check(listener, ctx) {
        const protocol = ctx.known((0, views_1.listenerProtocol)(ctx.graph, listener), ["protocol"]);
        if (protocol !== "HTTP")
            return;
        const port = (0, values_1.asString)(listener.attrs.port) ?? "(unset)";
        const verdict = actionVerdict(ctx.read(), "default_action");
        if (verdict.ok === false) {
            return ctx.report({ messageId: verdict.messageId, data: { port, protocol: verdict.protocol ?? "" }, at: verdict.at });
        }
        // The listener itself is safe; its rules may still forward plain HTTP for some requests.
        // A rule never created together with its listener (exclusive counts) is not one of its rules.
        for (const rule of (0, views_1.listenerRulesOf)(ctx.graph, listener)) {
            const rv = ctx.attempt(() => actionVerdict(ctx.read(rule), "action"));
            if (rv?.ok === false) {
                ctx.report({
                    messageId: rv.messageId === "redirectNotHttps" ? "ruleRedirectNotHttps" : verdict.fixedResponse ? "ruleForwardPastFixedResponse" : "ruleForward",
                    data: { port, listener: (0, model_1.labelOf)(listener), protocol: rv.protocol ?? "" },
                    at: rv.at,
                    resource: rule,
                    dependsOn: [listener],
                });
            }
        }
    },
});
