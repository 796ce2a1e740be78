/**
 * `moat scan a.tf b.tf`, as pre-commit and lint-staged call it: each named file is scanned with its whole module (and
 * the modules of the repository that call it), and only the findings located in the named files are reported. A
 * tfvars file is a variable file; a config or baseline file scans the whole repository.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { FIXTURES } from "./run-moat";
import { moatIn, repo, scanJson } from "../config/workspace";

const VARIABLES = (protocol: string | undefined) =>
  `variable "protocol" {\n  type = string\n${protocol === undefined ? "" : `  default = "${protocol}"\n`}}\n`;

/** A listener whose protocol is var.protocol: MOAT-LB-001 fires at line 11 when it is HTTP. */
const LB = `resource "aws_lb" "web" {
  load_balancer_type = "application"
}

resource "aws_lb_listener" "web" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = var.protocol

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}
`;
const LB_LINE = 11;

/** A second HTTP listener in another file of the same module. */
const OTHER_LB = LB.replace(/"web"/g, '"other"').replace("var.protocol", '"HTTP"');

const places = (report: { findings: { ruleId: string; file?: string; line?: number }[] }) => report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);

describe("a .tf file is scanned with its whole module", () => {
  const files = { "variables.tf": VARIABLES("HTTP"), "lb.tf": LB, "other.tf": OTHER_LB };

  test("a finding that depends on a variable declared in another file of the module is reported", async () => {
    const { code, report } = await scanJson(repo(files), ["lb.tf"]);
    expect(places(report)).toEqual([`lb.tf:${LB_LINE} MOAT-LB-001`]);
    expect(code).toBe(1);
    // The whole module was read: the three files.
    expect(report.summary.files).toBe(3);
  });

  test("a file with no finding of its own reports none and exits 0, although its module has findings elsewhere", async () => {
    const { code, report } = await scanJson(repo(files), ["variables.tf"]);
    expect(report.findings).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(code).toBe(0);
  });

  test("checks not evaluated are reported only in the named files too", async () => {
    const root = repo({ "variables.tf": VARIABLES(undefined), "lb.tf": LB, "other.tf": OTHER_LB.replace('"HTTP"', "var.protocol") });
    const { report } = await scanJson(root, ["lb.tf"]);
    expect(report.unevaluated.map((u) => `${u.file} ${u.address}`)).toEqual(["lb.tf aws_lb_listener.web"]);
  });

  test("an unparsable file of the module is an error (coverage lost), even though it was not named", async () => {
    const { code, report } = await scanJson(repo({ ...files, "broken.tf": 'resource "aws_lb" "x" {\n  name = \n}\n' }), ["lb.tf"]);
    expect(code).toBe(2);
    expect(report.errors.map((e) => e.file)).toEqual(["broken.tf"]);
    expect(places(report)).toEqual([`lb.tf:${LB_LINE} MOAT-LB-001`]);
  });

  test("a file named with its directory is scanned once, and the directory's findings are all reported", async () => {
    const { report } = await scanJson(repo(files), [".", "lb.tf"]);
    expect(places(report)).toEqual([`lb.tf:${LB_LINE} MOAT-LB-001`, `other.tf:${LB_LINE} MOAT-LB-001`]);
    expect(report.notices).toEqual([expect.objectContaining({ file: "lb.tf", message: expect.stringContaining("scanned once") })]);
  });

  test("an exception that matches nothing is not called unused: the scan did not cover the repository", async () => {
    const config = 'exceptions:\n  - rule: MOAT-LB-001\n    resource: "module.gone.*"\n    reason: "OPS-1"\n';
    const root = repo({ ...files, "moat.config.yaml": config });
    expect((await scanJson(root, ["lb.tf"])).report.notices ?? []).toEqual([]);
    expect((await scanJson(root, ["."])).report.notices).toEqual([expect.objectContaining({ kind: "exception-unused" })]);
  });

  test("two files in two modules: each is scanned with its own module", async () => {
    const root = repo({
      "envs/a/variables.tf": VARIABLES("HTTP"),
      "envs/a/lb.tf": LB,
      "envs/b/variables.tf": VARIABLES("HTTP"),
      "envs/b/lb.tf": LB,
    });
    const both = await scanJson(root, ["envs/a/lb.tf", "envs/b/lb.tf"]);
    expect(places(both.report)).toEqual([`envs/a/lb.tf:${LB_LINE} MOAT-LB-001`, `envs/b/lb.tf:${LB_LINE} MOAT-LB-001`]);
    const one = await scanJson(root, ["envs/a/lb.tf", "envs/b/variables.tf"]);
    expect(places(one.report)).toEqual([`envs/a/lb.tf:${LB_LINE} MOAT-LB-001`]);
  });
});

