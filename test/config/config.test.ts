/**
 * moat.config.yaml: what a valid file gives moat, what an invalid one tells the user (file, line, key, value and what
 * is allowed), where moat finds it, and how its exceptions reach the Pulumi pack.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { ConfigError, configSchemaFor, excludedBy, findConfigFile, loadConfig, parseConfig, pathGlob, pulumiPolicyConfig } from "../../core/config";
import { DEFAULT_LIMITS, LIMIT_DESCRIPTIONS, resolveLimits } from "../../core/limits";
import { isCalendarDate } from "../../core/dates";
import { addressGlob } from "../../core/suppressions";
import { rules } from "../../rules";
import { repo } from "./workspace";

function problemsOf(yaml: string, file = "moat.config.yaml"): string[] {
  try {
    parseConfig(yaml, `/repo/${file}`, rules, file);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("the config was accepted");
}

describe("a valid config", () => {
  test("gives the policy (exceptions taken out of it), threshold, exclusions and every exception with where it is written", () => {
    const config = parseConfig(
      `# the platform team's guardrails
policy:
  all: mandatory
  sg-wide-port-range: disabled
  MOAT-LB-005: advisory
  sg-public-ingress-restricted-port:
    enforcementLevel: mandatory
    allowedPublicPorts: { tcp: [80, 443, 8443], udp: [] }
    exceptions:
      - resource: "aws_security_group.vpn"
        reason: "VPN endpoint, OPS-7"
severityThreshold: medium
exclude: ["legacy/**", "**/test-fixtures/**"]
exceptions:
  - rule: MOAT-SG-002
    resource: "module.bastion.aws_security_group.*"
    reason: "bastion host, OPS-123"
    expires: 2027-03-31
inlineSuppressions: false
`,
      "/repo/moat.config.yaml",
      rules,
    );
    expect(config.policy).toEqual({
      all: "mandatory",
      "sg-wide-port-range": "disabled",
      "MOAT-LB-005": "advisory",
      "sg-public-ingress-restricted-port": { enforcementLevel: "mandatory", allowedPublicPorts: { tcp: [80, 443, 8443], udp: [] } },
    });
    expect(config).toMatchObject({ file: "/repo/moat.config.yaml", dir: "/repo", severityThreshold: "medium", exclude: ["legacy/**", "**/test-fixtures/**"], inlineSuppressions: false });
    expect(config.exceptions).toEqual([
      {
        rule: "MOAT-SG-002",
        resource: "module.bastion.aws_security_group.*",
        reason: "bastion host, OPS-123",
        expires: "2027-03-31",
        by: "moat.config.yaml: exceptions[0]",
        key: "exceptions[0]",
        file: "/repo/moat.config.yaml",
        line: 15,
      },
      {
        rule: "sg-public-ingress-restricted-port",
        resource: "aws_security_group.vpn",
        reason: "VPN endpoint, OPS-7",
        by: "moat.config.yaml: policy.sg-public-ingress-restricted-port.exceptions[0]",
        key: "policy.sg-public-ingress-restricted-port.exceptions[0]",
        file: "/repo/moat.config.yaml",
        line: 10,
      },
    ]);
  });

  test("JSON works too, and an empty file is an empty config", () => {
    expect(parseConfig('{ "policy": { "all": "advisory" } }', "/repo/moat.config.json", rules).policy).toEqual({ all: "advisory" });
    expect(parseConfig("", "/repo/moat.config.yaml", rules)).toMatchObject({ policy: {}, exclude: [], exceptions: [] });
  });
});

describe("an invalid config names the file, the line, the key, the value and what is allowed", () => {
  test.each([
    ["a wrong option type", "policy:\n  sg-wide-port-range:\n    maxPortRange: many\n", 'moat.config.yaml:3: policy.sg-wide-port-range.maxPortRange: "many" must be an integer'],
    ["an option out of range", "policy:\n  sg-wide-port-range: { maxPortRange: 0 }\n", "moat.config.yaml:2: policy.sg-wide-port-range.maxPortRange: 0 must be at least 1"],
    ["an unknown level", "policy:\n  all: mandatroy\n", `moat.config.yaml:2: policy.all: "mandatroy" is not allowed (did you mean 'mandatory'?); allowed: mandatory, advisory, disabled, remediate`],
    [
      "an unknown rule",
      "policy:\n  sg-wide-port-rnage: disabled\n",
      "moat.config.yaml:2: policy.sg-wide-port-rnage: unknown rule (did you mean 'sg-wide-port-range'?); name a rule by its name or id (`moat rules` lists them), or use all",
    ],
    [
      "an unknown option",
      "policy:\n  sg-wide-port-range:\n    maxPortRang: 3\n",
      "moat.config.yaml:3: policy.sg-wide-port-range.maxPortRang: sg-wide-port-range has no option 'maxPortRang' (did you mean 'maxPortRange'?); allowed: enforcementLevel, exceptions, maxPortRange, publicPrefixMax",
    ],
    [
      "a rule given a number",
      "policy:\n  MOAT-SG-003: 5\n",
      "moat.config.yaml:2: policy.MOAT-SG-003: 5 must be a level (mandatory, advisory, disabled, remediate) or a mapping with enforcementLevel and the rule's options",
    ],
    [
      "a rule named by its id and its name",
      "policy:\n  MOAT-SG-003: disabled\n  sg-wide-port-range: advisory\n",
      "moat.config.yaml:3: policy.sg-wide-port-range: names the same rule as policy.MOAT-SG-003 (MOAT-SG-003 is sg-wide-port-range); keep one of them",
    ],
    ["an unknown severity", "severityThreshold: hihg\n", `moat.config.yaml:1: severityThreshold: "hihg" is not allowed (did you mean 'high'?); allowed: critical, high, medium, low`],
    ["exclude as a string", "exclude: legacy\n", 'moat.config.yaml:1: exclude: "legacy" must be a list'],
    ["an unknown top-level key", "polcy: {}\n", "moat.config.yaml:1: polcy: unknown key (did you mean 'policy'?); allowed: $schema, policy, severityThreshold, exclude, exceptions, inlineSuppressions, limits, cacheDir"],
    [
      "an exception without a reason",
      "exceptions:\n  - rule: MOAT-SG-002\n    resource: aws_security_group.x\n",
      'moat.config.yaml:2: exceptions[0].reason: is missing: every exception needs a reason that says why the finding is acceptable (e.g. reason: "bastion host, OPS-123")',
    ],
    [
      "an exception with a blank reason",
      'exceptions:\n  - { rule: MOAT-SG-002, resource: x, reason: "  " }\n',
      "moat.config.yaml:2: exceptions[0].reason: must not be blank: say why the finding is acceptable",
    ],
    [
      "an exception of an unknown rule",
      "exceptions:\n  - { rule: MOAT-SG-02, resource: x, reason: y }\n",
      `moat.config.yaml:2: exceptions[0].rule: "MOAT-SG-02" is not allowed (did you mean 'MOAT-SG-002'?); allowed: a rule id or name listed by \`moat rules\`, or *`,
    ],
    [
      "an expiry that is not a date",
      "exceptions:\n  - { rule: '*', resource: x, reason: y, expires: 31/03/2027 }\n",
      'moat.config.yaml:2: exceptions[0].expires: "31/03/2027" must be a date written YYYY-MM-DD, e.g. 2027-03-31',
    ],
    [
      "an expiry that is no day of the calendar",
      "exceptions:\n  - { rule: '*', resource: x, reason: y, expires: 2027-02-30 }\n",
      'moat.config.yaml:2: exceptions[0].expires: "2027-02-30" is not a date in the calendar; write YYYY-MM-DD, e.g. 2027-03-31',
    ],
    ["broken YAML", "policy:\n  all: [mandatory\n", /^moat\.config\.yaml:\d+:\d+: .+/],
    ["a list instead of a mapping", "- policy\n", "moat.config.yaml: must be a mapping with keys such as policy, exceptions, exclude and severityThreshold (it is a list)"],
  ])("%s", (_what, yaml, expected) => {
    const problems = problemsOf(yaml);
    expect(problems).toHaveLength(1);
    if (typeof expected === "string") expect(problems[0]).toBe(expected);
    else expect(problems[0]).toMatch(expected);
  });

  test("every problem is reported at once, in the order of the file", () => {
    const problems = problemsOf("severityThreshold: hihg\npolicy:\n  all: nope\nexclude: 3\n");
    expect(problems.map((p) => p.split(":")[1])).toEqual(["1", "3", "4"]);
  });

  test("invalid JSON names the file", () => {
    expect(problemsOf('{ "policy": ', "moat.config.json")[0]).toMatch(/^moat\.config\.json: not valid JSON: /);
  });
});

describe("a hostile config is a config error (exit 2 at the CLI), never a crash or a hang", () => {
  /** Nine anchors, each a list of nine aliases of the one before: 9^9 (387 million) values once expanded. */
  const ALIAS_BOMB = Array.from({ length: 9 }, (_, i) => `b${i + 1}: &b${i + 1} [${Array(9).fill(`*b${i}`).join(", ")}]`).join("\n");

  test("a YAML alias bomb is refused before it expands", () => {
    const problems = problemsOf(`policy:\n  all: disabled\nx: &b0 [lol, lol, lol]\n${ALIAS_BOMB}\n`);
    expect(problems).toEqual([
      'moat.config.yaml: its YAML aliases (*name) expand to far more data than the file holds (an "alias bomb"); write the values out instead of repeating aliases',
    ]);
  });

  test("a few aliases are fine", () => {
    const config = parseConfig(
      'exceptions:\n  - { rule: MOAT-SG-002, resource: "a.*", reason: &why "OPS-1" }\n  - { rule: MOAT-SG-001, resource: "b.*", reason: *why }\n',
      "/repo/moat.config.yaml",
      rules,
    );
    expect(config.exceptions.map((e) => e.reason)).toEqual(["OPS-1", "OPS-1"]);
  });

  test.each([
    ["flow collections", `exclude: ${"[".repeat(5000)}${"]".repeat(5000)}\n`],
    ["block mappings", `policy:\n${Array.from({ length: 100 }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n")} 1\n`],
  ])("%s nested deeper than any config needs are refused, saying so", (_what, yaml) => {
    expect(problemsOf(yaml)).toEqual([expect.stringMatching(/^moat\.config\.yaml(:\d+:\d+)?: nests more than 64 levels deep, far more than any setting needs; check that this is the right file$/)]);
  });

  test("a file over 1 MB is refused; the bound is what is read, not what stat says (a device reports size 0)", () => {
    const root = repo({ "moat.config.yaml": `# ${"x".repeat(1024 * 1024)}\n` });
    const tooLarge = "is larger than 1 MB, more than any config file needs; check that this is the right file";
    expect(() => loadConfig(join(root, "moat.config.yaml"), rules, { label: "moat.config.yaml" })).toThrow(`moat.config.yaml: ${tooLarge}`);
    expect(() => loadConfig("/dev/zero", rules, { label: "endless.yaml" })).toThrow(`endless.yaml: ${tooLarge}`);
  });

  test("a directory given as the config says so", () => {
    const root = repo({});
    expect(() => loadConfig(root, rules, { label: "ci" })).toThrow("ci: is a directory; give the config file itself");
  });
});

