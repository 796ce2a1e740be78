declare const _default: import("../../../core/rule").Rule<{}, "encryptionOff">;
export default _default;
