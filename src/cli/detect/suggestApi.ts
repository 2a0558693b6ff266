/** Levenshtein distance over UTF-16 code units, two rows: API ids are few and short. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Suggests the API id a mistyped one was probably meant to be ("did you mean"): a case-insensitive match
 * first, else the nearest id within a quarter of the given id's length (at least 2), the first on a tie.
 * The allowance is wider than for parameter names because ids are long and a missed product segment
 * (`zenlayer.ResetInstance` for `zenlayer.zec.ResetInstance`) is a typical slip.
 *
 * @param given The id as typed.
 * @param ids The known API ids.
 *
 * @returns The suggestion, or `undefined` when no id is near.
 */
export function suggestApi(given: string, ids: readonly string[]): string | undefined {
  const lower = given.toLowerCase();
  const exact = ids.find((id) => id.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const limit = Math.max(2, Math.floor(given.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const id of ids) {
    // Length alone bounds the distance from below: skip ids that cannot beat the best so far.
    if (Math.abs(id.length - given.length) >= bestDistance) continue;
    const d = distance(lower, id.toLowerCase());
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}
