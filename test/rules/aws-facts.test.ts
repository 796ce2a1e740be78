import {
  CLASSIC_POLICIES_WITHOUT_PUBLISHED_TABLE,
  CLASSIC_PROTOCOL_ATTRIBUTES,
  CONSOLE_DEFAULT_ELBV2_POLICY,
  DEFAULT_CLASSIC_POLICY,
  DEFAULT_ELBV2_POLICY,
  ELB_POLICY_SOURCES,
  ELB_SECURITY_POLICIES,
  REFERENCE_SECURITY_POLICY_ATTRIBUTE,
  classicAttributeEnabled,
  compareTls,
  isConfirmed,
  isForwardSecretCipher,
  minTlsVersion,
  parseTlsVersion,
  type ElbSecurityPolicy,
  type LoadBalancerKind,
} from "../../rules/aws/elbv2/tls-policies";
import {
  ORACLE_TLS_OPTION,
  RDS_TLS_SOURCES,
  defaultTlsEnforcement,
  engineFamilyOf,
  majorVersionOf,
  tlsParameterFor,
  tlsUnenforceable,
  type TlsDefault,
} from "../../rules/aws/rds/tls-defaults";

function policy(name: string): ElbSecurityPolicy {
  const p = ELB_SECURITY_POLICIES.get(name);
  if (!p) throw new Error(`${name} is missing from ELB_SECURITY_POLICIES`);
  return p;
}

function policiesFor(kind: LoadBalancerKind): ElbSecurityPolicy[] {
  return [...ELB_SECURITY_POLICIES.values()].filter((p) => p.loadBalancers.includes(kind));
}

