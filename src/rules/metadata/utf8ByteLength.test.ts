import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { utf8ByteLength } from './utf8ByteLength.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const encoder = new TextEncoder();

describe('utf8ByteLength', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['\u007f', 1],
    ['\u0080', 2],
    ['\u07ff', 2],
    ['\u0800', 3],
    ['键', 3],
    ['\uffff', 3],
    ['\u{1F600}', 4],
    ['\ud800', 3],
    ['\udc00', 3],
    ['\ud800a', 4],
    ['\udc00\ud800', 6],
  ])('%j takes %i bytes', (value, bytes) => {
    expect(utf8ByteLength(value)).toBe(bytes);
  });

  test('matches TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 200 }), (value) => {
        expect(utf8ByteLength(value)).toBe(encoder.encode(value).length);
      }),
      { numRuns: 500 },
    );
  });

  test('handles a 10 MiB string', () => {
    expect(utf8ByteLength('\u{1F600}'.repeat(5 << 20))).toBe(20 << 20);
  });
});
