/**
 * Values while the Terraform source door evaluates: lazily resolved objects (a resource, `var`, a module's outputs),
 * the recorder of the references an evaluation makes, the scopes of local bindings, sensitive values as
 * pseudo-references, and the guards that keep a bug or an exhausted stack inside one value. What a scope's module
 * instance (evaluate.ts) offers is the `ScopeModule` interface; the expressions themselves are eval-expression.ts.
 */
import { type Value, Unknown, isUnknown } from "../core/values";
import type { Budget, Site } from "./budget";
import type { ScanFiles } from "./file-functions";
import type { SrcRef } from "./module-def";


/** An object whose attributes are resolved on access: a resource, a module's outputs, `var`, `local`… */
export class Lazy {
  constructor(
    readonly describe: string,
    readonly getter: (key: string) => EvalValue,
    /** Called when the whole object is used as a value (it then becomes Unknown). */
    readonly onWhole: () => void = () => {},
  ) {}
}

export type EvalValue = Value | Lazy | EvalValue[] | { [key: string]: EvalValue };

/** Evaluated block bodies and object literals remember where they were written, for line numbers. */
export const sourceOf = new WeakMap<object, SrcRef>();

/**
 * What `RefCollector.end` gives for a recording that touched nothing (most do): one set for all of them, so nothing
 * may add to it.
 */
class NoRefs extends Set<string> {
  override add(id: string): this {
    throw new Error(`internal error: reference ${id} added to the shared empty reference set`);
  }
}
const NO_REFS: Set<string> = new NoRefs();

/** Reference recorder: the resource instance ids an attribute's evaluation touched. */
export class RefCollector {
  /** One entry per open recording: its set, made when it records its first reference. */
  private readonly stack: (Set<string> | undefined)[] = [];
  begin(): void {
    this.stack.push(undefined);
  }
  end(): Set<string> {
    return this.stack.pop() ?? NO_REFS;
  }
  /** How many recordings are open (to close those an exception left open). */
  get open(): number {
    return this.stack.length;
  }
  closeTo(open: number): void {
    this.stack.length = Math.min(this.stack.length, open);
  }
  add(id: string): void {
    const top = this.stack.length - 1;
    if (top >= 0) (this.stack[top] ??= new Set()).add(id);
  }
  addAll(ids: ReadonlySet<string>): void {
    const top = this.stack.length - 1;
    if (top < 0 || ids.size === 0) return;
    const set = (this.stack[top] ??= new Set());
    for (const id of ids) set.add(id);
  }
}

export interface Cached {
  value: EvalValue;
  refs: Set<string>;
}

/** What the evaluation of one root module shares with the expressions evaluated in it (evaluate.ts's Evaluation). */
export interface EvalShared {
  readonly refs: RefCollector;
  readonly budget: Budget;
  /** The value behind each sensitive pseudo-reference (see `SENSITIVE_REF`). */
  readonly sensitiveValues: Map<string, EvalValue>;
  readonly files: ScanFiles | undefined;
  readonly workspace: string | undefined;
  readonly rootKey: string;
}

/** What an expression reads of the module instance its scope belongs to (evaluate.ts's ModuleInstance). */
export interface ScopeModule {
  readonly ev: EvalShared;
  readonly def: { readonly dir: string; readonly resourceTypes: ReadonlySet<string>; readonly files: readonly { json: Record<string, unknown> }[] };
  readonly caller?: { readonly instance: ScopeModule };
  readonly scope: Scope;
  variable(name: string): EvalValue;
  local(name: string): EvalValue;
  /** The pseudo-reference of a sensitive value of this module instance (see `SENSITIVE_REF`). */
  markSensitive(what: string, value: EvalValue): string;
  /** `module.NAME`: the outputs of a module call's instances. */
  moduleValue(name: string): EvalValue;
  /** `data.TYPE.NAME`. */
  dataValue(type: string, name: string): EvalValue;
  /** `TYPE.NAME`: the instances of a resource block declared in this module. */
  resourceValue(type: string, name: string): EvalValue;
}

// ------------------------------------------------------------------ scopes

/** Local bindings: count/each, for-expression variables, dynamic-block iterators, the splat item. */
export class Scope {
  /**
   * At most two bindings per scope, in fields: a scope is made for every element of every for-expression, so it must
   * be cheap to make. `with` chains scopes for more.
   */
  private constructor(
    readonly module: ScopeModule,
    private readonly parent: Scope | undefined,
    private readonly name1?: string,
    private readonly value1?: EvalValue,
    private readonly name2?: string,
    private readonly value2?: EvalValue,
  ) {}

  static of(module: ScopeModule): Scope {
    return new Scope(module, undefined);
  }

  with(bindings: Record<string, EvalValue>): Scope {
    return Object.keys(bindings).reduce<Scope>((scope, name) => new Scope(this.module, scope, name, bindings[name]), this);
  }

  /** One binding, or two (`for k, v in …`: keyVar is undefined without a key variable). */
  bind(valVar: string, value: EvalValue, keyVar?: string, key?: EvalValue): Scope {
    return new Scope(this.module, this, valVar, value, keyVar, key);
  }

  lookupBinding(name: string): EvalValue | typeof NOT_BOUND {
    return Scope.lookupFrom(this, name);
  }

  /** A loop, not a recursion: a chain of scopes is as long as the evaluation is deep. */
  private static lookupFrom(scope: Scope, name: string): EvalValue | typeof NOT_BOUND {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      if (s.name1 === name) return s.value1;
      if (s.name2 !== undefined && s.name2 === name) return s.value2;
    }
    return NOT_BOUND;
  }
}

