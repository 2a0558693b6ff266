import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkIdentifier } from './checkIdentifier.ts';
import type { IdentifierPolicy } from './types.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const TC_INSTANCE: IdentifierPolicy = { prefix: 'ins-', alphabet: 'lower-alnum', length: 8 };
const TC_IMAGE: IdentifierPolicy = { prefix: 'img-', alphabet: 'lower-alnum', length: 8, shapeSeverity: 'warning' };
const TC_KEY: IdentifierPolicy = { prefix: 'skey-', alphabet: 'lower-alnum', length: 8 };
const JD_INSTANCE: IdentifierPolicy = { prefix: 'i-', alphabet: 'lower-alnum', length: 10, lengthSeverity: 'warning' };
const JD_KEY_NAME: IdentifierPolicy = { alphabet: 'name', minLength: 1, maxLength: 32 };
const ZENLAYER_KEY: IdentifierPolicy = { prefix: 'key-', alphabet: 'alnum', shapeSeverity: 'warning' };
const POLICIES = { TC_INSTANCE, TC_IMAGE, TC_KEY, JD_INSTANCE, JD_KEY_NAME, ZENLAYER_KEY };

const parts = (policy: IdentifierPolicy, value: string): string[] =>
  checkIdentifier(policy, value).map((finding) => `${String(finding.params?.['part'])}:${finding.severity}`);

