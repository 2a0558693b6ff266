import type { Finding } from '../../rules/finding.ts';
import type { PathSegment } from '../../errors/issue.ts';
import type { LocatedFinding } from '../types.ts';
import { addLocated } from '../addLocated.ts';

/**
 * Adds a finding at a value's absolute path to a generated checker's findings (`undefined` until the first, so a
 * valid payload allocates no list): the finding's own path, if any, is below the value's, as `createChecker` joins them.
 *
 * @param out The findings so far, or `undefined`.
 * @param finding The finding.
 * @param path The checked value's absolute wire path.
 *
 * @returns The findings, the new one last.
 */
export function emitAt(out: LocatedFinding[] | undefined, finding: Finding, path: readonly PathSegment[]): LocatedFinding[] {
  const tail = finding.path;
  return addLocated(out, { finding, path: tail === undefined ? path : path.length === 0 ? tail : [...path, ...tail] });
}
