declare const _default: import("../../../core/rule").Rule<{}, "notEncrypted" | "globalNotEncrypted" | "kmsKeyWithoutEncryption">;
export default _default;
