/**
 * Every schema URL moat writes or documents points at a file a validator can fetch: moat's own schemas as raw files of
 * the repository at the tag of package.json's version (a path that exists here), SARIF's as the official OASIS schema.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { buildReport } from "../cli/report";
import { renderJson } from "../cli/reporters/json";
import { SARIF_SCHEMA_URI } from "../cli/reporters/sarif";
import { SCHEMA_FILES, schemaUrl } from "../core/rule-docs";
import { CONFIG_SCHEMA_URL, REPORT_SCHEMA_URL, RULE_SCHEMA_URL } from "../core/schema-urls";

const ROOT = join(__dirname, "..");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const RAW = /^https:\/\/raw\.githubusercontent\.com\/moat-policy\/moat\/v([^/]+)\/(.+)$/;

/** The files moat documents or writes schema URLs in: docs, schemas, examples, source, the hooks and action files. */
function documentedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|json|ya?ml|ts|tf)$/.test(name)) out.push(path);
    }
  };
  for (const dir of ["docs", "schemas", "examples", "cli", "core", "scripts"]) walk(join(ROOT, dir));
  for (const file of ["README.md", "action.yml", ".pre-commit-hooks.yaml", "PulumiPolicy.yaml", "package.json"]) if (existsSync(join(ROOT, file))) out.push(join(ROOT, file));
  return out;
}

/** URLs of moat's repository that name a schema: a path under schemas/, or the value of a `$schema` or `$id`. */
function schemaUrls(text: string): string[] {
  const urls = [...text.matchAll(/https?:\/\/[^\s"'`)<>\]\\]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ""));
  return urls.filter((u) => /moat-policy\/moat/.test(u) && /\/schemas\/|schema\.json/.test(u));
}

test("every moat schema URL in the docs, schemas and source is a raw file at package.json's version, whose path exists here", () => {
  const found: string[] = [];
  for (const file of documentedFiles()) {
    const text = readFileSync(file, "utf8");
    for (const url of schemaUrls(text)) {
      found.push(url);
      const m = RAW.exec(url);
      expect([relative(ROOT, file), url, m?.[1]]).toEqual([relative(ROOT, file), url, VERSION]);
      expect([url, existsSync(join(ROOT, m?.[2] ?? "(none)"))]).toEqual([url, true]);
    }
    // The schemas' old identifiers and branch pages are gone for good.
    expect([relative(ROOT, file), /urn:moat:schema|moat-policy\/moat\/blob\/[^/\s]+\/schemas\//.test(text)]).toEqual([relative(ROOT, file), false]);
  }
  // The config example in the README and the guardrails doc point editors at the config schema.
  expect(found).toEqual(expect.arrayContaining([schemaUrl("config.schema.json", VERSION)]));
  expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(`# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}\n`);
});

test("each schema's $id is where it is published; the generated URLs are package.json's version", () => {
  expect([CONFIG_SCHEMA_URL, REPORT_SCHEMA_URL, RULE_SCHEMA_URL]).toEqual(SCHEMA_FILES.map((f) => `https://raw.githubusercontent.com/moat-policy/moat/v${VERSION}/schemas/${f}`));
  for (const file of SCHEMA_FILES) {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas", file), "utf8")) as { $id: string };
    expect([file, schema.$id]).toEqual([file, schemaUrl(file, VERSION)]);
  }
});

test("a JSON report is led by the report schema's URL; SARIF names the official OASIS SARIF 2.1.0 schema", () => {
  const report = buildReport({ findings: [], unevaluated: [], errors: [], remoteModules: [], files: 0, resources: 0, rules: 0 }, { cwd: ROOT, severityThreshold: "low", durationMs: 0, tool: { name: "moat", version: VERSION } });
  const json = JSON.parse(renderJson(report)) as Record<string, unknown>;
  expect(Object.keys(json)[0]).toBe("$schema");
  expect(json.$schema).toBe(REPORT_SCHEMA_URL);
  // A report read back from an older version's JSON is written with this version's schema URL.
  const older = JSON.parse(renderJson({ ...report, $schema: "https://example.com/old.json" })) as Record<string, unknown>;
  expect(older.$schema).toBe(REPORT_SCHEMA_URL);
  // The id OASIS's own schema declares (SARIF 2.1.0 Errata 01, OASIS Standard, 2023-08-28).
  expect(SARIF_SCHEMA_URI).toBe("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
});
