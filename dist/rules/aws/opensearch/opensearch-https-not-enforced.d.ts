declare const _default: import("../../../core/rule").Rule<{}, "httpAllowed" | "weakTlsPolicy">;
export default _default;
