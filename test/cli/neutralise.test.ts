/**
 * Hostile text in the scanned files, end to end through `moat scan` in every format: a line break followed by a
 * GitHub Actions workflow command, ESC sequences (a colour, an OSC 8 hyperlink), other control characters, a legacy
 * `##[command]` and a `%0A` meant to survive GitHub's own escaping — in a directory name, a file name, a resource
 * name, a for_each key, an attribute value that reaches a finding's message, an unknown-value reason, a remote
 * module's source, a suppression's reason, a notice and a parse error's file. No output may give a runner a command
 * moat did not mean, or a terminal a control character moat did not write; and the values stay readable (escaped)
 * in the human formats and exact in JSON and SARIF.
 *
 * And redaction at the plan door: a sensitive value that a rule upper-cases into its message, or that the evaluator
 * names in another letter case in an unknown-value reason, is redacted in every format.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REDACTED, Redactor, fingerprintOf } from "../../core/engine";
import { planFixture } from "../../core/plan-fixture";
import { type Report, type ScanResults, buildReport } from "../../cli/report";
import { REPORTERS } from "../../cli/reporters";
import { colors } from "../../cli/terminal";
import { rules as registry } from "../../rules/index";
import { parseXml } from "./parse-xml";
import { moat } from "./run-moat";
import { parseSarif } from "./sarif-log";

const INJECT = "\n::error file=evil.tf,line=1::pwned";
const ESCAPES = "\u001b[31mred\u001b]8;;mailto:evil@example\u0007link\u001b]8;;\u0007\u001b[2J";
/** Control characters other than NUL (which would make a file binary): BS, VT, FF, CR, DEL, NEL, C1 CSI, RLO. */
const CONTROLS = "\u0008\u000b\u000c\r\u007f\u0085\u009b\u202e";
const LEGACY = "##[add-mask]pwned %0A::stop-commands::tok";
/** Everything at once; no `/`, so it can name a directory or a file. */
const HOSTILE = `${INJECT}${ESCAPES}${CONTROLS} ${LEGACY}`;

/** HOSTILE as the human formats show it (before a format's own `##[` escape). */
const HOSTILE_SHOWN =
  "\\n::error file=evil.tf,line=1::pwned\\x1b[31mred\\x1b]8;;mailto:evil@example\\x07link\\x1b]8;;\\x07\\x1b[2J\\x08\\x0b\\x0c\\r\\x7f\\x85\\x9b\\u{202e} ##[add-mask]pwned %0A::stop-commands::tok";

/** A directory named like a workflow command: every report line that starts with its path starts with `::`. */
const COMMAND_DIR = "::error file=evil.tf,line=1::pwned";
const NASTY_DIR = `dir${HOSTILE}`;
const NASTY_FILE = `main${HOSTILE}.tf`;

const FORMATS = ["text", "json", "sarif", "junit", "github", "markdown"] as const;
type Format = (typeof FORMATS)[number];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "moat-neutralise-"));
  dirs.push(dir);
  return dir;
}

/** A quoted HCL string: HCL knows \\n, \\r, \\t, \\" and \\\\; every other control character is a \\u escape. */
const hcl = (text: string) =>
  `"${text.replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/([$%])\{/g, "$1$1{")}"`;
const LB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1";
const listener = (label: string, body: string) => `
resource "aws_lb_listener" ${hcl(label)} {
  load_balancer_arn = "${LB_ARN}"
  protocol          = "HTTP"
  ${body}
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1"
  }
}
`;