describe("a file of a module that a root module calls", () => {
  const files = {
    "main.tf": `module "edge" {\n  source   = "./modules/lb"\n  protocol = "HTTP"\n}\n`,
    "modules/lb/variables.tf": VARIABLES("HTTPS"),
    "modules/lb/main.tf": LB,
  };

  test("is evaluated through its caller, with the values the caller passes, under the caller's address", async () => {
    const { code, report } = await scanJson(repo(files), ["modules/lb/main.tf"]);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.address}`)).toEqual([`modules/lb/main.tf:${LB_LINE} module.edge.aws_lb_listener.web`]);
    expect(code).toBe(1);
  });

  test("is found through a .tf.json caller whose source is written with JSON escapes (.\\/modules\\/lb)", async () => {
    const { "main.tf": _native, ...others } = files;
    const root = repo({ ...others, "main.tf.json": '{"module": {"edge": {"source": ".\\/modules\\/lb", "protocol": "HTTP"}}}' });
    const { code, report } = await scanJson(root, ["modules/lb/main.tf"]);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.address}`)).toEqual([`modules/lb/main.tf:${LB_LINE} module.edge.aws_lb_listener.web`]);
    expect(code).toBe(1);
  });

  test("its findings match a baseline written by a scan of the whole repository, and entries elsewhere are not counted as fixed", async () => {
    const root = repo({ ...files, "other.tf": OTHER_LB });
    expect((await moatIn(root, ["scan", "--write-baseline", "moat-baseline.json", "."])).code).toBe(0);
    const { code, report } = await scanJson(root, ["--baseline", "moat-baseline.json", "modules/lb/main.tf"]);
    expect(report.findings.map((f) => `${f.address} ${f.baselineState}`)).toEqual(["module.edge.aws_lb_listener.web unchanged"]);
    expect(report.summary.baseline).toMatchObject({ unchanged: 1, new: 0, fixed: 0 });
    expect(code).toBe(0);
  });

  test("the repository's root directory stays a root module even when an example calls it, as in a scan of the repository", async () => {
    const root = repo({
      "variables.tf": VARIABLES("HTTP"),
      "main.tf": LB,
      "examples/complete/main.tf": `module "lb" {\n  source   = "../../"\n  protocol = "HTTP"\n}\n`,
    });
    const whole = await scanJson(root, ["."]);
    const named = await scanJson(root, ["main.tf"]);
    const addresses = (r: typeof whole) => r.report.findings.map((f) => `${f.file} ${f.address} ${f.fingerprint}`).sort();
    expect(addresses(named)).toEqual(addresses(whole));
    expect(named.report.findings.map((f) => f.address).sort()).toEqual(["aws_lb_listener.web", "module.lb.aws_lb_listener.web"]);
  });

  test("file functions read inside the repository, as a scan of the repository would", async () => {
    const root = repo({
      "shared/protocol.txt": "HTTP\n",
      "app/lb.tf": LB.replace("var.protocol", 'trimspace(file("${path.module}/../shared/protocol.txt"))'),
    });
    expect(places((await scanJson(root, ["app/lb.tf"])).report)).toEqual([`app/lb.tf:${LB_LINE} MOAT-LB-001`]);
  });

  test("a module that no scanned module calls is its own root", async () => {
    const root = repo({ "modules/lb/variables.tf": VARIABLES("HTTP"), "modules/lb/main.tf": LB });
    const { report } = await scanJson(root, ["modules/lb/main.tf"]);
    expect(report.findings.map((f) => `${f.file} ${f.address}`)).toEqual(["modules/lb/main.tf aws_lb_listener.web"]);
  });
});

