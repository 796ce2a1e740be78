declare const _default: import("../../../core/rule").Rule<{}, "enforcementOff" | "unusedGroupEnforcementOff">;
export default _default;
