import type { Finding } from '../../rules/finding.ts';
import type { PathSegment } from '../../errors/issue.ts';
import type { LocatedFinding } from '../types.ts';
import { emitAt } from './emitAt.ts';

/**
 * Adds a rule's findings, in order, at a value's absolute path (see {@link emitAt}).
 *
 * @param out The findings so far, or `undefined`.
 * @param findings The rule's findings, paths relative to the value.
 * @param path The checked value's absolute wire path.
 *
 * @returns The findings, or `out` as it was when there are none.
 */
export function emitAllAt(out: LocatedFinding[] | undefined, findings: readonly Finding[], path: readonly PathSegment[]): LocatedFinding[] | undefined {
  for (let index = 0; index < findings.length; index++) out = emitAt(out, findings[index] as Finding, path);
  return out;
}
