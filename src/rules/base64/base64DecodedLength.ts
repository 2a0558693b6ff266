/**
 * Returns the number of bytes a base64 string decodes to, from its length and trailing `=` alone, so a size limit
 * can be checked in O(1) before the string is scanned. Exact for valid (padded or unpadded) base64 only.
 *
 * @param value The base64 string.
 *
 * @returns The decoded byte count.
 */
export function base64DecodedLength(value: string): number {
  const length = value.length;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  // Invalid input like `==` would go negative; a size gate wants a count.
  return Math.max(0, Math.floor((length * 3) / 4) - padding);
}
