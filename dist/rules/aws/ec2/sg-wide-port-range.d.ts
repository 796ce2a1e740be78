declare const _default: import("../../../core/rule").Rule<{
    maxPortRange: number;
    publicPrefixMax: number;
}, "allTraffic" | "wideRange">;
export default _default;
