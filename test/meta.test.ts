/**
 * Meta-tests: what every rule must satisfy beyond its cases. Each failure says what to change, in which file.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import ts from "typescript";
import type { AnyRule } from "../core/rule";
import { type LoadedRule, ROOT, loadRules } from "../scripts/generate";
import { runHclCase } from "./support/doors";

const loaded = loadRules();
const fileOf = (l: LoadedRule) => relative(ROOT, l.file).replace(/\\/g, "/");

/**
 * The AWS service (its SDK client name, as in `@aws-sdk/client-<service>`) each canonical resource type belongs to:
 * a rule lives in rules/aws/<service>/. Security groups and their rules are EC2 API objects (AuthorizeSecurityGroupIngress);
 * classic load balancers and their policies are the `elb` API, application and network load balancers `elbv2`.
 */
const SERVICE_OF_TYPE: Record<string, string> = {
  aws_security_group: "ec2",
  aws_default_security_group: "ec2",
  aws_security_group_rule: "ec2",
  aws_vpc_security_group_ingress_rule: "ec2",
  aws_elb: "elb",
  aws_lb_ssl_negotiation_policy: "elb",
  aws_load_balancer_policy: "elb",
  aws_load_balancer_listener_policy: "elb",
  aws_lb: "elbv2",
  aws_lb_listener: "elbv2",
  aws_db_instance: "rds",
  aws_rds_cluster: "rds",
  aws_rds_global_cluster: "rds",
  aws_db_parameter_group: "rds",
  aws_rds_cluster_parameter_group: "rds",
  aws_docdb_cluster: "docdb",
  aws_elasticache_replication_group: "elasticache",
  aws_elasticache_cluster: "elasticache",
  aws_redshift_cluster: "redshift",
  aws_msk_cluster: "msk",
  aws_dms_endpoint: "dms",
  aws_db_proxy: "rds",
  // The legacy Elasticsearch Service resource calls the same AWS service (OpenSearch Service, API prefix es).
  aws_opensearch_domain: "opensearch",
  aws_elasticsearch_domain: "opensearch",
  aws_docdb_cluster_parameter_group: "docdb",
  aws_docdb_global_cluster: "docdb",
  aws_neptune_cluster: "neptune",
  aws_neptune_global_cluster: "neptune",
  aws_neptune_cluster_parameter_group: "neptune",
  aws_redshift_parameter_group: "redshift",
  aws_memorydb_cluster: "memorydb",
  aws_memorydb_multi_region_cluster: "memorydb",
  aws_lambda_function: "lambda",
  aws_ecs_task_definition: "ecs",
  aws_apprunner_service: "apprunner",
  aws_elastic_beanstalk_environment: "elasticbeanstalk",
  aws_ssm_parameter: "ssm",
  aws_secretsmanager_secret_version: "secretsmanager",
};

/**
 * Folders for rules that read one thing across services: `app` holds the rules that read the configuration applications
 * receive (environment variables, parameters, secrets), whichever service deploys them.
 */
const CROSS_SERVICE_FOLDERS: Record<string, readonly string[]> = {
  app: ["lambda", "ecs", "apprunner", "elasticbeanstalk", "ssm", "secretsmanager"],
};

/**
 * Services whose rules may read each other's types: a rule that must give the same verdict to the same listener on a
 * classic and on a network load balancer (MOAT-ELB-001, MOAT-LB-005) reads both Elastic Load Balancing APIs.
 */
const SERVICE_FAMILIES: readonly (readonly string[])[] = [["elb", "elbv2"]];
const sameFamily = (a: string, b: string) => SERVICE_FAMILIES.some((f) => f.includes(a) && f.includes(b));

/** The values that occur more than once, each with where. */
function repeated(key: (l: LoadedRule) => string): string[] {
  const byKey = new Map<string, string[]>();
  for (const l of loaded) byKey.set(key(l), [...(byKey.get(key(l)) ?? []), fileOf(l)]);
  return [...byKey].filter(([, files]) => files.length > 1).map(([k, files]) => `${k} is used by ${files.join(" and ")}: give each rule its own`);
}

test("rule ids are unique (a new rule takes the next free number of its prefix; an id is never reused)", () => {
  expect(repeated((l) => l.rule.meta.id)).toEqual([]);
});

test("rule names are unique (the name is the config key and the Pulumi policy name)", () => {
  expect(repeated((l) => l.rule.meta.name)).toEqual([]);
});

test("a rule's name is its file name, and its folder is the AWS service of its resource types", () => {
  const problems: string[] = [];
  for (const l of loaded) {
    const { name, resourceTypes } = l.rule.meta;
    const file = fileOf(l);
    if (basename(l.file, ".ts") !== name) {
      problems.push(`${file}: meta.name is "${name}": rename the file (and its .cases.ts) to ${name}.ts, or set meta.name to "${basename(l.file, ".ts")}"`);
    }
    const folder = basename(dirname(l.file));
    for (const type of resourceTypes) {
      const service = SERVICE_OF_TYPE[type];
      if (service === undefined) problems.push(`${file}: resource type ${type} has no AWS service in SERVICE_OF_TYPE (test/meta.test.ts): add it`);
      else if (service !== folder && !sameFamily(service, folder) && !CROSS_SERVICE_FOLDERS[folder]?.includes(service)) problems.push(`${file}: ${type} belongs to AWS service ${service}: move the rule to rules/aws/${service}/, or read only ${folder} types`);
    }
  }
  expect(problems).toEqual([]);
});

