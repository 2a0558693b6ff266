/**
 * Suggests the known parameter an unknown name was probably meant to be:
 * a case-insensitive match first (`Hostname` -> `HostName`), else the nearest
 * name within edit distance 2.
 *
 * @param name The unknown name.
 * @param known The known names at that level.
 *
 * @returns The suggestion, or `undefined` when nothing is near.
 */
export function suggestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const candidates = known.map((candidate) => candidate.toLowerCase());
  const exact = candidates.indexOf(lower);
  if (exact >= 0) return known[exact];
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(name.length / 3));
  const previous: number[] = [];
  const current: number[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as string;
    if (Math.abs(candidate.length - name.length) > bestDistance) continue;
    const distance = editDistance(lower, candidate, bestDistance, previous, current);
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = known[index];
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Levenshtein distance, cut off once it exceeds `limit`. The two rows are the caller's, reused
 * across candidates and swapped per row, so a report with many unknown keys allocates nothing here.
 */
function editDistance(a: string, b: string, limit: number, rowA: number[], rowB: number[]): number {
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length] as number;
}
