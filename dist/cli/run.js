"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
exports.debugWanted = debugWanted;
/**
 * The `moat` command line, in-process: `run(argv, environment)` parses the arguments, runs the command and returns
 * the exit code, writing only to the streams it is given. `cli/main.ts` is the bin around it.
 *
 * Exit codes: 0 clean, 1 a mandatory finding at or above the severity threshold and --fail-on (not suppressed, not in
 * the baseline), 2 something could not be scanned (a usage error, an invalid config file or baseline, a missing path, an
 * unreadable or unparsable file); 2 wins over 1, because an incomplete scan proves nothing.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_perf_hooks_1 = require("node:perf_hooks");
const commander_1 = require("commander");
const baseline_1 = require("../core/baseline");
const paths_1 = require("../core/paths");
const config_1 = require("../core/config");
const rule_1 = require("../core/rule");
const parse_hcl_1 = require("../hcl-rules/parse-hcl");
const index_1 = require("../rules/index");
const arguments_1 = require("./arguments");
const explain_1 = require("./explain");
const guardrails_1 = require("./guardrails");
const inputs_1 = require("./inputs");
const pipeline_1 = require("./pipeline");
const report_1 = require("./report");
const reporters_1 = require("./reporters");
const scan_1 = require("./scan");
const terminal_1 = require("./terminal");
const merge_1 = require("./merge");
const tool_1 = require("./tool");
async function run(argv, environment) {
    let exitCode = report_1.EXIT_CLEAN;
    const program = buildProgram(environment, (code) => {
        exitCode = code;
    });
    try {
        await program.parseAsync([...argv], { from: "user" });
    }
    catch (error) {
        if (error instanceof commander_1.CommanderError) {
            return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? report_1.EXIT_CLEAN : report_1.EXIT_INCOMPLETE;
        }
        environment.stderr.write(`moat: internal error (${(0, terminal_1.safeMessage)((0, scan_1.internalErrorText)(error, environment.cwd))}); this is a bug in moat, please report it\n`);
        if (debugWanted(argv))
            writeDebugStack("internal error", error, environment);
        else
            environment.stderr.write("moat: run again with --debug for the stack trace to include in the report\n");
        return report_1.EXIT_INCOMPLETE;
    }
    return exitCode;
}
/** `--debug` (a global option): read from the arguments themselves, so it works even when parsing them failed. */
function debugWanted(argv) {
    const end = argv.indexOf("--");
    return (end < 0 ? argv : argv.slice(0, end)).includes("--debug");
}
/**
 * An internal error's stack trace, for a bug report: moat's own files relative to its package (`<moat>/dist/cli/…`),
 * other absolute paths relative to the working directory, so no trace shows where moat or the checkout lives.
 */
