import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkInstanceName } from './checkInstanceName.ts';
import type { InstanceNamePolicy } from './types.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const ZENLAYER: InstanceNamePolicy = { minLength: 2, maxLength: 63, extraChars: '-.' };
const length = { rule: 'instance-name/length', params: { min: 2, max: 63 } };
const charset = { rule: 'instance-name/charset', params: { extra: '-.' } };

describe('checkInstanceName', () => {
  test.each([
    [1, [length]],
    [2, []],
    [63, []],
    [64, [length]],
  ])('%i chars', (size, expected) => {
    expect(checkInstanceName(ZENLAYER, 'a-Z.9'.repeat(13).slice(0, size))).toEqual(expected);
  });

  test('an empty name gets only the length finding', () => {
    expect(checkInstanceName(ZENLAYER, '')).toEqual([length]);
  });

  test.each(['web-01', 'Web.01', '-a', 'a.', '..', 'ABCxyz019'])('accepts %j', (value) => {
    expect(checkInstanceName(ZENLAYER, value)).toEqual([]);
  });

  test.each(['web_01', 'web 01', '实例', 'café', 'a\u0000', 'a\ud800', 'a\u{1F600}', 'a/b'])('rejects %j', (value) => {
    expect(checkInstanceName(ZENLAYER, value)).toEqual([charset]);
  });

  test('takes only ASCII extras from the policy', () => {
    expect(checkInstanceName({ ...ZENLAYER, extraChars: '_\u{1F600}' }, 'a_b')).toEqual([]);
    expect(checkInstanceName({ ...ZENLAYER, extraChars: '_\u{1F600}' }, 'a\u{1F600}')).toEqual([
      { rule: 'instance-name/charset', params: { extra: '_\u{1F600}' } },
    ]);
  });

  test('reports length and charset together below the far limit, only length above it', () => {
    expect(checkInstanceName(ZENLAYER, '_'.repeat(4 * 63))).toEqual([length, charset]);
    expect(checkInstanceName(ZENLAYER, '_'.repeat(4 * 63 + 1))).toEqual([length]);
    const huge = '_'.repeat(10 << 20);
    const start = performance.now();
    expect(checkInstanceName(ZENLAYER, huge)).toEqual([length]);
    expect(performance.now() - start).toBeLessThan(50);
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 100 }), (value) => {
        expect(checkInstanceName(ZENLAYER, value).length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });

  test('accepts every name of allowed chars', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ019-.'), minLength: 2, maxLength: 63 }), (value) => {
        expect(checkInstanceName(ZENLAYER, value)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('never echoes the input', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
          minLength: 4,
          maxLength: 300,
        }),
        (value) => {
          fc.pre(!VOCABULARY.includes(value));
          expect(JSON.stringify(checkInstanceName(ZENLAYER, `${value}_`))).not.toContain(value);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Words findings may legitimately contain (rule ids, keys). */
const VOCABULARY = JSON.stringify([length, charset]);
