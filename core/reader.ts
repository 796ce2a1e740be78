/**
 * The reader: how a rule reads a resource's attributes so that it cannot forget an unknown.
 *
 * Every typed read (`string`, `number`, `bool`, `blocks`, …) returns a known value or `undefined` (absent). When the
 * value is Unknown, the read does not return: it throws a `NotEvaluated` sentinel that the engine's rule runner
 * (core/engine.ts) catches, records as "not evaluated" with the attribute's path and the reason template below, and
 * then moves on to the next resource. The rest of the rule's code never sees an Unknown.
 *
 * Some verdicts must go on past an unknown (a known internet CIDR decides even when another CIDR is unknown). For
 * those, `maybe` returns the raw three-state Value without throwing, and the rule decides; `ctx.attempt` runs one part
 * of a check (one listener rule of a listener) so that an unknown in it ends that part only.
 *
 * Explicit `ctx.unknown` stays for semantic unknowns: a value that is known but that moat cannot judge (a policy name
 * it does not know), or a related resource that may not be created.
 */
import type { Resource } from "./model";
import { type AttrPath, type Attrs, type Known, type Unknown, type Value, asBool, asList, asNumber, asString, firstUnknown, isAbsent, isUnknown, oneOf, unknown } from "./values";

/**
 * The reasons the reader gives, by id. `{{path}}` is the attribute's path in the resource, `{{reason}}` the Unknown's
 * own reason ("var.protocol has no value", "known after apply", "unknown during preview"), which users see unchanged.
 */
export const UNKNOWN_REASONS = {
  unknownAttribute: "{{path}} is not known: {{reason}}",
} as const;

export type UnknownReasonId = keyof typeof UNKNOWN_REASONS;
const ATTRIBUTE: UnknownReasonId = "unknownAttribute";

/**
 * Thrown by a read that met an Unknown: the check of `resource` stops there and the engine records it as not
 * evaluated. Not an Error (no stack to build): it is control flow, caught by core/engine.ts and `ctx.attempt`.
 */
export class NotEvaluated {
  constructor(
    readonly value: Unknown,
    readonly at: AttrPath,
    readonly resource: Resource,
    /** How the reason is worded: an attribute read names its path; a computed value's own reason says it all. */
    readonly reasonId?: UnknownReasonId,
  ) {}
}

/** A name or a path below the reader's own path: `"protocol"`, `["redirect", 0, "protocol"]`. */
export type Key = string | AttrPath;

/** Stops the check of `resource`: `value` (at `at`) is not known. */
export function notEvaluated(value: Unknown, at: AttrPath, resource: Resource, reasonId?: UnknownReasonId): never {
  throw new NotEvaluated(value, at, resource, reasonId);
}

/**
 * A value computed by a view or a helper that may be Unknown: returned when known; else the check of `resource` stops
 * with the value's own reason, located at `at` (what `ctx.known` does, for helpers that get no context).
 */
export function known<T>(value: T | Unknown, at: AttrPath, resource: Resource): T {
  if (isUnknown(value)) notEvaluated(value, at, resource);
  return value;
}

/** Reads the attributes of a resource, or of one nested block of it. */
export class Reader {
  constructor(
    readonly resource: Resource,
    readonly attrs: Attrs,
    /** The path of `attrs` in the resource: `[]` for the resource, `["default_action", 0]` for a block. */
    readonly base: AttrPath = [],
    /** Set by `onBehalfOf`: the check an unknown stops, and where it is located there. */
    private readonly behalf?: { resource: Resource; at: AttrPath },
  ) {}

  /**
   * This reader, reading for the check of another resource that uses this one (an instance reading its parameter group):
   * an unknown met here stops that check, located at `at` (the attribute that names this resource), with the value's
   * own reason.
   */
  onBehalfOf(resource: Resource, at: AttrPath): Reader {
    return new Reader(this.resource, this.attrs, this.base, { resource, at });
  }

  /** Stops the check: the value at `path` (below this reader) is not known. */
  private stop(value: Unknown, path: AttrPath): never {
    if (this.behalf) notEvaluated(value, this.behalf.at, this.behalf.resource);
    notEvaluated(value, this.at(path), this.resource, ATTRIBUTE);
  }

