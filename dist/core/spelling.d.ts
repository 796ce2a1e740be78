/** "Did you mean …?" for names a user types: rule ids and names, config keys, directive keys. */
/** ` (did you mean 'x'?)` when a candidate is close to `word`, else "". */
export declare function didYouMean(word: string, candidates: readonly string[]): string;
/** The candidate closest to `word` (case-insensitive edit distance), if it is close enough to be a typo. */
export declare function closestMatch(word: string, candidates: readonly string[]): string | undefined;
