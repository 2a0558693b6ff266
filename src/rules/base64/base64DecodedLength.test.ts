import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { base64DecodedLength } from './base64DecodedLength.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

describe('base64DecodedLength', () => {
  test.each([
    ['', 0],
    ['QQ', 1],
    ['QQ==', 1],
    ['QUI', 2],
    ['QUI=', 2],
    ['QUJD', 3],
    ['QUJDRA', 4],
    ['QUJDRA==', 4],
    ['IyEvYmluL2Jhc2gKZWNobyAnMTIzJw', 22],
    ['IyEvYmluL2Jhc2gKZWNobyAnMTIzJw==', 22],
  ])('%j decodes to %i bytes', (value, bytes) => {
    expect(base64DecodedLength(value)).toBe(bytes);
  });

  test('never goes negative on invalid input', () => {
    expect(base64DecodedLength('=')).toBe(0);
    expect(base64DecodedLength('==')).toBe(0);
  });

  test('tells apart 16384, 16385 and 16386 bytes, which all encode to 21848 chars', () => {
    for (const bytes of [16384, 16385, 16386]) {
      const encoded = Buffer.alloc(bytes, 7).toString('base64');
      expect(encoded).toHaveLength(21848);
      expect(base64DecodedLength(encoded)).toBe(bytes);
    }
  });

  test('is O(1) on huge strings', () => {
    const huge = 'A'.repeat(10 << 20);
    const start = performance.now();
    for (let i = 0; i < 1000; i++) base64DecodedLength(huge);
    expect(performance.now() - start).toBeLessThan(50);
  });

  test('matches the byte count of padded and unpadded encodings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const padded = Buffer.from(bytes).toString('base64');
        expect(base64DecodedLength(padded)).toBe(bytes.length);
        expect(base64DecodedLength(padded.replace(/=+$/, ''))).toBe(bytes.length);
      }),
      { numRuns: 300 },
    );
  });

  test('never throws and returns a count', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint }), (value) => {
        expect(Number.isInteger(base64DecodedLength(value))).toBe(true);
        expect(base64DecodedLength(value)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