  /** The full path of a key, for `at` in a finding. */
  at(key: Key = []): AttrPath {
    return [...this.base, ...steps(key)];
  }

  /** The raw value, three-state: known, absent (`undefined`) or Unknown. Never throws: the rule decides. */
  maybe(key: Key): Value {
    return walk(this.attrs, steps(key)).value;
  }

  /** The value, known (`undefined` when absent). Its inside may still hold Unknowns: see `whole`. */
  value(key: Key): Known | undefined {
    const { value, at } = walk(this.attrs, steps(key));
    if (isUnknown(value)) this.stop(value, at);
    return value as Known | undefined;
  }

  /** The value with nothing unknown anywhere inside it (a list of CIDRs, a map of tags). */
  whole(key: Key): Known | undefined {
    const v = this.value(key);
    const inner = firstUnknown(v);
    if (inner) this.stop(inner, steps(key));
    return v;
  }

  /** A string (numbers and booleans convert, as in HCL); `undefined` when absent or not a string. */
  string(key: Key): string | undefined {
    return asString(this.value(key));
  }

  /**
   * A string for a message, never stopping the check: the known string, `whenUnknown` when it is Unknown (the reason is
   * not repeated in every message), `undefined` when absent.
   */
  stringOr(key: Key, whenUnknown: string): string | undefined {
    const v = this.maybe(key);
    return isUnknown(v) ? whenUnknown : asString(v);
  }

  /**
   * Whether the attribute is set to a non-blank value, or may be (it is Unknown: a reference to an ARN or an id not
   * known yet names one). Never stops the check.
   */
  mayBeSet(key: Key): boolean {
    const v = this.maybe(key);
    return isUnknown(v) || (asString(v)?.trim() ?? "") !== "";
  }

  /**
   * Whether the attribute may be one of `values` (compared ignoring case): true when it is one or is Unknown, false when
   * it is absent or another value. Never stops the check: for a test that decides the resource is out of scope before
   * the value matters (read it with `string` once it does).
   */
  mayBe(key: Key, values: readonly string[]): boolean {
    const v = this.maybe(key);
    return isUnknown(v) || oneOf(v, values);
  }

  /** A string, upper-cased (protocols). */
  upper(key: Key): string | undefined {
    return this.string(key)?.toUpperCase();
  }

  /** A number (numeric strings convert); `undefined` when absent or not a number. */
  number(key: Key): number | undefined {
    return asNumber(this.value(key));
  }

  /** A boolean (`"true"`/`"false"` convert, as in Terraform); `undefined` when absent or not a boolean. */
  bool(key: Key): boolean | undefined {
    return asBool(this.value(key));
  }

  /**
   * A boolean setting, triaged: `true`/`false` (`"true"`/`"false"` convert, as in Terraform), `undefined` when absent or
   * null (the provider's default applies). A value that is set but is not a boolean (`"yes"`, `1`) stops the check, not
   * evaluated ("is not a boolean moat can read"): moat does not guess what the provider makes of it, and a rule that
   * used `bool` would read it as absent (a silent pass or a wrong "not set").
   */
  flag(key: Key): boolean | undefined {
    const v = this.value(key);
    if (isAbsent(v)) return undefined;
    const b = asBool(v);
    if (b !== undefined) return b;
    const path = this.at(key);
    const reason = unknown(`${path.join(".")} = ${JSON.stringify(v)} is not a boolean moat can read`);
    if (this.behalf) notEvaluated(reason, this.behalf.at, this.behalf.resource);
    return notEvaluated(reason, path, this.resource);
  }

  /**
   * Whether the attribute is set: not absent, not null, not a blank string, not an empty list. An Unknown the provider
   * guarantees set (another resource's `id` or `arn`) counts as set; any other Unknown stops the check.
   */
  present(key: Key): boolean {
    const { value, at } = walk(this.attrs, steps(key));
    if (isUnknown(value)) {
      if (value.facts.present) return true;
      this.stop(value, at);
    }
    if (value === undefined || value === null) return false;
    if (typeof value === "string") return value.trim() !== "";
    return !Array.isArray(value) || value.length > 0;
  }

