/**
 * The plans of the bundled Terraform examples (examples/plans/*.json), in the documented `terraform show -json`
 * format. Terraform cannot run here (no binary, no provider download), so `npm run gen` writes them from the examples
 * as the source door understands them: planned values, what is known only after apply, and the configuration's
 * references — the way a real plan of that code would carry them.
 */
import { dirname, relative } from "node:path";
import type { PlanFixture } from "../core/cases";
import type { Resource } from "../core/model";
import { type PlanResource, planFixture } from "../core/plan-fixture";
import { type Value, isUnknown } from "../core/values";
import { scanTerraform } from "../hcl-rules/project";

/** Known values stay; unknown ones become null in `values` and a path in `unknown`. */
function split(v: Value, path: string, unknown: string[]): unknown {
  if (isUnknown(v)) {
    unknown.push(path);
    return null;
  }
  if (Array.isArray(v)) return v.map((x, i) => split(x, `${path}.${i}`, unknown));
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = split(x, path ? `${path}.${k}` : k, unknown);
    return out;
  }
  return v === undefined ? null : v;
}

/** `module.a.aws_lb.web[0]` → the module prefix and the configuration address relative to it. */
function modulePrefix(address: string): string {
  const m = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)/.exec(address);
  return m ? m[1] : "";
}

function withoutIndex(address: string): string {
  return address.replace(/\[[^\]]*\]$/, "");
}

export async function examplePlan(dir: string): Promise<PlanFixture> {
  const scan = await scanTerraform({ dirs: [dir], files: [], explicit: [dir] });
  if (scan.errors.length > 0) throw new Error(`${dir}: ${scan.errors.map((e) => e.message).join("; ")}`);
  const byId = new Map<string, Resource>(scan.resources.map((r) => [r.id, r]));
  const moduleSources: Record<string, string> = {};
  for (const r of scan.resources) {
    const chain = r.moduleChain ?? [];
    const name = chain.length === 1 ? /module\.([^.[]+)/.exec(chain[0].address)?.[1] : undefined;
    if (name) moduleSources[name] = `./${relative(dir, dirname(r.location.file))}`;
  }
  const resources: PlanResource[] = scan.resources
    .slice()
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0))
    .map((r) => {
      const unknown: string[] = [];
      const values = split(r.attrs, "", unknown) as Record<string, unknown>;
      const refs: Record<string, string[]> = {};
      for (const e of scan.edges.filter((x) => x.from === r.id)) {
        const target = byId.get(e.to);
        if (!target || modulePrefix(target.address) !== modulePrefix(r.address)) continue;
        const local = withoutIndex(target.address.slice(modulePrefix(target.address).length));
        refs[e.attr] = [...new Set([...(refs[e.attr] ?? []), `${local}.id`, local])];
      }
      return { address: r.address, values, unknown: [...new Set(["id", "arn", ...unknown])], refs };
    });
  return planFixture(resources, { moduleSources });
}
