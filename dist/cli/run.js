"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CENTRAL_CONFIG_ENV = void 0;
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
const config_1 = require("../core/config");
const policy_config_1 = require("../core/policy-config");
const rule_1 = require("../core/rule");
const dates_1 = require("../core/dates");
const paths_1 = require("../core/paths");
const parse_hcl_1 = require("../hcl-rules/parse-hcl");
const index_1 = require("../rules/index");
const arguments_1 = require("./arguments");
const explain_1 = require("./explain");
const guardrails_1 = require("./guardrails");
const inputs_1 = require("./inputs");
const report_1 = require("./report");
const reporters_1 = require("./reporters");
const scan_1 = require("./scan");
const terminal_1 = require("./terminal");
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
  ${exports.CENTRAL_CONFIG_ENV}=FILE does the same as --config FILE --no-repo-config, for every scan of that environment
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
function writeConfigProblems(error, label, environment) {
    for (const problem of error.problems)
        environment.stderr.write(`moat: ${(0, terminal_1.safeMessage)(problem)}\n`);
    environment.stderr.write(`moat: ${label} cannot be used, so nothing was scanned (--no-config scans without a config file)\n`);
}
/** The environment variable that names a central config: the same as `--config FILE --no-repo-config`. */
exports.CENTRAL_CONFIG_ENV = "MOAT_CENTRAL_CONFIG";
/**
 * The config of a scan (the report's summary names its file): --config (or MOAT_CENTRAL_CONFIG), else the one found
 * from the scan root upward; none with --no-config. With --no-repo-config (or MOAT_CENTRAL_CONFIG) a config found in
 * the scanned repository is never used, and a notice says so, so its authors know it was not applied.
 */
function configOf(paths, options, environment, rules) {
    const { cwd } = environment;
    if (options.config === false)
        return { config: (0, config_1.emptyConfig)(cwd), notices: [] };
    const central = centralConfigOf(environment);
    const given = central ?? options.config;
    const repoConfig = options.repoConfig !== false && central === undefined;
    const notices = [];
    // The scan root: the first path's directory (a file's own directory), or the working directory for stdin.
    const first = paths[0] === undefined || paths[0] === "-" ? cwd : (0, node_path_1.resolve)(cwd, paths[0]);
    const found = given === undefined || !repoConfig ? (0, config_1.findConfigFile)((0, paths_1.isDirectory)(first) ? first : (0, node_path_1.dirname)(first)) : undefined;
    const file = given !== undefined ? (0, node_path_1.resolve)(cwd, given) : repoConfig ? found : undefined;
    const config = file === undefined ? (0, config_1.emptyConfig)(cwd) : (0, config_1.loadConfig)(file, rules, { label: (0, report_1.displayPath)(file, cwd), discovered: given === undefined });
    if (!repoConfig && found !== undefined && (file === undefined || (0, paths_1.realPath)(found) !== (0, paths_1.realPath)(file))) {
        const why = central !== undefined ? `${exports.CENTRAL_CONFIG_ENV} is set` : "--no-repo-config is given";
        const instead = file !== undefined ? `the central config ${(0, report_1.displayPath)(file, cwd)} applies` : "every rule runs at its default level";
        notices.push({ kind: "config", file: found, message: `was not used: ${why} (central enforcement), so configs in the scanned repository are ignored and ${instead}` });
    }
    return { config, notices };
}
/**
 * --rule and --skip-rule over the config's policy: with --rule only the named rules run (one the config disables runs
 * at its default level: the command line overrides the config), and --skip-rule disables a rule whatever else says.
 * An unknown id or name is a usage error naming the closest match.
 */
