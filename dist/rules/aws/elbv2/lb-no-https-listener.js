"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const model_1 = require("../../../core/model");
const reader_1 = require("../../../core/reader");
const rule_1 = require("../../../core/rule");
const values_1 = require("../../../core/values");
const views_1 = require("../../../core/views");
const listener_attributes_1 = require("./listener-attributes");
/** `HTTP:80, HTTP:8080`, ordered by port, for the message. */
function listenerList(listeners) {
    return listeners
        .map(({ listener, protocol }) => ({ text: `${protocol}:${(0, listener_attributes_1.portText)((0, reader_1.read)(listener))}`, port: (0, values_1.asNumber)(listener.attrs.port) ?? Infinity }))
        .sort((a, b) => a.port - b.port || a.text.localeCompare(b.text))
        .map((l) => l.text)
        .join(", ");
}
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "MOAT-LB-002",
        name: "lb-no-https-listener",
        title: "An application load balancer has listeners, but none of them is HTTPS.",
        severity: "high",
        area: "listener-http",
        resourceTypes: ["aws_lb"],
        scope: "stack",
        doors: ["hcl", "plan", "pulumi"],
        messages: {
            noHttpsListener: "{{scheme}} application load balancer has {{count}} listener(s) ({{listeners}}) and none of them is HTTPS: there is no " +
                "TLS endpoint, so clients can only reach it in clear text. Add an HTTPS listener with a certificate and make the " +
                "HTTP listeners redirect to it.",
        },
        rationale: "An application load balancer whose every listener is plain HTTP — the \"port-80-only\" load balancer — offers clients " +
            "no way to reach the application over TLS: credentials, session cookies and data cross the network in clear text, " +
            "and a listener that redirects to HTTPS on the same host sends clients to a port this load balancer does not serve. " +
            "The rule " +
            "judges the load balancer as a whole, through the listeners that point at it with `load_balancer_arn`, and reports " +
            "it once, listing the listeners; MOAT-LB-001 reports the individual listeners that forward plain HTTP. A load " +
            "balancer with no listener in the scanned input is not judged: its listeners may be managed elsewhere. Internal " +
            "load balancers (`internal = true`) are reported at medium severity, since only clients inside the network can " +
            "reach them; option `includeInternal = false` skips them. Checkov's CKV2_AWS_20 asks a different question on the " +
            "same resource (does an HTTP listener redirect to HTTPS?) and passes a load balancer whose only listener redirects " +
            "to an HTTPS port nobody listens on; network and gateway load balancers are out of scope here (MOAT-LB-005 covers " +
            "NLB TCP listeners on TLS ports).",
        defaults: "An absent `load_balancer_type` is `application` and an absent `internal` is `false` (Terraform AWS provider `aws_lb` " +
            "documentation; the ELBv2 CreateLoadBalancer API defaults are `application` and `internet-facing`). An absent " +
            "listener `protocol` on an application load balancer is HTTP. An HTTPS listener whose `count` or `for_each` is " +
            "unknown in the Terraform source may not be created, so it does not give its load balancer HTTPS: the check is not " +
            "evaluated (a plan knows the count). Listeners whose counts exclude each other (`var.https ? 1 : 0` and " +
            "`var.https ? 0 : 1`) are never judged together: an HTTP listener created only when the HTTPS one is not is a finding " +
            "that says \"If … is created\".",
        remediation: {
            text: "Add an HTTPS listener (with a certificate and a modern security policy) to the load balancer, and turn the HTTP " +
                "listener into a redirect to it.",
            hcl: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = [aws_subnet.public_a.id, aws_subnet.public_b.id]
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "http" {
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
            pulumi: `const web = new aws.lb.LoadBalancer("web", {
  name: "web",
  loadBalancerType: "application",
  subnets: [publicA.id, publicB.id],
});

new aws.lb.Listener("https", {
  loadBalancerArn: web.arn,
  port: 443,
  protocol: "HTTPS",
  sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  certificateArn: certificate.arn,
  defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
});

new aws.lb.Listener("http", {
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
                title: "AWS: Listeners for your Application Load Balancers",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
            },
            {
                title: "AWS: Create an HTTPS listener for your Application Load Balancer",
                url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html",
            },
            { title: "Terraform AWS provider: aws_lb", url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb" },
            {
                title: "Terraform AWS provider: aws_lb_listener",
                url: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
            },
        ],
        options: {
            type: "object",
            properties: {
                includeInternal: {
                    type: "boolean",
                    default: true,
                    description: "Also judge internal load balancers (`internal = true`); their findings have medium severity.",
                },
            },
            additionalProperties: false,
        },
        enforcement: "mandatory",
        tags: ["encryption-in-transit", "load-balancer"],
    },
    check(lb, ctx) {
        // A listener that is never created together with its load balancer (exclusive counts) is not one of its listeners.
        const listeners = (0, views_1.listenersOf)(ctx.graph, lb);
        if (listeners.length === 0)
            return;
        const known = [];
        /** HTTPS listeners whose creation is unknown: they may give the load balancer HTTPS, or not. */
        const maybeHttps = [];
        /** A listener whose protocol is not known decides only if the load balancer is an application one. */
        const undecided = new reader_1.Doubt(lb);
        for (const listener of listeners) {
            const protocol = undecided.test(() => ctx.known((0, views_1.listenerProtocol)(ctx.graph, listener), ["protocol"], listener), (u) => (0, values_1.unknown)(`the protocol of listener ${(0, model_1.labelOf)(listener)} is not known: ${u.reason}`));
            if (protocol === undefined)
                continue;
            if (protocol === "HTTPS" && !listener.existence)
                return;
            if (protocol === "HTTPS")
                maybeHttps.push(listener);
            else
                known.push({ listener, protocol });
        }
        // An HTTPS listener can only belong to an application load balancer, so the type matters only from here on; and an
        // HTTP listener too, so one of those settles a type that is not known (`load_balancer_type = var.type`).
        const settledByHttp = known.some((l) => l.protocol === "HTTP");
        const kind = settledByHttp ? new reader_1.Doubt(lb).test(() => ctx.known((0, views_1.lbKind)(lb))) : ctx.known((0, views_1.lbKind)(lb), ["load_balancer_type"]);
        if (kind !== undefined && kind !== "application")
            return;
        undecided.settle();
        // The listeners the finding names: ones that are created together, with no HTTPS listener beside them. An HTTPS
        // listener that may not be created (unknown count or for_each) cannot vouch for the load balancer, but one that may
        // be created with them leaves the verdict open: not evaluated.
        const notCreated = (h) => (0, views_1.mayNotBeCreated)(h, "HTTPS listener ");
        const certain = known.filter((l) => !l.listener.existence);
        const entry = (r) => known.find((l) => l.listener === r);
        let named;
        if (certain.length > 0) {
            const open = maybeHttps.find((h) => certain.every((l) => (0, views_1.mayCoexist)(l.listener, h)));
            if (open)
                return ctx.unknown(notCreated(open));
            named = certain;
        }
        else {
            // Every listener may not be created: one that is never created with any of the HTTPS listeners shows a load
            // balancer without HTTPS wherever it is created.
            const witness = known.find((l) => maybeHttps.every((h) => !(0, views_1.mayCoexist)(l.listener, h)));
            if (!witness)
                return ctx.unknown(notCreated(maybeHttps[0]));
            named = [witness, ...(0, views_1.coexisting)([witness.listener], known.filter((l) => l !== witness).map((l) => l.listener)).map(entry)];
        }
        // `internal` not known: the verdict is known, only its severity is not. With includeInternal, report at the rule's
        // (higher) severity; without, the read stops the check.
        const r = ctx.read(lb);
        if (!ctx.options.includeInternal && r.bool("internal") === true)
            return;
        const internalKnown = !(0, values_1.isUnknown)(r.maybe("internal"));
        const internal = internalKnown && r.bool("internal") === true;
        ctx.report({
            messageId: "noHttpsListener",
            data: { scheme: !internalKnown ? "This" : internal ? "Internal" : "Internet-facing", count: named.length, listeners: listenerList(named) },
            dependsOn: named.map((l) => l.listener),
            ...(internal ? { severity: "medium" } : {}),
        });
    },
});
