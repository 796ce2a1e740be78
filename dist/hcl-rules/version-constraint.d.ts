/**
 * Which Terraform a module is written for, from its `terraform { required_version = "…" }`: enough to tell whether the
 * constraint admits only versions before 0.12, whose language differed (booleans were the strings "1" and "0").
 *
 * Constraint syntax (https://developer.hashicorp.com/terraform/language/expressions/version-constraints): conditions
 * separated by commas, each `=` (or no operator), `!=`, `>`, `>=`, `<`, `<=` or `~>` and a version. `~>` lets only the
 * rightmost component given grow: `~> 0.11.0` is `>= 0.11.0, < 0.12.0`, while `~> 0.11` is `>= 0.11, < 1.0` and so
 * admits 0.12 too.
 */
/**
 * Whether every version the constraint admits is below 0.12 (false when it cannot be read: moat then keeps the
 * semantics of Terraform 1.x).
 */
export declare function admitsOnlyBefore012(constraint: string): boolean;
/**
 * Whether a release version satisfies a constraint, as hashicorp/go-version checks a module's `version` (Terraform's
 * module installer uses it): undefined when moat cannot read the constraint or the version is a pre-release.
 * There `~>` with one part has no upper bound (`~> 5` is `>= 5`).
 */
export declare function admitsVersion(constraint: string, version: string): boolean | undefined;
/** What `writtenBefore012` reads of a module instance: its files' JSON, and the instance that called it. */
interface ModuleLike {
    def: {
        files: readonly {
            json: Record<string, unknown>;
        }[];
    };
    caller?: {
        instance: ModuleLike;
    };
}
/**
 * Whether a module instance runs under Terraform before 0.12: its own `required_version`, or that of a module that
 * calls it (one Terraform runs the whole configuration), admits only such versions.
 */
export declare function writtenBefore012(module: ModuleLike): boolean;
export {};
