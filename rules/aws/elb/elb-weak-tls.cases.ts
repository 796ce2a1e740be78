import * as aws from "@pulumi/aws";
import { defineCases } from "../../../core/cases";
import { type PlanResource, planFixture } from "../../../core/plan-fixture";
import rule from "./elb-weak-tls";

const CERT = "arn:aws:acm:eu-west-1:123456789012:certificate/abc";

// ---------------------------------------------------------------- plan builders

/** One `listener` block as a plan renders it: an unset `ssl_certificate_id` is an empty string. */
function listener(lbPort: number, lbProtocol: string, instancePort: number, instanceProtocol: string, cert = ""): Record<string, unknown> {
  return { lb_port: lbPort, lb_protocol: lbProtocol, instance_port: instancePort, instance_protocol: instanceProtocol, ssl_certificate_id: cert };
}

/** An `aws_elb` as a plan shows it: ids, ARNs and the Optional+Computed attributes left unset are known after apply. */
function elbPlan(address: string, values: Record<string, unknown>): PlanResource {
  return { address, values, unknown: ["arn", "id", "dns_name", "zone_id", "internal", "security_groups", "source_security_group_id", "availability_zones"] };
}

/** `elb` (aws_elb.web, one HTTPS listener on 443) in a plan. */
const elbWebPlan = elbPlan("aws_elb.web", { name: "web", subnets: ["subnet-0abc", "subnet-0def"], listener: [listener(443, "https", 8080, "http", CERT)] });

/** A `name`/`value` pair of `policy_attribute` or `attribute`. */
function attr(name: string, value: string | null): Record<string, unknown> {
  return { name, value };
}

/**
 * An `aws_load_balancer_policy` of `aws_elb.web` in a plan: `load_balancer_name = aws_elb.web.name` is known (the
 * configuration sets the name) and is a reference.
 */
function policyPlan(address: string, values: Record<string, unknown>, extra: Pick<PlanResource, "unknown" | "refs"> = {}): PlanResource {
  return {
    address,
    values: { load_balancer_name: "web", ...values },
    unknown: ["id", ...(extra.unknown ?? [])],
    refs: { load_balancer_name: ["aws_elb.web.name", "aws_elb.web"], ...(extra.refs ?? {}) },
  };
}

/** `attachTls` in a plan: the policy name is known, and a reference to aws_load_balancer_policy.tls. */
function attachTlsPlan(policyName: string): PlanResource {
  return {
    address: "aws_load_balancer_listener_policy.https",
    values: { load_balancer_name: "web", load_balancer_port: 443, policy_names: [policyName], triggers: null },
    unknown: ["id"],
    refs: {
      load_balancer_name: ["aws_elb.web.name", "aws_elb.web"],
      policy_names: ["aws_load_balancer_policy.tls.policy_name", "aws_load_balancer_policy.tls"],
    },
  };
}

/** An `aws_lb_ssl_negotiation_policy` in a plan: `load_balancer` is the load balancer's id, known only after apply. */
function sslPolicyPlan(address: string, elb: string, values: Record<string, unknown>, extra: Pick<PlanResource, "unknown" | "refs"> = {}): PlanResource {
  return {
    address,
    values: { load_balancer: null, triggers: null, ...values },
    unknown: ["id", "load_balancer", ...(extra.unknown ?? [])],
    refs: { load_balancer: [`${elb}.id`, elb], ...(extra.refs ?? {}) },
  };
}

// ---------------------------------------------------------------- Pulumi builders

/** The Pulumi form of `elb`. */
function elbWeb(): aws.elb.LoadBalancer {
  return new aws.elb.LoadBalancer("web", {
    name: "web",
    subnets: ["subnet-0abc", "subnet-0def"],
    listeners: [{ lbPort: 443, lbProtocol: "https", instancePort: 8080, instanceProtocol: "http", sslCertificateId: CERT }],
  });
}

/** An SSL negotiation `aws.elb.LoadBalancerPolicy` named "tls" on `web`. */
function negotiationPolicy(web: aws.elb.LoadBalancer, policyName: string, attributes: aws.types.input.elb.LoadBalancerPolicyPolicyAttribute[]): aws.elb.LoadBalancerPolicy {
  return new aws.elb.LoadBalancerPolicy("tls", {
    loadBalancerName: web.name,
    policyName,
    policyTypeName: "SSLNegotiationPolicyType",
    policyAttributes: attributes,
  });
}

/** The Pulumi form of `attachTls`. */
function attachTlsTo(web: aws.elb.LoadBalancer, tls: aws.elb.LoadBalancerPolicy): aws.elb.ListenerPolicy {
  return new aws.elb.ListenerPolicy("https", { loadBalancerName: web.name, loadBalancerPort: 443, policyNames: [tls.policyName] });
}

// ---------------------------------------------------------------- HCL

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
    name: "TLS 1.2-only custom policy that still enables RC4 and 3DES: each cipher named at its own line",
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
    name  = "RC4-SHA"
    value = "true"
  }

  policy_attribute {
    name  = "DES-CBC3-SHA"
    value = "true"
  }

  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
}
${attachTls}`,
    expect: [
      { resource: "aws_load_balancer_policy.tls", messageId: "weakCipher", line: 25 },
      { resource: "aws_load_balancer_policy.tls", messageId: "weakCipher", line: 30 },
    ],
  },
  {
    name: "export, anonymous, NULL and MD5 ciphers in an aws_lb_ssl_negotiation_policy, names in any case",
    hcl: `${elb}
