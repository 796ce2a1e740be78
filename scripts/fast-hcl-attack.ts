/**
 * Adversarial differential check of the fast HCL path (hcl-rules/fast-hcl.ts) against hcl2json.
 *
 *   npx tsx scripts/fast-hcl-attack.ts [--runs N] [--seed S] [--out file.json] [--crlf]
 *   npx tsx scripts/fast-hcl-attack.ts --check texts.json
 *   (either with --module path/to/fast-hcl.ts: test that copy instead of hcl-rules/fast-hcl.ts)
 *
 * Generates random HCL from a grammar that puts comments, newlines and odd spacing wherever the language allows them
 * (and sometimes where it does not), plus token soup, and reports every text where the fast path answered and its
 * JSON (compared as JSON.stringify, key order included) differs from hcl2json's, or where it answered and hcl2json
 * failed (`--crlf`: with CRLF line ends, some or all, and sometimes a byte order mark). Mismatches are minimized by deleting characters while the mismatch persists, and written to --out.
 * `--check` instead runs the texts of a JSON file (an array of strings, or of `{ text }` objects such as
 * test/hcl/fast-hcl-repros.json) and prints, for each, OK (same JSON), BAIL (the fast path gave up, with its reason) or
 * MISMATCH. Exit 1 on any mismatch.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type * as FastHcl from "../hcl-rules/fast-hcl";

const hcl2json = require("@cdktn/hcl2json") as { parse(file: string, text: string): Promise<Record<string, unknown>> };

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

/** The fast path under test: hcl-rules/fast-hcl.ts, or another copy of it (`--module path`, e.g. a branch's). */
const { fastParseDetailed } = require(resolve(arg("--module", resolve(__dirname, "../hcl-rules/fast-hcl")))) as typeof FastHcl;

