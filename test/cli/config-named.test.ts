/**
 * Every report names the config file the scan used, or says "none" (issue 14): text, JSON, SARIF, JUnit, Markdown and
 * GitHub annotations. Discovery looks from the scan root upward and stops at the repository root — the directory that
 * holds `.git`, a directory in a clone, a file in a worktree or submodule — so a config above the checkout never applies.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { moatIn, scanJson } from "../config/workspace";
import { parseXml } from "./parse-xml";
import { HTTP_LISTENER, tree, write } from "./run-moat";
import { parseSarif } from "./sarif-log";

/** A directory (no `.git`) holding a checkout at `checkout/`, whose `.git` is a directory or, as in a worktree, a file. */
function checkoutIn(git: "directory" | "file", files: Record<string, string>): { outer: string; root: string } {
  const outer = tree();
  const root = join(outer, "checkout");
  mkdirSync(root);
  if (git === "directory") mkdirSync(join(root, ".git"));
  else writeFileSync(join(root, ".git"), "gitdir: /elsewhere/.git/worktrees/checkout\n");
  write(outer, files);
  return { outer, root };
}

/** Every rule off: a config that applies shows at once (exit 2, nothing checked). */
const DISABLES_ALL = "policy:\n  all: disabled\n";
const ADVISORY = "policy:\n  all: advisory\n";

/** The config each format names, read back from what it wrote to standard output. */
async function namedConfigs(cwd: string, args: string[]): Promise<Record<string, unknown>> {
  const out = async (format: string) => (await moatIn(cwd, ["scan", ...args, "--format", format])).stdout;
  const { report } = await scanJson(cwd, args);
  const sarif = parseSarif(await out("sarif"));
  const junit = parseXml(await out("junit"));
  const junitConfigs = new Set(junit.children.flatMap((suite) => suite.children.filter((c) => c.name === "properties").flatMap((p) => p.children.map((c) => `${c.attributes.name}=${c.attributes.value}`))));
  return {
    json: report.summary.config,
    sarif: sarif.runs[0].properties?.summary?.config,
    junit: [...junitConfigs],
    text: /^Config: (.*)\.$/m.exec(await out("text"))?.[1],
    markdown: / Config: (.*)\.$/m.exec(await out("markdown"))?.[1],
    github: /; config: (.*)\.$/m.exec(await out("github"))?.[1],
  };
}

function everyFormatNames(config: string | null): Record<string, unknown> {
  const name = config ?? "none";
  return { json: config, sarif: config, junit: [`moat.config=${name}`], text: name, markdown: config === null ? "none" : `\`${config}\``, github: name };
}

describe("every report names the config it used", () => {
  test.each(["directory", "file"] as const)("a config above the repository root is never read (.git is a %s): every format says none", async (git) => {
    const { root } = checkoutIn(git, { "moat.config.yaml": DISABLES_ALL, "checkout/infra/main.tf": HTTP_LISTENER });
    expect(await namedConfigs(root, ["infra"])).toEqual(everyFormatNames(null));
    // The config above would disable every rule (exit 2); it is not applied, so the finding fails the run.
    expect((await moatIn(root, ["scan", "infra"])).code).toBe(1);
    expect((await moatIn(join(root, "infra"), ["scan"])).code).toBe(1);
  });

  test("a config above the scan root but inside the repository is used, and named relative to the working directory", async () => {
    const { root } = checkoutIn("directory", { "checkout/moat.config.yaml": ADVISORY, "checkout/infra/prod/main.tf": HTTP_LISTENER });
    expect(await namedConfigs(root, ["infra/prod"])).toEqual(everyFormatNames("moat.config.yaml"));
    expect(await namedConfigs(join(root, "infra", "prod"), [])).toEqual(everyFormatNames("../../moat.config.yaml"));
    // all: advisory applies: the finding is shown and passes.
    const { code, report } = await scanJson(root, ["infra/prod"]);
    expect([code, report.findings.map((f) => f.enforcement)]).toEqual([0, ["advisory"]]);
  });

  test("--config FILE wins over the one discovery would find, and is the one named", async () => {
    const { root } = checkoutIn("directory", { "checkout/moat.config.yaml": DISABLES_ALL, "checkout/ci/moat.yaml": ADVISORY, "checkout/main.tf": HTTP_LISTENER });
    expect(await namedConfigs(root, ["--config", "ci/moat.yaml"])).toEqual(everyFormatNames("ci/moat.yaml"));
    expect((await scanJson(root, ["--config", "ci/moat.yaml"])).code).toBe(0);
  });

  test("no config anywhere, or --no-config: every format says none", async () => {
    const { root } = checkoutIn("directory", { "checkout/main.tf": HTTP_LISTENER });
    expect(await namedConfigs(root, [])).toEqual(everyFormatNames(null));
    write(root, { "moat.config.yaml": ADVISORY });
    expect(await namedConfigs(root, ["--no-config"])).toEqual(everyFormatNames(null));
    expect((await moatIn(root, ["scan"])).stdout).toContain("Config: moat.config.yaml.\n");
  });
});
