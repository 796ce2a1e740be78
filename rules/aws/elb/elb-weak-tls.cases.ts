import { defineCases } from "../../../core/cases";
import rule from "./elb-weak-tls";

/** A classic load balancer with one HTTPS listener on 443 (lines 1-12; a case that appends to it starts at line 14). */
const elb = `resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc", "subnet-0def"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}
`;

/** Attaches aws_load_balancer_policy.tls to port 443 of aws_elb.web. */
const attachTls = `
resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls.policy_name]
}
`;

export default defineCases(rule, [
  {
    name: "custom negotiation policy enabling TLS 1.0, attached to the HTTPS listener",
    doc: true,
    hcl: `${elb}
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "true"
  }

  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
}
${attachTls}`,
    expect: [{ resource: "aws_load_balancer_policy.tls", messageId: "weakProtocol", line: 25 }],
  },
  {
    name: "HTTPS listener with no negotiation policy gets ELBSecurityPolicy-2016-08 (TLS 1.0)",
    hcl: elb,
    expect: [{ resource: "aws_elb.web", messageId: "defaultPolicy", line: 5 }],
  },
  {
    name: "reference to ELBSecurityPolicy-TLS-1-1-2017-01 allows TLS 1.1 (KICS passes it)",
    hcl: `${elb}
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-1-2017-01"
  }
}
${attachTls}`,
    expect: [{ resource: "aws_load_balancer_policy.tls", messageId: "weakReference", line: 21 }],
  },
  {
    name: "aws_lb_ssl_negotiation_policy enabling SSL 3.0 and TLS 1.1: one finding per attribute",
    hcl: `${elb}
resource "aws_lb_ssl_negotiation_policy" "tls" {
  name          = "web-ssl"
  load_balancer = aws_elb.web.id
  lb_port       = 443

  attribute {
    name  = "Protocol-SSLv3"
    value = "true"
  }

  attribute {
    name  = "Protocol-TLSv1.1"
    value = "true"
  }

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
}
`,
    expect: [
      { resource: "aws_lb_ssl_negotiation_policy.tls", messageId: "weakProtocol", line: 20 },
      { resource: "aws_lb_ssl_negotiation_policy.tls", messageId: "weakProtocol", line: 25 },
    ],
  },
  {
    name: "SSL listener without a certificate",
    hcl: `resource "aws_elb" "mqtt" {
  name    = "mqtt"
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = 8883
    lb_protocol       = "ssl"
    instance_port     = 1883
    instance_protocol = "tcp"
  }
}

resource "aws_lb_ssl_negotiation_policy" "tls12" {
  name          = "mqtt-tls12"
  load_balancer = aws_elb.mqtt.id
  lb_port       = 8883

  attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
`,
    expect: [{ resource: "aws_elb.mqtt", messageId: "noCertificate", line: 5 }],
  },
  {
    name: "listener policy naming a predefined policy directly",
    hcl: `${elb}
resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = ["ELBSecurityPolicy-2016-08"]
}
`,
    expect: [{ resource: "aws_load_balancer_listener_policy.https", messageId: "weakPredefined", line: 17 }],
  },
  {
    name: "literal names: one weak policy attached to two listener ports is reported once",
    hcl: `resource "aws_elb" "api" {
  name    = "api"
  subnets = ["subnet-0abc"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }

  listener {
    lb_port            = 8443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}

resource "aws_load_balancer_policy" "legacy" {
  load_balancer_name = "api"
  policy_name        = "api-legacy"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2015-05"
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  for_each           = toset(["443", "8443"])
  load_balancer_name = "api"
  load_balancer_port = tonumber(each.key)
  policy_names       = ["api-legacy"]
}
`,
    expect: [{ resource: "aws_load_balancer_policy.legacy", messageId: "weakReference", line: 29 }],
  },
  {
    name: "a policy attached to port 443 does not cover the listener on 8443",
    hcl: `resource "aws_elb" "api" {
  name    = "api"
  subnets = ["subnet-0abc"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }

  listener {
    lb_port            = 8443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}

resource "aws_lb_ssl_negotiation_policy" "tls12" {
  name          = "api-tls12"
  load_balancer = aws_elb.api.id
  lb_port       = 443

  attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
`,
    expect: [{ resource: "aws_elb.api", messageId: "defaultPolicy", line: 13 }],
  },
  {
    name: "listener policy attaching only a stickiness policy leaves the default negotiation",
    hcl: `${elb}
resource "aws_lb_cookie_stickiness_policy" "sticky" {
  name          = "web-sticky"
  load_balancer = aws_elb.web.id
  lb_port       = 443
}

resource "aws_load_balancer_policy" "sticky" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-sticky-cookie"
  policy_type_name   = "LBCookieStickinessPolicyType"

  policy_attribute {
    name  = "CookieExpirationPeriod"
    value = "3600"
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.sticky.policy_name]
}
`,
    expect: [{ resource: "aws_elb.web", messageId: "defaultPolicy", line: 5 }],
  },
  {
    name: "minTlsVersion 1.1: a policy that still enables TLS 1.0 fails",
    options: { minTlsVersion: "1.1" },
    hcl: `${elb}
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2015-02"
  }
}
${attachTls}`,
    expect: [{ resource: "aws_load_balancer_policy.tls", messageId: "weakReference", line: 21 }],
  },
  {
    name: "negotiation policies for each load balancer of a for_each",
    hcl: `variable "sites" {
  default = {
    shop = "ELBSecurityPolicy-TLS-1-2-2017-01"
    blog = "ELBSecurityPolicy-2016-08"
  }
}

resource "aws_elb" "site" {
  for_each = var.sites
  name     = each.key
  subnets  = ["subnet-0abc"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}

resource "aws_load_balancer_policy" "tls" {
  for_each           = var.sites
  load_balancer_name = aws_elb.site[each.key].name
  policy_name        = "\${each.key}-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = each.value
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  for_each           = var.sites
  load_balancer_name = aws_elb.site[each.key].name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls[each.key].policy_name]
}
`,
    expect: [{ resource: 'aws_load_balancer_policy.tls["blog"]', messageId: "weakReference", line: 30 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "HTTPS listener with a policy referencing ELBSecurityPolicy-TLS-1-2-2017-01",
    doc: true,
    hcl: `${elb}
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
${attachTls}`,
    expect: [],
  },
  {
    name: "custom policy that turns TLS 1.0 off and enables only TLS 1.2",
    hcl: `${elb}
resource "aws_lb_ssl_negotiation_policy" "tls12" {
  name          = "web-tls12"
  load_balancer = aws_elb.web.id
  lb_port       = 443

  attribute {
    name  = "Protocol-TLSv1"
    value = "false"
  }

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  attribute {
    name  = "ECDHE-ECDSA-AES128-GCM-SHA256"
    value = "true"
  }

  attribute {
    name  = "Server-Defined-Cipher-Order"
    value = "true"
  }
}
`,
    expect: [],
  },
  {
    name: "minTlsVersion 1.1 accepts ELBSecurityPolicy-TLS-1-1-2017-01",
    options: { minTlsVersion: "1.1" },
    hcl: `${elb}
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls11"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-1-2017-01"
  }
}
${attachTls}`,
    expect: [],
  },
  {
    name: "plain HTTP classic listener is left to MOAT-ELB-001",
    hcl: `resource "aws_elb" "web" {
  name    = "web"
  subnets = ["subnet-0abc"]

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
}
`,
    expect: [],
  },
  {
    name: "back-end authentication and public key policies are not negotiation policies",
    hcl: `${elb}
resource "aws_load_balancer_policy" "ca_pubkey" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-ca-pubkey"
  policy_type_name   = "PublicKeyPolicyType"

  policy_attribute {
    name  = "PublicKey"
    value = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
  }
}

resource "aws_load_balancer_policy" "backend_auth" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-backend-auth"
  policy_type_name   = "BackendServerAuthenticationPolicyType"

  policy_attribute {
    name  = "PublicKeyPolicyName"
    value = aws_load_balancer_policy.ca_pubkey.policy_name
  }
}

resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
${attachTls}`,
    expect: [],
  },
  {
    name: "referenced policy from a variable without a value is not evaluated",
    hcl: `${elb}
variable "security_policy" {
  type = string
}

resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = var.security_policy
  }
}
${attachTls}`,
    expect: [],
    unknown: ["aws_load_balancer_policy.tls"],
  },
  {
    name: "listener policy naming a policy that is not in the input: the listener is not evaluated",
    hcl: `${elb}
resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = ["created-by-another-stack"]
}
`,
    expect: [],
    unknown: ["aws_elb.web"],
  },
  {
    name: "predefined policies without a published protocol table are not evaluated",
    hcl: `${elb}
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2014-10"
  }
}
${attachTls}`,
    expect: [],
    unknown: ["aws_load_balancer_policy.tls"],
  },
  {
    name: "a reference to a name AWS does not have is not evaluated (Checkov passes it)",
    hcl: `${elb}
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "TLS-1-2-2017-01"
  }
}
${attachTls}`,
    expect: [],
    unknown: ["aws_load_balancer_policy.tls"],
  },
  {
    name: "listener port of the attachment from a variable without a value is not evaluated",
    hcl: `${elb}
variable "tls_port" {
  type = number
}

resource "aws_lb_ssl_negotiation_policy" "tls12" {
  name          = "web-tls12"
  load_balancer = aws_elb.web.id
  lb_port       = var.tls_port

  attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
`,
    expect: [],
    unknown: ["aws_elb.web"],
  },
]);
