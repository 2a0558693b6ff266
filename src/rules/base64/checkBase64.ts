import type { Finding } from '../finding.ts';
import { base64DecodedLength } from './base64DecodedLength.ts';
import { decodeBase64 } from './decodeBase64.ts';
import type { Base64Policy } from './types.ts';

/** Why a string is not strict base64, in the order a fix should address it. */
type Base64Hint = 'url-safe' | 'whitespace' | 'padding' | 'length' | 'alphabet';

const EQUALS = 61;

/** Base64 inspection interface: the findings, and the decoded bytes when the value is strict base64 within its size. */
export interface Base64Inspection {
  /** The findings, `[]` when the string is valid and padded. */
  readonly findings: Finding[];
  /** The decoded bytes as a binary (latin1) string, or `undefined` when the value is oversized or not strict base64. */
  readonly decoded: string | undefined;
}

/**
 * Checks a strict base64 string against a base64 policy and keeps what it
 * decoded, so a caller that also needs the text (userdata framing) decodes once.
 *
 * @param policy The base64 policy.
 * @param value The base64 string.
 *
 * @returns The findings and the decoded bytes.
 */
export function inspectBase64(policy: Base64Policy, value: string): Base64Inspection {
  const { maxEncodedLength, maxDecodedBytes } = policy;
  // Size first and in O(1): an oversized value is rejected whatever its content, so it is never scanned.
  if (maxEncodedLength !== undefined && value.length > maxEncodedLength) {
    const params = { max: maxEncodedLength, unit: 'encoded-chars', actual: value.length };
    return { findings: [{ rule: 'userdata/size', params }], decoded: undefined };
  }
  if (maxDecodedBytes !== undefined) {
    const actual = base64DecodedLength(value);
    if (actual > maxDecodedBytes) {
      const params = { max: maxDecodedBytes, unit: 'decoded-bytes', actual };
      return { findings: [{ rule: 'userdata/size', params }], decoded: undefined };
    }
  }
  const decoded = decodeBase64(value);
  if (decoded === undefined) {
    return { findings: [{ rule: 'userdata/base64', params: { hint: hintOf(value) } }], decoded };
  }
  const missing = (4 - (value.length % 4)) % 4;
  return { findings: missing === 0 ? [] : [{ rule: 'userdata/padding', severity: 'warning', params: { missing } }], decoded };
}

/**
 * Checks a strict base64 string against a base64 policy.
 *
 * @param policy The base64 policy.
 * @param value The base64 string.
 *
 * @returns The findings, `[]` when the string is valid and padded.
 */
export function checkBase64(policy: Base64Policy, value: string): Finding[] {
  return inspectBase64(policy, value).findings;
}

/**
 * Names the most likely reason a string is not strict base64. Runs on invalid input only, so the valid path
 * never pays for a JS scan.
 *
 * @param value The invalid base64 string.
 *
 * @returns The hint.
 */
function hintOf(value: string): Base64Hint {
  const length = value.length;
  let trailing = 0;
  while (trailing < length && value.charCodeAt(length - 1 - trailing) === EQUALS) trailing++;
  let whitespace = false;
  let innerEquals = false;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code === 45 || code === 95) return 'url-safe';
    if (code === 32 || code === 9 || code === 10 || code === 13) whitespace = true;
    else if (code === EQUALS && index < length - trailing) innerEquals = true;
  }
  if (whitespace) return 'whitespace';
  if (innerEquals || trailing > 2 || (trailing > 0 && length % 4 !== 0)) return 'padding';
  return length % 4 === 1 ? 'length' : 'alphabet';
}
