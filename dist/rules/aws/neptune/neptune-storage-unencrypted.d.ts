declare const _default: import("../../../core/rule").Rule<{}, "notEncrypted" | "globalNotEncrypted">;
export default _default;
