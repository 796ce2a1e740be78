import type { Report } from "../report";

/** The report as it is: `schemas/report.schema.json` describes it, and tests validate it against that schema. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
