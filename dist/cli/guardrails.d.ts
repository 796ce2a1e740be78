import { type Baseline, type BaselineComparison } from "../core/baseline";
import type { MoatConfig } from "../core/config";
import type { Finding } from "../core/engine";
import type { ResourceGraph } from "../core/model";
import type { AnyRule } from "../core/rule";
import { type FindingPlace, type Notice } from "../core/suppressions";
import type { ScanOutcome } from "./scan";
export interface GuardrailSettings {
    cwd: string;
    config: MoatConfig;
    /** false: `moat:ignore` comments are ignored (--no-inline-suppressions, for central enforcement). */
    inlineSuppressions: boolean;
    /** YYYY-MM-DD (UTC). */
    today: string;
    rules: readonly AnyRule[];
}
/** Applies the config's exceptions, then the inline suppressions, to the outcome's findings; returns the notices. */
export declare function applySuppressions(outcome: ScanOutcome, settings: GuardrailSettings): Notice[];
/**
 * Where each finding is written: its resource's block, the lines of its attribute and of the nested blocks around
 * it, and its module calls. Found through the graph, by door, root and address.
 */
export declare function findingPlaces(graph: ResourceGraph): (f: Finding) => FindingPlace | undefined;
/** Reads a baseline file (`given` as on the command line). Throws BaselineError with what to do. */
export declare function readBaseline(path: string, given: string): Baseline;
export declare function markBaseline(findings: readonly Finding[], baseline: Baseline, cwd: string): BaselineComparison;
/**
 * The baseline of a scan: every finding that is not suppressed, whatever its severity or level — a suppression keeps
 * its own expiry, and a rule made mandatory later or a lower threshold must not turn accepted findings into new ones.
 */
export declare function baselineText(findings: readonly Finding[], cwd: string): {
    text: string;
    count: number;
};
