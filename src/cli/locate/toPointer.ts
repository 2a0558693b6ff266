import type { PathSegment } from '../../errors/issue.ts';

/**
 * Creates an RFC 6901 JSON Pointer from a wire path.
 *
 * @param path The path segments.
 *
 * @returns The pointer, e.g. `/LoginSettings/KeyIds/0`; `""` for the root.
 */
export function toPointer(path: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of path) pointer += `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return pointer;
}
