/**
 * Scenarios for the fuzz suite: random but valid configurations of the resources the rules read, each with the
 * findings a simple oracle (RULES.md, restated as a few lines of code) says it must produce, and a safe variant of
 * the same shape that must produce none of them.
 */
import fc from "fast-check";
import type { Attr, Block, ResourceSpec } from "./hcl-gen";

export interface Scenario {
  family: string;
  resources: ResourceSpec[];
  /** The same resources with values that produce none of the judged findings (for the other instances). */
  safe: ResourceSpec[];
  /** Rule ids the oracle judges: every finding of these rules must be expected, and every expected one must appear. */
  judged: string[];
  /** `address|ruleId` the oracle expects, for the un-instanced addresses. */
  expected: string[];
}

const res = (type: string, name: string, attrs: Record<string, Attr>, blocks?: Record<string, Block[]>): ResourceSpec => ({ type, name, attrs, blocks });
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

// ---------------------------------------------------------------- security groups (MOAT-SG-001/002/003)

const V4 = ["0.0.0.0/0", "10.0.0.0/8", "203.0.113.0/24", "192.168.0.0/16"];
const V6 = ["::/0", "2001:db8::/32", "fd00::/8"];
const INTERNET = new Set(["0.0.0.0/0", "::/0"]);
const SG_JUDGED = ["MOAT-SG-001", "MOAT-SG-002", "MOAT-SG-003"];

const portsArb = fc
  .record({ from: fc.constantFrom(0, 1, 22, 80, 443, 1024, 3389, 8080, 60000), delta: fc.constantFrom(0, 1, 363, 1023, 1024, 2000, 65535) })
  .map(({ from, delta }) => ({ from, to: Math.min(65535, from + delta) }));

interface Ingress {
  form: "inline" | "sgRule" | "vpcRule";
  v4: string[];
  v6: string[];
  protocol: "tcp" | "udp" | "-1";
  from: number;
  to: number;
}

const ingressArb: fc.Arbitrary<Ingress> = fc
  .record({
    form: fc.constantFrom("inline" as const, "sgRule" as const, "vpcRule" as const),
    v4: fc.uniqueArray(fc.constantFrom(...V4), { maxLength: 2 }),
    v6: fc.uniqueArray(fc.constantFrom(...V6), { maxLength: 1 }),
    protocol: fc.constantFrom("tcp" as const, "udp" as const, "-1" as const),
    ports: portsArb,
  })
  .filter((i) => i.v4.length + i.v6.length > 0)
  .map(({ ports, ...i }) => {
    // An aws_vpc_security_group_ingress_rule has exactly one CIDR.
    const one = i.form === "vpcRule" ? (i.v4.length > 0 ? { v4: [i.v4[0]], v6: [] } : { v4: [], v6: [i.v6[0]] }) : {};
    return { ...i, ...one, ...ports };
  });

function sgOracle(i: Ingress): string[] {
  const isPublic = [...i.v4, ...i.v6].some((c) => INTERNET.has(c));
  const all = i.protocol === "-1";
  const every = all || (i.from <= 1 && i.to === 65535);
  const allowedOnly = i.protocol === "tcp" && i.from === i.to && (i.from === 80 || i.from === 443);
  const out: string[] = [];
  if (isPublic && every) out.push("MOAT-SG-001");
  if (isPublic && !every && !allowedOnly) out.push("MOAT-SG-002");
  if ((all || i.to - i.from + 1 > 1024) && !(isPublic && every)) out.push("MOAT-SG-003");
  return out;
}

function sgResources(i: Ingress): { resources: ResourceSpec[]; subject: string } {
  const group = (blocks?: Record<string, Block[]>) => res("aws_security_group", "web", { name: "web", description: "web tier", vpc_id: "vpc-0123456789abcdef0" }, blocks);
  const ports = i.protocol === "-1" ? { from_port: 0, to_port: 0 } : { from_port: i.from, to_port: i.to };
  const cidrs = { cidr_blocks: i.v4.length > 0 ? i.v4 : undefined, ipv6_cidr_blocks: i.v6.length > 0 ? i.v6 : undefined };
  switch (i.form) {
    case "inline":
      return { resources: [group({ ingress: [{ attrs: { description: "in", protocol: i.protocol, ...ports, ...cidrs } }] })], subject: "aws_security_group.web" };
    case "sgRule":
      return {
        resources: [group(), res("aws_security_group_rule", "in", { type: "ingress", security_group_id: { ref: "aws_security_group.web.id" }, protocol: i.protocol, ...ports, ...cidrs })],
        subject: "aws_security_group_rule.in",
      };
    case "vpcRule":
      return {
        resources: [
          group(),
          res("aws_vpc_security_group_ingress_rule", "in", {
            security_group_id: { ref: "aws_security_group.web.id" },
            ip_protocol: i.protocol,
            from_port: i.protocol === "-1" ? undefined : i.from,
            to_port: i.protocol === "-1" ? undefined : i.to,
            cidr_ipv4: i.v4[0],
            cidr_ipv6: i.v6[0],
          }),
        ],
        subject: "aws_vpc_security_group_ingress_rule.in",
      };
  }
}