describe("limits", () => {
  test("each evaluation limit can be set; unset ones keep their defaults", () => {
    const config = parseConfig("limits:\n  maxInstancesPerBlock: 500\n  maxSteps: 100000\n", "/repo/moat.config.yaml", rules);
    expect(config.limits).toEqual({ maxInstancesPerBlock: 500, maxSteps: 100000 });
    expect(resolveLimits(config.limits)).toEqual({ ...DEFAULT_LIMITS, maxInstancesPerBlock: 500, maxSteps: 100000 });
    expect(parseConfig("policy: {}\n", "/repo/moat.config.yaml", rules).limits).toBeUndefined();
  });

  test.each([
    ["limits:\n  maxSteps: 0\n", "moat.config.yaml:2: limits.maxSteps: 0 must be at least 1"],
    ["limits:\n  maxSteps: 1.5\n", "moat.config.yaml:2: limits.maxSteps: 1.5 must be an integer"],
    ["limits:\n  maxStep: 10\n", /^moat\.config\.yaml:2: limits\.maxStep: unknown key \(did you mean 'maxSteps'\?\); allowed: maxInstances, maxInstancesPerBlock, maxSteps, /],
  ])("%j is refused", (yaml, expected) => {
    const problems = problemsOf(yaml);
    expect(problems).toHaveLength(1);
    if (typeof expected === "string") expect(problems[0]).toBe(expected);
    else expect(problems[0]).toMatch(expected);
  });

  test("the schema documents every limit with its meaning and default", () => {
    const schema = configSchemaFor(rules) as { properties: { limits: { properties: Record<string, { description: string; default: number; minimum: number }> } } };
    const limits = schema.properties.limits.properties;
    expect(Object.keys(limits)).toEqual(Object.keys(DEFAULT_LIMITS));
    for (const [key, value] of Object.entries(DEFAULT_LIMITS)) {
      expect(limits[key]).toMatchObject({ type: "integer", minimum: 1, default: value });
      expect(limits[key].description).toContain(LIMIT_DESCRIPTIONS[key as keyof typeof LIMIT_DESCRIPTIONS]);
      expect(limits[key].description).toContain(`Default: ${value}.`);
    }
  });

  test("the README's table of limits has every limit with its default", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `(max\w+)` \| [^|]+ \| (\d+) \|$/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual(Object.entries(DEFAULT_LIMITS));
  });
});

