import type { Finding } from '../finding.ts';
import { codePointLength } from './codePointLength.ts';
import type { MetadataPair, MetadataPolicy } from './types.ts';
import { utf8ByteLength } from './utf8ByteLength.ts';

/**
 * Checks a metadata list against a metadata policy. Findings carry paths relative to the list.
 *
 * @param policy The metadata policy.
 * @param pairs The key-value pairs, in payload order.
 *
 * @returns The findings, `[]` when the list is valid.
 */
export function checkMetadata(policy: MetadataPolicy, pairs: readonly MetadataPair[]): Finding[] {
  const { maxPairs, maxKeyLength, maxValueBytes, caseInsensitiveKeys, ignoredKeySuffix } = policy;
  const findings: Finding[] = [];
  if (pairs.length > maxPairs) findings.push({ rule: 'metadata/count', params: { max: maxPairs }, path: [] });
  const seen = new Set<string>();
  for (let index = 0; index < pairs.length; index++) {
    const { key, value } = pairs[index]!;
    if (key === '') {
      // An empty key is wrong once; flagging a second empty key as a duplicate too would only add noise.
      findings.push({ rule: 'metadata/empty-key', params: {}, path: [index, 'key'] });
    } else {
      if (exceeds(maxKeyLength, Math.ceil(key.length / 2), key.length, () => codePointLength(key))) {
        // A key too long is wrong whatever it duplicates; skipping it keeps a huge key from being hashed.
        findings.push({ rule: 'metadata/key-length', params: { max: maxKeyLength }, path: [index, 'key'] });
      } else {
        const normalized = caseInsensitiveKeys ? key.toLowerCase() : key;
        if (seen.has(normalized)) {
          findings.push({
            rule: 'metadata/duplicate-key',
            params: { caseInsensitive: caseInsensitiveKeys },
            path: [index, 'key'],
          });
        } else seen.add(normalized);
      }
      if (ignoredKeySuffix !== undefined && ignoredKeySuffix !== '' && key.endsWith(ignoredKeySuffix)) {
        findings.push({
          rule: 'metadata/ignored-key',
          severity: 'warning',
          params: { suffix: ignoredKeySuffix },
          path: [index, 'key'],
        });
      }
    }
    if (exceeds(maxValueBytes, value.length, 3 * value.length, () => utf8ByteLength(value))) {
      findings.push({ rule: 'metadata/value-size', params: { max: maxValueBytes }, path: [index, 'value'] });
    }
  }
  return findings;
}

/**
 * Checks whether a string's measure exceeds a limit, measuring only when bounds from its UTF-16 length cannot
 * decide (code points lie between half the length and the length; UTF-8 bytes between the length and three times
 * it), so a huge key or value is judged in O(1).
 *
 * @param max The limit.
 * @param low The lower bound of the measure.
 * @param high The upper bound of the measure.
 * @param measure The exact measure, computed only when needed.
 *
 * @returns Whether the limit is exceeded.
 */
function exceeds(max: number, low: number, high: number, measure: () => number): boolean {
  if (high <= max) return false;
  return low > max || measure() > max;
}
