/**
 * A case's Pulumi form, derived from its HCL through the Pulumi adapter's own property tables, read backwards: each
 * evaluated resource becomes the resource input a preview hands the policy pack (type token, camelCase properties,
 * unknown sentinels for values known only after apply, property dependencies for references). The Pulumi door then
 * builds its graph from those inputs (`pulumiGraph`) and runs the rule as the pack does.
 *
 * Where the tables cannot say it (an attribute Pulumi names otherwise, a repeated block Pulumi takes as one object, an
 * instance whose existence is unknown), no form is derived: the case keeps a hand-written program, or says why it has none.
 */
import type { RuleCase } from "../../core/cases";
import type { Resource } from "../../core/model";
import type { Value } from "../../core/values";
import { isUnknown } from "../../core/values";
import { type Fields, type PropertyMap, type PulumiResourceInput, UNKNOWN_SENTINELS, pulumiFieldsOf, pulumiTokensFor, snakeCase } from "../../policies/adapter";
import { scanCase } from "./doors";

/** The sentinel a preview sends for an unknown string (any sentinel reads as unknown). */
const UNKNOWN = [...UNKNOWN_SENTINELS][2];

export type DerivedPulumi = { ok: true; inputs: PulumiResourceInput[] } | { ok: false; why: string };

class Untranslatable extends Error {}

const derivations = new WeakMap<RuleCase, Promise<DerivedPulumi>>();

export function derivedPulumi(c: RuleCase): Promise<DerivedPulumi> {
  let hit = derivations.get(c);
  if (!hit) {
    hit = scanCase(c).then(({ scan }) => {
      if (scan.errors.length > 0) return { ok: false, why: `the HCL does not scan cleanly: ${scan.errors[0].message}` };
      try {
        return { ok: true, inputs: inputsOf(scan.resources, scan.edges) };
      } catch (e) {
        if (e instanceof Untranslatable) return { ok: false, why: e.message };
        throw e;
      }
    });
    derivations.set(c, hit);
  }
  return hit;
}

/** The Pulumi token of a resource: the `aws:alb/…` twin for a type written `aws_alb_…`. */
function tokenOf(r: Resource): string | undefined {
  const tokens = pulumiTokensFor(r.type);
  return (r.sourceType.startsWith("aws_alb") ? tokens.find((t) => t.startsWith("aws:alb/")) : undefined) ?? tokens[0];
}

/** A resource's Pulumi name: its name, and its instance key as a suffix (see pulumi-door.ts). */
function pulumiNameOf(r: Resource): string {
  const key = /\[(.+)\]$/.exec(r.address)?.[1];
  return key === undefined ? r.name : `${r.name}-${key.replace(/^"|"$/g, "")}`;
}

function inputsOf(resources: readonly Resource[], edges: readonly { from: string; attr: string; to: string }[]): PulumiResourceInput[] {
  const urns = new Map<string, string>();
  const inputs: PulumiResourceInput[] = [];
  for (const r of resources) {
    const token = tokenOf(r);
    if (!token) continue; // no rule reads this type at the Pulumi door
    if (r.existence) throw new Untranslatable(`${r.address} may or may not exist (${r.existence.reason})`);
    const name = pulumiNameOf(r);
    const urn = `urn:pulumi:case::moat::${token}::${name}`;
    if ([...urns.values()].includes(urn)) throw new Untranslatable(`two resources are named ${name} once module paths are dropped`);
    urns.set(r.id, urn);
    const fields = pulumiFieldsOf(token) ?? {};
    inputs.push({ type: token, urn, name, props: toPulumi(r.attrs, fields, r.address), secretValues: r.secrets ?? [] });
  }
  for (const input of inputs) {
    const from = [...urns].find(([, u]) => u === input.urn)?.[0];
    const fields = pulumiFieldsOf(input.type) ?? {};
    const deps: Record<string, string[]> = {};
    for (const e of edges.filter((x) => x.from === from)) {
      const to = urns.get(e.to);
      if (!to) continue;
      const prop = pulumiName(fields, e.attr, input.name)[0];
      (deps[prop] ??= []).push(to);
    }
    input.propertyDependencies = deps;
  }
  return inputs;
}

/** The Pulumi property that a Terraform attribute is, with its table entry (inverting the adapter's table). */
function pulumiName(fields: Fields, tf: string, where: string): [string, PropertyMap | undefined] {
  for (const [p, m] of Object.entries(fields)) if ((typeof m === "string" ? m : m.tf) === tf) return [p, m];
  const camel = tf.replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase());
  if (snakeCase(camel) !== tf) throw new Untranslatable(`${where}: attribute ${tf} has no Pulumi name the adapter reads back`);
  return [camel, undefined];
}

function toPulumi(attrs: { [k: string]: Value }, fields: Fields, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [tf, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    const [p, map] = pulumiName(fields, tf, where);
    if (map === undefined || typeof map === "string" || isUnknown(v) || v === null) {
      out[p] = plain(v);
      continue;
    }
    if (!Array.isArray(v)) throw new Untranslatable(`${where}: block ${tf} is not a list of blocks`);
    const items = v.map((item) => (item && typeof item === "object" && !Array.isArray(item) && !isUnknown(item) ? toPulumi(item, map.fields, where) : plain(item)));
    if (map.single) {
      if (items.length > 1) throw new Untranslatable(`${where}: Pulumi takes one ${tf} block, the HCL has ${items.length}`);
      if (items.length === 1) out[p] = items[0];
    } else out[p] = items;
  }
  return out;
}

/** A value as sent on the wire: an Unknown becomes the preview's sentinel. */
function plain(v: Value): unknown {
  if (isUnknown(v)) return UNKNOWN;
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, plain(x)]));
  return v;
}
