import { REPORT_SCHEMA_URL } from "../../core/schema-urls";
import type { Report } from "../report";
import { jsonText } from "./escape";

/**
 * The report as it is, led by `$schema`: the URL of `schemas/report.schema.json` as published for this version, so an
 * editor or validator finds the schema the report follows. Tests validate every report against that schema. Values
 * are exact; the bytes hold no control character and no workflow command (escape.ts).
 */
export function renderJson(report: Report): string {
  // A report read back from JSON (moat merge) may carry the $schema of the version that wrote it: this one's wins.
  const { $schema: _written, ...rest } = report;
  return jsonText({ $schema: REPORT_SCHEMA_URL, ...rest });
}
