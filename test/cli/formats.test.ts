/**
 * The CI output formats — SARIF, JUnit, GitHub annotations, Markdown — rendered from one hand-made report that holds
 * every case (test/fixtures/formats/scan.ts), and end to end through `moat scan` on the insecure example with the
 * real rules. SARIF is checked by the final 2.1.0 schema and by Microsoft's SARIF Multitool; JUnit by Jenkins' JUnit
 * schema (junit-10.xsd) with xmllint, on the hand-made report and on what `moat scan` and `moat merge` write, and is
 * parsed back.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Report, ReportFinding } from "../../cli/report";
import { failsRun } from "../../cli/report";
import { type RenderContext, REPORTERS } from "../../cli/reporters";
import { escapeData, escapeProperty, renderGithub } from "../../cli/reporters/github";
import { renderJunit } from "../../cli/reporters/junit";
import { GITHUB_COMMENT_LIMIT, MAX_MESSAGE_CHARS, clip, renderMarkdown } from "../../cli/reporters/markdown";
import { FINGERPRINT_KEY, SARIF_SCHEMA_URI, SECURITY_SEVERITY, renderSarif } from "../../cli/reporters/sarif";
import { ruleDocUrl } from "../../core/rule-docs";
import { colors } from "../../cli/terminal";
import { rules as registry } from "../../rules/index";
import { FINDINGS, FORMATS_CWD, NASTY_ADDRESS, NASTY_MESSAGE, NOTICES, SCAN_ERRORS, formatsReport } from "../fixtures/formats/scan";
import { ANSI, moat, tree } from "./run-moat";
import { type XmlElement, parseXml } from "./parse-xml";
import { junitSchemaErrors } from "./junit-validate";
import { parseSarif } from "./sarif-log";
import { multitoolValidate, sarifSchemaErrors } from "./sarif-validate";

const REPO = resolve(__dirname, "..", "..");
/** NASTY_MESSAGE as the human formats show it: its control characters as visible escapes. */
const NASTY_MESSAGE_SHOWN =
  'Listener | port 80, "quoted" & \'apos\' <script>alert(1)</script> 100% a:b @octocat `tick`\\nsecond line\\r\\nthird\\x01line.';

function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return { colors: colors(false), unknown: "ignore", quiet: false, rules: registry, ...overrides };
}

const withErrors = () => formatsReport({ errors: SCAN_ERRORS });
const byAddress = (report: Report, address: string): ReportFinding => {
  const f = report.findings.find((x) => x.address === address);
  if (!f) throw new Error(`no finding for ${address}`);
  return f;
};

// ---------------------------------------------------------------------------------------------------------------
// SARIF

