/**
 * The `moat` command line, in-process: `run(argv, environment)` parses the arguments, runs the command and returns
 * the exit code, writing only to the streams it is given. `cli/main.ts` is the bin around it.
 *
 * Exit codes: 0 clean, 1 a mandatory finding at or above the severity threshold, 2 something could not be scanned
 * (a usage error, a missing path, an unreadable or unparsable file); 2 wins over 1, because an incomplete scan
 * proves nothing.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Command, CommanderError, Option } from "commander";
import { type AnyRule, SEVERITIES, type Severity } from "../core/rule";
import { DEFAULT_MAX_FILE_BYTES, pendingParses, shutdownParsers } from "../hcl-rules/parse-hcl";
import { rules as registry } from "../rules/index";
import { type FormatTarget, collect, parseFormat, parseSize, parseVar } from "./arguments";
import { SKIPPED_DIRS_TEXT, classifyInputs } from "./inputs";
import { EXIT_CLEAN, EXIT_INCOMPLETE, buildReport } from "./report";
import { REPORTERS, type UnknownMode } from "./reporters";
import { scanInputs } from "./scan";
import { type OutputStream, PROGRESS_DELAY_MS, ProgressLine, colors, colorsWanted } from "./terminal";
import { TOOL_NAME, toolVersion } from "./tool";

export interface CliEnvironment {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Paths on the command line, `--var-file` and `--format x=FILE` are relative to it; so are paths in reports. */
  cwd: string;
  /** NO_COLOR, FORCE_COLOR, TERM. Default: none set. */
  env?: NodeJS.ProcessEnv;
  /** The rules to run. Default: every rule of the registry (rules/index.ts). */
  rules?: readonly AnyRule[];
  /** How long a scan runs before the progress line appears. */
  progressDelayMs?: number;
  /** Reads standard input, for `moat scan -` (default: the process's stdin). */
  readStdin?: () => Promise<string>;
}

interface ScanCommandOptions {
  format?: FormatTarget[];
  severityThreshold: Severity;
  unknown: UnknownMode;
  varFile?: string[];
  var?: string[];
  maxFileSize: number;
  sourceRoot?: string;
  color?: boolean;
  quiet?: boolean;
}

