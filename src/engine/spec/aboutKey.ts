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
  for (const segment of path) key += typeof segment === 'number' ? '[]' : key === '' ? segment : `.${segment}`;
  return key;
}

/**
 * Splits a key of a `PayloadAbout` back into its wire names, each list
 * element as `0` (the inverse of {@link aboutKey}, up to the indexes).
 *
 * @example
 * ```ts
 * aboutKeyPath('metadata[].key'); // ['metadata', 0, 'key']
 * ```
 *
 * @param key The key.
 *
 * @returns The path.
 */
export function aboutKeyPath(key: string): PathSegment[] {
  const path: PathSegment[] = [];
  if (key === '') return path;
  for (let part of key.split('.')) {
    let elements = 0;
    while (part.endsWith('[]')) {
      part = part.slice(0, -2);
      elements++;
    }
    if (part !== '') path.push(part);
    for (let index = 0; index < elements; index++) path.push(0);
  }
  return path;
}