resource "aws_lb_ssl_negotiation_policy" "tls" {
  name          = "web-ssl"
  load_balancer = aws_elb.web.id
  lb_port       = 443

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  attribute {
    name  = "exp-rc4-md5"
    value = "TRUE"
  }

  attribute {
    name  = "ADH-AES128-SHA"
    value = "true"
  }

  attribute {
    name  = "NULL-SHA"
    value = "true"
  }

  attribute {
    name  = "EDH-RSA-DES-CBC-SHA"
    value = "true"
  }
}
`,
    expect: [
      { resource: "aws_lb_ssl_negotiation_policy.tls", messageId: "weakCipher", line: 25 },
      { resource: "aws_lb_ssl_negotiation_policy.tls", messageId: "weakCipher", line: 30 },
      { resource: "aws_lb_ssl_negotiation_policy.tls", messageId: "weakCipher", line: 35 },
      { resource: "aws_lb_ssl_negotiation_policy.tls", messageId: "weakCipher", line: 40 },
    ],
  },
  {
    name: "anonymous ECDH with RC4 (AECDH-RC4-SHA) next to a weak protocol: both reported",
    hcl: `${elb}
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1.1"
    value = "true"
  }

  policy_attribute {
    name  = "AECDH-RC4-SHA"
    value = "true"
  }
}
${attachTls}`,
    expect: [
      { resource: "aws_load_balancer_policy.tls", messageId: "weakProtocol", line: 20 },
      { resource: "aws_load_balancer_policy.tls", messageId: "weakCipher", line: 25 },
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
    // `aws_elb.site[each.key]` is listed by its resource and `each.key`: the plan door pairs instances by key.
    plan: planFixture(
      Object.entries({ shop: "ELBSecurityPolicy-TLS-1-2-2017-01", blog: "ELBSecurityPolicy-2016-08" }).flatMap(([key, reference]): PlanResource[] => [
        elbPlan(`aws_elb.site["${key}"]`, { name: key, subnets: ["subnet-0abc"], listener: [listener(443, "https", 80, "http", CERT)] }),
        {
          address: `aws_load_balancer_policy.tls["${key}"]`,
          values: {
            load_balancer_name: key,
            policy_name: `${key}-tls`,
            policy_type_name: "SSLNegotiationPolicyType",
            policy_attribute: [attr("Reference-Security-Policy", reference)],
          },
          unknown: ["id"],
          refs: { load_balancer_name: ["aws_elb.site", "each.key"], "policy_attribute.0.value": ["each.value"] },
        },
        {
          address: `aws_load_balancer_listener_policy.https["${key}"]`,
          values: { load_balancer_name: key, load_balancer_port: 443, policy_names: [`${key}-tls`], triggers: null },
          unknown: ["id"],
          refs: { load_balancer_name: ["aws_elb.site", "each.key"], policy_names: ["aws_load_balancer_policy.tls", "each.key"] },
        },
      ]),
    ),
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
    name: "weak ciphers set to false are not enabled; CAMELLIA and AES-GCM ciphers are not weak",
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
    name  = "RC4-SHA"
    value = "false"
  }

  policy_attribute {
    name  = "DES-CBC3-SHA"
    value = "false"
  }

  policy_attribute {
    name  = "CAMELLIA128-SHA"
    value = "true"
  }

  policy_attribute {
    name  = "ECDHE-RSA-AES256-GCM-SHA384"
    value = "true"
  }
}
${attachTls}`,
    expect: [],
  },
  {
    name: "a weak cipher's value from a variable without a value is not evaluated",
    hcl: `variable "rc4" {
  type = string
}

${elb}
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  policy_attribute {
    name  = "RC4-SHA"
    value = var.rc4
  }
}
${attachTls}`,
    expect: [],
    unknown: ["aws_load_balancer_policy.tls"],
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
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply, unknown in a preview.
      const web = elbWeb();
      attachTlsTo(web, negotiationPolicy(web, "web-tls", [{ name: "Reference-Security-Policy", value: web.arn.apply(() => "ELBSecurityPolicy-TLS-1-2-2017-01") }]));
    },
    plan: planFixture([
      elbWebPlan,
      // A plan always has variable values; the same situation is a value read only at apply time.
      policyPlan(
        "aws_load_balancer_policy.tls",
        { policy_name: "web-tls", policy_type_name: "SSLNegotiationPolicyType", policy_attribute: [attr("Reference-Security-Policy", null)] },
        {
          unknown: ["policy_attribute.0.value"],
          refs: { "policy_attribute.0.value": ["data.aws_ssm_parameter.security_policy.value", "data.aws_ssm_parameter.security_policy"] },
        },
      ),
      attachTlsPlan("web-tls"),
    ]),
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
    pulumi: () => {
      // Pulumi's counterpart of a variable without a value: a value known only after apply, unknown in a preview.
      const web = elbWeb();
      new aws.elb.SslNegotiationPolicy("tls12", {
        name: "web-tls12",
        loadBalancer: web.id,
        lbPort: web.arn.apply(() => 443),
        attributes: [{ name: "Reference-Security-Policy", value: "ELBSecurityPolicy-TLS-1-2-2017-01" }],
      });
    },
    plan: planFixture([
      elbWebPlan,
      // A plan always has variable values; the same situation is a value read only at apply time.
      sslPolicyPlan(
        "aws_lb_ssl_negotiation_policy.tls12",
        "aws_elb.web",
        { name: "web-tls12", lb_port: null, attribute: [attr("Reference-Security-Policy", "ELBSecurityPolicy-TLS-1-2-2017-01")] },
        { unknown: ["lb_port"], refs: { lb_port: ["data.aws_ssm_parameter.tls_port.value", "data.aws_ssm_parameter.tls_port"] } },
      ),
    ]),
    expect: [],
    unknown: ["aws_elb.web"],
  },
]);
