/**
 * Differential check of the fast HCL path (hcl-rules/fast-hcl.ts) against hcl2json, the parser it stands in for.
 *
 *   npx tsx scripts/parser-diff.ts <dir|file>... [--mutate N] [--seed S] [--reasons]
 *
 * For every `.tf` and `.tfvars` under the paths (moat parses both with hcl2json): parses it with both, and reports how many files and bytes the fast path took, each
 * parser's throughput, and every mismatch: the fast path answered and its JSON differs from hcl2json's, or it
 * answered where hcl2json failed. `--mutate N` also checks N random mutations of each file (a character or token
 * deleted, duplicated or inserted); there the fast path must agree or give up too. `--reasons` counts why the fast
 * path gave up (and whether hcl2json failed too). Exit 1 on any mismatch, 2 on usage errors.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type FastParseResult, fastParseDetailed } from "../hcl-rules/fast-hcl";

const hcl2json = require("@cdktn/hcl2json") as { parse(file: string, text: string): Promise<Record<string, unknown>> };

/** What a mutation may insert: characters and tokens that matter to HCL's scanner and parser. */
export const MUTATION_TOKENS = ["}", "{", "]", "[", "(", ")", '"', "${", "%{", "$${", "\n", "=", "#", "//", "/*", "*/", ",", ".", "*", "-", "!", "?", ":", "\\", "<<EOT\n", "<<-EOT\n", "EOT\n", " ", "\t", "a", "0", "1.5", "for", "in", "null", "true", "~", "'", "...", "=>", "\\u0041", "\\n", "é", "\r"];

/** mulberry32. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One to three random edits of `text`. */
export function mutate(text: string, rnd: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rnd() * (out.length + 1));
    const op = rnd();
    if (op < 0.3 && out.length > 0) out = out.slice(0, at) + out.slice(at + 1);
    else if (op < 0.45 && out.length > 0) out = out.slice(0, at) + out.charAt(at) + out.slice(at);
    else out = out.slice(0, at) + MUTATION_TOKENS[Math.floor(rnd() * MUTATION_TOKENS.length)] + out.slice(at);
  }
  return out;
}

function tfFiles(path: string, out: string[]): void {
  const st = statSync(path);
  if (st.isFile()) {
    if (path.endsWith(".tf") || path.endsWith(".tfvars")) out.push(path);
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === "node_modules" || entry === ".git") continue;
    tfFiles(join(path, entry), out);
  }
}

/** The first place two JSON texts differ, with some context. */
function shortDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `  fast:     …${a.slice(from, i + 80)}…\n  hcl2json: …${b.slice(from, i + 80)}…`;
}

interface Counts {
  files: number;
  bytes: number;
  fastFiles: number;
  fastBytes: number;
  mismatches: number;
}

/** Compares the two parsers' answers for one text; counts it and prints a mismatch. */
function compare(name: string, text: string, fast: FastParseResult, expected: string | undefined, error: string, counts: Counts, reasons?: Map<string, number>): void {
  const bytes = Buffer.byteLength(text);
  counts.files++;
  counts.bytes += bytes;
  if ("bail" in fast) {
    if (fast.bail.startsWith("internal")) {
      counts.mismatches++;
      console.log(`MISMATCH ${name}: the fast path threw: ${fast.bail}`);
    }
    if (reasons) {
      const reason = fast.bail.replace(/".*"/, '"…"') + (expected === undefined ? " (hcl2json fails too)" : "");
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    return;
  }
  counts.fastFiles++;
  counts.fastBytes += bytes;
  const got = JSON.stringify(fast.json);
  if (expected === undefined) {
    counts.mismatches++;
    console.log(`MISMATCH ${name}: the fast path answered where hcl2json failed: ${error}`);
    console.log(`  text: ${JSON.stringify(text.slice(0, 300))}`);
  } else if (got !== expected) {
    counts.mismatches++;
    console.log(`MISMATCH ${name}: different JSON\n${shortDiff(got, expected)}`);
  }
}

/** hcl2json's JSON text for `text`, or its error. */
async function slowParse(text: string): Promise<{ expected?: string; error: string }> {
  try {
    return { expected: JSON.stringify(await hcl2json.parse("file.tf", text)), error: "" };
  } catch (e) {
    return { error: String(e).slice(0, 200) };
  }
}

function pct(a: number, b: number): string {
  return b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`;
}

function mbps(bytes: number, ms: number): string {
  return `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
}

function report(label: string, c: Counts): void {
  console.log(
    `${label}: ${c.files} files, ${c.bytes} bytes; fast path took ${c.fastFiles} files (${pct(c.fastFiles, c.files)}), ` +
      `${c.fastBytes} bytes (${pct(c.fastBytes, c.bytes)}); mismatches: ${c.mismatches}`,
  );
}

function elapsedMs(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const paths: string[] = [];
  let mutations = 0;
  let seed = 1;
  let withReasons = false;
  for (let k = 0; k < args.length; k++) {
    if (args[k] === "--mutate") mutations = Number(args[++k]);
    else if (args[k] === "--seed") seed = Number(args[++k]);
    else if (args[k] === "--reasons") withReasons = true;
    else paths.push(args[k]);
  }
  if (paths.length === 0 || !Number.isInteger(mutations) || mutations < 0) {
    console.error("usage: npx tsx scripts/parser-diff.ts <dir|file>... [--mutate N] [--seed S] [--reasons]");
    return 2;
  }
  const files: string[] = [];
  for (const path of paths) tfFiles(path, files);
  const texts = files.map((file) => readFileSync(file, "utf8"));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  // Throughput: the fast path over all texts twice (cold: the first pass of a fresh process; warm: the next), then
  // hcl2json over all texts once, after its runtime has started.
  let t = process.hrtime.bigint();
  const fast = texts.map((text) => fastParseDetailed(text));
  const coldMs = elapsedMs(t);
  t = process.hrtime.bigint();
  for (const text of texts) fastParseDetailed(text);
  const warmMs = elapsedMs(t);
  await hcl2json.parse("warm-up.tf", "");
  t = process.hrtime.bigint();
  const slow: { expected?: string; error: string }[] = [];
  for (const text of texts) slow.push(await slowParse(text));
  const slowMs = elapsedMs(t);
  const reasons = withReasons ? new Map<string, number>() : undefined;
  const whole: Counts = { files: 0, bytes: 0, fastFiles: 0, fastBytes: 0, mismatches: 0 };
  const mutated: Counts = { ...whole };
  const rnd = random(seed);
  for (let k = 0; k < files.length; k++) {
    compare(files[k], texts[k], fast[k], slow[k].expected, slow[k].error, whole, reasons);
    for (let m = 0; m < mutations; m++) {
      const text = mutate(texts[k], rnd);
      const answer = await slowParse(text);
      compare(`${files[k]} (mutation ${m})`, text, fastParseDetailed(text), answer.expected, answer.error, mutated);
    }
  }
  console.log(`throughput: fast path ${mbps(bytes, coldMs)} cold, ${mbps(bytes, warmMs)} warm; hcl2json ${mbps(bytes, slowMs)}`);
  report("files", whole);
  if (mutations > 0) report(`mutations (${mutations} per file, seed ${seed})`, mutated);
  if (reasons) {
    for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  gave up ${count}×: ${reason}`);
  }
  return whole.mismatches + mutated.mismatches > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
