declare const _default: import("../../../core/rule").Rule<{
    missingSslmodeFails: boolean;
    sslModeVariables: string[];
    sslSwitchVariables: string[];
    localHosts: string[];
}, "plainScheme" | "weakParameter" | "missingSslmode" | "weakVariable">;
export default _default;
