declare const _default: import("../../../core/rule").Rule<{}, "unusedGroupOff" | "requireSslOff" | "familyDefaultOff" | "defaultGroupOff">;
export default _default;
