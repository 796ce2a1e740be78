declare const _default: import("../../../core/rule").Rule<{}, "missing">;
export default _default;