let state = Number(arg("--seed", "1")) >>> 0;
function rnd(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const chance = (p: number): boolean => rnd() < p;

/** Filler between tokens inside brackets (newlines allowed). */
function gap(): string {
  if (!chance(0.3)) return pick([" ", "", " "]);
  return pick([" ", "\n", "  \n  ", " /* c */ ", "/**/", " # c\n", " // c\n", "\t", " /* é 😀 \n */ ", "\n\n", " /*)*/ "]);
}
/** Filler where newlines end the item (only spaces and inline comments). */
function sp(): string {
  if (!chance(0.2)) return pick([" ", ""]);
  return pick([" ", "\t", " /* c */ ", "/**/", "  "]);
}

const NAMES = ["a", "b", "x_1", "y-z", "var", "each", "count", "for", "in", "if", "true", "false", "null", "__proto__", "constructor", "toString", "EOT", "endif"];
const NUMS = ["0", "1", "007", "1.5", "1.50", "0.1", "1e3", "1E+3", "1e-3", "12.340e1", "100", "-0", "0.000001", "123456789012345", "1e20", "1e21", "2.5e-7"];
const STRS = ["", "s", "a\\\"b", "\\\\", "$${x}", "%%{y}", "\\u0041\\n", "é", "😀", "$", "%", "a$", "$$", "\\\\$${x}", "\\t", " ", "${", "\\U0001F600", "\\u00e9"];

function name(): string {
  return pick(NAMES);
}

function traversal(depth: number): string {
  let s = name();
  const n = Math.floor(rnd() * 3);
  for (let k = 0; k < n; k++) {
    s += pick([".b", ".0", "[0]", '["k"]', "[*]", ".*", `[${expr(depth + 1, true)}]`, ".c", "[true]", "[-1]", "[\"\"]", ".*.d", ".*.0"]);
  }
  return s;
}

function template(depth: number, quoted: boolean): string {
  const n = Math.floor(rnd() * 4);
  let s = "";
  for (let k = 0; k < n; k++) {
    if (chance(0.5)) s += quoted ? pick(STRS) : pick(["x", "  y", "$${z}", "%%{w}", "\t", "$", "%", "a b", "\n", "EOT", " EOT"]);
    else s += "${" + pick(["", " "]) + expr(depth + 1, true) + pick(["", " "]) + "}";
  }
  return s;
}

function heredoc(depth: number): string {
  const flush = chance(0.5);
  const marker = pick(["EOT", "E", "EOT-1", "_x"]);
  const lines: string[] = [];
  const n = Math.floor(rnd() * 4);
  for (let k = 0; k < n; k++) lines.push(pick(["", "  ", "\t", "    ", " "]) + template(depth, false).replace(/\n/g, " "));
  return `<<${flush ? "-" : ""}${marker}\n${lines.map((l) => l + "\n").join("")}${pick(["", "  ", "\t"])}${marker}${pick(["", " ", "  "])}\n`;
}

/** An expression; `inBrackets`: newlines are free inside it. */
function expr(depth: number, inBrackets: boolean): string {
  const g = inBrackets ? gap : sp;
  if (depth > 4) return pick([name(), pick(NUMS), '"s"']);
  const r = rnd();
  if (r < 0.12) return traversal(depth);
  if (r < 0.2) return pick(NUMS);
  if (r < 0.3) return '"' + template(depth, true) + '"';
  if (r < 0.34) return heredoc(depth);
  if (r < 0.42) return "[" + gap() + list(depth, () => expr(depth + 1, true)) + gap() + "]";
  if (r < 0.52) return "{" + gap() + objectItems(depth) + gap() + "}";
  if (r < 0.6) return expr(depth + 1, inBrackets) + g() + pick(["+", "-", "*", "==", "&&", "||", "<", ">=", "%", "/", "!="]) + g() + expr(depth + 1, inBrackets);
  if (r < 0.66) return expr(depth + 1, inBrackets) + g() + "?" + g() + expr(depth + 1, inBrackets) + g() + ":" + g() + expr(depth + 1, inBrackets);
  if (r < 0.72) return pick(["-", "!", "- ", "--"]) + pick([pick(NUMS), name(), "(" + expr(depth + 1, true) + ")", pick(["true", "false", "null"])]);
  if (r < 0.78) return "(" + gap() + expr(depth + 1, true) + gap() + ")" + (chance(0.3) ? pick([".a", "[0]", ".*", "[*].b"]) : "");
  if (r < 0.85) return pick(["f", "lookup", "p::x::y"]) + "(" + gap() + list(depth, () => expr(depth + 1, true)) + (chance(0.1) ? "..." : "") + gap() + ")" + (chance(0.2) ? pick([".a", "[0]", "[*]"]) : "");
  if (r < 0.9) {
    const obj = chance(0.5);
    const [o, c] = obj ? ["{", "}"] : ["[", "]"];
    return `${o}${gap()}for ${pick(["k, v", "v"])} in ${expr(depth + 1, true)}${gap()}:${gap()}${obj ? expr(depth + 1, true) + gap() + "=>" + gap() : ""}${expr(depth + 1, true)}${obj && chance(0.3) ? "..." : ""}${chance(0.3) ? " if " + expr(depth + 1, true) : ""}${gap()}${c}`;
  }
  return pick(["true", "false", "null", name()]);
}

function list(depth: number, item: () => string): string {
  const n = Math.floor(rnd() * 4);
  const items: string[] = [];
  for (let k = 0; k < n; k++) items.push(item());
  let s = items.join("," + gap());
  if (n > 0 && chance(0.2)) s += ",";
  return s;
}

function objectKey(depth: number): string {
  return pick([
    name(),
    '"' + template(depth, true) + '"',
    pick(NUMS),
    "(" + expr(depth + 1, true) + ")",
    traversal(depth),
    expr(depth + 1, false),
  ]);
}

function objectItems(depth: number): string {
  const n = Math.floor(rnd() * 4);
  let s = "";
  for (let k = 0; k < n; k++) {
    s += objectKey(depth) + sp() + pick(["=", ":", " = "]) + sp() + expr(depth + 1, false);
    s += k + 1 < n ? pick([",", "\n", ",\n", " # c\n", " // c\n", ", /* c */ "]) : pick(["", ",", "\n"]);
  }
  return s;
}

function body(depth: number): string {
  const n = Math.floor(rnd() * 4);
  let s = "";
  for (let k = 0; k < n; k++) {
    if (chance(0.55) || depth > 2) s += name() + sp() + "=" + sp() + expr(0, false) + sp() + pick(["\n", " # c\n", " // c\n", "\n\n", "/* c */\n"]);
    else {
      const labels = Array.from({ length: Math.floor(rnd() * 3) }, () => (chance(0.7) ? '"' + pick(["l", "", "a b", "$${x}", "é", "😀", "\\u0041", "__proto__", "1", "01"]) + '"' : pick(NAMES)));
      const head = pick(["b", "resource", "c", "locals"]) + (labels.length ? " " + labels.join(" ") : "");
      if (chance(0.2)) s += head + " { " + name() + " = " + expr(2, false) + " }\n";
      else s += head + " {" + pick(["\n", " # c\n", "\n\n"]) + body(depth + 1) + "}" + pick(["\n", " # c\n", "", "\n\n"]);
    }
  }
  return s;
}

/** Pieces a mutation inserts: characters and tokens that matter to HCL's scanner and parser. */
const MUTATIONS = ["}", "{", "]", "[", "(", ")", '"', "${", "%{", "$${", "%%{", "\n", "=", ":", "#", "//", "/*", "*/", ",", ".", "*", "-", "!", "?", "\\", "<<EOT\n", "<<-EOT\n", "EOT\n", " ", "\t", "a", "0", "1.5", "for", "in", "if", "null", "true", "...", "=>", "\\u0041", "\\n", "é", "😀", "\uE000", "\u000b", "\f", "$", "%", "$$", "~", "::", "e3", ".0", "[*]", ".*"];

/**
 * One to three random edits of `text` (unlike parser-diff's: spans, swaps and pieces placed next to a piece already
 * in the text): delete 1–4 characters, swap two neighbours, or insert a piece, half the time at a place where a
 * character that matters to HCL (`{`, `"`, `$`, newline, …) already is.
 */
function mutate(text: string): string {
  let out = text;
  for (let edits = 1 + Math.floor(rnd() * 3); edits > 0; edits--) {
    let at = Math.floor(rnd() * (out.length + 1));
    if (chance(0.5)) {
      const near = out.slice(at).search(/[{}[\]()"$%\n#/\\<]/);
      if (near >= 0) at += near + (chance(0.5) ? 1 : 0);
    }
    const op = rnd();
    if (op < 0.25) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(rnd() * 4));
    else if (op < 0.35 && at + 1 < out.length) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
    else out = out.slice(0, at) + pick(MUTATIONS) + out.slice(at);
  }
  return out;
}

async function expected(text: string): Promise<string | undefined> {
  try {
    return JSON.stringify(await hcl2json.parse("case.tf", text));
  } catch {
    return undefined;
  }
}

/** The mismatch for `text`, if the fast path answered and disagrees. */
async function mismatch(text: string): Promise<{ hcl2json: string | undefined; fast: string } | undefined> {
  const fast = fastParseDetailed(text);
  if ("bail" in fast) {
    if (fast.bail.startsWith("internal")) return { hcl2json: await expected(text), fast: fast.bail };
    return undefined;
  }
  const got = JSON.stringify(fast.json);
  const want = await expected(text);
  return got === want ? undefined : { hcl2json: want, fast: got };
}

async function minimize(text: string): Promise<string> {
  let cur = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (let size = Math.max(1, cur.length >> 1); size >= 1; size >>= 1) {
      for (let at = 0; at + size <= cur.length; ) {
        const next = cur.slice(0, at) + cur.slice(at + size);
        if (await mismatch(next)) {
          cur = next;
          changed = true;
        } else at++;
      }
    }
  }
  return cur;
}

async function check(file: string): Promise<void> {
  const items = JSON.parse(readFileSync(file, "utf8")) as (string | { text: string })[];
  let bad = 0;
  for (const item of items) {
    const text = typeof item === "string" ? item : item.text;
    const fast = fastParseDetailed(text);
    const m = await mismatch(text);
    if (m) bad++;
    const status = m ? `MISMATCH\n  hcl2json: ${m.hcl2json}\n  fast:     ${m.fast}` : "bail" in fast ? `BAIL (${fast.bail})` : "OK";
    console.log(`${JSON.stringify(text)}: ${status}`);
  }
  console.log(`${bad} mismatches of ${items.length}`);
  process.exitCode = bad > 0 ? 1 : 0;
}

async function main(): Promise<void> {
  const checkFile = arg("--check", "");
  if (checkFile) return check(checkFile);
  const runs = Number(arg("--runs", "2000"));
  const crlf = process.argv.includes("--crlf");
  const out = arg("--out", "");
  const found = new Map<string, { hcl2json: string | undefined; fast: string }>();
  let answered = 0;
  for (let k = 0; k < runs; k++) {
    const base = chance(0.8) ? body(0) : "a = " + expr(0, false) + "\n";
    let text = chance(0.5) ? base : mutate(base);
    if (crlf) {
      // CRLF line ends (all, or some), a byte order mark.
      const all = chance(0.5);
      text = text.replace(/\n/g, () => (all || chance(0.5) ? "\r\n" : "\n"));
      if (chance(0.15)) text = "\uFEFF" + text;
    }
    const m = await mismatch(text);
    if ("json" in fastParseDetailed(text)) answered++;
    if (m) {
      const small = await minimize(text);
      if (!found.has(small)) {
        const mm = (await mismatch(small))!;
        found.set(small, mm);
        console.log(`MISMATCH ${JSON.stringify(small)}\n  hcl2json: ${mm.hcl2json}\n  fast:     ${mm.fast}`);
      }
    }
  }
  console.log(`${runs} texts, fast path answered ${answered}, ${found.size} distinct minimized mismatches`);
  if (out) writeFileSync(out, JSON.stringify([...found].map(([text, m]) => ({ text, ...m })), null, 2) + "\n");
  process.exitCode = found.size > 0 ? 1 : 0;
}
void main();
