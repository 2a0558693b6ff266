import type { LocatedFinding } from './types.ts';

/**
 * Adds a located finding to a walk's findings, creating the list at the first: a valid payload allocates none,
 * and `[located]` is made at its size. The generic walk and the generated checkers' helpers both add through it.
 *
 * @param out The findings so far, `undefined` before the first.
 * @param located The finding and its absolute path.
 *
 * @returns The list holding it, the new one last.
 */
export function addLocated(out: LocatedFinding[] | undefined, located: LocatedFinding): LocatedFinding[] {
  if (out === undefined) return [located];
  out.push(located);
  return out;
}
