declare const _default: import("../../../core/rule").Rule<{
    includeInternal: boolean;
}, "noHttpsListener">;
export default _default;
