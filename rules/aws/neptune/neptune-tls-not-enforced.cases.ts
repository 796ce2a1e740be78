import { defineCases } from "../../../core/cases";
import rule from "./neptune-tls-not-enforced";

export default defineCases(rule, [
  {
    name: "group turns enforcement off for a cluster on an engine older than 1.0.4.0",
    doc: true,
    hcl: `resource "aws_neptune_cluster_parameter_group" "legacy" {
  name   = "graph-legacy"
  family = "neptune1"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "0"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine_version                       = "1.0.2.2"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.legacy.name
}
`,
    expect: [{ resource: "aws_neptune_cluster_parameter_group.legacy", messageId: "enforcementOff", line: 7 }],
  },
  {
    name: "group named by a literal, shared by two old clusters: one finding",
    hcl: `resource "aws_neptune_cluster_parameter_group" "legacy" {
  name   = "graph-legacy"
  family = "neptune1"

  parameter {
    name  = "neptune_query_timeout"
    value = "120000"
  }

  parameter {
    name         = "neptune_enforce_ssl"
    value        = "0"
    apply_method = "pending-reboot"
  }
}

resource "aws_neptune_cluster" "graph" {
  count                                = 2
  cluster_identifier                   = "graph-\${count.index}"
  engine_version                       = "1.0.3.0"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = "graph-legacy"
}
`,
    expect: [{ resource: "aws_neptune_cluster_parameter_group.legacy", messageId: "enforcementOff", line: 12 }],
  },
  {
    name: "a neptune1 group that no cluster in the input uses, with enforcement off",
    hcl: `resource "aws_neptune_cluster_parameter_group" "shared" {
  name   = "platform-neptune-legacy"
  family = "neptune1"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "0"
  }
}
`,
    expect: [{ resource: "aws_neptune_cluster_parameter_group.shared", messageId: "unusedGroupEnforcementOff", line: 7 }],
  },
  {
    name: "enforcement off through a variable with a value",
    vars: ["enforce=0"],
    hcl: `variable "enforce" {
  type    = string
  default = "1"
}

resource "aws_neptune_cluster_parameter_group" "this" {
  name   = "graph"
  family = "neptune1"

  parameter {
    name  = "neptune_enforce_ssl"
    value = var.enforce
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine_version                       = "1.0.1.0"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.this.id
}
`,
    expect: [{ resource: "aws_neptune_cluster_parameter_group.this", messageId: "enforcementOff", line: 12 }],
  },
  // ---------------------------------------------------------------- good
  {
    name: "no parameter group: the default group requires TLS",
    doc: true,
    hcl: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine_version     = "1.3.2.1"
  storage_encrypted  = true
}
`,
    expect: [],
  },
  {
    name: "enforcement off, but the engine (1.2.1.0) accepts only HTTPS",
    hcl: `resource "aws_neptune_cluster_parameter_group" "legacy" {
  name   = "graph-legacy"
  family = "neptune1.2"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "0"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine_version                       = "1.2.1.0"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.legacy.name
}
`,
    expect: [],
  },
  {
    name: "enforcement off, engine_version absent: AWS's default engine accepts only HTTPS",
    hcl: `resource "aws_neptune_cluster_parameter_group" "legacy" {
  name   = "graph-legacy"
  family = "neptune1.3"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "0"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.legacy.name
}
`,
    expect: [],
  },
  {
    name: "old engine with a group that enforces TLS",
    hcl: `resource "aws_neptune_cluster_parameter_group" "tls" {
  name   = "graph-tls"
  family = "neptune1"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "1"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine_version                       = "1.0.2.2"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.tls.name
}
`,
    expect: [],
  },
  {
    name: "an unused neptune1.3 group with enforcement off: the parameter has no effect there",
    hcl: `resource "aws_neptune_cluster_parameter_group" "shared" {
  name   = "platform-neptune"
  family = "neptune1.3"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "0"
  }
}
`,
    expect: [],
  },
  {
    name: "engine 1.0.4.1 honours enforcement off until patch R2 (not evaluated)",
    hcl: `resource "aws_neptune_cluster_parameter_group" "legacy" {
  name   = "graph-legacy"
  family = "neptune1"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "0"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine_version                       = "1.0.4.1"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.legacy.name
}
`,
    expect: [],
    unknown: ["aws_neptune_cluster.graph"],
  },
  {
    name: "engine version from a variable without a value is not evaluated",
    hcl: `variable "engine_version" {
  type = string
}

resource "aws_neptune_cluster_parameter_group" "legacy" {
  name   = "graph-legacy"
  family = "neptune1"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "0"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine_version                       = var.engine_version
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.legacy.name
}
`,
    expect: [],
    unknown: ["aws_neptune_cluster.graph"],
  },
  {
    name: "a parameter group that is not in the input is not evaluated",
    hcl: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine_version                       = "1.0.2.2"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = "shared-neptune-params"
}
`,
    expect: [],
    unknown: ["aws_neptune_cluster.graph"],
  },
  {
    name: "one group used by two clusters on old engines: one finding naming both",
    hcl: `resource "aws_neptune_cluster_parameter_group" "legacy" {
  name   = "graph-legacy"
  family = "neptune1"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "0"
  }
}

resource "aws_neptune_cluster" "a" {
  cluster_identifier                   = "graph-a"
  engine_version                       = "1.0.2.2"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.legacy.name
}

resource "aws_neptune_cluster" "b" {
  cluster_identifier                   = "graph-b"
  engine_version                       = "1.0.3.0"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.legacy.name
}
`,
    expect: [{ resource: "aws_neptune_cluster_parameter_group.legacy", messageId: "enforcementOff", line: 7 }],
  },
  {
    name: "an unused neptune1 group with a value AWS does not document is not evaluated",
    hcl: `resource "aws_neptune_cluster_parameter_group" "shared" {
  name   = "platform-neptune-legacy"
  family = "neptune1"

  parameter {
    name  = "neptune_enforce_ssl"
    value = "2"
  }
}
`,
    expect: [],
    unknown: ["aws_neptune_cluster_parameter_group.shared"],
  },
]);
