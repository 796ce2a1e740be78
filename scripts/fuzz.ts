/**
 * `npm run fuzz [-- --runs N] [--seed S] [-- jest options]`: the fuzz suite (test/fuzz) with more runs than the
 * bounded run `npm test` makes. Each property makes N runs (MOAT_FUZZ_RUNS); `--seed S` (MOAT_FUZZ_SEED) replays the
 * sequence fast-check printed with a failure. Other arguments go to jest (e.g. `-t plan` to run only the plan door).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

function main(argv: string[]): number {
  let runs = 200;
  let seed: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => (a.startsWith(`${name}=`) ? a.slice(name.length + 1) : argv[++i]);
    if (a === "--runs" || a.startsWith("--runs=")) runs = Number(value("--runs"));
    else if (a === "--seed" || a.startsWith("--seed=")) seed = value("--seed");
    else rest.push(a);
  }
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write("npm run fuzz: --runs needs a whole number of runs, e.g. --runs 500\n");
    return 2;
  }
  if (seed !== undefined && !/^-?\d+$/.test(seed)) {
    process.stderr.write("npm run fuzz: --seed needs the integer seed fast-check printed, e.g. --seed -1400364274\n");
    return 2;
  }
  const env = { ...process.env, MOAT_FUZZ_RUNS: String(runs), ...(seed !== undefined ? { MOAT_FUZZ_SEED: seed } : {}) };
  // A property's runs happen inside one test: give each run up to 2 s on top of jest's usual minute.
  const timeout = 60_000 + runs * 2_000;
  const jest = require.resolve("jest/bin/jest", { paths: [ROOT] });
  process.stdout.write(`fuzz: ${runs} runs per property${seed !== undefined ? `, seed ${seed}` : ""}\n`);
  const r = spawnSync(process.execPath, [jest, "test/fuzz", `--testTimeout=${timeout}`, ...rest], { cwd: ROOT, env, stdio: "inherit" });
  return r.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
