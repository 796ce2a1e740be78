declare const _default: import("../../../core/rule").Rule<{
    requireCertificateVerification: boolean;
}, "sslDisabled" | "sslNotVerified">;
export default _default;
