/**
 * `npx tsx scripts/conformance.ts [corpus/peers dir]` — scans each case file of a peer-scanner corpus on its own and
 * prints how often moat's verdict agrees with the peer's, per area, then every disagreement with the case's
 * scope and caveats so a human can say "peer is wrong, because …" or "moat bug".
 *
 * Not part of `npm test`: the corpus is not shipped with moat. A resource's moat verdict is "fail" when a rule of the
 * rules answering the peer rule's question (QUESTION below) reports on it or on a resource one reference away (a peer judging `aws_lb` while moat reports its
 * listener, or a peer judging a cluster while moat reports its parameter group); "unknown" when a check of that area
 * met an unknown value there; else "pass".
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runRules } from "../core/engine";
import { type EdgeInput, type Resource, ResourceGraph } from "../core/model";
import { resolvePolicy } from "../core/policy-config";
import { scanPlanText } from "../hcl-rules/plan";
import { scanTerraform } from "../hcl-rules/project";
import { rules } from "../rules";

interface Expect {
  file: string;
  resource: string;
  verdict: "pass" | "fail";
}
interface Case {
  id: string;
  area: string;
  files: string[];
  expect: Expect[];
  scope_match: string;
  caveats?: string[];
  peer_rule: string;
}

/**
 * Which moat rules answer the question each peer rule asks. A peer rule with no entry asks something moat does not
 * check: its cases are listed, not scored. Every id named here must be a rule moat has (checked at start).
 */
const QUESTION: Record<string, string[]> = {
  "checkov:CKV2_AWS_20": ["MOAT-LB-001", "MOAT-LB-002", "MOAT-ELB-001"],
  "checkov:CKV2_AWS_69": ["MOAT-RDS-001"],
  "checkov:CKV2_AWS_74": ["MOAT-LB-003"],
  "checkov:CKV_AWS_16": ["MOAT-RDS-003"],
  "checkov:CKV_AWS_213": ["MOAT-ELB-002"],
  "checkov:CKV_AWS_24": ["MOAT-SG-001", "MOAT-SG-002"],
  "checkov:CKV_AWS_292": ["MOAT-DOCDB-002"],
  "checkov:CKV_AWS_44": ["MOAT-NEPTUNE-001"],
  "checkov:CKV_AWS_260": ["MOAT-SG-001", "MOAT-SG-002"],
  "kics:DB Instance Storage Not Encrypted": ["MOAT-RDS-003"],
  "kics:RDS Storage Not Encrypted": ["MOAT-RDS-003"],
  "kics:ELB Using Insecure Protocols": ["MOAT-ELB-002"],
  "kics:ElastiCache Replication Group Not Encrypted At Rest": ["MOAT-CACHE-002"],
  "kics:Neptune Database Cluster Encryption Disabled": ["MOAT-NEPTUNE-001"],
  "kics:Default Security Groups With Unrestricted Traffic": ["MOAT-SG-001", "MOAT-SG-002"],
  "kics:VPC Default Security Group Accepts All Traffic": ["MOAT-SG-001", "MOAT-SG-002"],
  "kics:Remote Desktop Port Open To Internet": ["MOAT-SG-001", "MOAT-SG-002"],
  "kics:Sensitive Port Is Exposed To Entire Network": ["MOAT-SG-001", "MOAT-SG-002"],
  "kics:Unknown Port Exposed To Internet": ["MOAT-SG-001", "MOAT-SG-002"],
  "trivy:AWS-0021": ["MOAT-DOCDB-002"],
  "trivy:AWS-0047": ["MOAT-LB-003"],
  "trivy:AWS-0051": ["MOAT-CACHE-001"],
  "trivy:AWS-0054": ["MOAT-LB-001", "MOAT-LB-002", "MOAT-ELB-001"],
  "trivy:AWS-0079": ["MOAT-RDS-003"],
  "trivy:AWS-0107": ["MOAT-SG-001", "MOAT-SG-002"],
};

const missing = [...new Set(Object.values(QUESTION).flat())].filter((id) => !rules.some((r) => r.meta.id === id));
if (missing.length > 0) {
  console.error(`scripts/conformance.ts names rules moat does not have: ${missing.join(", ")}; fix QUESTION.`);
  process.exit(2);
}

function questionOf(c: Case): string[] | undefined {
  return QUESTION[c.peer_rule];
}

const corpus = resolve(process.argv[2] ?? join(__dirname, "..", "..", "shared", "corpus", "peers"));
const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as { cases: Case[] };
const policy = resolvePolicy(rules, { all: "mandatory" });

