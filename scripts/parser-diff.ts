/**
 * Differential check of the fast HCL path (hcl-rules/fast-hcl.ts) against hcl2json, the parser it stands in for.
 *
 *   npx tsx scripts/parser-diff.ts <dir|file>... [--mutate N] [--generate N] [--seed S] [--reasons]
 *
 * For every `.tf` and `.tfvars` under the paths (moat parses both with hcl2json): parses it with both, and reports how many files and bytes the fast path took, each
 * parser's throughput, and every mismatch: the fast path answered and its JSON differs from hcl2json's, or it
 * answered where hcl2json failed. `--mutate N` also checks N random mutations of each file (a character or token
 * deleted, duplicated or inserted); there the fast path must agree or give up too. `--generate N` also checks N
 * texts from a random grammar of HCL (the `Grammar` class), some of them mutated. `--reasons` counts why the fast
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

/**
 * Random Terraform-like text from a small grammar of every construct the fast path knows (blocks with labels,
 * one-line blocks, attributes, literals, traversals, splats, calls, tuples, objects with every kind of key, templates
 * with escapes and interpolations, heredocs, operators, conditionals, unary operators, parentheses, for-expressions,
 * comments, CRLF, a byte order mark), sometimes with one mutation.
 */
export class Grammar {
  private nl = "\n";

