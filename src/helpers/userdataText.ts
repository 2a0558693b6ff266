/**
 * Encodes text as UTF-8 Base64 (standard alphabet, padded), in chunks so a
 * large script never overflows the argument list of `String.fromCharCode`.
 *
 * @param text The text; lone surrogates become U+FFFD, as in any UTF-8 encoding.
 *
 * @returns The Base64 string.
 */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