function writeDebugStack(what, error, environment) {
    const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    // A message may quote the scanned repository: each line is neutralised like every other line moat prints.
    const lines = (0, scan_1.relativePaths)(stack, environment.cwd, { dir: (0, tool_1.packageRoot)(), label: scan_1.MOAT_LABEL }).split("\n");
    environment.stderr.write(`moat: debug: ${(0, terminal_1.safeMessage)((0, scan_1.relativePaths)(what, environment.cwd))}:\n${lines.map((l) => `  ${(0, terminal_1.safeMessage)(l)}`).join("\n")}\n`);
}
function buildProgram(environment, setExitCode) {
    const program = new commander_1.Command(tool_1.TOOL_NAME)
        .description("One policy pack for the network edge of AWS infrastructure: plain-HTTP listeners, weak TLS on load balancers, " +
        "unencrypted database connections and storage, and overly broad security groups.")
        .version((0, tool_1.toolVersion)(), "-V, --version", "print the version")
        .option("--debug", "print the stack trace of an internal error (a bug in moat), for a bug report")
        .helpOption("-h, --help", "show help")
        .helpCommand(false)
        .exitOverride()
        .configureOutput({
        writeOut: (text) => void environment.stdout.write(text),
        writeErr: (text) => void environment.stderr.write(text),
        getOutHelpWidth: () => environment.stdout.columns || 100,
        getErrHelpWidth: () => environment.stderr.columns || 100,
    })
        .showSuggestionAfterError(true)
        .showHelpAfterError(`(run \`${tool_1.TOOL_NAME} --help\` for usage)`)
        .addHelpText("after", `
Examples:
  ${tool_1.TOOL_NAME} scan infra/                                   scan Terraform source (exit 1 on mandatory findings)
  ${tool_1.TOOL_NAME} scan plan.json --source-root .                scan a plan made with \`terraform show -json\`
  ${tool_1.TOOL_NAME} scan --format text --format sarif=moat.sarif  several outputs in one run
  ${tool_1.TOOL_NAME} scan --write-baseline moat-baseline.json      accept today's findings…
  ${tool_1.TOOL_NAME} scan --baseline moat-baseline.json            …and fail only on new ones
  ${tool_1.TOOL_NAME} scan --shard 2/4 --format json=moat-2.json .  one job of four over a large repository…
  ${tool_1.TOOL_NAME} merge --format sarif=moat.sarif moat-*.json   …and their reports as one
  ${tool_1.TOOL_NAME} rules                                         list the rules (--format json for tools)
  ${tool_1.TOOL_NAME} explain MOAT-SG-002                           a rule's doc: why, defaults, options, fixes
  ${tool_1.TOOL_NAME} pulumi-config > policy-config.json            moat.config.yaml as Pulumi --policy-pack-config

Configuration: moat.config.yaml (or .yml, .json) in the scanned directory or above it, up to the repository root;
see \`${tool_1.TOOL_NAME} scan --help\`.`);
    program
        .command("scan")
        .summary("scan Terraform files, directories and plans")
        .description("Scan Terraform source or Terraform plans. A directory is one Terraform module; directories below it that hold .tf " +
        `files are scanned too (${inputs_1.SKIPPED_DIRS_TEXT} are skipped), and local modules are followed wherever they are. ` +
        "A .json file (or - for standard input) is a plan made with `terraform show -json`. " +
        "A named .tf file is scanned with its whole module and the modules that call it, and only its findings are reported; " +
        "a .tfvars file is a variable file of the root module in its directory; a moat.config.yaml or moat-baseline.json " +
        "scans the whole repository (so a pre-commit hook can pass the staged file names).")
        .argument("[paths...]", "directories, Terraform files (.tf, .tf.json, .tfvars), and plan JSON files (- reads standard input)", ["."])
        .addOption(new commander_1.Option("-f, --format <format[=file]>", `output format: ${Object.keys(reporters_1.REPORTERS).join(", ")}; with =FILE it is written to FILE (repeatable)`)
        .argParser((0, arguments_1.collect)(arguments_1.parseFormat)))
        .addOption(new commander_1.Option("--severity-threshold <level>", "report findings of this severity or higher (what is shown)").choices(rule_1.SEVERITIES).default("low"))
        .addOption(new commander_1.Option("--fail-on <level>", "only shown findings of this severity or higher fail the run (exit 1); default: every shown mandatory finding").choices(rule_1.SEVERITIES))
        .addOption(new commander_1.Option("--rule <id|name>", "run only this rule (repeatable); overrides the config's level for it when that is disabled").argParser((0, arguments_1.collect)(String)))
        .addOption(new commander_1.Option("--skip-rule <id|name>", "do not run this rule (repeatable; wins over --rule)").argParser((0, arguments_1.collect)(String)))
        .addOption(new commander_1.Option("--exclude <glob>", "do not scan paths matching this glob, relative to the current directory, with the config's exclude semantics (repeatable)").argParser((0, arguments_1.collect)(String)))
        .addOption(new commander_1.Option("--unknown <mode>", "checks that met an unknown value: count them (ignore) or list them too (warn)")
        .choices(["ignore", "warn"])
        .default("ignore"))
        .addOption(new commander_1.Option("--var-file <file>", "read variable values from a .tfvars file (repeatable)").argParser((0, arguments_1.collect)(String)))
        .addOption(new commander_1.Option("--var <name=value>", "set a variable (repeatable)").argParser((0, arguments_1.collect)(arguments_1.parseVar)))
        .addOption(new commander_1.Option("--max-file-size <size>", "larger files are reported as not scanned (e.g. 512KB, 10MB)")
        .argParser(arguments_1.parseSize)
        .default(parse_hcl_1.DEFAULT_MAX_FILE_BYTES, "5MB"))
        .option("--source-root <dir>", "the Terraform source a plan was made from, so plan findings get file:line (default: the plan's directory, when it holds .tf files)")
        .addOption(new commander_1.Option("--config <file>", "the config file (default: moat.config.yaml found in the scanned directory or above, up to the repository root)"))
        .addOption(new commander_1.Option("--no-config", "use no config file: every rule at its default level, no exceptions"))
        .addOption(new commander_1.Option("--no-repo-config", "central enforcement: never use a moat.config.yaml found in the scanned repository, only --config FILE (or none); see Central enforcement below"))
        .addOption(new commander_1.Option("--no-inline-suppressions", "ignore `# moat:ignore` comments in .tf files (central enforcement)"))
        .addOption(new commander_1.Option("--workspace <name>", "the Terraform workspace terraform.workspace names (default: TF_WORKSPACE, else the one `terraform workspace select` recorded in .terraform/environment, else unknown)"))
        .addOption(new commander_1.Option("--no-env-vars", "ignore TF_VAR_<name> and TF_WORKSPACE environment variables, for a scan that does not depend on the environment"))
        .addOption(new commander_1.Option("--baseline <file>", "findings listed in this baseline never fail the run; only new ones do"))
        .addOption(new commander_1.Option("--write-baseline <file>", "write the current findings to a baseline file, and exit 0 unless something could not be scanned"))
        .addOption(new commander_1.Option("--cache-dir <dir>", "cache parsed files here (default: the config's cacheDir, else moat under the user's cache directory)"))
        .addOption(new commander_1.Option("--no-cache", "parse every file, using no cache"))
        .addOption(new commander_1.Option("--shard <K/N>", "scan only shard K of N: the root modules (with the modules they call) and plan files split by a stable hash of their paths; `moat merge` combines the shards' JSON reports")
        .argParser(arguments_1.parseShardOption))
        .option("--color", "force colour")
        .option("--no-color", "no colour (default: colour on a terminal, unless NO_COLOR is set)")
        .option("-q, --quiet", "print findings and errors only: no summary and no progress")
        .showHelpAfterError(`(run \`${tool_1.TOOL_NAME} scan --help\` for usage)`)
        .addHelpText("after", `
Output:
  The text report goes to standard output, unless a --format without =FILE names another format there.
  Each --format NAME=FILE also writes that format to FILE. Paths are relative to the current directory.

Exit codes:
  0  no findings that fail the run
  1  findings at or above the severity threshold (and --fail-on, when given) from mandatory rules that are neither suppressed nor in the
     baseline (advisory, suppressed and baseline findings are shown but pass)
  2  something could not be scanned: a usage error, an invalid config file or baseline, a missing path, an
     unreadable or unparsable file; 2 wins over 1, because an incomplete scan proves nothing

Configuration (moat.config.yaml; command-line options override it):
  policy:                       # the shape of Pulumi policy config
    all: mandatory
    sg-wide-port-range: disabled
    sg-public-ingress-restricted-port: { enforcementLevel: advisory, allowedPublicPorts: { tcp: [80, 443, 8443] } }
  severityThreshold: medium
  exclude: ["legacy/**"]        # globs relative to the config file
  exceptions:
    - rule: MOAT-SG-002
      resource: "module.bastion.aws_security_group.*"
      reason: "bastion host, OPS-123"
      expires: 2027-03-31
  limits: { maxInstancesPerBlock: 2000 }   # the evaluation budget (defaults: schemas/config.schema.json)

Central enforcement (a platform team's config that a pull request cannot weaken):
  ${tool_1.TOOL_NAME} scan --config /etc/moat/central.yaml --no-repo-config --no-inline-suppressions .
  With --no-repo-config no moat.config.yaml of the scanned repository is used (one that exists is named in a
  notice, so its authors see it was ignored): only --config FILE applies, or no config at all. Setting
  ${pipeline_1.CENTRAL_CONFIG_ENV}=FILE does the same as --config FILE --no-repo-config, for every scan of that environment
  (--config and --no-config are then usage errors). Each scan names the config it used.

Inline suppressions (above a resource, module call or attribute, or inside the resource block):
  # moat:ignore MOAT-SG-002 reason="bastion host, OPS-123" expires=2027-03-31

Examples:
  ${tool_1.TOOL_NAME} scan infra/
  ${tool_1.TOOL_NAME} scan --var-file prod.tfvars --var region=eu-west-1 envs/prod
  ${tool_1.TOOL_NAME} scan --severity-threshold high --format json=moat.json .
  ${tool_1.TOOL_NAME} scan --no-repo-config --no-inline-suppressions --config /etc/moat/central.yaml .
  ${tool_1.TOOL_NAME} scan --write-baseline moat-baseline.json && ${tool_1.TOOL_NAME} scan --baseline moat-baseline.json
  terraform show -json tfplan > plan.json && ${tool_1.TOOL_NAME} scan plan.json --source-root .`)
        .action(async (paths, options, command) => {
        setExitCode(await scanCommand(paths, options, command, environment));
    });
    program
        .command("merge")
        .summary("combine the JSON reports of `moat scan --shard K/N` into one report")
        .description("Combine the JSON reports of the shards of one scan (`moat scan --shard 1/N --format json=moat-1.json`, …) into the " +
        "report the scan would have made in one run, in any format, with its exit code. Reports of another moat version, " +
        "other rules, config, paths or flags, a shard given twice or a shard missing are refused (exit 2): the reason goes to standard error, and each " +
        "machine-format report asked for holds it as its one error.")
        .argument("<reports...>", "the JSON reports of every shard")
        .addOption(new commander_1.Option("-f, --format <format[=file]>", `output format: ${Object.keys(reporters_1.REPORTERS).join(", ")}; with =FILE it is written to FILE (repeatable)`)
        .argParser((0, arguments_1.collect)(arguments_1.parseFormat)))
        .addOption(new commander_1.Option("--severity-threshold <level>", "report findings of this severity or higher (default: the shards' own; it can only be raised)").choices(rule_1.SEVERITIES))
        .addOption(new commander_1.Option("--fail-on <level>", "only shown findings of this severity or higher fail the run (exit 1)").choices(rule_1.SEVERITIES))
        .addOption(new commander_1.Option("--unknown <mode>", "checks that met an unknown value: count them (ignore) or list them too (warn)").choices(["ignore", "warn"]).default("ignore"))
        .option("--color", "force colour")
        .option("--no-color", "no colour (default: colour on a terminal, unless NO_COLOR is set)")
        .option("-q, --quiet", "print findings and errors only: no summary")
        .showHelpAfterError(`(run \`${tool_1.TOOL_NAME} merge --help\` for usage)`)
        .addHelpText("after", `
Exit codes: as \`${tool_1.TOOL_NAME} scan\` in one run: 0 clean, 1 failing findings, 2 when any shard could not scan
something, or when the reports cannot be merged.

Example (each line a job of a CI matrix, then one job after them):
  ${tool_1.TOOL_NAME} scan --shard 1/3 --format json=moat-1.json .
  ${tool_1.TOOL_NAME} scan --shard 2/3 --format json=moat-2.json .
  ${tool_1.TOOL_NAME} scan --shard 3/3 --format json=moat-3.json .
  ${tool_1.TOOL_NAME} merge --format text --format sarif=moat.sarif moat-1.json moat-2.json moat-3.json`)
        .action((files, options, command) => {
        setExitCode(mergeCommand(files, options, command, environment));
    });
    program
        .command("rules")
        .summary("list the rules")
        .description("List every rule: id, severity, default level (mandatory findings fail a run, advisory ones do not), name, " +
        "area, doors (terraform source, plan, pulumi) and title.")
        .addOption(new commander_1.Option("-f, --format <format>", "text, or json for tools").choices(["text", "json"]).default("text"))
        .addHelpText("after", `\nExamples:\n  ${tool_1.TOOL_NAME} rules\n  ${tool_1.TOOL_NAME} rules --format json | jq -r '.[] | select(.severity == "critical") | .id'`)
        .action((options) => {
        const rules = environment.rules ?? index_1.rules;
        environment.stdout.write(options.format === "json" ? `${JSON.stringify((0, explain_1.ruleListing)(rules), null, 2)}\n` : (0, explain_1.rulesTable)(rules));
    });
    program
        .command("explain")
        .summary("show a rule's doc")
        .description("Show a rule's doc: what it checks and why, the defaults it assumes, its options, and how to fix a finding (Terraform and Pulumi).")
        .argument("<rule>", "a rule id (MOAT-SG-002) or name (sg-public-ingress-restricted-port)")
        .addHelpText("after", `\nExamples:\n  ${tool_1.TOOL_NAME} explain MOAT-SG-002\n  ${tool_1.TOOL_NAME} explain lb-listener-plain-http`)
        .action((query) => {
        const rules = environment.rules ?? index_1.rules;
        const { rule, suggestion } = (0, explain_1.findRule)(query, rules);
        if (!rule) {
            environment.stderr.write(`moat: no rule '${query}'${suggestion ? `; did you mean ${suggestion}?` : ""} (\`${tool_1.TOOL_NAME} rules\` lists every rule)\n`);
            setExitCode(report_1.EXIT_INCOMPLETE);
            return;
        }
        environment.stdout.write((0, explain_1.ruleDoc)(rule));
    });
    program
        .command("pulumi-config")
        .summary("print moat.config.yaml as Pulumi policy-pack config")
        .description("Print the config file as the JSON that `pulumi preview --policy-pack <moat> --policy-pack-config FILE` takes: " +
        "rule levels and options under each rule's name, and each exception under the policy of its rule (every " +
        "policy for rule: *), because a Pulumi policy only reads its own config. exclude, severityThreshold, " +
        "inlineSuppressions and limits do not apply to Pulumi.")
        .option("--config <file>", "the config file (default: moat.config.yaml found in the current directory or above, up to the repository root)")
        .addHelpText("after", `\nExample:\n  ${tool_1.TOOL_NAME} pulumi-config > policy-config.json && pulumi preview --policy-pack ~/moat --policy-pack-config policy-config.json`)
        .action((options) => {
        const rules = environment.rules ?? index_1.rules;
        const file = options.config !== undefined ? (0, node_path_1.resolve)(environment.cwd, options.config) : (0, config_1.findConfigFile)(environment.cwd);
        if (file === undefined) {
            environment.stderr.write(`moat: no moat.config.yaml (or .yml, .json) in ${environment.cwd} or above it; pass one with --config FILE\n`);
            setExitCode(report_1.EXIT_INCOMPLETE);
            return;
        }
        try {
            const config = (0, config_1.loadConfig)(file, rules, { label: (0, report_1.displayPath)(file, environment.cwd), discovered: options.config === undefined });
            environment.stdout.write(`${JSON.stringify((0, config_1.pulumiPolicyConfig)(config, rules), null, 2)}\n`);
        }
        catch (error) {
            if (!(error instanceof config_1.ConfigError))
                throw error;
            writeConfigProblems(error, error.label, environment);
            setExitCode(report_1.EXIT_INCOMPLETE);
        }
    });
    return program;
}
/**
 * The outputs of a command that writes a report (`scan`, `merge`): each --format, text to standard output when none
 * goes there. Two to standard output, or two to one file, are usage errors.
 */
