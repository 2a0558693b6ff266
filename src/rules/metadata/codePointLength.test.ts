import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { codePointLength } from './codePointLength.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

describe('codePointLength', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['键值', 2],
    ['\u{1F600}', 1],
    ['a\u{1F600}b', 3],
    ['\ud800', 1],
    ['\udc00', 1],
    ['\udc00\ud800', 2],
    ['\ud800\ud800\udc00', 2],
    ['\ud800a', 2],
    ['a\ud800', 2],
  ])('%j has %i code points', (value, count) => {
    expect(codePointLength(value)).toBe(count);
  });

  test('matches Array.from', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 200 }), (value) => {
        expect(codePointLength(value)).toBe(Array.from(value).length);
      }),
      { numRuns: 500 },
    );
  });

  test('handles a 10 MiB string', () => {
    expect(codePointLength('\u{1F600}'.repeat(5 << 20))).toBe(5 << 20);
  });
});
