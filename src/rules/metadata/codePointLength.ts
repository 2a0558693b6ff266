/**
 * Returns the number of Unicode code points in a string. A lone surrogate counts as one, as it does when a
 * server decodes it to U+FFFD.
 *
 * @param value The string.
 *
 * @returns The code point count.
 */
export function codePointLength(value: string): number {
  const length = value.length;
  let count = length;
  for (let index = 0; index < length - 1; index++) {
    const code = value.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        index++;
      }
    }
  }
  return count;
}
