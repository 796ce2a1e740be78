import { defineCases } from "../../../core/cases";
import rule from "./nlb-tcp-on-tls-port";

const nlb = `resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}
`;

const forward = `  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/edge/2b3c4d5e6f7a8b9c"
  }`;

/** A listener on the NLB above; its protocol is on line 10 of the case. */
const listener = (name: string, port: string, protocol: string, extra = "", type = "aws_lb_listener") => `${nlb}
resource "${type}" "${name}" {
  load_balancer_arn = aws_lb.edge.arn
  port              = ${port}
  protocol          = ${protocol}
${extra}
${forward}
}
`;

export default defineCases(rule, [
  {
    name: "TCP listener on 443 passes TLS through to the targets",
    doc: true,
    hcl: listener("https", "443", `"TCP"`),
    expect: [{ resource: "aws_lb_listener.https", messageId: "tcpOnTlsPort", line: 10, severity: "medium" }],
  },
  {
    name: "TCP listener on 8443 declared as aws_alb_listener",
    hcl: listener("alt", "8443", `"tcp"`, "", "aws_alb_listener"),
    expect: [{ resource: "aws_alb_listener.alt", messageId: "tcpOnTlsPort", line: 10 }],
  },
  {
    name: "LDAPS port written as a string",
    hcl: listener("ldaps", `"636"`, `"TCP"`),
    expect: [{ resource: "aws_lb_listener.ldaps", messageId: "tcpOnTlsPort", line: 10 }],
  },
  {
    name: "a port added with option tlsPorts (Kubernetes API on 6443)",
    options: { tlsPorts: [443, 6443] },
    hcl: listener("kube_api", "6443", `"TCP"`),
    expect: [{ resource: "aws_lb_listener.kube_api", messageId: "tcpOnTlsPort", line: 10 }],
  },
  {
    name: "listeners from for_each: only the TLS port is reported",
    hcl: `${nlb}
resource "aws_lb_listener" "tcp" {
  for_each          = toset(["22", "993"])
  load_balancer_arn = aws_lb.edge.arn
  port              = each.value
  protocol          = "TCP"

${forward}
}
`,
    expect: [{ resource: 'aws_lb_listener.tcp["993"]', messageId: "tcpOnTlsPort", line: 11 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "TLS listener on 443 terminates TLS at the load balancer",
    doc: true,
    hcl: listener(
      "https",
      "443",
      `"TLS"`,
      `  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/7c1e-edge"
`,
    ),
    expect: [],
  },
  {
    name: "TCP listener on a port not conventionally used for TLS",
    hcl: listener("postgres", "5432", `"TCP"`),
    expect: [],
  },
  {
    name: "UDP listener on 443 (QUIC) is not judged",
    hcl: listener("quic", "443", `"UDP"`),
    expect: [],
  },
  {
    name: "option tlsPorts without 443 lets a deliberate passthrough listener pass",
    options: { tlsPorts: [636] },
    hcl: listener("passthrough", "443", `"TCP"`),
    expect: [],
  },
  {
    name: "port from a variable without a value is not evaluated",
    hcl: `variable "port" {
  type = number
}

${listener("tcp", "var.port", `"TCP"`)}`,
    expect: [],
    unknown: ["aws_lb_listener.tcp"],
  },
  {
    name: "protocol from a variable without a value on 443 is not evaluated",
    hcl: `variable "protocol" {
  type = string
}

${listener("edge", "443", "var.protocol")}`,
    expect: [],
    unknown: ["aws_lb_listener.edge"],
  },
  {
    name: "TCP listener on 443 disabled with count = 0",
    hcl: `${nlb}
resource "aws_lb_listener" "https" {
  count             = 0
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "TCP"

${forward}
}
`,
    expect: [],
  },
]);
