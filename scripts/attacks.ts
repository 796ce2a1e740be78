/**
 * `npx tsx scripts/attacks.ts [NAME-FILTER]` (after `npm run compile`): the hostile-input campaign of issue 8, re-run
 * against the built CLI. Each attack is written to a fresh temporary directory and scanned with
 * `node dist/cli/main.js scan …` (cwd = that directory, killed after 20 s); the table says, per attack, whether it
 * passed the acceptance bar:
 *
 * - exit code in the expected set (1 or 2, never 0; 2 where something is necessarily skipped),
 * - under 20 s wall time and 1 GB peak RSS (VmHWM of the process, polled),
 * - no secret in standard output, standard error or any report file (compared case-insensitively),
 * - no line that starts with `::` in the text report, and no injected workflow command in the `github` report,
 * - no raw ESC byte, no stack trace (`    at ` frames), no internal error, and no absolute path of the temp directory.
 *
 * Not a test: it takes a few minutes and needs the whole machine. It exits 1 when an attack fails. NAME-FILTER runs
 * only the attacks whose name contains it; MOAT_ATTACKS_KEEP=1 keeps their directories for a closer look.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "dist", "cli", "main.js");
const TIME_LIMIT_MS = 20_000;
const RSS_LIMIT_KB = 1024 * 1024;

interface Run {
  /** Arguments after `moat scan`. */
  args: string[];
  /** Strings that must never be printed (checked case-insensitively). */
  secrets?: string[];
  /** Run without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH (util-linux setpriv), so file permissions apply even as root. */
  dropCaps?: boolean;
}