describe('checkIdentifier', () => {
  describe('Tencent ins- (all errors)', () => {
    const params = { prefix: 'ins-', alphabet: 'lower-alnum', length: 8 };
    test.each(['ins-12345678', 'ins-abcdefgh', 'ins-a1b2c3d4'])('accepts %s', (value) => {
      expect(checkIdentifier(TC_INSTANCE, value)).toEqual([]);
    });

    test.each([
      ['ins-1122', 'length'],
      ['ins-1234567', 'length'],
      ['ins-123456789', 'length'],
      ['ins-', 'length'],
      ['ins-ABCDEFGH', 'alphabet'],
      ['ins-1234_678', 'alphabet'],
      ['ins-123456\u{1F600}', 'alphabet'],
      ['INS-12345678', 'prefix'],
      ['12345678', 'prefix'],
      ['', 'prefix'],
      ['img-12345678', 'prefix'],
    ])('%j: %s', (value, part) => {
      expect(checkIdentifier(TC_INSTANCE, value)).toEqual([
        { rule: 'identifier/format', severity: 'error', params: { ...params, part } },
      ]);
    });

    test('reports alphabet and length together, each once', () => {
      expect(parts(TC_INSTANCE, 'ins-A_B')).toEqual(['alphabet:error', 'length:error']);
    });
  });

  test('Tencent img-: prefix error, shape warning', () => {
    expect(parts(TC_IMAGE, 'img-12345678')).toEqual([]);
    expect(parts(TC_IMAGE, 'img-ABCDEFGH')).toEqual(['alphabet:warning']);
    expect(parts(TC_IMAGE, 'img-1234')).toEqual(['length:warning']);
    expect(parts(TC_IMAGE, 'ins-12345678')).toEqual(['prefix:error']);
  });

  test('Tencent skey-: skey-1122 is malformed', () => {
    expect(parts(TC_KEY, 'skey-11112222')).toEqual([]);
    expect(parts(TC_KEY, 'skey-16jig7tx')).toEqual([]);
    expect(parts(TC_KEY, 'skey-1122')).toEqual(['length:error']);
    expect(checkIdentifier(TC_KEY, 'key-11112222')[0]?.params).toEqual({
      prefix: 'skey-',
      alphabet: 'lower-alnum',
      length: 8,
      part: 'prefix',
    });
  });

  test('JD i-: length only warns', () => {
    expect(parts(JD_INSTANCE, 'i-abcdef1234')).toEqual([]);
    expect(parts(JD_INSTANCE, 'i-abcdef123')).toEqual(['length:warning']);
    expect(parts(JD_INSTANCE, 'i-abcdef12345')).toEqual(['length:warning']);
    expect(parts(JD_INSTANCE, 'i-ABCDEF1234')).toEqual(['alphabet:error']);
    expect(parts(JD_INSTANCE, 'img-abcdef1234')).toEqual(['prefix:error']);
  });

  describe('JD key name (no prefix, 1-32 of [A-Za-z0-9_-])', () => {
    const params = { prefix: '', alphabet: 'name', min: 1, max: 32 };
    test.each([
      [0, ['length:error']],
      [1, []],
      [32, []],
      [33, ['length:error']],
    ])('%i chars', (size, expected) => {
      expect(parts(JD_KEY_NAME, 'aZ_-9'.repeat(7).slice(0, size))).toEqual(expected);
    });

    test.each(['my key', 'key.pem', '密钥', 'a\u0000'])('rejects %j', (value) => {
      expect(checkIdentifier(JD_KEY_NAME, value)).toEqual([
        { rule: 'identifier/format', severity: 'error', params: { ...params, part: 'alphabet' } },
      ]);
    });
  });

  test('Zenlayer key-: shape only warns, any length of one or more', () => {
    expect(parts(ZENLAYER_KEY, 'key-AbC123')).toEqual([]);
    expect(parts(ZENLAYER_KEY, `key-${'a'.repeat(1000)}`)).toEqual([]);
    expect(parts(ZENLAYER_KEY, 'key-ab_c')).toEqual(['alphabet:warning']);
    expect(parts(ZENLAYER_KEY, 'key-')).toEqual(['length:warning']);
    expect(parts(ZENLAYER_KEY, 'kp-123')).toEqual(['prefix:error']);
    expect(checkIdentifier(ZENLAYER_KEY, 'key-')[0]?.params).toEqual({
      prefix: 'key-',
      alphabet: 'alnum',
      part: 'length',
    });
  });

  test('honours prefixSeverity', () => {
    expect(parts({ ...TC_IMAGE, prefixSeverity: 'warning' }, 'abc')).toEqual(['prefix:warning']);
  });

  test('far over the limit returns only the length finding, unscanned', () => {
    const limit = 4 * (4 + 8) + 16;
    expect(parts(TC_INSTANCE, 'x'.repeat(limit))).toEqual(['prefix:error']);
    expect(parts(TC_INSTANCE, 'x'.repeat(limit + 1))).toEqual(['length:error']);
    expect(parts(JD_KEY_NAME, '_'.repeat(4 * 32 + 17))).toEqual(['length:error']);
    const huge = `ins-${'!'.repeat(10 << 20)}`;
    const start = performance.now();
    expect(parts(TC_IMAGE, huge)).toEqual(['length:warning']);
    expect(performance.now() - start).toBeLessThan(50);
  });

  describe('properties', () => {
    const policies = fc.constantFrom(...Object.values(POLICIES));

    test('never throws and reports each part at most once', () => {
      fc.assert(
        fc.property(policies, fc.string({ unit: anyCodePoint, maxLength: 100 }), (policy, value) => {
          const found = parts(policy, value).map((part) => part.split(':')[0]);
          expect(new Set(found).size).toBe(found.length);
          if (found.includes('prefix')) expect(found).toEqual(['prefix']);
        }),
        { numRuns: 500 },
      );
    });

    test('handles huge strings', () => {
      fc.assert(
        fc.property(
          policies,
          fc.constantFrom('a', '\ud800'),
          fc.constantFrom(1 << 20, 10 << 20),
          (policy, unit, length) => {
            expect(checkIdentifier(policy, unit.repeat(length)).length).toBeLessThanOrEqual(2);
          },
        ),
        { numRuns: 10 },
      );
    });

    test('accepts every Tencent-shaped instance id', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 8, maxLength: 8 }),
          (rest) => {
            expect(checkIdentifier(TC_INSTANCE, `ins-${rest}`)).toEqual([]);
          },
        ),
      );
    });

    test('never echoes the input', () => {
      fc.assert(
        fc.property(
          policies,
          fc.string({
            unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
            minLength: 4,
            maxLength: 300,
          }),
          (policy, value) => {
            fc.pre(!VOCABULARY.includes(value));
            for (const candidate of [value, `${policy.prefix ?? ''}${value}`, `${policy.prefix ?? ''}${value}!`]) {
              expect(JSON.stringify(checkIdentifier(policy, candidate))).not.toContain(value);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});

/** Words findings may legitimately contain (rule ids, keys, prefixes, alphabets, parts). */
const VOCABULARY = JSON.stringify(
  Object.values(POLICIES).flatMap((policy) => [
    ...checkIdentifier(policy, '!'),
    ...checkIdentifier(policy, `${policy.prefix ?? ''}!`),
  ]),
);