export const NOT_BOUND = Symbol("not bound");
export const SPLAT_ITEM = "\u0000splat";

// ------------------------------------------------------------------ sensitivity

/**
 * Sensitive values travel as pseudo-references: reading a `sensitive = true` variable or module output records a
 * reference to `SENSITIVE_REF + <what>`, and the reference recorder already carries references through every
 * expression, local, module input and output, and resource attribute. An attribute whose evaluation touched one is
 * sensitive as a whole, as Terraform marks any value derived from a sensitive one; the adapter turns it into the
 * resource's `secrets`, which every output redacts. Pseudo-references are never graph edges.
 */
export const SENSITIVE_REF = "\u0000sensitive:";

export function isSensitiveRef(id: string): boolean {
  return id.startsWith(SENSITIVE_REF);
}

/**
 * An exception escaped evaluation: a bug, or a stack exhausted despite the depth guards. The value is Unknown and an
 * error entry names what was lost (never a stack trace or a path from the message).
 */
export function unexpected(e: unknown, budget: Budget, what: string, site?: Site): Unknown {
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    budget.site = site ?? budget.site;
    return budget.stackExhausted();
  }
  const detail = e instanceof Error ? `${e.name}: ${e.message.replace(/\s+/g, " ").slice(0, 200)}` : String(e).slice(0, 200);
  budget.error(`${what} could not be evaluated (internal error: ${detail}); this is a bug in moat, please report it`, site);
  return new Unknown(`${what} could not be evaluated (internal error)`);
}

/**
 * Runs one evaluation so that an exception cannot escape it: a bug or an exhausted stack makes this value Unknown (with
 * an error entry), and the budget and the reference recorder are as they were before it, so the scan goes on.
 */
export function guarded<T>(ev: EvalShared, what: string, site: SrcRef, run: () => T): T | Unknown {
  const { site: outerSite, depth } = ev.budget;
  const open = ev.refs.open;
  ev.budget.site = site;
  try {
    return run();
  } catch (e) {
    ev.refs.closeTo(open);
    return unexpected(e, ev.budget, what, site);
  } finally {
    ev.budget.site = outerSite;
    ev.budget.depth = depth;
  }
}



/** Replaces Lazy objects used as whole values by Unknown (recording the reference). */
export function sanitize(v: EvalValue, _scope?: Scope): Value {
  if (v instanceof Lazy) {
    v.onWhole();
    return new Unknown(`${v.describe} is not a plain value`);
  }
  return v as Value;
}

/**
 * Deep version of sanitize for values that leave the evaluator (resource attributes). A value nested deeper than
 * limits.maxEvaluationDepth (built step by step through cached locals) is cut there, so that no consumer of the model
 * meets a value deep enough to exhaust its stack.
 */
export function finalise(v: EvalValue, budget: Budget): Value {
  const walk: Walk = { nodes: 0 };
  const out = finaliseNode(v, budget, 0, walk);
  return walk.cut ?? out;
}

/** A value's walk by finalise: the nodes seen, and the Unknown that stopped it (then the whole value is Unknown). */
interface Walk {
  nodes: number;
  cut?: Unknown;
}

function finaliseNode(v: EvalValue, budget: Budget, depth: number, walk: Walk): Value {
  if (depth > budget.limits.maxEvaluationDepth) return budget.tooDeep("value");
  if (walk.cut) return walk.cut;
  // One step per node, and at most limits.maxCollectionSize nodes per value: parts shared by many elements are
  // walked each time they occur, here and by every consumer of the model.
  if (++walk.nodes > budget.limits.maxCollectionSize) {
    return (walk.cut = budget.reached("maxCollectionSize", `a value with more than ${budget.limits.maxCollectionSize} elements in all`));
  }
  const spent = budget.step();
  if (spent) return (walk.cut = spent);
  if (v instanceof Lazy) {
    v.onWhole();
    return new Unknown(`${v.describe} (a whole object) is known after apply`);
  }
  // A copy is made only once an element changes (most values are already final): the elements before it are copied
  // then, the rest as they are walked.
  if (Array.isArray(v)) {
    let out: Value[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      const f = finaliseNode(x, budget, depth + 1, walk);
      if (out === undefined && f !== x) out = (v as Value[]).slice(0, i);
      out?.push(f);
    }
    return out === undefined ? (v as Value) : withSourceOf(v, out);
  }
  if (v && typeof v === "object" && !isUnknown(v)) {
    const obj = v as Record<string, EvalValue>;
    const keys = Object.keys(obj);
    let out: Record<string, Value> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const x = obj[keys[i]];
      const f = finaliseNode(x, budget, depth + 1, walk);
      if (out === undefined && f !== x) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = obj[keys[j]] as Value;
      }
      if (out !== undefined) out[keys[i]] = f;
    }
    return out === undefined ? (v as Value) : withSourceOf(v, out);
  }
  return v;
}

/** `copy`, which replaces `original`, remembers where the original was written. */
function withSourceOf<T extends object>(original: object, copy: T): T {
  const src = sourceOf.get(original);
  if (src) sourceOf.set(copy, src);
  return copy;
}

export function isPlainObject(v: EvalValue): v is Record<string, EvalValue> {
  return !!v && typeof v === "object" && !Array.isArray(v) && !isUnknown(v) && !(v instanceof Lazy);
}
