declare const _default: import("../../../core/rule").Rule<{}, "tlsNotRequired" | "tlsNotRequiredIamOnly">;
export default _default;
