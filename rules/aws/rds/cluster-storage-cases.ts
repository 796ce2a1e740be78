/**
 * The cases every user of the shared storage check (cluster-storage.ts) must pass, written once: members of global
 * clusters in the input, the source cluster of a global cluster, and restores named by a variable without a value.
 * MOAT-RDS-003, MOAT-DOCDB-002 and MOAT-NEPTUNE-001 spread them into their own cases with their resource types.
 */
import type { RuleCase } from "../../../core/cases";
import type { StorageMessage } from "./cluster-storage";

export interface StorageCaseSpec {
  /** The cluster type (`aws_rds_cluster`) and its global cluster type (`aws_rds_global_cluster`). */
  cluster: string;
  global: string;
  engine: string;
  /** The attribute that names a KMS key. */
  keyAttr: string;
  /** Lines the cluster needs besides these (a master user), indented for the resource body. */
  extra?: string;
  /**
   * Whether members name their global cluster by reference (`aws_rds_global_cluster.g.id`): a preview shows such an
   * output without the resource it comes from, so those cases have no Pulumi form. Otherwise by its identifier ("g").
   */
  byReference: boolean;
}

const NO_PULUMI = "a preview shows an unknown output without the resource it comes from, so that door cannot tell";
const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export function sharedStorageCases(s: StorageCaseSpec): RuleCase<StorageMessage>[] {
  const extra = s.extra ?? "";
  const engine = `  engine                    = "${s.engine}"\n`;
  const joins = s.byReference ? `${s.global}.g.id` : `"g"`;
  const pulumi = s.byReference ? { noPulumi: NO_PULUMI } : {};
  const global = (encrypted: string) => `resource "${s.global}" "g" {
  global_cluster_identifier = "g"
${engine}${encrypted}}
`;
  const member = (lines: string, by = joins) => `resource "${s.cluster}" "member" {
  cluster_identifier        = "member"
${engine}  global_cluster_identifier = ${by}
${lines}${extra}}
`;
  const cases: RuleCase<StorageMessage>[] = [
    {
      name: "a member of an encrypted global cluster in the input follows it",
      hcl: `${global(`  storage_encrypted         = true\n`)}\n${member("")}`,
      ...pulumi,
      expect: [],
    },
    {
      name: "a member of an unencrypted global cluster in the input is not encrypted either",
      hcl: `${global("")}\n${member("")}`,
      ...pulumi,
      expect: [
        { resource: `${s.global}.g`, messageId: "globalNotEncrypted", line: 1 },
        { resource: `${s.cluster}.member`, messageId: "notEncrypted", line: 6 },
      ],
    },
    {
      name: "a member naming an encrypted global cluster by its identifier, but asking for storage_encrypted = false (not evaluated)",
      hcl: `${global(`  storage_encrypted         = true\n`)}\n${member(`  storage_encrypted         = false\n`, `"g"`)}`,
      expect: [],
      unknown: [`${s.cluster}.member`],
    },
    {
      name: "storage_encrypted = true with a key, restored from a snapshot named by a variable without a value: encrypted either way",
      hcl: `variable "snap" {
  type = string
}

resource "${s.cluster}" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = var.snap
  storage_encrypted   = true
  ${s.keyAttr.padEnd(19)} = "${KEY}"
${extra}}
`,
      expect: [],
    },
    {
      name: "restored from a snapshot named by a variable without a value, without a key: not evaluated",
      hcl: `variable "snap" {
  type = string
}

resource "${s.cluster}" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = var.snap
  storage_encrypted   = true
${extra}}
`,
      expect: [],
      unknown: [`${s.cluster}.restored`],
    },
  ];
  if (!s.byReference) return cases;
  // The source cluster of a global cluster is linked by reference only: judged on its own setting.
  return [
    ...cases,
    {
      name: "the source cluster of a global cluster is judged on its own setting",
      hcl: `resource "${s.cluster}" "primary" {
  cluster_identifier        = "primary"
${engine}  global_cluster_identifier = "g"
${extra}}

resource "${s.global}" "g" {
  global_cluster_identifier    = "g"
  source_db_cluster_identifier = ${s.cluster}.primary.arn
}
`,
      noPulumi: NO_PULUMI,
      expect: [{ resource: `${s.cluster}.primary`, messageId: "notEncrypted", line: 1 }],
    },
  ];
}
