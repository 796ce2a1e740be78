import type { Report } from "../report";
import { jsonText } from "./escape";

/**
 * The report as it is: `schemas/report.schema.json` describes it, and tests validate it against that schema. Values
 * are exact; the bytes hold no control character and no workflow command (escape.ts).
 */
export function renderJson(report: Report): string {
  return jsonText(report);
}
