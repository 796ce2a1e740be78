export declare const TOOL_NAME = "moat";
/** The npm package (its `bin` is `moat`): `moat` on npm is an unrelated package. */
export declare const PACKAGE_NAME = "@moat-policy/moat";
export declare function toolVersion(): string;
/** The directory moat is installed in (its package.json's), for stack traces that name moat's files relative to it. */
export declare function packageRoot(): string;
