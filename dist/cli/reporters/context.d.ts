/** What every output format is given besides the report; in its own module so the formats need not import the index. */
import type { AnyRule } from "../../core/rule";
import type { Colors } from "../terminal";
export type UnknownMode = "ignore" | "warn";
export interface RenderContext {
    /** Identity functions unless the output is a terminal that takes colour. */
    colors: Colors;
    /** `warn`: list each check that met an unknown value; `ignore`: only count them. */
    unknown: UnknownMode;
    /** Findings and errors only. */
    quiet: boolean;
    /** The rules that ran (not disabled), for formats that describe them (SARIF's tool.driver.rules, JUnit suites). */
    rules: readonly AnyRule[];
    /** The directory moat ran in: report paths are relative to it (SARIF's %SRCROOT%). */
    cwd?: string;
}