/** The hostile repository; returns the directory and the files moat reads, as its reports name them. */
function hostileRepo(): { dir: string; files: string[]; shownFiles: string[] } {
  const dir = scratchDir();
  mkdirSync(join(dir, COMMAND_DIR));
  mkdirSync(join(dir, NASTY_DIR));
  writeFileSync(join(dir, COMMAND_DIR, "main.tf"), listener("plain", "port = 80"));
  writeFileSync(
    join(dir, NASTY_DIR, NASTY_FILE),
    [
      listener(`name${HOSTILE}`, `port = ${hcl(`80${HOSTILE}`)}`),
      `# moat:ignore MOAT-LB-001 reason="accepted${ESCAPES}${LEGACY}"${listener("suppressed", "port = 8080")}`,
      listener("keyed", `for_each = toset([${hcl(`k${HOSTILE}`)}])\n  port = 81`),
      `# moat:ignore NOT-A-RULE${ESCAPES}`,
      `resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [${hcl(`0.0.0.0/0${HOSTILE}`)}]
}`,
      `module "remote" {\n  source = ${hcl(`git::https://example.com/x${HOSTILE}`)}\n}`,
    ].join("\n"),
  );
  writeFileSync(join(dir, NASTY_DIR, "broken.tf"), 'resource "aws_lb" "x" {\n  name = \n}\n');
  const files = [`${COMMAND_DIR}/main.tf`, `${NASTY_DIR}/${NASTY_FILE}`, `${NASTY_DIR}/broken.tf`];
  return { dir, files, shownFiles: files.map((f) => f.split(HOSTILE).join(HOSTILE_SHOWN)) };
}

/** One scan, all six formats (text to standard output, the others to files). */
async function scanAll(dir: string, extra: string[] = [], options: { color?: boolean } = {}): Promise<{ code: number; stderr: string; out: Record<Format, string> }> {
  const outDir = scratchDir();
  const others = FORMATS.filter((f) => f !== "text");
  const { code, stdout, stderr } = await moat(
    ["scan", ".", "--unknown=warn", ...(options.color ? ["--color"] : ["--no-color"]), ...others.flatMap((f) => ["--format", `${f}=${join(outDir, f)}`]), ...extra],
    { cwd: dir, rules: registry },
  );
  const out = { text: stdout } as Record<Format, string>;
  for (const f of others) out[f] = readFileSync(join(outDir, f), "utf8");
  return { code, stderr, out };
}

// ------------------------------------------------------------------------------------------------ a runner's view

/** The commands a GitHub Actions runner registers (actions/runner ActionCommandManager and its extensions). */
const RUNNER_COMMANDS = new Set(
  ["error", "warning", "notice", "debug", "add-mask", "stop-commands", "group", "endgroup", "echo", "set-output", "save-state", "set-env", "add-path", "add-matcher", "remove-matcher"],
);

interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

/**
 * What a GitHub Actions runner executes from a step's output, as actions/runner's ActionCommand parses it: lines are
 * split at CR, LF or CRLF (.NET ReadLine); `::name props::data` after leading white space (TrimStart), else
 * `##[name props]data` anywhere in the line; the name case-insensitive; properties unescaped as the runner does.
 */
function runnerCommands(output: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  const unescape = (text: string, property: boolean) => {
    let out = text.replace(/%0D/g, "\r").replace(/%0A/g, "\n");
    if (property) out = out.replace(/%3A/g, ":").replace(/%2C/g, ",");
    return out.replace(/%25/g, "%");
  };
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085\u180e]+/, "");
    const v2 = trimmed.startsWith("::") ? trimmed.indexOf("::", 2) : -1;
    if (v2 >= 0) {
      const info = trimmed.slice(2, v2);
      const space = info.indexOf(" ");
      const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
      if (RUNNER_COMMANDS.has(name)) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info.slice(space + 1).trim().split(",").filter((p) => p !== "")) {
            const eq = pair.indexOf("=");
            if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
          }
        }
        commands.push({ name, properties, data: unescape(trimmed.slice(v2 + 2), false), line });
        continue;
      }
    }
    const v1 = line.indexOf("##[");
    const close = v1 >= 0 ? line.indexOf("]", v1) : -1;
    if (close >= 0) {
      const info = line.slice(v1 + 3, close);
      const name = info.split(" ")[0].toLowerCase();
      if (RUNNER_COMMANDS.has(name)) commands.push({ name, properties: {}, data: line.slice(close + 1), line });
    }
  }
  return commands;
}