interface Attack {
  name: string;
  /** Exit codes that pass, and why. */
  expect: number[];
  write: (dir: string) => Run;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

/** A security group open to the internet on SSH: every attack carries one, so a silent pass shows as exit 0. */
const PUBLIC_SG = `resource "aws_security_group" "open" {
  name = "open"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

/** Every report format at once, the text one on standard output, and the unknown list. */
const ALL_FORMATS = ["-f", "text", "-f", "json=r.json", "-f", "sarif=r.sarif", "-f", "junit=r.xml", "-f", "github=r.github", "-f", "markdown=r.md", "--unknown=warn"];

interface PlanResource {
  address: string;
  type: string;
  name: string;
  values: unknown;
  sensitive?: Record<string, unknown>;
  index?: number;
}

function planOf(resources: PlanResource[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const base = (r: PlanResource) => ({ address: r.address, mode: "managed", type: r.type, name: r.name, ...(r.index !== undefined ? { index: r.index } : {}), provider_name: "registry.terraform.io/hashicorp/aws" });
  return {
    format_version: "1.2",
    terraform_version: "1.9.0",
    planned_values: { root_module: { resources: resources.map((r) => ({ ...base(r), schema_version: 0, values: r.values, sensitive_values: r.sensitive ?? {} })) } },
    resource_changes: resources.map((r) => ({ ...base(r), change: { actions: ["create"], before: null, after: r.values, after_unknown: { id: true, arn: true }, before_sensitive: false, after_sensitive: r.sensitive ?? {} } })),
    ...extra,
  };
}

const sgValues = (cidr = "0.0.0.0/0", port = 22) => ({
  name: "open",
  ingress: [{ from_port: port, to_port: port, protocol: "tcp", cidr_blocks: [cidr], ipv6_cidr_blocks: [], description: "", prefix_list_ids: [], security_groups: [], self: false }],
});

function bigPlan(n: number): string {
  const resources = Array.from({ length: n }, (_, i) => ({ address: `aws_security_group.sg_${i}`, type: "aws_security_group", name: `sg_${i}`, values: sgValues() }));
  return JSON.stringify(planOf(resources), null, 2);
}

function deepJson(depth: number): string {
  return "[".repeat(depth) + "1" + "]".repeat(depth);
}

/** A public security group beside a symbolic link to somewhere outside the scanned directory. */
function linkAttack(name: string, expect: number[], target: string, link: string): Attack {
  return {
    name,
    expect,
    write: (dir) => {
      write(dir, { "main.tf": PUBLIC_SG });
      symlinkSync(target, join(dir, link));
      return { args: ["."] };
    },
  };
}

/** A module called `modules` times, holding a public security group with count = 10000 (and a config, if given). */
function moduleCountAttack(name: string, modules: number, expect: number[], config?: string): Attack {
  return {
    name,
    expect,
    write: (dir) => {
      write(dir, {
        "main.tf": `module "m" {\n  source = "./m"\n  count  = ${modules}\n}\n`,
        "m/main.tf": PUBLIC_SG.replace('name = "open"', 'count = 10000\n  name  = "open"'),
        ...(config !== undefined ? { "moat.config.yaml": config } : {}),
      });
      return { args: ["."] };
    },
  };
}

function bigPlanAttack(n: number): Attack {
  return {
    name: `plan with ${n.toLocaleString("en")} resources`,
    expect: [1],
    write: (dir) => {
      write(dir, { "plan.json": bigPlan(n) });
      return { args: ["plan.json"] };
    },
  };
}

const INJECT = "\n::error file=evil.tf,line=1::PWNED";
const ESC = "\u001b]0;pwned\u0007\u001b[2J\u001b[31m";

const ATTACKS: Attack[] = [
  {
    name: "catastrophic regex replace()",
    expect: [1],
    write: (dir) => {
      write(dir, {
        "main.tf": `locals {
  s = "${"a".repeat(40)}b"
  cidr = replace(local.s, "/^(a+)+$/", "x") == "x" ? "10.0.0.0/8" : "0.0.0.0/0"
}
${PUBLIC_SG.replace('["0.0.0.0/0"]', "[local.cidr]")}`,
      });
      return { args: ["."] };
    },
  },
  {
    name: "nested for over range(10000)",
    expect: [2],
    write: (dir) => {
      write(dir, {
        "main.tf": `locals {
  grid = [for i in range(10000) : [for j in range(10000) : i * j]]
}
resource "aws_security_group" "grid" {
  name        = "grid"
  description = "cells ${"${length(flatten(local.grid))}"}"
}
${PUBLIC_SG}`,
      });
      return { args: ["."] };
    },
  },
  moduleCountAttack("module count 10000 x resource count 10000", 10_000, [2]),
  // The default instance budget stops this at 50,000; a team may raise it, and then the text report must cope.
  moduleCountAttack("70,000 findings in one text report (module count 7 x count 10000, maxInstances raised)", 7, [1], "limits:\n  maxInstances: 100000\n"),
  {
    // Found by this campaign: hcl2json's heredoc handling is quadratic (20,000 lines: 4 s; 80,000 lines: minutes and GBs).
    name: "80,000-line heredoc (480 KB file)",
    expect: [1, 2],
    write: (dir) => {
      const lines = Array.from({ length: 80_000 }, () => "    a").join("\n");
      write(dir, { "main.tf": `locals {\n  doc = <<-EOT\n${lines}\n  EOT\n}\n${PUBLIC_SG}` });
      return { args: ["."] };
    },
  },
  {
    name: "self-calling module with count 2",
    expect: [2],
    write: (dir) => {
      write(dir, {
        "main.tf": `module "m" {\n  source = "./m"\n}\n`,
        "m/main.tf": `module "again" {\n  source = "./"\n  count  = 2\n}\n${PUBLIC_SG}`,
      });
      return { args: ["."] };
    },
  },
  linkAttack("directory symlink to / inside the repo", [1, 2], "/", "root"),
  linkAttack("x.tf -> /proc/self/pagemap", [2], "/proc/self/pagemap", "x.tf"),
  bigPlanAttack(5000),
  bigPlanAttack(10000),
  {
    name: "count = 20000, only instance 15000 open",
    expect: [1, 2],
    write: (dir) => {
      write(dir, {
        "main.tf": PUBLIC_SG.replace('name = "open"', "count = 20000\n  name  = \"open-${count.index}\"").replace('["0.0.0.0/0"]', '[count.index == 15000 ? "0.0.0.0/0" : "10.0.0.0/8"]'),
      });
      return { args: ["."] };
    },
  },
  {
    name: "26-deep local module chain",
    expect: [1, 2],
    write: (dir) => {
      const files: Record<string, string> = { "main.tf": `module "m0" {\n  source = "./m0"\n}\n` };
      for (let i = 0; i < 26; i++) files[`m${i}/main.tf`] = i < 25 ? `module "m${i + 1}" {\n  source = "../m${i + 1}"\n}\n` : PUBLIC_SG;
      write(dir, files);
      return { args: ["."] };
    },
  },
  {
    name: "mutually calling modules",
    expect: [1, 2],
    write: (dir) => {
      write(dir, {
        "a/main.tf": `module "b" {\n  source = "../b"\n}\n${PUBLIC_SG}`,
        "b/main.tf": `module "a" {\n  source = "../a"\n}\n${PUBLIC_SG.replace('"open"', '"open_b"')}`,
      });
      return { args: ["."] };
    },
  },
  {
    name: "unreadable module directory",
    expect: [2],
    write: (dir) => {
      write(dir, { "main.tf": `module "locked" {\n  source = "./locked"\n}\n${PUBLIC_SG}`, "locked/main.tf": PUBLIC_SG.replace('"open"', '"locked"') });
      chmodSync(join(dir, "locked"), 0o000);
      return { args: ["."], dropCaps: true };
    },
  },
  {
    name: "plan entries without address/type, change/after of the wrong type",
    expect: [2],
    write: (dir) => {
      const plan = planOf([{ address: "aws_security_group.ok", type: "aws_security_group", name: "ok", values: sgValues() }]);
      const changes = plan.resource_changes as Record<string, unknown>[];
      const after = sgValues();
      changes.push(
        { mode: "managed", type: "aws_security_group", name: "no_address", change: { actions: ["create"], after } },
        { address: "aws_security_group.no_type", mode: "managed", name: "no_type", change: { actions: ["create"], after } },
        { address: "aws_security_group.bad_change", mode: "managed", type: "aws_security_group", name: "bad_change", change: "create" },
        { address: "aws_security_group.bad_after", mode: "managed", type: "aws_security_group", name: "bad_after", change: { actions: ["create"], after: [after] } },
      );
      write(dir, { "plan.json": JSON.stringify(plan, null, 2) });
      return { args: ["plan.json"] };
    },
  },
  {
    name: "sensitive values in replication_group_id/protocol/cidr_blocks/parameter (6 formats, --unknown=warn)",
    expect: [1],
    write: (dir) => {
      const secrets = ["rg-hunter2-7f3a", "PROTO_HUNTER2", "7.7.7.7/0", "not-a-cidr-hunter2", "hunter2-param-9c1", "rg-hunter2-out"];
      const variable = (name: string, value: string) => `variable "${name}" {\n  sensitive = true\n  default   = "${value}"\n}\n`;
      write(dir, {
        "main.tf": `${variable("rg", secrets[0])}${variable("proto", secrets[1])}${variable("cidr", secrets[2])}${variable("bad_cidr", secrets[3])}${variable("param", secrets[4])}
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = var.rg
  description                = "cache"
  transit_encryption_enabled = false
}

