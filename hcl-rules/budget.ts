/**
 * The evaluation budget of one Terraform source scan (core/limits.ts), shared by every root module, module
 * instance and expression of the scan. Each limit, when reached, yields a `LimitReached` Unknown naming the limit (so
 * the checks that meet it are "not evaluated") and records one error entry at the place where it was reached, naming
 * the limit and how to raise it, so the run exits 2.
 */
import { type EvaluationLimits, resolveLimits } from "../core/limits";
import type { ScanError } from "../core/model";
import { Unknown } from "../core/values";

/** An Unknown caused by a limit of the budget. Not an evaluation error: `try()` and `can()` do not swallow it. */
export class LimitReached extends Unknown {
  constructor(
    reason: string,
    readonly limit: keyof EvaluationLimits,
  ) {
    super(reason);
  }
}

/** Where evaluation currently is (a `SrcRef` of evaluate.ts, typed structurally to keep this module below it). */
export interface Site {
  file: { file: string; lines: { lookup(path: (string | number)[]): { line: number; file?: string } | undefined } };
  path: (string | number)[];
}

/** Errors listed per scan: a hostile file must not turn one limit into a million-line report. */
const MAX_ERRORS = 200;

export function limitHint(limit: keyof EvaluationLimits): string {
  return `raise limits.${limit} in moat.config.yaml if this is intended`;
}

export class Budget {
  readonly limits: EvaluationLimits;
  private readonly errors: ScanError[] = [];
  steps = 0;
  instances = 0;
  depth = 0;
  /** The configuration being evaluated, for the location of errors. */
  site: Site | undefined;
  /** What errors name when there is no site (a `--var` value is "(command line)"). */
  label = "(evaluation)";
  private stepsExhausted: LimitReached | undefined;
  private unlisted = 0;
  private readonly reported = new Set<string>();

  constructor(limits?: Partial<EvaluationLimits>) {
    this.limits = resolveLimits(limits);
  }

  /** Records an error at `site` (default: the current site), once per place and message; at most MAX_ERRORS. */
  error(message: string, site: Site | undefined = this.site): void {
    const place = site ? placeOf(site) : undefined;
    const file = place?.file ?? site?.file.file ?? this.label;
    const line = place?.line;
    const key = `${file}\u0000${line ?? ""}\u0000${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    if (this.errors.length >= MAX_ERRORS) this.unlisted++;
    else this.errors.push(line === undefined ? { file, message } : { file, line, message });
  }

  /** The errors of the scan's evaluation, with a last entry counting those not listed. */
  report(): ScanError[] {
    if (this.unlisted === 0) return this.errors;
    return [...this.errors, { file: this.label, message: `${this.unlisted} more evaluation errors are not listed (the first ${MAX_ERRORS} are)` }];
  }

  /**
   * A limit was reached: the value is Unknown with `reason`, and an error entry says what was cut short here.
   * `what` completes "… exceeds limits.X (N)"; the entry names the limit and how to raise it.
   */
  reached(limit: keyof EvaluationLimits, what: string, site?: Site, consequence = "so it was not evaluated"): LimitReached {
    const reason = `${what} exceeds limits.${limit} (${this.limits[limit]})`;
    this.error(`${reason}, ${consequence}; ${limitHint(limit)}`, site);
    return new LimitReached(reason, limit);
  }

  /** Counts `n` evaluation steps; once the scan's steps are spent, every further evaluation is Unknown. */
  step(n = 1): LimitReached | undefined {
    if (this.stepsExhausted) return this.stepsExhausted;
    this.steps += n;
    if (this.steps <= this.limits.maxSteps) return undefined;
    const reason = `evaluation stopped after limits.maxSteps (${this.limits.maxSteps}) steps`;
    this.error(`the scan's evaluation took more than limits.maxSteps (${this.limits.maxSteps}) steps, so values evaluated from here on are unknown and their checks not evaluated; ${limitHint("maxSteps")}`);
    this.stepsExhausted = new LimitReached(reason, "maxSteps");
    return this.stepsExhausted;
  }

  /** Charges the cost of a value produced in one go (a function result): its elements, or its characters / 16. */
  charge(v: unknown): LimitReached | undefined {
    if (typeof v === "string") return v.length > 64 ? this.step(v.length >> 4) : undefined;
    if (Array.isArray(v)) return v.length > 0 ? this.step(v.length) : undefined;
    if (v && typeof v === "object" && !(v instanceof Unknown)) {
      const n = Object.keys(v).length;
      return n > 0 ? this.step(n) : undefined;
    }
    return undefined;
  }

  /** Checks the size of a collection about to be built: Unknown (and an error) when it is over the limit. */
  collection(size: number, what: string): LimitReached | undefined {
    return size > this.limits.maxCollectionSize ? this.reached("maxCollectionSize", `${what} with ${size} elements`) : undefined;
  }

  /** Checks the length of a string about to be built. */
  string(length: number, what: string): LimitReached | undefined {
    return length > this.limits.maxStringLength ? this.reached("maxStringLength", `${what} of ${length} characters`) : undefined;
  }

  /** Checks a value's size after it was built (for values whose size is only known then). */
  size(v: unknown, what: string): LimitReached | undefined {
    if (typeof v === "string") return this.string(v.length, what);
    if (Array.isArray(v)) return this.collection(v.length, what);
    if (v && typeof v === "object" && !(v instanceof Unknown)) return this.collection(Object.keys(v).length, what);
    return undefined;
  }

  /** The stack ran out before limits.maxEvaluationDepth was reached (it was raised past what the stack holds). */
  stackExhausted(): LimitReached {
    const reason = `evaluation nested deeper than the stack holds (limits.maxEvaluationDepth is ${this.limits.maxEvaluationDepth})`;
    this.error(`${reason}, so it was not evaluated; lower limits.maxEvaluationDepth in moat.config.yaml so that the limit stops such input first`);
    return new LimitReached(reason, "maxEvaluationDepth");
  }

  /** The Unknown for evaluation nested deeper than maxEvaluationDepth. */
  tooDeep(what = "evaluation"): LimitReached {
    const reason = `${what} nested deeper than limits.maxEvaluationDepth (${this.limits.maxEvaluationDepth})`;
    this.error(`${reason}, so it was not evaluated; ${limitHint("maxEvaluationDepth")}`);
    return new LimitReached(reason, "maxEvaluationDepth");
  }
}

function placeOf(site: Site): { line: number; file?: string } | undefined {
  // The deepest prefix of the path that the line index knows (in an override file, for what one replaced).
  for (let n = site.path.length; n >= 0; n--) {
    const span = site.file.lines.lookup(site.path.slice(0, n));
    if (span) return span;
  }
  return undefined;
}