export const sgScenario: fc.Arbitrary<Scenario> = ingressArb.map((i) => {
  const { resources, subject } = sgResources(i);
  // Same shape, private and narrow: TCP 443 from private ranges.
  const safeIngress: Ingress = { ...i, v4: i.v4.map(() => "10.0.0.0/8"), v6: i.v6.map(() => "fd00::/8"), protocol: "tcp", from: 443, to: 443 };
  return {
    family: `sg/${i.form}`,
    resources,
    safe: sgResources(safeIngress).resources,
    judged: SG_JUDGED,
    expected: sgOracle(i).map((id) => `${subject}|${id}`),
  };
});

// ---------------------------------------------------------------- load balancer listeners (MOAT-LB-001..005)

const CERT = "arn:aws:acm:us-east-1:123456789012:certificate/0f0e0d0c-1111-2222-3333-444455556666";
const TARGETS = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef";
const STRONG = ["ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS-1-2-2017-01", "ELBSecurityPolicy-FS-1-2-Res-2020-10"];
const WEAK = ["ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS-1-1-2017-01", "ELBSecurityPolicy-TLS13-1-0-2021-06"];
const LB_JUDGED = ["MOAT-LB-001", "MOAT-LB-002", "MOAT-LB-003", "MOAT-LB-004", "MOAT-LB-005", "MOAT-ELB-001"];
/** Ports where clients speak HTTP (MOAT-ELB-001's option httpPorts): TCP there is plain HTTP, on NLB and classic alike. */
const HTTP_PORTS = [80, 8080];

interface Listener {
  network: boolean;
  protocol: string | undefined;
  port: number;
  policy: string | undefined;
  cert: boolean;
  action: "forward" | "redirect" | "fixed-response";
  redirectProtocol: string | undefined;
  lbType: "explicit" | "absent";
}

const albListener: fc.Arbitrary<Listener> = fc.record({
  network: fc.constant(false),
  protocol: fc.constantFrom("HTTP", "HTTPS", undefined),
  port: fc.constantFrom(80, 443, 8080, 8443),
  policy: opt(fc.constantFrom(...STRONG, ...WEAK)),
  cert: fc.boolean(),
  action: fc.constantFrom("forward" as const, "redirect" as const, "fixed-response" as const),
  redirectProtocol: fc.constantFrom("HTTPS", "HTTP", "#{protocol}", undefined),
  lbType: fc.constantFrom("explicit" as const, "absent" as const),
});

const nlbListener: fc.Arbitrary<Listener> = fc.record({
  network: fc.constant(true),
  protocol: fc.constantFrom("TCP", "TLS", "UDP"),
  port: fc.constantFrom(80, 443, 8443, 22, 5671, 9093),
  policy: opt(fc.constantFrom(...STRONG, ...WEAK)),
  cert: fc.boolean(),
  action: fc.constant("forward" as const),
  redirectProtocol: fc.constant(undefined),
  lbType: fc.constant("explicit" as const),
});

const TLS_PORTS = [443, 8443, 636, 993, 995, 465, 5671, 9093];

function listenerOracle(l: Listener): string[] {
  const out: string[] = [];
  const protocol = l.protocol ?? "HTTP";
  const tls = protocol === "HTTPS" || protocol === "TLS";
  if (!l.network && protocol === "HTTP" && (l.action === "forward" || (l.action === "redirect" && l.redirectProtocol !== "HTTPS"))) {
    out.push("aws_lb_listener.front|MOAT-LB-001");
  }
  if (!l.network && protocol !== "HTTPS") out.push("aws_lb.main|MOAT-LB-002");
  if (tls && (l.policy === undefined || WEAK.includes(l.policy))) out.push("aws_lb_listener.front|MOAT-LB-003");
  if (tls && !l.cert) out.push("aws_lb_listener.front|MOAT-LB-004");
  if (l.network && protocol === "TCP" && TLS_PORTS.includes(l.port)) out.push("aws_lb_listener.front|MOAT-LB-005");
  if (l.network && protocol === "TCP" && HTTP_PORTS.includes(l.port)) out.push("aws_lb_listener.front|MOAT-ELB-001");
  return out;
}

