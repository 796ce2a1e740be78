declare const _default: import("../../../core/rule").Rule<{}, "parameterOff" | "parameterNotSet" | "engineDefault" | "cannotEnforce" | "unusedGroupOff" | "unusedGroupCannotEnforce">;
export default _default;
