/**
 * How the package is entered. Pulumi's runner (`@pulumi/pulumi/cmd/run-policy-pack`) does `require(<pack directory>)`,
 * which Node resolves through package.json `main` (Pulumi never reads a `main:` in PulumiPolicy.yaml: see main.ts). So
 * `main` (dist/main.js) must start the pack under the runner, started either way the Pulumi CLI starts it, and be
 * the side-effect-free library for anyone else. `npm run compile` must have produced dist/ (npm test builds first).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pulumiRules } from "../../policies/pack";
import { rules } from "../../rules";
import { PACK_DIR, PolicyPackProcess } from "../support/pulumi-engine";

const PACKAGE = JSON.parse(readFileSync(join(PACK_DIR, "package.json"), "utf8")) as { main: string };

describe.each(["plugin", "language-host"] as const)("started by Pulumi's runner (%s launch)", (launch) => {
  let pack: PolicyPackProcess | undefined;
  afterAll(async () => {
    await pack?.stop();
  });

  test("package.json main starts the policy pack: it prints its port first and serves every Pulumi rule", async () => {
    pack = await PolicyPackProcess.start(PACK_DIR, { launch });
    expect(pack.stdout.split("\n")[0]).toBe(String(pack.port));
    const info = await pack.getAnalyzerInfo();
    expect(info.name).toBe("moat");
    expect(info.policies.map((p) => p.name).sort()).toEqual(pulumiRules(rules).map((r) => r.meta.name).sort());
  }, 60000);
});

test("package.json main, required by anything but Pulumi's runner, is the library: it starts nothing and prints nothing", () => {
  // As `require("<directory>")` resolves it: through main, not exports.
  const script = `const m = require(${JSON.stringify(PACK_DIR)}); process.stdout.write(JSON.stringify(Object.keys(m).sort()))`;
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 20000 });
  expect({ status: child.status, signal: child.signal, stderr: child.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
  expect(JSON.parse(child.stdout)).toEqual(["MoatError", "listRules", "scan", "scanPlan", "version"]);
  expect(PACKAGE.main).toBe("dist/main.js");
});
