declare const _default: import("../../../core/rule").Rule<{
    minMaxAge: number;
}, "noHeader" | "invalidHeader" | "shortMaxAge">;
export default _default;
