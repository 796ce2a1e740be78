declare const _default: import("../../../core/rule").Rule<{
    minTlsVersion: "1.2" | "1.3";
    requireForwardSecrecy: boolean;
}, "defaultPolicy" | "weakPolicy" | "notForwardSecret">;
export default _default;
