/**
 * The JUnit check the formats tests run: Jenkins' JUnit schema (xunit-plugin's junit-10.xsd, vendored in
 * test/fixtures/schemas/ with its source and licence) applied by libxml2's xmllint, compiled to WebAssembly (the
 * `xmllint-wasm` devDependency), so the check needs no system package. xmllint runs in a worker thread.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

export const JUNIT_SCHEMA_FILE = join(__dirname, "..", "fixtures", "schemas", "junit-10.xsd");
const schema = { fileName: "junit-10.xsd", contents: readFileSync(JUNIT_SCHEMA_FILE, "utf8") };

/**
 * xmllint's schema errors, one a line (`report.xml:LINE: Schemas validity error : …`); empty when the report is
 * valid. A document that is not well-formed XML rejects (xmllint exits 1, which is no verdict on the schema).
 */
export async function junitSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: "report.xml", contents: xml }, schema });
  if (result.valid) return [];
  const errors = result.errors.map((e) => e.rawMessage);
  return errors.length > 0 ? errors : [result.rawOutput];
}
