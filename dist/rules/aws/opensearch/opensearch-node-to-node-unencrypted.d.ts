declare const _default: import("../../../core/rule").Rule<{}, "nodeToNodeOff" | "nodeToNodeUnsupported">;
export default _default;
