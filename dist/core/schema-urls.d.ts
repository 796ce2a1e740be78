export declare const CONFIG_SCHEMA_URL = "https://raw.githubusercontent.com/moat-policy/moat/v0.1.0/schemas/config.schema.json";
export declare const REPORT_SCHEMA_URL = "https://raw.githubusercontent.com/moat-policy/moat/v0.1.0/schemas/report.schema.json";
export declare const RULE_SCHEMA_URL = "https://raw.githubusercontent.com/moat-policy/moat/v0.1.0/schemas/rule.schema.json";
