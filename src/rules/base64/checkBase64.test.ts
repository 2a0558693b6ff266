import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkBase64, inspectBase64 } from './checkBase64.ts';
import type { Base64Policy } from './types.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const JD: Base64Policy = { maxDecodedBytes: 16384 };
const TENCENT: Base64Policy = { maxEncodedLength: 16384 };
const NONE: Base64Policy = {};

const hint = (value: string): unknown => checkBase64(NONE, value)[0]?.params?.['hint'];

describe('checkBase64', () => {
  test("accepts JD's unpadded example with a padding warning", () => {
    expect(checkBase64(JD, 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw')).toEqual([
      { rule: 'userdata/padding', severity: 'warning', params: { missing: 2 } },
    ]);
    expect(checkBase64(JD, 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw==')).toEqual([]);
    expect(checkBase64(NONE, 'QUI')).toEqual([
      { rule: 'userdata/padding', severity: 'warning', params: { missing: 1 } },
    ]);
    expect(checkBase64(NONE, '')).toEqual([]);
  });

  test('accepts non-canonical trailing bits', () => {
    expect(checkBase64(NONE, 'QR==')).toEqual([]);
    expect(checkBase64(NONE, 'QUJ=')).toEqual([]);
  });

  test.each([
    ['QU-D', 'url-safe'],
    ['QU_D', 'url-safe'],
    ['QU_D QUJD', 'url-safe'],
    ['QUJD\nQUJD', 'whitespace'],
    ['QUJD\r\nQUJD', 'whitespace'],
    ['QUJD QUJD', 'whitespace'],
    ['QU\tJ', 'whitespace'],
    ['QQ==\n', 'whitespace'],
    ['QQ==QUJD', 'padding'],
    ['QU=D', 'padding'],
    ['Q===', 'padding'],
    ['QQ===', 'padding'],
    ['QQ=', 'padding'],
    ['QUJD=', 'padding'],
    ['====', 'padding'],
    ['=', 'padding'],
    ['Q', 'length'],
    ['QUJDR', 'length'],
    ['QUJ!', 'alphabet'],
    ['QUJ\u0000', 'alphabet'],
    ['QUJ\u00e9', 'alphabet'],
    ['QUJ\ud800', 'alphabet'],
    ['QUJ\f', 'alphabet'],
  ])('%j is invalid: %s', (value, expected) => {
    expect(checkBase64(NONE, value)).toEqual([{ rule: 'userdata/base64', params: { hint: expected } }]);
  });

  describe('JD decoded-byte limit', () => {
    test.each([
      [16383, []],
      [16384, []],
      [16385, [{ rule: 'userdata/size', params: { max: 16384, unit: 'decoded-bytes', actual: 16385 } }]],
      [16386, [{ rule: 'userdata/size', params: { max: 16384, unit: 'decoded-bytes', actual: 16386 } }]],
    ])('%i bytes', (bytes, expected) => {
      const encoded = Buffer.alloc(bytes, 0xa5).toString('base64');
      expect(checkBase64(JD, encoded)).toEqual(expected);
    });

    test('unpadded at the limit warns only about padding', () => {
      const encoded = Buffer.alloc(16384, 1).toString('base64').replace(/=+$/, '');
      expect(checkBase64(JD, encoded)).toEqual([
        { rule: 'userdata/padding', severity: 'warning', params: { missing: 2 } },
      ]);
    });
  });

  describe('Tencent encoded-length limit', () => {
    test.each([
      [16383, ['userdata/padding']],
      [16384, []],
      [16385, ['userdata/size']],
    ])('%i chars', (length, expected) => {
      const rules = checkBase64(TENCENT, 'A'.repeat(length)).map((finding) => finding.rule);
      expect(rules).toEqual(expected);
    });

    test('reports the encoded size', () => {
      expect(checkBase64(TENCENT, 'A'.repeat(16388))).toEqual([
        { rule: 'userdata/size', params: { max: 16384, unit: 'encoded-chars', actual: 16388 } },
      ]);
    });
  });

  test('gates size before validity, in O(1)', () => {
    const huge = ' '.repeat(10 << 20);
    const start = performance.now();
    expect(checkBase64(TENCENT, huge).map((finding) => finding.rule)).toEqual(['userdata/size']);
    expect(checkBase64(JD, huge).map((finding) => finding.rule)).toEqual(['userdata/size']);
    expect(performance.now() - start).toBeLessThan(50);
  });

  test('scans 10 MiB without a limit, linearly', () => {
    expect(checkBase64(NONE, 'A'.repeat(10 << 20))).toEqual([]);
    expect(hint(`${'A'.repeat(10 << 20)}!!!!`)).toBe('alphabet');
    expect(hint(`${'A'.repeat(10 << 20)}!`)).toBe('length');
  });

  describe('properties', () => {
    test('accepts Buffer encodings, and their unpadded forms with exactly the padding warning', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
          const padded = Buffer.from(bytes).toString('base64');
          const unpadded = padded.replace(/=+$/, '');
          expect(checkBase64(JD, padded)).toEqual([]);
          expect(checkBase64(JD, unpadded)).toEqual(
            unpadded === padded
              ? []
              : [
                  {
                    rule: 'userdata/padding',
                    severity: 'warning',
                    params: { missing: padded.length - unpadded.length },
                  },
                ],
          );
        }),
        { numRuns: 300 },
      );
    });

    test('rejects Buffer encodings with whitespace inserted', () => {
      fc.assert(
        fc.property(
          fc.uint8Array({ minLength: 1, maxLength: 200 }),
          fc.nat(),
          fc.constantFrom(' ', '\n', '\r\n', '\t'),
          (bytes, at, space) => {
            const encoded = Buffer.from(bytes).toString('base64');
            const index = at % (encoded.length + 1);
            const value = encoded.slice(0, index) + space + encoded.slice(index);
            expect(checkBase64(NONE, value)).toEqual([{ rule: 'userdata/base64', params: { hint: 'whitespace' } }]);
          },
        ),
        {
          numRuns: 300,
        },
      );
    });

    test('rejects URL-safe encodings that differ from the standard one', () => {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), (bytes) => {
          const standard = Buffer.from(bytes).toString('base64');
          const urlSafe = Buffer.from(bytes).toString('base64url');
          fc.pre(/[-_]/.test(urlSafe));
          expect(checkBase64(NONE, urlSafe)).toEqual([{ rule: 'userdata/base64', params: { hint: 'url-safe' } }]);
          expect(standard).not.toBe(urlSafe);
        }),
        { numRuns: 300 },
      );
    });

    test('never throws and returns at most one finding', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(JD, TENCENT, NONE),
          fc.string({ unit: anyCodePoint, maxLength: 100 }),
          (policy, value) => {
            expect(checkBase64(policy, value).length).toBeLessThanOrEqual(1);
          },
        ),
        { numRuns: 500 },
      );
    });

    test('never echoes the input', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(JD, TENCENT, NONE),
          fc.string({
            unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
            minLength: 4,
            maxLength: 40,
          }),
          (policy, value) => {
            fc.pre(!VOCABULARY.includes(value));
            expect(JSON.stringify(checkBase64(policy, value + '!'))).not.toContain(value);
            expect(JSON.stringify(checkBase64(policy, value))).not.toContain(value);
          },
        ),
        {
          numRuns: 300,
        },
      );
    });
  });
});

/** Words findings may legitimately contain (rule ids, keys, hints, units). */
const VOCABULARY = JSON.stringify([
  ...['-', ' ', '==A', 'A', '!'].flatMap((value) => checkBase64(NONE, value)),
  ...checkBase64(JD, 'A'.repeat(30000)),
  ...checkBase64(TENCENT, 'A'.repeat(30000)),
  ...checkBase64(NONE, 'AA'),
]);

describe('inspectBase64', () => {
  test('returns the decoded bytes with the same findings checkBase64 gives', () => {
    expect(inspectBase64(JD, 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw')).toEqual({
      findings: checkBase64(JD, 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw'),
      decoded: "#!/bin/bash\necho '123'",
    });
    expect(inspectBase64(JD, 'aGVs bG8=').decoded).toBeUndefined();
    expect(inspectBase64(TENCENT, 'A'.repeat(16388)).decoded).toBeUndefined();
  });
});
