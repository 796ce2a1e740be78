declare const _default: import("../../../core/rule").Rule<{
    tlsPorts: number[];
}, "tcpOnTlsPort" | "classicTcpOnTlsPort">;
export default _default;
