// "Did you mean …?" for misspelt keys, services and rule ids.

/** Optimal-string-alignment distance: edits, counting a swap of neighbours as one. */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  // Three rows (the one before last, the last, this one) are all the recurrence reads.
  let before = new Int32Array(cols);
  let last = new Int32Array(cols);
  let row = new Int32Array(cols);
  for (let j = 0; j < cols; j++) last[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      row[j] = best;
    }
    [before, last, row] = [last, row, before];
  }
  return last[cols - 1]!;
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
    const target = fold(candidate);
    if (Math.abs(target.length - folded.length) > allowed) continue; // at least that many edits
    const distance = editDistance(folded, target);
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

/** " (did you mean 'x'?)" for a match from closestMatch, or nothing. */
export function didYouMean(match: string | undefined): string {
  return match === undefined ? '' : ` (did you mean '${match}'?)`;
}
