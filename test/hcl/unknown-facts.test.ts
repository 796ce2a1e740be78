/**
 * What the source door knows about a value it cannot read (core/values.ts `UnknownFacts`): a VPC's or subnet's CIDR
 * read by a data source is /16 to /28, so never the internet; anything computed from such a value knows nothing.
 * These are evaluator cases (the plan door holds the values its data sources read), run through MOAT-SG-002.
 */
import type { RuleCase } from "../../core/cases";
import rule from "../../rules/aws/ec2/sg-public-ingress-restricted-port";
import { runHclCase } from "../support/doors";

const cases: RuleCase[] = [
  {
    name: "SSH from the CIDRs of a VPC and a subnet read by data sources: /16 or narrower, never the internet",
    hcl: `data "aws_vpc" "shared" {
  tags = { Name = "shared" }
}

data "aws_subnet" "app" {
  id = "subnet-0123456789abcdef0"
}

resource "aws_security_group_rule" "ssh_from_vpc" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [data.aws_vpc.shared.cidr_block, "\${data.aws_subnet.app.cidr_block}"]
  security_group_id = "sg-0123456789abcdef0"
}
`,
    expect: [],
  },
  {
    name: "SSH from the CIDR of every association of a VPC read by a data source: nothing known about them (not evaluated)",
    hcl: `data "aws_vpc" "shared" {
  tags = { Name = "shared" }
}

resource "aws_security_group_rule" "ssh_from_vpc" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = data.aws_vpc.shared.cidr_block_associations[*].cidr_block
  security_group_id = "sg-0123456789abcdef0"
}
`,
    expect: [],
    unknown: ["aws_security_group_rule.ssh_from_vpc"],
  },
  {
    name: "SSH from a CIDR computed from a VPC's CIDR by replace(): nothing is known about it (not evaluated)",
    hcl: `resource "aws_vpc" "main" {
  ipv4_ipam_pool_id   = "ipam-pool-0123456789abcdef0"
  ipv4_netmask_length = 20
}
resource "aws_security_group_rule" "ssh_from_vpc" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [replace(aws_vpc.main.cidr_block, "/16", "/0")]
  security_group_id = "sg-0123456789abcdef0"
}
`,
    expect: [],
    unknown: ["aws_security_group_rule.ssh_from_vpc"],
  },
];

test.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
  const out = await runHclCase(rule, c);
  expect(out.errors).toEqual([]);
  expect(out.located).toEqual([]);
  expect(out.unknown).toEqual(c.unknown ?? []);
});
