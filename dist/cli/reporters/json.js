"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderJson = renderJson;
const schema_urls_1 = require("../../core/schema-urls");
const escape_1 = require("./escape");
/**
 * The report as it is, led by `$schema`: the URL of `schemas/report.schema.json` as published for this version, so an
 * editor or validator finds the schema the report follows. Tests validate every report against that schema. Values
 * are exact; the bytes hold no control character and no workflow command (escape.ts).
 */
function renderJson(report) {
    // A report read back from JSON (moat merge) may carry the $schema of the version that wrote it: this one's wins.
    const { $schema: _written, ...rest } = report;
    return (0, escape_1.jsonText)({ $schema: schema_urls_1.REPORT_SCHEMA_URL, ...rest });
}
