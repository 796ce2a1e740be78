"use strict";
/**
 * Which Terraform a module is written for, from its `terraform { required_version = "…" }`: enough to tell whether the
 * constraint admits only versions before 0.12, whose language differed (booleans were the strings "1" and "0").
 *
 * Constraint syntax (https://developer.hashicorp.com/terraform/language/expressions/version-constraints): conditions
 * separated by commas, each `=` (or no operator), `!=`, `>`, `>=`, `<`, `<=` or `~>` and a version. `~>` lets only the
 * rightmost component given grow: `~> 0.11.0` is `>= 0.11.0, < 0.12.0`, while `~> 0.11` is `>= 0.11, < 1.0` and so
 * admits 0.12 too.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.admitsOnlyBefore012 = admitsOnlyBefore012;
exports.admitsVersion = admitsVersion;
exports.writtenBefore012 = writtenBefore012;
/** A version as numbers (`0.11.15` → [0, 11, 15]); a pre-release suffix is ignored. */
function versionParts(text) {
    const m = /^v?(\d+(?:\.\d+)*)(?:[-+].*)?$/.exec(text.trim());
    return m ? m[1].split(".").map(Number) : undefined;
}
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
const V012 = [0, 12, 0];
/**
 * Whether every version the constraint admits is below 0.12 (false when it cannot be read: moat then keeps the
 * semantics of Terraform 1.x).
 */
function admitsOnlyBefore012(constraint) {
    let only = false;
    for (const condition of constraint.split(",")) {
        const parsed = parseCondition(condition);
        if (!parsed)
            return false;
        const { op, version } = parsed;
        if (op === "=" || op === "<=")
            only ||= compareVersions(version, V012) < 0;
        else if (op === "<")
            only ||= compareVersions(version, V012) <= 0;
        else if (op === "~>") {
            // The upper bound: the second-to-last component given, plus one (`~> 0.11.3` → 0.12; `~> 0.11` → 1.0).
            const upper = version.length < 2 ? undefined : [...version.slice(0, -2), version[version.length - 2] + 1];
            only ||= upper !== undefined && compareVersions(upper, V012) <= 0;
        }
    }
    return only;
}
/** One condition of a constraint (`>= 4.0`): its operator (`=` when none is written) and version. */
function parseCondition(condition) {
    const m = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/.exec(condition);
    const version = m ? versionParts(m[2]) : undefined;
    return m && version ? { op: m[1] ?? "=", version } : undefined;
}
/**
 * Whether a release version satisfies a constraint, as hashicorp/go-version checks a module's `version` (Terraform's
 * module installer uses it): undefined when moat cannot read the constraint or the version is a pre-release.
 * There `~>` with one part has no upper bound (`~> 5` is `>= 5`).
 */
function admitsVersion(constraint, version) {
    const v = versionParts(version);
    if (!v || /[-+]/.test(version))
        return undefined;
    let all = true;
    for (const condition of constraint.split(",")) {
        const parsed = parseCondition(condition);
        if (!parsed)
            return undefined;
        const { op, version: want } = parsed;
        const c = compareVersions(v, want);
        const upper = want.length < 2 ? undefined : [...want.slice(0, -2), want[want.length - 2] + 1];
        const holds = {
            "=": c === 0,
            "!=": c !== 0,
            ">": c > 0,
            ">=": c >= 0,
            "<": c < 0,
            "<=": c <= 0,
            "~>": c >= 0 && (upper === undefined || compareVersions(v, upper) < 0),
        };
        all &&= holds[op];
    }
    return all;
}
const cache = new WeakMap();
/**
 * Whether a module instance runs under Terraform before 0.12: its own `required_version`, or that of a module that
 * calls it (one Terraform runs the whole configuration), admits only such versions.
 */
function writtenBefore012(module) {
    for (let m = module; m; m = m.caller?.instance) {
        let own = cache.get(m.def);
        if (own === undefined) {
            own = m.def.files.some((f) => requiredVersions(f.json.terraform).some(admitsOnlyBefore012));
            cache.set(m.def, own);
        }
        if (own)
            return true;
    }
    return false;
}
/** The literal `required_version` strings of a file's `terraform` blocks (hcl2json: a list of bodies). */
function requiredVersions(blocks) {
    const bodies = Array.isArray(blocks) ? blocks : blocks !== null && typeof blocks === "object" ? [blocks] : [];
    return bodies
        .map((b) => (b !== null && typeof b === "object" ? b.required_version : undefined))
        .filter((v) => typeof v === "string" && !v.includes("${"));
}
