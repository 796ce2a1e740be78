declare const _default: import("../../../core/rule").Rule<{
    allowedPublicPorts: {
        tcp?: (string | number)[] | undefined;
        udp?: (string | number)[] | undefined;
    };
    sensitivePorts: {
        service: string;
        port?: number | undefined;
        from?: number | undefined;
        to?: number | undefined;
    }[];
    publicPrefixMax: number;
}, "sensitivePort" | "restrictedPort">;
export default _default;
