import { randomBytes } from 'node:crypto';

/**
 * Round-trips a payload through JSON, as a request body arrives: strings come out flat, not as the
 * ropes `repeat` and `+` build, which scan about 1.5x slower per character.
 *
 * @param payload The payload.
 *
 * @returns A JSON-parsed copy.
 */
export function asReceived<T>(payload: T): T {
  return JSON.parse(JSON.stringify(payload)) as T;
}

/**
 * Creates random standard base64 of exactly `chars` characters (a multiple of 4), so a scan pays
 * the branch mispredictions real content causes.
 *
 * @param chars The encoded length.
 *
 * @returns The base64 text.
 */
export function randomBase64(chars: number): string {
  return randomBytes(Math.ceil((chars * 3) / 4)).toString('base64').slice(0, chars);
}

/**
 * Creates base64 of exactly `bytes` decoded bytes whose text starts with a given line (a shebang or tag).
 *
 * @param firstLine The decoded text's first line.
 * @param bytes The decoded size.
 *
 * @returns The base64 text.
 */
export function framedBase64(firstLine: string, bytes: number): string {
  const head = Buffer.from(`${firstLine}\n`, 'utf8');
  const body = Buffer.alloc(bytes - head.length, 'echo ok\n');
  return Buffer.concat([head, body]).toString('base64');
}

/**
 * Creates a hostname of exactly `chars` characters that every character-level rule accepts
 * (`web-01.` labels), so only a length rule can reject it.
 *
 * @param chars The length.
 *
 * @returns The hostname.
 */
export function longHostname(chars: number): string {
  return `${'web-01.'.repeat(Math.ceil(chars / 7)).slice(0, chars - 1)}x`;
}
