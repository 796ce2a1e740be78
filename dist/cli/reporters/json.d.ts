import type { Report } from "../report";
/**
 * The report as it is, led by `$schema`: the URL of `schemas/report.schema.json` as published for this version, so an
 * editor or validator finds the schema the report follows. Tests validate every report against that schema. Values
 * are exact; the bytes hold no control character and no workflow command (escape.ts).
 */
export declare function renderJson(report: Report): string;