function selectRules(policy, options, rules, command) {
    const lookup = (flag, queries) => new Set(queries.map((query) => {
        const { rule, suggestion } = (0, explain_1.findRule)(query, rules);
        if (!rule) {
            command.error(`error: ${flag} '${query}' names no rule${suggestion ? `; did you mean ${suggestion}?` : ""} (\`${tool_1.TOOL_NAME} rules\` lists every rule)`, { exitCode: report_1.EXIT_INCOMPLETE, code: "moat.usage" });
        }
        return rule;
    }));
    const only = options.rule !== undefined ? lookup("--rule", options.rule) : undefined;
    const skipped = lookup("--skip-rule", options.skipRule ?? []);
    return policy.map((p) => {
        if (skipped.has(p.rule) || (only !== undefined && !only.has(p.rule)))
            return { ...p, level: "disabled" };
        if (only !== undefined && p.level === "disabled")
            return { ...p, level: p.rule.meta.enforcement };
        return p;
    });
}
/**
 * What is not scanned: the config's exclude (globs relative to its directory) and --exclude (relative to the working
 * directory). The answer says which glob matched, as the notice about an excluded named path quotes it.
 */
function exclusions(config, cliGlobs, cwd) {
    const fromConfig = (0, config_1.excludedBy)(config);
    const fromCli = (0, config_1.excludedBy)({ dir: cwd, exclude: [...cliGlobs] });
    if (!fromConfig && !fromCli)
        return undefined;
    return (path) => {
        const c = fromConfig?.(path);
        if (c !== undefined)
            return `the config's exclude "${c}"`;
        const g = fromCli?.(path);
        return g !== undefined ? `--exclude "${g}"` : undefined;
    };
}
function isFile(path) {
    try {
        return (0, node_fs_1.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** MOAT_CENTRAL_CONFIG, when set to something. */
function centralConfigOf(environment) {
    const value = environment.env?.[exports.CENTRAL_CONFIG_ENV]?.trim();
    return value === undefined || value === "" ? undefined : value;
}
async function scanCommand(paths, options, command, environment) {
    const started = node_perf_hooks_1.performance.now();
    const { cwd, stdout, stderr } = environment;
    const env = environment.env ?? {};
    const rules = environment.rules ?? index_1.rules;
    const targets = options.format ?? [];
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
    // Inputs that change the result are checked before anything is scanned or printed.
    for (const varFile of options.varFile ?? []) {
        if (!isFile((0, node_path_1.resolve)(cwd, varFile))) {
            command.error(`error: --var-file ${varFile}: does not exist or is not a file; nothing was scanned, since the findings depend on its values`, { exitCode: report_1.EXIT_INCOMPLETE, code: "moat.usage" });
        }
    }
    if (paths.includes("-") && environment.stdinIsTTY === true) {
        command.error("error: `moat scan -` reads a plan as JSON from standard input, which is a terminal here; pipe one in: terraform show -json plan.out | moat scan - (to scan Terraform source, name its directory: moat scan infra/)", { exitCode: report_1.EXIT_INCOMPLETE, code: "moat.usage" });
    }
    // The config and the baseline are read before anything is scanned: a broken one stops the run with exit 2.
    const central = centralConfigOf(environment);
    if (central !== undefined && options.config !== undefined) {
        command.error(`error: ${options.config === false ? "--no-config" : "--config"} cannot be used while ${exports.CENTRAL_CONFIG_ENV} is set: the central config ${central} applies to every scan (unset ${exports.CENTRAL_CONFIG_ENV} to choose another)`, { exitCode: report_1.EXIT_INCOMPLETE, code: "moat.usage" });
    }
    let config;
    let configNotices;
    let policy;
    try {
        ({ config, notices: configNotices } = configOf(paths, options, environment, rules));
        policy = selectRules((0, policy_config_1.resolvePolicy)(rules, config.policy), options, rules, command);
    }
    catch (error) {
        if (error instanceof config_1.ConfigError) {
            writeConfigProblems(error, error.label, environment);
            return report_1.EXIT_INCOMPLETE;
        }
        if (error instanceof rule_1.RuleDefinitionError) {
            stderr.write(`moat: ${(0, terminal_1.safeMessage)(error.message)}\nmoat: fix the config file's policy section (or run with --no-config); nothing was scanned\n`);
            return report_1.EXIT_INCOMPLETE;
        }
        throw error;
    }
    let baseline;
    if (options.baseline !== undefined) {
        try {
            baseline = (0, guardrails_1.readBaseline)((0, node_path_1.resolve)(cwd, options.baseline), options.baseline);
        }
        catch (error) {
            if (!(error instanceof baseline_1.BaselineError))
                throw error;
            stderr.write(`moat: ${(0, terminal_1.safeMessage)(error.message)}\n`);
            return report_1.EXIT_INCOMPLETE;
        }
    }
    const severityThreshold = command.getOptionValueSource("severityThreshold") === "cli" ? options.severityThreshold : (config.severityThreshold ?? options.severityThreshold);
    if (options.failOn !== undefined && (0, rule_1.severityRank)(options.failOn) < (0, rule_1.severityRank)(severityThreshold)) {
        command.error(`error: --fail-on ${options.failOn} is below the severity threshold ${severityThreshold}: a finding that is not shown cannot fail the run; ` +
            `lower --severity-threshold to ${options.failOn}, or raise --fail-on`, { exitCode: report_1.EXIT_INCOMPLETE, code: "moat.usage" });
    }
    const inlineSuppressions = command.getOptionValueSource("inlineSuppressions") === "cli" ? options.inlineSuppressions : (config.inlineSuppressions ?? true);
    const onInternalError = command.optsWithGlobals().debug === true ? (what, error) => writeDebugStack(what, error, environment) : undefined;
    const inputs = (0, inputs_1.classifyInputs)(paths, cwd, { baseline: options.baseline });
    // Files named (pre-commit, lint-staged): their modules are scanned, the findings in them reported.
    const filter = inputs.reportOnly ? new scan_1.ReportFilter(inputs.reportOnly) : undefined;
    if (filter && options.writeBaseline !== undefined) {
        command.error("error: --write-baseline records every finding of what is scanned, but with files named only their findings are reported; name directories (e.g. .) to write a baseline", { exitCode: report_1.EXIT_INCOMPLETE, code: "moat.usage" });
    }
    const progress = new terminal_1.ProgressLine(stderr, stderr.isTTY === true && !options.quiet, environment.progressDelayMs ?? terminal_1.PROGRESS_DELAY_MS);
    progress.start("moat: scanning…");
    let results;
    try {
        results = await (0, scan_1.scanInputs)(inputs, {
            cwd,
            varFiles: options.varFile ?? [],
            vars: options.var ?? [],
            env: options.envVars ? env : undefined,
            workspace: options.workspace,
            maxFileBytes: options.maxFileSize,
            sourceRoot: options.sourceRoot,
            readStdin: environment.readStdin,
            onProgress: (done, total) => progress.update(`moat: parsing files: ${done}/${total}`),
            policy,
            excluded: exclusions(config, options.exclude ?? [], cwd),
            limits: config.limits,
            cacheDir: !options.cache ? undefined : options.cacheDir !== undefined ? (0, node_path_1.resolve)(cwd, options.cacheDir) : (config.cacheDir ?? (0, parse_hcl_1.defaultCacheDir)(env)),
            onInternalError,
        }, rules);
    }
    finally {
        progress.stop();
        await (0, parse_hcl_1.shutdownParsers)();
    }
    // Every awaited parse has settled here; one still pending would be a leak in the parse layer, never a pass.
    const unsettled = (0, parse_hcl_1.pendingParses)();
    const errors = [...results.errors];
    if (unsettled > 0) {
        errors.push({ file: "(parser)", message: `${unsettled} parse(s) never finished, so the scan is incomplete; this is a bug in moat, please report it` });
    }
    // A bug in the suppression machinery costs the suppressions, not the report: every finding then counts as it is.
    let suppressionNotices = [];
    try {
        suppressionNotices = (0, guardrails_1.applySuppressions)(results, { cwd, config, inlineSuppressions, today: environment.today ?? (0, dates_1.todayUtc)(), rules });
    }
    catch (error) {
        for (const f of results.findings)
            delete f.suppressed;
        errors.push({ file: "(suppressions)", message: `inline suppressions and exceptions could not be applied, so none was: internal error (${(0, scan_1.internalErrorText)(error, cwd)}); this is a bug in moat, please report it` });
        onInternalError?.("inline suppressions and exceptions", error);
    }
    // A run that checks nothing proves nothing: it is an error (exit 2), not "No findings".
    if (!policy.some((p) => p.level !== "disabled")) {
        const byFlags = options.skipRule !== undefined && options.skipRule.length > 0;
        errors.push({
            file: byFlags || config.file === undefined ? "(command line)" : config.file,
            message: byFlags
                ? "no rule is enabled: --skip-rule disables every rule that would run, so nothing was checked"
                : "no rule is enabled: this config disables every rule (policy), so nothing was checked; enable some, or name them with --rule",
        });
    }
    if (filter)
        suppressionNotices = filter.narrow(results, suppressionNotices);
    const notices = [...configNotices, ...results.notices, ...suppressionNotices];
    const scanned = { ...results, errors, notices, ...(config.file !== undefined ? { config: config.file } : {}) };
    if (baseline && options.baseline !== undefined) {
        scanned.baseline = { file: options.baseline, comparison: (0, guardrails_1.markBaseline)(results.findings, filter ? filter.baseline(baseline, cwd) : baseline, cwd) };
    }
    const report = (0, report_1.buildReport)(scanned, {
        cwd,
        severityThreshold,
        durationMs: node_perf_hooks_1.performance.now() - started,
        tool: { name: tool_1.TOOL_NAME, version: (0, tool_1.toolVersion)() },
    });
    if (options.failOn !== undefined && report.summary.errors === 0) {
        // What is shown stays as the threshold says; only shown findings at or above --fail-on fail the run.
        const failOn = options.failOn;
        report.summary.failing = report.findings.filter((f) => (0, report_1.failsRun)(f) && (0, rule_1.severityRank)(f.severity) >= (0, rule_1.severityRank)(failOn)).length;
        report.summary.exitCode = report.summary.failing > 0 ? report_1.EXIT_FINDINGS : report_1.EXIT_CLEAN;
    }
    let exitCode = report.summary.exitCode;
    const terminalColors = (0, terminal_1.colors)((0, terminal_1.colorsWanted)(options.color, env, stdout));
    for (const target of targets) {
        let text;
        try {
            text = reporters_1.REPORTERS[target.format].render(report, {
                colors: target.file === undefined ? terminalColors : (0, terminal_1.colors)(false),
                unknown: options.unknown,
                quiet: options.quiet === true,
                rules: policy.filter((p) => p.level !== "disabled").map((p) => p.rule),
                cwd,
            });
        }
        catch (error) {
            // One format that fails (a bug) does not cost the others.
            stderr.write(`moat: the ${target.format} report could not be made: internal error (${(0, terminal_1.safeMessage)((0, scan_1.internalErrorText)(error, cwd))}); this is a bug in moat, please report it\n`);
            onInternalError?.(`the ${target.format} report`, error);
            exitCode = report_1.EXIT_INCOMPLETE;
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
            exitCode = report_1.EXIT_INCOMPLETE;
        }
    }
    if (options.writeBaseline !== undefined) {
        if (report.summary.errors > 0) {
            stderr.write(`moat: the baseline was not written to ${options.writeBaseline}: the scan is incomplete (see the errors above), and a baseline must list every finding\n`);
            return report_1.EXIT_INCOMPLETE;
        }
        const file = (0, node_path_1.resolve)(cwd, options.writeBaseline);
        const { text, count } = (0, guardrails_1.baselineText)(results.findings, cwd);
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
