/**
 * Cold start: what a pre-commit hook or an editor pays on every save. Each run is a fresh `node dist/cli/main.js`
 * process (so `npm run compile` first): `moat --version`, and `moat scan` of one small Terraform file in a temporary
 * directory (no config, one finding), beside `node -e 0` (Node's own start) measured in the same rounds. Wall time is
 * measured around the process; CPU time (user + system, every thread of the process) is what the shell's `times`
 * reports for its child, so it is missing where there is no POSIX shell.
 *
 * `npm run bench` prints it first and keeps it in its results file (scripts/bench.ts); `tsx scripts/bench-start.ts [--runs N] [--json] [--bin
 * PATH/main.js]` runs it alone (--bin: another build, to compare).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { median } from "./median";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
/** Fewer processes than this make a median that one busy moment can move. */
const MIN_RUNS = 5;

/** One small file with one finding (SSH open to the internet): a scan that parses, evaluates and reports. */
const SMALL_FILE = `resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

export interface StartMeasurement {
  name: string;
  command: string;
  /** Medians over `runs` processes. */
  wallMs: number;
  cpuMs?: number;
  wallRunsMs: number[];
  cpuRunsMs?: number[];
}

export interface StartResult {
  runs: number;
  node: StartMeasurement;
  version: StartMeasurement;
  scanOneFile: StartMeasurement;
  /** The same scan with the parse cache off: what the very first scan of a file pays. */
  scanOneFileNoCache: StartMeasurement;
  /** The same, every file sent to hcl2json (`MOAT_HCL_PARSER=hcl2json`): the WebAssembly parser starts. */
  scanOneFileHcl2json: StartMeasurement;
}

/** Runs `node args` once; its wall time, its CPU time (undefined without a POSIX shell) and its exit code. */
function timeProcess(args: string[], cwd: string, env: Record<string, string> = {}): { wallMs: number; cpuMs?: number; status: number | null } {
  const shell = process.platform === "win32" ? undefined : "/bin/sh";
  const started = performance.now();
  const child = shell
    ? // `times` prints the shell's own CPU time, then its children's: the one child, node.
      spawnSync(shell, ["-c", '"$NODE" "$@" >/dev/null 2>&1; status=$?; times; exit $status', "sh", ...args], {
        cwd,
        encoding: "utf8",
        env: { ...process.env, ...env, NODE: process.execPath },
      })
    : spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  const wallMs = performance.now() - started;
  if (child.error) throw child.error;
  let cpuMs: number | undefined;
  const children = shell ? child.stdout.trim().split("\n").pop() : undefined;
  const times = children ? [...children.matchAll(/(\d+)m([\d.]+)s/g)] : [];
  if (times.length === 2) cpuMs = times.reduce((sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
  return { wallMs, cpuMs, status: child.status };
}

/** Medians of `runs` cold processes of each command (at least MIN_RUNS), the commands taking turns in each round. */
export function measureColdStart(options: { runs?: number; bin?: string } = {}): StartResult {
  const bin = options.bin ?? BIN;
  if (!existsSync(bin)) throw new Error(`${bin} does not exist; run \`npm run compile\` first`);
  const runs = Math.max(MIN_RUNS, options.runs ?? MIN_RUNS);
  const dir = mkdtempSync(join(tmpdir(), "moat-bench-start-"));
  try {
    writeFileSync(join(dir, "main.tf"), SMALL_FILE);
    const commands = [
      { key: "node", name: "node -e 0 (Node's own start)", command: "node -e 0", args: ["-e", "0"], ok: [0] },
      { key: "version", name: "moat --version", command: "moat --version", args: [bin, "--version"], ok: [0] },
      // Exit 1: the finding. Anything else means the scan did not run as measured.
      // After the first round the file is in the parse cache, as it is for a developer's every later save.
      { key: "scanOneFile", name: "moat scan (one small file)", command: "moat scan main.tf", args: [bin, "scan", "main.tf"], ok: [1] },
      { key: "scanOneFileNoCache", name: "  the same, --no-cache", command: "moat scan --no-cache main.tf", args: [bin, "scan", "--no-cache", "main.tf"], ok: [1] },
      {
        key: "scanOneFileHcl2json",
        name: "  the same, hcl2json only",
        command: "MOAT_HCL_PARSER=hcl2json moat scan --no-cache main.tf",
        args: [bin, "scan", "--no-cache", "main.tf"],
        env: { MOAT_HCL_PARSER: "hcl2json" },
        ok: [1],
      },
    ] as const;
    const samples = new Map<string, { wall: number[]; cpu: number[] }>(commands.map((c) => [c.key, { wall: [], cpu: [] }]));
    for (let round = 0; round < runs; round++) {
      for (const c of commands) {
        const t = timeProcess([...c.args], dir, "env" in c ? c.env : {});
        if (!(c.ok as readonly (number | null)[]).includes(t.status)) {
          throw new Error(`\`${c.command}\` exited ${t.status}, not ${c.ok.join(" or ")}; check it by hand in a directory holding one .tf file`);
        }
        samples.get(c.key)!.wall.push(t.wallMs);
        if (t.cpuMs !== undefined) samples.get(c.key)!.cpu.push(t.cpuMs);
      }
    }
    const of = (c: (typeof commands)[number]): StartMeasurement => {
      const s = samples.get(c.key)!;
      const cpu = s.cpu.length === runs ? { cpuMs: median(s.cpu), cpuRunsMs: s.cpu } : {};
      return { name: c.name, command: c.command, wallMs: median(s.wall), wallRunsMs: s.wall, ...cpu };
    };
    return {
      runs,
      node: of(commands[0]),
      version: of(commands[1]),
      scanOneFile: of(commands[2]),
      scanOneFileNoCache: of(commands[3]),
      scanOneFileHcl2json: of(commands[4]),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The cold-start table, as `npm run bench` prints it. */
export function renderColdStart(result: StartResult): string {
  const seconds = (ms: number | undefined) => (ms === undefined ? "     -" : `${(ms / 1000).toFixed(3)} s`);
  const rows = [result.node, result.version, result.scanOneFile, result.scanOneFileNoCache, result.scanOneFileHcl2json].map(
    (m) => `  ${m.name.padEnd(32)} wall ${seconds(m.wallMs)}   cpu ${seconds(m.cpuMs)}`,
  );
  return [`Cold start (medians of ${result.runs} processes, node dist/cli/main.js):`, ...rows, ""].join("\n");
}

if (require.main === module) {
  const runsAt = process.argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : undefined;
  const binAt = process.argv.indexOf("--bin");
  const result = measureColdStart({ runs: Number.isFinite(runs) ? runs : undefined, bin: binAt >= 0 ? process.argv[binAt + 1] : undefined });
  console.log(process.argv.includes("--json") ? JSON.stringify(result, null, 2) : renderColdStart(result));
}