  /** A list: a known array (a single value is wrapped; absent is empty). Its elements may be Unknown: see `whole`. */
  list(key: Key): Value[] {
    return asList(this.value(key)) as Value[]; // value() has stopped on an Unknown
  }

  /** The nested blocks, each with its own reader. An unknown list, or an unknown block in it, stops the check. */
  blocks(key: Key): Reader[] {
    const path = steps(key);
    const out: Reader[] = [];
    this.list(path).forEach((item, index) => {
      if (isUnknown(item)) this.stop(item, [...path, index]);
      if (item && typeof item === "object" && !Array.isArray(item)) out.push(new Reader(this.resource, item, this.at([...path, index]), this.behalf));
    });
    return out;
  }

  /** The first nested block, or `undefined` when there is none. */
  block(key: Key): Reader | undefined {
    return this.blocks(key)[0];
  }

  /**
   * A value computed from this resource (by a view, a helper) that may be Unknown: returned when known, else the check
   * stops, located at `key`.
   */
  known<T>(value: T | Unknown, key: Key = []): T {
    if (isUnknown(value)) {
      if (this.behalf) notEvaluated(value, this.behalf.at, this.behalf.resource);
      notEvaluated(value, this.at(key), this.resource);
    }
    return value;
  }
}

/** A reader of a resource's attributes. */
export function read(resource: Resource): Reader {
  return new Reader(resource, resource.attrs);
}

function steps(key: Key): AttrPath {
  return typeof key === "string" ? [key] : key;
}

/**
 * Follows a path, as `get` (core/values.ts) does, and says where it stopped: at the first Unknown (`at` is the path up
 * to it, so the not-evaluated note points at the attribute that is unknown) or at an absent step (`undefined`).
 * A single block written as an object is read as a list of one, as `blocks` does.
 */
function walk(attrs: Attrs, path: AttrPath): { value: Value; at: AttrPath } {
  let cur: Value = attrs;
  for (let i = 0; i < path.length; i++) {
    if (isUnknown(cur)) return { value: cur, at: path.slice(0, i) };
    if (cur === undefined || cur === null) return { value: undefined, at: path };
    const step = path[i];
    if (typeof step === "number") {
      if (Array.isArray(cur)) cur = cur[step];
      else cur = step === 0 && typeof cur === "object" ? cur : undefined;
    } else {
      if (typeof cur !== "object" || Array.isArray(cur)) return { value: undefined, at: path };
      cur = (cur)[step];
    }
  }
  return { value: cur === null ? undefined : cur, at: path };
}

/**
 * Unknowns that decide only if nothing else does. A verdict that goes on past them (another listener, another policy may
 * still settle it) runs its reads through `test`, which keeps the first unknown met instead of stopping; when nothing
 * has decided, `settle` stops the check of `resource` with it, located at `at`, with the value's own reason.
 */
export class Doubt {
  private first: Unknown | undefined;

  constructor(
    private readonly resource: Resource,
    private readonly at: AttrPath = [],
  ) {}

  /** Runs reads: their result, or `undefined` when they met an unknown (kept, reworded by `word` if given). */
  test<T>(reads: () => T, word?: (value: Unknown) => Unknown): T | undefined {
    try {
      return reads();
    } catch (error) {
      if (!(error instanceof NotEvaluated)) throw error;
      this.first ??= word ? word(error.value) : error.value;
      return undefined;
    }
  }

  /** Keeps an unknown found another way (a resource that may not be created). */
  keep(value: Unknown | undefined): void {
    this.first ??= value;
  }

  /** Keeps the first unknown of another doubt (one settled inside this one). */
  adopt(other: Doubt): void {
    this.first ??= other.first;
  }

  /** Whether an unknown was kept. */
  get open(): boolean {
    return this.first !== undefined;
  }

  /** Stops the check with the first unknown kept, if any. */
  settle(): void {
    if (this.first) notEvaluated(this.first, this.at, this.resource);
  }
}