/** C0 controls other than LF, DEL, C1 controls and the bidirectional overrides: never raw in any output. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const SGR = /\x1b\[[0-9;]*m/g;
const DURATION = / in \d+\.\d+ s\./;

// ------------------------------------------------------------------------------------------------ the tests

describe("hostile text from the scanned files", () => {
  let repo: ReturnType<typeof hostileRepo>;
  let plain: { code: number; stderr: string; out: Record<Format, string> };
  beforeAll(async () => {
    repo = hostileRepo();
    plain = await scanAll(repo.dir);
  });

  test("the scan itself worked: the findings, the error, the unknown value, the module and the notices are all there", () => {
    expect(plain.stderr).toBe("");
    expect(plain.code).toBe(2); // broken.tf could not be parsed
    const report = JSON.parse(plain.out.json) as Report;
    expect(report.findings.map((f) => f.address).sort()).toEqual(
      [`aws_lb_listener.keyed[${JSON.stringify(`k${HOSTILE}`)}]`, `aws_lb_listener.name${HOSTILE}`, "aws_lb_listener.plain", "aws_lb_listener.suppressed"].sort(),
    );
    expect(report.errors.map((e) => e.file)).toEqual([`${NASTY_DIR}/broken.tf`]);
    expect(report.unevaluated).toHaveLength(1);
    expect(report.remoteModules).toHaveLength(1);
    expect(report.notices.length).toBeGreaterThanOrEqual(1);
  });

  test.each(FORMATS.filter((f) => f !== "github"))("%s: no line is a workflow command a runner would run", (format) => {
    expect(runnerCommands(plain.out[format])).toEqual([]);
  });

  test("github: the only commands are moat's own annotations, on the scanned files", () => {
    const commands = runnerCommands(plain.out.github);
    const report = JSON.parse(plain.out.json) as Report;
    // One per finding that is not suppressed, one per file that could not be scanned, one per notice.
    const expected = report.findings.filter((f) => f.suppressed === undefined).length + report.errors.length + report.notices.length;
    expect(commands).toHaveLength(expected);
    for (const c of commands) {
      expect(["error", "warning", "notice"]).toContain(c.name);
      expect(c.line.startsWith(`::${c.name} `)).toBe(true);
      for (const key of Object.keys(c.properties)) expect(["file", "line", "endLine", "col", "title"]).toContain(key);
      // A path is shown as in the other human formats (escaped): a file named with a line break gets no annotation
      // in the diff, but it cannot name another file either.
      if (c.properties.file !== undefined) expect(repo.shownFiles).toContain(c.properties.file);
    }
    // Every line is a command of moat's, but the last: the summary.
    const lines = plain.out.github.split("\n").slice(0, -1);
    expect(lines.slice(0, -1).every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^moat: /);
    // The hostile value is in the annotation, shown: its line break as \n, ESC as \x1b, and GitHub's % escaped.
    const name = commands.find((c) => c.data.includes(`aws_lb_listener.name`));
    expect(name?.data).toContain("Listener on port 80\\n::error file=evil.tf,line=1::pwned\\x1b[31mred\\x1b]8;;mailto:evil@example\\x07link");
    expect(name?.data).toContain("%0A::stop-commands::tok");
    expect(name?.data).not.toContain("##[");
  });

  test.each(FORMATS)("%s: no raw control character, ESC or bidirectional override", (format) => {
    expect(plain.out[format]).not.toMatch(RAW_CONTROL);
  });

  test("text, Markdown, JUnit and GitHub show the hostile values escaped, not dropped", () => {
    const shown = HOSTILE_SHOWN.slice(0, HOSTILE_SHOWN.indexOf(" ##["));
    for (const format of ["text", "junit", "github"] as const) expect(plain.out[format]).toContain(`80${shown}`);
    // Markdown escapes the backslashes and brackets of the escapes for itself.
    expect(plain.out.markdown).toContain("80\\\\n::error file=evil.tf,line=1::pwned\\\\x1b\\[31mred");
    // A directory named like a command starts report lines: the runner would read them, so the first `:` is escaped.
    expect(plain.out.text).toMatch(/^\\x3a:error file=evil\.tf,line=1::pwned\/main\.tf:\d+ /m);
    expect(plain.out.text).toContain("##\\[add-mask]pwned");
  });

  test("JSON and SARIF keep every value exact, with inert bytes", () => {
    const report = JSON.parse(plain.out.json) as Report;
    const byAddress = (a: string) => {
      const found = report.findings.find((f) => f.address === a);
      if (!found) throw new Error(`no finding for ${a}`);
      return found;
    };
    expect(byAddress(`aws_lb_listener.name${HOSTILE}`).message).toContain(`Listener on port 80${HOSTILE} forwards`);
    expect(byAddress(`aws_lb_listener.name${HOSTILE}`).file).toBe(`${NASTY_DIR}/${NASTY_FILE}`);
    expect(byAddress("aws_lb_listener.suppressed").suppressed?.reason).toBe(`accepted${ESCAPES}${LEGACY}`);
    expect(report.unevaluated[0].reason).toContain(`0.0.0.0/0${HOSTILE}`);
    expect(report.remoteModules[0].source).toBe(`git::https://example.com/x${HOSTILE}`);
    expect(plain.out.json).toContain("##\\u005b");
    expect(plain.out.json).toContain("\\u009b");

    const sarif = parseSarif(plain.out.sarif);
    expect(sarif.runs[0].results.map((r) => r.message.text)).toContain(
      `Listener on port 80${HOSTILE} forwards plain HTTP to its targets: traffic and cookies cross the network unencrypted.`,
    );
  });

  test("JUnit is well-formed XML 1.0, the values readable in it", () => {
    const root = parseXml(plain.out.junit);
    const cases = root.children.flatMap((s) => s.children.filter((c) => c.name === "testcase"));
    const hostile = cases.find((c) => c.attributes.name.startsWith("aws_lb_listener.name"));
    // Parsed back, the text is what the other human formats show (a character reference stands for the `[` of `##[`).
    expect(hostile?.attributes.name).toContain(` (dir${HOSTILE_SHOWN}/main${HOSTILE_SHOWN}.tf:`);
    expect(hostile?.children[0].name).toBe("failure");
  });

  test("with colour on, the only ESC sequences are moat's own colours", async () => {
    const coloured = await scanAll(repo.dir, [], { color: true });
    expect(coloured.out.text).toMatch(SGR);
    // Take moat's colour codes away and the report is the one without colour: every other ESC was escaped.
    expect(coloured.out.text.replace(SGR, "").replace(DURATION, "")).toBe(plain.out.text.replace(DURATION, ""));
    expect(plain.out.text).not.toContain("\u001b");
    expect(runnerCommands(coloured.out.text)).toEqual([]);
  });
});

describe("redaction at the plan door", () => {
  /** Sensitive in the plan as written; the rules show it upper-cased (the protocol) or by its canonical name (the policy). */
  const PROTOCOL = "hTTpS";
  const POLICY = "elbsecuritypolicy-fs-1-2-res-2020-10";
  const CANONICAL_POLICY = "ELBSecurityPolicy-FS-1-2-Res-2020-10";

  test("a sensitive value shown in another letter case is redacted in the message and the unknown list, in every format", async () => {
    const dir = scratchDir();
    const plan = planFixture([
      {
        address: "aws_elb.legacy",
        values: { name: "legacy", listener: [{ instance_port: 8443, instance_protocol: "https", lb_port: 443, lb_protocol: PROTOCOL, ssl_certificate_id: "" }] },
        sensitive: ["listener.0.lb_protocol"],
      },
      {
        address: "aws_lb_listener.api",
        values: { load_balancer_arn: LB_ARN, port: 443, protocol: "HTTPS", ssl_policy: POLICY, certificate_arn: "arn:aws:acm:us-east-1:123456789012:certificate/1", default_action: [{ type: "forward", target_group_arn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/1" }] },
        sensitive: ["ssl_policy"],
      },
    ]);
    writeFileSync(join(dir, "plan.json"), JSON.stringify(plan, null, 2));
    const outDir = scratchDir();
    const others = FORMATS.filter((f) => f !== "text");
    const { code, stdout, stderr } = await moat(
      ["scan", "plan.json", "--unknown=warn", ...others.flatMap((f) => ["--format", `${f}=${join(outDir, f)}`])],
      { cwd: dir, rules: registry },
    );
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const out: Record<Format, string> = { text: stdout } as Record<Format, string>;
    for (const f of others) out[f] = readFileSync(join(outDir, f), "utf8");

    const report = JSON.parse(out.json) as Report;
    const messages = report.findings.map((f) => f.message);
    // The rule upper-cases the protocol: "HTTPS" is the secret in another case.
    expect(messages).toContain(
      "Classic load balancer [secret] listener on port 443 has no ssl_certificate_id: an HTTPS/SSL listener needs an X.509 certificate to terminate TLS. Set ssl_certificate_id to an ACM or IAM certificate ARN.",
    );
    // The policy is not in moat's table by that name; the reason suggests the canonical one: the secret again.
    const reasons = report.unevaluated.map((u) => u.reason);
    expect(reasons.some((r) => r.startsWith('ssl_policy "[secret]" is not a policy moat knows') && r.includes('Did you mean "[secret]"?'))).toBe(true);

    for (const format of FORMATS) {
      const text = format === "sarif" ? JSON.stringify({ ...parseSarif(out.sarif).runs[0], tool: undefined }) : out[format];
      expect(text).not.toMatch(/Classic load balancer HTTPS listener/i);
      expect(text.toLowerCase()).not.toContain(POLICY);
      expect(text).toContain(format === "markdown" ? "\\[secret\\]" : "[secret]");
    }
    expect(out.text).toContain(`Did you mean "[secret]"?`);
    expect(out.markdown).toContain("Did you mean \"\\[secret\\]\"?");
    expect(CANONICAL_POLICY.toLowerCase()).toBe(POLICY);
  });
});

describe("redaction", () => {
  test("every form a message can give a secret: any case, trimmed, JSON-escaped, as a canonical number", () => {
    const r = new Redactor(["Pa$$w0rd", ' say "hi" ', "0443", "ß-Straße"]);
    expect(r.redact("pa$$w0rd / PA$$W0RD / Pa$$W0rd")).toBe(`${REDACTED} / ${REDACTED} / ${REDACTED}`);
    expect(r.redact('value "say \\"hi\\"" and say "HI"')).toBe(`value "${REDACTED}" and ${REDACTED}`);
    expect(r.redact("port 443, port 0443")).toBe(`port ${REDACTED}, port ${REDACTED}`);
    expect(r.redact("SS-STRASSE")).toBe(REDACTED);
    // Regular-expression characters in a secret are plain text.
    expect(new Redactor(["a.c", "(x"]).redact("abc a.c (x")).toBe(`abc ${REDACTED} ${REDACTED}`);
    // Leftmost, then longest; text around (astral characters, letters whose lower case is longer) is kept as it was.
    expect(new Redactor(["abc", "abcdef"]).redact("😀xabcdefx İ abc")).toBe(`😀x${REDACTED}x İ ${REDACTED}`);
  });

  test("empty and blank secrets change nothing; one- and two-character secrets only where they stand alone", () => {
    const text = "Listener on port 80 at 10.0.0.1/32 forwards 8080 to a target.";
    expect(new Redactor(["", "   ", "\n"]).redact(text)).toBe(text);
    expect(new Redactor([]).redact(text)).toBe(text);
    expect(new Redactor(undefined).redact(text)).toBe(text);
    // "1" is redacted where it is shown as a value of its own, not inside "10" or "8080".
    expect(new Redactor(["1", "80"]).redact(text)).toBe(`Listener on port ${REDACTED} at 10.0.0.1/32 forwards 8080 to a target.`);
    expect(new Redactor(["1"]).redact("ports 1-1024, \"1\"")).toBe(`ports ${REDACTED}-1024, "${REDACTED}"`);
    // A port after a protocol is shown as itself; a number inside an IPv4 address or CIDR is another value.
    expect(new Redactor(["80"]).redact("listeners (HTTP:80) from 10.80.0.0/16")).toBe(`listeners (HTTP:${REDACTED}) from 10.80.0.0/16`);
    // From three characters on, everywhere.
    expect(new Redactor(["web"]).redact("website")).toBe(`${REDACTED}site`);
  });

  test("the report redacts instance keys of addresses, error messages and notices, in every format", () => {
    const cwd = "/srv/repo";
    const secret = "S3cr3t-Key";
    const address = `module.db["${secret}"].aws_lb_listener.this["${secret.toLowerCase()}"]`;
    const results: ScanResults = {
      findings: [
        {
          ruleId: "MOAT-LB-001",
          ruleName: "lb-listener-plain-http",
          area: "listener-http",
          severity: "high",
          enforcement: "mandatory",
          messageId: "forward",
          message: "Listener on port 80 forwards plain HTTP to its targets.",
          resourceType: "aws_lb_listener",
          address,
          door: "hcl",
          location: { file: `${cwd}/main.tf`, line: 3 },
          path: "",
          steps: [],
          moduleChain: [{ address: `module.db["${secret}"]`, location: { file: `${cwd}/main.tf`, line: 1 } }],
          fingerprint: fingerprintOf("MOAT-LB-001", address, ""),
        },
      ],
      unevaluated: [],
      errors: [{ file: `${cwd}/broken.tf`, line: 2, message: `cannot convert "${secret.toUpperCase()}" to a number` }],
      remoteModules: [],
      notices: [{ kind: "excluded", file: `${cwd}/main.tf`, message: `"${secret}" is excluded` }],
      files: 2,
      resources: 1,
      rules: 1,
      redactor: new Redactor([secret]),
    };
    const report = buildReport(results, { cwd, severityThreshold: "low", durationMs: 5, tool: { name: "moat", version: "0.0.0" } });
    expect(report.findings[0].address).toBe(`module.db["${REDACTED}"].aws_lb_listener.this["${REDACTED}"]`);
    expect(report.findings[0].moduleChain[0].address).toBe(`module.db["${REDACTED}"]`);
    expect(report.errors[0].message).toBe(`cannot convert "${REDACTED}" to a number`);
    expect(report.notices[0].message).toBe(`"${REDACTED}" is excluded`);
    // The fingerprint is the one of the real address, so baselines and suppressions keep matching.
    expect(report.findings[0].fingerprint).toBe(fingerprintOf("MOAT-LB-001", address, ""));
    for (const [name, reporter] of Object.entries(REPORTERS)) {
      const out = reporter.render(report, { colors: colors(false), unknown: "warn", quiet: false, rules: [], cwd });
      expect([name, out.toLowerCase().includes(secret.toLowerCase())]).toEqual([name, false]);
    }
  });
});

test("a hostile moat.config.yaml in the repository cannot put a workflow command or a control character on standard error", async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, "main.tf"), "");
  writeFileSync(
    join(dir, "moat.config.yaml"),
    ["policy:", `  ${JSON.stringify(`x${INJECT}\u001b[31m`)}: disabled`, "exceptions:", `  - rule: ${JSON.stringify(`MOAT-LB-001${INJECT}##[add-mask]x`)}`, '    resource: "a"', '    reason: "r"', ""].join("\n"),
  );
  const { code, stdout, stderr } = await moat(["scan", "."], { cwd: dir });
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expect(stderr).toContain("\\n::error file=evil.tf,line=1::pwned\\x1b[31m");
  expect(runnerCommands(stderr)).toEqual([]);
  expect(stderr).not.toMatch(RAW_CONTROL);
});
