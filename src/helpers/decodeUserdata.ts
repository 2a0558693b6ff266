import { decodeBase64 } from '../rules/base64/index.ts';
import { expectArgument } from './expectArgument.ts';

/**
 * Decodes a Base64 user data value (JD, Tencent) back to its script text:
 * strict standard-alphabet Base64 (unpadded accepted, as the vendors' own
 * examples are), then strict UTF-8.
 *
 * @example
 * ```ts
 * decodeUserdata('IyEvYmluL2Jhc2gKZWNobyAnMTIzJw'); // "#!/bin/bash\necho '123'"
 * ```
 *
 * @param value The Base64 value.
 *
 * @returns The script text, or `undefined` when the value is not strict Base64 of UTF-8 text.
 *
 * @throws {TypeError} When `value` is not a string.
 */
export function decodeUserdata(value: string): string | undefined {
  expectArgument(typeof value === 'string', 'value', 'a string (the Base64 user data)', value);
  const binary = decodeBase64(value);
  if (binary === undefined) return undefined;
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
