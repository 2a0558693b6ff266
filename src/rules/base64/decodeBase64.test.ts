import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBase64 } from './decodeBase64.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The strict language as a plain loop, independent of atob, to cross-check it. */
function isStrict(value: string): boolean {
  const length = value.length;
  if (length % 4 === 1) return false;
  let end = length;
  if (value.endsWith('==')) end -= 2;
  else if (value.endsWith('=')) end -= 1;
  if (end !== length && length % 4 !== 0) return false;
  for (let i = 0; i < end; i++) if (!ALPHABET.includes(value.charAt(i))) return false;
  return true;
}

describe('decodeBase64', () => {
  test("decodes JD's unpadded example", () => {
    expect(decodeBase64('IyEvYmluL2Jhc2gKZWNobyAnMTIzJw')).toBe("#!/bin/bash\necho '123'");
    expect(decodeBase64('IyEvYmluL2Jhc2gKZWNobyAnMTIzJw==')).toBe("#!/bin/bash\necho '123'");
  });

  test.each([
    ['', ''],
    ['QQ', 'A'],
    ['QQ==', 'A'],
    ['QUI=', 'AB'],
    ['QUJD', 'ABC'],
    ['QR==', 'A'],
    ['+/+/', '\xfb\xff\xbf'],
  ])('decodes %j', (value, decoded) => {
    expect(decodeBase64(value)).toBe(decoded);
  });

  test.each([
    'Q',
    'QUJDR',
    'QQ=',
    'Q===',
    'QQ===',
    '====',
    '=',
    'QQ==QUJD',
    'QU=D',
    'QUJD=',
    'QUJD\n',
    'QU JD',
    ' QUJD',
    'QUJD QUJD',
    'QUJD\r\nQUJD',
    'QU\tJD',
    'QU-D',
    'QU_D',
    'QUJ!',
    'QUJ\u0000',
    'QUJ\u0100',
    'QUJ\ud800',
    'QQ==\n',
    'QQ\n==',
  ])('rejects %j', (value) => {
    expect(decodeBase64(value)).toBeUndefined();
  });

  test('round-trips Buffer encodings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const padded = Buffer.from(bytes).toString('base64');
        const expected = Buffer.from(bytes).toString('latin1');
        expect(decodeBase64(padded)).toBe(expected);
        expect(decodeBase64(padded.replace(/=+$/, ''))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('accepts exactly the strict language', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: anyCodePoint, maxLength: 40 }),
          fc.string({ unit: fc.constantFrom(...'QUJD+/=-_ \n\r\t'), maxLength: 40 }),
        ),
        (value) => {
          expect(decodeBase64(value) !== undefined).toBe(isStrict(value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('handles a 10 MiB string', () => {
    expect(decodeBase64('A'.repeat(10 << 20))?.length).toBe(7864320);
    expect(decodeBase64(`${'A'.repeat(10 << 20)} `)).toBeUndefined();
  });
});
