/**
 * package.json `main` (dist/main.js): the Pulumi policy pack when Pulumi's runner loads the package, the library
 * everywhere else.
 *
 * Pulumi starts a Node.js pack by running `@pulumi/pulumi/cmd/run-policy-pack` with the pack's directory, and that
 * runner does `require(<pack directory>)` (run-policy-pack/run.js, `require(program)`), which Node resolves through
 * package.json `main`: `exports` applies only to a package required by name. PulumiPolicy.yaml cannot name another
 * entry: Pulumi parses a `main:` there (PolicyPackProject.Main, sdk/go/common/workspace/project.go) but never reads
 * it; both ways of starting a pack pass the directory itself (pkg/resource/plugin/analyzer_plugin.go NewPolicyAnalyzer,
 * args `[engine address, "."]`; sdk/go/common/resource/plugin/plugin.go ExecPlugin, NewProgramInfo(dir, dir, ".")).
 *
 * So `main` decides by who loaded it: under the runner (the process's main module is run-policy-pack) it starts the
 * pack, whose `new PolicyPack` starts a gRPC server; otherwise it is the library, which starts nothing. A name
 * require (`require("@moat-policy/moat")`) never comes here: `exports["."]` points at dist/api/index.js.
 */
import type * as Library from "./api/index";

/** The process was started by Pulumi's policy-pack runner (`node …/@pulumi/pulumi/cmd/run-policy-pack …`). */
function startedByPulumiRunner(mainModule: { filename?: string } | undefined = require.main): boolean {
  return /[\\/]@pulumi[\\/]pulumi[\\/]cmd[\\/]run-policy-pack[\\/]/.test(mainModule?.filename ?? "");
}

if (startedByPulumiRunner()) {
  require("./policies/index");
} else {
  module.exports = require("./api/index") as typeof Library;
}
