declare const _default: import("../../../core/rule").Rule<{}, "clientPlaintextOnly" | "clientPlaintextAccepted" | "brokersPlaintext">;
export default _default;