async function scanOne(file: string): Promise<{ resources: Resource[]; edges: EdgeInput[]; errors: string[] }> {
  if (file.endsWith(".json")) {
    const r = scanPlanText(file, readFileSync(file, "utf8"));
    return { resources: r.resources, edges: r.edges, errors: r.errors.map((e) => e.message) };
  }
  const r = await scanTerraform({ dirs: [], files: [file], explicit: [file] });
  return { resources: r.resources, edges: r.edges, errors: r.errors.map((e) => `${e.line ?? ""} ${e.message}`) };
}

interface Row {
  area: string;
  peerRule: string;
  caseId: string;
  resource: string;
  peer: string;
  moat: string;
  scope: string;
  caveats: string[];
  why: string;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const scanned = new Map<string, Awaited<ReturnType<typeof scanOne>>>();
  for (const c of manifest.cases) {
    const question = questionOf(c);
    if (!question) {
      console.log(`not scored: ${c.id} (${c.peer_rule}) asks a question no moat rule asks`);
      continue;
    }
    const areaRules = new Set(question);
    for (const e of c.expect) {
      const file = join(corpus, e.file);
      let scan = scanned.get(file);
      if (!scan) {
        scan = await scanOne(file);
        scanned.set(file, scan);
      }
      const graph = new ResourceGraph(scan.resources, scan.edges);
      const result = runRules(graph, policy);
      const target = scan.resources.find((r) => r.address === e.resource || r.address.startsWith(`${e.resource}[`));
      let moat = "absent";
      let why = scan.errors.length > 0 ? `scan errors: ${scan.errors.join("; ").slice(0, 160)}` : "";
      if (target) {
        const near = new Set([target.id, ...graph.edges().filter((x) => x.from.id === target.id).map((x) => x.to.id)]);
        for (const x of graph.edges()) if (x.to.id === target.id) near.add(x.from.id);
        const nearAddresses = new Set([...near].map((id) => graph.get(id)?.address));
        const hits = result.findings.filter((f) => areaRules.has(f.ruleId) && nearAddresses.has(f.address));
        const unknowns = result.unevaluated.filter((u) => areaRules.has(u.ruleId) && nearAddresses.has(u.address));
        moat = hits.length > 0 ? "fail" : unknowns.length > 0 ? "unknown" : "pass";
        why = hits.length > 0 ? hits.map((f) => `${f.ruleId} ${f.address}: ${f.message}`).join(" | ") : unknowns.map((u) => `${u.ruleId}: ${u.reason}`).join(" | ");
      }
      rows.push({ area: c.area, peerRule: c.peer_rule, caseId: c.id, resource: `${e.file} ${e.resource}`, peer: e.verdict, moat, scope: c.scope_match, caveats: c.caveats ?? [], why });
    }
  }

  const areas = [...new Set(rows.map((r) => r.area))].sort();
  console.log(`moat conformance against ${corpus}\n`);
  console.log("area            verdicts  agree  disagree  unknown  (direct-scope agreement)");
  for (const a of areas) {
    const rs = rows.filter((r) => r.area === a);
    const agree = rs.filter((r) => r.moat === r.peer).length;
    const unknown = rs.filter((r) => r.moat === "unknown" || r.moat === "absent").length;
    const direct = rs.filter((r) => r.scope === "direct");
    const directAgree = direct.filter((r) => r.moat === r.peer).length;
    console.log(
      `${a.padEnd(16)}${String(rs.length).padStart(8)}${String(agree).padStart(7)}${String(rs.length - agree - unknown).padStart(10)}${String(unknown).padStart(9)}  (${directAgree}/${direct.length} = ${direct.length ? Math.round((100 * directAgree) / direct.length) : 0}%)`,
    );
  }
  const total = rows.length;
  const agreeAll = rows.filter((r) => r.moat === r.peer).length;
  console.log(`${"all".padEnd(16)}${String(total).padStart(8)}${String(agreeAll).padStart(7)}\n`);
  console.log("peer rule → moat rules: agreement");
  for (const peerRule of [...new Set(rows.map((r) => r.peerRule))].sort()) {
    const rs = rows.filter((r) => r.peerRule === peerRule);
    const agree = rs.filter((r) => r.moat === r.peer).length;
    console.log(`  ${peerRule} → ${QUESTION[peerRule].join(", ")}: ${agree}/${rs.length}`);
  }
  console.log("");
  console.log("Disagreements (peer verdict → moat verdict):");
  for (const r of rows.filter((x) => x.moat !== x.peer)) {
    console.log(`\n- [${r.area}] ${r.caseId}: ${r.resource}: peer ${r.peer} → moat ${r.moat} (scope ${r.scope})`);
    if (r.why) console.log(`    moat: ${r.why.slice(0, 400)}`);
    for (const c of r.caveats) console.log(`    caveat: ${c}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