function listenerResources(l: Listener): ResourceSpec[] {
  const tls = l.protocol === "HTTPS" || l.protocol === "TLS";
  const action: Block = { attrs: { type: l.action } };
  if (l.action === "forward") action.attrs.target_group_arn = TARGETS;
  if (l.action === "redirect") action.blocks = { redirect: [{ attrs: { port: "443", protocol: l.redirectProtocol, status_code: "HTTP_301" } }] };
  if (l.action === "fixed-response") action.blocks = { fixed_response: [{ attrs: { content_type: "text/plain", status_code: "404" } }] };
  return [
    res("aws_lb", "main", {
      name: "web",
      load_balancer_type: l.lbType === "absent" ? undefined : l.network ? "network" : "application",
      internal: false,
      subnets: ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
    }),
    res(
      "aws_lb_listener",
      "front",
      {
        load_balancer_arn: { ref: "aws_lb.main.arn" },
        port: l.port,
        protocol: l.protocol,
        ssl_policy: tls ? l.policy : undefined,
        certificate_arn: tls && l.cert ? CERT : undefined,
      },
      { default_action: [action] },
    ),
  ];
}

export const listenerScenario: fc.Arbitrary<Scenario> = fc.oneof(albListener, nlbListener).map((l) => {
  const safe: Listener = { ...l, protocol: l.network ? "TLS" : "HTTPS", port: 443, policy: STRONG[0], cert: true, redirectProtocol: "HTTPS" };
  return {
    family: l.network ? "lb/network" : "lb/application",
    resources: listenerResources(l),
    safe: listenerResources(safe),
    judged: LB_JUDGED,
    expected: listenerOracle(l),
  };
});

/**
 * A listener rule on a listener that redirects to HTTPS by default: on an HTTP listener a rule that forwards, or
 * redirects elsewhere than HTTPS, bypasses the redirect (MOAT-LB-001 on the rule); on an HTTPS listener nothing fails.
 */
export const listenerRuleScenario: fc.Arbitrary<Scenario> = fc
  .record({
    https: fc.boolean(),
    action: fc.constantFrom("forward" as const, "redirect" as const, "fixed-response" as const),
    redirectProtocol: fc.constantFrom("HTTPS", "HTTP", undefined),
    priority: fc.integer({ min: 1, max: 50000 }),
  })
  .map((r) => {
    const write = (https: boolean, redirectProtocol: string | undefined): ResourceSpec[] => {
      const action: Block = { attrs: { type: r.action } };
      if (r.action === "forward") action.attrs.target_group_arn = TARGETS;
      if (r.action === "redirect") action.blocks = { redirect: [{ attrs: { port: "443", protocol: redirectProtocol, status_code: "HTTP_302" } }] };
      if (r.action === "fixed-response") action.blocks = { fixed_response: [{ attrs: { content_type: "text/plain", status_code: "503" } }] };
      const [lb, listener] = listenerResources({
        network: false,
        protocol: https ? "HTTPS" : "HTTP",
        port: https ? 443 : 80,
        policy: STRONG[0],
        cert: true,
        action: "redirect",
        redirectProtocol: "HTTPS",
        lbType: "explicit",
      });
      const rule = res(
        "aws_lb_listener_rule",
        "api",
        { listener_arn: { ref: "aws_lb_listener.front.arn" }, priority: r.priority },
        { action: [action], condition: [{ attrs: {}, blocks: { path_pattern: [{ attrs: { values: ["/api/*"] } }] } }] },
      );
      return [lb, listener, rule];
    };
    const bypass = r.action === "forward" || (r.action === "redirect" && r.redirectProtocol !== "HTTPS");
    const expected = r.https ? [] : ["aws_lb.main|MOAT-LB-002", ...(bypass ? ["aws_lb_listener_rule.api|MOAT-LB-001"] : [])];
    return { family: "lb/rule", resources: write(r.https, r.redirectProtocol), safe: write(true, "HTTPS"), judged: LB_JUDGED, expected };
  });

// ---------------------------------------------------------------- databases (RDS-001, RDS-003, CACHE-001, REDSHIFT-001, DOCDB-001)