describe("the config schema", () => {
  test("is generated from the rules: every rule's name and id is a policy key with the rule's own options", () => {
    const schema = configSchemaFor(rules) as { properties: { policy: { properties: Record<string, unknown> } }; definitions: Record<string, { else: { properties: Record<string, unknown> } }> };
    for (const r of rules) {
      expect(schema.properties.policy.properties[r.meta.name]).toEqual({ $ref: `#/definitions/${r.meta.id}` });
      expect(schema.properties.policy.properties[r.meta.id]).toEqual({ $ref: `#/definitions/${r.meta.id}` });
      expect(schema.definitions[r.meta.id].else.properties).toMatchObject(r.meta.options.properties);
    }
    expect(() => new Ajv({ strict: false }).compile(schema)).not.toThrow();
  });

  test("no rule has an option that the config reserves (enforcementLevel, exceptions)", () => {
    for (const r of rules) {
      expect(Object.keys(r.meta.options.properties)).not.toContain("enforcementLevel");
      expect(Object.keys(r.meta.options.properties)).not.toContain("exceptions");
    }
  });
});

describe("finding the config file", () => {
  test("upward from the scan root, stopping at the repository root (the directory with .git)", () => {
    const root = repo({ "moat.config.yaml": "policy: {}\n", "infra/prod/main.tf": "" });
    expect(findConfigFile(join(root, "infra", "prod"))).toBe(join(root, "moat.config.yaml"));
    writeFileSync(join(root, "infra", "moat.config.yml"), "");
    expect(findConfigFile(join(root, "infra", "prod"))).toBe(join(root, "infra", "moat.config.yml"));
    // A config above the repository root does not apply inside it.
    const outer = repo({ "moat.config.yaml": "policy: {}\n" });
    mkdirSync(join(outer, "checkout", ".git"), { recursive: true });
    mkdirSync(join(outer, "checkout", "infra"));
    expect(findConfigFile(join(outer, "checkout", "infra"))).toBeUndefined();
  });

  test("moat.config.yaml wins over .yml and .json in the same directory", () => {
    const root = repo({ "moat.config.json": "{}", "moat.config.yml": "", "moat.config.yaml": "" });
    expect(findConfigFile(root)).toBe(join(root, "moat.config.yaml"));
  });

  test("a missing --config file says so", () => {
    expect(() => loadConfig("/nonexistent/moat.config.yaml", rules, { label: "ci/moat.yaml" })).toThrow("ci/moat.yaml: does not exist; check the path given with --config");
  });
});

