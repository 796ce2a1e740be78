import { defineCases } from "../../../core/cases";
import rule from "./opensearch-storage-unencrypted";
import { domainEncryptionCases } from "./domain-encryption-cases";

export default defineCases(
  rule,
  domainEncryptionCases({
    block: "encrypt_at_rest",
    onName: "encryption at rest",
    cannot: "encrypt at rest",
    oldVersion: "5.0",
    variable: "at_rest",
    off: "atRestOff",
    unsupported: "atRestUnsupported",
  }),
);
