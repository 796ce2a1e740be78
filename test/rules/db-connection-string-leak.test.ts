/**
 * MOAT-DB-010 reads connection strings, which hold passwords. No password may reach any output: every password in the
 * rule's cases starts with "Hunter2", and every case is scanned through the CLI at the source and plan doors in every
 * output format (findings and not-evaluated notes both listed), and through the Pulumi door's adapter and engine.
 * Also: the connection-string readers, one form at a time, for what they show.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import cases, { lambdaHcl } from "../../rules/aws/app/db-connection-string-without-tls.cases";
import rule from "../../rules/aws/app/db-connection-string-without-tls";
import { HOLE, hostMatcher, isLoopback, judge, parseConnection } from "../../rules/aws/app/connection-strings";
import { REPORTERS } from "../../cli/reporters";
import { SECRET_SIG, SPECIAL_SIG_KEY, pulumiGraph } from "../../policies/adapter";
import { planFormOf } from "../support/derive-plan";
import { writeCaseFiles } from "../support/doors";
import { evaluateLikeThePack, hasPulumiForm, runPulumiCase } from "../support/pulumi-door";
import { moat } from "../cli/run-moat";

const PASSWORD = /Hunter2/i;
const FORMATS = Object.keys(REPORTERS);

/** Every format of one `moat scan` of `target`, by format name. */
async function everyFormat(target: string, cwd: string, vars: readonly string[] = []): Promise<Record<string, string>> {
  const args = ["scan", target, "--no-config", "--unknown", "warn", ...vars.flatMap((v) => ["--var", v])];
  for (const f of FORMATS) args.push("--format", `${f}=${join(cwd, `out.${f}`)}`);
  const run = await moat(args, { cwd, rules: [rule] });
  const out: Record<string, string> = { stdout: run.stdout, stderr: run.stderr };
  for (const f of FORMATS) out[f] = readFileSync(join(cwd, `out.${f}`), "utf8");
  return out;
}