describe("globs", () => {
  test("exclude: paths relative to the config file; ** crosses directories; a name without / matches at any depth", () => {
    const legacy = pathGlob("legacy/**");
    expect(legacy("legacy/main.tf")).toBe(true);
    expect(legacy("legacy/a/b/main.tf")).toBe(true);
    expect(legacy("infra/legacy/main.tf")).toBe(false);
    const fixtures = pathGlob("**/test-fixtures/**");
    expect(fixtures("modules/x/test-fixtures/main.tf")).toBe(true);
    expect(fixtures("test-fixtures/main.tf")).toBe(true);
    expect(pathGlob("examples")("a/examples/main.tf")).toBe(true);
    expect(pathGlob("*.tf")("main.tf")).toBe(true);
    expect(pathGlob("envs/*/old.tf")("envs/prod/old.tf")).toBe(true);
    expect(pathGlob("envs/*/old.tf")("envs/prod/x/old.tf")).toBe(false);
    expect(pathGlob("envs/{dev,test}")("envs/test/main.tf")).toBe(true);
    expect(pathGlob("envs/{dev,test}")("envs/prod/main.tf")).toBe(false);
    const excluded = excludedBy({ dir: "/repo", exclude: ["legacy"] })!;
    expect(excluded("/repo/legacy/main.tf")).toBe("legacy");
    expect(excluded("/elsewhere/legacy/main.tf")).toBeUndefined();
  });

  test("exception resources: * matches any characters, dots, brackets and :: included; the rest is literal", () => {
    expect(addressGlob("module.bastion.aws_security_group.*")("module.bastion.aws_security_group.this")).toBe(true);
    expect(addressGlob("module.bastion.aws_security_group.*")('module.bastion.aws_security_group.this["a"]')).toBe(true);
    expect(addressGlob("module.bastion.aws_security_group.*")("module.web.aws_security_group.this")).toBe(false);
    expect(addressGlob('aws_security_group.web["a"]')('aws_security_group.web["a"]')).toBe(true);
    expect(addressGlob("*::bastion-sg")("urn:pulumi:dev::shop::aws:ec2/securityGroup:SecurityGroup::bastion-sg")).toBe(true);
    expect(addressGlob("aws_security_group.web")("module.x.aws_security_group.web")).toBe(false);
  });

  test("expiry dates are real calendar days", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2027-3-1")).toBe(false);
  });
});