/** How each engine turns TLS enforcement on in its parameter group, with values that enforce it and values that do not. */
const TLS_PARAMETERS = {
  postgres: { family: "postgres16", version: "16.3", parameter: "rds.force_ssl", on: ["1"], off: ["0"] },
  mysql: { family: "mysql8.0", version: "8.0.39", parameter: "require_secure_transport", on: ["1", "ON", "true", "on"], off: ["0", "OFF", "false"] },
  "aurora-postgresql": { family: "aurora-postgresql15", version: "15.4", parameter: "rds.force_ssl", on: ["1"], off: ["0"] },
  "aurora-mysql": { family: "aurora-mysql8.0", version: "8.0.mysql_aurora.3.05.2", parameter: "require_secure_transport", on: ["ON", "1"], off: ["OFF", "0"] },
};

const rdsArb = fc
  .record({
    cluster: fc.boolean(),
    encrypted: fc.constantFrom(true, false, undefined),
    enforce: fc.boolean(),
    pick: fc.nat(),
    mysql: fc.boolean(),
  })
  .map((r) => {
    const engine: keyof typeof TLS_PARAMETERS = r.cluster ? (r.mysql ? "aurora-mysql" : "aurora-postgresql") : r.mysql ? "mysql" : "postgres";
    const values = r.enforce ? TLS_PARAMETERS[engine].on : TLS_PARAMETERS[engine].off;
    return { ...r, engine, value: values[r.pick % values.length] };
  });

/** An RDS instance (MOAT-RDS-001) or an Aurora cluster (MOAT-RDS-002) with its parameter group, and its storage (MOAT-RDS-003). */
export const rdsScenario: fc.Arbitrary<Scenario> = rdsArb.map(({ cluster, encrypted, engine, enforce, value }) => {
  const tls = TLS_PARAMETERS[engine];
  const write = (enc: boolean | undefined, v: string) => {
    const parameter = { parameter: [{ attrs: { name: tls.parameter, value: v } }] };
    if (cluster) {
      return [
        res("aws_rds_cluster_parameter_group", "pg", { name: "app-pg", family: tls.family }, parameter),
        res("aws_rds_cluster", "db", {
          cluster_identifier: "app",
          engine,
          engine_version: tls.version,
          master_username: "app",
          manage_master_user_password: true,
          db_cluster_parameter_group_name: { ref: "aws_rds_cluster_parameter_group.pg.name" },
          storage_encrypted: enc,
        }),
      ];
    }
    return [
      res("aws_db_parameter_group", "pg", { name: "app-pg", family: tls.family }, parameter),
      res("aws_db_instance", "db", {
        identifier: "app",
        engine,
        engine_version: tls.version,
        instance_class: "db.t3.micro",
        allocated_storage: 20,
        username: "app",
        manage_master_user_password: true,
        parameter_group_name: { ref: "aws_db_parameter_group.pg.name" },
        storage_encrypted: enc,
      }),
    ];
  };
  const subject = cluster ? "aws_rds_cluster.db" : "aws_db_instance.db";
  const tlsRule = cluster ? "MOAT-RDS-002" : "MOAT-RDS-001";
  const expected: string[] = [];
  if (encrypted !== true) expected.push(`${subject}|MOAT-RDS-003`);
  if (!enforce) expected.push(`${subject}|${tlsRule}`);
  return { family: `rds/${engine}`, resources: write(encrypted, value), safe: write(true, tls.on[0]), judged: ["MOAT-RDS-001", "MOAT-RDS-002", "MOAT-RDS-003"], expected };
});

/** A replication group (transit encryption, and its mode), or a cache cluster outside any group. */
export const cacheScenario: fc.Arbitrary<Scenario> = fc
  .record({
    cluster: fc.boolean(),
    enabled: fc.constantFrom(true, false, undefined),
    mode: fc.constantFrom("preferred", "required", undefined),
    engine: fc.constantFrom("redis", "valkey", "memcached", "Memcached"),
  })
  .map(({ cluster, enabled, mode, engine }) => {
    if (cluster) {
      const write = (on: boolean | undefined) => [
        res("aws_elasticache_cluster", "cache", { cluster_id: "app-cache", engine, node_type: "cache.t4g.micro", num_cache_nodes: 1, transit_encryption_enabled: on }),
      ];
      return {
        family: "elasticache/cluster",
        resources: write(enabled),
        safe: write(true),
        judged: ["MOAT-CACHE-001"],
        expected: enabled !== true ? ["aws_elasticache_cluster.cache|MOAT-CACHE-001"] : [],
      };
    }
    const groupEngine = engine.toLowerCase() === "memcached" ? "redis" : engine;
    const write = (on: boolean | undefined, m: string | undefined) => [
      res("aws_elasticache_replication_group", "cache", {
        replication_group_id: "app-cache",
        description: "app cache",
        engine: groupEngine,
        node_type: "cache.t4g.micro",
        transit_encryption_enabled: on,
        transit_encryption_mode: on === true ? m : undefined,
      }),
    ];
    const fails = enabled !== true || mode === "preferred";
    return {
      family: "elasticache/group",
      resources: write(enabled, mode),
      safe: write(true, "required"),
      judged: ["MOAT-CACHE-001"],
      expected: fails ? ["aws_elasticache_replication_group.cache|MOAT-CACHE-001"] : [],
    };
  });

