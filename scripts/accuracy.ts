/**
 * `npm run accuracy -- DIR [options]`: moat's accuracy on real code. DIR holds checkouts of public repositories, one
 * per immediate subdirectory (never commit them). Each checkout is scanned by the built CLI (`npm run compile` first):
 *
 *   node dist/cli/main.js scan . --format json=<tmp> --unknown warn   (run inside the checkout)
 *
 * and the script prints Markdown: one row per repository (files, resources, findings, false positives, not
 * evaluated, remote modules skipped, errors, wall time), findings per rule with the precision of the judged ones,
 * the "not evaluated" reasons grouped (names normalised so that `var.a has no value` and `var.b has no value` count
 * as one cause), and the findings nobody has judged yet.
 *
 * Verdicts live in a judgements file (default docs/accuracy-judgements.json), so a re-run keeps them: each entry is
 * keyed by repository + rule id + address + attribute path + file, and says "TP" or "FP" and why. Line numbers are
 * kept for the reader but are not part of the key (they shift when a file is edited upstream).
 *
 * Options:
 *   --judgements FILE   the verdicts (default docs/accuracy-judgements.json)
 *   --write FILE        also replace the part of FILE between `<!-- accuracy:begin -->` and `<!-- accuracy:end -->`
 *                       with the report (e.g. docs/accuracy.md)
 *   --reports DIR       keep each repository's JSON report in DIR (as <folder>.json)
 *   --from DIR          do not scan: read the JSON reports an earlier `--reports DIR` kept
 *   --stubs FILE        write the unjudged findings to FILE as judgement entries with verdict "?" to fill in
 *   --only A,B          scan only these subfolders of DIR
 *   --timeout SECONDS   per repository (default 1800)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Report } from "../cli/report";

const ROOT = join(__dirname, "..");

export interface Judgement {
  repository: string;
  ruleId: string;
  address: string;
  path: string;
  file: string;
  line?: number;
  /** The file of the outermost module call, for a resource in a module: one module called from two roots is two findings. */
  via?: string;
  verdict: "TP" | "FP" | "?";
  why: string;
}

interface RepoResult {
  folder: string;
  repository: string;
  commit: string;
  seconds: number;
  exitCode: number | null;
  report?: Report;
  failure?: string;
}

export function judgementKey(j: { repository: string; ruleId: string; address: string; path: string; file: string; via?: string }): string {
  return [j.repository, j.ruleId, j.address, j.path, j.file, j.via ?? ""].join("\u0000");
}

/** `https://github.com/owner/name.git`, `git@github.com:owner/name` → `owner/name`; else the folder name. */
export function repositoryName(remote: string | undefined, folder: string): string {
  const m = remote?.trim().match(/[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/);
  return m ? `${m[1]}/${m[2]}` : folder;
}

/** References that name a construct, not a user's object: kept as they are when a reason is normalised. */
const CONSTRUCTS = new Set(["terraform.workspace", "each.value", "each.key", "count.index", "path.module", "path.root", "path.cwd", "self"]);

/** One reference of a reason (`var.x`, `data.aws_vpc.main`, `module.db.aws_db_instance.this[0]`), named by its kind. */
function referenceKind(token: string): string {
  const bare = token.replace(/(?<=[\w\]])\[[^\]]*\]/g, ""); // indexes, not a redacted "[secret]" name
  if (CONSTRUCTS.has(bare)) return bare;
  const head = bare.split(".")[0];
  if (head === "var" || head === "local") return `${head}.<name>`;
  if (head === "data") return `data.${bare.split(".")[1] ?? ""}.<name>`; // the data source's type says what is read
  if (head === "module") return /\.(?:aws|\[secret\])_[a-z0-9_]*\./.test(bare) ? "<resource>" : "module.<name>";
  if (/^(?:aws|\[secret\])_/.test(head)) return "<resource>";
  if (/\.(?:value|key)$/.test(bare)) return "<iterator>.value";
  return token;
}

