import type { PathSegment } from '../../errors/issue.ts';

/**
 * Turns a wire path into its key in a `PayloadAbout`: object keys joined by
 * ".", each array index as "[]" (every element shares its list's entry).
 *
 * @example
 * ```ts
 * aboutKey(['LoginSettings', 'KeyIds', 0]); // 'LoginSettings.KeyIds[]'
 * aboutKey(['metadata', 3, 'key']);         // 'metadata[].key'
 * ```
 *
 * @param path The wire path.
 *
 * @returns The key.
 */
export function aboutKey(path: readonly PathSegment[]): string {
  let key = '';
  for (const segment of path) key = childAboutKey(key, segment);
  return key;
}

/**
 * Extends a path's key by one segment, so a walk down a path builds each
 * prefix's key in one step.
 *
 * @param key The key of the path so far (`''` for the payload itself).
 * @param segment The next segment.
 *
 * @returns The key of the longer path.
 */
export function childAboutKey(key: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${key}[]`;
  return key === '' ? segment : `${key}.${segment}`;
}
