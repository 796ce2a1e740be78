"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderJson = renderJson;
const escape_1 = require("./escape");
/**
 * The report as it is: `schemas/report.schema.json` describes it, and tests validate it against that schema. Values
 * are exact; the bytes hold no control character and no workflow command (escape.ts).
 */
function renderJson(report) {
    return (0, escape_1.jsonText)(report);
}