module "creds" {
  source = "./creds"
}

resource "aws_elasticache_replication_group" "from_module" {
  replication_group_id       = module.creds.group_id
  description                = "cache"
  transit_encryption_enabled = false
}

resource "aws_security_group" "proto" {
  name = "proto"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = var.proto
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group_rule" "cidr" {
  type              = "ingress"
  security_group_id = aws_security_group.proto.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.cidr]
}

resource "aws_security_group_rule" "bad_cidr" {
  type              = "ingress"
  security_group_id = aws_security_group.proto.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.bad_cidr]
}

resource "aws_redshift_parameter_group" "wh" {
  name   = "warehouse"
  family = "redshift-2.0"
  parameter {
    name  = "require_ssl"
    value = var.param
  }
}

resource "aws_redshift_cluster" "wh" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  master_username              = "admin_user"
  manage_master_password       = true
  cluster_parameter_group_name = aws_redshift_parameter_group.wh.name
}
`,
        "creds/main.tf": `output "group_id" {\n  sensitive = true\n  value     = "${secrets[5]}"\n}\n`,
      });
      return { args: [".", ...ALL_FORMATS], secrets };
    },
  },
  {
    name: "plan: sensitive value lowercased by a message",
    expect: [1],
    write: (dir) => {
      const secret = "HUNTER2-Proto";
      const values = { type: "ingress", from_port: 22, to_port: 22, protocol: secret, cidr_blocks: ["0.0.0.0/0"], security_group_id: "sg-1" };
      const plan = planOf([
        { address: "aws_security_group.open", type: "aws_security_group", name: "open", values: sgValues() },
        { address: "aws_security_group_rule.secret", type: "aws_security_group_rule", name: "secret", values, sensitive: { protocol: true } },
        { address: "aws_elb.classic", type: "aws_elb", name: "classic", values: { name: "c", listener: [{ instance_port: 80, instance_protocol: "http", lb_port: 80, lb_protocol: "HTTP-Hunter2" }] }, sensitive: { listener: [{ lb_protocol: true }] } },
      ]);
      write(dir, { "plan.json": JSON.stringify(plan, null, 2) });
      return { args: ["plan.json", ...ALL_FORMATS], secrets: [secret, "HTTP-Hunter2"] };
    },
  },
  {
    name: "malformed plan with a password near the error",
    expect: [2],
    write: (dir) => {
      const secret = "Pa55w0rd-hunter2-q9";
      write(dir, { "plan.json": `{"format_version":"1.2","variables":{"db_password":{"value":"${secret}"}}, "planned_values": {"root_module": {,,}}` });
      return { args: ["plan.json", ...ALL_FORMATS], secrets: [secret] };
    },
  },
  {
    name: "workflow command (newline + ::error) in a value",
    expect: [1],
    write: (dir) => {
      write(dir, {
        "main.tf": `resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = ${JSON.stringify(`rg${INJECT}`)}
  description                = "cache"
  transit_encryption_enabled = false
}
`,
      });
      return { args: [".", ...ALL_FORMATS] };
    },
  },
  {
    name: "workflow command (newline + ::error) in a file name",
    expect: [1],
    write: (dir) => {
      write(dir, { [`a${INJECT}.tf`]: PUBLIC_SG });
      return { args: [".", ...ALL_FORMATS] };
    },
  },
  {
    name: "ESC sequences in a value and a file name",
    expect: [1],
    write: (dir) => {
      write(dir, {
        "main.tf": `resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "rg\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[31m"
  description                = "cache"
  transit_encryption_enabled = false
}
`,
        [`e${ESC}.tf`]: PUBLIC_SG,
      });
      return { args: [".", ...ALL_FORMATS] };
    },
  },
  {
    name: "2,000-term 0 + 0 + ... + 22",
    expect: [1, 2],
    write: (dir) => {
      write(dir, { "main.tf": PUBLIC_SG.replace("from_port   = 22", `from_port   = ${"0 + ".repeat(2000)}22`) });
      return { args: ["."] };
    },
  },
  {
    name: "1,000 chained locals",
    expect: [1, 2],
    write: (dir) => {
      const locals = Array.from({ length: 1000 }, (_, i) => (i === 0 ? "  l0 = 22" : `  l${i} = local.l${i - 1}`)).join("\n");
      write(dir, { "main.tf": `locals {\n${locals}\n}\n${PUBLIC_SG.replace("from_port   = 22", "from_port   = local.l999")}` });
      return { args: ["."] };
    },
  },
  {
    name: "20k-deep object in a plan",
    expect: [1, 2],
    write: (dir) => {
      const text = JSON.stringify(planOf([{ address: "aws_security_group.open", type: "aws_security_group", name: "open", values: { ...sgValues(), tags: "__DEEP__" } }]));
      write(dir, { "plan.json": text.replace('"__DEEP__"', '{"a":'.repeat(20000) + "1" + "}".repeat(20000)) });
      return { args: ["plan.json"] };
    },
  },
  {
    name: "deep jsondecode",
    expect: [1, 2],
    write: (dir) => {
      write(dir, { "main.tf": `locals {\n  deep = jsondecode("${deepJson(20000)}")\n}\n${PUBLIC_SG.replace('name = "open"', 'name = "open"\n  description = jsonencode(local.deep)')}` });
      return { args: ["."] };
    },
  },
  {
    name: "moat scan p.json p.json",
    expect: [1, 2],
    write: (dir) => {
      write(dir, { "p.json": bigPlan(1) });
      return { args: ["p.json", "p.json"] };
    },
  },
  {
    name: "YAML alias bomb in moat.config.yaml",
    expect: [2],
    write: (dir) => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      const names = "abcdefghi";
      for (let i = 1; i < names.length; i++) levels.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(",")}]`);
      write(dir, { "moat.config.yaml": `${levels.join("\n")}\npolicy:\n  all: mandatory\n`, "main.tf": PUBLIC_SG });
      return { args: ["."] };
    },
  },
  {
    name: "repo config all: disabled under --config central --no-repo-config",
    expect: [1],
    write: (dir) => {
      write(dir, { "central.yaml": "policy:\n  all: mandatory\n", "repo/moat.config.yaml": "policy:\n  all: disabled\n", "repo/main.tf": PUBLIC_SG });
      return { args: ["repo", "--config", "central.yaml", "--no-repo-config"] };
    },
  },
];

