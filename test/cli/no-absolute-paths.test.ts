/**
 * No report names the checkout's absolute path: SARIF's %SRCROOT% has no uri, and a message that names a file by its
 * absolute path (a parser's or the file system's) is written relative to the working directory, as report paths are.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withoutCwd } from "../../cli/report";
import { REPORTERS } from "../../cli/reporters";
import { colors } from "../../cli/terminal";
import { rules as registry } from "../../rules/index";
import { FORMATS_CWD, formatsReport } from "../fixtures/formats/scan";
import { HTTP_LISTENER, moat, tree } from "./run-moat";
import { parseSarif } from "./sarif-log";

const CWD = FORMATS_CWD;

describe("withoutCwd", () => {
  test("paths inside the working directory become relative; the directory itself is `.`", () => {
    expect(withoutCwd(`EACCES: permission denied, open '${join(CWD, "x.tf")}'`, CWD)).toBe("EACCES: permission denied, open 'x.tf'");
    expect(withoutCwd(`in ${join(CWD, "modules", "a", "main.tf")}: bad`, CWD)).toBe("in modules/a/main.tf: bad");
    expect(withoutCwd(`cannot read ${CWD}`, CWD)).toBe("cannot read .");
    expect(withoutCwd(`(${CWD}), then`, CWD)).toBe("(.), then");
  });

  test("other text is left alone: a sibling directory, a path that only ends like it, CIDRs and URL paths", () => {
    for (const text of [`${CWD}2/x.tf`, `/other${CWD}/x.tf`, "ingress from 0.0.0.0/0", "GET /healthz", `${CWD}-old/x.tf`]) {
      expect(withoutCwd(text, CWD)).toBe(text);
    }
    expect(withoutCwd("/x/y.tf", "/")).toBe("/x/y.tf");
  });
});

test("no format holds the working directory's absolute path, even from messages that name it", () => {
  const abs = join(CWD, "modules", "db", "main.tf");
  const report = formatsReport({ errors: [{ file: abs, line: 2, message: `failed to read ${abs}: unexpected token` }] });
  expect(report.errors[0]).toMatchObject({ file: "modules/db/main.tf", message: "failed to read modules/db/main.tf: unexpected token" });
  for (const [name, reporter] of Object.entries(REPORTERS)) {
    const out = reporter.render(report, { colors: colors(false), unknown: "warn", quiet: false, rules: registry, cwd: CWD });
    expect([name, out.includes(CWD)]).toEqual([name, false]);
    expect([name, out.includes("file://")]).toEqual([name, false]);
  }
});

describe("a real scan's SARIF, of a directory inside the working directory and of one outside it", () => {
  /** A module with a finding, a file that does not parse, a local module that is missing and a remote one not downloaded. */
  const MODULE = {
    "infra/main.tf": `${HTTP_LISTENER}\nmodule "gone" {\n  source = "./gone"\n}\n\nmodule "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n`,
    "infra/broken.tf": 'resource "aws_lb" "x" {\n  name = \n}\n',
    "infra/plan.json": "{ not json",
    "vars/bad.tfvars": "x = ",
  };

  /** Every string in a parsed SARIF log. */
  const strings = (value: unknown): string[] =>
    typeof value === "string" ? [value] : Array.isArray(value) ? value.flatMap(strings) : value !== null && typeof value === "object" ? Object.values(value).flatMap(strings) : [];

  test.each([
    ["inside the working directory", (cwd: string) => cwd, "infra/main.tf"],
    ["outside it", (_cwd: string) => tree(MODULE), "main.tf"],
  ])("%s: no absolute path anywhere (uris, uriBaseIds, messages, notifications)", async (_where, home, uriEnd) => {
    const cwd = tree(MODULE);
    const dir = home(cwd);
    const elsewhere = tree({ "moat.yaml": "policy:\n  MOAT-TEST-002: disabled\nexceptions:\n  - { rule: MOAT-LB-001, resource: aws_lb_listener.gone, reason: gone }\n" });
    const { code, stdout } = await moat(
      ["scan", join(dir, "infra"), join(dir, "infra", "plan.json"), "--var-file", join(dir, "vars", "bad.tfvars"), "--config", join(elsewhere, "moat.yaml"), "--format", "sarif"],
      { cwd },
    );
    expect(code).toBe(2);
    const log = parseSarif(stdout);
    const run = log.runs[0];
    // What the scan met is all there: the finding, the errors, the remote module, the unused exception.
    expect(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([expect.stringMatching(new RegExp(`${uriEnd.replace(".", "\\.")}$`))]);
    expect(run.invocations[0].toolExecutionNotifications.length).toBeGreaterThanOrEqual(4);
    expect(run.invocations[0].toolConfigurationNotifications.length).toBe(1);
    expect(Object.values(run.originalUriBaseIds).map((base) => base.uri)).toEqual([undefined]);
    const absolute = strings(log).filter((s) => [cwd, dir, elsewhere, tmpdir()].some((d) => s.includes(d)) || /(^|[\s'"(=])\/(tmp|home|root|work|Users)\//.test(s) || s.includes("file:"));
    expect(absolute).toEqual([]);
  });
});