/**
 * One cause of "not evaluated", whatever the names: variables, locals, data sources, resources, modules, quoted
 * values and numbers are replaced by placeholders, so the same construct in a hundred places counts as one cause.
 */
export function normaliseReason(reason: string): string {
  return reason
    .replace(/^(?:(?:each|[A-Za-z_][\w-]*)\.(?:value|key): )+/, "") // a value that came through for_each: the cause is what follows
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/(?<![\w.\]])[A-Za-z_[][\w\-[\]*"…]*(?:\.[\w\-[\]*"…]+)+/g, referenceKind)
    .replace(/\b\d+\b/g, "N");
}

function git(dir: string, args: string[]): string | undefined {
  const r = spawnSync("git", ["-C", dir, ...args], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function scan(dir: string, folder: string, cli: string, timeoutSeconds: number, keep: string | undefined, moat: string): RepoResult {
  const repository = repositoryName(git(dir, ["remote", "get-url", "origin"]), folder);
  const commit = git(dir, ["rev-parse", "--short", "HEAD"]) ?? "(not a git checkout)";
  const tmp = mkdtempSync(join(tmpdir(), "moat-accuracy-"));
  const out = keep ? join(keep, `${folder}.json`) : join(tmp, "report.json");
  rmSync(out, { force: true }); // a report kept by an earlier run must not pass for this one's
  const started = Date.now();
  process.stderr.write(`accuracy: scanning ${repository} …\n`);
  const r = spawnSync(process.execPath, [cli, "scan", ".", "--format", `json=${out}`, "--unknown", "warn", "--no-color", "-q"], {
    cwd: dir,
    encoding: "utf8",
    timeout: timeoutSeconds * 1000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  const result: RepoResult = { folder, repository, commit, seconds, exitCode: r.status };
  try {
    if (r.error) result.failure = `${r.error.message}`;
    else if (!existsSync(out)) result.failure = `no report written (exit ${r.status}): ${(r.stderr || "").trim().split("\n").slice(-3).join(" ")}`;
    else result.report = JSON.parse(readFileSync(out, "utf8")) as Report;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (keep) writeFileSync(join(keep, `${folder}.meta.json`), JSON.stringify({ repository, commit, seconds, exitCode: r.status, failure: result.failure, moat }, null, 2));
  return result;
}

/** The moat that ran: its version, the source commit (and whether the tree had changes), and when dist/ was built. */
function moatVersion(): string {
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  const commit = git(ROOT, ["rev-parse", "--short", "HEAD"]);
  const dirty = git(ROOT, ["status", "--porcelain", "--untracked-files=no"]);
  const built = statSync(join(ROOT, "dist", "cli", "main.js")).mtime.toISOString().slice(0, 16).replace("T", " ");
  return `moat ${version}, source at ${commit ?? "?"}${dirty ? " with uncommitted changes" : ""}, dist/ built ${built} UTC`;
}

function fromKept(keep: string, folder: string): RepoResult & { moat?: string } {
  const meta = JSON.parse(readFileSync(join(keep, `${folder}.meta.json`), "utf8")) as Omit<RepoResult, "folder" | "report"> & { moat?: string };
  const file = join(keep, `${folder}.json`);
  return { folder, ...meta, report: existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Report) : undefined };
}

const cell = (s: string | number) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: (string | number)[]) => `| ${cells.map(cell).join(" | ")} |`;
const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);

export function render(results: RepoResult[], judgements: Judgement[], measuredWith?: string): { markdown: string; unjudged: Judgement[] } {
  const byKey = new Map(judgements.map((j) => [judgementKey(j), j]));
  const used = new Set<string>();
  const lines: string[] = measuredWith ? [`Measured with ${measuredWith}.`, ""] : [];
  const unjudged: Judgement[] = [];
  const perRule = new Map<string, { findings: number; tp: number; fp: number }>();
  const reasons = new Map<string, { count: number; rules: Set<string>; repos: Set<string>; example: string }>();
  const totals = { files: 0, resources: 0, findings: 0, tp: 0, fp: 0, unevaluated: 0, remote: 0, errors: 0 };

  lines.push(row(["repository", "commit", "files", "resources", "findings", "judged", "false positives", "not evaluated", "remote modules skipped", "errors", "wall time"]));
  lines.push(row(["---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]));
  for (const res of results) {
    const rep = res.report;
    if (!rep) {
      lines.push(row([res.repository, res.commit, "–", "–", "–", "–", "–", "–", "–", `scan failed: ${res.failure ?? "?"}`, `${res.seconds.toFixed(0)} s`]));
      continue;
    }
    let tp = 0;
    let fp = 0;
    for (const f of rep.findings) {
      const via = f.moduleChain[0]?.file;
      const key = judgementKey({ repository: res.repository, ...f, via });
      const j = byKey.get(key);
      const rule = perRule.get(f.ruleId) ?? { findings: 0, tp: 0, fp: 0 };
      rule.findings++;
      perRule.set(f.ruleId, rule);
      if (j && j.verdict !== "?") {
        used.add(key);
        if (j.verdict === "TP") {
          tp++;
          rule.tp++;
        } else {
          fp++;
          rule.fp++;
        }
      } else {
        if (j) used.add(key);
        unjudged.push({ repository: res.repository, ruleId: f.ruleId, address: f.address, path: f.path, file: f.file, line: f.line, ...(via ? { via } : {}), verdict: "?", why: f.message });
      }
    }
    for (const u of rep.unevaluated) {
      const cause = normaliseReason(u.reason);
      const r = reasons.get(cause) ?? { count: 0, rules: new Set(), repos: new Set(), example: `${res.repository}: ${u.file}:${u.line ?? "?"} ${u.reason}` };
      r.count++;
      r.rules.add(u.ruleId);
      r.repos.add(res.repository);
      reasons.set(cause, r);
    }
    const s = rep.summary;
    totals.files += s.files;
    totals.resources += s.resources;
    totals.findings += rep.findings.length;
    totals.tp += tp;
    totals.fp += fp;
    totals.unevaluated += rep.unevaluated.length;
    totals.remote += s.remoteModulesSkipped;
    totals.errors += rep.errors.length;
    lines.push(
      row([res.repository, res.commit, s.files, s.resources, rep.findings.length, tp + fp, fp, rep.unevaluated.length, s.remoteModulesSkipped, rep.errors.length, `${res.seconds.toFixed(1)} s`]),
    );
  }
  lines.push(
    row(["**total**", "", totals.files, totals.resources, totals.findings, totals.tp + totals.fp, totals.fp, totals.unevaluated, totals.remote, totals.errors, `${results.reduce((a, r) => a + r.seconds, 0).toFixed(1)} s`]),
  );
  lines.push("");
  lines.push(`Precision on judged findings: ${totals.tp} true / ${totals.tp + totals.fp} judged = **${pct(totals.tp, totals.tp + totals.fp)}** (${unjudged.length} findings not judged).`);
  lines.push("");
  lines.push("### Findings per rule");
  lines.push("");
  lines.push(row(["rule", "findings", "judged", "true positives", "false positives", "precision"]));
  lines.push(row(["---", "---:", "---:", "---:", "---:", "---:"]));
  for (const [id, r] of [...perRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(row([id, r.findings, r.tp + r.fp, r.tp, r.fp, pct(r.tp, r.tp + r.fp)]));
  }
  lines.push("");
  lines.push("### Not evaluated, by cause");
  lines.push("");
  lines.push(row(["count", "cause (names normalised)", "rules", "repositories", "example"]));
  lines.push(row(["---:", "---", "---", "---:", "---"]));
  for (const [cause, r] of [...reasons].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))) {
    lines.push(row([r.count, cause, [...r.rules].sort().join(", "), r.repos.size, r.example]));
  }
  const errors = results.flatMap((res) => (res.report?.errors ?? []).map((e) => `${res.repository}: ${e.file}${e.line ? `:${e.line}` : ""} ${e.message}`));
  if (errors.length > 0) {
    lines.push("");
    lines.push("### Errors");
    lines.push("");
    for (const e of errors) lines.push(`- ${cell(e)}`);
  }
  const stale = judgements.filter((j) => !used.has(judgementKey(j)) && results.some((r) => r.repository === j.repository));
  if (stale.length > 0) {
    lines.push("");
    lines.push("### Judgements that matched no finding (fixed, or the code moved)");
    lines.push("");
    for (const j of stale) lines.push(`- ${cell(`${j.verdict} ${j.repository} ${j.ruleId} ${j.address} ${j.path} (${j.file}:${j.line ?? "?"})`)}`);
  }
  if (unjudged.length > 0) {
    lines.push("");
    lines.push(`### Not judged yet (${unjudged.length})`);
    lines.push("");
    for (const u of unjudged) lines.push(`- ${cell(`${u.repository} ${u.ruleId} ${u.address} ${u.path} (${u.file}:${u.line ?? "?"}${u.via ? ` via ${u.via}` : ""})`)}`);
  }
  return { markdown: lines.join("\n") + "\n", unjudged };
}

function main(argv: string[]): number {
  const opts: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = a.match(/^--(judgements|write|reports|from|stubs|timeout|only)(?:=(.*))?$/);
    if (m) opts[m[1]] = m[2] ?? argv[++i] ?? "";
    else if (a.startsWith("--")) {
      process.stderr.write(`npm run accuracy: unknown option ${a} (see the comment at the top of scripts/accuracy.ts)\n`);
      return 2;
    } else positional.push(a);
  }
  const dir = positional[0] ?? opts.from;
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write("npm run accuracy -- DIR: DIR must be a folder holding one checkout per subfolder, e.g. npm run accuracy -- ../accuracy-repos\n");
    return 2;
  }
  const cli = join(ROOT, "dist", "cli", "main.js");
  if (!opts.from && !existsSync(cli)) {
    process.stderr.write("npm run accuracy: dist/cli/main.js is missing; run npm run compile first\n");
    return 2;
  }
  const judgementsFile = resolve(opts.judgements ?? join(ROOT, "docs", "accuracy-judgements.json"));
  const judgements: Judgement[] = existsSync(judgementsFile) ? (JSON.parse(readFileSync(judgementsFile, "utf8")) as Judgement[]) : [];
  const timeout = Number(opts.timeout ?? 1800);
  if (opts.reports) mkdirSync(opts.reports, { recursive: true });
  const folders = opts.from
    ? readdirSync(opts.from).filter((f) => f.endsWith(".meta.json")).map((f) => f.slice(0, -".meta.json".length)).sort()
    : readdirSync(dir).filter((f) => !f.startsWith(".") && statSync(join(dir, f)).isDirectory())
        .filter((f) => !opts.only || opts.only.split(",").includes(f)).sort();
  let results: (RepoResult & { moat?: string })[];
  if (opts.from) results = folders.map((f) => fromKept(opts.from, f));
  else {
    const moat = moatVersion();
    const keep = opts.reports ? resolve(opts.reports) : undefined;
    results = folders.map((f) => ({ ...scan(resolve(dir, f), f, cli, timeout, keep, moat), moat }));
  }
  const { markdown, unjudged } = render(results, judgements, results[0]?.moat);
  process.stdout.write(markdown);
  if (opts.stubs) writeFileSync(opts.stubs, JSON.stringify(unjudged, null, 2) + "\n");
  if (opts.write) {
    const text = readFileSync(opts.write, "utf8");
    const begin = "<!-- accuracy:begin -->";
    const end = "<!-- accuracy:end -->";
    const a = text.indexOf(begin);
    const b = text.indexOf(end);
    if (a < 0 || b < a) {
      process.stderr.write(`npm run accuracy: ${opts.write} has no ${begin} … ${end} section to replace\n`);
      return 2;
    }
    writeFileSync(opts.write, `${text.slice(0, a + begin.length)}\n${markdown}${text.slice(b)}`);
  }
  return results.some((r) => !r.report) ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
