/**
 * MOAT_HCL_PARSER: `hcl2json` sends every Terraform file to hcl2json instead of the JavaScript fast path first
 * (hcl-rules/fast-hcl.ts). The report must not change, only the speed; a value moat does not know stops the run.
 */
import { join } from "node:path";
import type { Report } from "../../cli/report";
import { rules } from "../../rules";
import { moat } from "./run-moat";

const ROOT = join(__dirname, "..", "..");
const report = (stdout: string) => stdout.replace(/"durationMs": \d+/, "");

describe("MOAT_HCL_PARSER", () => {
  test.each(["examples/terraform/insecure", "examples/terraform/secure", "examples/terraform"])(
    "%s: the same report with the fast path (default, `fast`) and with hcl2json alone",
    async (path) => {
      const scan = (env: NodeJS.ProcessEnv) => moat(["scan", path, "--format", "json", "--no-cache"], { cwd: ROOT, rules, env });
      const fast = await scan({});
      const hcl2json = await scan({ MOAT_HCL_PARSER: "hcl2json" });
      expect(report(hcl2json.stdout)).toBe(report(fast.stdout));
      expect(hcl2json.code).toBe(fast.code);
      expect(report((await scan({ MOAT_HCL_PARSER: " fast " })).stdout)).toBe(report(fast.stdout));
      expect((JSON.parse(fast.stdout) as Report).errors).toEqual([]);
    },
    60_000,
  );

  test("a value moat does not know stops the run with exit 2, naming the variable and the values it takes", async () => {
    const { code, stdout, stderr } = await moat(["scan", "examples/terraform/secure"], { cwd: ROOT, rules, env: { MOAT_HCL_PARSER: "HCL2JSON" } });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/MOAT_HCL_PARSER=HCL2JSON is not a parser moat knows; set it to hcl2json .* or fast/);
  });
});
