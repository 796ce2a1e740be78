declare const _default: import("../../../core/rule").Rule<{}, "tlsDisabled">;
export default _default;