describe("ELB security policies", () => {
  it("knows the API default ELBSecurityPolicy-2016-08 allows TLS 1.0 to 1.2 on every load balancer kind", () => {
    expect(DEFAULT_ELBV2_POLICY).toBe("ELBSecurityPolicy-2016-08");
    expect(DEFAULT_CLASSIC_POLICY).toBe("ELBSecurityPolicy-2016-08");
    const p = policy(DEFAULT_ELBV2_POLICY);
    expect(p.protocols).toEqual(["TLSv1.0", "TLSv1.1", "TLSv1.2"]);
    expect(minTlsVersion(p)).toBe("TLSv1.0");
    expect(p.forwardSecret).toBe(false);
    expect(p.loadBalancers).toEqual(expect.arrayContaining(["alb", "nlb", "classic"]));
  });

  it("knows the console default is a post-quantum policy with TLS 1.2 as its floor", () => {
    const p = policy(CONSOLE_DEFAULT_ELBV2_POLICY);
    expect(p.postQuantum).toBe(true);
    expect(minTlsVersion(p)).toBe("TLSv1.2");
  });

  it("gives ELBSecurityPolicy-TLS13-1-2-2021-06 a TLS 1.2 floor, TLS 1.3, and forward secrecy", () => {
    const p = policy("ELBSecurityPolicy-TLS13-1-2-2021-06");
    expect(minTlsVersion(p)).toBe("TLSv1.2");
    expect(p.protocols).toContain("TLSv1.3");
    expect(p.forwardSecret).toBe(true);
    expect(p.fips).toBe(false);
    expect(p.postQuantum).toBe(false);
  });

  it("does not trust the TLS13 prefix: TLS13-1-0 and TLS13-1-1 policies allow TLS 1.0 and 1.1", () => {
    expect(minTlsVersion(policy("ELBSecurityPolicy-TLS13-1-0-2021-06"))).toBe("TLSv1.0");
    expect(minTlsVersion(policy("ELBSecurityPolicy-TLS13-1-1-2021-06"))).toBe("TLSv1.1");
    expect(minTlsVersion(policy("ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04"))).toBe("TLSv1.0");
    expect(minTlsVersion(policy("ELBSecurityPolicy-TLS13-1-0-PQ-2025-09"))).toBe("TLSv1.0");
  });

  it("knows which policies allow TLS 1.3 only", () => {
    for (const name of [
      "ELBSecurityPolicy-TLS13-1-3-2021-06",
      "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
      "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
      "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
    ]) {
      const p = policy(name);
      expect(p.protocols).toEqual(["TLSv1.3"]);
      expect(p.forwardSecret).toBe(true);
      expect(isConfirmed(p, "forwardSecret")).toBe(true);
    }
  });

  it("marks every FS policy forward-secret, TLS 1.2 and below, and the Ext policies not forward-secret", () => {
    const fs = [...ELB_SECURITY_POLICIES.values()].filter((p) => p.name.startsWith("ELBSecurityPolicy-FS-"));
    expect(fs.map((p) => p.name).sort()).toEqual([
      "ELBSecurityPolicy-FS-1-1-2019-08",
      "ELBSecurityPolicy-FS-1-2-2019-08",
      "ELBSecurityPolicy-FS-1-2-Res-2019-08",
      "ELBSecurityPolicy-FS-1-2-Res-2020-10",
      "ELBSecurityPolicy-FS-2018-06",
    ]);
    for (const p of fs) {
      expect(p.forwardSecret).toBe(true);
      expect(p.protocols).not.toContain("TLSv1.3");
    }
    expect(minTlsVersion(policy("ELBSecurityPolicy-FS-2018-06"))).toBe("TLSv1.0");
    expect(policy("ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06").forwardSecret).toBe(false);
    expect(policy("ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06").forwardSecret).toBe(false);
    expect(policy("ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04").forwardSecret).toBe(true);
    expect(policy("ELBSecurityPolicy-TLS-1-2-2017-01").forwardSecret).toBe(false);
  });

  it("flags FIPS and post-quantum policies, and only those", () => {
    const fips = [...ELB_SECURITY_POLICIES.values()].filter((p) => p.fips).map((p) => p.name);
    expect(fips).toContain("ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04");
    expect(fips).toContain("ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09");
    expect(fips).toContain("ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07");
    expect(fips.every((n) => n.includes("-FIPS-"))).toBe(true);
    expect(policy("ELBSecurityPolicy-TLS13-1-2-2021-06").fips).toBe(false);

    const pq = [...ELB_SECURITY_POLICIES.values()].filter((p) => p.postQuantum).map((p) => p.name);
    expect(pq).toHaveLength(14);
    expect(pq.every((n) => n.endsWith("-PQ-2025-09"))).toBe(true);
    expect(policy("ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09").fips).toBe(true);
  });

  it("keeps FIPS policies to FIPS-approved TLS 1.3 suites (no ChaCha20)", () => {
    expect(policy("ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04").ciphers).toEqual(["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"]);
    expect(policy("ELBSecurityPolicy-TLS13-1-3-2021-06").ciphers).toContain("TLS_CHACHA20_POLY1305_SHA256");
  });

  it("says where post-quantum cipher lists are unconfirmed instead of asserting forward secrecy", () => {
    const ext2 = policy("ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09");
    expect(isConfirmed(ext2, "forwardSecret")).toBe(false);
    expect(isConfirmed(ext2, "protocols")).toBe(true);
    expect(isConfirmed(policy("ELBSecurityPolicy-TLS13-1-2-2021-06"), "forwardSecret")).toBe(true);
    expect(isConfirmed(policy("ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP4-FIPS-2023-07"), "protocols")).toBe(false);
  });

  it("keeps classic-only policies off ALB and NLB and the classic table complete", () => {
    const classic = policiesFor("classic").map((p) => p.name).sort();
    expect(classic).toEqual([
      "ELBSecurityPolicy-2015-02",
      "ELBSecurityPolicy-2015-03",
      "ELBSecurityPolicy-2015-05",
      "ELBSecurityPolicy-2016-08",
      "ELBSecurityPolicy-TLS-1-1-2017-01",
      "ELBSecurityPolicy-TLS-1-2-2017-01",
    ]);
    expect(policy("ELBSecurityPolicy-2015-03").loadBalancers).toEqual(["classic"]);
    // DHE suites are forward-secret but the RSA key-exchange ones in the same policy are not.
    expect(policy("ELBSecurityPolicy-2015-03").forwardSecret).toBe(false);
    expect(policiesFor("classic").every((p) => !p.protocols.includes("TLSv1.3"))).toBe(true);
  });

  it("covers every ALB and NLB policy family", () => {
    expect(policiesFor("alb")).toHaveLength(47);
    expect(policiesFor("nlb")).toHaveLength(47);
    expect(ELB_SECURITY_POLICIES.has("ELBSecurityPolicy-TLS-1-0-2015-04")).toBe(true);
    expect(minTlsVersion(policy("ELBSecurityPolicy-TLS-1-0-2015-04"))).toBe("TLSv1.0");
  });

  it("looks names up exactly, as AWS does", () => {
    expect(ELB_SECURITY_POLICIES.get("elbsecuritypolicy-2016-08")).toBeUndefined();
    expect(ELB_SECURITY_POLICIES.get("ELBSecurityPolicy-TLS13-1-2")).toBeUndefined();
  });

  it("leaves classic policies AWS publishes no table for out of the table, so a rule reports them as unknown", () => {
    for (const name of ["ELBSecurityPolicy-2011-08", "ELBSecurityPolicy-2014-01", "ELBSecurityPolicy-2014-10", "ELBSample-OpenSSLDefaultCipherPolicy"]) {
      expect(ELB_SECURITY_POLICIES.has(name)).toBe(false);
      expect(CLASSIC_POLICIES_WITHOUT_PUBLISHED_TABLE.has(name)).toBe(true);
    }
  });

  it("keeps every entry internally consistent", () => {
    const sourceUrls = new Set(ELB_POLICY_SOURCES.map((s) => s.url));
    for (const p of ELB_SECURITY_POLICIES.values()) {
      expect(p.protocols.length).toBeGreaterThan(0);
      const sorted = [...p.protocols].sort(compareTls);
      expect(p.protocols).toEqual(sorted);
      expect(p.fips).toBe(p.name.includes("-FIPS-"));
      expect(p.postQuantum).toBe(p.name.includes("-PQ-"));
      expect(sourceUrls.has(p.source)).toBe(true);
      if (p.ciphers) expect(p.forwardSecret).toBe(p.ciphers.every(isForwardSecretCipher));
      if (p.protocols.includes("TLSv1.3") === false) expect(p.ciphers?.some((c) => c.startsWith("TLS_")) ?? false).toBe(false);
    }
  });

  it("orders and parses TLS versions", () => {
    expect(compareTls("TLSv1.0", "TLSv1.2")).toBeLessThan(0);
    expect(compareTls("TLSv1.3", "TLSv1.2")).toBeGreaterThan(0);
    expect(compareTls("SSLv3", "TLSv1.0")).toBeLessThan(0);
    expect(compareTls("TLSv1.2", "TLSv1.2")).toBe(0);
    expect(parseTlsVersion("1.2")).toBe("TLSv1.2");
    expect(parseTlsVersion("1.3")).toBe("TLSv1.3");
    expect(parseTlsVersion("TLSv1")).toBe("TLSv1.0");
    expect(parseTlsVersion("TLSv1.1")).toBe("TLSv1.1");
    expect(parseTlsVersion("SSLv3")).toBe("SSLv3");
    expect(parseTlsVersion("1.4")).toBeUndefined();
    expect(parseTlsVersion("2")).toBeUndefined();
  });

  it("maps classic negotiation-policy attributes to protocol versions", () => {
    expect(CLASSIC_PROTOCOL_ATTRIBUTES.get("Protocol-SSLv3")).toBe("SSLv3");
    expect(CLASSIC_PROTOCOL_ATTRIBUTES.get("Protocol-TLSv1")).toBe("TLSv1.0");
    expect(CLASSIC_PROTOCOL_ATTRIBUTES.get("Protocol-TLSv1.1")).toBe("TLSv1.1");
    expect(CLASSIC_PROTOCOL_ATTRIBUTES.get("Protocol-TLSv1.2")).toBe("TLSv1.2");
    expect(REFERENCE_SECURITY_POLICY_ATTRIBUTE).toBe("Reference-Security-Policy");
    expect(classicAttributeEnabled("true")).toBe(true);
    expect(classicAttributeEnabled(" TRUE ")).toBe(true);
    expect(classicAttributeEnabled("false")).toBe(false);
  });

  it("refuses to invent a floor for an empty protocol list", () => {
    expect(() => minTlsVersion({ ...policy(DEFAULT_ELBV2_POLICY), protocols: [] })).toThrow(/lists no protocols/);
  });
});

