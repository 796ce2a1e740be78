declare const _default: import("../../../core/rule").Rule<{
    disallowedTlsValues: string[];
}, "tlsDisabled" | "tlsValueDisallowed" | "groupDefaultTlsDisallowed" | "unusedGroupTlsDisabled" | "defaultTlsDisallowed">;
export default _default;
