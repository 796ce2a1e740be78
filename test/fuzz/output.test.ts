/**
 * Hostile text from the scanned repository — in a value, a for_each key (so in the address) and a file name — cannot
 * change the shape of any report: `moat scan` with the real rules prints no raw control character or ESC, no line
 * of the text report starts with `::`, the `github` report carries exactly the workflow commands it carries for a
 * harmless value, JSON and SARIF parse, and JUnit is well-formed XML. `MOAT_FUZZ_RUNS` sets the number of runs.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rules } from "../../rules";
import { parseXml } from "../cli/parse-xml";
import { moat } from "../cli/run-moat";
import { fuzzRuns } from "./hcl-gen";

const RUNS = fuzzRuns(10);
const FORMATS = ["text", "json", "sarif", "junit", "github", "markdown"] as const;

/** Pieces an attacker would use: line breaks of every kind, ESC/OSC sequences, workflow commands, markup. */
const PIECES = ["\n", "\r", "\r\n", "\u001b[31m", "\u001b]0;title\u0007", "\u0007", "\u0000", "\u0085", "\u2028", "\u2029", "\t", "\u007f", "\u009b",
  "::error file=evil.tf,line=1::INJ", "::add-mask::x", "::stop-commands::tok", "%0A", "%25", ",", ":", "<", ">", "&", "]]>", "<![CDATA[", "`", "|", "*", "_", "#", "[x](y)", "'", "\\"];

const hostileArb = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) => `x${parts.join("")}`);

/** A Terraform string literal holding exactly `s` (escapes HCL understands; templates neutralised). */
function hclString(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `"${out.replace(/\$\{/g, "$${").replace(/%\{/g, "%%{")}"`;
}

/** A name a file can have: no slash and no NUL, at most 200 bytes. */
function fileNameOf(s: string): string {
  let name = s.replace(/[/\u0000]/g, "_");
  while (Buffer.byteLength(name) > 200) name = name.slice(0, -1);
  return `${name}.tf`;
}

function configuration(value: string): Record<string, string> {
  return {
    "main.tf": `resource "aws_elasticache_replication_group" "cache" {
  for_each                   = toset([${hclString(value)}])
  replication_group_id       = each.key
  description                = "cache"
  transit_encryption_enabled = false
}
`,
    [fileNameOf(value)]: `resource "aws_security_group" "open" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
  };
}

async function reports(files: Record<string, string>): Promise<Record<(typeof FORMATS)[number], string>> {
  const dir = mkdtempSync(join(tmpdir(), "moat-fuzz-out-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const out = {} as Record<(typeof FORMATS)[number], string>;
    for (const format of FORMATS) {
      const r = await moat(["scan", ".", "-f", format, "--unknown", "warn"], { cwd: dir, rules });
      expect({ format, code: r.code }).toEqual({ format, code: 1 });
      out[format] = r.stdout + r.stderr;
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const commands = (github: string) => github.split("\n").filter((l) => l.startsWith("::")).length;

test("hostile values, keys and file names cannot reshape any report", async () => {
  const harmless = await reports(configuration("harmless"));
  await fc.assert(
    fc.asyncProperty(hostileArb, async (value) => {
      const got = await reports(configuration(value));
      for (const format of FORMATS) expect({ format, raw: RAW_CONTROL.exec(got[format])?.[0] }).toEqual({ format, raw: undefined });
      expect(got.text.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
      expect(commands(got.github)).toBe(commands(harmless.github));
      expect(got.github).not.toMatch(/^::(error file=evil|add-mask|stop-commands)/m);
      expect((): unknown => JSON.parse(got.json)).not.toThrow();
      expect((): unknown => JSON.parse(got.sarif)).not.toThrow();
      expect(() => parseXml(got.junit)).not.toThrow();
    }),
    { numRuns: RUNS },
  );
});
