/**
 * The bundled examples, scanned as the README's quick start does: the insecure project triggers every rule of the
 * Terraform source door at the lines a reader would point at; the secure project is clean.
 */
import { join } from "node:path";
import type { Report } from "../../cli/report";
import { rules } from "../../rules";
import { moat } from "./run-moat";

const ROOT = join(__dirname, "..", "..");

async function scanJson(path: string): Promise<{ code: number; report: Report }> {
  const { code, stdout } = await moat(["scan", path, "--format", "json"], { cwd: ROOT, rules });
  return { code, report: JSON.parse(stdout) as Report };
}

test("examples/terraform/insecure gives exactly the expected findings, by rule id, address and line", async () => {
  const { code, report } = await scanJson("examples/terraform/insecure");
  expect(report.errors).toEqual([]);
  expect(code).toBe(1);
  const d = "examples/terraform/insecure";
  expect(report.findings.map((f) => `${f.ruleId} ${f.address} ${f.file}:${f.line}`).sort()).toEqual(
    [
      `MOAT-RDS-001 aws_db_instance.orders ${d}/databases.tf:2`,
      `MOAT-RDS-003 aws_db_instance.orders ${d}/databases.tf:2`,
      `MOAT-RDS-002 aws_rds_cluster.catalogue ${d}/databases.tf:29`,
      `MOAT-CACHE-001 aws_elasticache_replication_group.sessions ${d}/databases.tf:37`,
      `MOAT-REDSHIFT-001 aws_redshift_parameter_group.analytics ${d}/databases.tf:53`,
      `MOAT-DOCDB-001 aws_docdb_cluster_parameter_group.documents ${d}/databases.tf:73`,
      `MOAT-LB-002 aws_lb.storefront ${d}/load-balancers.tf:2`,
      `MOAT-LB-001 aws_lb_listener.storefront["admin"] ${d}/load-balancers.tf:24`,
      `MOAT-LB-001 aws_lb_listener.storefront["http"] ${d}/load-balancers.tf:24`,
      `MOAT-LB-004 aws_alb_listener.partner_api ${d}/load-balancers.tf:37`,
      `MOAT-LB-003 aws_alb_listener.partner_api ${d}/load-balancers.tf:41`,
      `MOAT-LB-005 aws_lb_listener.broker ${d}/load-balancers.tf:60`,
      `MOAT-LB-006 aws_alb_listener.partner_api ${d}/load-balancers.tf:40`,
      `MOAT-ELB-001 aws_elb.legacy_checkout ${d}/load-balancers.tf:77`,
      `MOAT-ELB-002 aws_elb.legacy_checkout ${d}/load-balancers.tf:80`,
      `MOAT-SG-002 module.web_sg.aws_security_group.this ${d}/modules/service-sg/main.tf:38`,
      `MOAT-SG-001 aws_security_group.debug ${d}/security-groups.tf:20`,
      `MOAT-SG-003 aws_vpc_security_group_ingress_rule.office_replication ${d}/security-groups.tf:29`,
      `MOAT-MSK-001 aws_msk_cluster.events ${d}/streaming-migration.tf:16`,
      `MOAT-MSK-001 aws_msk_cluster.events ${d}/streaming-migration.tf:17`,
      `MOAT-DMS-001 aws_dms_endpoint.orders_source ${d}/streaming-migration.tf:22`,
      `MOAT-RDS-004 aws_db_proxy.orders ${d}/streaming-migration.tf:38`,
      `MOAT-OPENSEARCH-001 aws_opensearch_domain.products ${d}/search.tf:17`,
      `MOAT-OPENSEARCH-002 aws_opensearch_domain.products ${d}/search.tf:21`,
      `MOAT-OPENSEARCH-003 aws_opensearch_domain.products ${d}/search.tf:2`,
      `MOAT-DOCDB-002 aws_docdb_cluster.sessions ${d}/docdb-neptune.tf:2`,
      `MOAT-NEPTUNE-001 aws_neptune_cluster.recommendations ${d}/docdb-neptune.tf:10`,
      `MOAT-NEPTUNE-002 aws_neptune_cluster_parameter_group.legacy_shared ${d}/docdb-neptune.tf:23`,
      `MOAT-REDSHIFT-002 aws_redshift_cluster.orders_history ${d}/caches-warehouses.tf:8`,
      `MOAT-REDSHIFT-001 aws_redshift_parameter_group.shared_reporting ${d}/caches-warehouses.tf:18`,
      `MOAT-CACHE-002 aws_elasticache_replication_group.carts ${d}/caches-warehouses.tf:23`,
      `MOAT-MEMORYDB-001 aws_memorydb_cluster.inventory ${d}/caches-warehouses.tf:39`,
      `MOAT-DB-010 aws_lambda_function.orders_api ${d}/app-config.tf:16`,
      `MOAT-DB-010 aws_ecs_task_definition.worker ${d}/app-config.tf:31`,
      `MOAT-DB-010 aws_ecs_task_definition.worker ${d}/app-config.tf:31`,
    ].sort(),
  );
  // Every rule that reads Terraform source fires at least once.
  const fired = new Set(report.findings.map((f) => f.ruleId));
  expect(rules.filter((r) => r.meta.doors.includes("hcl") && !fired.has(r.meta.id)).map((r) => r.meta.id)).toEqual([]);
  // The finding inside the local module names the call that led there.
  const sg = report.findings.find((f) => f.ruleId === "MOAT-SG-002");
  expect(sg?.moduleChain).toEqual([{ address: "module.web_sg", file: `${d}/security-groups.tf`, line: 1 }]);
});

test("examples/terraform/secure is clean: no findings, no errors, nothing left unevaluated", async () => {
  const { code, report } = await scanJson("examples/terraform/secure");
  expect(report.findings).toEqual([]);
  expect(report.errors).toEqual([]);
  expect(report.unevaluated).toEqual([]);
  expect(code).toBe(0);
  expect(report.summary.resources).toBeGreaterThan(10);
});

test("examples/plans: the insecure plan gives the HCL example's findings, at its lines with --source-root; the secure plan is clean", async () => {
  const hcl = await scanJson("examples/terraform/insecure");
  const plan = await scanJson("examples/plans/insecure.json");
  expect(plan.report.errors).toEqual([]);
  expect(plan.code).toBe(1);
  const ids = (r: Report) => [...new Set(r.findings.map((f) => f.ruleId))].sort();
  expect(ids(plan.report)).toEqual(ids(hcl.report));
  expect(plan.report.findings.every((f) => f.door === "plan" && f.file === "examples/plans/insecure.json")).toBe(true);

  const { stdout } = await moat(["scan", "examples/plans/insecure.json", "--source-root", "examples/terraform/insecure", "--format", "json"], {
    cwd: ROOT,
    rules,
  });
  const located = JSON.parse(stdout) as Report;
  const where = (r: Report) => r.findings.map((f) => `${f.ruleId} ${f.address} ${f.file}:${f.line}`).sort();
  expect(where(located)).toEqual(where(hcl.report));

  const secure = await scanJson("examples/plans/secure.json");
  expect({ code: secure.code, findings: secure.report.findings, errors: secure.report.errors }).toEqual({ code: 0, findings: [], errors: [] });
});