export const redshiftScenario: fc.Arbitrary<Scenario> = fc.constantFrom("true", "TRUE", "false", "False", "0").map((value) => {
  const write = (v: string) => [
    res("aws_redshift_parameter_group", "wh", { name: "warehouse", family: "redshift-2.0" }, { parameter: [{ attrs: { name: "require_ssl", value: v } }] }),
    res("aws_redshift_cluster", "wh", {
      cluster_identifier: "warehouse",
      node_type: "ra3.xlplus",
      master_username: "admin_user",
      manage_master_password: true,
      cluster_parameter_group_name: { ref: "aws_redshift_parameter_group.wh.name" },
    }),
  ];
  return {
    family: "redshift",
    resources: write(value),
    safe: write("true"),
    judged: ["MOAT-REDSHIFT-001"],
    expected: value.toLowerCase() === "true" ? [] : ["aws_redshift_parameter_group.wh|MOAT-REDSHIFT-001"],
  };
});

export const docdbScenario: fc.Arbitrary<Scenario> = fc.constantFrom("enabled", "disabled", "tls1.2+", "tls1.3+").map((value) => {
  const write = (v: string) => [
    res("aws_docdb_cluster_parameter_group", "orders", { name: "orders", family: "docdb5.0" }, { parameter: [{ attrs: { name: "tls", value: v } }] }),
    res("aws_docdb_cluster", "orders", {
      cluster_identifier: "orders",
      master_username: "orders_admin",
      manage_master_user_password: true,
      db_cluster_parameter_group_name: { ref: "aws_docdb_cluster_parameter_group.orders.name" },
    }),
  ];
  return {
    family: "docdb",
    resources: write(value),
    safe: write("tls1.2+"),
    judged: ["MOAT-DOCDB-001"],
    expected: value === "disabled" ? ["aws_docdb_cluster_parameter_group.orders|MOAT-DOCDB-001"] : [],
  };
});

/**
 * A classic load balancer listener, whatever the case of lb_protocol: MOAT-ELB-001 for plain HTTP or TCP on an HTTP
 * port, MOAT-LB-005 for TCP on a TLS port.
 */
export const classicScenario: fc.Arbitrary<Scenario> = fc
  .record({ protocol: fc.constantFrom("http", "HTTP", "tcp", "Tcp", "https", "ssl", "SSL"), port: fc.constantFrom(80, 443, 8080, 5000) })
  .map(({ protocol, port }) => {
    const write = (p: string, lbPort: number) => {
      const tls = p.toLowerCase() === "https" || p.toLowerCase() === "ssl";
      return [
        res("aws_elb", "classic", { name: "classic", availability_zones: ["us-east-1a"] }, {
          listener: [{ attrs: { instance_port: 8080, instance_protocol: "http", lb_port: lbPort, lb_protocol: p, ssl_certificate_id: tls ? CERT : undefined } }],
        }),
      ];
    };
    // http on any port; tcp only where clients speak HTTP (MOAT-ELB-001), TCP on a TLS port is passthrough (MOAT-LB-005),
    // on 5000 it is neither.
    const p = protocol.toLowerCase();
    const expected: string[] = [];
    if (p === "http" || (p === "tcp" && HTTP_PORTS.includes(port))) expected.push("aws_elb.classic|MOAT-ELB-001");
    if (p === "tcp" && TLS_PORTS.includes(port)) expected.push("aws_elb.classic|MOAT-LB-005");
    return {
      family: "elb/classic",
      resources: write(protocol, port),
      safe: write("https", 443),
      judged: ["MOAT-ELB-001", "MOAT-LB-005"],
      expected,
    };
  });

export const SCENARIOS = { sg: sgScenario, listener: listenerScenario, listenerRule: listenerRuleScenario, rds: rdsScenario, cache: cacheScenario, classic: classicScenario, redshift: redshiftScenario, docdb: docdbScenario };