interface Outcome {
  code: number | null;
  ms: number;
  rssKb: number;
  stdout: string;
  stderr: string;
  killed: boolean;
}

function peakRssKb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function runCli(dir: string, run: Run): Promise<Outcome> {
  const node = [process.execPath, CLI, "scan", ...run.args];
  // As root, permissions are enforced only once the bypass capabilities are gone; as another user they already apply.
  const command = run.dropCaps && process.getuid?.() === 0 ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "--", ...node] : node;
  return new Promise((resolvePromise) => {
    const started = Date.now();
    // setpriv execs node, so the pid is node's either way.
    const child = spawn(command[0], command.slice(1), { cwd: dir, env: { PATH: process.env.PATH, HOME: dir }, detached: true });
    let stdout = "";
    let stderr = "";
    let rssKb = 0;
    let killed = false;
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    const poll = setInterval(() => {
      const kb = child.pid !== undefined ? peakRssKb(child.pid) : undefined;
      if (kb !== undefined) rssKb = Math.max(rssKb, kb);
    }, 50);
    const kill = setTimeout(() => {
      killed = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, TIME_LIMIT_MS);
    child.on("close", (code) => {
      clearInterval(poll);
      clearTimeout(kill);
      resolvePromise({ code, ms: Date.now() - started, rssKb, stdout, stderr, killed });
    });
  });
}

function reportFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) if (/^r\.(json|sarif|xml|github|md)$/.test(name)) out[name] = readFileSync(join(dir, name), "utf8");
  return out;
}

function problems(attack: Attack, run: Run, o: Outcome, dir: string): string[] {
  const out: string[] = [];
  if (o.killed) out.push(`killed after ${TIME_LIMIT_MS / 1000} s`);
  else if (!attack.expect.includes(o.code ?? -1)) out.push(`exit ${o.code}, expected ${attack.expect.join(" or ")}`);
  if (o.rssKb > RSS_LIMIT_KB) out.push(`peak RSS ${Math.round(o.rssKb / 1024)} MB`);
  const files = reportFiles(dir);
  const printed: Record<string, string> = { stdout: o.stdout, stderr: o.stderr, ...files };
  for (const [where, text] of Object.entries(printed)) {
    const lower = text.toLowerCase();
    for (const s of run.secrets ?? []) if (lower.includes(s.toLowerCase())) out.push(`secret "${s}" in ${where}`);
    if (text.includes("\u001b")) out.push(`raw ESC in ${where}`);
    if (/^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m.test(text)) out.push(`stack trace in ${where}`);
    if (/internal error/i.test(text)) out.push(`internal error in ${where}`);
    // SARIF's originalUriBaseIds names the scan root as an absolute file:// URI by design (SRCROOT); nothing else may.
    const sarifRoot = where === "r.sarif" ? new RegExp(`"uri": "file://${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/"`, "g") : undefined;
    if ((sarifRoot ? text.replace(sarifRoot, "") : text).includes(dir)) out.push(`absolute temp path in ${where}`);
    if (/^::error file=evil\.tf/m.test(text)) out.push(`injected workflow command in ${where}`);
  }
  if (/^::/m.test(o.stdout)) out.push("a line of the text report starts with ::");
  if (/unknown option/i.test(o.stderr)) out.push("unknown option");
  return [...new Set(out)];
}

async function main(): Promise<number> {
  if (!existsSync(CLI)) {
    process.stderr.write("scripts/attacks.ts: dist/cli/main.js is missing; run `npm run compile` first\n");
    return 2;
  }
  const filter = process.argv[2]?.toLowerCase();
  const rows: string[][] = [];
  let failed = 0;
  for (const attack of ATTACKS.filter((a) => !filter || a.name.toLowerCase().includes(filter))) {
    const dir = mkdtempSync(join(tmpdir(), "moat-attack-"));
    try {
      const run = attack.write(dir);
      const o = await runCli(dir, run);
      const bad = problems(attack, run, o, dir);
      if (bad.length > 0) failed++;
      rows.push([bad.length === 0 ? "PASS" : "FAIL", attack.name, String(o.killed ? "killed" : o.code), `${(o.ms / 1000).toFixed(1)} s`, `${Math.round(o.rssKb / 1024)} MB`, bad.join("; ")]);
      process.stderr.write(`${rows[rows.length - 1][0]} ${attack.name}\n`);
    } finally {
      chmodRecursive(dir);
      if (process.env.MOAT_ATTACKS_KEEP) process.stderr.write(`  kept ${dir}\n`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
  const header = ["result", "attack", "exit", "wall", "peak RSS", "reason"];
  const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
  process.stdout.write(`${table}\n\n${rows.length - failed} of ${rows.length} attacks pass\n`);
  return failed > 0 ? 1 : 0;
}

/** Makes the attack directory removable again (the unreadable-module attack locks a directory). */
function chmodRecursive(dir: string): void {
  for (const name of ["locked"]) {
    const p = join(dir, name);
    if (existsSync(p)) chmodSync(p, 0o755);
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`scripts/attacks.ts: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
