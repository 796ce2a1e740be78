declare const _default: import("../../../core/rule").Rule<{
    publicPrefixMax: number;
}, "allTraffic" | "allPorts">;
export default _default;
