import type { Severity } from '../../rules/finding.ts';
import type { PathSegment } from '../../errors/issue.ts';
import type { LocatedFinding } from '../types.ts';
import { unknownFinding } from '../structuralFindings.ts';
import { suggestName } from '../spec/suggestName.ts';
import { isShowableKey } from '../../errors/isShowableKey.ts';
import { redactedKey } from '../../errors/redactedKey.ts';
import { addLocated } from '../addLocated.ts';

/**
 * Adds the finding of an unknown key to a generated checker's findings, as `createChecker` reports it with
 * `suggestName` and `isShowableKey`: the path holds the key's position (`<redacted key N>`), never the key; the
 * message quotes it only when it is near a known name and shaped like one; the key as written is the source path.
 *
 * @param out The findings so far, or `undefined`.
 * @param severity How the API reports unknown parameters.
 * @param names The known names at that level, the same array each call (the suggester's cache).
 * @param key The key as written.
 * @param position The key's 0-based position among its object's own keys.
 * @param path The object's absolute wire path.
 *
 * @returns The findings, the new one last.
 */
export function unknownAt(
  out: LocatedFinding[] | undefined,
  severity: Severity,
  names: readonly string[],
  key: string,
  position: number,
  path: readonly PathSegment[],
): LocatedFinding[] {
  const suggestion = suggestName(key, names);
  const finding = unknownFinding(suggestion !== undefined && isShowableKey(key, suggestion) ? key : undefined, severity, suggestion);
  const segment = redactedKey(position);
  // Below the payload a literal: a spread of an empty path would still copy through the iterator protocol.
  return addLocated(out, path.length === 0 ? { finding, path: [segment], sourcePath: [key] } : { finding, path: [...path, segment], sourcePath: [...path, key] });
}
