/**
 * JSON text positions and syntax errors that never quote the text (a plan or a .tf.json may hold a password): shared by
 * the plan door and the JSON configuration reader.
 */
/** Line and column (1-based, in UTF-16 units) of a character offset: one pass up to it. */
export declare function positionAt(text: string, offset: number): {
    line: number;
    column: number;
};
/** The offset of the first syntax error in a JSON text, or undefined when it is valid. */
export declare function jsonErrorOffset(s: string): number | undefined;
/**
 * The first syntax error in a JSON text: its offset and what is wrong, in words that never quote the text. Iterative
 * (an explicit stack of open brackets), so no nesting depth can overflow the call stack; linear in the text.
 */
export declare function jsonSyntaxError(s: string): {
    offset: number;
    what: string;
} | undefined;