describe("sarif", () => {
  test("acceptance: `moat scan examples/terraform/insecure --format sarif=out.sarif` is valid SARIF 2.1.0 by the schema and by the Multitool", async () => {
    const out = join(tree(), "out.sarif");
    const { code, stdout, stderr } = await moat(["scan", "examples/terraform/insecure", "--format", `sarif=${out}`, "--format", "json"], {
      cwd: REPO,
      rules: registry,
    });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const log = parseSarif(readFileSync(out, "utf8"));

    expect(sarifSchemaErrors(log)).toEqual([]);
    const issues = multitoolValidate([out]);
    expect(issues.filter((i) => i.level === "error")).toEqual([]);

    // The same run's JSON report: every finding is a result, at the same place, and every rule is described.
    const report = JSON.parse(stdout) as Report;
    const run = log.runs[0];
    expect(report.findings.length).toBeGreaterThan(10);
    expect(run.results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine])).toEqual(
      report.findings.map((f) => [f.ruleId, f.file, f.line]),
    );
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(registry.map((r) => r.meta.id));
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex!].id).toBe(r.ruleId);
      expect(existsSync(join(REPO, r.locations[0].physicalLocation.artifactLocation.uri))).toBe(true);
    }
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 1 });
  });

  test("the fixture report (suppressions, baselines, plans, errors, odd paths) passes both validators; a broken copy fails both", () => {
    const dir = tree();
    const good = join(dir, "good.sarif");
    const bad = join(dir, "bad.sarif");
    writeFileSync(good, renderSarif(withErrors(), { ...context(), cwd: FORMATS_CWD }));
    const log = parseSarif(readFileSync(good, "utf8"));
    log.runs[0].originalUriBaseIds["%SRCROOT%"].uri = "relative/dir"; // not absolute, no trailing slash
    log.runs[0].results.find((r) => r.locations[0].physicalLocation)!.locations[0].physicalLocation.region = { startLine: 9, endLine: 2 };
    writeFileSync(bad, JSON.stringify(log));

    const broken = structuredClone(log);
    broken.runs[0].results[0].level = "fatal";
    expect(sarifSchemaErrors(broken)).toContain("/runs/0/results/0/level must be equal to one of the allowed values");

    // One Multitool run for both files; the broken one proves the validator is not blind.
    const issues = multitoolValidate([good, bad]);
    expect(sarifSchemaErrors(JSON.parse(readFileSync(good, "utf8")))).toEqual([]);
    expect(issues.filter((i) => i.file === good && i.level === "error")).toEqual([]);
    const badErrors = issues.filter((i) => i.file === bad && i.level === "error");
    expect(badErrors.map((i) => i.ruleId).sort()).toEqual(["SARIF1004", "SARIF1004", "SARIF1007"]);
  });

  test("tool.driver.rules describes every rule that ran, with help, doc link, level and security-severity", () => {
    const log = parseSarif(renderSarif(formatsReport(), context()));
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe("2.1.0");
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: "moat", version: "9.8.7", semanticVersion: "9.8.7", informationUri: expect.stringMatching(/^https:\/\//) });
    expect(driver.rules).toHaveLength(registry.length);
    for (const [i, rule] of registry.entries()) {
      const d = driver.rules[i];
      const m = rule.meta;
      expect(d).toMatchObject({
        id: m.id,
        name: m.name,
        shortDescription: { text: m.title },
        fullDescription: { text: m.rationale },
        helpUri: ruleDocUrl(rule.meta.id), // the same URL the Pulumi policies carry
        defaultConfiguration: { level: m.enforcement === "mandatory" ? "error" : "warning" },
      });
      expect(d.properties["security-severity"]).toBe(SECURITY_SEVERITY[m.severity]);
      expect(d.properties.tags).toEqual(expect.arrayContaining(["security", m.area]));
      expect(d.properties.precision).toBe("high");
      expect(d.help.text).toContain(m.remediation.text);
      expect(d.help.markdown).toContain(m.remediation.hcl);
      expect(d.help.markdown).toContain(`(${ruleDocUrl(rule.meta.id)})`);
      for (const option of Object.keys(m.options.properties)) expect(d.help.markdown).toContain(`\`${option}\``);
    }
    expect(SECURITY_SEVERITY).toEqual({ critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" });
  });

  test("results: level by enforcement, locations relative to %SRCROOT%, fingerprints, module calls and plans as related locations", () => {
    const report = withErrors();
    const log = parseSarif(renderSarif(report, { ...context(), cwd: FORMATS_CWD }));
    const run = log.runs[0];
    // No absolute path: %SRCROOT% is described, never given as file:///the/checkout/.
    expect(run.originalUriBaseIds["%SRCROOT%"]).toEqual({ description: { text: "The directory moat scan ran in; every relative uri is relative to it." } });
    expect(JSON.stringify(log)).not.toContain(FORMATS_CWD);
    expect(JSON.stringify(log)).not.toContain("file://");
    const result = (address: string) => run.results[report.findings.indexOf(byAddress(report, address))];
    expect(run.results).toHaveLength(report.findings.length);

    const ssh = result(FINDINGS.sshInModule.address);
    expect(ssh).toMatchObject({
      ruleId: "MOAT-SG-002",
      level: "error",
      message: { text: FINDINGS.sshInModule.message },
      partialFingerprints: { [FINGERPRINT_KEY]: byAddress(report, FINDINGS.sshInModule.address).fingerprint },
    });
    expect(run.tool.driver.rules[ssh.ruleIndex!].id).toBe("MOAT-SG-002");
    expect(ssh.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: "modules/service-sg/main.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 38 } },
        logicalLocations: [{ fullyQualifiedName: "module.web_sg.aws_security_group.this", kind: "resource" }],
      },
    ]);
    expect(ssh.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: "via module.web_sg" },
        physicalLocation: { artifactLocation: { uri: "main.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 12 } },
      },
    ]);

    expect(result(FINDINGS.httpListener.address).locations[0].physicalLocation.region).toEqual({ startLine: 5, endLine: 15 });
    expect(result(FINDINGS.advisory.address).level).toBe("warning");
    // Percent-encoded: the space, the `#` that would start a fragment, `%` and the `:` that would read as a scheme.
    expect(result(NASTY_ADDRESS).locations[0].physicalLocation.artifactLocation.uri).toBe("odd%20dir/%231%20100%25%3Ax.tf");
    expect(result(NASTY_ADDRESS).message.text).toBe(NASTY_MESSAGE);

    // A plan finding without HCL source is in the plan file; with it, in the .tf file, the plan as a related location.
    expect(result("aws_lb_listener.api").locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "plans/tfplan.json", uriBaseId: "%SRCROOT%" },
      region: { startLine: 120 },
    });
    expect(result("aws_lb_listener.api").relatedLocations).toBeUndefined();
    expect(result("aws_lb_listener.admin").locations[0].physicalLocation.artifactLocation.uri).toBe("api.tf");
    expect(result("aws_lb_listener.admin").relatedLocations).toEqual([
      { id: 1, message: { text: "planned in plans/tfplan.json" }, physicalLocation: { artifactLocation: { uri: "plans/tfplan.json", uriBaseId: "%SRCROOT%" }, region: { startLine: 200 } } },
    ]);
    // Standard input is no file a viewer could open: the result is located by its address only.
    expect(result("aws_lb_listener.stdin").locations).toEqual([{ logicalLocations: [{ fullyQualifiedName: "aws_lb_listener.stdin", kind: "resource" }] }]);
    // A rule outside the rule set keeps its id and gets no (wrong) index.
    expect(result("aws_lb.old").ruleId).toBe("MOAT-OLD-001");
    expect(result("aws_lb.old")).not.toHaveProperty("ruleIndex");
  });

  test("suppressed findings stay as results with suppressions; baseline states pass through", () => {
    const report = formatsReport();
    const run = parseSarif(renderSarif(report, context())).runs[0];
    const result = (address: string) => run.results[report.findings.indexOf(byAddress(report, address))];
    expect(result(FINDINGS.inlineSuppressed.address)).toMatchObject({
      level: "error",
      suppressions: [{ kind: "inSource", status: "accepted", justification: "bastion host, OPS-123", properties: { by: "db.tf:1", expires: "2027-03-31" } }],
    });
    expect(result(FINDINGS.excepted.address).suppressions).toEqual([
      { kind: "external", status: "accepted", justification: "legacy VPN | ticket SEC-9", properties: { by: "moat.config.yaml: exceptions[0]" } },
    ]);
    expect(result(FINDINGS.sshInModule.address)).not.toHaveProperty("suppressions");
    expect(result(FINDINGS.inBaseline.address).baselineState).toBe("unchanged");
    expect(result(FINDINGS.httpListener.address).baselineState).toBe("new");
    expect(result(FINDINGS.sshInModule.address)).not.toHaveProperty("baselineState");
  });

  test("files that could not be scanned are error notifications, and the run is not successful", () => {
    const invocation = parseSarif(renderSarif(withErrors(), context())).runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.exitCode).toBe(2);
    const [parser, broken, remote] = invocation.toolExecutionNotifications;
    expect(broken).toMatchObject({
      level: "error",
      message: { text: "Could not scan broken.tf: Invalid expression; Expected the start of an expression." },
      locations: [{ physicalLocation: { artifactLocation: { uri: "broken.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 3, startColumn: 13 } } }],
    });
    expect(parser).toEqual({ level: "error", message: { text: "(parser): 1 parse(s) never finished, so the scan is incomplete." } });
    expect(remote).toMatchObject({ level: "note", message: { text: expect.stringContaining("module.vpc") } });

    // Problems with suppressions and exceptions are about the scan's configuration.
    expect(invocation.toolConfigurationNotifications).toEqual([
      {
        level: "warning",
        message: { text: NOTICES[1].message },
        descriptor: { id: "exception-unused" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "moat.config.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 7 } } }],
      },
      {
        level: "warning",
        message: { text: NOTICES[0].message },
        descriptor: { id: "suppression-no-reason" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "sg.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 12 } } }],
      },
    ]);

    const clean = parseSarif(renderSarif(formatsReport(), context())).runs[0].invocations[0];
    expect(clean).toMatchObject({ executionSuccessful: true, exitCode: 1 });
    expect(clean.toolExecutionNotifications.filter((n) => n.level === "error")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// JUnit

describe("junit", () => {
  const report = withErrors();
  const root = parseXml(renderJunit(report, context()));
  const suites = root.children;
  const casesOf = (suite: XmlElement) => suite.children.filter((c) => c.name === "testcase");
  const cases = suites.flatMap(casesOf);
  const outcome = (c: XmlElement) => c.children[0]?.name ?? "passed";
  const caseOf = (address: string) => {
    const found = cases.find((c) => c.attributes.name.startsWith(`${address} `));
    if (!found) throw new Error(`no testcase for ${address}`);
    return found;
  };

  test("one suite per rule that ran (a passing case when it found nothing), then a suite of scan errors", () => {
    expect(root.name).toBe("testsuites");
    expect(suites.every((s) => s.name === "testsuite")).toBe(true);
    const extra = ["MOAT-OLD-001 old-rule", "moat: files that could not be scanned"];
    expect(suites.map((s) => s.attributes.name)).toEqual([...registry.map((r) => `${r.meta.id} ${r.meta.name}`), ...extra]);
    const quiet = suites.find((s) => s.attributes.name.startsWith("MOAT-RDS-001 "));
    expect(quiet && casesOf(quiet).map((c) => [c.attributes.name, c.attributes.classname, outcome(c)])).toEqual([["no findings", "MOAT-RDS-001", "passed"]]);
  });

  test("every suite names the config the scan used in the property moat.config, or says none", () => {
    const configOf = (suite: XmlElement) =>
      suite.children.filter((c) => c.name === "properties").flatMap((p) => p.children.map((c) => [c.name, c.attributes.name, c.attributes.value]));
    expect(suites.map(configOf)).toEqual(suites.map(() => [["property", "moat.config", "moat.config.yaml"]]));
    const none = parseXml(renderJunit(formatsReport({ config: null }), context()));
    expect(none.children.map(configOf)).toEqual(none.children.map(() => [["property", "moat.config", "none"]]));
  });

  test("failures are exactly the findings that fail the run; advisory, suppressed and baseline ones are skipped", () => {
    const failing = report.findings.filter(failsRun);
    const shownOnly = report.findings.filter((f) => !failsRun(f));
    expect(cases.filter((c) => outcome(c) === "failure")).toHaveLength(failing.length);
    expect(cases.filter((c) => outcome(c) === "skipped")).toHaveLength(shownOnly.length);
    expect(cases.filter((c) => outcome(c) === "error")).toHaveLength(SCAN_ERRORS.length);
    const passing = cases.filter((c) => outcome(c) === "passed").length;
    expect(passing).toBe(registry.filter((r) => !report.findings.some((f) => f.ruleId === r.meta.id)).length);

    const count = (list: XmlElement[], kind: string) => String(list.filter((c) => outcome(c) === kind).length);
    for (const s of [root, ...suites]) {
      const own = s === root ? cases : casesOf(s);
      // junit-10.xsd has `skipped` on a <testsuite> only.
      const skipped = s === root ? {} : { skipped: count(own, "skipped") };
      expect(s.attributes).toMatchObject({ tests: String(own.length), failures: count(own, "failure"), errors: count(own, "error"), ...skipped });
    }
    expect(root.attributes.time).toBe("1.234");
    expect(root.attributes).not.toHaveProperty("skipped");

    const ssh = caseOf(FINDINGS.sshInModule.address);
    expect(ssh.attributes).toEqual({ name: `${FINDINGS.sshInModule.address} ${FINDINGS.sshInModule.path} (modules/service-sg/main.tf:38)`, classname: "MOAT-SG-002" });
    expect(ssh.children[0].text).toContain("Location: modules/service-sg/main.tf:38");
    expect(ssh.children[0].attributes).toEqual({ message: FINDINGS.sshInModule.message, type: "critical" });
    expect(ssh.children[0].text).toContain("Via:      module.web_sg (main.tf:12)");
    expect(caseOf(FINDINGS.inlineSuppressed.address).children[0].attributes.message).toBe(
      "suppressed inline (db.tf:1): bastion host, OPS-123, until 2027-03-31: The DB instance's storage is not encrypted.",
    );
    expect(caseOf(FINDINGS.excepted.address).children[0].attributes.message).toMatch(/^excepted in the configuration \(moat\.config\.yaml: exceptions\[0\]\): legacy VPN \| ticket SEC-9:/);
    expect(caseOf(FINDINGS.inBaseline.address).children[0].attributes.message).toMatch(/^unchanged from the baseline:/);
    expect(caseOf(FINDINGS.advisory.address).children[0].attributes.message).toMatch(/^advisory low finding, does not fail the run:/);
    expect(caseOf("aws_lb_listener.stdin").attributes).not.toHaveProperty("file");
  });

  test("validates against Jenkins' JUnit schema (xunit-plugin junit-10.xsd, by xmllint): every kind of case, and no findings", async () => {
    // The schema lets any of its elements be the root; Jenkins and the other CIs read <testsuites>.
    expect(root.name).toBe("testsuites");
    expect(await junitSchemaErrors(renderJunit(report, context()))).toEqual([]);
    expect(await junitSchemaErrors(renderJunit(formatsReport({ findings: [] }), context()))).toEqual([]);
  });

  test("errors name the file, line and column; text survives escaping", () => {
    const errorSuite = suites[suites.length - 1];
    expect(casesOf(errorSuite).map((c) => [c.attributes.name, c.children[0].name, c.children[0].attributes.message])).toEqual([
      ["(parser)", "error", SCAN_ERRORS[1].message],
      ["broken.tf:3:13", "error", SCAN_ERRORS[0].message],
    ]);
    const nasty = caseOf(NASTY_ADDRESS);
    // Control characters from the scan are shown as escapes (XML 1.0 cannot carry \u0001 at all); the rest survives.
    const expected = NASTY_MESSAGE_SHOWN;
    expect(nasty.children[0].attributes.message).toBe(expected);
    expect(nasty.children[0].text.startsWith(`${expected}\n`)).toBe(true);
    expect(nasty.attributes.name).toBe(`${NASTY_ADDRESS} (odd dir/#1 100%:x.tf:3)`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// GitHub annotations

describe("github", () => {
  const report = withErrors();
  const output = renderGithub(report, context());
  const lines = output.split("\n").slice(0, -1);

  test("one ::error per failing finding, ::warning per advisory one, most severe first; suppressed and baseline ones left out", () => {
    expect(output.endsWith("\n")).toBe(true);
    expect(lines).toContain(
      "::error file=lb.tf,line=5,endLine=15,title=MOAT-LB-001 lb-listener-plain-http::Listener on port 80 forwards plain HTTP to its targets.%0Aaws_lb_listener.http (high)",
    );
    expect(lines).toContain(
      "::error file=modules/service-sg/main.tf,line=38,title=MOAT-SG-002 sg-public-ingress-restricted-port::SSH (22) open to the internet: ingress from 0.0.0.0/0 exposes TCP 22.%0Amodule.web_sg.aws_security_group.this via module.web_sg (critical)",
    );
    expect(lines).toContain(
      "::warning file=sg.tf,line=29,title=MOAT-SG-003 sg-wide-port-range::Ingress from 10.20.0.0/16 opens 64512 TCP ports in one rule.%0Aaws_vpc_security_group_ingress_rule.office (low, advisory: does not fail the run)",
    );
    const findingLines = lines.filter((l) => l.includes("title=MOAT-"));
    const annotated = report.findings.filter((f) => f.suppressed === undefined && f.baselineState !== "unchanged");
    expect(findingLines).toHaveLength(annotated.length);
    for (const hidden of [FINDINGS.inlineSuppressed, FINDINGS.excepted, FINDINGS.inBaseline]) expect(output).not.toContain(hidden.message);
    expect(findingLines.filter((l) => l.startsWith("::error "))).toHaveLength(report.findings.filter(failsRun).length);
    // Errors before warnings, critical before high.
    expect(findingLines[0]).toContain("title=MOAT-SG-002");
    const firstWarning = findingLines.findIndex((l) => l.startsWith("::warning"));
    expect(firstWarning).toBeGreaterThan(0);
    expect(findingLines.slice(firstWarning).every((l) => l.startsWith("::warning "))).toBe(true);
    // Standard input has no file to annotate.
    expect(lines.find((l) => l.includes("aws_lb_listener.stdin"))).toMatch(/^::error title=MOAT-LB-001 lb-listener-plain-http::/);
  });

  test("properties escape % CR LF : and ,; messages escape % CR LF, so no message can start a command", () => {
    expect(escapeProperty("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac%3Ad%2Ce");
    expect(escapeData("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac:d,e");
    const nasty = lines.find((l) => l.includes("odd dir"));
    expect(nasty).toBe(
      `::error file=odd dir/#1 100%25%3Ax.tf,line=3,title=MOAT-LB-001 lb-listener-plain-http::${escapeData(NASTY_MESSAGE_SHOWN)}%0A${NASTY_ADDRESS} (high)`,
    );
    // A line break in a value is shown as an escape; the only %0A are moat's own, between message and address.
    expect(nasty).toContain("`tick`\\nsecond line\\r\\nthird\\x01line.%0Aaws_lb_listener");
    // Every line but the summary is a command: a newline in a message never starts a line of its own.
    expect(lines.slice(0, -1).every((l) => l.startsWith("::error ") || l.startsWith("::warning "))).toBe(true);
  });

  test("scan errors are ::error annotations on their file, notices ::warning ones; the last line sums up", () => {
    expect(lines).toContain("::error file=broken.tf,line=3,col=13,title=moat could not scan this file::Invalid expression; Expected the start of an expression.%0AThe scan is incomplete.");
    expect(lines).toContain("::error title=moat could not scan this file::(parser): 1 parse(s) never finished, so the scan is incomplete.%0AThe scan is incomplete.");
    expect(lines[lines.length - 1]).toBe(
      `moat: ${report.findings.length} findings (2 critical, 6 high, 2 medium, 1 low); ${report.findings.filter(failsRun).length} fail the run; 2 advisory; 2 suppressed; 1 unchanged from the baseline; 2 notices about suppressions, exceptions or excluded paths; 2 files could not be scanned, so the scan is incomplete; config: moat.config.yaml.`,
    );
    expect(lines).toContain(`::warning file=sg.tf,line=12,title=moat%3A suppression-no-reason::${escapeData(NOTICES[0].message)}`);
    expect(lines).toContain(`::warning file=moat.config.yaml,line=7,title=moat%3A exception-unused::${escapeData(NOTICES[1].message)}`);
    expect(renderGithub(formatsReport({ findings: [] }), context())).toBe(
      [
        `::warning file=moat.config.yaml,line=7,title=moat%3A exception-unused::${escapeData(NOTICES[1].message)}`,
        `::warning file=sg.tf,line=12,title=moat%3A suppression-no-reason::${escapeData(NOTICES[0].message)}`,
        "moat: 0 findings; 0 fail the run; 2 notices about suppressions, exceptions or excluded paths; config: moat.config.yaml.\n",
      ].join("\n"),
    );
    expect(renderGithub(formatsReport({ findings: [] }), context({ quiet: true }))).toBe("");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Markdown

/** The cells of a Markdown table row, split on `|` that is not escaped. */
function cells(row: string): string[] {
  return row
    .slice(2, -2)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe("markdown", () => {
  test("the heading states the verdict", () => {
    const heading = (r: Report) => renderMarkdown(r, context()).split("\n")[0];
    expect(heading(withErrors())).toBe("## ⚠️ moat: the scan is incomplete (2 files could not be scanned)");
    expect(heading(formatsReport())).toBe("## ❌ moat: 6 findings fail the run");
    expect(heading(formatsReport({ findings: [FINDINGS.advisory, FINDINGS.excepted] }))).toBe("## ✅ moat: no finding fails the run");
    expect(heading(formatsReport({ findings: [] }))).toBe("## ✅ moat: no findings");
  });

  test("a table by severity, the findings that matter, and the rest folded away", () => {
    const report = withErrors();
    const md = renderMarkdown(report, context());
    expect(md).toContain(
      [
        "| Severity | Findings | Fail the run |",
        "| --- | ---: | ---: |",
        "| critical | 2 | 1 |",
        "| high | 6 | 5 |",
        "| medium | 2 | 0 |",
        "| low | 1 | 0 |",
        "| **total** | **11** | **6** |",
      ].join("\n"),
    );
    expect(md).toContain("2 advisory (shown, never failing the run) · 2 suppressed · 1 unchanged from the baseline.");

    const findingsTable = md.slice(md.indexOf("### Findings (8)"), md.indexOf("### Could not scan"));
    const findingRows = findingsTable.split("\n").filter((l) => l.startsWith("| ") && l.includes("docs/rules/"));
    expect(findingRows).toHaveLength(8);
    expect(findingRows.every((r) => cells(r).length === 5)).toBe(true);
    expect(cells(findingRows[0])).toEqual([
      "**critical**",
      `[MOAT-SG-002](${ruleDocUrl("MOAT-SG-002")}) sg-public-ingress-restricted-port`,
      "`modules/service-sg/main.tf:38`",
      "`module.web_sg.aws_security_group.this`",
      "SSH (22) open to the internet: ingress from 0.0.0.0/0 exposes TCP 22.",
    ]);
    expect(findingRows.some((r) => cells(r)[0] === "low (advisory)")).toBe(true);

    expect(md).toContain("### Could not scan (2)\n\n- `(parser)`: 1 parse(s) never finished, so the scan is incomplete.\n- `broken.tf:3:13`: Invalid expression; Expected the start of an expression.");
    expect(md).toContain(
      "### Notices (2)\n\n- `moat.config.yaml:7`: exceptions\\[1\\] (MOAT-LB-001, aws\\_lb\\_listener.gone) matches no finding; remove it. (exception-unused)\n" +
        "- `sg.tf:12`: moat:ignore MOAT-SG-002 has no reason, so it suppresses nothing; add reason=\"…\". (suppression-no-reason)",
    );
    expect(md).toContain("<details><summary>2 suppressed findings</summary>\n\n| Severity | Rule | Location | Resource | Reason | Expires | By |");
    expect(md).toContain("| bastion host, OPS-123 | 2027-03-31 | `db.tf:1` |");
    expect(md).toContain("| legacy VPN \\| ticket SEC-9 | never | `moat.config.yaml: exceptions[0]` |");
    expect(md).toContain("<details><summary>1 finding unchanged from the baseline</summary>");
    expect(md).toContain("1 check not evaluated because of unknown values (`--unknown=warn` lists them).");
    expect(md).toContain("<details><summary>1 remote module not scanned</summary>\n\n| Module | Source | Called at |\n| --- | --- | --- |\n| `module.vpc` | `terraform-aws-modules/vpc/aws` | `main.tf:1` |\n\nmoat scans a registry or Git module once `terraform init` has downloaded it into `.terraform/modules`");
    expect(md).toMatch(/or scan the plan \(.*\)\.\n\n<\/details>/);
    expect(renderMarkdown(report, context({ unknown: "warn" }))).toContain("| `lb.tf:40` | `aws_lb_listener.dynamic` | var.protocol has no value |");
  });

  test("text from the scan cannot break a table, inject HTML or mention anyone", () => {
    const md = renderMarkdown(withErrors(), context());
    const row = md.split("\n").find((l) => l.includes("odd dir"));
    expect(row).toBeDefined();
    const [, , location, resource, message] = cells(row as string);
    expect(location).toBe("`odd dir/#1 100%:x.tf:3`");
    expect(resource).toBe('`aws_lb_listener.web["a,b:c"]`');
    expect(message).toBe(
      "Listener \\| port 80, \"quoted\" &amp; 'apos' &lt;script&gt;alert(1)&lt;/script&gt; 100% a:b &#64;octocat \\`tick\\`\\\\nsecond line\\\\r\\\\nthird\\\\x01line.",
    );
    expect(md).not.toContain("<script>");
  });

  test("200+ findings with long rows stay within a GitHub comment, saying how many were left out and where they are", () => {
    const count = 250;
    const many = Array.from({ length: count }, (_, i) => ({
      ...FINDINGS.httpListener,
      address: `module.${"very_long_module_name_".repeat(12)}.aws_lb_listener.l${i}`,
      message: `Listener ${i} ${"serves plain HTTP on port 80 & forwards it <unencrypted> | ".repeat(15)}`,
      baselineState: undefined,
    }));
    const md = renderMarkdown(formatsReport({ findings: many }), context());
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const rows = md.split("\n").filter((l) => l.startsWith("| **high** |"));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThan(count);
    expect(md).toContain(`… and ${count - rows.length} more not shown, to keep this summary within a GitHub comment's 65536 characters`);
    expect(md).toContain("the SARIF or JSON report (`--format sarif=FILE`, `--format json=FILE`) lists them all");
    // A long row is cut with … and keeps both ends of the address.
    for (const row of rows) expect(row.length).toBeLessThan(1_500);
    expect(rows[0]).toContain("…");
    expect(rows[0]).toMatch(/`module\.very_long_module_name_\S*…\S*\.aws_lb_listener\.l\d+`/);
  });

  test("short rows are not cut at a row count: all of 300 fit", () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...FINDINGS.httpListener, address: `aws_lb_listener.l${i}`, message: "HTTP.", baselineState: undefined }));
    const md = renderMarkdown(formatsReport({ findings: many }), context());
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md.split("\n").filter((l) => l.startsWith("| **high** |"))).toHaveLength(300);
    expect(md).not.toContain("more not shown");
  });

  test("clip counts code points and marks the cut", () => {
    expect(clip("abc", 3)).toBe("abc");
    expect(clip("abcd", 3)).toBe("ab…");
    expect(clip("😀😀😀😀", 3)).toBe("😀😀…");
    expect(Array.from(clip("x".repeat(1000), MAX_MESSAGE_CHARS))).toHaveLength(MAX_MESSAGE_CHARS);
  });
});

describe("junit written by `moat scan` and `moat merge` validates against Jenkins' junit-10.xsd (xmllint)", () => {
  /** Runs moat with `--format junit=FILE`; the report, parsed back, with its outcome counts. */
  const junitOf = async (args: string[], cwd: string) => {
    const file = join(tree(), "report.xml");
    const { code, stderr } = await moat([...args, "--format", `junit=${file}`], { cwd, rules: registry });
    const xml = readFileSync(file, "utf8");
    const root = parseXml(xml);
    expect(root.name).toBe("testsuites");
    const outcomes = root.children.flatMap((s) => s.children.filter((c) => c.name === "testcase")).flatMap((c) => c.children.map((o) => o.name));
    const count = (kind: string) => outcomes.filter((o) => o === kind).length;
    return { code, stderr, xml, root, failures: count("failure"), skipped: count("skipped"), errors: count("error") };
  };
  const listener = (name: string, port: string) =>
    `resource "aws_lb_listener" "${name}" {\n  port     = ${port}\n  protocol = "HTTP"\n  default_action {\n    type             = "forward"\n    target_group_arn = "arn"\n  }\n}\n`;
  /** XML's own metacharacters, a CDATA end, control characters (C0, ESC, C1, a bidi override) and non-ASCII. */
  const ODD = '<&"]]>\u0001\u001b[31m é😀 \u0085\u202e';
  const ODD_SHOWN = '<&"]]>\\x01\\x1b[31m é😀 \\x85\\u{202e}';
  const ODD_HCL = '<&\\"]]>\\u0001\\u001b[31m é😀 \\u0085\\u202e';

  test("the insecure example: findings fail; the secure example: every rule passes", async () => {
    const insecure = await junitOf(["scan", "examples/terraform/insecure"], REPO);
    expect([insecure.code, insecure.stderr, insecure.errors]).toEqual([1, "", 0]);
    expect(insecure.failures).toBeGreaterThan(10);
    expect(await junitSchemaErrors(insecure.xml)).toEqual([]);

    const secure = await junitOf(["scan", "examples/terraform/secure"], REPO);
    expect([secure.code, secure.stderr, secure.failures, secure.errors]).toEqual([0, "", 0, 0]);
    expect(secure.root.children).toHaveLength(registry.length);
    expect(await junitSchemaErrors(secure.xml)).toEqual([]);
  });

  test("a plan scan", async () => {
    const plan = await junitOf(["scan", "examples/plans/insecure.json"], REPO);
    expect([plan.code, plan.errors]).toEqual([1, 0]);
    expect(plan.failures).toBeGreaterThan(5);
    expect(await junitSchemaErrors(plan.xml)).toEqual([]);
  });

  test("a parse error (an <error> beside the findings) and a config error (the stopped report, nothing scanned)", async () => {
    const parse = await junitOf(["scan", "."], tree({ "main.tf": listener("web", "80"), "broken.tf": 'resource "aws_lb" "x" {\n  name = \n}\n' }));
    expect([parse.code, parse.failures, parse.errors]).toEqual([2, 1, 1]);
    expect(await junitSchemaErrors(parse.xml)).toEqual([]);

    const config = await junitOf(["scan", "."], tree({ ".git/HEAD": "ref: refs/heads/main\n", "moat.config.yaml": `severityThreshold: "${ODD_HCL}"\n`, "main.tf": listener("web", "80") }));
    expect([config.code, config.failures, config.errors]).toEqual([2, 0, 1]);
    expect(config.stderr).toContain("nothing was scanned");
    expect(await junitSchemaErrors(config.xml)).toEqual([]);
  });

  test("messages, names and files holding <, &, \", ]]>, control characters and non-ASCII", async () => {
    const file = `odd ${ODD}.tf`;
    const source = [
      listener("web", `"80${ODD_HCL}"`),
      `# moat:ignore MOAT-LB-001 reason="ok <&]]> é😀 'x'"`,
      listener("quiet", "80"),
      `resource "aws_lb_listener" "keyed" {\n  for_each = toset(["k${ODD_HCL}"])\n  port     = 81\n  protocol = "HTTP"\n  default_action {\n    type             = "forward"\n    target_group_arn = "arn"\n  }\n}\n`,
    ].join("\n");
    const odd = await junitOf(["scan", "."], tree({ [file]: source }));
    expect([odd.code, odd.failures, odd.skipped, odd.errors]).toEqual([1, 2, 1, 0]);
    expect(await junitSchemaErrors(odd.xml)).toEqual([]);
    // And the text survives: the control characters as visible escapes, the rest exactly.
    const cases = odd.root.children.flatMap((s) => s.children.filter((c) => c.name === "testcase"));
    const web = cases.find((c) => c.attributes.name.startsWith("aws_lb_listener.web "));
    expect(web?.children[0].attributes.message).toContain(`port 80${ODD_SHOWN} forwards plain HTTP`);
    expect(web?.attributes.name).toContain(`(odd ${ODD_SHOWN}.tf:`);
    expect(cases.find((c) => c.attributes.name.startsWith("aws_lb_listener.quiet "))?.children[0].attributes.message).toContain("ok <&]]> é😀 'x'");
    expect(cases.some((c) => c.attributes.name.startsWith('aws_lb_listener.keyed["k<&'))).toBe(true);
  });

  test("`moat merge --format junit` of the shards of a scan", async () => {
    const dir = tree();
    const shards = [1, 2].map((k) => join(dir, `moat-${k}.json`));
    for (const [i, file] of shards.entries()) {
      const shard = await moat(["scan", "examples/terraform/insecure", "--shard", `${i + 1}/2`, "--format", `json=${file}`], { cwd: REPO, rules: registry });
      expect(shard.stderr).toBe("");
    }
    const merged = await junitOf(["merge", ...shards], REPO);
    const single = await junitOf(["scan", "examples/terraform/insecure"], REPO);
    expect([merged.code, merged.stderr]).toEqual([1, ""]);
    expect(merged.xml.replace(/ time="[\d.]+"/, "")).toBe(single.xml.replace(/ time="[\d.]+"/, ""));
    expect(await junitSchemaErrors(merged.xml)).toEqual([]);
  });

  test("the validator really checks: a testcase with `file`, or <testsuites> with `skipped`, fails it", async () => {
    const { xml } = await junitOf(["scan", "examples/terraform/insecure"], REPO);
    const withFile = xml.replace("<testcase ", '<testcase file="x" ');
    const withSkipped = xml.replace("<testsuites ", '<testsuites skipped="0" ');
    expect(withFile).not.toBe(xml);
    expect(withSkipped).not.toBe(xml);
    expect(await junitSchemaErrors(withFile)).toEqual([expect.stringMatching(/Element 'testcase', attribute 'file': The attribute 'file' is not allowed/)]);
    expect(await junitSchemaErrors(withSkipped)).toEqual([expect.stringMatching(/Element 'testsuites', attribute 'skipped': The attribute 'skipped' is not allowed/)]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// All formats

describe("every format", () => {
  const formats = ["sarif", "junit", "github", "markdown"] as const;

  test("is registered, and `moat scan --help` lists it", async () => {
    const { stdout } = await moat(["scan", "--help"]);
    for (const name of formats) {
      expect(REPORTERS).toHaveProperty(name);
      expect(stdout.replace(/\s+/g, " ")).toContain(name);
    }
  });

  test("every format renders a report of 150,000 findings (no argument spreading that overflows the stack)", () => {
    const report = formatsReport({ errors: SCAN_ERRORS, durationMs: 10 });
    const one = report.findings[0];
    const findings = Array.from({ length: 150_000 }, (_, i) => ({ ...one, address: `${one.address}_${i}` }));
    const big: Report = { ...report, findings };
    for (const name of formats) {
      expect(REPORTERS[name].render(big, context()).length).toBeGreaterThan(0);
    }
  });

  test("gives the same bytes for the same report; only JUnit's time shows the duration", () => {
    for (const name of formats) {
      const a = REPORTERS[name].render(formatsReport({ errors: SCAN_ERRORS, durationMs: 10 }), context());
      const b = REPORTERS[name].render(formatsReport({ errors: SCAN_ERRORS, durationMs: 98765 }), context());
      if (name === "junit") {
        expect(a.replace(/ time="[\d.]+"/, "")).toBe(b.replace(/ time="[\d.]+"/, ""));
        expect(a).not.toBe(b);
      } else {
        expect(a).toBe(b);
      }
    }
  });

  test("several formats in one run, never in colour, the same bytes run after run", async () => {
    const outputs = async () => {
      const dir = tree();
      const { code, stdout, stderr } = await moat(
        ["scan", "examples/terraform/insecure", "--format", "markdown", ...["sarif", "junit", "github"].map((f) => ["--format", `${f}=${join(dir, `out.${f}`)}`]).flat()],
        { cwd: REPO, rules: registry, stdoutTTY: true, env: { FORCE_COLOR: "1" } },
      );
      expect(stderr).toBe("");
      expect(code).toBe(1);
      const files = ["sarif", "junit", "github"].map((f) => readFileSync(join(dir, `out.${f}`), "utf8"));
      return [stdout, ...files].map((text) => text.replace(/ time="[\d.]+"/, ""));
    };
    const first = await outputs();
    const second = await outputs();
    expect(second).toEqual(first);
    for (const text of first) {
      expect(text).not.toMatch(ANSI);
      expect(text.length).toBeGreaterThan(200);
    }
  });
});
