import type { Finding } from '../finding.ts';
import { base64DecodedLength } from './base64DecodedLength.ts';
import { decodeBase64 } from './decodeBase64.ts';
import type { Base64Policy } from './types.ts';

/** Why a string is not strict base64, in the order a fix should address it. */
type Base64Hint = 'url-safe' | 'whitespace' | 'padding' | 'length' | 'alphabet';

const EQUALS = 61;

/**
 * Checks a strict base64 string against a base64 policy.
 *
 * @param policy The base64 policy.
 * @param value The base64 string.
 *
 * @returns The findings, `[]` when the string is valid and padded.
 */
export function checkBase64(policy: Base64Policy, value: string): Finding[] {
  const { maxEncodedLength, maxDecodedBytes } = policy;
  // Size first and in O(1): an oversized value is rejected whatever its content, so it is never scanned.
  if (maxEncodedLength !== undefined && value.length > maxEncodedLength) {
    return [{ rule: 'userdata/size', params: { max: maxEncodedLength, unit: 'encoded-chars', actual: value.length } }];
  }
  if (maxDecodedBytes !== undefined) {
    const actual = base64DecodedLength(value);
    if (actual > maxDecodedBytes) {
      return [{ rule: 'userdata/size', params: { max: maxDecodedBytes, unit: 'decoded-bytes', actual } }];
    }
  }
  if (decodeBase64(value) === undefined) {
    return [{ rule: 'userdata/base64', params: { hint: hintOf(value) } }];
  }
  const missing = (4 - (value.length % 4)) % 4;
  return missing === 0 ? [] : [{ rule: 'userdata/padding', severity: 'warning', params: { missing } }];
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
