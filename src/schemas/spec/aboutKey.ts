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
  for (let index = 0; index < path.length; index++) {
    const segment = path[index] as PathSegment;
    key += typeof segment === 'number' ? '[]' : index === 0 ? segment : `.${segment}`;
  }
  return key;
}
