/** A known-name list lowercased, with each name's {@link charMask}: built once per list. */
interface Lowered {
  readonly names: readonly string[];
  readonly masks: readonly number[];
}

/** Each known-name list lowercased once: the caller passes the same list for the same level of a spec. */
const lowered = new WeakMap<readonly string[], Lowered>();

/** The last list looked up and its lowercased copy: unknown keys mostly come several to one level. */
let lastKnown: readonly string[] | undefined;
let lastLowered: Lowered | undefined;

function lowerCaseOf(known: readonly string[]): Lowered {
  if (known === lastKnown && lastLowered !== undefined) return lastLowered;
  let lower = lowered.get(known);
  if (lower === undefined) {
    const names = known.map((candidate) => candidate.toLowerCase());
    lower = { names, masks: names.map(charMask) };
    lowered.set(known, lower);
  }
  lastKnown = known;
  lastLowered = lower;
  return lower;
}

/**
 * The characters of a name as a 32-bit set (a character's low 5 bits pick its bit, so distinct characters may
 * share one). Every character of one name absent from the other costs at least one edit, so the larger count of
 * bits set in one mask and not the other is a lower bound of the edit distance: most names are ruled out by it
 * without a distance computed.
 */
function charMask(name: string): number {
  let mask = 0;
  for (let index = 0; index < name.length; index++) mask |= 1 << (name.charCodeAt(index) & 31);
  return mask;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The edit-distance rows, shared by every call (the search is synchronous and never re-entered). */
const ROW_A: number[] = [];
const ROW_B: number[] = [];

/**
 * Suggests the known parameter an unknown name was probably meant to be:
 * a case-insensitive match first (`Hostname` -> `HostName`), else the nearest
 * name within edit distance 2 (the first such name on a tie).
 *
 * @param name The unknown name.
 * @param known The known names at that level; pass the same array each time for the same level.
 *
 * @returns The suggestion, or `undefined` when nothing is near.
 */
export function suggestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const { names: candidates, masks } = lowerCaseOf(known);
  const exact = candidates.indexOf(lower);
  if (exact >= 0) return known[exact];
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(name.length / 3));
  const mask = charMask(lower);
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as string;
    if (Math.abs(candidate.length - name.length) > bestDistance) continue;
    const other = masks[index] as number;
    if (bitCount(mask & ~other) > bestDistance || bitCount(other & ~mask) > bestDistance) continue;
    const distance = editDistance(lower, candidate, bestDistance, ROW_A, ROW_B);
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = known[index];
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Levenshtein distance, or `limit + 1` once it exceeds `limit`. Only the band
 * of cells within `limit` of the diagonal can stay within the limit, so only
 * those are computed (cells beside the band count as `limit + 1`). The two
 * rows are the caller's, reused across candidates and calls and swapped per
 * row, so a report with many unknown keys allocates nothing here.
 */
function editDistance(a: string, b: string, limit: number, rowA: number[], rowB: number[]): number {
  const over = limit + 1;
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 && i <= limit ? i : over;
    let rowMin = current[from - 1] as number;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      // Plain comparisons, not Math.min: this loop is the cost of every unknown key in validate().
      let value = (previous[j - 1] as number) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      if (deletion < value) value = deletion;
      const insertion = (current[j - 1] as number) + 1;
      if (insertion < value) value = insertion;
      if (value > over) value = over;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowMin > limit) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[b.length] as number, over);
}