function outputTargets(formats, command, cwd) {
    const targets = [...(formats ?? [])];
    const toStdout = targets.filter((t) => t.file === undefined);
    if (toStdout.length > 1) {
        command.error(`error: only one --format can write to standard output, and ${toStdout.map((t) => t.format).join(" and ")} both do; ` +
            `send the others to files with --format NAME=FILE, e.g. --format ${toStdout[1].format}=moat-report.${toStdout[1].format === "text" ? "txt" : toStdout[1].format}`, { exitCode: report_1.EXIT_INCOMPLETE, code: "moat.usage" });
    }
    if (toStdout.length === 0)
        targets.unshift({ format: "text" });
    const byFile = new Map();
    for (const target of targets) {
        if (target.file === undefined)
            continue;
        const file = (0, node_path_1.resolve)(cwd, target.file);
        const other = byFile.get(file);
        if (other !== undefined) {
            command.error(`error: --format ${other.format}=${other.file} and --format ${target.format}=${target.file} write to the same file; give each its own file`, {
                exitCode: report_1.EXIT_INCOMPLETE,
                code: "moat.usage",
            });
        }
        byFile.set(file, target);
    }
    return targets;
}
/**
 * `moat merge`: the shards' reports as one (cli/merge.ts), written in each format as `moat scan` writes its report
 * (writeReports; with a machine format on standard output each error also goes to standard error), with the exit code
 * one scan would have had. Reports that cannot be merged stop it as a usage error stops a scan: the reason on standard
 * error, and in each machine-format report asked for as its one error (exit 2).
 */
