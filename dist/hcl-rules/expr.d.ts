export type Node = {
    k: "lit";
    v: string | number | boolean | null;
} | {
    k: "tmpl";
    parts: TemplatePart[];
} | {
    k: "root";
    name: string;
} | {
    k: "attr";
    obj: Node;
    name: string;
} | {
    k: "index";
    obj: Node;
    key: Node;
} | {
    k: "splat";
    src: Node;
    body: Node;
} | {
    k: "splatItem";
} | {
    k: "call";
    name: string;
    args: Node[];
    expand: boolean;
} | {
    k: "cond";
    c: Node;
    t: Node;
    f: Node;
} | {
    k: "bin";
    op: BinaryOp;
    l: Node;
    r: Node;
} | {
    k: "un";
    op: "!" | "-";
    x: Node;
} | {
    k: "tuple";
    items: Node[];
} | {
    k: "object";
    items: {
        key: Node;
        value: Node;
    }[];
} | {
    k: "for";
    kind: "tuple" | "object";
    keyVar?: string;
    valVar: string;
    coll: Node;
    keyExpr?: Node;
    valExpr: Node;
    cond?: Node;
    group: boolean;
} | {
    k: "error";
    message: string;
    tooDeep?: boolean;
};
export type TemplatePart = {
    t: "str";
    s: string;
} | {
    t: "expr";
    e: Node;
} | {
    t: "if";
    c: Node;
    then: TemplatePart[];
    else: TemplatePart[];
} | {
    t: "for";
    keyVar?: string;
    valVar: string;
    coll: Node;
    body: TemplatePart[];
};
export type BinaryOp = "||" | "&&" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%";
/** Sets the nesting limit of expressions (the scan's limits.maxEvaluationDepth); parses under another limit are forgotten. */
export declare function setExpressionDepthLimit(limit: number): void;
/** Parses a string value from hcl2json as a template (memoised: the same text recurs across instances). */
export declare function parseTemplate(text: string): Node;
/** Parses a bare expression (no surrounding `${}`), e.g. a `--var` value or a test input. */
export declare function parseExpression(text: string): Node;
