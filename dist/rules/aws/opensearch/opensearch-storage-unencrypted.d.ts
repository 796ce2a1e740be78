declare const _default: import("../../../core/rule").Rule<{}, "atRestOff" | "atRestUnsupported">;
export default _default;
