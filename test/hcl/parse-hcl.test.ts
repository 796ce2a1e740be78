import { spawn } from "child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import {
  ParserPool,
  parseHclFiles,
  parseHclText,
  pendingParses,
  shutdownParsers,
  type ParseFailure,
  type ParseResult,
} from "../../hcl-rules/parse-hcl";

const PARSE_HCL_SOURCE = resolve(__dirname, "../../hcl-rules/parse-hcl.ts");

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "moat-parse-hcl-"));
  chmodSync(dir, 0o755); // the unreadable-file check runs as another user when the tests run as root
});

afterAll(async () => {
  await shutdownParsers();
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function failure(result: ParseResult): ParseFailure {
  if (result.ok) throw new Error(`expected ${result.file} to fail, but it parsed`);
  return result;
}

function expectOneLine(message: string): void {
  expect(message).not.toMatch(/[\r\n]/);
  expect(message.length).toBeLessThanOrEqual(300);
}

const LISTENER = `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.main.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
`;

/** Realistic Terraform with the constructs a nesting scan can trip over: heredocs, templates, comments, for/dynamic. */
const TRICKY = `# a comment with brackets {{{{ [[[[ ((((
/* a block comment
   with more {{{{ and a "quote */
locals {
  names   = [for s in var.subnets : "\${s.name}-{x}" if s.public]
  ports   = { for p in var.ports : p.name => p.port... }
  message = "literal $\${not.interpolated} and %%{ not a directive } and \\" quote {"
  desc    = var.enabled ? (var.public ? "public" : "private") : "off"
  neg     = -var.offset
  script  = <<-EOT
    #!/bin/bash
    echo "{ [ ( unbalanced in a heredoc"
    %{ for p in local.ports ~}
    open \${p} "}"
    %{ endfor ~}
  EOT
}

resource "aws_security_group" "web" {
  name = "web-\${var.env}"
  dynamic "ingress" {
    for_each = toset([80, 443])
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"] // open to the world {
    }
  }
  tags = merge(var.tags, { Name = "web" })
}
`;

function bigTerraform(targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const part = LISTENER.replace('"http"', `"http_${i}"`);
    parts.push(part);
    size += part.length;
  }
  return parts.join("\n");
}

describe("reading files", () => {
  test("an empty file parses to {}", async () => {
    const [result] = await parseHclFiles([write("empty.tf", "")]);
    expect(result).toEqual({ ok: true, file: join(dir, "empty.tf"), text: "", json: {}, bytes: 0 });
  });

  test("a UTF-8 BOM is accepted and stripped from the text", async () => {
    const [result] = await parseHclFiles([write("bom.tf", Buffer.from("\ufeffport = 443\n", "utf8"))]);
    expect(result).toMatchObject({ ok: true, text: "port = 443\n", json: { port: 443 } });
  });

  test("a binary file with NUL bytes fails as binary", async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256; // deterministic junk, includes zeros
    const f = failure((await parseHclFiles([write("image.tf", bytes)]))[0]);
    expect(f.message).toMatch(/looks like a binary file/);
    expectOneLine(f.message);
  });

  test("a tfvars file encrypted with git-crypt says so and what to do", async () => {
    const bytes = Buffer.concat([Buffer.from("\0GITCRYPT\0", "latin1"), Buffer.from([0x8c, 0x00, 0x11, 0xfe, 0x42, 0x00])]);
    const f = failure((await parseHclFiles([write("terraform.tfvars", bytes)]))[0]);
    expect(f.message).toMatch(/encrypted with git-crypt.*git-crypt unlock.*--var-file/);
    expectOneLine(f.message);
  });

  test("invalid UTF-8 fails with the byte offset and its line", async () => {
    const content = Buffer.concat([Buffer.from('name = "ok"\ndesc = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
    const f = failure((await parseHclFiles([write("latin1.tf", content)]))[0]);
    expect(f.message).toMatch(/not valid UTF-8 at byte 23; Terraform requires UTF-8/);
    expect(f.line).toBe(2);
  });

  test("a file over the size cap fails with the limit and the flag, and a huge file is never read", async () => {
    const small = failure((await parseHclFiles([write("big.tf", "a = 1\n".repeat(50))], { maxFileBytes: 100 }))[0]);
    expect(small.message).toMatch(/is 300 bytes, over the 100 bytes limit/);
    expect(small.message).toMatch(/--max-file-size/);

    // 8 GiB (sparse): reading it would fail or exhaust memory, so this passes only if the size is checked first.
    const huge = write("huge.tf", "");
    truncateSync(huge, 8 * 1024 ** 3);
    const f = failure((await parseHclFiles([huge]))[0]);
    expect(f.message).toMatch(/is 8192 MiB, over the 5 MiB limit/);
  });

  test("the size cap counts the bytes read, not the size the system reports: a link to /proc/self/pagemap", async () => {
    // procfs reports size 0 for pagemap, which reads gigabytes: a cap on stat's size alone let it through.
    symlinkSync("/proc/self/pagemap", join(dir, "pagemap.tf"));
    const [f] = await parseHclFiles([join(dir, "pagemap.tf")], { maxFileBytes: 4096 });
    expect(failure(f).message).toMatch(/^is bigger than the 4 KiB limit for one file; raise the limit with --max-file-size/);

    // A file exactly at the cap is read whole; one byte more is over it.
    const text = Array.from({ length: 10 }, (_, i) => `a${i} = 10\n`).join("");
    const [atCap, overCap] = await parseHclFiles([write("at-cap.tf", text), write("over-cap.tf", `${text} `)], { maxFileBytes: 80 });
    expect(atCap).toMatchObject({ ok: true, bytes: 80, json: { a9: 10 } });
    expect(failure(overCap).message).toMatch(/is 81 bytes, over the 80 bytes limit/);
  });

  test("a missing file, a directory and a symlink loop fail with the reason and what to do", async () => {
    mkdirSync(join(dir, "modules.tf"));
    symlinkSync(join(dir, "loop-b.tf"), join(dir, "loop-a.tf"));
    symlinkSync(join(dir, "loop-a.tf"), join(dir, "loop-b.tf"));
    const [missing, directory, loop] = await parseHclFiles([
      join(dir, "missing.tf"),
      join(dir, "modules.tf"),
      join(dir, "loop-a.tf"),
    ]);
    expect(failure(missing).message).toMatch(/no such file.*check the path/);
    expect(failure(directory).message).toMatch(/is a directory, not a file/);
    expect(failure(loop).message).toMatch(/symlink loop\); fix or remove the symlink/);
  });

  test("an unreadable file fails with permission denied", async () => {
    const path = write("secret.tf", "a = 1\n");
    chmodSync(path, 0o000);
    let result: ParseResult;
    if (process.getuid?.() !== 0) {
      [result] = await parseHclFiles([path]);
    } else {
      // root reads any file: parse it, through the real module under tsx, in a root process without the capabilities
      // that bypass file permissions (as in a container that drops them).
      result = await parseWithoutDacOverride(path);
    }
    expect(failure(result).message).toMatch(/permission denied; give the user running moat read access/);
  });
});

/**
 * Runs parseHclFiles([path]) in a child node process that has lost CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (util-linux
 * `setpriv`), so file permissions apply to it even as root; the checkout stays readable, wherever it is.
 */
async function parseWithoutDacOverride(path: string): Promise<ParseResult> {
  const script =
    "require(process.argv[1]).parseHclFiles([process.argv[2]])" +
    ".then((r) => process.stdout.write(JSON.stringify(r[0])))";
  const dropCapabilities = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "--"];
  const child = await runTsChild(script, [PARSE_HCL_SOURCE, path], dropCapabilities);
  if (child.code !== 0 || child.stdout === "") throw new Error(`child failed (${child.code}): ${child.stderr}`);
  return JSON.parse(child.stdout) as ParseResult;
}

interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `script` with `args` in a child node process that loads TypeScript through tsx, behind `prefix` if given. */
function runTsChild(script: string, args: string[], prefix: string[] = []): Promise<ChildOutcome> {
  const [command, ...rest] = [...prefix, process.execPath, "--require", require.resolve("tsx/cjs"), "-e", script, ...args];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, rest, { env: { ...process.env, HOME: dir }, cwd: dir });
    // Only a safety net for a child that would never end; no test depends on how long a child takes.
    const safety = setTimeout(() => child.kill("SIGKILL"), 120_000);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => {
      clearTimeout(safety);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(safety);
      resolvePromise({ code, signal, stdout, stderr });
    });
  });
}

