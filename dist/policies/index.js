"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The policy pack (compiled to dist/policies/index.js): package.json `main`, dist/main.js, loads it when Pulumi's
 * runner starts the pack (see main.ts). `new PolicyPack` starts the gRPC server and prints its port as the first line
 * on stdout: nothing may print before it.
 */
// First: without the Pulumi SDKs (optional peer dependencies) the pack stops here and says what to install.
require("./pulumi-peers");
const policy_1 = require("@pulumi/policy");
const rules_1 = require("../rules");
const pack_1 = require("./pack");
new policy_1.PolicyPack("moat", (0, pack_1.moatPolicyPackArgs)(rules_1.rules));