describe("variable files", () => {
  const files = { "variables.tf": VARIABLES(undefined), "lb.tf": LB };

  test("a .tfvars argument is a variable file of the root module in its directory, whose findings are all reported", async () => {
    const root = repo({ ...files, "prod.tfvars": 'protocol = "HTTP"\n' });
    const { code, report } = await scanJson(root, ["prod.tfvars"]);
    expect(places(report)).toEqual([`lb.tf:${LB_LINE} MOAT-LB-001`]);
    expect(report.unevaluated).toEqual([]);
    expect(code).toBe(1);
  });

  test("a .tfvars.json argument too, after the directory's own terraform.tfvars (as -var-file comes after it)", async () => {
    const root = repo({ ...files, "terraform.tfvars": 'protocol = "HTTPS"\n', "prod.tfvars.json": '{ "protocol": "HTTP" }\n' });
    expect(places((await scanJson(root, ["prod.tfvars.json"])).report)).toEqual([`lb.tf:${LB_LINE} MOAT-LB-001`]);
    expect(places((await scanJson(root, ["lb.tf"])).report)).toEqual([]);
  });

  test("named with a .tf file, the variable file applies and the .tf file's findings are reported", async () => {
    const root = repo({ ...files, "prod.tfvars": 'protocol = "HTTP"\n' });
    expect(places((await scanJson(root, ["lb.tf", "prod.tfvars"])).report)).toEqual([`lb.tf:${LB_LINE} MOAT-LB-001`]);
  });

  test("a variable file in a directory without Terraform files is an error that says what to do", async () => {
    const root = repo({ ...files, "envs/prod.tfvars": 'protocol = "HTTP"\n' });
    const { code, report } = await scanJson(root, ["envs/prod.tfvars"]);
    expect(code).toBe(2);
    expect(report.errors).toEqual([{ file: "envs/prod.tfvars", message: expect.stringContaining("--var-file envs/prod.tfvars") }]);
  });
});

describe("pre-commit: moat scan with the staged file names", () => {
  const files = {
    "variables.tf": VARIABLES("HTTPS"),
    "lb.tf": LB,
    "legacy/main.tf": OTHER_LB,
    "moat.config.yaml": "severityThreshold: low\n",
  };

  test("without a config or baseline among them, findings in files not named are not reported", async () => {
    const { code, report } = await scanJson(repo(files), ["lb.tf", "variables.tf"]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  test("a config among the files scans the whole repository: a changed policy can change any finding", async () => {
    const { code, report } = await scanJson(repo(files), ["lb.tf", "moat.config.yaml"]);
    expect(places(report)).toEqual([`legacy/main.tf:${LB_LINE} MOAT-LB-001`]);
    expect(report.notices ?? []).toEqual([]);
    expect(code).toBe(1);
  });

  test("so does a baseline named moat-baseline.json, or the file given with --baseline", async () => {
    const root = repo(files);
    expect((await moatIn(root, ["scan", "--write-baseline", "accepted.json", "."])).code).toBe(0);
    copyFileSync(join(root, "accepted.json"), join(root, "moat-baseline.json"));
    for (const names of [["moat-baseline.json"], ["lb.tf", "moat-baseline.json"]]) {
      expect(places((await scanJson(root, names)).report)).toEqual([`legacy/main.tf:${LB_LINE} MOAT-LB-001`]);
    }
    const given = await scanJson(root, ["--baseline", "accepted.json", "lb.tf", "accepted.json"]);
    expect(given.report.findings.map((f) => f.baselineState)).toEqual(["unchanged"]);
    expect(given.code).toBe(0);
  });

  test("--write-baseline with files named is a usage error: the baseline would lose every other finding", async () => {
    const { code, stderr } = await moatIn(repo(files), ["scan", "--write-baseline", "moat-baseline.json", "lb.tf"]);
    expect(code).toBe(2);
    expect(stderr).toContain("name directories");
  });

  test("a plan JSON file named among them is still read as a plan", async () => {
    const root = repo(files);
    copyFileSync(join(FIXTURES, "plan", "plan.json"), join(root, "prod.tfplan.json"));
    const { code, report } = await scanJson(root, ["lb.tf", "prod.tfplan.json"]);
    expect(report.errors).toEqual([]);
    expect(report.summary.files).toBe(3);
    expect(code).toBe(0);
    expect(readFileSync(join(root, "prod.tfplan.json"), "utf8")).toContain("format_version");
  });
});

describe(".pre-commit-hooks.yaml", () => {
  const [hook] = parseYaml(readFileSync(join(__dirname, "..", "..", ".pre-commit-hooks.yaml"), "utf8")) as { id: string; pass_filenames: boolean; files: string }[];

  test("passes the staged file names to moat scan", () => {
    expect(hook).toMatchObject({ id: "moat", entry: "moat scan", pass_filenames: true });
  });

  // pre-commit matches `files` with Python's re.search, whose syntax this pattern shares with JavaScript's.
  test.each([
    ["main.tf", true],
    ["infra/cdk.tf.json", true],
    ["envs/prod/terraform.tfvars", true],
    ["prod.auto.tfvars.json", true],
    ["moat.config.yaml", true],
    ["infra/moat.config.yml", true],
    ["moat.config.json", true],
    ["moat-baseline.json", true],
    [".moat-baseline.json", true],
    ["README.md", false],
    ["plan.json", false],
    ["not-moat.config.yaml", false],
    ["main.tf.bak", false],
  ])("runs when %s changes: %s", (file, runs) => {
    expect(new RegExp(hook.files).test(file)).toBe(runs);
  });
});