function mergeCommand(files, options, command, environment) {
    const started = node_perf_hooks_1.performance.now();
    const targets = outputTargets(options.format, command, environment.cwd);
    // An output that is one of the inputs would destroy a shard's report: refused before anything is read or written.
    const inputs = new Set(files.map((file) => (0, paths_1.realPath)((0, node_path_1.resolve)(environment.cwd, file))));
    const clobbered = targets.find((t) => t.file !== undefined && inputs.has((0, paths_1.realPath)((0, node_path_1.resolve)(environment.cwd, t.file))));
    if (clobbered) {
        environment.stderr.write(`moat: --format ${clobbered.format}=${clobbered.file} would overwrite ${clobbered.file}, which is one of the reports to merge; write the merged report to another file\nmoat: nothing was merged\n`);
        return report_1.EXIT_INCOMPLETE;
    }
    let merged;
    try {
        const shards = files.map((file) => (0, merge_1.readShardReport)((0, node_path_1.resolve)(environment.cwd, file), file));
        merged = (0, merge_1.mergeReports)(shards, {
            version: (0, tool_1.toolVersion)(),
            rules: environment.rules ?? index_1.rules,
            severityThreshold: options.severityThreshold,
            failOn: options.failOn,
        });
    }
    catch (error) {
        if (!(error instanceof merge_1.MergeError))
            throw error;
        writeStoppedReports([{ file: "(command line)", message: error.message }], targets, { ...options, severityThreshold: options.severityThreshold ?? "low" }, environment, started);
        environment.stderr.write(`moat: ${(0, terminal_1.safeMessage)(error.message)}\nmoat: nothing was merged\n`);
        return report_1.EXIT_INCOMPLETE;
    }
    const { report } = merged;
    const written = writeReports(report, targets, merged.rules, options, environment);
    writeErrorsToStderr(report, targets, environment);
    return written ? report.summary.exitCode : report_1.EXIT_INCOMPLETE;
}
function writeConfigProblems(error, label, environment) {
    for (const problem of error.problems)
        environment.stderr.write(`moat: ${(0, terminal_1.safeMessage)(problem)}\n`);
    environment.stderr.write(`moat: ${label} cannot be used, so nothing was scanned (--no-config scans without a config file)\n`);
}
async function scanCommand(paths, options, command, environment) {
    const started = node_perf_hooks_1.performance.now();
    const { cwd, stderr } = environment;
    const env = environment.env ?? {};
    const targets = outputTargets(options.format, command, cwd);
    // A shard's part is merged from its JSON report: without one, the shard's work cannot be merged (a warning, since
    // looking at one part in text is a fair use).
    if (options.shard && !targets.some((t) => t.format === "json")) {
        stderr.write(`moat: warning: --shard ${options.shard.index}/${options.shard.total} without a JSON report: \`moat merge\` reads only the shards' JSON reports; add --format json=moat-${options.shard.index}.json\n`);
    }
    // From here on a run that stops before scanning still writes the machine-format reports it was asked for, each
    // holding the reason as an error (exit 2), so a CI step that reads one finds a valid report; the reason itself goes to
    // standard error, as it always does.
    const stopped = (errors) => writeStoppedReports(errors, targets, options, environment, started);
    const onInternalError = command.optsWithGlobals().debug === true ? (what, error) => writeDebugStack(what, error, environment) : undefined;
    const progress = new terminal_1.ProgressLine(stderr, stderr.isTTY === true && !options.quiet, environment.progressDelayMs ?? terminal_1.PROGRESS_DELAY_MS);
    let run;
    try {
        run = await (0, pipeline_1.scanToReport)({
            paths,
            cwd,
            env,
            rules: environment.rules ?? index_1.rules,
            varFiles: options.varFile,
            vars: options.var,
            envVars: options.envVars,
            workspace: options.workspace,
            maxFileBytes: options.maxFileSize,
            sourceRoot: options.sourceRoot,
            config: options.config,
            repoConfig: options.repoConfig,
            rule: options.rule,
            skipRule: options.skipRule,
            exclude: options.exclude,
            // Given on the command line, they override the config; their defaults do not.
            severityThreshold: command.getOptionValueSource("severityThreshold") === "cli" ? options.severityThreshold : undefined,
            failOn: options.failOn,
            inlineSuppressions: command.getOptionValueSource("inlineSuppressions") === "cli" ? options.inlineSuppressions : undefined,
            baseline: options.baseline,
            writeBaseline: options.writeBaseline !== undefined,
            cacheDir: !options.cache ? false : options.cacheDir,
            shard: options.shard,
            readStdin: environment.readStdin,
            stdinIsTTY: environment.stdinIsTTY,
            today: environment.today,
            progress: {
                start: () => progress.start("moat: scanning…"),
                update: (done, total) => progress.update(`moat: parsing files: ${done}/${total}`),
                stop: () => progress.stop(),
            },
            onInternalError,
        });
    }
    catch (error) {
        if (error instanceof pipeline_1.UsageError) {
            stopped([{ file: "(command line)", message: error.message.replace(/^error: /, "") }]);
            command.error(error.message, { exitCode: report_1.EXIT_INCOMPLETE, code: "moat.usage" });
        }
        if (error instanceof config_1.ConfigError) {
            stopped(configErrors(error));
            writeConfigProblems(error, error.label, environment);
            return report_1.EXIT_INCOMPLETE;
        }
        if (error instanceof rule_1.RuleDefinitionError) {
            stopped([{ file: "(config)", message: error.message }]);
            stderr.write(`moat: ${(0, terminal_1.safeMessage)(error.message)}\nmoat: fix the config file's policy section (or run with --no-config); nothing was scanned\n`);
            return report_1.EXIT_INCOMPLETE;
        }
        if (error instanceof baseline_1.BaselineError) {
            stopped([{ file: options.baseline ?? "(baseline)", message: error.message }]);
            stderr.write(`moat: ${(0, terminal_1.safeMessage)(error.message)}\n`);
            return report_1.EXIT_INCOMPLETE;
        }
        throw error;
    }
    const { report } = run;
    const written = writeReports(report, targets, run.enabled.map((p) => p.rule), options, environment, onInternalError);
    const exitCode = written ? report.summary.exitCode : report_1.EXIT_INCOMPLETE;
    writeErrorsToStderr(report, targets, environment);
    if (options.writeBaseline !== undefined) {
        if (report.summary.errors > 0) {
            stderr.write(`moat: the baseline was not written to ${options.writeBaseline}: the scan is incomplete (see the errors above), and a baseline must list every finding\n`);
            return report_1.EXIT_INCOMPLETE;
        }
        const file = (0, node_path_1.resolve)(cwd, options.writeBaseline);
        const { text, count } = (0, guardrails_1.baselineText)(run.findings, cwd);
        try {
            (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(file), { recursive: true });
            (0, node_fs_1.writeFileSync)(file, text);
        }
        catch (error) {
            stderr.write(`moat: cannot write the baseline to ${options.writeBaseline}: ${error.message}\n`);
            return report_1.EXIT_INCOMPLETE;
        }
        if (!options.quiet)
            stderr.write(`moat: wrote ${count} finding${count === 1 ? "" : "s"} to the baseline ${options.writeBaseline}\n`);
        // Writing a baseline accepts the findings: only an incomplete scan (or a report that could not be written) fails.
        return exitCode === report_1.EXIT_INCOMPLETE ? report_1.EXIT_INCOMPLETE : report_1.EXIT_CLEAN;
    }
    return exitCode;
}
/**
 * Writes the report in every format asked for, to standard output or its file. One format that cannot be made (a bug)
 * or written does not cost the others; the answer is false when any failed.
 */
