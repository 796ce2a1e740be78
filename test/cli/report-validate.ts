/** schemas/report.schema.json compiled once (Ajv, strict, every error, with formats): what a JSON report is checked against. */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import reportSchema from "../../schemas/report.schema.json";

const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
export const validateReport = ajv.compile(reportSchema);
