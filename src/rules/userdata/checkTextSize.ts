import type { Finding } from '../finding.ts';
import { utf8ByteLength } from '../metadata/utf8ByteLength.ts';

/**
 * Checks opaque (not Base64) user data text against a size above which it only warns, where the vendor
 * documents no limit, measured in UTF-8 bytes. Every UTF-16 unit takes 1-3 bytes, so the length alone
 * decides unless it lies between a third of the limit and the limit; only then is the text measured,
 * never a long one.
 *
 * @param maxBytes The UTF-8 size above which the text warns.
 * @param value The user data text.
 *
 * @returns One `userdata/size` warning (with the measured size when measured), or `[]`.
 */
export function checkTextSize(maxBytes: number, value: string): Finding[] {
  if (value.length * 3 <= maxBytes) return [];
  if (value.length > maxBytes) return [{ rule: 'userdata/size', severity: 'warning', params: { max: maxBytes, unit: 'utf8-bytes' } }];
  const actual = utf8ByteLength(value);
  return actual > maxBytes ? [{ rule: 'userdata/size', severity: 'warning', params: { max: maxBytes, unit: 'utf8-bytes', actual } }] : [];
}
