declare const _default: import("../../../core/rule").Rule<{}, "parameterOff" | "db2ClearTextListener" | "parameterNotSet" | "engineDefault" | "cannotEnforce" | "unusedGroupOff" | "unusedGroupCannotEnforce" | "oracleNotEnforced" | "oracleNoOptionGroup">;
export default _default;
