declare const _default: import("../../../core/rule").Rule<{
    httpPorts: number[];
}, "plainHttp" | "plainTcp" | "networkTcp" | "tcpBesideTls">;
export default _default;