function writeReports(report, targets, rules, options, environment, onInternalError) {
    const { cwd, stdout, stderr } = environment;
    let ok = true;
    const terminalColors = (0, terminal_1.colors)((0, terminal_1.colorsWanted)(options.color, environment.env ?? {}, stdout));
    for (const target of targets) {
        let text;
        try {
            text = reporters_1.REPORTERS[target.format].render(report, {
                colors: target.file === undefined ? terminalColors : (0, terminal_1.colors)(false),
                unknown: options.unknown,
                quiet: options.quiet === true,
                rules,
                cwd,
            });
        }
        catch (error) {
            stderr.write(`moat: the ${target.format} report could not be made: internal error (${(0, terminal_1.safeMessage)((0, scan_1.internalErrorText)(error, cwd))}); this is a bug in moat, please report it\n`);
            onInternalError?.(`the ${target.format} report`, error);
            ok = false;
            continue;
        }
        if (target.file === undefined) {
            stdout.write(text);
            continue;
        }
        const file = (0, node_path_1.resolve)(cwd, target.file);
        try {
            (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(file), { recursive: true });
            (0, node_fs_1.writeFileSync)(file, text);
        }
        catch (error) {
            stderr.write(`moat: cannot write the ${target.format} report to ${target.file}: ${error.message}\n`);
            ok = false;
        }
    }
    return ok;
}
/** The format on standard output: text unless a --format without a file names another. */
function stdoutFormat(targets) {
    return targets.find((t) => t.file === undefined)?.format ?? "text";
}
/**
 * With a machine format on standard output (json, sarif, junit, github, markdown), standard output holds that report
 * alone; what could not be scanned is in it, and is also said on standard error, one line each, so a person reading
 * the job's log sees it. The text report lists the errors itself.
 */