function enforced(d: TlsDefault): boolean | "unknown" {
  return "unknown" in d ? "unknown" : d.enforced;
}

describe("RDS TLS defaults", () => {
  it("RDS for PostgreSQL forces TLS by default from major version 15, not before", () => {
    expect(enforced(defaultTlsEnforcement("postgres", "15"))).toBe(true);
    expect(enforced(defaultTlsEnforcement("postgres", "15.4"))).toBe(true);
    expect(enforced(defaultTlsEnforcement("postgres", "17.2"))).toBe(true);
    expect(enforced(defaultTlsEnforcement("postgres", "postgres16"))).toBe(true);
    expect(enforced(defaultTlsEnforcement("postgres", "14.10"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("postgres", "9.6.22"))).toBe(false);
    expect(defaultTlsEnforcement("postgres", "15")).toMatchObject({ parameter: "rds.force_ssl" });
  });

  it("does not guess the default when the version decides it and is not set", () => {
    for (const engine of ["postgres", "mysql", "mariadb", "aurora-mysql"]) {
      expect(enforced(defaultTlsEnforcement(engine, undefined))).toBe("unknown");
    }
    expect(enforced(defaultTlsEnforcement("mysql", "8"))).toBe("unknown");
  });

  it("RDS for MySQL leaves TLS optional up to 8.4 and forces it on 9.7", () => {
    expect(enforced(defaultTlsEnforcement("mysql", "8.0.35"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("mysql", "mysql8.0"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("mysql", "8.4.3"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("mysql", "5.7.44"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("mysql", "9.7.0"))).toBe(true);
    expect(enforced(defaultTlsEnforcement("mysql", "9.1.0"))).toBe("unknown");
  });

  it("RDS for MariaDB leaves TLS optional up to 11.4 and forces it from 11.8", () => {
    expect(enforced(defaultTlsEnforcement("mariadb", "10.11.6"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("mariadb", "mariadb10.6"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("mariadb", "11.4.3"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("mariadb", "11.8.1"))).toBe(true);
    expect(enforced(defaultTlsEnforcement("mariadb", "10.4.34"))).toBe(false);
  });

  it("names the versions whose parameter groups cannot require TLS at all, and the upgrade", () => {
    expect(tlsUnenforceable("mariadb", "10.4.34")).toMatchObject({ upgrade: "MariaDB 10.5 or later", why: expect.stringContaining("from 10.5") });
    expect(tlsUnenforceable("mariadb", "10.5.25")).toBeUndefined();
    expect(tlsUnenforceable("mysql", "5.6.51")).toMatchObject({ upgrade: "MySQL 5.7 or later" });
    expect(tlsUnenforceable("mysql", "5.7.44")).toBeUndefined();
    expect(tlsUnenforceable("aurora-mysql", "5.6.mysql_aurora.1.23.4")).toMatchObject({ parameter: "require_secure_transport" });
    expect(tlsUnenforceable("aurora-mysql", "8.0.mysql_aurora.3.05.2")).toBeUndefined();
    expect(tlsUnenforceable("postgres", "9.6.24")).toBeUndefined();
    expect(tlsUnenforceable("mysql", undefined)).toBeUndefined();
  });

  it("Aurora MySQL forces TLS by default only on version 8.4", () => {
    expect(enforced(defaultTlsEnforcement("aurora-mysql", "8.0.mysql_aurora.3.05.2"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("aurora-mysql", "5.7.mysql_aurora.2.11.2"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("aurora-mysql", "aurora-mysql8.0"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("aurora-mysql", "8.4.7"))).toBe(true);
    expect(enforced(defaultTlsEnforcement("aurora", "5.6.10a"))).toBe(false);
  });

  it("engines whose default never depends on the version are known even without one", () => {
    expect(enforced(defaultTlsEnforcement("aurora-postgresql", undefined))).toBe(false);
    expect(enforced(defaultTlsEnforcement("aurora-postgresql", "16.4"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("sqlserver-se", undefined))).toBe(false);
    expect(enforced(defaultTlsEnforcement("sqlserver-ee", "15.00.4345.5.v1"))).toBe(false);
    expect(enforced(defaultTlsEnforcement("db2-se", undefined))).toBe(false);
    expect(enforced(defaultTlsEnforcement("oracle-ee", "19.0.0.0.ru-2024-01.rur-2024-01.r1"))).toBe(false);
    expect(defaultTlsEnforcement("oracle-se2", undefined)).toMatchObject({ parameter: expect.stringContaining("option group") });
  });

  it("says it does not know engines it has no facts for", () => {
    expect(enforced(defaultTlsEnforcement("custom-oracle-ee", "19"))).toBe("unknown");
    expect(enforced(defaultTlsEnforcement("neptune", undefined))).toBe("unknown");
  });

  it("cites one of its listed sources for every default", () => {
    const urls = new Set(RDS_TLS_SOURCES.map((s) => s.url));
    const cases: [string, string | undefined][] = [
      ["postgres", "15"], ["postgres", "14"], ["mysql", "8.0"], ["mysql", "9.7"], ["mariadb", "11.8"], ["mariadb", "10.4"],
      ["aurora-mysql", "8.4.7"], ["aurora-mysql", "8.0.mysql_aurora.3.05.2"], ["aurora", "5.6.10a"],
      ["aurora-postgresql", undefined], ["sqlserver-web", undefined], ["oracle-ee-cdb", undefined], ["db2-ae", undefined],
    ];
    for (const [engine, version] of cases) {
      const d = defaultTlsEnforcement(engine, version);
      if ("unknown" in d) throw new Error(`${engine} ${version}: ${d.unknown}`);
      expect(urls.has(d.source)).toBe(true);
    }
    expect(urls.has(ORACLE_TLS_OPTION.source)).toBe(true);
  });

  it("derives the major version from engine_version and from parameter group families", () => {
    const cases: [string, string, string | undefined][] = [
      ["postgres", "15.4", "15"],
      ["postgres", "9.6.22", "9.6"],
      ["postgres", "postgres16", "16"],
      ["aurora-postgresql", "aurora-postgresql15", "15"],
      ["aurora-postgresql", "15.4", "15"],
      ["mysql", "8.0.35", "8.0"],
      ["mysql", "mysql8.0", "8.0"],
      ["aurora-mysql", "8.0.mysql_aurora.3.05.2", "8.0"],
      ["aurora-mysql", "aurora-mysql8.0", "8.0"],
      ["aurora-mysql", "8.4.7", "8.4"],
      ["aurora", "aurora5.6", "5.6"],
      ["aurora", "5.6.mysql_aurora.1.22.2", "5.6"],
      ["mariadb", "10.11.6", "10.11"],
      ["mariadb", "mariadb10.11", "10.11"],
      ["sqlserver-se", "15.00.4345.5.v1", "15.0"],
      ["sqlserver-se", "sqlserver-se-15.0", "15.0"],
      ["oracle-ee", "19.0.0.0.ru-2024-01.rur-2024-01.r1", "19"],
      ["oracle-ee-cdb", "oracle-ee-cdb-19", "19"],
      ["db2-se", "11.5.9.0.sb00000000.r1", "11.5"],
      ["db2-se", "db2-se-11.5", "11.5"],
      ["mysql", "8", undefined],
      ["mysql", "postgres16", undefined],
      ["postgres", "latest", undefined],
      ["neptune", "1.2.0.0", undefined],
    ];
    for (const [engine, text, major] of cases) expect([engine, text, majorVersionOf(engine, text)]).toEqual([engine, text, major]);
  });

  it("maps Terraform engine names onto engine families", () => {
    expect(engineFamilyOf("sqlserver-ex")).toBe("sqlserver");
    expect(engineFamilyOf("oracle-se2-cdb")).toBe("oracle");
    expect(engineFamilyOf("db2-ae")).toBe("db2");
    expect(engineFamilyOf("aurora")).toBe("aurora-mysql");
    expect(engineFamilyOf("Postgres")).toBe("postgres");
    expect(engineFamilyOf("custom-sqlserver-ee")).toBeUndefined();
  });

  it("knows which parameter values force TLS", () => {
    const pg = tlsParameterFor("postgres");
    expect(pg?.name).toBe("rds.force_ssl");
    expect(pg?.enforcing("1")).toBe(true);
    expect(pg?.enforcing("0")).toBe(false);
    expect(tlsParameterFor("sqlserver-se")?.enforcing("true")).toBe(true);
    expect(tlsParameterFor("aurora-postgresql")?.name).toBe("rds.force_ssl");

    const my = tlsParameterFor("mysql");
    expect(my?.name).toBe("require_secure_transport");
    for (const v of ["1", "ON", "on", "TRUE", "true"]) expect(my?.enforcing(v)).toBe(true);
    for (const v of ["0", "OFF", "false", ""]) expect(my?.enforcing(v)).toBe(false);
    expect(tlsParameterFor("aurora-mysql")?.name).toBe("require_secure_transport");
    expect(tlsParameterFor("mariadb")?.name).toBe("require_secure_transport");

    const db2 = tlsParameterFor("db2-se");
    expect(db2?.name).toBe("db2comm");
    expect(db2?.matchesName("DB2COMM")).toBe(true);
    expect(db2?.enforcing("SSL")).toBe(true);
    expect(db2?.enforcing(" ssl ")).toBe(true);
    // TCPIP next to SSL keeps the clear-text listener open.
    expect(db2?.enforcing("TCPIP,SSL")).toBe(false);
    expect(db2?.enforcing("ssl, tcpip")).toBe(false);
    expect(db2?.enforcing("TCPIP")).toBe(false);

    expect(tlsParameterFor("oracle-ee")).toBeUndefined();
    expect(ORACLE_TLS_OPTION.enforcesTls).toBe(false);
  });
});
