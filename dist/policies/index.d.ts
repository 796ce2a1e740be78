/**
 * The policy pack (compiled to dist/policies/index.js): package.json `main`, dist/main.js, loads it when Pulumi's
 * runner starts the pack (see main.ts). `new PolicyPack` starts the gRPC server and prints its port as the first line
 * on stdout: nothing may print before it.
 */
import "./pulumi-peers";
