/**
 * The two SARIF checks the formats tests run, both from the `@microsoft/sarif-multitool` devDependency:
 *
 * - the final SARIF 2.1.0 JSON schema the package ships (`sarif-2.1.0.json`; it declares draft 2020-12, so Ajv's
 *   2020 build compiles it), and
 * - Microsoft's SARIF Multitool `validate`, a self-contained .NET binary, which checks what a schema cannot
 *   (absolute uriBaseIds ending in `/`, consistent regions, rule ids and indexes, …).
 *
 * The Multitool is run as `Sarif.Multitool validate FILE… --output OUT --log ForceOverwrite`; its exit code is 0
 * even when it finds errors, so its verdict is read from OUT, a SARIF log of its own.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

const MULTITOOL_DIR = dirname(require.resolve("@microsoft/sarif-multitool-linux/package.json"));
export const SARIF_SCHEMA_FILE = join(MULTITOOL_DIR, "sarif-2.1.0.json");
export const MULTITOOL_BINARY = join(MULTITOOL_DIR, "Sarif.Multitool");

// strictRequired is off because the schema's `anyOf` branches name properties the parent defines: valid JSON
// Schema that only Ajv's strict mode lints. Every other strict check stays on.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validateSchema = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, "utf8")) as object);

/** Schema errors as `path message` lines; empty when the log is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validateSchema(log)) return [];
  return (validateSchema.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`);
}

export interface MultitoolIssue {
  level: string;
  ruleId: string;
  /** The analysed file the issue is in (absolute path). */
  file: string;
  text: string;
}

/**
 * Runs the Multitool's `validate` on the files and returns every issue it reports at error or warning level.
 * Throws, with what to do, when the binary cannot run: a test must never pass because the validator did not.
 */
export function multitoolValidate(files: readonly string[]): MultitoolIssue[] {
  try {
    accessSync(MULTITOOL_BINARY, constants.X_OK);
  } catch {
    throw new Error(
      `${MULTITOOL_BINARY} is not executable. Its package's postinstall makes it so (package.json allowScripts approves ` +
        "@microsoft/sarif-multitool-linux); run `npm rebuild @microsoft/sarif-multitool-linux` or `chmod u+x` it.",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "moat-multitool-"));
  const output = join(dir, "validation.sarif");
  try {
    const run = spawnSync(MULTITOOL_BINARY, ["validate", ...files, "--output", output, "--log", "ForceOverwrite", "--level", "Error;Warning"], {
      encoding: "utf8",
      timeout: 120_000,
      env: {
        ...process.env,
        // Validation needs no culture data, and in invariant mode .NET starts on machines without libicu (slim CI
        // images), where it would otherwise abort before validating anything.
        DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1",
        DOTNET_CLI_TELEMETRY_OPTOUT: "1",
      },
    });
    if (run.error) throw new Error(`cannot run ${MULTITOOL_BINARY}: ${run.error.message}`);
    if (run.status !== 0) {
      throw new Error(`${MULTITOOL_BINARY} validate exited with ${run.status ?? run.signal}:\n${run.stdout}\n${run.stderr}`);
    }
    const log = JSON.parse(readFileSync(output, "utf8").replace(/^\uFEFF/, "")) as ValidationLog;
    const run0 = log.runs[0];
    const rules = new Map((run0.tool.driver.rules ?? []).map((r) => [r.id, r]));
    return (run0.results ?? []).map((r) => {
      const template = rules.get(r.ruleId)?.messageStrings?.[r.message.id ?? ""]?.text ?? r.message.text ?? r.message.id ?? "";
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "";
      return {
        level: r.level ?? "warning",
        ruleId: r.ruleId,
        file: uri.startsWith("file:") ? fileURLToPath(uri) : resolve(uri),
        text: template.replace(/\{(\d+)\}/g, (_m, i: string) => r.message.arguments?.[Number(i)] ?? ""),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ValidationLog {
  runs: {
    tool: { driver: { rules?: { id: string; messageStrings?: Record<string, { text: string }> }[] } };
    results?: {
      ruleId: string;
      level?: string;
      message: { id?: string; text?: string; arguments?: string[] };
      locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
    }[];
  }[];
}
