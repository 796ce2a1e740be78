import { type Value } from "../core/values";
/** Functions of this module by name; each takes known arguments and returns a value or throws a Terraform-like error. */
export declare const EXTRA_FUNCTIONS: Readonly<Record<string, (args: Value[]) => Value>>;