test("pulumiPolicyConfig: levels and options under rule names, and each exception under its rule's policy (* under every policy)", () => {
  const config = parseConfig(
    `policy:
  all: mandatory
  MOAT-SG-003: disabled
  sg-public-ingress-restricted-port: { allowedPublicPorts: { tcp: [80, 443, 8443] } }
exclude: ["legacy/**"]
exceptions:
  - { rule: MOAT-SG-002, resource: "aws_security_group_rule.admin-ssh", reason: "office, OPS-1", expires: 2027-03-31 }
  - { rule: sg-wide-port-range, resource: "*::legacy-*", reason: "legacy, OPS-2" }
  - { rule: "*", resource: "aws_security_group.sandbox", reason: "sandbox account" }
`,
    "/repo/moat.config.yaml",
    rules,
  );
  const pulumi = pulumiPolicyConfig(config, rules);
  expect(pulumi.all).toBe("mandatory");
  expect(pulumi["sg-public-ingress-restricted-port"]).toEqual({
    allowedPublicPorts: { tcp: [80, 443, 8443] },
    exceptions: [
      { resource: "aws_security_group_rule.admin-ssh", reason: "office, OPS-1", expires: "2027-03-31" },
      { resource: "aws_security_group.sandbox", reason: "sandbox account" },
    ],
  });
  expect(pulumi["sg-wide-port-range"]).toEqual({
    enforcementLevel: "disabled",
    exceptions: [
      { resource: "*::legacy-*", reason: "legacy, OPS-2" },
      { resource: "aws_security_group.sandbox", reason: "sandbox account" },
    ],
  });
  expect(pulumi).not.toHaveProperty("MOAT-SG-003");
  expect(pulumi).not.toHaveProperty("exclude");
  for (const r of rules.filter((x) => x.meta.doors.includes("pulumi"))) {
    expect((pulumi[r.meta.name] as { exceptions: unknown[] }).exceptions).toContainEqual({ resource: "aws_security_group.sandbox", reason: "sandbox account" });
  }
});