  constructor(private readonly rnd: () => number) {}

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }

  private ws(): string {
    return this.pick(["", " ", " ", "  ", "\t", " /* c */ ", " /*\n*/ "]);
  }

  /** White space where newlines do not count (inside brackets). */
  private wsn(): string {
    return this.pick(["", " ", this.nl, ` # c${this.nl}`, ` // c${this.nl}`, `${this.nl}  `]);
  }

  private name(): string {
    return this.pick(["a", "b", "var", "x_1", "y-z", "count", "each", "for", "in", "if", "true", "null", "é"]);
  }

  private num(): string {
    return this.pick(["0", "1", "42", "007", "1.5", "1.50", "2e3", "1E+2", "1.25e-2", "0.0", "123456789012345", "1234567890123456", "1e400", "0.1", "100"]);
  }

  private str(d: number): string {
    let s = '"';
    const n = Math.floor(this.rnd() * 4);
    for (let i = 0; i < n; i++) {
      s += this.rnd() < 0.3 && d < 4 ? "${" + this.ws() + this.expr(d + 1) + this.ws() + "}" : this.pick(["x", " ", "$${", "%%{", "$", "%", "\\n", "\\t", '\\"', "\\\\", "\\u0041", "\\u00e9", "\\U0001F600", "é", "😀", "e\u0301", "{", "}", "\\r", "<<EOT"]);
    }
    return s + '"';
  }

  private heredoc(d: number): string {
    let s = (this.rnd() < 0.5 ? "<<-" : "<<") + "EOT" + this.nl;
    const lines = Math.floor(this.rnd() * 4);
    for (let i = 0; i < lines; i++) {
      s += this.pick(["", " ", "  ", "    ", "\t"]);
      const parts = Math.floor(this.rnd() * 3);
      for (let k = 0; k < parts; k++) s += this.rnd() < 0.3 && d < 3 ? "${" + this.expr(d + 1) + "}" : this.pick(["x", "y z", "$${a}", "%%{b}", "$", "  ", "EOT", "\\n"]);
      s += this.nl;
    }
    return s + this.pick(["EOT", "  EOT", "EOT  ", "\tEOT"]) + this.nl;
  }

  private list(max: number, item: () => string): string[] {
    return Array.from({ length: Math.floor(this.rnd() * max) }, item);
  }

  expr(d: number): string {
    const r = this.rnd();
    if (d > 4 || r < 0.15) return this.num();
    if (r < 0.3) return this.name() + this.list(3, () => this.pick([".b", ".0", "[0]", '["k"]', "[*]", ".*", "[x]", ".c", '["${y}"]'])).join("");
    if (r < 0.42) return this.str(d);
    if (r < 0.47) return this.heredoc(d);
    if (r < 0.55) return `${this.name()}(${this.list(3, () => this.wsn() + this.expr(d + 1)).join(",")}${this.pick(["", ",", "...", this.wsn()])})`;
    if (r < 0.63) return `[${this.list(3, () => this.wsn() + this.expr(d + 1) + this.wsn()).join(",")}${this.pick(["", ","])}]`;
    if (r < 0.72) {
      const items = this.list(3, () => {
        const key = this.pick([this.name(), this.num(), this.str(d + 1), `(${this.expr(d + 1)})`, this.expr(d + 1)]);
        return this.ws() + key + this.ws() + this.pick(["=", ":"]) + this.ws() + this.expr(d + 1);
      });
      return `{${items.join(this.pick([",", this.nl, ", ", "," + this.nl]))}${this.pick(["", ",", this.nl])}}`;
    }
    if (r < 0.8) return this.expr(d + 1) + this.ws() + this.pick(["+", "-", "*", "==", "&&", "<", "%", "/", "||", ">="]) + this.ws() + this.expr(d + 1);
    if (r < 0.86) return `${this.expr(d + 1)}${this.ws()}?${this.ws()}${this.expr(d + 1)}${this.ws()}:${this.ws()}${this.expr(d + 1)}`;
    if (r < 0.91) return this.pick(["-", "!", "- ", "!!", "--"]) + this.expr(d + 1);
    if (r < 0.95) return `(${this.wsn()}${this.expr(d + 1)}${this.wsn()})`;
    return this.pick(["[for v in x : v]", "{for k, v in m : k => v...}", "[for v in x : v if v]", "{for k, v in m : k => v}", "[for i, v in x : i => v]"]);
  }

  private body(d: number): string {
    let s = "";
    const n = 1 + Math.floor(this.rnd() * 3);
    for (let i = 0; i < n; i++) {
      if (this.rnd() < 0.3 && d < 3) {
        const labels = this.list(3, () => " " + this.pick(['"l"', '"m"', "id", '"e\\u0301"', '""'])).join("");
        const inner = this.rnd() < 0.2 ? ` x = ${this.expr(3)} }` : `${this.nl}${this.body(d + 1)}}`;
        s += `${this.pick(["b", "resource", "c"])}${labels} {${inner}${this.ws()}${this.nl}`;
      } else s += this.pick(["a", "b", "c", "x"]) + this.ws() + "=" + this.ws() + this.expr(0) + this.pick([this.nl, this.nl, ` # c${this.nl}`, this.nl + this.nl]);
    }
    return s;
  }

  text(): string {
    this.nl = this.rnd() < 0.2 ? "\r\n" : "\n";
    let text = (this.rnd() < 0.05 ? "\uFEFF" : "") + this.body(0);
    if (this.rnd() < 0.3) text = mutate(text, this.rnd);
    return text;
  }
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
  let generate = 0;
  for (let k = 0; k < args.length; k++) {
    if (args[k] === "--mutate") mutations = Number(args[++k]);
    else if (args[k] === "--seed") seed = Number(args[++k]);
    else if (args[k] === "--reasons") withReasons = true;
    else if (args[k] === "--generate") generate = Number(args[++k]);
    else paths.push(args[k]);
  }
  if ((paths.length === 0 && generate === 0) || !Number.isInteger(mutations) || mutations < 0 || !Number.isInteger(generate) || generate < 0) {
    console.error("usage: npx tsx scripts/parser-diff.ts <dir|file>... [--mutate N] [--generate N] [--seed S] [--reasons]");
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
  if (files.length > 0) console.log(`throughput: fast path ${mbps(bytes, coldMs)} cold, ${mbps(bytes, warmMs)} warm; hcl2json ${mbps(bytes, slowMs)}`);
  const generated: Counts = { files: 0, bytes: 0, fastFiles: 0, fastBytes: 0, mismatches: 0 };
  const grammar = new Grammar(rnd);
  for (let k = 0; k < generate; k++) {
    const text = grammar.text();
    const fastAnswer = fastParseDetailed(text);
    // hcl2json only where the fast path answered: that is where a mismatch can be.
    const answer = "json" in fastAnswer ? await slowParse(text) : { error: "" };
    compare(`generated text ${k} ${JSON.stringify(text)}`, text, fastAnswer, answer.expected, answer.error, generated);
  }
  if (files.length > 0) report("files", whole);
  if (mutations > 0) report(`mutations (${mutations} per file, seed ${seed})`, mutated);
  if (generate > 0) report(`generated texts (seed ${seed})`, generated);
  if (reasons) {
    for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  gave up ${count}×: ${reason}`);
  }
  return whole.mismatches + mutated.mismatches + generated.mismatches > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