function writeErrorsToStderr(report, targets, environment) {
    const format = stdoutFormat(targets);
    if (format === "text" || report.errors.length === 0)
        return;
    for (const e of report.errors)
        environment.stderr.write(`moat: ${(0, terminal_1.safeMessage)(`${(0, report_1.errorPlace)(e)}: ${e.message}`)}\n`);
    const n = report.errors.length;
    environment.stderr.write(`moat: the scan is incomplete: ${n} error${n === 1 ? "" : "s"} (also in the ${format} report)\n`);
}
/**
 * The reports of a run that stopped before scanning (a usage error, an invalid config or baseline): nothing scanned,
 * the reason as an error, exit 2. Written in every machine format asked for, and as text to a file; text on standard
 * output is left out, since the reason is on standard error already.
 */
function writeStoppedReports(errors, targets, options, environment, started) {
    const report = (0, report_1.buildReport)({ findings: [], unevaluated: [], errors, remoteModules: [], files: 0, resources: 0, rules: 0 }, { cwd: environment.cwd, severityThreshold: options.severityThreshold, durationMs: node_perf_hooks_1.performance.now() - started, tool: { name: tool_1.TOOL_NAME, version: (0, tool_1.toolVersion)() } });
    // A shard that stopped says which shard it is, so that merge can name it with its reason.
    if (options.shard)
        report.summary.shard = { index: options.shard.index, total: options.shard.total };
    writeReports(report, targets.filter((t) => t.file !== undefined || t.format !== "text"), [], options, environment);
}
/** A config's problems as report errors: `label:line:column: message` parsed into its parts where it has them. */
function configErrors(error) {
    const prefix = `${error.label}:`;
    return error.problems.map((problem) => {
        const rest = problem.startsWith(prefix) ? problem.slice(prefix.length) : problem;
        const place = /^(\d+)(?::(\d+))?: ([\s\S]*)$/.exec(rest);
        if (!place)
            return { file: error.label, message: rest.trimStart() };
        return { file: error.label, line: Number(place[1]), ...(place[2] !== undefined ? { column: Number(place[2]) } : {}), message: place[3] };
    });
}
