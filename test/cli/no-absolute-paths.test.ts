/**
 * No report names the checkout's absolute path: SARIF's %SRCROOT% has no uri, and a message that names a file by its
 * absolute path (a parser's or the file system's) is written relative to the working directory, as report paths are.
 */
import { join } from "node:path";
import { withoutCwd } from "../../cli/report";
import { REPORTERS } from "../../cli/reporters";
import { colors } from "../../cli/terminal";
import { rules as registry } from "../../rules/index";
import { FORMATS_CWD, formatsReport } from "../fixtures/formats/scan";

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
