declare const _default: import("../../../core/rule").Rule<{
    minTlsVersion: "1.1" | "1.2" | "1.0" | "1.3";
}, "weakProtocol" | "weakReference" | "weakCipher" | "noCertificate" | "defaultPolicy" | "weakPredefined">;
export default _default;