describe("MOAT-DB-010 never prints a password", () => {
  const withHcl = cases.cases.filter((c) => c.hcl !== undefined);

  test("the cases hold passwords to find (the check below is not vacuous)", () => {
    expect(withHcl.filter((c) => PASSWORD.test(JSON.stringify(c.hcl))).length).toBeGreaterThanOrEqual(8);
  });

  test.each(withHcl.map((c) => [c.name, c] as const))("source and plan doors, every format: %s", async (_name, c) => {
    const dir = writeCaseFiles(c);
    try {
      const source = await everyFormat(dir, dir, c.vars);
      for (const [format, text] of Object.entries(source)) expect(`${format}: ${PASSWORD.test(text)}`).toBe(`${format}: false`);
      if (c.expect.length > 0) expect(source.json).toContain("MOAT-DB-010");
      if (c.noPlan === undefined) {
        const planDir = mkdtempSync(join(tmpdir(), "moat-leak-plan-"));
        try {
          writeFileSync(join(planDir, "plan.json"), JSON.stringify(await planFormOf(c)));
          const plan = await everyFormat(join(planDir, "plan.json"), planDir);
          for (const [format, text] of Object.entries(plan)) expect(`plan ${format}: ${PASSWORD.test(text)}`).toBe(`plan ${format}: false`);
          if (c.expect.length > 0) expect(plan.json).toContain("MOAT-DB-010");
        } finally {
          rmSync(planDir, { recursive: true, force: true });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each(withHcl.filter((c) => hasPulumiForm(rule, c)).map((c) => [c.name, c] as const))("Pulumi door: %s", async (_name, c) => {
    const out = await runPulumiCase(rule, c);
    const shown = [...out.result.findings.map((f) => f.message), ...out.result.unevaluated.map((u) => u.reason)].join("\n");
    expect(PASSWORD.test(shown)).toBe(false);
  });

  test("an `@` in the query, a password in the path: no fragment of it in any format, at the source and plan doors", async () => {
    const strings = [
      "postgresql://app@db.example.com/orders?password=Pw@X4yz/Qq9&sslmode=disable",
      "postgresql://db.example.com/orders;password=PwM4",
      "postgresql://app@db.example.com/Pw/S0?sslmode=disable",
      "mysql://app@db.example.com/x?ssl-mode=DISABLED&application_name=a@b",
      "app:PwGo7@tcp(db.example.com:3306)/Pw;S0?tls=false",
    ];
    const variables = strings.map((v, i) => `      DATABASE_URL_${i} = "${v}"`).join("\n");
    const hcl = lambdaHcl(variables);
    const c = { name: "leaks", hcl, expect: [] } as unknown as (typeof withHcl)[number];
    const fragments = ["X4yz", "Qq9", "PwM4", "S0", "PwGo7"];
    const check = (door: string, out: Record<string, string>) => {
      for (const [format, text] of Object.entries(out)) {
        for (const f of fragments) expect(`${door} ${format} ${f}: ${text.includes(f)}`).toBe(`${door} ${format} ${f}: false`);
      }
      // Every string is a finding (the one without sslmode: missingSslmode), so the check above is not vacuous.
      const findings = (JSON.parse(out.json) as { findings: { messageId: string }[] }).findings.map((f) => f.messageId).sort();
      expect(findings).toEqual(["missingSslmode", "weakParameter", "weakParameter", "weakParameter", "weakParameter"]);
    };
    const dir = writeCaseFiles(c);
    const planDir = mkdtempSync(join(tmpdir(), "moat-leak-plan-"));
    try {
      check("source", await everyFormat(dir, dir));
      writeFileSync(join(planDir, "plan.json"), JSON.stringify(await planFormOf(c)));
      check("plan", await everyFormat(join(planDir, "plan.json"), planDir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(planDir, { recursive: true, force: true });
    }
  });

  test("a sensitive variable or a Pulumi secret in the string: the host is not shown either, at any door", async () => {
    const c = withHcl.find((x) => x.name.startsWith("a sensitive password"));
    if (!c) throw new Error("the sensitive-password case is missing");
    const dir = writeCaseFiles(c);
    try {
      const source = await everyFormat(dir, dir, c.vars);
      expect(source.json).toContain("weakParameter");
      for (const [format, text] of Object.entries(source)) expect(`${format}: ${text.includes("vault-only.internal")}`).toBe(`${format}: false`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const pulumiMessages = (await runPulumiCase(rule, c)).messages;
    expect(pulumiMessages).toHaveLength(1);
    expect(pulumiMessages[0]).not.toContain("vault-only.internal");
  });

  test("a Pulumi secret: neither the password nor the host is shown", () => {
    const url = "postgresql://orders_app:Hunter2-pulumi@orders.secret-host.internal:5432/orders?sslmode=disable";
    const graph = pulumiGraph([
      {
        type: "aws:lambda/function:Function",
        urn: "urn:pulumi:dev::shop::aws:lambda/function:Function::orders",
        name: "orders",
        props: { environment: { variables: { DATABASE_URL: { [SPECIAL_SIG_KEY]: SECRET_SIG, value: url } } } },
      },
    ]);
    const result = evaluateLikeThePack(rule, graph);
    expect(result.findings.map((f) => f.messageId)).toEqual(["weakParameter"]);
    const message = result.findings[0].message;
    expect(message).toContain("sslmode=disable");
    expect(message).not.toMatch(PASSWORD);
    expect(message).not.toContain("secret-host");
  });
});

test("Pulumi container definitions: a JSON string, objects, and text that is not JSON (not evaluated, no crash)", () => {
  const task = (containerDefinitions: unknown, name: string) => ({
    type: "aws:ecs/taskDefinition:TaskDefinition",
    urn: `urn:pulumi:dev::shop::aws:ecs/taskDefinition:TaskDefinition::${name}`,
    name,
    props: { family: name, containerDefinitions },
  });
  const defs = [{ name: "api", environment: [{ name: "REDIS_URL", value: "redis://sessions.internal:6379" }] }];
  const result = evaluateLikeThePack(rule, pulumiGraph([task(JSON.stringify(defs), "json"), task(defs, "objects"), task("[{\"name\": ", "broken")]));
  expect(result.findings.map((f) => `${f.address.split("::").pop()} ${f.messageId}`).sort()).toEqual(["json plainScheme", "objects plainScheme"]);
  expect(result.unevaluated.map((u) => `${u.address.split("::").pop()} ${u.reason}`)).toEqual(["broken container_definitions could not be read: it is not valid JSON"]);
});

describe("connection strings, read per client", () => {
  const local = (h: string) => isLoopback(h) || hostMatcher([])(h);
  const verdict = (text: string, missingSslmodeFails = true) => {
    const c = parseConnection(text);
    return c ? judge(c, { isLocal: local, missingSslmodeFails, modeElsewhere: undefined }).kind : "none";
  };

  const table: [string, string, boolean?][] = [
    ["postgresql://app:Hunter2@db.internal/orders?sslmode=disable", "weakParameter"],
    ["postgresql://app:Hunter2@db.internal/orders?sslmode=verify-full", "pass"],
    ["postgresql://app:Hunter2@db.internal/orders", "missingSslmode"],
    ["postgresql://db.internal/orders?ssl=true", "pass"],
    ["postgres://app@db.internal/orders?ssl=false", "weakParameter"],
    ["postgresql:///orders?sslmode=disable", "pass"],
    ["postgresql://app@db.internal/orders?host=/var/run/postgresql&sslmode=disable", "pass"],
    // libpq reads user info only up to the first `/`: an unencoded `/` in a password makes the URL one libpq cannot read either.
    ["postgresql://app:pa/ss?w@rd@db.internal/orders?sslmode=disable", "none"],
    ["postgresql://app:p@ss@db.internal/orders?sslmode=disable", "weakParameter"],
    // An `@` in the query is not user info.
    ["postgresql://app@db.example.com/orders?password=Pw@X4yz/Qq9&sslmode=disable", "weakParameter"],
    ["postgresql://app@db.example.com/orders?sslmode=verify-full&application_name=ops@example", "pass"],
    ["mysql://app@db.example.com/x?ssl-mode=DISABLED&application_name=a@b", "weakParameter"],
    // Server and Port alone are no database connection.
    ["Server=smtp.example.com;Port=25;Encrypt=false", "none"],
    ["Server=smtp.example.com;Port=25;SslMode=None", "none"],
    ["Server=db.internal;Uid=app;Encrypt=false", "weakParameter"],
    ["Data Source=db.internal;Integrated Security=true;Encrypt=false", "weakParameter"],
    ["jdbc:postgresql:orders", "pass"],
    ["jdbc:mariadb://db.internal/shop?sslMode=disable", "weakParameter"],
    ["jdbc:mysql://db.internal/shop?sslMode=VERIFY_IDENTITY", "pass"],
    ["jdbc:sqlserver://db.internal:1433;databaseName=x;encrypt=true", "pass"],
    ["jdbc:sqlserver://db.internal;encrypt=optional", "weakParameter"],
    ["sqlserver://app:Hunter2@db.internal?database=x&encrypt=disable", "weakParameter"],
    ["Host=db.internal;Database=orders;Username=app;Password=Hunter2;SSL Mode=Disable", "weakParameter"],
    ["Host=db.internal;Database=orders;Username=app;Password=Hunter2;SSL Mode=VerifyFull", "pass"],
    ["Server=db.internal;Database=shop;Uid=app;Pwd=Hunter2;SslMode=None", "weakParameter"],
    ["Data Source=.;Initial Catalog=x;Encrypt=False", "pass"],
    ["mongodb://app:Hunter2@docs.internal:27017/x?ssl=false", "weakParameter"],
    ["mongodb://a.internal:27017,b.internal:27017/x?replicaSet=rs0&tls=true", "pass"],
    ["redis://cache.internal:6379", "plainScheme"],
    ["valkeys://cache.internal:6379", "pass"],
    ["amqp://guest:Hunter2@localhost:5672/", "pass"],
    ["host=db.internal dbname=x", "missingSslmode"],
    ["host=db.internal dbname=x", "pass", false],
    ["https://api.example.com/?sslmode=disable", "none"],
    ["just some text = with equals", "none"],
    ["postgresql://db.internal/orders?options=a@b&sslmode=disable", "weakParameter"],
    // The AWS JDBC Driver's and Connector/J's multi-host prefixes.
    ["jdbc:aws-wrapper:postgresql://db.internal:5432/orders?sslmode=disable", "weakParameter"],
    ["jdbc:aws-wrapper:postgresql://db.internal:5432/orders", "missingSslmode"],
    ["jdbc:aws-wrapper:mysql://db.internal:3306/shop?sslMode=REQUIRED", "pass"],
    ["jdbc:mysql:replication://source.internal,replica.internal/shop?sslMode=DISABLED", "weakParameter"],
    ["jdbc:mysql:loadbalance://a.internal:3306,b.internal:3306/shop?useSSL=false", "weakParameter"],
    ["jdbc:mysql+srv://_mysql._tcp.db.internal/shop?sslMode=PREFERRED", "weakParameter"],
    ["jdbc:postgresql:replication://db.internal/orders?sslmode=disable", "none"],
  ];
  test.each(table)("%s → %s", (text, expected, missing = true) => {
    expect(verdict(text, missing)).toBe(expected);
  });

  test("what a URL shows: no user info, no password, no query", () => {
    const c = parseConnection("postgresql://orders_app:Hunter2@orders.internal:5432/orders?sslmode=disable&password=Hunter2");
    expect(c?.shown).toBe("postgresql://***@orders.internal:5432");
    expect(parseConnection("app:Hunter2@tcp(db.internal:3306)/shop?tls=false")?.shown).toBe("***@tcp(db.internal:3306)/");
    expect(parseConnection("Server=tcp:ledger.internal,1433;Database=x;Password=Hunter2;Encrypt=False")?.shown).toBe("Server=ledger.internal");
    // Neither the path nor the query is shown: either may hold a password.
    expect(parseConnection("postgresql://db.example.com/orders;password=PwM4")?.shown).toBe("postgresql://db.example.com");
    expect(parseConnection("postgresql://app@db.example.com/Pw/S0?sslmode=disable")?.shown).toBe("postgresql://***@db.example.com");
    expect(parseConnection("postgresql://app@db.example.com/orders?password=Pw@X4yz/Qq9&sslmode=disable")?.shown).toBe("postgresql://***@db.example.com");
    expect(parseConnection("app:Hunter2@tcp(db.internal:3306)/Pw;S0?tls=false")?.shown).toBe("***@tcp(db.internal:3306)/");
    // A password with `:` but no `@` is not read as a host and a port.
    expect(parseConnection("postgresql://app:Hunter2/orders")).toBeUndefined();
  });

  test("unknown pieces: a host, a parameter name or the deciding value not known is no verdict; a password is not needed", () => {
    const kind = (text: string) => judge(parseConnection(text)!, { isLocal: local, missingSslmodeFails: true, modeElsewhere: undefined }).kind;
    expect(kind(`postgresql://app:${HOLE}@db.internal/x?sslmode=disable`)).toBe("weakParameter");
    expect(kind(`postgresql://app@${HOLE}/x?sslmode=disable`)).toBe("unknown");
    expect(kind(`postgresql://app@db.internal/x?sslmode=${HOLE}`)).toBe("unknown");
    expect(kind(`postgresql://app@db.internal/x?sslmode=disable&${HOLE}`)).toBe("unknown");
    expect(kind(`postgresql://app@db.internal/x?${HOLE}`)).toBe("unknown");
    // A piece not known in the path, the port or a parameter value may hold `?…&sslmode=…`, which overrides (libpq keeps the last value).
    expect(kind(`postgresql://app@db.internal/orders${HOLE}`)).toBe("unknown");
    expect(kind(`postgresql://app@db.internal/${HOLE}?sslmode=disable`)).toBe("unknown");
    expect(kind(`postgresql://app@db.internal:${HOLE}/orders?sslmode=disable`)).toBe("unknown");
    expect(kind(`postgresql://app@db.internal/x?application_name=${HOLE}&sslmode=disable`)).toBe("unknown");
    expect(kind(`postgresql://app@db.internal/x?sslmode=disable&application_name=${HOLE}`)).toBe("unknown");
    expect(kind(`postgresql://app@db.internal/x?sslmode=require&application_name=${HOLE}`)).toBe("unknown");
    expect(kind(`app:${HOLE}@tcp(db.internal:3306)/shop?tls=false`)).toBe("weakParameter");
    expect(kind(`app@tcp(db.internal:3306)/${HOLE}?tls=false`)).toBe("unknown");
    // …but not in the user info or the password.
    expect(kind(`postgresql://${HOLE}:${HOLE}@db.internal/x?sslmode=disable`)).toBe("weakParameter");
  });
});
