/**
 * The parts of a SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) that the tests
 * read, so a test reads a parsed log through types instead of `any`. It describes what the tests expect, not what
 * cli/reporters/sarif.ts writes: the schema and the Multitool (sarif-validate.ts) check the rest.
 */
export interface SarifLog {
  $schema: string;
  version: string;
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; rules: SarifRule[] } };
  invocations: SarifInvocation[];
  originalUriBaseIds: Record<string, { uri?: string }>;
  results: SarifResult[];
  /** moat's summary of the run (the JSON report's summary without its duration and exit code). */
  properties?: { summary?: Record<string, unknown> };
}

export interface SarifRule {
  id: string;
  name: string;
  help: { text: string; markdown: string };
  properties: { tags: string[]; "security-severity": string; precision: string } & Record<string, unknown>;
}

export interface SarifInvocation {
  executionSuccessful: boolean;
  exitCode: number;
  toolExecutionNotifications: SarifNotification[];
  toolConfigurationNotifications: SarifNotification[];
}

export interface SarifNotification {
  level: string;
  message: { text: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  suppressions?: unknown[];
  baselineState?: string;
}

/** A result's location: it has a physical location but on standard input (a test compares that one whole). */
export interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> };
}

/** A SARIF log as the tests read it. */
export function parseSarif(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}
