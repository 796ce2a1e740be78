"use strict";
/** "Did you mean …?" for names a user types: rule ids and names, config keys, directive keys. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.didYouMean = didYouMean;
exports.closestMatch = closestMatch;
/** ` (did you mean 'x'?)` when a candidate is close to `word`, else "". */
function didYouMean(word, candidates) {
    const best = closestMatch(word, candidates);
    return best !== undefined ? ` (did you mean '${best}'?)` : "";
}
/** The candidate closest to `word` (case-insensitive edit distance), if it is close enough to be a typo. */
function closestMatch(word, candidates) {
    const w = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(w, c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance > 0 && bestDistance <= Math.max(2, Math.floor(w.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
