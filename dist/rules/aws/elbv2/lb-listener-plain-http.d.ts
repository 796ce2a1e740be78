declare const _default: import("../../../core/rule").Rule<{}, "forward" | "redirectNotHttps" | "ruleForward" | "ruleForwardPastFixedResponse" | "ruleRedirectNotHttps">;
export default _default;
