export declare const BUILT_IN_METAS: Readonly<Record<string, string>>;
