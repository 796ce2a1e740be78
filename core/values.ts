/**
 * Three-state values. Every attribute a rule reads is one of:
 * - known: a plain JSON-like value (string, number, boolean, null, array, object);
 * - absent: `undefined` — the attribute is not set, so the provider default applies;
 * - Unknown: the value cannot be known here (a variable without a value, "known after apply",
 *   "unknown during preview"). It carries the reason, which reaches the user.
 *
 * Nested blocks are arrays of objects in every door (as in hcl2json and plan JSON).
 */
/**
 * What is known about a value that is not: enough, sometimes, to decide a check anyway. Set only where a fact of
 * Terraform or AWS guarantees it, never guessed.
 */
export interface UnknownFacts {
  /** The value will be set, never null or empty: a resource's `id` or `arn`. */
  readonly present?: boolean;
  /**
   * The value is a CIDR whose prefix length is at least this: an IPv4 VPC or subnet CIDR block is /16 to /28
   * (EC2 API CreateVpc and CreateSubnet), so it is never "the internet".
   */
  readonly minPrefix?: number;
  /**
   * The value is a string made of these pieces, in order: known text, and `null` where a piece is not known (the
   * template `"postgresql://app:${random_password.db.result}@db.internal/orders?sslmode=disable"`). Set by the source
   * door's evaluator on a template that has known text around an unknown part.
   */
  readonly text?: ReadonlyArray<string | null>;
  /** The value is `jsonencode` of this value, which holds Unknowns (an ECS task's container definitions). */
  readonly encodes?: Value;
}

/** The IPv4 CIDR blocks of VPCs and subnets: AWS accepts /16 to /28 (EC2 API CreateVpc, CreateSubnet). */
const NETWORK_CIDR_TYPES = new Set(["aws_vpc", "aws_default_vpc", "aws_subnet", "aws_default_subnet"]);

/**
 * Identifiers the Terraform AWS provider always sets, generating a unique one when the configuration gives none
 * ("If omitted, Terraform will assign a random, unique identifier": aws_db_instance `identifier`, aws_rds_cluster
 * `cluster_identifier`). A read replica names its source by them (`replicate_source_db = aws_db_instance.x.identifier`).
 */
const GENERATED_IDENTIFIERS: Readonly<Record<string, string>> = { aws_db_instance: "identifier", aws_rds_cluster: "cluster_identifier" };

/** What AWS guarantees about an attribute of a resource or data source that is known only after apply or at plan time. */
export function computedFacts(type: string, attr: string): UnknownFacts {
  if (attr === "id" || attr === "arn" || GENERATED_IDENTIFIERS[type] === attr) return { present: true };
  if (attr === "cidr_block" && NETWORK_CIDR_TYPES.has(type)) return { minPrefix: 16 };
  return {};
}

export class Unknown {
  constructor(
    readonly reason: string,
    readonly facts: UnknownFacts = {},
  ) {}
  toString(): string {
    return `(unknown: ${this.reason})`;
  }
}

export type Known = string | number | boolean | null | Known[] | { [key: string]: Value };
export type Value = Known | Unknown | undefined | Value[] | { [key: string]: Value };
export type Attrs = { [key: string]: Value };

/**
 * Sets an attribute as an own property, even one named `__proto__` (from JSON input), which plain assignment would
 * turn into the object's prototype: its attributes would then be inherited, not the object's own.
 */
export function setAttr(target: Attrs, key: string, value: Value): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A path to an attribute: `["default_action", 0, "redirect", 0, "protocol"]`. */
export type AttrPath = ReadonlyArray<string | number>;

export function unknown(reason: string): Unknown {
  return new Unknown(reason);
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export function isAbsent(v: Value): v is undefined | null {
  return v === undefined || v === null;
}

/** True when the value contains an Unknown anywhere. */
export function containsUnknown(v: Value): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v && typeof v === "object") return Object.values(v).some(containsUnknown);
  return false;
}

/** The first Unknown found in the value (depth first), for its reason. */
export function firstUnknown(v: Value): Unknown | undefined {
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  } else if (v && typeof v === "object") {
    for (const x of Object.values(v)) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  }
  return undefined;
}

/** Reads a path; stops at the first Unknown or absent step and returns it. */
export function get(v: Value, path: AttrPath): Value {
  let cur: Value = v;
  for (const step of path) {
    if (isUnknown(cur) || cur === undefined || cur === null) return cur === null ? undefined : cur;
    if (typeof step === "number") {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[step];
    } else {
      if (typeof cur !== "object" || Array.isArray(cur)) return undefined;
      cur = cur[step];
    }
  }
  return cur === null ? undefined : cur;
}

/** A nested block list: always an array of objects (a single object is wrapped), or Unknown. */
export function blocks(v: Value): Attrs[] | Unknown {
  if (isUnknown(v)) return v;
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: Attrs[] = [];
  for (const item of list) {
    if (isUnknown(item)) return item;
    if (item && typeof item === "object" && !Array.isArray(item)) out.push(item);
  }
  return out;
}

/**
 * The blocks of a nested block list one by one, keeping each block's index, so one unknown block never hides a known
 * sibling: known blocks in `known`, each unknown element (or the whole list, index undefined) in `unknown`.
 */
export function blockEntries(v: Value): { known: { block: Attrs; index: number }[]; unknown: { value: Unknown; index?: number }[] } {
  if (isUnknown(v)) return { known: [], unknown: [{ value: v }] };
  if (v === undefined || v === null) return { known: [], unknown: [] };
  const list = Array.isArray(v) ? v : [v];
  const known: { block: Attrs; index: number }[] = [];
  const unknownBlocks: { value: Unknown; index?: number }[] = [];
  list.forEach((item, index) => {
    if (isUnknown(item)) unknownBlocks.push({ value: item, index });
    else if (item && typeof item === "object" && !Array.isArray(item)) known.push({ block: item, index });
  });
  return { known, unknown: unknownBlocks };
}

/** A string, if the value is a known string or a number/boolean (HCL converts these freely). */
export function asString(v: Value): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

/** A number, if the value is a known number or a numeric string. */
export function asNumber(v: Value): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

/** A boolean, if the value is a known boolean or the strings "true"/"false" (as Terraform converts). */
export function asBool(v: Value): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    if (v === "true") return true;
    if (v === "false") return false;
  }
  return undefined;
}

/** A list of values: a known array, a single scalar wrapped, or Unknown. */
export function asList(v: Value): Value[] | Unknown {
  if (isUnknown(v)) return v;
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

export const isTrue = (v: Value): boolean => asBool(v) === true;

/** Compares dotted versions numerically ("10.11" > "10.5"; a missing part is 0: "1.0.4" = "1.0.4.0"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Case-insensitive membership; false when the value is not a known string. */
export function oneOf(v: Value, expected: readonly string[]): boolean {
  const s = asString(v)?.toLowerCase();
  return s !== undefined && expected.some((e) => e.toLowerCase() === s);
}

