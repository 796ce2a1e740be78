declare const _default: import("../../../core/rule").Rule<{}, "groupTransitDisabled" | "groupTransitPreferred" | "standaloneCluster" | "memcachedTransitDisabled">;
export default _default;
