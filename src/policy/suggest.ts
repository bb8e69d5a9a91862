// "Did you mean …?" for misspelt keys, services and rule ids.

/** Optimal-string-alignment distance: edits, counting a swap of neighbours as one. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[rows - 1]![cols - 1]!;
}

/** Case and `_`/`-` differences are never what someone meant to distinguish. */
function fold(word: string): string {
  return word.toLowerCase().replace(/_/g, '-');
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo. Ties go to
 * the candidate of the same length (a mistyped letter is likelier than a dropped one), then
 * to the earlier candidate.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  // Comparing very long input is pointless (no candidate is long) and would cost time.
  if (word.length === 0 || word.length > 64) return undefined;
  const folded = fold(word);
  const allowed = Math.max(1, Math.floor(folded.length / 3));
  let best: { candidate: string; distance: number; lengthGap: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(folded, fold(candidate));
    if (distance > allowed) continue;
    const lengthGap = Math.abs(candidate.length - word.length);
    if (best === undefined || distance < best.distance || (distance === best.distance && lengthGap < best.lengthGap)) {
      best = { candidate, distance, lengthGap };
    }
  }
  if (best !== undefined) return best.candidate;
  // A word cut short ("warn" for "warning") is too far by edits but plainly meant.
  if (folded.length >= 3) return candidates.find((candidate) => fold(candidate).startsWith(folded));
  return undefined;
}

/** " (did you mean 'x'?)" or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : ` (did you mean '${match}'?)`;
}
