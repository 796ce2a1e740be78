"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** The process was started by Pulumi's policy-pack runner (`node …/@pulumi/pulumi/cmd/run-policy-pack …`). */
function startedByPulumiRunner(mainModule = require.main) {
    return /[\\/]@pulumi[\\/]pulumi[\\/]cmd[\\/]run-policy-pack[\\/]/.test(mainModule?.filename ?? "");
}
if (startedByPulumiRunner()) {
    require("./policies/index");
}
else {
    module.exports = require("./api/index");
}