test("no TODO is left in a rule or its cases (npm run new-rule writes them: each marks a part to fill in)", () => {
  const problems: string[] = [];
  for (const l of loaded) {
    for (const file of [l.file, l.file.replace(/\.ts$/, ".cases.ts")]) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/\bTODO\b/.test(line)) problems.push(`${relative(ROOT, file).replace(/\\/g, "/")}:${i + 1}: fill in: ${line.trim()}`);
        });
    }
  }
  expect(problems).toEqual([]);
});

describe("a rule's remediation HCL parses and scans clean for that rule", () => {
  test.each(loaded.map((l) => [l.rule.meta.id, l] as const))("%s", async (_id, l) => {
    // The rule, counting the resources it is called for: a snippet that holds none of its types proves nothing.
    let judged = 0;
    const counting: AnyRule = { ...l.rule, check: (resource, ctx) => (judged++, l.rule.check(resource, ctx)) };
    const out = await runHclCase(counting, { name: "remediation", hcl: l.rule.meta.remediation.hcl, expect: [] });
    const problems = [
      ...out.errors.map((e) => `does not parse: ${e}`),
      ...(judged === 0 && out.errors.length === 0 ? [`holds no ${l.rule.meta.resourceTypes.join(" or ")}, so the rule never judges it: show the fixed resource itself`] : []),
      ...out.result.failures.map((f) => `makes the check throw on ${f.address}: ${f.message}`),
      ...out.result.findings.map((f) => `the fix itself is a finding: ${f.address} line ${f.location.line}: ${f.message}`),
      ...out.unknown.map((a) => `leaves ${a} not evaluated (an unknown value): give the snippet the values the rule needs`),
    ];
    expect(problems.map((p) => `${fileOf(l)}: meta.remediation.hcl ${p}: correct the snippet`)).toEqual([]);
  });
});

/** Type-checks every rule's remediation Pulumi snippet against @pulumi/aws, in one program (its types load once). */
function pulumiSnippetProblems(rules: readonly LoadedRule[], extraRoots: readonly string[] = []): string[] {
  const dir = join(ROOT, "test", "remediation-snippets");
  const snippets = new Map(rules.map((l) => [join(dir, `${l.rule.meta.name}.ts`), l] as const));
  // The snippet is the code a user writes inside a Pulumi program: `aws` is @pulumi/aws (only the modules the snippets
  // use are loaded, which keeps the program small), and the other resources it names (`web.arn`, `bastion.id`) are the
  // user's, so only "Cannot find name" for those is not a problem.
  const modules = [...new Set(rules.flatMap((l) => [...l.rule.meta.remediation.pulumi.matchAll(/\baws\.(\w+)\./g)].map((m) => m[1])))].sort();
  const header =
    modules.map((m) => `import * as aws_${m} from "@pulumi/aws/${m}";`).join(" ") + ` const aws = { ${modules.map((m) => `${m}: aws_${m}`).join(", ")} }; export {};\n`;
  const text = (l: LoadedRule) => header + l.rule.meta.remediation.pulumi;
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options: ts.CompilerOptions = { ...config?.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => snippets.has(f) || ts.sys.fileExists(f);
  host.readFile = (f) => {
    const l = snippets.get(f);
    return l ? text(l) : readFile(f);
  };
  host.getSourceFile = (f, lang, onError, create) => {
    const l = snippets.get(f);
    return l ? ts.createSourceFile(f, text(l), lang) : getSourceFile(f, lang, onError, create);
  };
  const program = ts.createProgram([...snippets.keys(), ...extraRoots], options, host);
  const CANNOT_FIND_NAME = new Set([2304, 2552]);
  const problems = program.getOptionsDiagnostics().map((d) => `test/meta.test.ts: compiler options: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  for (const f of extraRoots) {
    const source = program.getSourceFile(f);
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      problems.push(`${relative(ROOT, f)}:${d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    }
  }
  for (const [f, l] of snippets) {
    const source = program.getSourceFile(f);
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (CANNOT_FIND_NAME.has(d.code) && !/'aws'/.test(text)) continue;
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      problems.push(`${fileOf(l)}: meta.remediation.pulumi line ${line}: ${text}: correct the snippet (it must compile against @pulumi/aws)`);
    }
  }
  return problems;
}

/** A snippet with a misspelt property: the check must name it, or it proves nothing. */
const canary = {
  rule: { meta: { name: "canary", remediation: { pulumi: 'new aws.lb.Listener("http", { loadBalancerArn: web.arn, prot: "HTTP" });' } } },
  file: join(ROOT, "test", "canary.ts"),
  cases: [],
} as unknown as LoadedRule;

// One program (the @pulumi/aws types load once) also compiles the rule contract's type-level tests, so an
// `@ts-expect-error` there that stops being an error (a message id or option the compiler no longer checks) fails here.
test("a rule's remediation Pulumi snippet compiles against @pulumi/aws, and the rule contract's type tests hold", () => {
  const problems = pulumiSnippetProblems([...loaded, canary], [join(ROOT, "test", "types", "rule-contract.ts")]);
  const [canaryProblems, others] = [problems.filter((p) => p.startsWith("test/canary.ts")), problems.filter((p) => !p.startsWith("test/canary.ts"))];
  expect(others).toEqual([]);
  expect(canaryProblems).toEqual([expect.stringMatching(/line 1: .*'prot' does not exist in type 'ListenerArgs'/)]);
}, 120_000);