describe("parser errors", () => {
  test("an unclosed brace gives the first diagnostic with its position, without the wrapper", async () => {
    const f = failure(await parseHclText("main.tf", 'resource "aws_lb" "x" {\n  name = "a"\n'));
    expect(f).toMatchObject({ file: "main.tf", line: 1, column: 23 });
    expect(f.message).toMatch(/^Unclosed configuration block; There is no closing brace/);
    expect(f.message).not.toMatch(/parse config|main\.tf/);
  });

  test("a bad token gives its line and column, and says when more errors follow", async () => {
    const f = failure(await parseHclText("vars.tf", "port = 443\nname = $\n"));
    expect(f).toMatchObject({ line: 2, column: 8 });
    expect(f.message).toMatch(/^Invalid character; .* \(and more errors\)$/);
  });

  test("a file name with regex characters and spaces still yields the position", async () => {
    const f = failure(await parseHclText("my (old) [copy]+.tf", "a = {\n"));
    expect(f).toMatchObject({ line: 2, column: 1 });
    expect(f.message).toMatch(/^Missing expression/);
  });

  test("a diagnostic never quotes the file: a secret in a name, a template keyword or an escape stays out", async () => {
    // HCL quotes source text in some diagnostics; a password holding `%{` would be quoted as a "template keyword".
    const cases: Array<[string, RegExp]> = [
      ['password = "p@ss%{hunter2-secret}"\n', /^Invalid template control keyword; "…" is not a valid template control keyword\.$/],
      ["hunter2secret = 1\nhunter2secret = 2\n", /^Attribute redefined; The argument "…" was already set at line 1, column 1\. /],
      ['a = "\\q hunter2-secret"\n', /^Invalid escape sequence; The symbol "…" is not a valid escape sequence selector\.$/],
      ["a = hunter2.7.9\n", /^Invalid legacy index syntax; .* like \[0\]\[1\]\.$/],
      ['a = "%{ if hunter2secret }"\n', /^Unexpected end of template; The if directive at line 1, column 6 is missing/],
      ["a = 'hunter2-secret'\n", /^Invalid character; Single quotes are not valid\. Use double quotes \("\) to enclose strings\./],
      ['a = { x = 1 } "hunter2-secret"\n', /^Missing newline after argument; /],
    ];
    const paths = cases.map(([text], i) => write(`secret-${i}.tf`, text));
    for (const workers of [0, 1]) {
      const results = await parseHclFiles(paths, { workers });
      results.forEach((result, i) => {
        const f = failure(result);
        expect(f.message).toMatch(cases[i][1]);
        expect(f.message).not.toMatch(/hunter2|secret-\d|moat-parse-hcl-/);
        expect(f.line).toBeGreaterThan(0);
      });
    }
  });

  test("megabytes of diagnostics become one capped line", async () => {
    const f = failure(await parseHclText("junk.tf", "a = $\n".repeat(8_000)));
    expectOneLine(f.message);
    expect(f).toMatchObject({ line: 1, column: 5 });
  });
});

describe("nesting pre-check", () => {
  test("2,000-deep brackets fail before the parser, at the line where the limit was crossed", async () => {
    const list = failure(await parseHclText("list.tf", "x = 1\na = " + "[".repeat(2000) + "]".repeat(2000) + "\n"));
    expect(list.line).toBe(2);
    expect(list.message).toMatch(/more than 256 levels deep/);

    const blocks = failure(await parseHclText("blocks.tf", "b {\n".repeat(2000) + "}\n".repeat(2000)));
    expect(blocks.line).toBe(257);
  });

  test("chained conditionals, unary runs and nested template directives count as nesting", async () => {
    const cond = failure(await parseHclText("c.tf", "a = " + "x ? 1 : ".repeat(300) + "2\n"));
    expect(cond.message).toMatch(/more than 256 levels deep/);
    const unary = failure(await parseHclText("u.tf", "a = " + "!".repeat(300) + "x\n"));
    expect(unary.message).toMatch(/more than 256 levels deep/);
    const directives = failure(await parseHclText("d.tf", 'a = "' + "%{if x}".repeat(300) + "%{endif}".repeat(300) + '"\n'));
    expect(directives.message).toMatch(/more than 256 levels deep/);
  });

  test("brackets in comments, strings and heredocs do not count; many flat conditionals do not add up", async () => {
    const noise = "{[(".repeat(300);
    const text =
      `# ${noise}\n/* ${noise} */\nnote = "${noise}"\n` +
      `doc = <<EOT\n${noise}\nEOT\n` +
      TRICKY +
      `many = [\n${"  var.a ? 1 : 2,\n".repeat(400)}]\n` +
      `deep = ${"[".repeat(200)}${"]".repeat(200)}\n`;
    const result = await parseHclText("noise.tf", text);
    expect(result).toMatchObject({ ok: true });
  });

  test("heredocs and template escapes are read as HCL reads them: a Unicode marker, `$$${` after a `$`", async () => {
    // hcl2json parses both; a guard that took the heredoc body or the escape for code would count depth that is not there.
    const noise = "{[(".repeat(300);
    expect(await parseHclText("u.tf", `doc = <<ÉTIQUETTE\n${noise}\nÉTIQUETTE\n`)).toMatchObject({ ok: true });
    expect(await parseHclText("e.tf", 'a = "$$${"\nb = [[[1]]]\n', { maxNesting: 3 })).toMatchObject({ ok: true });
  });

  test("maxNesting is an option", async () => {
    const result = await parseHclText("a.tf", "a = [[[1]]]\n", { maxNesting: 2 });
    expect(failure(result).message).toMatch(/more than 2 levels deep/);
  });
});

describe("batches and workers", () => {
  test("good files still parse, in order, among bad ones; progress counts every file", async () => {
    const paths = [
      write("b1.tf", LISTENER),
      write("b2.tf", "a = {\n"),
      join(dir, "b3-missing.tf"),
      write("b4.tf", TRICKY),
      write("b5.tf", Buffer.from([0x61, 0x00, 0x62])),
      write("b6.tf", 'variable "port" {\n  default = 443\n}\n'),
    ];
    for (const [workers, fastPath] of [[0, false], [2, false], [0, true], [2, true]] as const) {
      const progress: Array<[number, number]> = [];
      const results = await parseHclFiles(paths, { workers, fastPath, onProgress: (done, total) => progress.push([done, total]) });
      expect(results.map((r) => [r.file, r.ok])).toEqual([
        [paths[0], true],
        [paths[1], false],
        [paths[2], false],
        [paths[3], true],
        [paths[4], false],
        [paths[5], true],
      ]);
      expect(results[5]).toMatchObject({ json: { variable: { port: [{ default: 443 }] } } });
      expect(progress).toHaveLength(paths.length);
      expect(progress[progress.length - 1]).toEqual([paths.length, paths.length]);
    }
    expect(pendingParses()).toBe(0);
  });

  test("worker threads produce the same results as the in-process parser, and the fast path the same as both", async () => {
    const paths = [
      write("p1.tf", LISTENER),
      write("p2.tf", TRICKY),
      write("p3.tf", bigTerraform(200_000)),
      write("p4.tf", "a = [1,\n"),
      write("p5.tf", ""),
    ];
    const inProcess = await parseHclFiles(paths, { workers: 0, fastPath: false });
    const inWorkers = await parseHclFiles(paths, { workers: 2, fastPath: false });
    expect(inWorkers).toEqual(inProcess);
    expect(await parseHclFiles(paths)).toEqual(inProcess);
    const big = inProcess[2];
    if (!big.ok) throw new Error(`p3.tf failed: ${big.message}`);
    const listeners = (big.json.resource as { aws_lb_listener: Record<string, unknown> }).aws_lb_listener;
    expect(Object.keys(listeners).length).toBeGreaterThan(100);
  });

  test("pendingParses counts files until they settle", async () => {
    const running = parseHclFiles([write("q1.tf", LISTENER), write("q2.tf", LISTENER)], { workers: 1, fastPath: false });
    expect(pendingParses()).toBe(2);
    await running;
    expect(pendingParses()).toBe(0);
  });

  test("a file that outlasts its budget fails with a timeout and the pool recovers", async () => {
    const slow = write("slow.tf", bigTerraform(1_500_000));
    const [timedOut] = await parseHclFiles([slow], { workers: 1, timeoutMs: 20, fastPath: false });
    expect(failure(timedOut).message).toMatch(/^the HCL parser timed out after 20 ms on this file/);
    const [after] = await parseHclFiles([write("after-timeout.tf", LISTENER)], { workers: 1 });
    expect(after).toMatchObject({ ok: true });
    expect(pendingParses()).toBe(0);
  });

  test("a file that crashes the parser in a worker fails and the files after it still parse", async () => {
    // maxNesting is lifted so the file reaches the parser, whose stack overflows at this depth.
    const paths = [
      write("c1.tf", LISTENER),
      write("c2.tf", "a = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n"),
      write("c3.tf", TRICKY),
      write("c4.tf", "a = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "\n"),
      write("c5.tf", LISTENER),
    ];
    const results = await parseHclFiles(paths, { workers: 1, maxNesting: 1e9, fastPath: false });
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false, true]);
    expect(failure(results[1]).message).toMatch(/^the HCL parser crashed on this file \(Maximum call stack size exceeded\)/);
    expect(pendingParses()).toBe(0);
  });
});

describe("the in-process parser", () => {
  // A fresh copy of the module: a crash retires its in-process parser for good, which must not leak into other tests.
  let fresh: typeof import("../../hcl-rules/parse-hcl");
  beforeAll(() => {
    jest.isolateModules(() => {
      fresh = require("../../hcl-rules/parse-hcl") as typeof import("../../hcl-rules/parse-hcl");
    });
  });
  afterAll(async () => {
    await fresh.shutdownParsers();
  });

  test("a pathological file resolves to a failure instead of leaving a parse pending, and later files still parse", async () => {
    const paths = [
      write("i1.tf", LISTENER),
      write("i2.tf", "b {\n".repeat(20_000) + "}\n".repeat(20_000)),
      write("i3.tf", TRICKY),
    ];
    const results = await fresh.parseHclFiles(paths, { workers: 0, maxNesting: 1e9, fastPath: false });
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(failure(results[1]).message).toMatch(/^the HCL parser crashed on this file/);
    expect(fresh.pendingParses()).toBe(0);
  });
});

describe("the Go runtime in this thread", () => {
  test("never keeps the process alive: its wake-up timers are unref'd, so nothing is left holding the process", async () => {
    // After a garbage collection, Go's scheduler asks wasm_exec.js for a wake-up (a setTimeout of a second or more),
    // which kept `moat scan` alive after its report. The child gets hold of hcl2json's Go instance (by subclassing
    // the Go class before hcl2json creates it), parses until a wake-up is pending, stops the parsers, and reports.
    const script = `
const path = require("path");
const [parserModule, hcl2jsonMain, file] = process.argv.slice(1);
const text = require("fs").readFileSync(file, "utf8");
require(path.join(path.dirname(hcl2jsonMain), "..", "wasm", "bridge_wasm_exec.js"));
let go;
const Go = globalThis.Go;
globalThis.Go = class extends Go { constructor() { super(); go = this; } };
const parser = require(parserModule);
(async () => {
  let parses = 0;
  while (parses < 100 && (go === undefined || go._scheduledTimeouts.size === 0)) {
    await parser.parseHclText("big.tf", text, { workers: 0, fastPath: false });
    parses++;
  }
  const pendingWakeUps = go._scheduledTimeouts.size;
  const holding = [...go._scheduledTimeouts.values()].filter((timer) => timer.hasRef()).length;
  await parser.shutdownParsers();
  const active = process.getActiveResourcesInfo();
  process.stdout.write(JSON.stringify({ parses, pendingWakeUps, holding, active }));
})();
`;
    const child = await runTsChild(script, [PARSE_HCL_SOURCE, require.resolve("@cdktn/hcl2json"), write("wake-up.tf", bigTerraform(100_000))]);
    expect({ code: child.code, signal: child.signal, stderr: child.stderr }).toEqual({ code: 0, signal: null, stderr: "" });
    const report = JSON.parse(child.stdout) as { parses: number; pendingWakeUps: number; holding: number; active: string[] };
    expect(report.pendingWakeUps).toBeGreaterThan(0); // the situation this test is about did arise
    expect(report.holding).toBe(0);
    expect(report.active).not.toContain("Timeout");
  });
});

describe("the in-process parser when the Go runtime dies mid-parse", () => {
  // Reproducing the real death (a 50 MB file exhausting WASM memory) takes ~30 s and 3 GB, so stand in for it:
  // hcl2json's promise for one file never settles, exactly what the dead runtime leaves behind.
  let fresh: typeof import("../../hcl-rules/parse-hcl");
  const parsedInProcess: string[] = [];
  beforeAll(() => {
    jest.isolateModules(() => {
      jest.doMock("../../hcl-rules/hcl2json-call", () => {
        const real = jest.requireActual<typeof import("../../hcl-rules/hcl2json-call")>("../../hcl-rules/hcl2json-call");
        return {
          ...real,
          startParser: async (wasm: import("../../hcl-rules/hcl2json-call").CompiledParser, unrefTimers: boolean) => {
            const parser = await real.startParser(wasm, unrefTimers);
            return {
              parse: (file: string, text: string) => {
                parsedInProcess.push(file);
                return file.endsWith("dies.tf") ? new Promise(() => undefined) : parser.parse(file, text);
              },
            };
          },
        };
      });
      fresh = require("../../hcl-rules/parse-hcl") as typeof import("../../hcl-rules/parse-hcl");
    });
  });
  afterAll(async () => {
    await fresh.shutdownParsers();
  });

  test("nothing stays pending: the file and the rest of the batch move to a worker", async () => {
    const paths = [write("m1.tf", LISTENER), write("m2-dies.tf", "a = 1\n"), write("m3.tf", TRICKY)];
    const results = await fresh.parseHclFiles(paths, { workers: 0, fastPath: false });
    expect(results).toMatchObject([{ ok: true }, { ok: true, json: { a: 1 } }, { ok: true }]);
    expect(fresh.pendingParses()).toBe(0);
    expect(parsedInProcess.filter((file) => file !== "moat-warm-up.tf")).toEqual([paths[0], paths[1]]);
  });
});

describe("the worker pool when a worker misbehaves", () => {
  // A stand-in for hcl2json, loaded by the real worker code, that hangs, dies or exits on cue. The real parser does
  // these only on inputs that take ~30 s and 3 GB to build (see DESIGN.md), too slow for a unit test.
  let pool: ParserPool;
  let brokenPool: ParserPool;
  let startAttempts: string;
  beforeAll(() => {
    startAttempts = join(dir, "start-attempts.log");
    const fake = write(
      "fake-hcl2json.js",
      `const fs = require("fs");
exports.parse = (file, text) => {
  if (file.endsWith("dies.tf")) return new Promise(() => {}); // the Go runtime exited mid-parse: no answer, ever
  if (file.endsWith("exits.tf")) process.exit(3);
  if (file.endsWith("loops.tf")) for (;;) {}
  if (file.endsWith("was-dead.tf") && !fs.existsSync(file + ".seen")) {
    fs.writeFileSync(file + ".seen", "");
    return Promise.reject(new Error("Go program has already exited"));
  }
  return Promise.resolve({ file, text });
};`,
    );
    const broken = write("broken-hcl2json.js", `require("fs").appendFileSync(${JSON.stringify(startAttempts)}, "x"); throw new Error("no WASM here");`);
    pool = new ParserPool(() => fake);
    brokenPool = new ParserPool(() => broken);
  });
  afterAll(async () => {
    await pool.shutdown();
    await brokenPool.shutdown();
  });

  const source = (file: string) => ({ file: join(dir, file), text: "a = 1\n", bytes: 6 });

  test("a parse that never answers, a thread that exits and a parse that loops each fail alone", async () => {
    const names = ["w1.tf", "dies.tf", "w2.tf", "exits.tf", "w3.tf", "loops.tf", "w4.tf"];
    const results = await Promise.all(names.map((name) => pool.parse(source(name), 1000, 2)));
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false, true, false, true]);
    expect(failure(results[1]).message).toMatch(/^the HCL parser stopped without an answer on this file/);
    expect(failure(results[3]).message).toMatch(/^the HCL parser crashed on this file \(its worker thread exited with code 3\)/);
    expect(failure(results[5]).message).toMatch(/^the HCL parser timed out after 1 s on this file/);
    results.forEach((r, i) => expect(r.file).toBe(join(dir, names[i])));
  });

  test("a file that finds its worker's runtime already dead gets one more try on a fresh worker", async () => {
    expect(await pool.parse(source("was-dead.tf"), 5000, 1)).toMatchObject({ ok: true });
  });

  test("a parser that cannot start fails every file after two attempts instead of retrying forever", async () => {
    const results = await Promise.all(["s1.tf", "s2.tf", "s3.tf"].map((name) => brokenPool.parse(source(name), 5000, 1)));
    for (const r of results) {
      expect(failure(r).message).toMatch(/could not start in a worker thread \(no WASM here\); check the moat installation/);
    }
    expect(readFileSync(startAttempts, "utf8")).toBe("xx");
  });
});

describe("heredocs the parser would take minutes on", () => {
  it("a heredoc longer than MAX_HEREDOC_LINES fails its file with the line it starts on; a long but legal one parses", async () => {
    const { MAX_HEREDOC_LINES: max, parseHclText: parse } = await import("../../hcl-rules/parse-hcl");
    const doc = (lines: number) => `locals {\n  doc = <<-EOT\n${"    a\n".repeat(lines)}  EOT\n}\n`;
    const tooLong = await parse("long.tf", doc(max + 1));
    expect(tooLong).toMatchObject({ ok: false, line: 2, message: expect.stringContaining(`heredoc of more than ${max} lines`) });
    const fine = await parse("fine.tf", doc(2_000));
    expect(fine.ok).toBe(true);
  });
});
