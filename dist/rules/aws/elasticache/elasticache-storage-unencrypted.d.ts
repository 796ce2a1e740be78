declare const _default: import("../../../core/rule").Rule<{}, "standaloneCluster" | "groupAtRestOff">;
export default _default;
