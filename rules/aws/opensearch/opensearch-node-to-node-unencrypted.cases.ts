import { defineCases } from "../../../core/cases";
import rule from "./opensearch-node-to-node-unencrypted";
import { domainEncryptionCases } from "./domain-encryption-cases";

export default defineCases(
  rule,
  domainEncryptionCases({
    block: "node_to_node_encryption",
    onName: "node-to-node encryption",
    cannot: "encrypt between nodes",
    oldVersion: "5.6",
    variable: "node_to_node",
    off: "nodeToNodeOff",
    unsupported: "nodeToNodeUnsupported",
  }),
);