export async function run(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  let exitCode = EXIT_CLEAN;
  const program = buildProgram(environment, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? EXIT_CLEAN : EXIT_INCOMPLETE;
    }
    environment.stderr.write(`moat: internal error (a bug in moat, please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_INCOMPLETE;
  }
  return exitCode;
}

function buildProgram(environment: CliEnvironment, setExitCode: (code: number) => void): Command {
  const program = new Command(TOOL_NAME)
    .description(
      "One policy pack for the network edge of AWS infrastructure: plain-HTTP listeners, weak TLS on load balancers, " +
        "unencrypted database connections and storage, and overly broad security groups.",
    )
    .version(toolVersion(), "-V, --version", "print the version")
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
    .showHelpAfterError(`(run \`${TOOL_NAME} --help\` for usage)`);

  program
    .command("scan")
    .summary("scan Terraform files, directories and plans")
    .description(
      "Scan Terraform source or Terraform plans. A directory is one Terraform module; directories below it that hold .tf " +
        `files are scanned too (${SKIPPED_DIRS_TEXT} are skipped), and local modules are followed wherever they are. ` +
        "A .json file (or - for standard input) is a plan made with `terraform show -json`.",
    )
    .argument("[paths...]", "Terraform files (.tf), directories, and plan JSON files (- reads standard input)", ["."])
    .addOption(
      new Option("-f, --format <format[=file]>", `output format: ${Object.keys(REPORTERS).join(", ")}; with =FILE it is written to FILE (repeatable)`)
        .argParser(collect(parseFormat)),
    )
    .addOption(
      new Option("--severity-threshold <level>", "report findings of this severity or higher").choices(SEVERITIES).default("low"),
    )
    .addOption(
      new Option("--unknown <mode>", "checks that met an unknown value: count them (ignore) or list them too (warn)")
        .choices(["ignore", "warn"])
        .default("ignore"),
    )
    .addOption(new Option("--var-file <file>", "read variable values from a .tfvars file (repeatable)").argParser(collect(String)))
    .addOption(new Option("--var <name=value>", "set a variable (repeatable)").argParser(collect(parseVar)))
    .addOption(
      new Option("--max-file-size <size>", "larger files are reported as not scanned (e.g. 512KB, 10MB)")
        .argParser(parseSize)
        .default(DEFAULT_MAX_FILE_BYTES, "5MB"),
    )
    .option("--source-root <dir>", "the Terraform source a plan was made from, so plan findings get file:line (default: the plan's directory, when it holds .tf files)")
    .option("--color", "force colour")
    .option("--no-color", "no colour (default: colour on a terminal, unless NO_COLOR is set)")
    .option("-q, --quiet", "print findings and errors only: no summary and no progress")
    .showHelpAfterError(`(run \`${TOOL_NAME} scan --help\` for usage)`)
    .addHelpText(
      "after",
      `
Output:
  The text report goes to standard output, unless a --format without =FILE names another format there.
  Each --format NAME=FILE also writes that format to FILE. Paths are relative to the current directory.

Exit codes:
  0  no findings that fail the run
  1  findings at or above the severity threshold from mandatory rules (advisory ones are shown but pass)
  2  something could not be scanned: a usage error, a missing path, an unreadable or unparsable file;
     2 wins over 1, because an incomplete scan proves nothing

Examples:
  ${TOOL_NAME} scan infra/
  ${TOOL_NAME} scan --var-file prod.tfvars --var region=eu-west-1 envs/prod
  ${TOOL_NAME} scan --severity-threshold high --format json=moat.json .
  terraform show -json tfplan > plan.json && ${TOOL_NAME} scan plan.json --source-root .`,
    )
    .action(async (paths: string[], options: ScanCommandOptions, command: Command) => {
      setExitCode(await scanCommand(paths, options, command, environment));
    });

  program
    .command("rules")
    .summary("list the rules")
    .description("List every rule: id, severity, default enforcement, name and title.")
    .action(() => {
      const rules = environment.rules ?? registry;
      const idWidth = Math.max(0, ...rules.map((r) => r.meta.id.length));
      const nameWidth = Math.max(0, ...rules.map((r) => r.meta.name.length));
      for (const { meta } of rules) {
        environment.stdout.write(
          `${meta.id.padEnd(idWidth)}  ${meta.severity.padEnd(8)}  ${meta.enforcement.padEnd(9)}  ${meta.name.padEnd(nameWidth)}  ${meta.title}\n`,
        );
      }
    });

  return program;
}

async function scanCommand(paths: string[], options: ScanCommandOptions, command: Command, environment: CliEnvironment): Promise<number> {
  const started = performance.now();
  const { cwd, stdout, stderr } = environment;
  const env = environment.env ?? {};
  const rules = environment.rules ?? registry;

  const targets = options.format ?? [];
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    command.error(
      `error: only one --format can write to standard output, and ${toStdout.map((t) => t.format).join(" and ")} both do; ` +
        `send the others to files with --format NAME=FILE, e.g. --format ${toStdout[1].format}=moat-report.${toStdout[1].format === "text" ? "txt" : toStdout[1].format}`,
      { exitCode: EXIT_INCOMPLETE, code: "moat.usage" },
    );
  }
  if (toStdout.length === 0) targets.unshift({ format: "text" });

  const inputs = classifyInputs(paths, cwd);
  const progress = new ProgressLine(stderr, stderr.isTTY === true && !options.quiet, environment.progressDelayMs ?? PROGRESS_DELAY_MS);
  progress.start("moat: scanning…");
  let results;
  try {
    results = await scanInputs(
      inputs,
      {
        cwd,
        varFiles: options.varFile ?? [],
        vars: options.var ?? [],
        maxFileBytes: options.maxFileSize,
        sourceRoot: options.sourceRoot,
        readStdin: environment.readStdin,
        onProgress: (done, total) => progress.update(`moat: parsing files: ${done}/${total}`),
      },
      rules,
    );
  } finally {
    progress.stop();
    await shutdownParsers();
  }
  // Every awaited parse has settled here; one still pending would be a leak in the parse layer, never a pass.
  const unsettled = pendingParses();
  const errors = [...results.errors];
  if (unsettled > 0) {
    errors.push({ file: "(parser)", message: `${unsettled} parse(s) never finished, so the scan is incomplete; this is a bug in moat, please report it` });
  }

  const report = buildReport({ ...results, errors }, {
    cwd,
    severityThreshold: options.severityThreshold,
    durationMs: performance.now() - started,
    tool: { name: TOOL_NAME, version: toolVersion() },
  });

  let exitCode = report.summary.exitCode;
  const terminalColors = colors(colorsWanted(options.color, env, stdout));
  for (const target of targets) {
    const text = REPORTERS[target.format].render(report, {
      colors: target.file === undefined ? terminalColors : colors(false),
      unknown: options.unknown,
      quiet: options.quiet === true,
      rules,
    });
    if (target.file === undefined) {
      stdout.write(text);
      continue;
    }
    const file = resolve(cwd, target.file);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (error) {
      stderr.write(`moat: cannot write the ${target.format} report to ${target.file}: ${(error as Error).message}\n`);
      exitCode = EXIT_INCOMPLETE;
    }
  }
  return exitCode;
}
