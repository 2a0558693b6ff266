import { base64DecodedLength } from './base64DecodedLength.ts';

/**
 * Decodes strict base64: standard alphabet, `=` only as final padding, no whitespace. Unpadded input is accepted,
 * since vendors' own examples omit padding.
 *
 * @param value The base64 string.
 *
 * @returns The decoded bytes as a binary (latin1) string, or `undefined` when the input is not strict base64.
 */
// @__NO_SIDE_EFFECTS__
export function decodeBase64(value: string): string | undefined {
  const remainder = value.length % 4;
  if (remainder === 1 || (remainder !== 0 && value.endsWith('='))) return undefined;
  let decoded: string;
  try {
    // Native atob scans far faster than any JS loop or regex, but it is forgiving: it strips whitespace.
    decoded = atob(value);
  } catch {
    return undefined;
  }
  // Whatever atob stripped leaves the output shorter than the input's length implies.
  return decoded.length === base64DecodedLength(value) ? decoded : undefined;
}
